// SPDX-License-Identifier: GPL-3.0-or-later
// Routes (RTM_{NEW,DEL,GET}ROUTE) in any table.
#include "routing/rtnl.h"

#include "routing/nlattrs.h"

#include <QHash>

#include <cerrno>

#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

namespace byway::route {

namespace {

quint8 rtnType(RouteType t)
{
    switch (t) {
    case RouteType::Blackhole: return RTN_BLACKHOLE;
    case RouteType::Unreachable: return RTN_UNREACHABLE;
    case RouteType::Prohibit: return RTN_PROHIBIT;
    case RouteType::Unicast: break;
    }
    return RTN_UNICAST;
}

quint8 rtScope(Scope s)
{
    switch (s) {
    case Scope::Link: return RT_SCOPE_LINK;
    case Scope::Host: return RT_SCOPE_HOST;
    default: return RT_SCOPE_UNIVERSE;
    }
}

// Builds the request for `r`; `index` is the ifindex of r.dev (0: none).
nlmsghdr *routeRequest(char *buf, uint16_t type, uint16_t flags, const RouteSpec &r, int index)
{
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = type;
    nlh->nlmsg_flags = NLM_F_REQUEST | flags;
    auto *rtm = static_cast<rtmsg *>(mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg)));
    const RouteSpec n = r.normalized();
    rtm->rtm_family = static_cast<quint8>(afOf(r.family));
    rtm->rtm_dst_len = static_cast<quint8>(n.dst.length);
    // The 8-bit field cannot hold tables above 255; RTA_TABLE always can.
    rtm->rtm_table = r.table < 256 ? quint8(r.table) : quint8(RT_TABLE_UNSPEC);
    rtm->rtm_protocol = r.protocol;
    rtm->rtm_type = rtnType(r.type);
    // On delete, RT_SCOPE_NOWHERE means "any scope"; the other fields
    // (protocol above all) still have to match.
    rtm->rtm_scope = type == RTM_DELROUTE ? quint8(RT_SCOPE_NOWHERE) : rtScope(n.effectiveScope());
    mnl_attr_put_u32(nlh, RTA_TABLE, r.table);
    if (n.dst.length > 0)
        nl::putAddress(nlh, RTA_DST, n.dst.address);
    if (!r.gateway.isNull())
        nl::putAddress(nlh, RTA_GATEWAY, r.gateway);
    if (index)
        mnl_attr_put_u32(nlh, RTA_OIF, quint32(index));
    if (r.metric)
        mnl_attr_put_u32(nlh, RTA_PRIORITY, r.metric);
    if (!r.prefsrc.isNull())
        nl::putAddress(nlh, RTA_PREFSRC, r.prefsrc);
    return nlh;
}

} // namespace

