// SPDX-License-Identifier: GPL-3.0-or-later
// Byway's tables over the netlink foundation: batch transactions, gets and
// dumps, the ruleset generation.
#include "netfilter/netfilter.h"

#include "netfilter/nlrender.h"
#include "netlink/batch.h"

#include "core/logging.h"

#include <QElapsedTimer>

#include <libnftnl/common.h>
#include <linux/netfilter.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nf_tables.h>
#include <linux/netlink.h>

#include <array>
#include <cerrno>
#include <cstring>

namespace byway::nft {

using detail::Owned;

namespace {

// A kernel that never answers must not hang the daemon.
constexpr int kReplyTimeoutMs = 10'000;

std::unexpected<Error> kernelError(const QString &what, int err)
{
    Error e = Error::make(ErrorCode::KernelFailed,
                          QStringLiteral("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(err))));
    e.sysErrno = err;
    qCDebug(lcNft).noquote() << "netlink error:" << e.message;
    return std::unexpected(e);
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

// One transaction under construction, with what each message does so an
// error names its object.
struct Netfilter::Batch {
    explicit Batch(netlink::Socket &sock) : messages(sock) {}

    template <typename Build>
    void put(quint16 type, quint16 flags, const QString &text, Build build)
    {
        build(messages.add(type, NFPROTO_INET, flags));
        what.append(text);
    }

    netlink::Batch messages;
    QStringList what; // per message after BEGIN
};

Netfilter::Netfilter(netlink::Socket sock)
    : m_sock(std::move(sock))
{
}

Result<Netfilter> Netfilter::open()
{
    auto sock = netlink::Socket::open(NETLINK_NETFILTER, {.timeoutMs = kReplyTimeoutMs});
    if (!sock)
        return kernelError(sock.error().stage == netlink::Stage::Bind ? QStringLiteral("bind netfilter netlink socket")
                                                                      : QStringLiteral("open netfilter netlink socket"),
                           sock.error().error);
    return Netfilter(std::move(*sock));
}

nlmsghdr *Netfilter::header(char *buf, quint16 type, quint16 family, quint16 flags)
{
    // The socket sets the sequence number and NLM_F_ACK when it sends.
    return nftnl_nlmsg_build_hdr(buf, type, family, flags, 0);
}

Result<void> Netfilter::commit(Batch &b)
{
    auto done = b.messages.commit();
    if (done || done.error().stage != netlink::Stage::Send)
        m_writes += quint64(b.what.size());
    if (done)
        return {};
    const netlink::Failure &f = done.error();
    switch (f.stage) {
    case netlink::Stage::Send:
        return kernelError(QStringLiteral("send nftables batch (%1 bytes)").arg(b.messages.bytes()), f.error);
    case netlink::Stage::Receive:
        return kernelError(QStringLiteral("read nftables batch acks"), f.error);
    default:
        break;
    }
    if (f.index < 0 || f.index >= b.what.size())
        return kernelError(QStringLiteral("nftables batch"), f.error);
    QString what = b.what.at(f.index);
    if (!f.extack.empty())
        what += QStringLiteral(" (%1)").arg(QString::fromStdString(f.extack));
    return kernelError(what, f.error);
}

Result<void> Netfilter::replace(const Table &t)
{
    if (!isBywayName(t.name))
        return notOurs(t.name);
    if (auto ok = validate(t); !ok)
        return ok;

    QElapsedTimer timer;
    timer.start();
    Batch b(m_sock);
    const auto table = detail::buildTable(t.name);
    // NEWTABLE without NLM_F_EXCL is a no-op on an existing table, so the
    // DELTABLE after it always finds one; it takes every chain and rule
    // with it. Then the new table is built. One commit: old or new, never both.
    b.put(NFT_MSG_NEWTABLE, NLM_F_CREATE, QStringLiteral("add table inet %1").arg(t.name),
          [&](nlmsghdr *nlh) { nftnl_table_nlmsg_build_payload(nlh, table.get()); });
    b.put(NFT_MSG_DELTABLE, 0, QStringLiteral("delete table inet %1").arg(t.name),
          [&](nlmsghdr *nlh) { nftnl_table_nlmsg_build_payload(nlh, table.get()); });
    b.put(NFT_MSG_NEWTABLE, NLM_F_CREATE, QStringLiteral("add table inet %1").arg(t.name),
          [&](nlmsghdr *nlh) { nftnl_table_nlmsg_build_payload(nlh, table.get()); });
    // Chains first: a jump refers to its target by name.
    for (const auto &c : t.chains) {
        const auto chain = detail::buildChain(t.name, c);
        b.put(NFT_MSG_NEWCHAIN, NLM_F_CREATE, QStringLiteral("add chain %1").arg(c.name),
              [&](nlmsghdr *nlh) { nftnl_chain_nlmsg_build_payload(nlh, chain.get()); });
    }
    for (const auto &c : t.chains) {
        for (const auto &r : c.rules) {
            const auto rule = detail::buildRule(t.name, c.name, r);
            b.put(NFT_MSG_NEWRULE, NLM_F_CREATE | NLM_F_APPEND,
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
    Batch b(m_sock);
    const auto table = detail::buildTable(name);
    b.put(NFT_MSG_DELTABLE, 0, QStringLiteral("delete table inet %1").arg(name),
          [&](nlmsghdr *nlh) { nftnl_table_nlmsg_build_payload(nlh, table.get()); });
    auto ok = commit(b);
    // Removing what is already gone is success: the goal is "no table".
    if (!ok && ok.error().sysErrno == ENOENT) {
        qCDebug(lcNft).noquote() << "remove table inet" << name << ": not present";
        return {};
    }
    qCDebug(lcNft).noquote() << "remove table inet" << name << (ok ? ": done" : ": failed");
    return ok;
}

Result<void> Netfilter::request(nlmsghdr *req, const QString &what, const MsgFn &fn,
                                const std::function<void()> &restart)
{
    // Only GETs come here, so NLM_F_DUMP cannot be NEW's EXCL|REPLACE.
    auto done = (req->nlmsg_flags & NLM_F_DUMP) == NLM_F_DUMP ? m_sock.dump(req, fn, restart) : m_sock.request(req, fn);
    if (!done)
        return kernelError(what, done.error().error);
    return {};
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
    }, [&] { out.clear(); });
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
        if (const auto gen = detail::generationOf(m); gen.id)
            id = gen.id;
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
