// SPDX-License-Identifier: GPL-3.0-or-later
// The netlink side: socket, batch transactions, requests and their replies.
#include "netfilter/netfilter.h"

#include "netfilter/nlrender.h"

#include "core/logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QtEndian>

#include <libnftnl/common.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netlink.h>

#include <sys/socket.h>
#include <sys/time.h>

#include <cerrno>
#include <cstring>
#include <array>
#include <vector>

namespace byway::nft {

using detail::Owned;

namespace {

// Each batch page is sent as one iovec; a message must fit in the overrun.
constexpr uint32_t kPageSize = 128 * 1024;
constexpr uint32_t kMaxMessage = 64 * 1024;
constexpr int kReplyTimeoutSec = 10;
constexpr size_t kRecvSize = 64 * 1024; // a dump datagram is at most ~32 KiB


std::unexpected<Error> kernelError(const QString &what, int err)
{
    Error e = Error::make(ErrorCode::KernelFailed,
                          QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(err))));
    e.sysErrno = err;
    qCDebug(lcNft).noquote() << "netlink error:" << e.message;
    return std::unexpected(e);
}

// The kernel's extended ack text (NLMSGERR_ATTR_MSG), if it gave one.
QString extackMessage(const nlmsghdr *nlh)
{
    if (!(nlh->nlmsg_flags & NLM_F_ACK_TLVS))
        return {};
    // NETLINK_CAP_ACK: the echoed request is its header only.
    const nlattr *tb[NLMSGERR_ATTR_MAX + 1] = {};
    mnl_attr_parse(nlh, sizeof(nlmsgerr), [](const nlattr *a, void *data) -> int {
        const auto type = mnl_attr_get_type(a);
        if (type <= NLMSGERR_ATTR_MAX)
            static_cast<const nlattr **>(data)[type] = a;
        return MNL_CB_OK;
    }, tb);
    if (!tb[NLMSGERR_ATTR_MSG] || mnl_attr_validate(tb[NLMSGERR_ATTR_MSG], MNL_TYPE_NUL_STRING) < 0)
        return {};
    return QString::fromUtf8(mnl_attr_get_str(tb[NLMSGERR_ATTR_MSG]));
}

QString familyName(quint32 f)
{
    switch (f) {
    case NFPROTO_INET: return QStringLiteral("inet");
    case NFPROTO_IPV4: return QStringLiteral("ip");
    case NFPROTO_IPV6: return QStringLiteral("ip6");
    case NFPROTO_ARP: return QStringLiteral("arp");
    case NFPROTO_BRIDGE: return QStringLiteral("bridge");
    case NFPROTO_NETDEV: return QStringLiteral("netdev");
    default: return QString::number(f);
    }
}

std::unexpected<Error> notOurs(const QString &table)
{
    return fail(ErrorCode::InvalidParams,
                QStringLiteral("table '%1' is not Byway's (names start with \"byway\")").arg(table),
                QStringLiteral("table"));
}

} // namespace

// One transaction under construction: BEGIN, messages, END in nftnl_batch
// pages, with what each message does so an error names its object.
struct Netfilter::Batch {
    Owned<nftnl_batch> pages{nftnl_batch_alloc(kPageSize, kMaxMessage)};
    quint32 firstSeq = 0;
    QStringList what;   // per message after BEGIN, by seq - firstSeq
};

void detail::SocketClose::operator()(mnl_socket *s) const
{
    mnl_socket_close(s);
}

Netfilter::Netfilter(std::unique_ptr<mnl_socket, detail::SocketClose> sock)
    : m_sock(std::move(sock))
    , m_portid(mnl_socket_get_portid(m_sock.get()))
    , m_seq(quint32(QDateTime::currentSecsSinceEpoch()))
{
}

