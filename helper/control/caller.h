// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"

#include <QPointer>

#include <sys/types.h>

namespace byway::control {

class Connection;

// The identity a handler sees: from the kernel (SO_PEERCRED) and the
// authorizer, never from the request. `connection` is null in unit tests
// and for callers that are not a socket.
struct Caller {
    uid_t uid = uid_t(-1);
    pid_t pid = 0;
    Role role = Role::Refused;
    QPointer<Connection> connection;

    [[nodiscard]] bool isAdmin() const { return role == Role::Admin; }
};

} // namespace byway::control
