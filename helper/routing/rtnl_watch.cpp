// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/rtnl_watch.h"

#include "routing/nlattrs.h"
#include "routing/owned.h"

#include "core/logging.h"

#include <linux/fib_rules.h>
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>

#include <sys/socket.h>

#include <array>
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
    std::unique_ptr<mnl_socket, detail::MnlClose> sock(mnl_socket_open2(NETLINK_ROUTE, SOCK_CLOEXEC | SOCK_NONBLOCK));
    if (!sock)
        return std::unexpected(kernelError(QStringLiteral("rtnetlink watch socket"), errno));
    if (mnl_socket_bind(sock.get(), 0, MNL_SOCKET_AUTOPID) < 0)
        return std::unexpected(kernelError(QStringLiteral("rtnetlink watch bind"), errno));
    for (int group : {RTNLGRP_LINK, RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR, RTNLGRP_IPV4_ROUTE,
                      RTNLGRP_IPV6_ROUTE, RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE}) {
        if (mnl_socket_setsockopt(sock.get(), NETLINK_ADD_MEMBERSHIP, &group, sizeof group) < 0)
            return std::unexpected(kernelError(QStringLiteral("rtnetlink watch: join group %1").arg(group), errno));
    }
    const int fd = mnl_socket_get_fd(sock.get());
    const int size = kReceiveBuffer;
    if (::setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) < 0)
        (void)::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    return Watch(std::move(sock));
}

int Watch::fd() const
{
    return mnl_socket_get_fd(m_sock.get());
}

Watch::Seen Watch::drain(unsigned ownPortid)
{
    Seen seen;
    std::array<char, 64 * 1024> buf;
    for (;;) {
        const ssize_t len = ::recv(fd(), buf.data(), buf.size(), MSG_DONTWAIT);
        if (len < 0) {
            if (errno == EINTR)
                continue;
            if (errno == ENOBUFS) {
                // Notifications were lost: anything may have happened.
                qCDebug(lcRoute).noquote() << "rtnetlink watch overflowed; the next read dumps again";
                seen = {true, true};
                continue;
            }
            break; // EAGAIN: all read
        }
        int rest = int(len);
        for (auto *m = reinterpret_cast<const nlmsghdr *>(buf.data()); mnl_nlmsg_ok(m, rest); m = mnl_nlmsg_next(m, &rest)) {
            bool stale = false;
            bool foreign = false;
            switch (m->nlmsg_type) {
            case RTM_NEWLINK:
            case RTM_DELLINK:
                stale = foreign = true;
                break;
            case RTM_DELADDR:
                stale = true;
                foreign = m->nlmsg_pid != ownPortid;
                break;
            case RTM_NEWADDR:
            case RTM_NEWROUTE:
            case RTM_DELROUTE:
            case RTM_NEWRULE:
            case RTM_DELRULE:
                stale = protocolOf(m) == kProtocol;
                foreign = stale && m->nlmsg_pid != ownPortid;
                break;
            default:
                break;
            }
            seen.stale = seen.stale || stale;
            seen.foreign = seen.foreign || foreign;
        }
    }
    return seen;
}

} // namespace byway::route
