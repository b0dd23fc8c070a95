// SPDX-License-Identifier: GPL-3.0-or-later
// Reachability checks: default gateways, targets through each exit, IPv6
// egress, path MTU. Only with Options::reachability (they wait on the network).
#include "probe/reach.h"
#include "probe/internal.h"

#include "netlink/attrs.h"
#include "netlink/socket.h"

#include <QtEndian>

#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>

#include <cerrno>

namespace byway::probe {

namespace {

// The default routes of the main table in one RTM_NEWROUTE: one, or one
// per next hop of a multipath route.
void addDefaultRoutes(const nlmsghdr *m, int family, QList<Gateway> &out)
{
    if (m->nlmsg_type != RTM_NEWROUTE || mnl_nlmsg_get_payload_len(m) < sizeof(rtmsg))
        return;
    const auto *rt = static_cast<const rtmsg *>(mnl_nlmsg_get_payload(m));
    if (rt->rtm_dst_len != 0 || rt->rtm_type != RTN_UNICAST || rt->rtm_family != family)
        return;
    const size_t alen = family == AF_INET ? 4 : 16;
    static constexpr netlink::AttrRule rules[] = {
        {RTA_TABLE, MNL_TYPE_U32}, {RTA_OIF, MNL_TYPE_U32},
        {RTA_PRIORITY, MNL_TYPE_U32}, {RTA_GATEWAY, MNL_TYPE_BINARY, 4},
        {RTA_MULTIPATH, MNL_TYPE_BINARY, 0},
    };
    netlink::Attrs<RTA_MAX + 1> tb;
    if (!netlink::parse(m, sizeof(rtmsg), rules, tb))
        return;
    Gateway g;
    g.family = family;
    g.table = tb[RTA_TABLE] ? mnl_attr_get_u32(tb[RTA_TABLE]) : rt->rtm_table;
    if (g.table != RT_TABLE_MAIN)
        return;
    g.metric = tb[RTA_PRIORITY] ? mnl_attr_get_u32(tb[RTA_PRIORITY]) : 0;
    auto setVia = [&](const void *p, size_t len) {
        if (len < alen)
            return;
        if (family == AF_INET)
            g.via = QHostAddress(qFromBigEndian<quint32>(p));
        else
            g.via = QHostAddress(static_cast<const quint8 *>(p));
    };
    auto setDev = [&](quint32 idx) {
        char name[IF_NAMESIZE]{};
        g.device = ::if_indextoname(idx, name) ? QString::fromLatin1(name) : QString::number(idx);
    };
    if (tb[RTA_GATEWAY])
        setVia(mnl_attr_get_payload(tb[RTA_GATEWAY]), mnl_attr_get_payload_len(tb[RTA_GATEWAY]));
    if (tb[RTA_OIF])
        setDev(mnl_attr_get_u32(tb[RTA_OIF]));
    if (tb[RTA_MULTIPATH]) {
        // ECMP: a list of rtnexthop, each followed by its own attributes.
        const char *p = static_cast<const char *>(mnl_attr_get_payload(tb[RTA_MULTIPATH]));
        size_t left = mnl_attr_get_payload_len(tb[RTA_MULTIPATH]);
        while (left >= sizeof(rtnexthop)) {
            const auto *nh = reinterpret_cast<const rtnexthop *>(p);
            if (nh->rtnh_len < sizeof(rtnexthop) || nh->rtnh_len > left)
                break;
            Gateway hop = g;
            g.via.clear();
            setDev(static_cast<quint32>(nh->rtnh_ifindex));
            size_t aoff = RTNH_ALIGN(sizeof(rtnexthop));
            while (aoff + sizeof(nlattr) <= nh->rtnh_len) {
                const auto *a = reinterpret_cast<const nlattr *>(p + aoff);
                if (a->nla_len < sizeof(nlattr) || aoff + a->nla_len > nh->rtnh_len)
                    break;
                if ((a->nla_type & NLA_TYPE_MASK) == RTA_GATEWAY)
                    setVia(reinterpret_cast<const char *>(a) + NLA_HDRLEN, a->nla_len - NLA_HDRLEN);
                aoff += NLA_ALIGN(a->nla_len);
            }
            out << g;
            g = hop;
            const size_t step = RTNH_ALIGN(nh->rtnh_len);
            p += step;
            left = step > left ? 0 : left - step;
        }
        return;
    }
    out << g;
}

} // namespace

std::expected<QList<Gateway>, int> defaultRoutes(int family)
{
    auto sock = netlink::Socket::open(NETLINK_ROUTE, {.timeoutMs = kNetlinkTimeoutMs});
    if (!sock)
        return std::unexpected(sock.error().error);
    alignas(nlmsghdr) char buf[8192]; // one request message; MNL_SOCKET_BUFFER_SIZE is not a constant
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = RTM_GETROUTE;
    auto *rtm = static_cast<rtmsg *>(mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg)));
    rtm->rtm_family = static_cast<unsigned char>(family);
    QList<Gateway> out;
    auto r = sock->dump(nlh, [&](const nlmsghdr *m) { addDefaultRoutes(m, family, out); }, [&] { out.clear(); });
    if (!r)
        return std::unexpected(r.error().error);
    return out;
}

