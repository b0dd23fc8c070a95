// SPDX-License-Identifier: GPL-3.0-or-later
// "Explain this flow": ask the kernel which route a packet would take.
#include "routing/rtnl.h"

#include "core/logging.h"
#include "routing/nlattrs.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace byway::route {

namespace {

struct Reply {
    quint32 table = 0;
    QHostAddress gateway, prefsrc, dst;
    int oif = 0;
    quint8 dstLen = 0, protocol = 0, type = RTN_UNSPEC;
    quint32 metric = 0;
    bool seen = false;
};

RouteType typeOf(quint8 t)
{
    switch (t) {
    case RTN_BLACKHOLE: return RouteType::Blackhole;
    case RTN_UNREACHABLE: return RouteType::Unreachable;
    case RTN_PROHIBIT: return RouteType::Prohibit;
    default: return RouteType::Unicast;
    }
}

// RTM_GETROUTE for q's flow, as `ip route get` builds it.
nlmsghdr *putLookupRequest(char *buf, const Query &q, int af, int iif, bool fibMatch)
{
    const int bits = af == AF_INET6 ? 128 : 32;
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = RTM_GETROUTE;
    nlh->nlmsg_flags = NLM_F_REQUEST;
    auto *rtm = static_cast<rtmsg *>(mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg)));
    rtm->rtm_family = quint8(af);
    rtm->rtm_dst_len = quint8(bits);
    rtm->rtm_src_len = q.src.isNull() ? 0 : quint8(bits);
    // LOOKUP_TABLE: report the table the lookup ended in (without it
    // the resolved answer says "main" whatever table was used).
    rtm->rtm_flags = RTM_F_LOOKUP_TABLE | (fibMatch ? RTM_F_FIB_MATCH : 0);
    nl::putAddress(nlh, RTA_DST, q.dst);
    if (!q.src.isNull())
        nl::putAddress(nlh, RTA_SRC, q.src);
    if (q.mark)
        mnl_attr_put_u32(nlh, RTA_MARK, *q.mark);
    if (iif)
        mnl_attr_put_u32(nlh, RTA_IIF, quint32(iif));
    if (q.uid)
        mnl_attr_put_u32(nlh, RTA_UID, *q.uid);
    if (q.ipProto)
        mnl_attr_put_u8(nlh, RTA_IP_PROTO, *q.ipProto);
    if (q.dport) // the kernel reads ports in network byte order
        mnl_attr_put_u16(nlh, RTA_DPORT, htons(*q.dport));
    return nlh;
}

void readLookupReply(const nlmsghdr *m, int af, Reply &out)
{
    if (m->nlmsg_type != RTM_NEWROUTE || m->nlmsg_len < mnl_nlmsg_size(sizeof(rtmsg)))
        return;
    const unsigned alen = af == AF_INET6 ? 16 : 4;
    const auto *r = static_cast<const rtmsg *>(mnl_nlmsg_get_payload(m));
    nl::Attrs<RTA_MAX + 1> tb;
    if (!nl::parse(m, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}, {RTA_DST, MNL_TYPE_BINARY, alen},
                                      {RTA_GATEWAY, MNL_TYPE_BINARY, alen}, {RTA_OIF, MNL_TYPE_U32},
                                      {RTA_PRIORITY, MNL_TYPE_U32}, {RTA_PREFSRC, MNL_TYPE_BINARY, alen}}, tb))
        return;
    out.seen = true;
    out.table = tb[RTA_TABLE] ? mnl_attr_get_u32(tb[RTA_TABLE]) : r->rtm_table;
    out.dst = nl::address(tb[RTA_DST], af);
    out.dstLen = r->rtm_dst_len;
    out.gateway = nl::address(tb[RTA_GATEWAY], af);
    out.prefsrc = nl::address(tb[RTA_PREFSRC], af);
    out.oif = tb[RTA_OIF] ? int(mnl_attr_get_u32(tb[RTA_OIF])) : 0;
    out.metric = tb[RTA_PRIORITY] ? mnl_attr_get_u32(tb[RTA_PRIORITY]) : 0;
    out.protocol = r->rtm_protocol;
    out.type = r->rtm_type;
}

} // namespace