Result<Netfilter> Netfilter::open()
{
    std::unique_ptr<mnl_socket, detail::SocketClose> sock(mnl_socket_open2(NETLINK_NETFILTER, SOCK_CLOEXEC));
    if (!sock)
        return kernelError(QStringLiteral("open netfilter netlink socket"), errno);
    if (mnl_socket_bind(sock.get(), 0, MNL_SOCKET_AUTOPID) < 0)
        return kernelError(QStringLiteral("bind netfilter netlink socket"), errno);
    // Errors echo only the failing message's header, plus the kernel's text.
    int on = 1;
    mnl_socket_setsockopt(sock.get(), NETLINK_CAP_ACK, &on, sizeof(on));
    mnl_socket_setsockopt(sock.get(), NETLINK_EXT_ACK, &on, sizeof(on));
    // A kernel that never answers must not hang the daemon.
    const timeval tv{kReplyTimeoutSec, 0};
    setsockopt(mnl_socket_get_fd(sock.get()), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
    return Netfilter(std::move(sock));
}

nlmsghdr *Netfilter::header(char *buf, quint16 type, quint16 family, quint16 flags)
{
    return nftnl_nlmsg_build_hdr(buf, type, family, flags | NLM_F_ACK, ++m_seq);
}

Result<void> Netfilter::commit(Batch &b)
{
    const quint32 endSeq = ++m_seq;
    nftnl_batch_end(static_cast<char *>(nftnl_batch_buffer(b.pages.get())), endSeq);
    nftnl_batch_update(b.pages.get());

    const int n = nftnl_batch_iovec_len(b.pages.get());
    std::vector<iovec> iov(static_cast<size_t>(n));
    nftnl_batch_iovec(b.pages.get(), iov.data(), quint32(n));
    size_t total = 0;
    for (const auto &v : iov)
        total += v.iov_len;

    // The kernel takes the whole batch as one datagram and queues one ack
    // per message before we read any: both buffers must hold all of it.
    const int fd = mnl_socket_get_fd(m_sock.get());
    const int sndbuf = int(total + 4096);
    const int rcvbuf = int(b.what.size()) * 1024 + 256 * 1024;
    if (setsockopt(fd, SOL_SOCKET, SO_SNDBUFFORCE, &sndbuf, sizeof(sndbuf)) < 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof(sndbuf));
    if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &rcvbuf, sizeof(rcvbuf)) < 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));

    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    msghdr msg{};
    msg.msg_name = &kernel;
    msg.msg_namelen = sizeof(kernel);
    msg.msg_iov = iov.data();
    msg.msg_iovlen = iov.size();
    if (sendmsg(fd, &msg, 0) < 0)
        return kernelError(QStringLiteral("send nftables batch (%1 bytes)").arg(total), errno);
    m_writes += quint64(b.what.size());

    // Every message has NLM_F_ACK, so the kernel answers each one, also
    // when it aborts the batch; the first error (by seq) is reported.
    qsizetype pending = b.what.size();
    int firstErr = 0;
    QString firstWhat;
    std::vector<char> buf(kRecvSize);
    while (pending > 0) {
        const ssize_t len = mnl_socket_recvfrom(m_sock.get(), buf.data(), buf.size());
        if (len < 0)
            return kernelError(QStringLiteral("read nftables batch acks"), errno);
        const auto *nlh = reinterpret_cast<const nlmsghdr *>(buf.data());
        int rest = int(len);
        for (; mnl_nlmsg_ok(nlh, rest); nlh = mnl_nlmsg_next(nlh, &rest)) {
            if (nlh->nlmsg_pid != m_portid || nlh->nlmsg_type != NLMSG_ERROR)
                continue;
            const auto *err = static_cast<const nlmsgerr *>(mnl_nlmsg_get_payload(nlh));
            if (nlh->nlmsg_seq == b.firstSeq - 1 || nlh->nlmsg_seq == endSeq) {
                // BEGIN or END refused (e.g. EPERM): nothing else will come.
                if (err->error)
                    return kernelError(QStringLiteral("nftables batch"), -err->error);
                continue;
            }
            const quint32 idx = nlh->nlmsg_seq - b.firstSeq;
            if (idx >= quint32(b.what.size()))
                continue; // a late answer to an earlier request
            --pending;
            if (err->error && !firstErr) {
                firstErr = -err->error;
                firstWhat = b.what.at(idx);
                if (const QString ext = extackMessage(nlh); !ext.isEmpty())
                    firstWhat += QStringLiteral(" (%1)").arg(ext);
            }
        }
    }
    if (firstErr)
        return kernelError(firstWhat, firstErr);
    return {};
}

