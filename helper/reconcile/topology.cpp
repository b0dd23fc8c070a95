// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/topology.h"

#include "reconcile/ruleids.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>

namespace byway::reconcile {
namespace {

using config::Role;

class Builder
{
public:
    void node(const QString &id, const char *kind, const QString &label, const QString &detail = {},
              const QJsonObject &extra = {})
    {
        QJsonObject n{{QStringLiteral("id"), id},
                      {QStringLiteral("kind"), QLatin1String(kind)},
                      {QStringLiteral("label"), label},
                      {QStringLiteral("detail"), detail}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            n.insert(it.key(), it.value());
        m_nodes.append(n);
    }
    // A physical connection (cable, bridge, tunnel) with no traffic direction.
    void link(const QString &from, const QString &to)
    {
        m_links.append(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    }
    // A path counted by the capture rather than by nftables rules.
    void capturePath(const QString &id, const char *kind, const QStringList &hops, const QJsonObject &counters,
                     bool up)
    {
        const char *bytes = up ? "bytesOut" : "bytesIn";
        const qint64 all = qint64(counters.value(QStringLiteral("packets")).toDouble());
        const qint64 in = qint64(counters.value(QStringLiteral("packetsIn")).toDouble());
        m_paths.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("kind"), QLatin1String(kind)},
                                   {QStringLiteral("hops"), QJsonArray::fromStringList(hops)},
                                   {QStringLiteral("ruleIds"), QJsonArray()},
                                   {QStringLiteral("counter"), QStringLiteral("capture")},
                                   {QStringLiteral("exit"), counters.value(QStringLiteral("exit"))},
                                   {QStringLiteral("note"), QString()},
                                   {QStringLiteral("packets"), up ? all - in : in},
                                   {QStringLiteral("bytes"), qint64(counters.value(QLatin1String(bytes)).toDouble())}});
    }
    void set(const char *key, const QJsonValue &v) { m_extra.insert(QLatin1String(key), v); }
    // kind: "upstream" (towards the internet), "return" (back to clients), "link" (no traffic direction)
    void path(const QString &id, const char *kind, const QStringList &hops, const QStringList &ruleIds,
              const QString &note = {})
    {
        m_paths.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("kind"), QLatin1String(kind)},
                                   {QStringLiteral("hops"), QJsonArray::fromStringList(hops)},
                                   {QStringLiteral("ruleIds"), QJsonArray::fromStringList(ruleIds)},
                                   {QStringLiteral("note"), note},
                                   {QStringLiteral("packets"), 0},
                                   {QStringLiteral("bytes"), 0}});
    }
    // Traffic Byway drops on purpose, counted: a separate list so a client
    // that knows only upstream/return paths draws what it drew before.
    // `reason` is a stable code: "source-outside-pools".
    void drop(const QString &id, const char *reason, const QStringList &hops, const QStringList &ruleIds)
    {
        m_drops.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("reason"), QLatin1String(reason)},
                                   {QStringLiteral("hops"), QJsonArray::fromStringList(hops)},
                                   {QStringLiteral("ruleIds"), QJsonArray::fromStringList(ruleIds)},
                                   {QStringLiteral("packets"), 0},
                                   {QStringLiteral("bytes"), 0}});
    }
    [[nodiscard]] QJsonObject build(const config::Config &c) const
    {
        QJsonObject out{{QStringLiteral("role"), config::roleName(c.role)},
                        {QStringLiteral("nodes"), m_nodes},
                        {QStringLiteral("links"), m_links},
                        {QStringLiteral("paths"), m_paths},
                        {QStringLiteral("drops"), m_drops}};
        for (auto it = m_extra.begin(); it != m_extra.end(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }

private:
    QJsonObject m_extra;
    QJsonArray m_links;
    QJsonArray m_nodes;
    QJsonArray m_paths;
    QJsonArray m_drops;
};

QString joined(const QStringList &l)
{
    return l.join(QStringLiteral(", "));
}

// The subnets of `dev` (network addresses with their prefix), IPv4 first.
QStringList subnetsOf(const TopologyLive &live, const QString &dev)
{
    QStringList v4, v6;
    for (const route::AddressSpec &a : live.addresses) {
        if (a.dev != dev)
            continue;
        const QString net = config::networkOf(a.address).toString();
        if (a.address.address.protocol() == QAbstractSocket::IPv4Protocol) {
            if (!v4.contains(net))
                v4.append(net);
        } else if (!a.address.address.isLinkLocal() && !v6.contains(net)) {
            v6.append(net);
        }
    }
    return v4 + v6;
}

// One port of this box as the this-box node lists it.
QJsonObject port(const TopologyLive &live, const QString &name, const char *role, const QStringList &fallback = {})
{
    QStringList subnets = subnetsOf(live, name);
    if (subnets.isEmpty())
        subnets = fallback;
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("role"), QLatin1String(role)},
                       {QStringLiteral("subnets"), QJsonArray::fromStringList(subnets)}};
}