Result<QList<RouteSpec>> Rtnl::routes(Family family, std::optional<quint32> table, bool ownedOnly)
{
    auto names = linkNames();
    if (!names)
        return std::unexpected(names.error());
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
    nlh->nlmsg_type = RTM_GETROUTE;
    nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    auto *rtm = static_cast<rtmsg *>(mnl_nlmsg_put_extra_header(nlh, sizeof(rtmsg)));
    rtm->rtm_family = static_cast<quint8>(afOf(family));
    // With NETLINK_GET_STRICT_CHK the kernel filters on these itself; the
    // checks below stay for kernels that ignore them.
    if (ownedOnly)
        rtm->rtm_protocol = kProtocol;
    if (table)
        mnl_attr_put_u32(nlh, RTA_TABLE, *table);

    QList<RouteSpec> out;
    const int af = afOf(family);
    const int err = exchange(nlh, [&](const nlmsghdr *m) {
        if (m->nlmsg_type != RTM_NEWROUTE || m->nlmsg_len < mnl_nlmsg_size(sizeof(rtmsg)))
            return;
        const auto *r = static_cast<const rtmsg *>(mnl_nlmsg_get_payload(m));
        // Cloned entries are the route cache / PMTU exceptions, not routes.
        if (r->rtm_family != af || (r->rtm_flags & RTM_F_CLONED))
            return;
        if (ownedOnly && r->rtm_protocol != kProtocol)
            return;
        RouteSpec s;
        switch (r->rtm_type) {
        case RTN_UNICAST: s.type = RouteType::Unicast; break;
        case RTN_BLACKHOLE: s.type = RouteType::Blackhole; break;
        case RTN_UNREACHABLE: s.type = RouteType::Unreachable; break;
        case RTN_PROHIBIT: s.type = RouteType::Prohibit; break;
        default: return; // local, broadcast, multicast, anycast: the kernel's own
        }
        const unsigned alen = af == AF_INET6 ? 16 : 4;
        nl::Attrs<RTA_MAX + 1> tb;
        if (!nl::parse(m, sizeof(rtmsg), {{RTA_TABLE, MNL_TYPE_U32}, {RTA_DST, MNL_TYPE_BINARY, alen},
                                          {RTA_GATEWAY, MNL_TYPE_BINARY, alen}, {RTA_OIF, MNL_TYPE_U32},
                                          {RTA_PRIORITY, MNL_TYPE_U32}, {RTA_PREFSRC, MNL_TYPE_BINARY, alen}}, tb))
            return;
        s.family = family;
        s.table = tb[RTA_TABLE] ? mnl_attr_get_u32(tb[RTA_TABLE]) : r->rtm_table;
        if (table && s.table != *table)
            return;
        s.dst = tb[RTA_DST] ? Prefix{nl::address(tb[RTA_DST], af), r->rtm_dst_len}
                            : Prefix{af == AF_INET6 ? QHostAddress(QStringLiteral("::")) : QHostAddress(QStringLiteral("0.0.0.0")), 0};
        s.gateway = nl::address(tb[RTA_GATEWAY], af);
        // IPv6 reject routes (blackhole/unreachable/prohibit) hang on "lo"
        // in the kernel; they have no device in their spec.
        if (s.type == RouteType::Unicast && tb[RTA_OIF])
            s.dev = names->value(int(mnl_attr_get_u32(tb[RTA_OIF])));
        s.metric = tb[RTA_PRIORITY] ? mnl_attr_get_u32(tb[RTA_PRIORITY]) : 0;
        s.prefsrc = nl::address(tb[RTA_PREFSRC], af);
        s.protocol = r->rtm_protocol;
        s.scope = r->rtm_scope == RT_SCOPE_LINK ? Scope::Link : r->rtm_scope == RT_SCOPE_HOST ? Scope::Host : Scope::Universe;
        out.append(s);
    }, nullptr, [&] { out.clear(); });
    if (err)
        return std::unexpected(kernelError(QStringLiteral("ip %1route show table %2")
                                               .arg(family == Family::V6 ? QStringLiteral("-6 ") : QString(),
                                                    table ? QString::number(*table) : QStringLiteral("all")),
                                           err));
    return out;
}

Result<void> Rtnl::addRoute(const RouteSpec &r)
{
    int index = 0;
    if (!r.dev.isEmpty()) {
        auto i = ifindex(r.dev);
        if (!i)
            return std::unexpected(kernelError(r.toIpText(), i.error().sysErrno ? i.error().sysErrno : ENODEV));
        index = *i;
    }
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    // EXCL: an existing route with the same key is reported (EEXIST), never
    // silently replaced; it may be someone else's.
    return change(routeRequest(buf, RTM_NEWROUTE, NLM_F_CREATE | NLM_F_EXCL, r, index), [&] { return r.toIpText(); });
}

Result<void> Rtnl::deleteRoute(const RouteSpec &r)
{
    int index = 0;
    if (!r.dev.isEmpty()) {
        auto i = ifindex(r.dev);
        // The device is gone, and the kernel flushed its routes with it.
        if (!i && i.error().sysErrno == ENODEV)
            return {};
        if (!i)
            return std::unexpected(i.error());
        index = *i;
    }
    alignas(nlmsghdr) char buf[nl::kRequestSize];
    // Deleting is idempotent on purpose: the goal is "this route is not
    // there". The kernel answers ESRCH (IPv4, fib_table_delete) or ENOENT
    // (IPv6, ip6_route_del) when nothing matches — a route removed with its
    // interface, by an admin, or by an earlier half-finished run. A rollback
    // or a second flush must not fail on that.
    return change(routeRequest(buf, RTM_DELROUTE, 0, r, index), [&] { return r.toIpText(QStringLiteral("del")); }, true);
}

} // namespace byway::route
