// SPDX-License-Identifier: GPL-3.0-or-later
// FIB rules (RTM_{NEW,DEL,GET}RULE): the policy that picks a table.
#include "routing/rtnl.h"

#include "routing/nlattrs.h"

#include <libmnl/libmnl.h>
#include <linux/fib_rules.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace byway::route {

namespace {

quint8 frAction(RuleAction a)
{
    switch (a) {
    case RuleAction::Blackhole: return FR_ACT_BLACKHOLE;
    case RuleAction::Unreachable: return FR_ACT_UNREACHABLE;
    case RuleAction::Prohibit: return FR_ACT_PROHIBIT;
    case RuleAction::Lookup: break;
    }
    return FR_ACT_TO_TBL;
}

nlmsghdr *ruleRequest(char *buf, uint16_t type, uint16_t flags, const RuleSpec &spec)
{
    const RuleSpec r = spec.normalized();
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = type;
    nlh->nlmsg_flags = NLM_F_REQUEST | flags;
    auto *frh = static_cast<fib_rule_hdr *>(mnl_nlmsg_put_extra_header(nlh, sizeof(fib_rule_hdr)));
    frh->family = static_cast<quint8>(afOf(r.family));
    frh->src_len = r.from.isValid() ? quint8(r.from.length) : 0;
    frh->dst_len = r.to.isValid() ? quint8(r.to.length) : 0;
    frh->action = frAction(r.action);
    frh->flags = r.invert ? FIB_RULE_INVERT : 0;
    if (r.action == RuleAction::Lookup) {
        frh->table = r.table < 256 ? quint8(r.table) : quint8(RT_TABLE_UNSPEC);
        mnl_attr_put_u32(nlh, FRA_TABLE, r.table);
    }
    if (r.from.isValid())
        nl::putAddress(nlh, FRA_SRC, r.from.address);
    if (r.to.isValid())
        nl::putAddress(nlh, FRA_DST, r.to.address);
    if (!r.iif.isEmpty())
        mnl_attr_put_strz(nlh, FRA_IIFNAME, r.iif.toUtf8().constData());
    if (!r.oif.isEmpty())
        mnl_attr_put_strz(nlh, FRA_OIFNAME, r.oif.toUtf8().constData());
    // Without a priority the kernel picks one below the last rule on add,
    // and on delete takes the first rule that matches the rest: Byway
    // always names its priority.
    if (r.priority)
        mnl_attr_put_u32(nlh, FRA_PRIORITY, r.priority);
    if (r.fwmark || r.fwmask) {
        mnl_attr_put_u32(nlh, FRA_FWMARK, r.fwmark);
        mnl_attr_put_u32(nlh, FRA_FWMASK, r.fwmask);
    }
    if (r.suppressPrefix >= 0)
        mnl_attr_put_u32(nlh, FRA_SUPPRESS_PREFIXLEN, quint32(r.suppressPrefix));
    // FRA_PROTOCOL (4.17): stored with the rule and, on delete, required
    // to match, so a foreign rule with the same selector stays.
    mnl_attr_put_u8(nlh, FRA_PROTOCOL, r.protocol);
    return nlh;
}

Result<void> checkNames(const RuleSpec &r)
{
    for (const QString &n : {r.iif, r.oif})
        if (n.toUtf8().size() >= 16 || n.contains(QLatin1Char('/')) || n.contains(QLatin1Char(' ')))
            return fail(ErrorCode::InvalidParams, QStringLiteral("%1: not an interface name").arg(n));
    return {};
}

} // namespace