QJsonObject ports(const QJsonArray &list)
{
    return QJsonObject{{QStringLiteral("ports"), list}};
}

// A direct exit in words the GUI translates: "table N mark 0xM", "dev X",
// "main table"; SOCKS5 "SOCKS5 host:port".
QString exitDetail(const config::Exit &e)
{
    if (e.type == config::ExitType::Socks5)
        return QStringLiteral("SOCKS5 %1:%2").arg(e.server).arg(e.port);
    if (e.table != 0 || e.mark != 0)
        return QStringLiteral("table %1 mark 0x%2").arg(e.table).arg(e.mark, 0, 16);
    if (!e.device.isEmpty())
        return QStringLiteral("dev %1").arg(e.device);
    return QStringLiteral("main table");
}

// The known clients: the VPN server's sessions and the capture's users (the
// busiest first), bounded; `more` says how many were left out.
QJsonObject members(const config::Config &c, const TopologyLive &live, const config::Pool *pool)
{
    QJsonArray list;
    int total = 0;
    QSet<QString> seen;
    auto add = [&](const QJsonObject &m) {
        ++total;
        if (list.size() < kTopologyMaxMembers)
            list.append(m);
    };
    for (const Session &s : live.sessions) {
        if (pool && poolOf(c, s.address) != pool)
            continue;
        seen.insert(s.user);
        add(QJsonObject{{QStringLiteral("name"), s.user},
                        {QStringLiteral("address"), s.address.toString()},
                        {QStringLiteral("source"), QStringLiteral("session")}});
    }
    QList<QJsonObject> users;
    for (const QJsonValue &v : live.captureUsers)
        users.append(v.toObject());
    std::sort(users.begin(), users.end(), [](const QJsonObject &a, const QJsonObject &b) {
        auto sum = [](const QJsonObject &o) {
            return o.value(QStringLiteral("bytesIn")).toDouble() + o.value(QStringLiteral("bytesOut")).toDouble();
        };
        return sum(a) > sum(b);
    });
    for (const QJsonObject &u : users) {
        const QString name = u.value(QStringLiteral("user")).toString();
        if (seen.contains(name))
            continue;
        // "<pool>/<address>" users belong to their pool; named ones to any pool.
        if (pool && name.contains(QLatin1Char('/')) && !name.startsWith(pool->name + QLatin1Char('/')))
            continue;
        add(QJsonObject{{QStringLiteral("name"), name},
                        {QStringLiteral("source"), QStringLiteral("capture")},
                        {QStringLiteral("bytesIn"), u.value(QStringLiteral("bytesIn"))},
                        {QStringLiteral("bytesOut"), u.value(QStringLiteral("bytesOut"))}});
    }
    return QJsonObject{{QStringLiteral("members"), list}, {QStringLiteral("membersMore"), total - int(list.size())}};
}

