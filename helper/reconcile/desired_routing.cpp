// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/desired.h"

#include <QJsonObject>
#include <QSet>

namespace byway::reconcile {
namespace {

using route::Family;
using route::RouteSpec;
using route::RuleSpec;

// Priorities inside Byway's range (base…base+999): marks, sessions,
// sources, the capture, and a bypass router's way to the main router last.
constexpr quint32 kMarkOffset = 100;
constexpr quint32 kCaptureMarkOffset = 50;
constexpr quint32 kSessionOffset = 250;
constexpr quint32 kSourceOffset = 300;
constexpr quint32 kCaptureOffset = 600;
constexpr quint32 kBypassOwnOffset = 998;
constexpr quint32 kBypassOffset = 999;

const config::Exit *findExit(const config::Config &c, const QString &name)
{
    for (const config::Exit &e : c.exits)
        if (e.name == name)
            return &e;
    return nullptr;
}

// Below every other route of an exit's table: what the exit cannot carry
// (its device missing or down, no route for the family) is refused there,
// never looked up further on and sent out of the WAN instead.
constexpr quint32 kExitFallbackMetric = 0xffffffffu;

void exitFallback(Desired &d, quint32 table, Family f)
{
    RouteSpec r;
    r.family = f;
    r.table = table;
    r.dst = *config::Prefix::parse(f == Family::V6 ? QStringLiteral("::/0") : QStringLiteral("0.0.0.0/0"));
    r.type = route::RouteType::Unreachable;
    r.metric = kExitFallbackMetric;
    d.routing.routes.append(r);
}

void exitTable(Desired &d, const config::Config &c, const Environment &env, const config::Exit &e, bool v6)
{
    exitFallback(d, e.table, Family::V4);
    if (v6)
        exitFallback(d, e.table, Family::V6);
    const QString dev = !e.device.isEmpty() ? e.device : c.interfaces.wan.value(0);
    if (dev.isEmpty()) {
        d.notes.append(note(msg::Id("plan.exit.no_device"), {{QStringLiteral("exit"), e.name}, {QStringLiteral("table"), qint64(e.table)}}));
        return;
    }
    if (env.linkUp && !env.linkUp(dev)) {
        // The kernel takes no route through it; its traffic meets the
        // fallback until the device is back (a link change re-plans).
        d.notes.append(note(msg::Id("plan.exit.device_down"),
                            {{QStringLiteral("exit"), e.name}, {QStringLiteral("device"), dev}, {QStringLiteral("table"), qint64(e.table)}},
                            true));
        return;
    }
    const QList<RouteSpec> main = env.mainRoutesVia ? env.mainRoutesVia(dev) : QList<RouteSpec>{};
    bool hasDefault = false;
    bool hasDefault6 = false;
    for (RouteSpec r : main) {
        // The exit's table is the main table's view of that device; Byway
        // owns the copy, so it is refreshed on every apply.
        r.table = e.table;
        r.protocol = route::kProtocol;
        r.metric = 0;
        if (r.dst.length == 0)
            (r.family == Family::V6 ? hasDefault6 : hasDefault) = true;
        d.routing.routes.append(r);
    }
    if (!hasDefault) {
        if (!e.device.isEmpty()) {
            // A point-to-point device needs no gateway.
            RouteSpec r;
            r.table = e.table;
            r.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
            r.dev = dev;
            d.routing.routes.append(r);
        } else {
            d.notes.append(note(msg::Id("plan.exit.no_default"), {{QStringLiteral("exit"), e.name},
                                                         {QStringLiteral("device"), dev},
                                                         {QStringLiteral("table"), qint64(e.table)}}));
        }
    }
    if (v6 && !hasDefault6)
        d.notes.append(note(msg::Id("plan.exit.no_ipv6"),
                            {{QStringLiteral("exit"), e.name}, {QStringLiteral("device"), dev}, {QStringLiteral("table"), qint64(e.table)}}));
}

// Exits with a table and a mark: one rule per family sends marked traffic
// to the exit's table.
void addExitRules(Desired &d, const config::Config &c, const Environment &env, bool v6)
{
    const quint32 base = c.routing.priorityBase;
    QSet<quint32> tables; // exits may share a table when they share the device
    for (qsizetype i = 0; i < c.exits.size(); ++i) {
        const config::Exit &e = c.exits[i];
        if (e.type != config::ExitType::Direct || e.table == 0)
            continue;
        if (!tables.contains(e.table))
            exitTable(d, c, env, e, v6);
        tables.insert(e.table);
        if (e.mark == 0)
            continue;
        for (Family f : {Family::V4, Family::V6}) {
            if (f == Family::V6 && !v6)
                continue;
            RuleSpec r;
            r.family = f;
            r.priority = base + kMarkOffset + quint32(i);
            r.fwmark = e.mark;
            r.fwmask = c.routing.markMask;
            r.table = e.table;
            d.routing.rules.append(r);
        }
    }
}

// Sessions whose exit has a table but no mark (or no nftables to mark
// with), and those that leave by the main table: by source address,
// before the config's users and pools. One priority for all: their
// addresses are distinct, and a session coming or going leaves the
// other rules as they are.
// With the compat capture the sessions are its user map instead.
void addSessionRules(Desired &d, const config::Config &c, const Environment &env, bool v6)
{
    for (const Session &s : env.captureTun.isEmpty() ? env.sessions : QList<Session>{}) {
        const QString name = effectiveExit(s, c).name;
        const config::Exit *e = findExit(c, name);
        // An exit this config does not have (dropped since the session came),
        // or a SOCKS5 exit with the capture off: the session's traffic is
        // refused, never sent by its pool's or the main route instead.
        const bool refused = !name.isEmpty() && (!e || e->type != config::ExitType::Direct);
        quint32 table = 0;
        if (name.isEmpty())
            table = 254; // main
        else if (e && e->type == config::ExitType::Direct && e->table != 0 && (e->mark == 0 || !env.nftUsable))
            table = e->table;
        if (table == 0 && !refused)
            continue;
        const bool six = s.address.protocol() == QAbstractSocket::IPv6Protocol;
        if (six && !v6)
            continue;
        RuleSpec r;
        r.family = six ? Family::V6 : Family::V4;
        r.priority = c.routing.priorityBase + kSessionOffset;
        r.from = config::Prefix{s.address, six ? 128 : 32};
        r.table = table;
        if (refused)
            r.action = route::RuleAction::Prohibit;
        d.routing.rules.append(r);
    }
}

// The exit of a user or pool when it routes by source address: a direct
// exit with a table and no mark.
const config::Exit *sourceRoutedExit(const config::Config &c, const QString &name)
{
    const config::Exit *e = findExit(c, name);
    if (!e || e->type != config::ExitType::Direct || e->table == 0 || e->mark != 0)
        return nullptr;
    return e;
}

// Pools (and users) whose exit has a table but no mark: route by source
// address. Users first: their own exit wins over their pool's.
void addSourceRules(Desired &d, const config::Config &c)
{
    quint32 next = c.routing.priorityBase + kSourceOffset;
    for (const config::Pool &p : c.pools)
        for (const config::User &u : p.users) {
            const config::Exit *e = sourceRoutedExit(c, u.exit);
            if (!e || u.address.isNull())
                continue;
            const bool six = u.address.protocol() == QAbstractSocket::IPv6Protocol;
            RuleSpec r;
            r.family = six ? Family::V6 : Family::V4;
            r.priority = next++;
            r.from = config::Prefix{u.address, six ? 128 : 32};
            r.table = e->table;
            d.routing.rules.append(r);
        }
    for (const config::Pool &p : c.pools) {
        const config::Exit *e = sourceRoutedExit(c, p.exit);
        if (!e || !p.subnet.isValid())
            continue;
        RuleSpec r;
        r.family = p.subnet.isIpv6() ? Family::V6 : Family::V4;
        r.priority = next++;
        r.from = p.subnet;
        r.table = e->table;
        d.routing.rules.append(r);
    }
}

// Compat capture: pool traffic goes into the TUN through its own table;
// the capture's outbound sockets carry the reserved mark and are sent back
// to the main table before the pool rules see them.
void addCaptureRouting(Desired &d, const config::Config &c, const Environment &env)
{
    const quint32 base = c.routing.priorityBase;
    const quint32 table = config::captureTable(c.routing);
    RuleSpec own;
    own.priority = base + kCaptureMarkOffset;
    own.fwmark = config::captureMark(c.routing);
    own.fwmask = own.fwmark;
    own.table = 254;
    d.routing.rules.append(own);
    RouteSpec def;
    def.table = table;
    def.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
    def.dev = env.captureTun;
    d.routing.routes.append(def);
    quint32 prio = base + kCaptureOffset;
    for (const config::Pool &p : c.pools) {
        if (!p.subnet.isValid() || p.subnet.isIpv6())
            continue; // the capture is verified for IPv4 only
        RuleSpec r;
        r.priority = prio++;
        r.from = p.subnet;
        r.table = table;
        d.routing.rules.append(r);
    }
}

// Traffic the clients send to a bypass router as their gateway leaves
// towards the main router, whatever this box's own default is. After every
// other rule of Byway's: a pool's or user's exit, its session and the
// capture take their traffic first. And after the main table's own routes
// but its default: what this box reaches itself (VPN clients behind its
// tunnels, its other links) is not sent to the main router.
void addBypassRouting(Desired &d, const config::Config &c)
{
    RouteSpec def;
    def.table = config::bypassTable(c.routing);
    def.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
    def.gateway = c.bypass.mainRouter;
    def.dev = c.interfaces.lan.first();
    d.routing.routes.append(def);
    RuleSpec own;
    own.priority = c.routing.priorityBase + kBypassOwnOffset;
    own.iif = c.interfaces.lan.first();
    own.table = 254;
    own.suppressPrefix = 0;
    d.routing.rules.append(own);
    RuleSpec r;
    r.priority = c.routing.priorityBase + kBypassOffset;
    r.iif = c.interfaces.lan.first();
    r.table = config::bypassTable(c.routing);
    d.routing.rules.append(r);
}

} // namespace

void addRouting(Desired &d, const config::Config &c, const Environment &env)
{
    if (c.role == config::Role::None)
        return;
    const bool v6 = c.ipv6.enabled && env.ipv6Egress;
    addExitRules(d, c, env, v6);
    addSessionRules(d, c, env, v6);
    addSourceRules(d, c);
    if (!env.captureTun.isEmpty())
        addCaptureRouting(d, c, env);
    if (c.role == config::Role::BypassRouter && !c.interfaces.lan.isEmpty() && !c.bypass.mainRouter.isNull())
        addBypassRouting(d, c);
}

} // namespace byway::reconcile
