// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-field rules: the traps from the field, caught before anything is applied.
#include "core/config/config.h"

#include "core/config/jsonreader.h"
#include "core/config/validate_parts.h"
#include "core/logging.h"

#include <QHash>
#include <QJsonArray>
#include <QHostAddress>
#include <QSet>
#include <QtEndian>

#include <algorithm>
#include <optional>

namespace byway::config {
namespace {

using J = JsonReader;

const QString kPools = QStringLiteral("/pools");

bool exitExists(const Config &c, const QString &name)
{
    for (const Exit &e : c.exits)
        if (e.name == name)
            return true;
    return false;
}

void checkInterfaces(J &r, const Config &c)
{
    const QString p = QStringLiteral("/interfaces");
    checkDuplicates(r, c.interfaces.wan, J::join(p, QStringLiteral("wan")), {});
    checkDuplicates(r, c.interfaces.lan, J::join(p, QStringLiteral("lan")), {});
    for (qsizetype i = 0; i < c.interfaces.lan.size(); ++i)
        if (c.interfaces.wan.contains(c.interfaces.lan[i]))
            r.error(J::join(J::join(p, QStringLiteral("lan")), i), "conflict", msg::Id("config.interfaces.wan_and_lan"),
                    {{QStringLiteral("interface"), c.interfaces.lan[i]}});
    const QString &alt = c.interfaces.alternate;
    if (!alt.isEmpty() && (c.interfaces.lan.contains(alt) || c.interfaces.wan.contains(alt)))
        r.error(J::join(p, QStringLiteral("alternate")), "conflict", msg::Id("config.interfaces.alternate_conflict"),
                {{QStringLiteral("interface"), alt}});
    // A tunnels pattern that takes in the uplink or a LAN ("wan*" beside
    // wan0): Byway would treat the WAN's own traffic as VPN clients'.
    QStringList named = c.interfaces.wan + c.interfaces.lan;
    if (!alt.isEmpty())
        named.append(alt);
    for (qsizetype i = 0; i < c.interfaces.tunnels.size(); ++i) {
        const QString &pattern = c.interfaces.tunnels[i];
        for (const QString &n : std::as_const(named)) {
            if (matchesInterfacePattern(pattern, n)) {
                r.error(J::join(J::join(p, QStringLiteral("tunnels")), i), "conflict", msg::Id("config.interfaces.tunnel_conflict"),
                        {{QStringLiteral("pattern"), pattern}, {QStringLiteral("interface"), n}});
                break;
            }
        }
    }
}

// For each pool, the earlier pools (by index, ascending) whose subnet
// overlaps its own. Prefixes are nested or disjoint, so in order of
// (family, network address, length) the prefixes covering a pool are exactly
// those still open on a stack when it comes up: O(n log n) for the thousands
// of pools a big VPN server has, where comparing every pair was O(n²).
QHash<qsizetype, QList<qsizetype>> poolOverlaps(const QList<Pool> &pools)
{
    struct Item {
        Prefix net;
        QByteArray start; // network address bytes, big-endian
        qsizetype index;
    };
    QList<Item> items;
    for (qsizetype i = 0; i < pools.size(); ++i) {
        if (!pools[i].subnet.isValid())
            continue;
        const Prefix net = networkOf(pools[i].subnet);
        QByteArray start;
        if (net.isIpv6()) {
            const Q_IPV6ADDR a = net.address.toIPv6Address();
            start = QByteArray(reinterpret_cast<const char *>(a.c), 16);
        } else {
            const quint32 a = qToBigEndian(net.address.toIPv4Address());
            start = QByteArray(reinterpret_cast<const char *>(&a), 4);
        }
        items.append({net, start, i});
    }
    // 4-byte starts sort before 16-byte ones: the families stay apart.
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        if (a.start.size() != b.start.size())
            return a.start.size() < b.start.size();
        if (a.start != b.start)
            return a.start < b.start;
        return a.net.length < b.net.length;
    });
    QHash<qsizetype, QList<qsizetype>> out;
    QList<const Item *> open;
    for (const Item &it : items) {
        while (!open.isEmpty()
               && (open.last()->start.size() != it.start.size() || !open.last()->net.covers(it.net)))
            open.removeLast();
        for (const Item *o : open)
            out[qMax(o->index, it.index)].append(qMin(o->index, it.index));
        open.append(&it);
    }
    for (QList<qsizetype> &earlier : out)
        std::sort(earlier.begin(), earlier.end());
    return out;
}