// The compat capture: a node on this box's client side and, per exit it
// used, an upstream and a return path counted by the capture itself.
void capture(Builder &b, const config::Config &c, const TopologyLive &live, const QString &clientSide)
{
    // A capture that stopped keeps its paths while they hold counts (monotonic).
    if (!live.captureActive && live.captureExits.isEmpty())
        return;
    QJsonArray users;
    for (const QJsonValue &v : live.captureUsers)
        if (users.size() < kTopologyMaxMembers * 4)
            users.append(v);
    b.node(QStringLiteral("capture"), "capture", live.captureTun,
           live.captureActive ? QStringLiteral("compat capture") : QStringLiteral("stopped"));
    b.link(clientSide, QStringLiteral("capture"));
    b.link(QStringLiteral("capture"), QStringLiteral("this"));
    b.set("capture", QJsonObject{{QStringLiteral("active"), live.captureActive},
                                 {QStringLiteral("tun"), live.captureTun},
                                 {QStringLiteral("users"), users},
                                 {QStringLiteral("exits"), live.captureExits}});
    // Every exit the capture may use has its paths from the start (at zero),
    // and any other it did use (a session's) with what it counted.
    QJsonArray seeded;
    auto seed = [&](const QString &name) {
        if (!name.isEmpty())
            seeded.append(QJsonObject{{QStringLiteral("exit"), name}});
    };
    if (live.captureActive) {
        seed(QStringLiteral("main"));
        for (const config::Pool &p : c.pools) {
            seed(p.exit);
            for (const config::User &u : p.users)
                seed(u.exit);
        }
    }
    for (const QJsonValue &v : addTotals(seeded, live.captureExits, QStringLiteral("exit"))) {
        const QJsonObject e = v.toObject();
        const QString name = e.value(QStringLiteral("exit")).toString();
        const bool known = std::any_of(c.exits.cbegin(), c.exits.cend(),
                                       [&](const config::Exit &x) { return x.name == name; });
        QStringList hops{clientSide, QStringLiteral("capture"), QStringLiteral("this")};
        if (known)
            hops.append(QStringLiteral("exit:") + name);
        hops.append(QStringLiteral("internet"));
        b.capturePath(QStringLiteral("capture-up:") + name, "upstream", hops, e, true);
        std::reverse(hops.begin(), hops.end());
        b.capturePath(QStringLiteral("capture-back:") + name, "return", hops, e, false);
    }
}

void exits(Builder &b, const config::Config &c, const QString &wan)
{
    for (const config::Exit &e : c.exits) {
        const QString id = QStringLiteral("exit:") + e.name;
        b.node(id, "exit", e.name, exitDetail(e));
        // A direct exit leaves through this box's WAN (or its device) to the
        // internet; a SOCKS5 exit is a server out there, reached the same way.
        b.link(QStringLiteral("this"), id);
        b.link(id, QStringLiteral("internet"));
    }
    if (c.exits.isEmpty() && !wan.isEmpty())
        b.link(QStringLiteral("this"), QStringLiteral("internet"));
}