Result<LookupResult> Rtnl::lookup(const Query &q)
{
    if (q.dst.isNull())
        return fail(ErrorCode::InvalidParams, QStringLiteral("a lookup needs a destination"), QStringLiteral("/dst"));
    const Family family = familyOf(q.dst);
    if (!q.src.isNull() && familyOf(q.src) != family)
        return fail(ErrorCode::InvalidParams, QStringLiteral("source and destination are of different families"), QStringLiteral("/src"));
    int iif = 0;
    if (!q.iif.isEmpty()) {
        auto i = ifindex(q.iif);
        if (!i)
            return std::unexpected(i.error());
        iif = *i;
    }
    auto names = linkNames();
    if (!names)
        return std::unexpected(names.error());
    const int af = afOf(family);

    // Two questions: with RTM_F_FIB_MATCH the kernel answers with the FIB
    // entry that matched (its prefix, protocol, metric, type), without it
    // with the route it resolved for this flow (gateway, device, chosen
    // source address). Both go through the FIB rules with the mark, source,
    // iif and uid given, exactly as a packet would.
    const auto ask = [&](bool fibMatch, Reply &out, QString *why) {
        alignas(nlmsghdr) char buf[nl::kRequestSize];
        nlmsghdr *nlh = putLookupRequest(buf, q, af, iif, fibMatch);
        return exchange(nlh, [&](const nlmsghdr *m) { readLookupReply(m, af, out); }, why);
    };

    const QString what = QStringLiteral("ip route get %1%2%3%4")
                             .arg(q.dst.toString(), q.src.isNull() ? QString() : QStringLiteral(" from ") + q.src.toString(),
                                  q.mark ? QStringLiteral(" mark 0x") + QString::number(*q.mark, 16) : QString(),
                                  q.iif.isEmpty() ? QString() : QStringLiteral(" iif ") + q.iif);
    qCDebug(lcRoute).noquote() << "request:" << what;
    Reply match, resolved;
    QString why;
    LookupResult res;
    if (const int err = ask(true, match, &why); err || !match.seen) {
        // The kernel refuses to show reject routes even with FIB_MATCH
        // (a blackhole answers EINVAL, prohibit EACCES, unreachable
        // ENETUNREACH) and answers ENETUNREACH for a source that is not
        // local. Explain those from the rule and route dumps instead.
        if (err == ENETUNREACH || err == EHOSTUNREACH || err == EINVAL || err == EACCES) {
            res.type = RouteType::Unreachable;
            res.errnoResult = err;
            res.derived = true;
            explainFromDumps(q, res);
            // A unicast route in the dumps: the refusal was the source's
            // (not this box's), and a packet arriving from it takes that route.
            if (res.type == RouteType::Unicast)
                res.errnoResult = 0;
            return res;
        }
        return std::unexpected(kernelError(what + QStringLiteral(" fibmatch"), err ? err : ENOENT, why));
    }

    res.table = match.table;
    res.type = typeOf(match.type);
    res.matched = match.dst.isNull() ? Prefix{family == Family::V6 ? QHostAddress(QStringLiteral("::")) : QHostAddress(QStringLiteral("0.0.0.0")), 0}
                                     : Prefix{match.dst, match.dstLen};
    res.protocol = match.protocol;
    res.metric = match.metric;
    res.gateway = match.gateway;
    res.dev = names->value(match.oif);
    // A resolved lookup of an unreachable/prohibit/blackhole entry fails
    // with the errno a socket would see (ENETUNREACH, EACCES, EINVAL).
    if (const int err = ask(false, resolved, nullptr); err) {
        res.errnoResult = err;
    } else if (resolved.seen) {
        res.table = resolved.table ? resolved.table : res.table;
        if (!resolved.gateway.isNull())
            res.gateway = resolved.gateway;
        if (resolved.oif)
            res.dev = names->value(resolved.oif);
        res.prefsrc = resolved.prefsrc;
    }
    res.rulePriority = derivedRulePriority(q, res.table, res.matched.length);
    return res;
}

