// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QList>

#include <sys/types.h>

namespace byway::control {

// Who is on the other end of a connected AF_UNIX socket, as the kernel saw
// it at connect() time. The payload never gets a say in this.
struct PeerCredentials {
    pid_t pid = 0;
    uid_t uid = uid_t(-1);
    gid_t gid = gid_t(-1);
    QList<gid_t> groups; // supplementary groups (SO_PEERGROUPS)

    [[nodiscard]] bool inGroup(gid_t g) const { return gid == g || groups.contains(g); }
};

// SO_PEERCRED plus SO_PEERGROUPS. Fails only when the kernel refuses
// SO_PEERCRED; a kernel without SO_PEERGROUPS (< 4.13) yields no
// supplementary groups, so such callers need the group as primary.
[[nodiscard]] Result<PeerCredentials> readPeerCredentials(int fd);

} // namespace byway::control