void vpnGateway(Builder &b, const config::Config &c, const TopologyLive &live)
{
    const QString wan = joined(c.interfaces.wan);
    QJsonArray portList;
    for (const QString &w : c.interfaces.wan)
        portList.append(port(live, w, "wan"));
    for (const QString &t : c.interfaces.tunnels)
        portList.append(port(live, t, "tunnel"));
    b.node(QStringLiteral("internet"), "internet", QStringLiteral("Internet"));
    b.node(QStringLiteral("this"), "this-box", QStringLiteral("This box"), QStringLiteral("WAN %1").arg(wan),
           ports(portList));
    for (const config::Pool &p : c.pools) {
        const QString id = QStringLiteral("pool:") + p.name;
        b.node(id, "pool", p.name, p.subnet.toString(), members(c, live, &p));
        b.link(id, QStringLiteral("this"));
        QStringList up{ruleid::forwardOut(joined(c.interfaces.tunnels))};
        for (qsizetype i = 0; i < c.nat.masquerade.size(); ++i)
            if (c.nat.masquerade[i].source.covers(p.subnet))
                up.append(ruleid::masquerade(i));
        QStringList hops{id, QStringLiteral("this")};
        if (!p.exit.isEmpty())
            hops.append(QStringLiteral("exit:") + p.exit);
        hops.append(QStringLiteral("internet"));
        b.path(QStringLiteral("up:") + p.name, "upstream", hops, up);
        std::reverse(hops.begin(), hops.end());
        b.path(QStringLiteral("back:") + p.name, "return", hops,
               {ruleid::forwardBack(joined(c.interfaces.tunnels))});
    }
    // Packets from the VPN interfaces whose source is in no pool (a VPN server
    // handing out another subnet) are dropped before the WAN, never sent out
    // un-NATed: the count says how much traffic that disagreement costs.
    if (!c.interfaces.tunnels.isEmpty() && !c.interfaces.wan.isEmpty())
        b.drop(QStringLiteral("foreign"), "source-outside-pools", {QStringLiteral("this"), QStringLiteral("internet")},
               {ruleid::forwardForeign(joined(c.interfaces.tunnels))});
    exits(b, c, wan);
    if (!c.pools.isEmpty())
        capture(b, c, live, QStringLiteral("pool:") + c.pools.constFirst().name);
}

