// SPDX-License-Identifier: GPL-3.0-or-later
// Health-checked confirm: the checks config.apply's `confirm` object names,
// parsed and validated against the config being applied (docs/protocol.md).
#pragma once

#include "core/config/config.h"
#include "core/error.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace byway::reconcile {

// One reachability probe bywayd runs itself after an apply, through the new
// kernel state. The socket carries `mark` (SO_MARK) and is bound to `device`
// (SO_BINDTODEVICE) when the check names an exit or a pool, so the kernel
// routes it as that exit's traffic.
//
// A reconnect check probes nothing: it passes when an admin's remote client
// made a request over a TLS connection that reached bywayd through `target`
// (the management address the config moves to), after the apply.
struct HealthCheck {
    enum class Kind { Tcp, Icmp, Dns, Reconnect };
    Kind kind = Kind::Tcp;
    QString name;          // label; default "<kind> <target>[ via <exit>]"
    QString target;        // tcp "ip:port" / "[v6]:port", icmp "ip", dns a host name,
                           // reconnect "ip" / "ip:port" / "[v6]:port" (given as `address`)
    QString server;        // dns only: "ip[:port]" (port 53 by default)
    int timeoutMs = 3000;
    QString exit;          // the exit whose route the probe takes (also set from fromPool)
    QString fromPool;      // the pool it was given as, for the record
    quint32 mark = 0;      // resolved from the exit when parsed
    QString device;
    friend bool operator==(const HealthCheck &, const HealthCheck &) = default;

    // The persisted form (pending-confirm.json) and what replies show.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static HealthCheck fromJson(const QJsonObject &o);
};

[[nodiscard]] QString kindName(HealthCheck::Kind k); // "tcp" | "icmp" | "dns" | "reconnect"

// Whether a remote request that came in on a connection whose local end
// (getsockname) is `local`:`port` is the one reconnect check `c` waits for.
[[nodiscard]] bool reconnectMatches(const HealthCheck &c, const QHostAddress &local, quint16 port);

// Where bywayd's remote TLS listener accepts: reconnect checks need one
// that can accept on the address they name.
struct RemoteListener {
    bool enabled = false;
    QHostAddress address; // Any / AnyIPv4 / AnyIPv6: every address of the box
    quint16 port = 0;
};

// config.apply's `confirm`.
struct ConfirmSpec {
    int withinSec = 0; // 0: applied for good
    QList<HealthCheck> checks;
    bool wait = false; // the reply waits for the outcome
};

constexpr int kMaxHealthChecks = 16;

// `confirm` = {withinSec, checks, wait} checked against `c` (the config being
// applied: exits and pools are looked up there, a reconnect check's address
// must be its bypass.address) and `remote`, the listener reconnect checks
// need. Errors are InvalidParams naming the field from the params' root:
// "/confirm/checks/0/target".
[[nodiscard]] Result<ConfirmSpec> parseConfirm(const QJsonValue &confirm, const config::Config &c,
                                               const RemoteListener &remote = {});

// Where a check stands while it runs, in status.get's `pending.checks` and in
// the outcome of an apply.
struct CheckState {
    enum class State { Waiting, Passed, Failing };
    State state = State::Waiting;
    QString error; // the last failure, e.g. "connection refused"
    [[nodiscard]] QString stateName() const;
};
[[nodiscard]] QJsonObject checkStateJson(const HealthCheck &c, const CheckState &s);
[[nodiscard]] QJsonArray checkStatesJson(const QList<HealthCheck> &checks, const QList<CheckState> &states);
// "dns example.org via wan (dns example.org): timed out; ..." for the checks not passed.
[[nodiscard]] QString failingSummary(const QList<HealthCheck> &checks, const QList<CheckState> &states);

} // namespace byway::reconcile
