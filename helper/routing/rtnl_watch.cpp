// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/rtnl_watch.h"

#include "routing/nlattrs.h"
#include "routing/owned.h"

#include "core/logging.h"

#include <linux/fib_rules.h>
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>

#include <cerrno>

namespace byway::route {
namespace {

// A big apply queues one notification per route before anyone reads them;
// 4 MiB holds several thousand. Beyond that the kernel reports ENOBUFS and
// the watch says "stale", which only costs a dump.
constexpr int kReceiveBuffer = 4 << 20;

quint8 protocolOf(const nlmsghdr *m)
{
    switch (m->nlmsg_type) {
    case RTM_NEWROUTE:
    case RTM_DELROUTE:
        if (m->nlmsg_len < NLMSG_LENGTH(sizeof(rtmsg)))
            return 0;
        return static_cast<const rtmsg *>(mnl_nlmsg_get_payload(m))->rtm_protocol;
    case RTM_NEWRULE:
    case RTM_DELRULE: {
        nl::Attrs<FRA_MAX + 1> tb;
        if (m->nlmsg_len < NLMSG_LENGTH(sizeof(fib_rule_hdr))
            || !nl::parse(m, sizeof(fib_rule_hdr), {{FRA_PROTOCOL, MNL_TYPE_U8}}, tb) || !tb[FRA_PROTOCOL])
            return 0;
        return mnl_attr_get_u8(tb[FRA_PROTOCOL]);
    }
    case RTM_NEWADDR:
    case RTM_DELADDR: {
        nl::Attrs<IFA_MAX + 1> tb;
        if (m->nlmsg_len < NLMSG_LENGTH(sizeof(ifaddrmsg))
            || !nl::parse(m, sizeof(ifaddrmsg), {{IFA_PROTO, MNL_TYPE_U8}}, tb) || !tb[IFA_PROTO])
            return 0;
        return mnl_attr_get_u8(tb[IFA_PROTO]);
    }
    default:
        return 0;
    }
}

} // namespace

Result<Watch> Watch::open()
{
    auto sock = netlink::Socket::open(NETLINK_ROUTE, {.nonblocking = true, .receiveBuffer = kReceiveBuffer});
    if (!sock)
        return std::unexpected(kernelError(sock.error().stage == netlink::Stage::Bind
                                               ? QStringLiteral("rtnetlink watch bind")
                                               : QStringLiteral("rtnetlink watch socket"),
                                           sock.error().error));
    for (int group : {RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR, RTNLGRP_IPV4_ROUTE,
                      RTNLGRP_IPV6_ROUTE, RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE}) {
        if (auto joined = sock->join(unsigned(group)); !joined)
            return std::unexpected(kernelError(QStringLiteral("rtnetlink watch: join group %1").arg(group), joined.error().error));
    }
    return Watch(std::move(*sock));
}

int Watch::fd() const
{
    return m_sock.fd();
}

namespace {

Watch::Seen seenIn(const nlmsghdr *m, unsigned ownPortid)
{
    switch (m->nlmsg_type) {
    case RTM_NEWLINK:
    case RTM_DELLINK:
        return {true, true};
    case RTM_DELADDR:
        return {true, m->nlmsg_pid != ownPortid};
    case RTM_NEWADDR:
    case RTM_NEWROUTE:
    case RTM_DELROUTE:
    case RTM_NEWRULE:
    case RTM_DELRULE: {
        const bool stale = protocolOf(m) == kProtocol;
        return {stale, stale && m->nlmsg_pid != ownPortid};
    }
    default:
        return {};
    }
}

} // namespace

Watch::Seen Watch::drain(unsigned ownPortid)
{
    Seen seen;
    for (;;) {
        auto datagram = m_sock.receive();
        if (!datagram) {
            const int err = datagram.error().error;
            if (err == ENOBUFS || err == ENOSPC) {
                // Notifications were lost (the queue overflowed, or one did
                // not fit the buffer): anything may have happened.
                qCDebug(lcRoute) << "rtnetlink watch lost notifications; the next read dumps again";
                seen = {true, true};
                continue;
            }
            break; // EAGAIN: all read
        }
        netlink::forEachMessage(*datagram, [&](const nlmsghdr *m) {
            const Seen one = seenIn(m, ownPortid);
            seen.stale = seen.stale || one.stale;
            seen.foreign = seen.foreign || one.foreign;
        });
    }
    return seen;
}

} // namespace byway::route