namespace {

QList<Target> parsedTargets(const Options &o, QStringList *bad = nullptr)
{
    QList<Target> ts;
    for (const QString &s : o.targets) {
        if (auto t = parseTarget(s))
            ts << *t;
        else if (bad)
            *bad << QStringLiteral("%1: %2").arg(s, t.error());
    }
    return ts;
}

QString exitText(const Exit *e)
{
    if (!e)
        return QStringLiteral("default route");
    QStringList parts;
    if (e->mark)
        parts << QStringLiteral("mark 0x%1").arg(e->mark, 0, 16);
    if (!e->device.isEmpty())
        parts << QStringLiteral("dev %1").arg(e->device);
    return QStringLiteral("exit %1 (%2)").arg(e->name, parts.join(u", "));
}

// A target and the way out as message args: the exit's name and how it
// routes ("mark 0x10, dev wg0"). The default route has ids of its own (no
// English words in args).
QJsonObject viaArgs(const Target &t, const Exit *e)
{
    QJsonObject a{{QStringLiteral("target"), t.text}};
    if (e) {
        const QString text = exitText(e);
        a.insert(QStringLiteral("exit"), e->name);
        a.insert(QStringLiteral("route"), text.mid(text.indexOf(u'(') + 1).chopped(1));
    }
    return a;
}

Context::ProbeResult probeCached(Context &ctx, const Target &t, const Exit *e)
{
    const QString key = t.text + u'|' + (e ? e->name : QString());
    if (auto it = ctx.probeCache.constFind(key); it != ctx.probeCache.cend())
        return *it;
    const Probe p = probeTarget(t, e, ctx.options.timeoutMs);
    const Context::ProbeResult r{p.err, p.rttUs, p.method};
    ctx.probeCache.insert(key, r);
    return r;
}

} // namespace

void checkGateway(Context &ctx, Findings &out)
{
    for (int family : {AF_INET, AF_INET6}) {
        const QString fam = family == AF_INET ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
        const QString check = QStringLiteral("gateway.") + fam;
        auto gws = defaultRoutes(family);
        if (!gws) {
            out << badFinding(Finding::Status::Warn, check, check + QStringLiteral(".error"), msg::Id("probe.gateway.error"),
                              {{QStringLiteral("family"), fam}},
                              QStringLiteral("RTM_GETROUTE dump: %1").arg(errnoText(gws.error())));
            continue;
        }
        if (gws->isEmpty()) {
            out << badFinding(Finding::Status::Warn, check, check + QStringLiteral(".none"),
                              family == AF_INET ? msg::Id("probe.gateway.ipv4.none") : msg::Id("probe.gateway.ipv6.none"),
                              {{QStringLiteral("family"), fam}},
                              QStringLiteral("RTM_GETROUTE dump: no 0/0 unicast route in table main"));
            continue;
        }
        QJsonArray list;
        QStringList text, unreachable;
        for (const Gateway &g : *gws) {
            QJsonObject o{{QStringLiteral("via"), g.via.toString()}, {QStringLiteral("device"), g.device},
                          {QStringLiteral("metric"), static_cast<qint64>(g.metric)}};
            QString line = QStringLiteral("via %1 dev %2 metric %3")
                               .arg(g.via.isNull() ? QStringLiteral("-") : g.via.toString(), g.device).arg(g.metric);
            if (!g.via.isNull()) {
                Target t{g.via.toString(), g.via, 0};
                if (family == AF_INET6 && g.via.isLinkLocal())
                    t.addr.setScopeId(g.device); // link-local needs the interface
                const Exit dev{g.device, 0, g.device};
                const Probe p = probeTarget(t, family == AF_INET6 && g.via.isLinkLocal() ? &dev : nullptr,
                                            ctx.options.timeoutMs);
                o.insert(QStringLiteral("reachable"), p.err == 0);
                o.insert(QStringLiteral("rttUs"), p.rttUs);
                line += p.err ? QStringLiteral(" (%1: %2)").arg(p.method, errnoText(p.err))
                              : QStringLiteral(" (%1 %2 us)").arg(p.method).arg(p.rttUs);
                if (p.err)
                    unreachable << g.via.toString();
            }
            list << o;
            text << line;
        }
        const QString ev = QStringLiteral("RTM_GETROUTE main: ") + text.join(u"; ");
        const QJsonObject data{{QStringLiteral("gateways"), list}};
        if (!unreachable.isEmpty())
            out << badFinding(Finding::Status::Warn, check, check + QStringLiteral(".unreachable"),
                              msg::Id("probe.gateway.unreachable"),
                              {{QStringLiteral("family"), fam}, {QStringLiteral("gateways"), QJsonArray::fromStringList(unreachable)}},
                              ev, data);
        else
            out << okFinding(check, check + QStringLiteral(".ok"), msg::Id("probe.gateway.ok"), {{QStringLiteral("family"), fam}},
                             ev, data);
    }
}