void Rtnl::explainFromDumps(const Query &q, LookupResult &res)
{
    auto all = rules(familyOf(q.dst));
    if (!all)
        return;
    std::stable_sort(all->begin(), all->end(), [](const RuleSpec &a, const RuleSpec &b) { return a.priority < b.priority; });
    for (const RuleSpec &spec : *all) {
        const RuleSpec r = spec.normalized();
        if (!ruleMatches(r, q))
            continue;
        if (r.action != RuleAction::Lookup) {
            res.rulePriority = r.priority;
            res.type = r.action == RuleAction::Blackhole ? RouteType::Blackhole
                     : r.action == RuleAction::Prohibit  ? RouteType::Prohibit
                                                         : RouteType::Unreachable;
            return;
        }
        auto routesOfTable = routes(familyOf(q.dst), r.table);
        if (!routesOfTable)
            continue;
        const RouteSpec *best = nullptr; // longest prefix holding dst
        for (const RouteSpec &rt : *routesOfTable)
            if (rt.dst.contains(q.dst) && (!best || rt.dst.length > best->dst.length))
                best = &rt;
        if (!best || best->dst.length <= r.suppressPrefix)
            continue; // the kernel goes on to the next rule
        res.rulePriority = r.priority;
        res.table = r.table;
        res.type = best->type;
        res.matched = best->dst;
        res.gateway = best->gateway;
        res.dev = best->dev;
        res.protocol = best->protocol;
        res.metric = best->metric;
        return;
    }
}

bool Rtnl::ruleMatches(const RuleSpec &r, const Query &q)
{
    // Locally generated traffic is matched with iif "lo" (the kernel sets
    // the loopback ifindex as flowi iif on output lookups).
    const QString iif = q.iif.isEmpty() ? QStringLiteral("lo") : q.iif;
    const bool hit = (!r.from.isValid() || (!q.src.isNull() && r.from.contains(q.src)))
        && (!r.to.isValid() || r.to.contains(q.dst))
        && (!(r.fwmark || r.fwmask) || ((q.mark.value_or(0) & r.fwmask) == r.fwmark))
        && (r.iif.isEmpty() || r.iif == iif) && r.oif.isEmpty();
    return r.invert ? !hit : hit;
}

std::optional<quint32> Rtnl::derivedRulePriority(const Query &q, quint32 table, int matchedLength)
{
    auto all = rules(familyOf(q.dst));
    if (!all)
        return std::nullopt;
    std::stable_sort(all->begin(), all->end(), [](const RuleSpec &a, const RuleSpec &b) { return a.priority < b.priority; });
    for (const RuleSpec &spec : *all) {
        const RuleSpec r = spec.normalized();
        if (!ruleMatches(r, q))
            continue;
        // A rule that suppresses answers as general as this one did not give it.
        if (r.action != RuleAction::Lookup || (r.table == table && matchedLength > r.suppressPrefix))
            return r.priority;
    }
    return std::nullopt;
}

QString LookupResult::toText() const
{
    QString s = routeTypeName(type) + QLatin1Char(' ') + (matched.length == 0 ? QStringLiteral("default") : matched.toString());
    if (!gateway.isNull())
        s += QStringLiteral(" via ") + gateway.toString();
    if (!dev.isEmpty())
        s += QStringLiteral(" dev ") + dev;
    s += QStringLiteral(" table ") + QString::number(table);
    if (!prefsrc.isNull())
        s += QStringLiteral(" src ") + prefsrc.toString();
    s += QStringLiteral(" proto ") + QString::number(protocol);
    if (rulePriority)
        s += QStringLiteral(" (rule ") + QString::number(*rulePriority) + QLatin1Char(')');
    if (errnoResult)
        s += QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errnoResult));
    return s;
}

QJsonObject LookupResult::toJson() const
{
    QJsonObject o{{QStringLiteral("table"), qint64(table)},
                  {QStringLiteral("type"), routeTypeName(type)},
                  {QStringLiteral("matched"), matched.toString()},
                  {QStringLiteral("protocol"), int(protocol)},
                  {QStringLiteral("owned"), protocol == kProtocol},
                  {QStringLiteral("metric"), qint64(metric)},
                  {QStringLiteral("text"), toText()}};
    if (!gateway.isNull())
        o.insert(QStringLiteral("gateway"), gateway.toString());
    if (!dev.isEmpty())
        o.insert(QStringLiteral("dev"), dev);
    if (!prefsrc.isNull())
        o.insert(QStringLiteral("prefsrc"), prefsrc.toString());
    if (rulePriority)
        o.insert(QStringLiteral("rulePriority"), qint64(*rulePriority));
    if (errnoResult)
        o.insert(QStringLiteral("errno"), errnoResult);
    if (derived)
        o.insert(QStringLiteral("derived"), true);
    return o;
}

} // namespace byway::route
