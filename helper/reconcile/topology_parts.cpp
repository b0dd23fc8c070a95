// SPDX-License-Identifier: GPL-3.0-or-later
// topology.get's parts every role draws: ports with their addresses, the
// known clients (sessions, capture users, neighbours), exits, the capture.
#include "reconcile/topology_build.h"
#include "reconcile/verdict.h"

#include <QSet>

#include <algorithm>

namespace byway::reconcile::topo {

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

QJsonObject port(const TopologyLive &live, const QString &name, const char *role, const std::optional<config::Prefix> &fallback)
{
    // One pass over the box's addresses, whatever their number (a VPN server
    // with a thousand ppp interfaces). A pattern ("vpns*", a VPN server's
    // tunnels) takes the interfaces it matches that have an address now;
    // each address once (ocserv gives every tunnel the same local one).
    const bool pattern = name.endsWith(QLatin1Char('*'));
    QStringList subnets[2], addresses[2]; // IPv4, then IPv6
    QSet<QString> seen, devs;
    for (const route::AddressSpec &a : live.addresses) {
        if (pattern ? !matchesPattern(name, a.dev) : a.dev != name)
            continue;
        devs.insert(a.dev);
        const bool v4 = a.address.address.protocol() == QAbstractSocket::IPv4Protocol;
        if (!v4 && a.address.address.isLinkLocal())
            continue;
        const QString net = config::networkOf(a.address).toString(), own = a.address.toString();
        if (!seen.contains(u'n' + net)) {
            seen.insert(u'n' + net);
            subnets[v4 ? 0 : 1].append(net);
        }
        if (!seen.contains(u'a' + own)) {
            seen.insert(u'a' + own);
            addresses[v4 ? 0 : 1].append(own);
        }
    }
    QStringList nets = subnets[0] + subnets[1], owns = addresses[0] + addresses[1];
    if (nets.isEmpty() && fallback && fallback->isValid()) {
        nets = {config::networkOf(*fallback).toString()};
        owns = {fallback->toString()};
    }
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("role"), QLatin1String(role)},
                  {QStringLiteral("subnets"), QJsonArray::fromStringList(nets.mid(0, kTopologyMaxMembers))},
                  {QStringLiteral("addresses"), QJsonArray::fromStringList(owns.mid(0, kTopologyMaxMembers))}};
    if (pattern) {
        QStringList names(devs.begin(), devs.end());
        names.sort();
        o.insert(QStringLiteral("interfaces"), QJsonArray::fromStringList(names.mid(0, kTopologyMaxMembers)));
        o.insert(QStringLiteral("interfaceCount"), names.size());
    }
    return o;
}

QJsonObject ports(const QJsonArray &list)
{
    return QJsonObject{{QStringLiteral("ports"), list}};
}

void addPorts(QJsonArray &out, const TopologyLive &live, const QStringList &names, const char *role)
{
    for (const QString &n : names)
        out.append(port(live, n, role));
}

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

