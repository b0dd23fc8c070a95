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

} // namespace byway::reconcile::verdict_parts