// Addresses a VPN server can hand to clients that are routed and NATed:
// not loopback, link-local, multicast, or starting at 0.0.0.0 or :: (that
// takes in everything, the box's own uplink too).
bool isClientRange(const Prefix &subnet)
{
    const QHostAddress &a = subnet.address;
    if (a.isLoopback() || a.isLinkLocal() || a.isMulticast() || a.isBroadcast() || a == QHostAddress::AnyIPv6)
        return false;
    return subnet.isIpv6() || (a.toIPv4Address() >> 24) != 0;
}

void checkPools(J &r, const Config &c)
{
    QStringList names;
    for (const Pool &p : c.pools)
        names.append(p.name);
    checkDuplicates(r, names, kPools, QStringLiteral("name"));

    const QHash<qsizetype, QList<qsizetype>> overlaps = poolOverlaps(c.pools);
    QSet<QString> userNames;
    QSet<QString> userAddresses;
    for (qsizetype i = 0; i < c.pools.size(); ++i) {
        const Pool &pool = c.pools[i];
        const QString pp = J::join(kPools, i);
        if (pool.subnet.isValid() && networkOf(pool.subnet) != pool.subnet)
            r.error(J::join(pp, QStringLiteral("subnet")), "format", msg::Id("config.prefix.host_bits"),
                    {{QStringLiteral("value"), pool.subnet.toString()},
                     {QStringLiteral("network"), networkOf(pool.subnet).toString()}});
        else if (pool.subnet.isValid() && !isClientRange(pool.subnet))
            r.error(J::join(pp, QStringLiteral("subnet")), "range", msg::Id("config.pool.not_routable"),
                    {{QStringLiteral("subnet"), pool.subnet.toString()}});
        for (qsizetype j : overlaps.value(i)) {
            const Prefix &other = c.pools[j].subnet;
            r.error(J::join(pp, QStringLiteral("subnet")), "conflict", msg::Id("config.pool.overlap"),
                    {{QStringLiteral("subnet"), pool.subnet.toString()},
                     {QStringLiteral("pool"), c.pools[j].name},
                     {QStringLiteral("other"), other.toString()}});
        }
        if (!pool.exit.isEmpty() && !exitExists(c, pool.exit))
            r.error(J::join(pp, QStringLiteral("exit")), "reference", msg::Id("config.exit.unknown"),
                    {{QStringLiteral("exit"), pool.exit}});
        for (qsizetype u = 0; u < pool.users.size(); ++u) {
            const User &user = pool.users[u];
            const QString up = J::join(J::join(pp, QStringLiteral("users")), u);
            if (!user.name.isEmpty()) {
                if (userNames.contains(user.name))
                    r.error(J::join(up, QStringLiteral("name")), "duplicate", msg::Id("config.user.duplicate"),
                            {{QStringLiteral("user"), user.name}});
                userNames.insert(user.name);
            }
            if (!user.address.isNull()) {
                if (pool.subnet.isValid() && !pool.subnet.contains(user.address))
                    r.error(J::join(up, QStringLiteral("address")), "conflict", msg::Id("config.user.outside_pool"),
                            {{QStringLiteral("address"), user.address.toString()},
                             {QStringLiteral("subnet"), pool.subnet.toString()}});
                else if (pool.subnet.isValid() && isNetworkOrBroadcast(pool.subnet, user.address))
                    r.error(J::join(up, QStringLiteral("address")), "conflict", msg::Id("config.address.not_a_host"),
                            {{QStringLiteral("address"), user.address.toString()},
                             {QStringLiteral("subnet"), pool.subnet.toString()}});
                if (userAddresses.contains(user.address.toString()))
                    r.error(J::join(up, QStringLiteral("address")), "duplicate", msg::Id("config.user.address_taken"),
                            {{QStringLiteral("address"), user.address.toString()}});
                userAddresses.insert(user.address.toString());
            }
            if (!user.exit.isEmpty() && !exitExists(c, user.exit))
                r.error(J::join(up, QStringLiteral("exit")), "reference", msg::Id("config.exit.unknown"),
                        {{QStringLiteral("exit"), user.exit}});
        }
    }
}