Result<void> Netfilter::replace(const Table &t)
{
    if (!isBywayName(t.name))
        return notOurs(t.name);
    if (auto ok = validate(t); !ok)
        return ok;

    QElapsedTimer timer;
    timer.start();
    Batch b;
    const QByteArray name = t.name.toUtf8();
    nftnl_batch_begin(static_cast<char *>(nftnl_batch_buffer(b.pages.get())), ++m_seq);
    nftnl_batch_update(b.pages.get());
    b.firstSeq = m_seq + 1;
    auto put = [&](quint16 type, quint16 flags, const QString &what, auto build) {
        nlmsghdr *nlh = header(static_cast<char *>(nftnl_batch_buffer(b.pages.get())), type, NFPROTO_INET, flags);
        build(nlh);
        nftnl_batch_update(b.pages.get());
        b.what.append(what);
    };

    const auto table = detail::buildTable(t.name);
    // NEWTABLE without NLM_F_EXCL is a no-op on an existing table, so the
    // DELTABLE after it always finds one; it takes every chain and rule
    // with it. Then the new table is built. One commit: old or new, never both.
    put(NFT_MSG_NEWTABLE, NLM_F_CREATE, QStringLiteral("add table inet %1").arg(t.name),
        [&](nlmsghdr *nlh) { nftnl_table_nlmsg_build_payload(nlh, table.get()); });
    put(NFT_MSG_DELTABLE, 0, QStringLiteral("delete table inet %1").arg(t.name),
        [&](nlmsghdr *nlh) { nftnl_table_nlmsg_build_payload(nlh, table.get()); });
    put(NFT_MSG_NEWTABLE, NLM_F_CREATE, QStringLiteral("add table inet %1").arg(t.name),
        [&](nlmsghdr *nlh) { nftnl_table_nlmsg_build_payload(nlh, table.get()); });
    // Chains first: a jump refers to its target by name.
    for (const auto &c : t.chains) {
        const auto chain = detail::buildChain(t.name, c);
        put(NFT_MSG_NEWCHAIN, NLM_F_CREATE, QStringLiteral("add chain %1").arg(c.name),
            [&](nlmsghdr *nlh) { nftnl_chain_nlmsg_build_payload(nlh, chain.get()); });
    }
    for (const auto &c : t.chains) {
        for (const auto &r : c.rules) {
            const auto rule = detail::buildRule(t.name, c.name, r);
            put(NFT_MSG_NEWRULE, NLM_F_CREATE | NLM_F_APPEND,
                QStringLiteral("add rule '%1' in chain %2").arg(r.id, c.name),
                [&](nlmsghdr *nlh) { nftnl_rule_nlmsg_build_payload(nlh, rule.get()); });
        }
    }
    auto ok = commit(b);
    qCDebug(lcNft).noquote() << "replace table inet" << t.name << ":" << t.chains.size() << "chains,"
                             << t.ruleCount() << "rules," << b.what.size() << "messages in one batch,"
                             << (ok ? QStringLiteral("committed") : QStringLiteral("aborted")) << "in"
                             << timer.nsecsElapsed() / 1000 << "us";
    return ok;
}

Result<void> Netfilter::remove(const QString &name)
{
    if (!isBywayName(name))
        return notOurs(name);
    Batch b;
    nftnl_batch_begin(static_cast<char *>(nftnl_batch_buffer(b.pages.get())), ++m_seq);
    nftnl_batch_update(b.pages.get());
    b.firstSeq = m_seq + 1;
    const auto table = detail::buildTable(name);
    nlmsghdr *nlh = header(static_cast<char *>(nftnl_batch_buffer(b.pages.get())), NFT_MSG_DELTABLE, NFPROTO_INET, 0);
    nftnl_table_nlmsg_build_payload(nlh, table.get());
    nftnl_batch_update(b.pages.get());
    b.what.append(QStringLiteral("delete table inet %1").arg(name));
    auto ok = commit(b);
    // Removing what is already gone is success: the goal is "no table".
    if (!ok && ok.error().sysErrno == ENOENT) {
        qCDebug(lcNft).noquote() << "remove table inet" << name << ": not present";
        return {};
    }
    qCDebug(lcNft).noquote() << "remove table inet" << name << (ok ? ": done" : ": failed");
    return ok;
}

