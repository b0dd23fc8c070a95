// SPDX-License-Identifier: GPL-3.0-or-later
// One verdict for a config: config.validate, set, plan and apply (and the
// status, the topology and the probe's reply) ask the same checks. A config
// error is refused wherever it is met; an environment finding needs the live
// box (an interface that is not there, a group that does not exist, a
// foreign chain that drops what Byway accepts, VPN peers outside every pool,
// an exit the current path cannot realise).
#pragma once

#include "core/config/config.h"
#include "core/error.h"
#include "reconcile/session.h"
#include "routing/rtnl.h"
#include "routing/types.h"

#include <QJsonArray>
#include <QList>

#include <functional>
#include <optional>

namespace byway::reconcile {

// A base chain of someone else's on a hook Byway's forward/NAT rules use,
// that drops (policy or rules) what Byway's accept lets through.
struct ForeignDrop {
    QString family;   // "ip", "ip6", "inet"; "legacy ip" for x_tables
    QString table;
    QString chain;
    QString hook;     // "forward", "postrouting"
    int priority = 0;
    bool policyDrop = false;
    int dropRules = 0;
};

// What the checks ask the box. Functions, so unit tests pass fakes.
struct LiveBox {
    std::function<QList<route::Link>()> links;
    std::function<QList<route::AddressSpec>()> addresses;      // every interface's, with peers
    std::function<QList<route::RouteSpec>(const QString &dev)> mainRoutesVia;
    std::function<QList<route::RouteSpec>(quint32 table)> routesIn; // every route of a table, whoever wrote it
    std::function<std::optional<quint32>(const QString &group)> groupId;
    std::function<QList<ForeignDrop>()> foreignDrops;
    std::function<bool(const config::Config &)> captureOn; // the compat capture would run for it
    // env.sysctl.readonly errors for the config (reconciler.h readOnlySysctls).
    std::function<QList<FieldError>(const config::Config &)> readOnlySysctls;
    // The live VPN sessions (session.add): an exit of theirs the config drops.
    std::function<QList<Session>()> sessions;
    // bywayd's hard file limit and how many flows' sockets fit in it beside
    // what bywayd keeps for itself (capture/filelimit.h); nullopt: no limit.
    struct FileRoom {
        qint64 limit = 0;
        qint64 flows = 0;
    };
    std::function<std::optional<FileRoom>()> fileRoom;
    // A UDP socket on this box is bound to the port (67: a DHCP server; a
    // resolver's); null: not looked at.
    std::function<bool(quint16 port)> udpBound;
};

struct Verdict {
    QList<FieldError> errors;   // refused: nothing changes
    QList<FieldError> findings; // warnings and notes that do not refuse

    [[nodiscard]] bool ok() const { return errors.isEmpty(); }
    // ValidationFailed with every error, the findings alongside.
    [[nodiscard]] Error error() const;
    [[nodiscard]] QJsonArray findingsJson() const;
};

// The environment half: `c` has passed config::fromJson already.
[[nodiscard]] Verdict checkEnvironment(const config::Config &c, const LiveBox &box);

// The whole verdict for a document: parse + cross-field validation, then,
// when those pass, the environment. The config comes back only when no error
// was found.
[[nodiscard]] Verdict check(const QJsonObject &doc, const LiveBox &box, config::Config *out);

// A session's exit (session.add) through the same env.exit.* checks as a
// pool's or a user's: the errors (path "/exit") refuse the session.
[[nodiscard]] QList<FieldError> checkSessionExit(const config::Config &c, const LiveBox &box, const QString &who,
                                                 const QString &exit, bool v6);

// A sysctl the config needs changed while /proc/sys is read-only (an
// unprivileged container): refused before any kernel change, naming the
// sysctl (key as under /proc/sys), its current and needed value and the
// container engine's flag that sets it. `captureTun`: the compat capture's
// TUN, which bywayd creates itself; a new interface takes conf/default, so
// the flag for its per-interface keys names `default`.
[[nodiscard]] FieldError sysctlReadOnly(const QString &key, const QString &current, const QString &needed,
                                        const QString &captureTun);

// Whether `name` matches a tunnel pattern ("vpns*" or an exact name).
[[nodiscard]] bool matchesPattern(const QString &pattern, const QString &name);

} // namespace byway::reconcile