namespace {

// Capture users, the busiest first (bytes both ways; equal ones by name).
bool byBytes(const QJsonObject &a, const QJsonObject &b)
{
    auto sum = [](const QJsonObject &o) {
        return o.value(QStringLiteral("bytesIn")).toDouble() + o.value(QStringLiteral("bytesOut")).toDouble();
    };
    const double x = sum(a), y = sum(b);
    return x != y ? x > y : a.value(QStringLiteral("user")).toString() < b.value(QStringLiteral("user")).toString();
}

void add(QJsonArray &list, int &total, const QJsonObject &m)
{
    ++total;
    if (list.size() < kTopologyMaxMembers)
        list.append(m);
}

void addCaptureUsers(QJsonArray &list, int &total, QSet<QString> &seen, const TopologyLive &live,
                     const config::Pool *pool)
{
    QList<QJsonObject> users;
    for (const QJsonValue &v : live.captureUsers)
        users.append(v.toObject());
    std::sort(users.begin(), users.end(), byBytes);
    for (const QJsonObject &u : users) {
        const QString name = u.value(QStringLiteral("user")).toString();
        if (seen.contains(name))
            continue;
        // "<pool>/<address>" users belong to their pool; named ones to any pool.
        if (pool && name.contains(QLatin1Char('/')) && !name.startsWith(pool->name + QLatin1Char('/')))
            continue;
        seen.insert(name);
        add(list, total, QJsonObject{{QStringLiteral("name"), name},
                                     {QStringLiteral("source"), QStringLiteral("capture")},
                                     {QStringLiteral("bytesIn"), u.value(QStringLiteral("bytesIn"))},
                                     {QStringLiteral("bytesOut"), u.value(QStringLiteral("bytesOut"))}});
    }
}

// Whether a session or a capture user listed already stands for `a`: the
// session's address, a configured user with that address, or the capture's
// "<pool>/<address>" name for it.
bool listedAlready(const config::Config &c, const QSet<QString> &names, const QSet<QString> &addresses,
                   const QHostAddress &a)
{
    if (addresses.contains(a.toString()))
        return true;
    for (const config::Pool &p : c.pools) {
        if (names.contains(p.name + QLatin1Char('/') + a.toString()))
            return true;
        for (const config::User &u : p.users)
            if (u.address == a && names.contains(u.name))
                return true;
    }
    return false;
}

// The hosts the kernel's neighbour table has on the client side that no
// session or capture user stands for: clients that talk to this box without
// a VPN server's word.
void addNeighbours(QJsonArray &list, int &total, const config::Config &c, const QSet<QString> &names,
                   const QSet<QString> &addresses, const TopologyLive &live, const ClientScope &scope)
{
    QList<route::Neighbour> hosts;
    for (const route::Neighbour &n : live.neighbours) {
        const bool own = std::any_of(live.addresses.cbegin(), live.addresses.cend(),
                                     [&](const route::AddressSpec &a) { return a.address.address == n.address; });
        if (own || scope.notClients.contains(n.address) || listedAlready(c, names, addresses, n.address)
            || (!scope.devs.isEmpty() && !scope.devs.contains(n.dev))
            || (scope.pool && !scope.pool->subnet.contains(n.address)))
            continue;
        hosts.append(n);
    }
    std::sort(hosts.begin(), hosts.end(), [](const route::Neighbour &a, const route::Neighbour &b) {
        return std::pair(a.address.protocol(), a.address.toString()) < std::pair(b.address.protocol(), b.address.toString());
    });
    for (const route::Neighbour &n : hosts)
        add(list, total, QJsonObject{{QStringLiteral("name"), n.address.toString()},
                                     {QStringLiteral("address"), n.address.toString()},
                                     {QStringLiteral("source"), QStringLiteral("neighbour")},
                                     {QStringLiteral("dev"), n.dev},
                                     {QStringLiteral("lladdr"), n.lladdr},
                                     {QStringLiteral("reachable"), n.reachable}});
}

} // namespace

QJsonObject members(const config::Config &c, const TopologyLive &live, const ClientScope &scope)
{
    QJsonArray list;
    int total = 0;
    QSet<QString> seen;
    QSet<QString> addresses;
    for (const Session &s : live.sessions) {
        if (scope.pool && poolOf(c, s.address) != scope.pool)
            continue;
        seen.insert(s.user);
        addresses.insert(s.address.toString());
        add(list, total, QJsonObject{{QStringLiteral("name"), s.user},
                                     {QStringLiteral("address"), s.address.toString()},
                                     {QStringLiteral("source"), QStringLiteral("session")}});
    }
    addCaptureUsers(list, total, seen, live, scope.pool);
    addNeighbours(list, total, c, seen, addresses, live, scope);
    return QJsonObject{{QStringLiteral("members"), list}, {QStringLiteral("membersMore"), total - int(list.size())}};
}

void capture(Builder &b, const config::Config &c, const TopologyLive &live, const QString &clientSide)
{
    // A capture that stopped keeps its paths while they hold counts (monotonic).
    if (!live.captureActive && live.captureExits.isEmpty())
        return;
    // The busiest, as the detail lists them: a pool of unnamed addresses has thousands.
    QList<QJsonObject> busiest;
    for (const QJsonValue &v : live.captureUsers)
        busiest.append(v.toObject());
    const auto kept = std::min<qsizetype>(busiest.size(), kTopologyMaxMembers * 4);
    std::partial_sort(busiest.begin(), busiest.begin() + kept, busiest.end(), byBytes);
    QJsonArray users;
    for (qsizetype i = 0; i < kept; ++i)
        users.append(busiest.at(i));
    b.node(QStringLiteral("capture"), "capture", live.captureTun,
           live.captureActive ? QStringLiteral("running") : QStringLiteral("stopped"));
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
        // Not a path traffic takes now: what the capture counted when it ran.
        const QString note = live.captureActive ? QString() : QStringLiteral("capture stopped: counts from when it ran");
        b.capturePath(QStringLiteral("capture-up:") + name, "upstream", hops, e, true, note);
        std::reverse(hops.begin(), hops.end());
        b.capturePath(QStringLiteral("capture-back:") + name, "return", hops, e, false, note);
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

} // namespace byway::reconcile::topo
