// SPDX-License-Identifier: GPL-3.0-or-later
// topology.get per role: the nodes, links and counted paths of a VPN
// gateway, a bypass or secondary router, and a WAN-separated box.
#include "reconcile/topology_build.h"

#include "reconcile/ruleids.h"

#include <algorithm>

namespace byway::reconcile::topo {

void vpnGateway(Builder &b, const config::Config &c, const TopologyLive &live)
{
    const QString wan = joined(c.interfaces.wan);
    QJsonArray portList;
    addPorts(portList, live, c.interfaces.wan, "wan");
    addPorts(portList, live, c.interfaces.tunnels, "tunnel");
    b.node(QStringLiteral("internet"), "internet", QStringLiteral("Internet"));
    b.node(QStringLiteral("this"), "this-box", QStringLiteral("This box"), QStringLiteral("WAN %1").arg(wan),
           ports(portList));
    for (const config::Pool &p : c.pools) {
        const QString id = QStringLiteral("pool:") + p.name;
        b.node(id, "pool", p.name, p.subnet.toString(), members(c, live, ClientScope{&p, {}, {}}));
        b.link(id, QStringLiteral("this"));
        // The pool's own counters when there are (few enough pools), else
        // the tunnels' forward rules, which every pool shares.
        const bool own = c.pools.size() <= ruleid::kCountedPools;
        QStringList up{own ? ruleid::countUp(p.name) : ruleid::forwardOut(joined(c.interfaces.tunnels))};
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
               {own ? ruleid::countBack(p.name) : ruleid::forwardBack(joined(c.interfaces.tunnels))});
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

namespace {

// This box's ports for a bypass or secondary router; `lanSubnets` gets the
// subnets of all its LAN ports.
QJsonArray bypassPorts(const config::Config &c, const TopologyLive &live, QStringList &lanSubnets)
{
    QJsonArray portList;
    for (qsizetype i = 0; i < c.interfaces.lan.size(); ++i) {
        // The configured address names the first LAN's subnet even before the
        // live box has it (a plan, a test without the interface).
        const std::optional<config::Prefix> fallback = i == 0 ? std::optional(c.bypass.address) : std::nullopt;
        const QJsonObject p = port(live, c.interfaces.lan[i], "lan", fallback);
        portList.append(p);
        for (const QJsonValue &v : p.value(QStringLiteral("subnets")).toArray())
            if (!lanSubnets.contains(v.toString()))
                lanSubnets.append(v.toString());
    }
    if (!c.interfaces.alternate.isEmpty())
        portList.append(port(live, c.interfaces.alternate, "alternate"));
    addPorts(portList, live, c.interfaces.wan, "wan");
    return portList;
}

void bypassNodes(Builder &b, const config::Config &c, const TopologyLive &live, bool secondary)
{
    QStringList lanSubnets;
    const QJsonArray portList = bypassPorts(c, live, lanSubnets);
    b.node(QStringLiteral("internet"), "internet", QStringLiteral("Internet"));
    b.node(QStringLiteral("main"), "main-router", QStringLiteral("Main router"), c.bypass.mainRouter.toString());
    b.node(QStringLiteral("this"), "this-box", QStringLiteral("This box"), c.bypass.address.toString(),
           ports(portList));
    b.node(QStringLiteral("lan"), "lan", joined(c.interfaces.lan), lanSubnets.join(QStringLiteral(", ")));
    // The clients: sessions, capture users and the LAN ports' neighbours,
    // but not the main router (it is a neighbour there too).
    b.node(QStringLiteral("clients"), "clients", QStringLiteral("Clients"),
           secondary ? QString() : QStringLiteral("gateway %1").arg(c.bypass.address.address.toString()),
           members(c, live, ClientScope{nullptr, c.interfaces.lan, {c.bypass.mainRouter}}));
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
}

// Clients send to this box (their gateway), it forwards back out of the
// same LAN to the main router, without NAT.
void bypassPaths(Builder &b, const config::Config &c)
{
    const QString lan = joined(c.interfaces.lan);
    b.path(QStringLiteral("up"), "upstream",
           {QStringLiteral("clients"), QStringLiteral("this"), QStringLiteral("main"), QStringLiteral("internet")},
           {ruleid::forwardOut(lan)});
    // The main router's NAT sends replies to the client's own address on
    // the shared LAN: they never pass this box (asymmetric; rp_filter loose).
    b.path(QStringLiteral("back"), "return",
           {QStringLiteral("internet"), QStringLiteral("main"), QStringLiteral("clients")}, {},
           QStringLiteral("replies go from the main router straight to the clients and skip this box"));
    if (!c.bypass.ipv6Secondary)
        return;
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

// A secondary router routes (and may NAT) through its own WAN: both ways pass it.
void secondaryPaths(Builder &b, const config::Config &c)
{
    const QString lan = joined(c.interfaces.lan);
    b.path(QStringLiteral("up"), "upstream",
           {QStringLiteral("clients"), QStringLiteral("this"), QStringLiteral("main"), QStringLiteral("internet")},
           {ruleid::forwardOut(lan), ruleid::lanMasquerade()});
    if (c.bypass.nat)
        b.drop(QStringLiteral("inbound"), "unsolicited-inbound", {QStringLiteral("main"), QStringLiteral("this")},
               {ruleid::forwardIn(lan)});
    b.path(QStringLiteral("back"), "return",
           {QStringLiteral("internet"), QStringLiteral("main"), QStringLiteral("this"), QStringLiteral("clients")},
           {ruleid::forwardBack(lan)},
           c.bypass.nat ? QString()
                        : QStringLiteral("without NAT the main router needs a route to this box's LAN via %1")
                              .arg(joined(c.interfaces.wan)));
}

} // namespace

void bypass(Builder &b, const config::Config &c, const TopologyLive &live, bool secondary)
{
    bypassNodes(b, c, live, secondary);
    if (secondary)
        secondaryPaths(b, c);
    else
        bypassPaths(b, c);
    // Client pools with an exit leave by it, not by the main router (their
    // mark's rule comes first): counted by the pool's own counters (its
    // mark's rule with too many pools) and their replies, which come back
    // the same way through this box, by its own return counter.
    for (const config::Pool &p : c.pools) {
        if (p.exit.isEmpty())
            continue;
        const bool own = c.pools.size() <= ruleid::kCountedPools;
        QStringList up{own ? ruleid::countUp(p.name) : ruleid::markPool(p.name)};
        for (qsizetype i = 0; i < c.nat.masquerade.size(); ++i)
            if (c.nat.masquerade[i].source.covers(p.subnet))
                up.append(ruleid::masquerade(i));
        QStringList hops{QStringLiteral("clients"), QStringLiteral("this"), QStringLiteral("exit:") + p.exit,
                         QStringLiteral("internet")};
        b.path(QStringLiteral("up:") + p.name, "upstream", hops, up);
        std::reverse(hops.begin(), hops.end());
        b.path(QStringLiteral("back:") + p.name, "return", hops, own ? QStringList{ruleid::countBack(p.name)} : QStringList{});
    }
    exits(b, c, QString());
    capture(b, c, live, QStringLiteral("clients"));
}

void wanSeparated(Builder &b, const config::Config &c, const TopologyLive &live)
{
    QJsonArray portList;
    addPorts(portList, live, c.interfaces.lan, "lan");
    addPorts(portList, live, c.interfaces.wan, "wan");
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

} // namespace byway::reconcile::topo
