// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/topology.h"

#include "reconcile/ruleids.h"

#include <QJsonArray>

namespace byway::reconcile {
namespace {

using config::Role;

class Builder
{
public:
    void node(const QString &id, const char *kind, const QString &label, const QString &detail = {})
    {
        m_nodes.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("kind"), QLatin1String(kind)},
                                   {QStringLiteral("label"), label},
                                   {QStringLiteral("detail"), detail}});
    }
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
        return QJsonObject{{QStringLiteral("role"), config::roleName(c.role)},
                           {QStringLiteral("nodes"), m_nodes},
                           {QStringLiteral("paths"), m_paths},
                           {QStringLiteral("drops"), m_drops}};
    }

private:
    QJsonArray m_nodes;
    QJsonArray m_paths;
    QJsonArray m_drops;
};

QString joined(const QStringList &l)
{
    return l.join(QStringLiteral(", "));
}

void vpnGateway(Builder &b, const config::Config &c)
{
    b.node(QStringLiteral("internet"), "internet", QStringLiteral("Internet"));
    b.node(QStringLiteral("this"), "this-box", QStringLiteral("This box"),
           QStringLiteral("WAN %1").arg(joined(c.interfaces.wan)));
    for (const config::Pool &p : c.pools) {
        const QString id = QStringLiteral("pool:") + p.name;
        b.node(id, "pool", p.name, p.subnet.toString());
        QStringList up{ruleid::forwardOut(joined(c.interfaces.tunnels))};
        for (qsizetype i = 0; i < c.nat.masquerade.size(); ++i)
            if (c.nat.masquerade[i].source.covers(p.subnet))
                up.append(ruleid::masquerade(i));
        b.path(QStringLiteral("up:") + p.name, "upstream", {id, QStringLiteral("this"), QStringLiteral("internet")}, up);
        b.path(QStringLiteral("back:") + p.name, "return", {QStringLiteral("internet"), QStringLiteral("this"), id},
               {ruleid::forwardBack(joined(c.interfaces.tunnels))});
    }
    // Packets from the VPN interfaces whose source is in no pool (a VPN server
    // handing out another subnet) are dropped before the WAN, never sent out
    // un-NATed: the count says how much traffic that disagreement costs.
    if (!c.interfaces.tunnels.isEmpty() && !c.interfaces.wan.isEmpty())
        b.drop(QStringLiteral("foreign"), "source-outside-pools", {QStringLiteral("this"), QStringLiteral("internet")},
               {ruleid::forwardForeign(joined(c.interfaces.tunnels))});
    for (const config::Exit &e : c.exits)
        b.node(QStringLiteral("exit:") + e.name, "exit", e.name,
               e.type == config::ExitType::Socks5 ? QStringLiteral("SOCKS5 %1:%2").arg(e.server).arg(e.port)
                                                  : QStringLiteral("table %1 mark 0x%2").arg(e.table).arg(e.mark, 0, 16));
}

void bypass(Builder &b, const config::Config &c, bool secondary)
{
    const QString lan = joined(c.interfaces.lan);
    b.node(QStringLiteral("internet"), "internet", QStringLiteral("Internet"));
    b.node(QStringLiteral("main"), "main-router", QStringLiteral("Main router"), c.bypass.mainRouter.toString());
    b.node(QStringLiteral("this"), "this-box", QStringLiteral("This box"), c.bypass.address.toString());
    b.node(QStringLiteral("lan"), "lan", lan,
           c.bypass.address.isValid() ? config::networkOf(c.bypass.address).toString() : QString());
    b.node(QStringLiteral("clients"), "clients", QStringLiteral("Clients"),
           secondary ? QString() : QStringLiteral("gateway %1").arg(c.bypass.address.address.toString()));
    if (!c.interfaces.alternate.isEmpty())
        b.node(QStringLiteral("alternate"), "alternate", c.interfaces.alternate);

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
}

void wanSeparated(Builder &b, const config::Config &c)
{
    b.node(QStringLiteral("internet"), "internet", QStringLiteral("Internet"));
    b.node(QStringLiteral("this"), "this-box", QStringLiteral("This box"));
    b.node(QStringLiteral("mesh"), "lan", QStringLiteral("Mesh / LAN"), joined(c.interfaces.lan));
    b.path(QStringLiteral("mesh"), "upstream", {QStringLiteral("this"), QStringLiteral("mesh")}, {},
           QStringLiteral("unmarked traffic uses the main table"));
    for (const config::Exit &e : c.exits) {
        if (e.type != config::ExitType::Direct || e.table == 0)
            continue;
        const QString id = QStringLiteral("exit:") + e.name;
        b.node(id, "exit", e.name, QStringLiteral("table %1 mark 0x%2").arg(e.table).arg(e.mark, 0, 16));
        b.path(QStringLiteral("wan:") + e.name, "upstream", {QStringLiteral("this"), id, QStringLiteral("internet")},
               {ruleid::dnsRedirect()}, QStringLiteral("marked sockets and the WAN-only resolver"));
    }
}

} // namespace

QJsonObject topology(const config::Config &c)
{
    Builder b;
    switch (c.role) {
    case Role::None:
        break;
    case Role::VpnGateway:
        vpnGateway(b, c);
        break;
    case Role::BypassRouter:
        bypass(b, c, false);
        break;
    case Role::SecondaryRouter:
        bypass(b, c, true);
        break;
    case Role::WanSeparated:
        wanSeparated(b, c);
        break;
    }
    return b.build(c);
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
