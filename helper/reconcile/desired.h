// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "core/error.h"
#include "core/messages/messages.h"
#include "netfilter/ruleset.h"
#include "reconcile/session.h"
#include "routing/types.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace byway::reconcile {

inline const QString kTableName = QStringLiteral("byway");

// What the desired state depends on besides the config: facts the probe and
// the system know. Functions, so unit tests can pass fakes.
struct Environment {
    bool ipv6Egress = false; // IPv6 egress probe passed
    bool nftUsable = true;   // false on router systems whose netfilter is broken (probe: compat)
    QString captureTun;      // the compat capture's TUN when it runs for this config; empty: off
    QJsonObject owners;      // the probe's "owners" data: marks, tables, priorities others hold
    std::function<std::optional<quint32>(const QString &group)> groupId;
    // Main-table routes out of a device: an exit's table starts as a copy.
    std::function<QList<route::RouteSpec>(const QString &dev)> mainRoutesVia;
    // Whether a device exists and is up (routes through it can be added);
    // unset: assumed so.
    std::function<bool(const QString &dev)> linkUp;
    // The VPN server's live sessions (session.add): each becomes a mark rule
    // (and a FIB rule for an exit without a mark) after the config's users,
    // so a session wins over its pool and over the config.
    QList<Session> sessions;
};

// One /proc/sys value Byway wants, e.g. {"net/ipv4/ip_forward", "1"}.
struct SysctlSetting {
    // How the value read from /proc/sys is compared with `value`.
    enum class Match : uint8_t {
        Exact,
        // "lo hi" ranges such as ping_group_range: any current range holding
        // value's (single-id) range already does; it is never narrowed.
        RangeCovers,
        // A per-interface rp_filter that must not be strict: the kernel uses
        // max(conf/all, conf/<if>), and 0 (off) lets asymmetric replies
        // through as well as 2 (loose) does. Compared on that effective
        // value, so a container whose /proc/sys is read-only with rp_filter
        // off is not asked to write anything.
        NotStrictRpFilter,
    };
    QString key;
    QString value;
    QString why;
    Match match = Match::Exact;
    friend bool operator==(const SysctlSetting &, const SysctlSetting &) = default;
};
// Whether `current` (as read from /proc/sys) already is what `s` wants; for
// NotStrictRpFilter `allRpFilter` is conf/all's value (empty: unknown, so
// `current` alone counts).
[[nodiscard]] bool sysctlSatisfied(const SysctlSetting &s, const QString &current, const QString &allRpFilter = {});

struct Desired {
    std::optional<nft::Table> table; // nullopt: Byway has no table (role none)
 QList<SysctlSetting> sysctls;
    route::State routing;            // Byway's routes and FIB rules (sysctls stay above)
    QList<FieldError> notes;         // decisions a person should know (IPv6 held off, ...): id + args
};

// A plan note: severity info, code "note", `deferred` when the kernel change
// is only waiting for something (IPv6 until its egress is verified).
[[nodiscard]] FieldError note(msg::Id id, QJsonObject args = {}, bool deferred = false);
[[nodiscard]] bool isDeferred(const FieldError &note);

// Config -> the kernel state Byway wants. Fails only for facts that make the
// config impossible on this system (a redirect group that does not exist),
// with the config field named.
[[nodiscard]] Result<Desired> desiredState(const config::Config &c, const Environment &env);

// The smallest list of prefixes covering exactly the same addresses
// (10.0.0.0/25 + 10.0.0.128/25 -> 10.0.0.0/24; nested ones dropped): one
// rule per block instead of one per pool for servers with thousands.
[[nodiscard]] QList<config::Prefix> aggregate(QList<config::Prefix> prefixes);

// The routing part: exit tables and their FIB rules (fwmark, from pool),
// the bypass router's table for traffic arriving from the LAN.
void addRouting(Desired &d, const config::Config &c, const Environment &env);

} // namespace byway::reconcile