void bypass(Builder &b, const config::Config &c, const TopologyLive &live, bool secondary)
{
    const QString lan = joined(c.interfaces.lan);
    QJsonArray portList;
    QStringList lanSubnets;
    for (qsizetype i = 0; i < c.interfaces.lan.size(); ++i) {
        // The configured address names the first LAN's subnet even before the
        // live box has it (a plan, a test without the interface).
        const QStringList fallback = i == 0 && c.bypass.address.isValid()
            ? QStringList{config::networkOf(c.bypass.address).toString()} : QStringList{};
        const QJsonObject p = port(live, c.interfaces.lan[i], "lan", fallback);
        portList.append(p);
        for (const QJsonValue &v : p.value(QStringLiteral("subnets")).toArray())
            if (!lanSubnets.contains(v.toString()))
                lanSubnets.append(v.toString());
    }
    if (!c.interfaces.alternate.isEmpty())
        portList.append(port(live, c.interfaces.alternate, "alternate"));
    for (const QString &w : c.interfaces.wan)
        portList.append(port(live, w, "wan"));
    b.node(QStringLiteral("internet"), "internet", QStringLiteral("Internet"));
    b.node(QStringLiteral("main"), "main-router", QStringLiteral("Main router"), c.bypass.mainRouter.toString());
    b.node(QStringLiteral("this"), "this-box", QStringLiteral("This box"), c.bypass.address.toString(),
           ports(portList));
    b.node(QStringLiteral("lan"), "lan", lan, lanSubnets.join(QStringLiteral(", ")));
    b.node(QStringLiteral("clients"), "clients", QStringLiteral("Clients"),
           secondary ? QString() : QStringLiteral("gateway %1").arg(c.bypass.address.address.toString()),
           members(c, live, nullptr));
    if (!c.interfaces.alternate.isEmpty()) {
        b.node(QStringLiteral("alternate"), "alternate", c.interfaces.alternate,
               subnetsOf(live, c.interfaces.alternate).join(QStringLiteral(", ")));
        // The alternate port is a second cable between this box and the main router.
        b.link(QStringLiteral("this"), QStringLiteral("alternate"));
        b.link(QStringLiteral("alternate"), QStringLiteral("main"));
    }
    b.link(QStringLiteral("main"), QStringLiteral("internet"));
    b.link(QStringLiteral("clients"), QStringLiteral("lan"));
    b.link(QStringLiteral("lan"), QStringLiteral("this"));
    if (!secondary)
        b.link(QStringLiteral("lan"), QStringLiteral("main")); // one shared segment
    else
        b.link(QStringLiteral("this"), QStringLiteral("main")); // through this box's WAN

    if (!secondary) {
        // Clients send to this box (their gateway), it forwards back out of the
        // same LAN to the main router, without NAT.
        b.path(QStringLiteral("up"), "upstream",
               {QStringLiteral("clients"), QStringLiteral("this"), QStringLiteral("main"), QStringLiteral("internet")},
               {ruleid::forwardOut(lan)});
        // The main router's NAT sends replies to the client's own address on
        // the shared LAN: they never pass this box (asymmetric; rp_filter loose).
        b.path(QStringLiteral("back"), "return",
               {QStringLiteral("internet"), QStringLiteral("main"), QStringLiteral("clients")}, {},
               QStringLiteral("replies go from the main router straight to the clients and skip this box"));
        if (c.bypass.ipv6Secondary) {
            b.path(QStringLiteral("up6"), "upstream",
                   {QStringLiteral("clients"), QStringLiteral("this"), QStringLiteral("alternate"), QStringLiteral("main"),
                    QStringLiteral("internet")},
                   {ruleid::forwardOut6(c.interfaces.alternate)},
                   QStringLiteral("IPv6 as a secondary route on the alternate port"));
            // A secondary route: the main router routes the clients' prefix to
            // this box, so IPv6 replies do pass it (no asymmetry, no NAT).
            b.path(QStringLiteral("back6"), "return",
                   {QStringLiteral("internet"), QStringLiteral("main"), QStringLiteral("alternate"), QStringLiteral("this"),
                    QStringLiteral("clients")},
                   {ruleid::forwardBack(c.interfaces.alternate)},
                   QStringLiteral("IPv6 replies come back through the alternate port and this box"));
        }
    } else {
        const QString wan = joined(c.interfaces.wan);
        b.path(QStringLiteral("up"), "upstream",
               {QStringLiteral("clients"), QStringLiteral("this"), QStringLiteral("main"), QStringLiteral("internet")},
               {ruleid::forwardOut(lan), ruleid::masquerade(0)});
        b.path(QStringLiteral("back"), "return",
               {QStringLiteral("internet"), QStringLiteral("main"), QStringLiteral("this"), QStringLiteral("clients")},
               {ruleid::forwardBack(lan)},
               c.bypass.nat ? QString()
                            : QStringLiteral("without NAT the main router needs a route to this box's LAN via %1")
                                  .arg(wan));
    }
    for (const config::Exit &e : c.exits) {
        b.node(QStringLiteral("exit:") + e.name, "exit", e.name, exitDetail(e));
        b.link(QStringLiteral("this"), QStringLiteral("exit:") + e.name);
        b.link(QStringLiteral("exit:") + e.name, QStringLiteral("internet"));
    }
    capture(b, c, live, QStringLiteral("clients"));
}

void wanSeparated(Builder &b, const config::Config &c, const TopologyLive &live)
{
    QJsonArray portList;
    for (const QString &l : c.interfaces.lan)
        portList.append(port(live, l, "lan"));
    for (const QString &w : c.interfaces.wan)
        portList.append(port(live, w, "wan"));
    b.node(QStringLiteral("internet"), "internet", QStringLiteral("Internet"));
    b.node(QStringLiteral("this"), "this-box", QStringLiteral("This box"), {}, ports(portList));
    b.node(QStringLiteral("mesh"), "lan", QStringLiteral("Mesh / LAN"), joined(c.interfaces.lan));
    b.link(QStringLiteral("this"), QStringLiteral("mesh"));
    b.path(QStringLiteral("mesh"), "upstream", {QStringLiteral("this"), QStringLiteral("mesh")}, {},
           QStringLiteral("unmarked traffic uses the main table"));
    for (const config::Exit &e : c.exits) {
        if (e.type != config::ExitType::Direct || e.table == 0)
            continue;
        const QString id = QStringLiteral("exit:") + e.name;
        b.node(id, "exit", e.name, exitDetail(e));
        b.link(QStringLiteral("this"), id);
        b.link(id, QStringLiteral("internet"));
        b.path(QStringLiteral("wan:") + e.name, "upstream", {QStringLiteral("this"), id, QStringLiteral("internet")},
               {ruleid::dnsRedirect()}, QStringLiteral("marked sockets and the WAN-only resolver"));
    }
}

} // namespace

