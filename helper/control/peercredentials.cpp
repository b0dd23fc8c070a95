// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/peercredentials.h"

#include <QString>

#include <cerrno>
#include <cstring>
#include <vector>

#include <sys/socket.h>

namespace byway::control {

Result<PeerCredentials> readPeerCredentials(int fd)
{
    ucred cred{};
    socklen_t len = sizeof cred;
    if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || len != sizeof cred) {
        Error e = Error::make(ErrorCode::Internal,
                              QStringLiteral("SO_PEERCRED: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        e.sysErrno = errno;
        return std::unexpected(e);
    }
    PeerCredentials peer;
    peer.pid = cred.pid;
    peer.uid = cred.uid;
    peer.gid = cred.gid;

    // The kernel says how much room it needs with ERANGE; a caller can be in
    // up to NGROUPS_MAX (65536) groups, so ask instead of guessing.
    std::vector<gid_t> groups(64);
    for (int attempt = 0; attempt < 3; ++attempt) {
        socklen_t glen = socklen_t(groups.size() * sizeof(gid_t));
        if (::getsockopt(fd, SOL_SOCKET, SO_PEERGROUPS, groups.data(), &glen) == 0) {
            for (size_t i = 0; i < glen / sizeof(gid_t); ++i)
                peer.groups.append(groups[i]);
            break;
        }
        if (errno != ERANGE)
            break; // ENOPROTOOPT on old kernels: primary group only
        groups.resize(glen / sizeof(gid_t) + 1);
    }
    return peer;
}

} // namespace byway::control
