// SPDX-License-Identifier: GPL-3.0-or-later
#include "netfilter/monitor.h"

#include "netfilter/nlrender.h"

#include "core/logging.h"

#include <arpa/inet.h> // before the linux headers: linux/in.h defers to glibc

#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nf_tables.h>

#include <sys/socket.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <vector>

namespace byway::nft {

using detail::Owned;

QString kindName(ChangeEvent::Kind k)
{
    switch (k) {
    case ChangeEvent::Kind::TableAdded: return QStringLiteral("table_added");
    case ChangeEvent::Kind::TableDeleted: return QStringLiteral("table_deleted");
    case ChangeEvent::Kind::ChainAdded: return QStringLiteral("chain_added");
    case ChangeEvent::Kind::ChainDeleted: return QStringLiteral("chain_deleted");
    case ChangeEvent::Kind::RuleAdded: return QStringLiteral("rule_added");
    case ChangeEvent::Kind::RuleDeleted: return QStringLiteral("rule_deleted");
    }
    return {};
}

Monitor::Monitor(std::unique_ptr<mnl_socket, detail::SocketClose> sock)
    : m_sock(std::move(sock))
{
}

Result<Monitor> Monitor::open()
{
    std::unique_ptr<mnl_socket, detail::SocketClose> sock(mnl_socket_open2(NETLINK_NETFILTER, SOCK_CLOEXEC | SOCK_NONBLOCK));
    auto err = [](const char *what) {
        Error e = Error::make(ErrorCode::KernelFailed, QStringLiteral("%1: %2").arg(QLatin1String(what),
                              QString::fromLocal8Bit(std::strerror(errno))));
        e.sysErrno = errno;
        return std::unexpected(e);
    };
    if (!sock)
        return err("open nftables monitor socket");
    if (mnl_socket_bind(sock.get(), 0, MNL_SOCKET_AUTOPID) < 0)
        return err("bind nftables monitor socket");
    int group = NFNLGRP_NFTABLES;
    if (mnl_socket_setsockopt(sock.get(), NETLINK_ADD_MEMBERSHIP, &group, sizeof(group)) < 0)
        return err("join NFNLGRP_NFTABLES");
    // A `flush ruleset` of a large ruleset is a burst; room for it.
    const int rcvbuf = 4 * 1024 * 1024;
    setsockopt(mnl_socket_get_fd(sock.get()), SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof(rcvbuf));
    return Monitor(std::move(sock));
}

int Monitor::fd() const
{
    return mnl_socket_get_fd(m_sock.get());
}

Result<QList<ChangeEvent>> Monitor::readEvents()
{
    QList<ChangeEvent> out;
    std::vector<char> buf(64 * 1024);
    for (;;) {
        const ssize_t len = mnl_socket_recvfrom(m_sock.get(), buf.data(), buf.size());
        if (len < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return out;
            Error e = Error::make(ErrorCode::KernelFailed, QStringLiteral("nftables monitor: %1")
                                  .arg(QString::fromLocal8Bit(std::strerror(errno))));
            e.sysErrno = errno;
            m_pending.clear();
            return std::unexpected(e);
        }
        const auto *nlh = reinterpret_cast<const nlmsghdr *>(buf.data());
        int rest = int(len);
        for (; mnl_nlmsg_ok(nlh, rest); nlh = mnl_nlmsg_next(nlh, &rest)) {
            // nlmsg_pid of a notification is the portid of the socket that made
            // the change, not ours; the sender is the kernel (libmnl checks).
            if (NFNL_SUBSYS_ID(nlh->nlmsg_type) != NFNL_SUBSYS_NFTABLES)
                continue;
            const int type = NFNL_MSG_TYPE(nlh->nlmsg_type);
            ChangeEvent ev;
            switch (type) {
            case NFT_MSG_NEWGEN: {
                // Closes a transaction: NFTA_GEN_ID and NFTA_GEN_PROC_PID.
                std::array<quint32, 2> genPid{};
                mnl_attr_parse(nlh, sizeof(nfgenmsg), [](const nlattr *a, void *data) -> int {
                    auto *gp = static_cast<std::array<quint32, 2> *>(data);
                    if (mnl_attr_get_payload_len(a) != 4)
                        return MNL_CB_OK;
                    if (mnl_attr_get_type(a) == NFTA_GEN_ID)
                        (*gp)[0] = ntohl(mnl_attr_get_u32(a));
                    else if (mnl_attr_get_type(a) == NFTA_GEN_PROC_PID)
                        (*gp)[1] = ntohl(mnl_attr_get_u32(a));
                    return MNL_CB_OK;
                }, &genPid);
                const quint32 gen = genPid[0], pid = genPid[1];
                for (auto &p : m_pending) {
                    p.pid = pid;
                    p.generation = gen;
                }
                out += m_pending;
                m_pending.clear();
                continue;
            }
            case NFT_MSG_NEWTABLE:
            case NFT_MSG_DELTABLE: {
                Owned<nftnl_table> t(nftnl_table_alloc());
                if (nftnl_table_nlmsg_parse(nlh, t.get()) < 0 || nftnl_table_get_u32(t.get(), NFTNL_TABLE_FAMILY) != NFPROTO_INET)
                    continue;
                ev.table = QString::fromUtf8(nftnl_table_get_str(t.get(), NFTNL_TABLE_NAME));
                ev.kind = type == NFT_MSG_NEWTABLE ? ChangeEvent::Kind::TableAdded : ChangeEvent::Kind::TableDeleted;
                break;
            }
            case NFT_MSG_NEWCHAIN:
            case NFT_MSG_DELCHAIN: {
                Owned<nftnl_chain> c(nftnl_chain_alloc());
                if (nftnl_chain_nlmsg_parse(nlh, c.get()) < 0 || nftnl_chain_get_u32(c.get(), NFTNL_CHAIN_FAMILY) != NFPROTO_INET)
                    continue;
                ev.table = QString::fromUtf8(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_TABLE));
                ev.chain = QString::fromUtf8(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_NAME));
                ev.kind = type == NFT_MSG_NEWCHAIN ? ChangeEvent::Kind::ChainAdded : ChangeEvent::Kind::ChainDeleted;
                break;
            }
            case NFT_MSG_NEWRULE:
            case NFT_MSG_DELRULE: {
                Owned<nftnl_rule> r(nftnl_rule_alloc());
                if (nftnl_rule_nlmsg_parse(nlh, r.get()) < 0 || nftnl_rule_get_u32(r.get(), NFTNL_RULE_FAMILY) != NFPROTO_INET)
                    continue;
                ev.table = QString::fromUtf8(nftnl_rule_get_str(r.get(), NFTNL_RULE_TABLE));
                ev.chain = QString::fromUtf8(nftnl_rule_get_str(r.get(), NFTNL_RULE_CHAIN));
                ev.ruleId = detail::ruleComment(r.get());
                ev.kind = type == NFT_MSG_NEWRULE ? ChangeEvent::Kind::RuleAdded : ChangeEvent::Kind::RuleDeleted;
                break;
            }
            default:
                continue;
            }
            // Only Byway's objects matter; foreign tables change as they like.
            if (isBywayName(ev.table))
                m_pending.append(ev);
        }
    }
}

} // namespace byway::nft