void checkNat(J &r, const Config &c)
{
    const QString mp = QStringLiteral("/nat/masquerade");
    QStringList rules;
    for (const Masquerade &m : c.nat.masquerade)
        rules.append(m.source.isValid() ? m.source.toString() + QStringLiteral(" out ") + m.out : QString());
    checkDuplicates(r, rules, mp, {});
    for (qsizetype i = 0; i < c.nat.masquerade.size(); ++i) {
        const Masquerade &m = c.nat.masquerade[i];
        const QString p = J::join(mp, i);
        if (m.source.isValid() && networkOf(m.source) != m.source)
            r.error(J::join(p, QStringLiteral("source")), "format", msg::Id("config.prefix.host_bits"),
                    {{QStringLiteral("value"), m.source.toString()}, {QStringLiteral("network"), networkOf(m.source).toString()}});
        if (m.source.isValid() && m.source.isIpv6() && !c.ipv6.enabled)
            r.error(J::join(p, QStringLiteral("source")), "conflict", msg::Id("config.nat.ipv6_disabled"),
                    {{QStringLiteral("source"), m.source.toString()}});
        // Out of a WAN, or of an exit's device (a tunnel to a VPN provider).
        const auto device = [&](const Exit &e) { return e.type == ExitType::Direct && e.device == m.out; };
        if (!m.out.isEmpty() && !c.interfaces.wan.contains(m.out) && std::none_of(c.exits.begin(), c.exits.end(), device))
            r.error(J::join(p, QStringLiteral("out")), "reference",
                    c.interfaces.wan.isEmpty() ? msg::Id("config.nat.out_no_wan") : msg::Id("config.nat.out_not_wan"),
                    {{QStringLiteral("interface"), m.out}, {QStringLiteral("wan"), QJsonArray::fromStringList(c.interfaces.wan)}});
    }
}

void checkRouting(J &r, const Config &c)
{
    const QString p = QStringLiteral("/routing");
    const quint64 first = c.routing.tableBase;
    const quint64 last = first + 99;
    if (first <= 255 && last >= 253)
        r.error(J::join(p, QStringLiteral("tableBase")), "range", msg::Id("config.routing.table_base_reserved"),
                {{QStringLiteral("first"), qint64(first)}, {QStringLiteral("last"), qint64(last)}});
    if (c.routing.markMask == 0)
        r.error(J::join(p, QStringLiteral("markMask")), "range", msg::Id("config.routing.mark_mask_zero"));
}

// This box and the main router: hosts of the same LAN, not the same one.
void checkBypassAddresses(J &r, const Config &c, bool bypass)
{
    const QString bp = QStringLiteral("/bypass");
    const Prefix &own = c.bypass.address;
    const QHostAddress &main = c.bypass.mainRouter;
    if (!own.isValid())
        return;
    if (bypass && own.isIpv6())
        return r.error(J::join(bp, QStringLiteral("address")), "format", msg::Id("config.bypass.ipv4_only"));
    const QString lan = networkOf(own).toString();
    if (isNetworkOrBroadcast(own, own.address))
        r.error(J::join(bp, QStringLiteral("address")), "conflict", msg::Id("config.address.not_a_host"),
                {{QStringLiteral("address"), own.address.toString()}, {QStringLiteral("subnet"), lan}});
    if (main.isNull())
        return;
    if (main == own.address)
        r.error(J::join(bp, QStringLiteral("mainRouter")), "conflict", msg::Id("config.bypass.main_router_is_self"));
    else if (isNetworkOrBroadcast(own, main))
        r.error(J::join(bp, QStringLiteral("mainRouter")), "conflict", msg::Id("config.address.not_a_host"),
                {{QStringLiteral("address"), main.toString()}, {QStringLiteral("subnet"), lan}});
    else if (bypass && !own.contains(main))
        r.error(J::join(bp, QStringLiteral("mainRouter")), "conflict", msg::Id("config.bypass.main_router_off_lan"),
                {{QStringLiteral("mainRouter"), main.toString()}, {QStringLiteral("lan"), lan}});
}

