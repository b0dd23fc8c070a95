// SPDX-License-Identifier: GPL-3.0-or-later
#include "netfilter/monitor.h"

#include "netfilter/nlrender.h"

#include "core/logging.h"

#include <arpa/inet.h> // before the linux headers: linux/in.h defers to glibc

#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nf_tables.h>

#include <cerrno>
#include <cstring>
#include <optional>

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

namespace {

std::unexpected<Error> monitorError(const QString &what, int err)
{
    Error e = Error::make(ErrorCode::KernelFailed,
                          QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(err))));
    e.sysErrno = err;
    return std::unexpected(e);
}

// A table, chain or rule notification in family inet; std::nullopt for
// anything else.
std::optional<ChangeEvent> changeOf(const nlmsghdr *nlh, int type)
{
    ChangeEvent ev;
    switch (type) {
    case NFT_MSG_NEWTABLE:
    case NFT_MSG_DELTABLE: {
        Owned<nftnl_table> t(nftnl_table_alloc());
        if (nftnl_table_nlmsg_parse(nlh, t.get()) < 0 || nftnl_table_get_u32(t.get(), NFTNL_TABLE_FAMILY) != NFPROTO_INET)
            return std::nullopt;
        ev.table = QString::fromUtf8(nftnl_table_get_str(t.get(), NFTNL_TABLE_NAME));
        ev.kind = type == NFT_MSG_NEWTABLE ? ChangeEvent::Kind::TableAdded : ChangeEvent::Kind::TableDeleted;
        return ev;
    }
    case NFT_MSG_NEWCHAIN:
    case NFT_MSG_DELCHAIN: {
        Owned<nftnl_chain> c(nftnl_chain_alloc());
        if (nftnl_chain_nlmsg_parse(nlh, c.get()) < 0 || nftnl_chain_get_u32(c.get(), NFTNL_CHAIN_FAMILY) != NFPROTO_INET)
            return std::nullopt;
        ev.table = QString::fromUtf8(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_TABLE));
        ev.chain = QString::fromUtf8(nftnl_chain_get_str(c.get(), NFTNL_CHAIN_NAME));
        ev.kind = type == NFT_MSG_NEWCHAIN ? ChangeEvent::Kind::ChainAdded : ChangeEvent::Kind::ChainDeleted;
        return ev;
    }
    case NFT_MSG_NEWRULE:
    case NFT_MSG_DELRULE: {
        Owned<nftnl_rule> r(nftnl_rule_alloc());
        if (nftnl_rule_nlmsg_parse(nlh, r.get()) < 0 || nftnl_rule_get_u32(r.get(), NFTNL_RULE_FAMILY) != NFPROTO_INET)
            return std::nullopt;
        ev.table = QString::fromUtf8(nftnl_rule_get_str(r.get(), NFTNL_RULE_TABLE));
        ev.chain = QString::fromUtf8(nftnl_rule_get_str(r.get(), NFTNL_RULE_CHAIN));
        ev.ruleId = detail::ruleComment(r.get());
        ev.kind = type == NFT_MSG_NEWRULE ? ChangeEvent::Kind::RuleAdded : ChangeEvent::Kind::RuleDeleted;
        return ev;
    }
    default:
        return std::nullopt;
    }
}

} // namespace

Monitor::Monitor(netlink::Socket sock)
    : m_sock(std::move(sock))
{
}

Result<Monitor> Monitor::open()
{
    // A `flush ruleset` of a large ruleset is a burst; room for it.
    auto sock = netlink::Socket::open(NETLINK_NETFILTER, {.nonblocking = true, .receiveBuffer = 4 * 1024 * 1024});
    if (!sock)
        return monitorError(sock.error().stage == netlink::Stage::Bind ? QStringLiteral("bind nftables monitor socket")
                                                                       : QStringLiteral("open nftables monitor socket"),
                            sock.error().error);
    if (auto joined = sock->join(NFNLGRP_NFTABLES); !joined)
        return monitorError(QStringLiteral("join NFNLGRP_NFTABLES"), joined.error().error);
    return Monitor(std::move(*sock));
}

int Monitor::fd() const
{
    return m_sock.fd();
}

void Monitor::take(const nlmsghdr *nlh, QList<ChangeEvent> &out)
{
    // nlmsg_pid of a notification is the portid of the socket that made
    // the change, not ours; the sender is the kernel (the socket checks).
    if (NFNL_SUBSYS_ID(nlh->nlmsg_type) != NFNL_SUBSYS_NFTABLES)
        return;
    const int type = NFNL_MSG_TYPE(nlh->nlmsg_type);
    if (type == NFT_MSG_NEWGEN) {
        // Closes a transaction and names who committed it.
        const detail::Generation gen = detail::generationOf(nlh);
        for (auto &p : m_pending) {
            p.pid = gen.pid;
            p.generation = gen.id.value_or(0);
        }
        out += m_pending;
        m_pending.clear();
        return;
    }
    // Only Byway's objects matter; foreign tables change as they like.
    if (auto ev = changeOf(nlh, type); ev && isBywayName(ev->table))
        m_pending.append(*ev);
}

Result<QList<ChangeEvent>> Monitor::readEvents()
{
    QList<ChangeEvent> out;
    for (;;) {
        auto datagram = m_sock.receive();
        if (!datagram) {
            const int err = datagram.error().error;
            if (err == EAGAIN)
                return out;
            m_pending.clear();
            return monitorError(QStringLiteral("nftables monitor"), err);
        }
        netlink::forEachMessage(*datagram, [&](const nlmsghdr *nlh) { take(nlh, out); });
    }
}

} // namespace byway::nft
