// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"

#include <QPointer>
#include <QString>

#include <optional>
#include <utility>

#include <sys/types.h>

namespace byway::control {

class Channel;

// Who a remote caller is: the access token it authenticated with on the
// TLS listener (docs/protocol.md, auth.token). Never the token itself.
struct RemoteIdentity {
    QString tokenId;
    QString tokenName;
    QString address; // the peer's address, for logs
};

// The identity a handler sees: from the kernel (SO_PEERCRED) and the
// authorizer for local callers, from a verified access token for remote
// ones; never from the request. `connection` is null in unit tests and for
// callers that are not a socket.
struct Caller {
    Caller() = default;
    Caller(uid_t u, pid_t p, Role r, QPointer<Channel> c)
        : uid(u), pid(p), role(r), connection(std::move(c))
    {
    }

    uid_t uid = uid_t(-1); // uid_t(-1) for remote callers: they have none here
    pid_t pid = 0;
    Role role = Role::Refused;
    QPointer<Channel> connection;
    std::optional<RemoteIdentity> remote;

    [[nodiscard]] bool isAdmin() const { return role == Role::Admin; }
    [[nodiscard]] bool isRemote() const { return remote.has_value(); }
    // For logs and the config history: "uid 1000" or "token laptop".
    [[nodiscard]] QString who() const
    {
        return remote ? QStringLiteral("token %1").arg(remote->tokenName) : QStringLiteral("uid %1").arg(uid);
    }
};

} // namespace byway::control