void checkRole(J &r, const Config &c)
{
    const QString wan = QStringLiteral("/interfaces/wan");
    switch (c.role) {
    case Role::None:
        return;
    case Role::VpnGateway: {
        if (c.interfaces.wan.isEmpty())
            r.error(wan, "required", msg::Id("config.vpn_gateway.wan"));
        if (c.pools.isEmpty())
            r.error(kPools, "required", msg::Id("config.vpn_gateway.pools"));
        if (c.interfaces.tunnels.isEmpty())
            r.error(QStringLiteral("/interfaces/tunnels"), "required", msg::Id("config.vpn_gateway.tunnels"));
        // The field's silent failure: clients get addresses nftables never masquerades.
        for (qsizetype i = 0; i < c.pools.size(); ++i) {
            const Pool &pool = c.pools[i];
            if (!pool.subnet.isValid() || !pool.exit.isEmpty())
                continue; // exits route the pool elsewhere; capture or the exit handles it
            bool covered = false;
            QStringList sources;
            for (const Masquerade &m : c.nat.masquerade) {
                covered = covered || m.source.covers(pool.subnet);
                sources.append(m.source.toString());
            }
            if (!covered)
                r.error(J::join(J::join(kPools, i), QStringLiteral("subnet")), "conflict",
                        sources.isEmpty() ? msg::Id("config.pool.unmasqueraded.no_sources")
                                          : msg::Id("config.pool.unmasqueraded"),
                        {{QStringLiteral("subnet"), pool.subnet.toString()},
                         {QStringLiteral("sources"), QJsonArray::fromStringList(sources)}});
        }
        return;
    }
    case Role::BypassRouter:
    case Role::SecondaryRouter: {
        const bool bypass = c.role == Role::BypassRouter;
        const QString bp = QStringLiteral("/bypass");
        if (c.interfaces.lan.isEmpty())
            r.error(QStringLiteral("/interfaces/lan"), "required", msg::Id("config.bypass.lan"));
        if (!bypass && c.interfaces.wan.isEmpty())
            r.error(wan, "required", msg::Id("config.secondary.wan"));
        if (c.bypass.mainRouter.isNull())
            r.error(J::join(bp, QStringLiteral("mainRouter")), "required", msg::Id("config.bypass.main_router"));
        if (bypass && !c.bypass.address.isValid())
            r.error(J::join(bp, QStringLiteral("address")), "required", msg::Id("config.bypass.address"));
        checkBypassAddresses(r, c, bypass);
        if (bypass && c.bypass.nat)
            r.error(J::join(bp, QStringLiteral("nat")), "conflict", msg::Id("config.bypass.nat"));
        if (c.bypass.ipv6Secondary && c.interfaces.alternate.isEmpty())
            r.error(QStringLiteral("/interfaces/alternate"), "required", msg::Id("config.bypass.ipv6_alternate"));
        if (c.bypass.ipv6Secondary && !c.ipv6.enabled)
            r.error(J::join(bp, QStringLiteral("ipv6Secondary")), "conflict", msg::Id("config.bypass.ipv6_disabled"));
        return;
    }
    case Role::WanSeparated: {
        if (c.interfaces.wan.isEmpty())
            r.error(wan, "required", msg::Id("config.wan_separated.wan"));
        bool selector = false;
        for (const Exit &e : c.exits)
            selector = selector || (e.type == ExitType::Direct && e.mark != 0 && e.table != 0);
        if (!selector)
            r.error(QStringLiteral("/exits"), "required", msg::Id("config.wan_separated.selector"));
        return;
    }
    }
}

void checkCapture(J &r, const Config &c)
{
    if (c.ipv6.enabled && c.capture.mtu < 1280)
        r.error(QStringLiteral("/capture/mtu"), "range", msg::Id("config.capture.mtu_ipv6"),
                {{QStringLiteral("mtu"), c.capture.mtu}});
    const QString &tun = c.capture.tun;
    if (c.interfaces.wan.contains(tun) || c.interfaces.lan.contains(tun) || c.interfaces.alternate == tun) {
        r.error(QStringLiteral("/capture/tun"), "conflict", msg::Id("config.capture.tun_conflict"),
                {{QStringLiteral("interface"), tun}});
        return;
    }
    // The TUN is Byway's own device: taken for a VPN tunnel (or read by
    // AF_PACKET) its replies to the clients would come back in as clients'.
    for (const QString &pattern : c.interfaces.tunnels + c.capture.packetInterfaces) {
        if (matchesInterfacePattern(pattern, tun)) {
            r.error(QStringLiteral("/capture/tun"), "conflict", msg::Id("config.capture.tun_pattern"),
                    {{QStringLiteral("interface"), tun}, {QStringLiteral("pattern"), pattern}});
            return;
        }
    }
}

