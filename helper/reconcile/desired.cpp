// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/desired.h"

#include "reconcile/ruleids.h"

#include "core/messages/messages.h"

#include <algorithm>
#include <unistd.h>

namespace byway::reconcile {
namespace {

using config::Role;
using nft::Match;
using nft::Rule;
using nft::Statement;
using nft::StatementKind;

constexpr quint8 kTcp = 6;
constexpr quint8 kUdp = 17;

Statement verdict(StatementKind k)
{
    Statement s;
    s.kind = k;
    return s;
}

// Priorities as nft names them: mangle -150, filter 0, srcnat 100, dstnat -100.
nft::Chain baseChain(const char *name, const char *type, const char *hook, int priority)
{
    nft::Chain c;
    c.name = QLatin1String(name);
    c.type = QLatin1String(type);
    c.hook = QLatin1String(hook);
    c.priority = priority;
    return c;
}

class TableBuilder
{
public:
    TableBuilder()
        : m_mangle(baseChain("mangle_forward", "filter", "forward", -150))
        , m_mark(baseChain("mark_prerouting", "filter", "prerouting", -150))
        , m_forward(baseChain("forward", "filter", "forward", 0))
        , m_postrouting(baseChain("postrouting", "nat", "postrouting", 100))
        , m_output(baseChain("dns_output", "nat", "output", -100))
    {
    }

    void mss(const QString &id, const Match &iface)
    {
        m_mangle.rules.append(Rule{id, {Match::l4proto(kTcp), Match::tcpSyn(), iface}, verdict(StatementKind::ClampMssPmtu)});
    }
    void count(const QString &id, QList<Match> m) { m_forward.rules.append(Rule{id, std::move(m), verdict(StatementKind::Counter)}); }
    void forward(const QString &id, QList<Match> m) { m_forward.rules.append(Rule{id, std::move(m), verdict(StatementKind::Accept)}); }
    void drop(const QString &id, QList<Match> m) { m_forward.rules.append(Rule{id, std::move(m), verdict(StatementKind::Drop)}); }
    void masquerade(const QString &id, QList<Match> m)
    {
        m_postrouting.rules.append(Rule{id, std::move(m), verdict(StatementKind::Masquerade)});
    }
    void mark(const QString &id, const config::Prefix &from, quint32 value, quint32 mask)
    {
        Statement s = verdict(StatementKind::SetMark);
        s.value = value;
        s.mask = mask;
        m_mark.rules.append(Rule{id, {Match::saddr(from)}, s});
    }
    void redirect(const QString &id, quint32 gid, quint8 proto, quint16 port)
    {
        Statement s = verdict(StatementKind::Redirect);
        s.port = port;
        m_output.rules.append(Rule{id, {Match::skgid(gid), Match::l4proto(proto), Match::dport(53)}, s});
    }

