// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/fd.h"
#include "core/error.h"

#include <QString>

#include <sys/types.h>

namespace byway::control {

struct ListenOptions {
    QString path;             // e.g. /run/byway/bywayd.sock
    mode_t mode = 0660;
    QString group;            // group owner of the socket file; empty = leave as is
    int backlog = 128;
};

// The listening AF_UNIX socket and the file it is bound to. Owns both: the
// file is unlinked when this goes away (clean shutdown), but only if it is
// still the one we created.
class Listener
{
public:
    Listener() = default;
    Listener(const Listener &) = delete;
    Listener &operator=(const Listener &) = delete;
    Listener(Listener &&o) noexcept;
    Listener &operator=(Listener &&o) noexcept;
    ~Listener();

    // Creates the parent directory (0755) if missing; removes a stale socket
    // nobody answers on; refuses when something is listening there.
    [[nodiscard]] static Result<Listener> open(const ListenOptions &options);

    [[nodiscard]] int fd() const { return m_fd.get(); }
    [[nodiscard]] const QString &path() const { return m_path; }
    void close();

private:
    Fd m_fd;
    QString m_path;
    dev_t m_dev = 0;
    ino_t m_ino = 0;
};

} // namespace byway::control