Result<QList<RuleSpec>> Rtnl::rules(Family family, bool ownedOnly)
{
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = RTM_GETRULE;
    nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    auto *frh = static_cast<fib_rule_hdr *>(mnl_nlmsg_put_extra_header(nlh, sizeof(fib_rule_hdr)));
    const int af = afOf(family);
    frh->family = static_cast<quint8>(af);
    QList<RuleSpec> out;
    const int err = exchange(nlh, [&](const nlmsghdr *m) {
        if (m->nlmsg_type != RTM_NEWRULE || m->nlmsg_len < mnl_nlmsg_size(sizeof(fib_rule_hdr)))
            return;
        const auto *h = static_cast<const fib_rule_hdr *>(mnl_nlmsg_get_payload(m));
        if (h->family != af)
            return;
        const unsigned alen = af == AF_INET6 ? 16 : 4;
        nl::Attrs<FRA_MAX + 1> tb;
        if (!nl::parse(m, sizeof(fib_rule_hdr), {{FRA_SRC, MNL_TYPE_BINARY, alen}, {FRA_DST, MNL_TYPE_BINARY, alen},
                                                 {FRA_IIFNAME, MNL_TYPE_NUL_STRING}, {FRA_OIFNAME, MNL_TYPE_NUL_STRING},
                                                 {FRA_PRIORITY, MNL_TYPE_U32}, {FRA_FWMARK, MNL_TYPE_U32},
                                                 {FRA_FWMASK, MNL_TYPE_U32}, {FRA_TABLE, MNL_TYPE_U32},
                                                 {FRA_PROTOCOL, MNL_TYPE_U8}, {FRA_SUPPRESS_PREFIXLEN, MNL_TYPE_U32}}, tb))
            return;
        RuleSpec r;
        r.family = family;
        r.protocol = tb[FRA_PROTOCOL] ? mnl_attr_get_u8(tb[FRA_PROTOCOL]) : 0;
        if (ownedOnly && r.protocol != kProtocol)
            return;
        switch (h->action) {
        case FR_ACT_TO_TBL: r.action = RuleAction::Lookup; break;
        case FR_ACT_BLACKHOLE: r.action = RuleAction::Blackhole; break;
        case FR_ACT_UNREACHABLE: r.action = RuleAction::Unreachable; break;
        case FR_ACT_PROHIBIT: r.action = RuleAction::Prohibit; break;
        default: return; // goto/nop: not something Byway makes or explains
        }
        if (r.action == RuleAction::Lookup)
            r.table = tb[FRA_TABLE] ? mnl_attr_get_u32(tb[FRA_TABLE]) : h->table;
        r.priority = tb[FRA_PRIORITY] ? mnl_attr_get_u32(tb[FRA_PRIORITY]) : 0;
        if (tb[FRA_SRC])
            r.from = Prefix{nl::address(tb[FRA_SRC], af), h->src_len};
        if (tb[FRA_DST])
            r.to = Prefix{nl::address(tb[FRA_DST], af), h->dst_len};
        r.iif = tb[FRA_IIFNAME] ? QString::fromUtf8(mnl_attr_get_str(tb[FRA_IIFNAME])) : QString();
        r.oif = tb[FRA_OIFNAME] ? QString::fromUtf8(mnl_attr_get_str(tb[FRA_OIFNAME])) : QString();
        r.fwmark = tb[FRA_FWMARK] ? mnl_attr_get_u32(tb[FRA_FWMARK]) : 0;
        r.fwmask = tb[FRA_FWMASK] ? mnl_attr_get_u32(tb[FRA_FWMASK]) : 0;
        r.invert = h->flags & FIB_RULE_INVERT;
        if (tb[FRA_SUPPRESS_PREFIXLEN])
            r.suppressPrefix = qint32(mnl_attr_get_u32(tb[FRA_SUPPRESS_PREFIXLEN]));
        out.append(r);
    }, nullptr, [&] { out.clear(); });
    if (err)
        return std::unexpected(kernelError(family == Family::V6 ? QStringLiteral("ip -6 rule show") : QStringLiteral("ip rule show"), err));
    return out;
}

Result<void> Rtnl::addRule(const RuleSpec &r)
{
    if (auto ok = checkNames(r); !ok)
        return ok;
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    // EXCL: fib_nl_newrule reports an identical rule as EEXIST instead of
    // adding a duplicate (without it the kernel stacks copies).
    return change(ruleRequest(buf, RTM_NEWRULE, NLM_F_CREATE | NLM_F_EXCL, r), [&] { return r.toIpText(); });
}

Result<void> Rtnl::deleteRule(const RuleSpec &r)
{
    if (auto ok = checkNames(r); !ok)
        return ok;
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    // ENOENT: no such rule any more, which is what a delete wants (see
    // deleteRoute for why that is not an error).
    return change(ruleRequest(buf, RTM_DELRULE, 0, r), [&] { return r.toIpText(QStringLiteral("del")); }, true);
}

} // namespace byway::route
