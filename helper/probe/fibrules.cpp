// SPDX-License-Identifier: GPL-3.0-or-later
// Policy routing: an RTM_GETRULE dump over all families. A kernel without
// CONFIG_IP_MULTIPLE_TABLES answers EAFNOSUPPORT/EOPNOTSUPP for AF_INET.
#include "probe/internal.h"

#include "netlink/attrs.h"
#include "netlink/socket.h"

#include <linux/fib_rules.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace byway::probe {

namespace {

// One RTM_NEWRULE; std::nullopt for anything else or a malformed rule.
std::optional<FibRule> parseRule(const nlmsghdr *m)
{
    if (m->nlmsg_type != RTM_NEWRULE || mnl_nlmsg_get_payload_len(m) < sizeof(fib_rule_hdr))
        return std::nullopt;
    static constexpr netlink::AttrRule rules[] = {
        {FRA_PRIORITY, MNL_TYPE_U32}, {FRA_TABLE, MNL_TYPE_U32},
        {FRA_FWMARK, MNL_TYPE_U32},   {FRA_FWMASK, MNL_TYPE_U32},
        {FRA_IIFNAME, MNL_TYPE_NUL_STRING}, {FRA_OIFNAME, MNL_TYPE_NUL_STRING},
        {FRA_PROTOCOL, MNL_TYPE_U8},
    };
    netlink::Attrs<FRA_MAX + 1> tb;
    if (!netlink::parse(m, sizeof(fib_rule_hdr), rules, tb))
        return std::nullopt;
    const auto *h = static_cast<const fib_rule_hdr *>(mnl_nlmsg_get_payload(m));
    FibRule fr;
    fr.family = h->family;
    fr.action = h->action;
    fr.table = tb[FRA_TABLE] ? mnl_attr_get_u32(tb[FRA_TABLE]) : h->table;
    fr.priority = tb[FRA_PRIORITY] ? mnl_attr_get_u32(tb[FRA_PRIORITY]) : 0;
    fr.protocol = tb[FRA_PROTOCOL] ? mnl_attr_get_u8(tb[FRA_PROTOCOL]) : 0;
    fr.hasMark = tb[FRA_FWMARK] != nullptr;
    fr.mark = tb[FRA_FWMARK] ? mnl_attr_get_u32(tb[FRA_FWMARK]) : 0;
    fr.mask = tb[FRA_FWMASK] ? mnl_attr_get_u32(tb[FRA_FWMASK]) : (fr.hasMark ? 0xffffffffu : 0);
    if (tb[FRA_IIFNAME])
        fr.iif = QString::fromUtf8(mnl_attr_get_str(tb[FRA_IIFNAME]));
    if (tb[FRA_OIFNAME])
        fr.oif = QString::fromUtf8(mnl_attr_get_str(tb[FRA_OIFNAME]));
    return fr;
}

} // namespace

RuleState readFibRules()
{
    RuleState st;
    auto sock = netlink::Socket::open(NETLINK_ROUTE, {.timeoutMs = kNetlinkTimeoutMs});
    if (!sock) {
        st.err = sock.error().error;
        return st;
    }
    for (int family : {AF_INET, AF_INET6}) {
        alignas(nlmsghdr) char buf[8192]; // one request message; MNL_SOCKET_BUFFER_SIZE is not a constant
        nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
        nlh->nlmsg_type = RTM_GETRULE;
        auto *frh = static_cast<fib_rule_hdr *>(mnl_nlmsg_put_extra_header(nlh, sizeof(fib_rule_hdr)));
        frh->family = static_cast<unsigned char>(family);
        const qsizetype before = st.rules.size();
        auto r = sock->dump(nlh, [&](const nlmsghdr *m) {
            if (auto fr = parseRule(m)) // a malformed rule is skipped, the rest kept
                st.rules << *fr;
        }, [&] { st.rules.resize(before); });
        // IPv6 may be disabled; only an IPv4 failure means no policy routing.
        if (!r && family == AF_INET)
            st.err = r.error().error;
    }
    return st;
}

void checkFibRules(Context &ctx, Findings &out)
{
    const RuleState &st = ctx.fibRules();
    if (st.err) {
        out << badFinding(Finding::Status::Fail, QStringLiteral("fibrules"), QStringLiteral("fibrules.unsupported"),
                          msg::Id("probe.fibrules.unsupported"), {},
                          QStringLiteral("RTM_GETRULE dump (AF_INET): %1").arg(errnoText(st.err)));
        return;
    }
    int v4 = 0, v6 = 0;
    for (const FibRule &r : st.rules)
        (r.family == AF_INET ? v4 : v6)++;
    out << okFinding(QStringLiteral("fibrules"), QStringLiteral("fibrules.ok"), msg::Id("probe.fibrules.ok"), {},
                     QStringLiteral("RTM_GETRULE dump: %1 IPv4 rules, %2 IPv6 rules").arg(v4).arg(v6),
                     QJsonObject{{QStringLiteral("ipv4Rules"), v4}, {QStringLiteral("ipv6Rules"), v6}});
}

} // namespace byway::probe