void checkReach(Context &ctx, Findings &out)
{
    QStringList bad;
    const QList<Target> targets = parsedTargets(ctx.options, &bad);
    for (const QString &b : bad)
        out << badFinding(Finding::Status::Fail, QStringLiteral("reach"), QStringLiteral("reach.bad_target"),
                          msg::Id("probe.reach.bad_target"), {{QStringLiteral("target"), b}}, b);
    if (targets.isEmpty()) {
        out << badFinding(Finding::Status::Skipped, QStringLiteral("reach"), QStringLiteral("reach.no_targets"),
                          msg::Id("probe.reach.no_targets"), {}, QStringLiteral("Options.targets empty"));
        return;
    }
    QList<const Exit *> exits{nullptr};
    for (const Exit &e : ctx.options.exits)
        exits << &e;
    for (const Target &t : targets) {
        for (const Exit *e : exits) {
            const Context::ProbeResult r = probeCached(ctx, t, e);
            const QString via = exitText(e);
            const QString ev = QStringLiteral("%1 %2 via %3: %4")
                                   .arg(r.method, t.text, via,
                                        r.err ? errnoText(r.err) : QStringLiteral("answered in %1 us").arg(r.rttUs));
            QJsonObject data{{QStringLiteral("target"), t.text}, {QStringLiteral("exit"), e ? e->name : QString()},
                             {QStringLiteral("method"), r.method}, {QStringLiteral("rttUs"), r.rttUs}};
            if (e) {
                data.insert(QStringLiteral("mark"), static_cast<qint64>(e->mark));
                data.insert(QStringLiteral("device"), e->device);
            }
            if (r.err)
                data.insert(QStringLiteral("error"), errnoText(r.err));
            QJsonObject args = viaArgs(t, e);
            if (!r.err) {
                out << okFinding(QStringLiteral("reach"), QStringLiteral("reach.ok"),
                                 e ? msg::Id("probe.reach.ok.exit") : msg::Id("probe.reach.ok"), args, ev, data);
            } else if (r.err == ECONNREFUSED) {
                out << badFinding(Finding::Status::Warn, QStringLiteral("reach"), QStringLiteral("reach.refused"),
                                  e ? msg::Id("probe.reach.refused.exit") : msg::Id("probe.reach.refused"), args, ev, data);
            } else {
                // The command to try is an arg: it reads the same in every language.
                args.insert(QStringLiteral("command"),
                            QStringLiteral("ip route get %1%2")
                                .arg(t.addr.toString(), e && e->mark ? QStringLiteral(" mark 0x%1").arg(e->mark, 0, 16) : QString()));
                out << badFinding(Finding::Status::Fail, QStringLiteral("reach"), QStringLiteral("reach.unreachable"),
                                  e ? msg::Id("probe.reach.unreachable.exit") : msg::Id("probe.reach.unreachable"), args,
                                  ev, data);
            }
        }
    }
}

} // namespace byway::probe