    [[nodiscard]] nft::Table build() const
    {
        nft::Table t;
        t.name = kTableName;
        // Only chains with rules: an empty base chain still costs a hook
        // traversal on every packet.
        for (const nft::Chain *c : {&m_mark, &m_mangle, &m_forward, &m_postrouting, &m_output})
            if (!c->rules.isEmpty())
                t.chains.append(*c);
        return t;
    }

private:
    nft::Chain m_mangle;
    nft::Chain m_mark;
    nft::Chain m_forward;
    nft::Chain m_postrouting;
    nft::Chain m_output;
};

const config::Exit *findExit(const config::Config &c, const QString &name)
{
    for (const config::Exit &e : c.exits)
        if (e.name == name)
            return &e;
    return nullptr;
}

void marks(TableBuilder &t, const config::Config &c, const Environment &env)
{
    // Pools first, then users: a user's own exit overrides the pool's because
    // the later set wins.
    for (const config::Pool &p : c.pools) {
        const config::Exit *e = findExit(c, p.exit);
        if (e && e->type == config::ExitType::Direct && e->mark != 0)
            t.mark(ruleid::markPool(p.name), p.subnet, e->mark, c.routing.markMask);
    }
    for (const config::Pool &p : c.pools)
        for (const config::User &u : p.users) {
            const config::Exit *e = findExit(c, u.exit);
            if (e && e->type == config::ExitType::Direct && e->mark != 0)
                t.mark(ruleid::markUser(u.name), config::Prefix{u.address, u.address.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32},
                       e->mark, c.routing.markMask);
        }
    // Sessions last: the VPN server's word on who holds an address wins. A
    // session leaving through an exit without a mark (a table-only exit, the
    // main table) clears the mark its pool may have set, so the pool's fwmark
    // rule does not catch it before the session's source rule.
    // With the compat capture running they are its user map instead.
    for (const Session &s : env.captureTun.isEmpty() ? env.sessions : QList<Session>{}) {
        // An exit the config no longer has, or SOCKS5 (only the capture
        // carries it): the mark is cleared too, so that no pool's fwmark
        // rule takes the traffic before the session's prohibit rule
        // (desired_routing.cpp) refuses it.
        const config::Exit *e = findExit(c, effectiveExit(s, c).name);
        if (e && e->type != config::ExitType::Direct)
            e = nullptr;
        const bool six = s.address.protocol() == QAbstractSocket::IPv6Protocol;
        t.mark(ruleid::markSession(s.address.toString()), config::Prefix{s.address, six ? 128 : 32},
               e ? (e->mark & c.routing.markMask) : 0, c.routing.markMask);
    }
}

// nat.masquerade, in every role that forwards: a VPN gateway's pools out of
// the WAN, and a bypass or secondary router's clients out of an exit's
// device (a tunnel to a VPN provider) other than the way to the main router.
void masquerades(TableBuilder &t, Desired &d, const config::Config &c, const Environment &env)
{
    for (qsizetype i = 0; i < c.nat.masquerade.size(); ++i) {
        const config::Masquerade &m = c.nat.masquerade[i];
        if (m.source.isIpv6() && !env.ipv6Egress) {
            d.notes.append(note(msg::Id("plan.ipv6.masquerade_held"), {{QStringLiteral("source"), m.source.toString()}}, true));
            continue;
        }
        t.masquerade(ruleid::masquerade(i), {Match::saddr(m.source), Match::oifname(m.out)});
    }
}

// Each pool's own counters (the forward rules are per interface, shared by
// every pool on it): first in the forward chain, so whatever verdict follows.
// Not for a gateway's IPv6 pool while IPv6 egress is unverified: all of its
// packets are dropped (fwd6.held counts them), none goes up.
void poolCounters(TableBuilder &t, const config::Config &c, const Environment &env)
{
    if (c.pools.size() > ruleid::kCountedPools)
        return;
    const bool held6 = c.role == Role::VpnGateway && !(c.ipv6.enabled && env.ipv6Egress);
    for (const config::Pool &p : c.pools) {
        if (!p.subnet.isValid() || (held6 && p.subnet.isIpv6()))
            continue;
        t.count(ruleid::countUp(p.name), {Match::saddr(p.subnet)});
        t.count(ruleid::countBack(p.name), {Match::daddr(p.subnet)});
    }
}

void vpnGateway(TableBuilder &t, Desired &d, const config::Config &c, const Environment &env)
{
    const QString tunnels = c.interfaces.tunnels.join(QStringLiteral(", "));
    QList<config::Prefix> subnets;
    for (const config::Pool &p : c.pools)
        if (p.subnet.isValid())
            subnets.append(p.subnet);
    const QList<config::Prefix> pools = aggregate(subnets);
    const bool v6 = c.ipv6.enabled && env.ipv6Egress;
    for (const QString &tun : c.interfaces.tunnels) {
        if (c.nat.mssClamp) {
            // Tunnels carry a smaller MTU than the WAN: clamp both directions'
            // SYNs so neither end sends segments that need fragmenting.
            t.mss(ruleid::mssClamp(QStringLiteral("in:") + tun), Match::iifname(tun));
            t.mss(ruleid::mssClamp(QStringLiteral("out:") + tun), Match::oifname(tun));
        }
        for (const QString &wan : c.interfaces.wan) {
            // Only pool addresses go out: a VPN server handing out another
            // subnet than Byway masquerades would otherwise send its clients'
            // private addresses out of the WAN un-NATed.
            for (const config::Prefix &pool : pools) {
                // An IPv6 pool's packets wait for verified IPv6 egress like
                // its masquerade: accepted now they would leave the WAN with
                // the clients' own addresses (ocserv hands IPv6 out whatever
                // Byway decides). Dropped and counted under their own id.
                if (pool.isIpv6() && !v6)
                    t.drop(ruleid::forwardHeld6(tunnels), {Match::iifname(tun), Match::oifname(wan), Match::saddr(pool)});
                else
                    t.forward(ruleid::forwardOut(tunnels), {Match::iifname(tun), Match::oifname(wan), Match::saddr(pool)});
            }
            t.drop(ruleid::forwardForeign(tunnels), {Match::iifname(tun), Match::oifname(wan)});
            t.forward(ruleid::forwardBack(tunnels),
                      {Match::iifname(wan), Match::oifname(tun), Match::ctState(nft::CtEstablished | nft::CtRelated)});
        }
    }
    masquerades(t, d, c, env);
    marks(t, c, env);
}

void bypassRouter(TableBuilder &t, Desired &d, const config::Config &c, const Environment &env)
{
    const QString lan = c.interfaces.lan.join(QStringLiteral(", "));
    // LAN to LAN: clients send to this box, which forwards out of the same
    // LAN to the main router. No masquerade: the main router does the NAT and
    // must see each client's own address.
    for (const QString &l : c.interfaces.lan)
        t.forward(ruleid::forwardOut(lan), {Match::iifname(l), Match::oifname(l)});
    if (c.bypass.ipv6Secondary) {
        if (!env.ipv6Egress) {
            d.notes.append(note(msg::Id("plan.ipv6.secondary_held"), {}, true));
        } else {
            for (const QString &l : c.interfaces.lan) {
                t.forward(ruleid::forwardOut6(c.interfaces.alternate),
                          {Match::iifname(l), Match::oifname(c.interfaces.alternate)});
                t.forward(ruleid::forwardBack(c.interfaces.alternate),
                          {Match::iifname(c.interfaces.alternate), Match::oifname(l)});
            }
        }
    }
    masquerades(t, d, c, env);
    marks(t, c, env);
}

void secondaryRouter(TableBuilder &t, Desired &d, const config::Config &c, const Environment &env)
{
    const QString lan = c.interfaces.lan.join(QStringLiteral(", "));
    for (const QString &l : c.interfaces.lan)
        for (const QString &wan : c.interfaces.wan) {
            t.forward(ruleid::forwardOut(lan), {Match::iifname(l), Match::oifname(wan)});
            t.forward(ruleid::forwardBack(lan),
                      {Match::iifname(wan), Match::oifname(l), Match::ctState(nft::CtEstablished | nft::CtRelated)});
            // Behind its NAT the LAN answers; it is not opened to the WAN side
            // (a host there with a route to the LAN would reach every client).
            if (c.bypass.nat) {
                t.drop(ruleid::forwardIn(lan), {Match::iifname(wan), Match::oifname(l)});
                t.masquerade(ruleid::lanMasquerade(), {Match::iifname(l), Match::oifname(wan)});
            }
        }
    masquerades(t, d, c, env);
    marks(t, c, env);
}

Result<void> wanSeparated(TableBuilder &t, const config::Config &c, const Environment &env)
{
    if (c.dns.redirectGroup.isEmpty())
        return {};
    const std::optional<quint32> gid = env.groupId ? env.groupId(c.dns.redirectGroup) : std::nullopt;
    if (!gid)
        return fail(ErrorCode::ValidationFailed,
                    QStringLiteral("group \"%1\" does not exist on this system").arg(c.dns.redirectGroup),
                    QStringLiteral("/dns/redirectGroup"));
    const quint16 port = quint16(c.dns.wanResolver.section(QLatin1Char(':'), -1).toUInt());
    // Redirect keeps the packet local and only rewrites the port, so the
    // resolver must listen on a loopback address: it does (validated format).
    t.redirect(ruleid::dnsRedirect(), *gid, kUdp, port);
    t.redirect(ruleid::dnsRedirect(), *gid, kTcp, port);
    return {};
}

void sysctls(Desired &d, const config::Config &c, const Environment &env)
{
    auto set = [&d](const QString &key, const char *value, const QString &why) {
        d.sysctls.append({key, QLatin1String(value), why});
    };
    auto notStrict = [&d](const QString &dev, const QString &why) {
        d.sysctls.append({QStringLiteral("net/ipv4/conf/%1/rp_filter").arg(dev), QStringLiteral("2"), why,
                          SysctlSetting::Match::NotStrictRpFilter});
    };
    if (c.role == Role::None)
        return;
    if (c.role != Role::WanSeparated)
        set(QStringLiteral("net/ipv4/ip_forward"), "1", QStringLiteral("forward client traffic"));
    const bool v6 = c.ipv6.enabled && env.ipv6Egress;
    if (c.ipv6.enabled && !env.ipv6Egress)
        d.notes.append(note(msg::Id("plan.ipv6.forwarding_held"), {}, true));
    if (v6 && c.role != Role::WanSeparated)
        set(QStringLiteral("net/ipv6/conf/all/forwarding"), "1", QStringLiteral("forward client IPv6 traffic"));
    if (!env.captureTun.isEmpty()) {
        // Replies leave through the capture's own sockets, not the TUN the
        // requests came in on: strict reverse-path filtering would drop them.
        notStrict(env.captureTun, QStringLiteral("compat capture"));
        // ICMP echo leaves through ping sockets, which the kernel refuses
        // (even to root) unless bywayd's group is in this range (default
        // "1 0": nobody). Covers IPv6 ping sockets too.
        const QString gid = QString::number(::getegid());
        d.sysctls.append({QStringLiteral("net/ipv4/ping_group_range"), gid + QLatin1Char(' ') + gid,
                          QStringLiteral("compat capture: ICMP echo through ping sockets"),
                          SysctlSetting::Match::RangeCovers});
    }
    if (c.role == Role::BypassRouter) {
        for (const QString &l : c.interfaces.lan) {
            // Replies come back from the main router without passing this box:
            // strict reverse-path filtering would drop the asymmetric flows.
            notStrict(l, QStringLiteral("asymmetric return path"));
            // Forwarding out of the interface a packet came in on makes Linux
            // send ICMP redirects, teaching clients to skip this box. The
            // effective value is all OR interface, so both must be 0.
            set(QStringLiteral("net/ipv4/conf/%1/send_redirects").arg(l), "0",
                QStringLiteral("keep clients using this box as gateway"));
        }
        set(QStringLiteral("net/ipv4/conf/all/send_redirects"), "0", QStringLiteral("keep clients using this box as gateway"));
        if (v6 && c.bypass.ipv6Secondary && !c.interfaces.alternate.isEmpty())
            // With forwarding on, Linux ignores router advertisements unless
            // accept_ra is 2: the default route learnt from the main router
            // on the alternate port would expire.
            set(QStringLiteral("net/ipv6/conf/%1/accept_ra").arg(c.interfaces.alternate), "2",
                QStringLiteral("keep the main router's IPv6 default route while forwarding"));
    }
    bool marksUsed = false;
    for (const config::Exit &e : c.exits)
        marksUsed = marksUsed || e.mark != 0;
    if (!marksUsed)
        return;
    // Marked sockets pick a source address from the marked table's route;
    // without this, the reverse-path check for replies ignores the mark.
    set(QStringLiteral("net/ipv4/conf/all/src_valid_mark"), "1", QStringLiteral("marked exits"));
    // With it, a marked client's reverse path is looked up in its exit's
    // table, which leads out of the exit, not back to the LAN: strict
    // filtering would drop every marked packet. (A bypass router's LAN
    // ports are loose already; a gateway's tunnels come and go by pattern.)
    if (c.role == Role::SecondaryRouter)
        for (const QString &l : c.interfaces.lan)
            notStrict(l, QStringLiteral("marked exits: the reverse path is the exit's"));
}

} // namespace

FieldError note(msg::Id id, QJsonObject args, bool deferred)
{
    FieldError n(QString(), deferred ? QStringLiteral("deferred") : QStringLiteral("note"), QString(),
                 QString::fromLatin1(id.value), std::move(args), Severity::Info);
    n.message = msg::english(n.id, n.args);
    return n;
}

bool isDeferred(const FieldError &n)
{
    return n.code == QLatin1String("deferred");
}

QList<config::Prefix> aggregate(QList<config::Prefix> prefixes)
{
    // Sorted by (family, network, length), a prefix covered by the one before
    // it is dropped; two halves of the same parent merge into it, which may
    // let the result merge with its own sibling on the stack: O(n log n).
    for (config::Prefix &p : prefixes)
        p = config::networkOf(p);
    __extension__ typedef unsigned __int128 U;
    auto value = [](const config::Prefix &p) -> U {
        if (!p.isIpv6())
            return U(p.address.toIPv4Address());
        const Q_IPV6ADDR a = p.address.toIPv6Address();
        U v = 0;
        for (int i = 0; i < 16; ++i)
            v = (v << 8) | a[i];
        return v;
    };
    std::sort(prefixes.begin(), prefixes.end(), [&](const config::Prefix &a, const config::Prefix &b) {
        if (a.isIpv6() != b.isIpv6())
            return !a.isIpv6();
        const U va = value(a), vb = value(b);
        return va != vb ? va < vb : a.length < b.length;
    });
    QList<config::Prefix> out;
    for (const config::Prefix &p : prefixes) {
        if (!out.isEmpty() && out.last().isIpv6() == p.isIpv6() && out.last().covers(p))
            continue;
        out.append(p);
        while (out.size() >= 2) {
            const config::Prefix &a = out[out.size() - 2];
            const config::Prefix &b = out.last();
            if (a.isIpv6() != b.isIpv6() || a.length != b.length || a.length == 0)
                break;
            const int width = a.isIpv6() ? 128 : 32;
            const U size = U(1) << (width - a.length);
            if ((value(a) & size) != 0 || value(a) + size != value(b))
                break;
            const config::Prefix parent{a.address, a.length - 1};
            out.removeLast();
            out.last() = parent;
        }
    }
    return out;
}

bool sysctlSatisfied(const SysctlSetting &s, const QString &current, const QString &allRpFilter)
{
    if (s.match == SysctlSetting::Match::NotStrictRpFilter) {
        bool ok = false, allOk = false;
        const int here = current.trimmed().toInt(&ok);
        const int all = allRpFilter.trimmed().toInt(&allOk);
        if (!ok)
            return false;
        const int effective = allOk ? std::max(all, here) : here;
        return effective == 0 || effective == 2;
    }
    if (s.match == SysctlSetting::Match::Exact)
        return current == s.value;
    const QStringList want = s.value.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QStringList have = current.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (want.size() != 2 || have.size() != 2)
        return current.simplified() == s.value;
    bool ok[4] = {};
    const qint64 lo = have[0].toLongLong(&ok[0]), hi = have[1].toLongLong(&ok[1]);
    const qint64 wlo = want[0].toLongLong(&ok[2]), whi = want[1].toLongLong(&ok[3]);
    return ok[0] && ok[1] && ok[2] && ok[3] && lo <= wlo && whi <= hi;
}

Result<Desired> desiredState(const config::Config &c, const Environment &env)
{
    Desired d;
    TableBuilder t;
    if (c.role == Role::VpnGateway || c.role == Role::BypassRouter || c.role == Role::SecondaryRouter)
        poolCounters(t, c, env);
    switch (c.role) {
    case Role::None:
        break;
    case Role::VpnGateway:
        vpnGateway(t, d, c, env);
        break;
    case Role::BypassRouter:
        bypassRouter(t, d, c, env);
        break;
    case Role::SecondaryRouter:
        secondaryRouter(t, d, c, env);
        break;
    case Role::WanSeparated:
        marks(t, c, env);
        if (auto r = wanSeparated(t, c, env); !r)
            return std::unexpected(r.error());
        break;
    }
    if (c.role != Role::None && env.nftUsable)
        d.table = t.build();
    else if (c.role != Role::None)
        d.notes.append(note(msg::Id("plan.nft.unusable")));
    sysctls(d, c, env);
    addRouting(d, c, env);
    return d;
}

} // namespace byway::reconcile
