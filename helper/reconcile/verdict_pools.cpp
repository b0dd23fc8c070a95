// SPDX-License-Identifier: GPL-3.0-or-later
// The verdict's checks of the pools against the live box.
#include "reconcile/verdict_parts.h"

#include <QSet>

#include <algorithm>

namespace byway::reconcile::verdict_parts {
namespace {

using config::Role;

// Addresses the VPN server's interfaces talk to: point-to-point peers and
// the destinations of main-table routes through them (ocserv and pppd give
// each client a host route), as an address or, for a route to a subnet, that
// prefix ("fd00:1::/64", not its first address).
struct VpnPeer {
    QHostAddress address;
    QString shown;
    QString dev;
};

QList<VpnPeer> vpnPeers(const config::Config &c, const LiveBox &box, QStringList &devs)
{
    QList<VpnPeer> out;
    if (!box.links)
        return out;
    for (const route::Link &l : box.links())
        for (const QString &p : c.interfaces.tunnels)
            if (matchesPattern(p, l.name) && !devs.contains(l.name))
                devs.append(l.name);
    if (devs.isEmpty())
        return out;
    QSet<QString> seen;
    auto note = [&](const QHostAddress &a, const QString &shown, const QString &dev) {
        if (!a.isNull() && !a.isLinkLocal() && !seen.contains(shown)) {
            seen.insert(shown);
            out.append({a, shown, dev});
        }
    };
    if (box.addresses)
        for (const route::AddressSpec &a : box.addresses())
            if (devs.contains(a.dev))
                note(a.peer, a.peer.toString(), a.dev);
    if (box.mainRoutesVia)
        for (const QString &dev : devs)
            for (const route::RouteSpec &r : box.mainRoutesVia(dev)) {
                const int host = r.dst.address.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
                if (r.dst.length > 0)
                    note(r.dst.address, r.dst.length == host ? r.dst.address.toString() : r.dst.toString(), dev);
            }
    return out;
}

} // namespace

void checkPeers(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (c.role != Role::VpnGateway || c.interfaces.tunnels.isEmpty())
        return;
    QStringList devs;
    QStringList outside;
    for (const VpnPeer &peer : vpnPeers(c, box, devs)) {
        bool inPool = false;
        for (const config::Pool &p : c.pools)
            inPool = inPool || (p.subnet.isValid() && p.subnet.contains(peer.address));
        if (!inPool)
            outside.append(QStringLiteral("%1 (%2)").arg(peer.shown, peer.dev));
    }
    if (outside.isEmpty())
        return;
    QStringList pools;
    for (const config::Pool &p : c.pools)
        pools.append(p.subnet.toString());
    const qsizetype shown = std::min<qsizetype>(outside.size(), 8);
    add(v, finding(Severity::Warning, QStringLiteral("/pools"), msg::Id("env.pool.peers_outside"),
                   {{QStringLiteral("addresses"), outside.mid(0, shown).join(QStringLiteral(", "))
                                                       + (outside.size() > shown ? QStringLiteral(", …") : QString())},
                    {QStringLiteral("count"), outside.size()},
                    {QStringLiteral("pools"), pools.join(QStringLiteral(", "))},
                    {QStringLiteral("interfaces"), devs.join(QStringLiteral(", "))}}));
}

// A pool must be the VPN clients' own subnet: one that holds this box's
// address on the WAN is refused; one that holds or overlaps the address of
// another interface no tunnels pattern matches is warned about (a VPN
// server's interface left out of interfaces.tunnels, a LAN's subnet). The
// tunnels' own addresses (ocserv's vpns0 holds the pool's first) are the
// pool's by design. One finding per pool.
void checkPoolAddresses(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (c.role != Role::VpnGateway || !box.addresses)
        return;
    // The box's own addresses that no tunnel holds: a few (the WAN's, a
    // LAN's), however many tunnels and pools a big VPN server has.
    QList<route::AddressSpec> own;
    for (const route::AddressSpec &a : box.addresses()) {
        const QHostAddress &ip = a.address.address;
        if (!ip.isLoopback() && !ip.isLinkLocal() && a.dev != u"lo"
            && std::none_of(c.interfaces.tunnels.begin(), c.interfaces.tunnels.end(),
                            [&](const QString &t) { return matchesPattern(t, a.dev); }))
            own.append(a);
    }
    for (qsizetype i = 0; i < c.pools.size(); ++i) {
        const config::Prefix &pool = c.pools[i].subnet;
        if (!pool.isValid())
            continue;
        std::optional<FieldError> worst;
        for (const route::AddressSpec &a : std::as_const(own)) {
            const QHostAddress &ip = a.address.address;
            const config::Prefix net = config::networkOf(a.address);
            const bool holds = pool.contains(ip);
            if (!holds && !pool.contains(net.address) && !net.contains(pool.address))
                continue;
            const bool wan = holds && c.interfaces.wan.contains(a.dev);
            if (worst && !wan)
                continue; // the first warning stands; only the WAN's error replaces it
            const QJsonObject args{{QStringLiteral("subnet"), pool.toString()}, {QStringLiteral("address"), ip.toString()},
                                   {QStringLiteral("network"), net.toString()}, {QStringLiteral("interface"), a.dev}};
            const QString path = QStringLiteral("/pools/%1/subnet").arg(i);
            worst = wan    ? finding(Severity::Error, path, msg::Id("env.pool.holds_wan_address"), args)
                  : holds ? finding(Severity::Warning, path, msg::Id("env.pool.holds_own_address"), args)
                          : finding(Severity::Warning, path, msg::Id("env.pool.overlaps_link"), args);
            if (wan)
                break;
        }
        if (worst)
            add(v, *worst);
    }
}

// A pool's or user's direct exit leaves by its device (the WAN's first when
// it names none, as its table is made): without a nat.masquerade for their
// addresses out of that device they go out with the clients' own, which a
// VPN provider's end drops. Not an error: what is past the device may route
// them back (a site-to-site link). Skipped where no NAT is wanted or another
// takes care of it: a bypass router's way to the main router (its LAN), a
// secondary router's own NAT out of its WAN, the capture (its sockets leave
// with this box's address). One finding per exit, in the exits' order.
void checkExitNat(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (c.role != Role::VpnGateway && c.role != Role::BypassRouter && c.role != Role::SecondaryRouter)
        return;
    const bool captureOn = box.captureOn && box.captureOn(c);
    QMap<qsizetype, QStringList> who;     // exit index → pools' and users' names
    QMap<qsizetype, config::Prefix> first; // exit index → the first of their addresses
    auto check = [&](const QString &name, const QString &exit, const config::Prefix &source) {
        qsizetype i = 0;
        while (i < c.exits.size() && c.exits[i].name != exit)
            ++i;
        if (i == c.exits.size() || !source.isValid())
            return;
        const config::Exit &e = c.exits[i];
        const QString dev = e.device.isEmpty() ? c.interfaces.wan.value(0) : e.device;
        if (e.type != config::ExitType::Direct || e.table == 0 || dev.isEmpty() || (captureOn && !source.isIpv6())
            || (c.role == Role::BypassRouter && c.interfaces.lan.contains(dev))
            || (c.role == Role::SecondaryRouter && c.bypass.nat && c.interfaces.wan.contains(dev)))
            return;
        for (const config::Masquerade &m : c.nat.masquerade)
            if (m.out == dev && m.source.covers(source))
                return;
        who[i].append(name);
        if (!first.contains(i))
            first.insert(i, source);
    };
    for (const config::Pool &p : c.pools) {
        check(p.name, p.exit, p.subnet);
        for (const config::User &u : p.users)
            if (!u.address.isNull())
                check(u.name, u.exit, config::Prefix{u.address, u.address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32});
    }
    for (auto it = who.cbegin(); it != who.cend(); ++it) {
        const config::Exit &e = c.exits[it.key()];
        const qsizetype shown = std::min<qsizetype>(it->size(), 8);
        add(v, finding(Severity::Warning, QStringLiteral("/nat/masquerade"), msg::Id("env.exit.unmasqueraded"),
                       {{QStringLiteral("who"), it->mid(0, shown).join(QStringLiteral(", "))
                                                    + (it->size() > shown ? QStringLiteral(", …") : QString())},
                        {QStringLiteral("count"), it->size()},
                        {QStringLiteral("exit"), e.name},
                        {QStringLiteral("device"), e.device.isEmpty() ? c.interfaces.wan.value(0) : e.device},
                        {QStringLiteral("source"), first.value(it.key()).toString()}}));
    }
}

// A bypass router sends what has no exit on to the main router with the
// clients' own addresses (it does not masquerade, by design): a pool off the
// LAN's subnets (a VPN server's on this box) gets its replies only if the
// main router routes that subnet to this box, which Byway cannot see. Said
// with the route it needs. IPv4 only: IPv6 is routed, not bypassed; the
// capture's sockets carry this box's address.
void checkBypassPools(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (c.role != Role::BypassRouter || !c.bypass.address.isValid() || c.bypass.mainRouter.isNull())
        return;
    QList<config::Prefix> lans{config::networkOf(c.bypass.address)};
    if (box.addresses)
        for (const route::AddressSpec &a : box.addresses())
            if (c.interfaces.lan.contains(a.dev) && !a.address.isIpv6())
                lans.append(config::networkOf(a.address));
    const bool captureOn = box.captureOn && box.captureOn(c);
    for (qsizetype i = 0; i < c.pools.size(); ++i) {
        const config::Pool &p = c.pools[i];
        if (!p.exit.isEmpty() || !p.subnet.isValid() || p.subnet.isIpv6() || captureOn
            || std::any_of(lans.begin(), lans.end(), [&](const config::Prefix &l) { return l.covers(p.subnet); }))
            continue;
        add(v, finding(Severity::Warning, QStringLiteral("/pools/%1/subnet").arg(i), msg::Id("env.bypass.pool_unrouted"),
                       {{QStringLiteral("pool"), p.name},
                        {QStringLiteral("subnet"), p.subnet.toString()},
                        {QStringLiteral("mainRouter"), c.bypass.mainRouter.toString()},
                        {QStringLiteral("address"), c.bypass.address.address.toString()}}));
    }
}

void checkExitGateway(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!box.links || !box.mainRoutesVia)
        return;
    const QList<route::Link> links = box.links();
    for (qsizetype i = 0; i < c.exits.size(); ++i) {
        const config::Exit &e = c.exits[i];
        if (e.type != config::ExitType::Direct || e.table == 0 || e.device.isEmpty())
            continue;
        const auto link = std::find_if(links.begin(), links.end(), [&](const route::Link &l) { return l.name == e.device; });
        if (link == links.end() || !link->resolves || !link->up)
            continue; // missing or down: the interface checks and the plan say so
        const QList<route::RouteSpec> routes = box.mainRoutesVia(e.device);
        if (std::any_of(routes.begin(), routes.end(), [](const route::RouteSpec &r) { return r.dst.length == 0 && !r.dst.isIpv6(); }))
            continue;
        add(v, finding(Severity::Warning, QStringLiteral("/exits/%1/device").arg(i), msg::Id("env.exit.no_gateway"),
                       {{QStringLiteral("exit"), e.name}, {QStringLiteral("device"), e.device}, {QStringLiteral("table"), qint64(e.table)}}));
    }
}

void checkExitTables(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!box.routesIn)
        return;
    QSet<quint32> seen;
    for (qsizetype i = 0; i < c.exits.size(); ++i) {
        const config::Exit &e = c.exits[i];
        if (e.type != config::ExitType::Direct || e.table == 0 || seen.contains(e.table))
            continue;
        seen.insert(e.table);
        QStringList foreign;
        for (const route::RouteSpec &r : box.routesIn(e.table))
            if (r.protocol != route::kProtocol) {
                const QString text = r.toIpText();
                foreign << text.mid(text.indexOf(u" add ") + 5);
            }
        if (foreign.isEmpty())
            continue;
        const qsizetype shown = std::min<qsizetype>(foreign.size(), 4);
        add(v, finding(Severity::Warning, QStringLiteral("/exits/%1/table").arg(i), msg::Id("env.exit.table_foreign"),
                       {{QStringLiteral("exit"), e.name}, {QStringLiteral("table"), qint64(e.table)},
                        {QStringLiteral("count"), foreign.size()},
                        {QStringLiteral("routes"), foreign.mid(0, shown).join(QStringLiteral("; "))
                                                       + (foreign.size() > shown ? QStringLiteral("; …") : QString())}}));
    }
}

} // namespace byway::reconcile::verdict_parts
