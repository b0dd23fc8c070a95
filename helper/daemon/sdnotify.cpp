// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/sdnotify.h"

#include "control/fd.h"

#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>

namespace byway::daemon {

bool sdNotify(const QByteArray &state)
{
    const QByteArray path = qgetenv("NOTIFY_SOCKET");
    sockaddr_un addr{};
    if (path.isEmpty() || size_t(path.size()) >= sizeof addr.sun_path)
        return false;
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
    socklen_t len = socklen_t(offsetof(sockaddr_un, sun_path) + size_t(path.size()));
    if (path.startsWith('@'))
        addr.sun_path[0] = '\0'; // abstract namespace: no trailing NUL counted
    else
        ++len;
    control::Fd fd(::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!fd)
        return false;
    return ::sendto(fd.get(), state.constData(), size_t(state.size()), MSG_NOSIGNAL,
                    reinterpret_cast<const sockaddr *>(&addr), len) == ssize_t(state.size());
}

} // namespace byway::daemon
