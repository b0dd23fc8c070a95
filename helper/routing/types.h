// SPDX-License-Identifier: GPL-3.0-or-later
// What Byway asks of the kernel's routing: routes, FIB rules, addresses and
// sysctl values, as plain values that compare, print as `ip` lines and
// travel as JSON (config.plan, the lab tool).
#pragma once

#include "core/config/config.h"
#include "core/error.h"
#include "routing/owned.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QString>

namespace byway::route {

using config::Prefix;

enum class Family : quint8 { V4, V6 };
[[nodiscard]] int afOf(Family f);                 // AF_INET / AF_INET6
[[nodiscard]] QString familyName(Family f);       // "inet" / "inet6"
[[nodiscard]] Family familyOf(const QHostAddress &a);

// rtm_type of a route. Unreachable/prohibit answer the sender with ICMP,
// blackhole drops silently.
enum class RouteType : quint8 { Unicast, Blackhole, Unreachable, Prohibit };
[[nodiscard]] QString routeTypeName(RouteType t);

// rtm_scope. Auto is what `ip route add` does: link for a unicast route
// without gateway, universe otherwise; the kernel only ever holds the result.
enum class Scope : quint8 { Auto, Universe, Link, Host };

struct RouteSpec {
    Family family = Family::V4;
    quint32 table = 254;      // RT_TABLE_MAIN
    Prefix dst;               // the default route is 0.0.0.0/0 or ::/0
    QHostAddress gateway;     // null: on-link via `dev`
    QString dev;
    quint32 metric = 0;       // RTA_PRIORITY; IPv6 0 becomes 1024 in the kernel
    RouteType type = RouteType::Unicast;
    QHostAddress prefsrc;     // RTA_PREFSRC: the source address the kernel picks
    quint8 protocol = kProtocol;
    Scope scope = Scope::Auto;

    [[nodiscard]] Scope effectiveScope() const;
    // What the kernel will report back after adding this spec (scope resolved,
    // IPv6 default metric, network address of dst): diff compares these.
    [[nodiscard]] RouteSpec normalized() const;
    // "ip route add 10.1.0.0/16 via 192.168.1.1 dev wan0 table 100 proto 183"
    [[nodiscard]] QString toIpText(const QString &verb = QStringLiteral("add")) const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<RouteSpec> fromJson(const QJsonObject &o, const QString &path = {});
    friend bool operator==(const RouteSpec &, const RouteSpec &) = default;
};

enum class RuleAction : quint8 { Lookup, Blackhole, Unreachable, Prohibit };
[[nodiscard]] QString ruleActionName(RuleAction a);

struct RuleSpec {
    Family family = Family::V4;
    quint32 priority = 0;     // Byway always sets one: 0 lets the kernel pick
    Prefix from;              // invalid = all
    Prefix to;                // invalid = all
    quint32 fwmark = 0;
    quint32 fwmask = 0;       // 0 with a mark = 0xffffffff (the kernel's default)
    QString iif;
    QString oif;
    quint32 table = 0;        // for Lookup
    RuleAction action = RuleAction::Lookup;
    bool invert = false;      // "not": FIB_RULE_INVERT
    // FRA_SUPPRESS_PREFIXLEN: a lookup whose answer is this specific or less
    // (0: a default route) goes on to the next rule; -1 = none.
    qint32 suppressPrefix = -1;
    quint8 protocol = kProtocol;

    [[nodiscard]] RuleSpec normalized() const;
    [[nodiscard]] QString toIpText(const QString &verb = QStringLiteral("add")) const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<RuleSpec> fromJson(const QJsonObject &o, const QString &path = {});
    friend bool operator==(const RuleSpec &, const RuleSpec &) = default;
};

// An interface address. Byway's carry IFA_PROTO = kProtocol (kernel >= 6.1);
// on older kernels ownership of addresses is by config only.
struct AddressSpec {
    Prefix address;           // host address with the prefix length of its network
    QString dev;
    quint8 protocol = kProtocol;
    QHostAddress peer = {};   // point-to-point links: the other end (IFA_ADDRESS), read only

    [[nodiscard]] Family family() const { return familyOf(address.address); }
    [[nodiscard]] QString toIpText(const QString &verb = QStringLiteral("add")) const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<AddressSpec> fromJson(const QJsonObject &o, const QString &path = {});
    friend bool operator==(const AddressSpec &, const AddressSpec &) = default;
};

// A host in the neighbour table (ARP, NDP) that answered lately.
struct Neighbour {
    QHostAddress address;
    QString dev;
    QString lladdr;           // "02:00:00:00:00:01"; empty on links without one
    bool reachable = false;   // NUD_REACHABLE; otherwise stale (or on its way back)
};

// One /proc/sys value, key in path form ("net/ipv4/conf/wan0/rp_filter").
struct SysctlValue {
    QString key;
    QString value;
    [[nodiscard]] QString toIpText() const; // "sysctl -w net.ipv4.conf.wan0.rp_filter=2"
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const SysctlValue &, const SysctlValue &) = default;
};

// The part of the kernel state Byway manages, as one value.
struct State {
    QList<RouteSpec> routes;
    QList<RuleSpec> rules;
    QList<AddressSpec> addresses;
    QList<SysctlValue> sysctls;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<State> fromJson(const QJsonObject &o);
};

} // namespace byway::route