QJsonObject topology(const config::Config &c)
{
    return topology(c, TopologyLive{});
}

QJsonObject topology(const config::Config &c, const TopologyLive &live)
{
    Builder b;
    switch (c.role) {
    case Role::None:
        break;
    case Role::VpnGateway:
        vpnGateway(b, c, live);
        break;
    case Role::BypassRouter:
        bypass(b, c, live, false);
        break;
    case Role::SecondaryRouter:
        bypass(b, c, live, true);
        break;
    case Role::WanSeparated:
        wanSeparated(b, c, live);
        break;
    }
    return b.build(c);
}

QJsonArray addTotals(const QJsonArray &before, const QJsonArray &now, const QString &key)
{
    std::map<QString, QJsonObject> sum;
    for (const QJsonArray *list : {&before, &now}) {
        for (const QJsonValue &v : *list) {
            const QJsonObject o = v.toObject();
            QJsonObject &s = sum[o.value(key).toString()];
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == key)
                    s.insert(key, it.value());
                else if (it.key() == QLatin1String("flows"))
                    s.insert(it.key(), it.value()); // open now: not a running total
                else
                    s.insert(it.key(), qint64(s.value(it.key()).toDouble() + it.value().toDouble()));
            }
        }
    }
    QJsonArray out;
    for (const auto &[name, o] : sum)
        out.append(o);
    return out;
}

namespace {

// Drops are counted by every rule that carries their id (one per VPN
// interface pattern and WAN): the sum is what was dropped.
void attachDropCounters(QJsonObject &topology, const QHash<QString, Counter> &counters)
{
    QJsonArray drops = topology.value(QStringLiteral("drops")).toArray();
    for (qsizetype i = 0; i < drops.size(); ++i) {
        QJsonObject d = drops[i].toObject();
        quint64 packets = 0;
        quint64 bytes = 0;
        for (const QJsonValue &id : d.value(QStringLiteral("ruleIds")).toArray()) {
            const Counter ctr = counters.value(id.toString());
            packets += ctr.packets;
            bytes += ctr.bytes;
        }
        d.insert(QStringLiteral("packets"), qint64(packets));
        d.insert(QStringLiteral("bytes"), qint64(bytes));
        drops[i] = d;
    }
    topology.insert(QStringLiteral("drops"), drops);
}

} // namespace

void attachCounters(QJsonObject &topology, const QHash<QString, Counter> &counters)
{
    attachDropCounters(topology, counters);
    QJsonArray paths = topology.value(QStringLiteral("paths")).toArray();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QJsonObject p = paths[i].toObject();
        if (p.value(QStringLiteral("counter")).toString() == QLatin1String("capture"))
            continue; // counted by the capture, not by a rule
        quint64 packets = 0;
        quint64 bytes = 0;
        // A path's traffic is what its first counting rule saw; later rules on
        // the same path (masquerade after forward) count the same packets again.
        const QJsonArray ids = p.value(QStringLiteral("ruleIds")).toArray();
        if (!ids.isEmpty()) {
            const Counter ctr = counters.value(ids.first().toString());
            packets = ctr.packets;
            bytes = ctr.bytes;
        }
        p.insert(QStringLiteral("packets"), qint64(packets));
        p.insert(QStringLiteral("bytes"), qint64(bytes));
        paths[i] = p;
    }
    topology.insert(QStringLiteral("paths"), paths);
}

} // namespace byway::reconcile