Result<void> Netfilter::request(nlmsghdr *req, const QString &what, const MsgFn &fn)
{
    if (mnl_socket_sendto(m_sock.get(), req, req->nlmsg_len) < 0)
        return kernelError(what, errno);
    const quint32 seq = req->nlmsg_seq;
    const bool dump = req->nlmsg_flags & NLM_F_DUMP;
    std::vector<char> buf(kRecvSize);
    for (;;) {
        const ssize_t len = mnl_socket_recvfrom(m_sock.get(), buf.data(), buf.size());
        if (len < 0)
            return kernelError(what, errno);
        const auto *nlh = reinterpret_cast<const nlmsghdr *>(buf.data());
        int rest = int(len);
        for (; mnl_nlmsg_ok(nlh, rest); nlh = mnl_nlmsg_next(nlh, &rest)) {
            // Late answers to an earlier request (after a timeout) are not ours.
            if (nlh->nlmsg_pid != m_portid || nlh->nlmsg_seq != seq)
                continue;
            if (nlh->nlmsg_type == NLMSG_DONE)
                return {};
            if (nlh->nlmsg_type == NLMSG_ERROR) {
                const int err = -static_cast<const nlmsgerr *>(mnl_nlmsg_get_payload(nlh))->error;
                if (err)
                    return kernelError(what, err);
                if (!dump)
                    return {}; // the ack after a get's reply
                continue;
            }
            fn(nlh);
        }
    }
}

Result<QList<TableRef>> Netfilter::listTables()
{
    std::array<char, detail::kRequestSize> buf{};
    nlmsghdr *nlh = header(buf.data(), NFT_MSG_GETTABLE, NFPROTO_UNSPEC, NLM_F_DUMP);
    QList<TableRef> out;
    auto ok = request(nlh, QStringLiteral("list nftables tables"), [&](const nlmsghdr *m) {
        Owned<nftnl_table> t(nftnl_table_alloc());
        if (nftnl_table_nlmsg_parse(m, t.get()) < 0)
            return;
        const quint32 family = nftnl_table_get_u32(t.get(), NFTNL_TABLE_FAMILY);
        const QString name = QString::fromUtf8(nftnl_table_get_str(t.get(), NFTNL_TABLE_NAME));
        out.append(TableRef{familyName(family), name, family == NFPROTO_INET && isBywayName(name)});
    });
    if (!ok)
        return std::unexpected(ok.error());
    return out;
}

Result<quint32> Netfilter::generation()
{
    std::array<char, detail::kRequestSize> buf{};
    nlmsghdr *nlh = header(buf.data(), NFT_MSG_GETGEN, NFPROTO_UNSPEC, 0);
    std::optional<quint32> id;
    auto ok = request(nlh, QStringLiteral("get nftables generation"), [&](const nlmsghdr *m) {
        if (NFNL_SUBSYS_ID(m->nlmsg_type) != NFNL_SUBSYS_NFTABLES || NFNL_MSG_TYPE(m->nlmsg_type) != NFT_MSG_NEWGEN)
            return;
        mnl_attr_parse(m, sizeof(nfgenmsg), [](const nlattr *a, void *data) -> int {
            if (mnl_attr_get_type(a) == NFTA_GEN_ID && mnl_attr_validate(a, MNL_TYPE_U32) >= 0)
                *static_cast<std::optional<quint32> *>(data) = qFromBigEndian(mnl_attr_get_u32(a));
            return MNL_CB_OK;
        }, &id);
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (!id)
        return fail(ErrorCode::KernelFailed, QStringLiteral("get nftables generation: no generation id in the reply"));
    return *id;
}

Result<Holds> Netfilter::holds(const Table &t)
{
    auto before = generation();
    if (!before)
        return std::unexpected(before.error());
    if (m_verified && m_verified->generation == *before && m_verified->table == t)
        return Holds::Same;
    m_verified.reset();
    auto live = read(t.name);
    if (!live)
        return std::unexpected(live.error());
    if (!*live)
        return Holds::Absent;
    if (!matches(**live, t))
        return Holds::Differs;
    // Trusted later only if no transaction slipped in while the dump ran.
    if (auto after = generation(); after && *after == *before)
        m_verified = Verified{*before, t};
    return Holds::Same;
}

Result<bool> Netfilter::ensure(const Table &t)
{
    auto held = holds(t);
    if (!held)
        return std::unexpected(held.error());
    if (*held == Holds::Same) {
        qCDebug(lcNft).noquote() << "table inet" << t.name << "already as wanted: no change";
        return false;
    }
    if (auto ok = replace(t); !ok)
        return std::unexpected(ok.error());
    return true;
}

} // namespace byway::nft