// "127.0.0.1:54" or "[::1]:54": the address, if `s` is one with a port.
std::optional<QHostAddress> addressWithPort(const QString &s)
{
    const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? s.left(colon) : QString();
    const bool bracketed = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'));
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const int port = colon > 0 ? s.mid(colon + 1).toInt(&portOk) : 0;
    const std::optional<QHostAddress> a = parseAddress(host);
    if (!a || !portOk || port < 1 || port > 65535 || bracketed != (a->protocol() == QAbstractSocket::IPv6Protocol))
        return std::nullopt;
    return a;
}

void checkIpv6(J &r, const Config &c)
{
    for (qsizetype i = 0; i < c.ipv6.egressTargets.size(); ++i) {
        const auto a = addressWithPort(c.ipv6.egressTargets[i]);
        if (!a || a->protocol() != QAbstractSocket::IPv6Protocol)
            r.error(J::join(QStringLiteral("/ipv6/egressTargets"), i), "format", msg::Id("config.ipv6.egress_target"),
                    {{QStringLiteral("value"), c.ipv6.egressTargets[i]}});
        // This box, or no one host out there: a refusal from the box's own
        // stack counts as reached, so IPv6 would come on unproven.
        else if (a->isLoopback() || *a == QHostAddress::AnyIPv6 || a->isMulticast() || a->isLinkLocal())
            r.error(J::join(QStringLiteral("/ipv6/egressTargets"), i), "range", msg::Id("config.ipv6.egress_target_host"),
                    {{QStringLiteral("value"), c.ipv6.egressTargets[i]}});
    }
}

void checkDns(J &r, const Config &c)
{
    const QString &s = c.dns.wanResolver;
    const auto resolver = s.isEmpty() ? std::nullopt : addressWithPort(s);
    if (!s.isEmpty() && !resolver)
        r.error(QStringLiteral("/dns/wanResolver"), "format", msg::Id("config.dns.resolver"), {{QStringLiteral("value"), s}});
    else if (resolver && !isUnicast(*resolver))
        r.error(QStringLiteral("/dns/wanResolver"), "range", msg::Id("config.dns.resolver_host"), {{QStringLiteral("value"), s}});
    if (!c.dns.redirectGroup.isEmpty() && c.dns.wanResolver.isEmpty())
        r.error(QStringLiteral("/dns/redirectGroup"), "conflict", msg::Id("config.dns.redirect_needs_resolver"));
}

void checkDebug(J &r, const Config &c)
{
    const QStringList &known = logging::categoryNames();
    for (qsizetype i = 0; i < c.debug.categories.size(); ++i) {
        const QString &cat = c.debug.categories[i];
        if (cat != QLatin1String("all") && !known.contains(cat))
            r.error(J::join(QStringLiteral("/debug/categories"), i), "format", msg::Id("config.debug.category"),
                    {{QStringLiteral("value"), cat}, {QStringLiteral("known"), QJsonArray::fromStringList(known)}});
    }
}

} // namespace

QString hex(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 0, 16);
}

void checkDuplicates(JsonReader &r, const QStringList &names, const QString &path, const QString &field)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names[i].isEmpty())
            continue;
        if (seen.contains(names[i]))
            r.error(field.isEmpty() ? JsonReader::join(path, i) : JsonReader::join(JsonReader::join(path, i), field), "duplicate",
                    msg::Id("config.duplicate"), {{QStringLiteral("value"), names[i]}});
        seen.insert(names[i]);
    }
}

QList<FieldError> validate(const Config &c)
{
    J r;
    checkInterfaces(r, c);
    checkPools(r, c);
    checkNat(r, c);
    checkExits(r, c);
    checkRouting(r, c);
    checkRole(r, c);
    checkCapture(r, c);
    checkIpv6(r, c);
    checkDns(r, c);
    checkDebug(r, c);
    return r.takeErrors();
}

} // namespace byway::config
