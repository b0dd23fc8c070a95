// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Byway's nftables tables through libnftnl/libmnl: atomic replace, remove,
// read back with counters, and the comparison that lets the reconciler skip
// a no-change apply without a single netlink write.

#include "netfilter/ruleset.h"
#include "netlink/socket.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace byway::nft {

struct ChainState {
    QString name;
    QString type;      // empty for a regular chain
    QString hook;
    int priority = 0;
    bool policyAccept = true;
    quint64 handle = 0;
    friend bool operator==(const ChainState &, const ChainState &) = default;
};

struct RuleState {
    QString chain;
    QString id;               // from the userdata comment; empty for a rule Byway did not write
    quint64 handle = 0;
    quint64 packets = 0;
    quint64 bytes = 0;
    QByteArray fingerprint;   // of the live expressions, counter values left out
};

struct TableState {
    QString name;
    QList<ChainState> chains; // kernel order
    QList<RuleState> rules;   // chain by chain, in rule order
};

struct TableRef {
    QString family;           // "inet", "ip", "ip6", "arp", "bridge", "netdev"
    QString name;
    bool byway = false;       // name starts with "byway" (ours only in family inet)
    friend bool operator==(const TableRef &, const TableRef &) = default;
};

// True when the kernel's table has exactly the IR's chains (type, hook,
// priority, policy) and, per chain, exactly its rules in order with the
// same ids and the same expressions. Pure: no netlink.
[[nodiscard]] bool matches(const TableState &live, const Table &want);

// What the kernel holds compared with a wanted table.
enum class Holds { Absent, Differs, Same };

class Netfilter {
public:
    // Opens a NETLINK_NETFILTER socket (SOCK_CLOEXEC).
    [[nodiscard]] static Result<Netfilter> open();

    // Replaces the table in one batch: add (no-op if present), delete, add
    // with all chains and rules. The kernel commits all or nothing.
    [[nodiscard]] Result<void> replace(const Table &t);
    // Deletes the table; an absent table is not an error.
    [[nodiscard]] Result<void> remove(const QString &table);
    // std::nullopt when the table does not exist.
    [[nodiscard]] Result<std::optional<TableState>> read(const QString &table);
    [[nodiscard]] Result<QList<TableRef>> listTables();
    // read -> matches -> replace only if different. true if it wrote.
    [[nodiscard]] Result<bool> ensure(const Table &t);

    // The ruleset generation: the kernel bumps it on every committed
    // nftables transaction, whoever commits it.
    [[nodiscard]] Result<quint32> generation();
    // Whether the kernel holds exactly `t`. A match is remembered with the
    // generation it was seen at (unchanged across the dump), so asking again
    // while nobody committed anything costs one tiny request, not a dump.
    [[nodiscard]] Result<Holds> holds(const Table &t);

    // Netlink messages that change kernel state sent through this object
    // (batch BEGIN/END not counted). For tests and benches.
    [[nodiscard]] quint64 writes() const { return m_writes; }

private:
    explicit Netfilter(netlink::Socket sock);

    struct Batch;
    [[nodiscard]] Result<void> commit(Batch &b);
    using MsgFn = netlink::MessageFn;
    // One request: a dump (NLM_F_DUMP; `restart` forgets what `fn` collected
    // when the kernel interrupts it) or a get; calls `fn` per reply.
    [[nodiscard]] Result<void> request(nlmsghdr *req, const QString &what, const MsgFn &fn,
                                       const std::function<void()> &restart = {});
    [[nodiscard]] static nlmsghdr *header(char *buf, quint16 type, quint16 family, quint16 flags);

    netlink::Socket m_sock;
    quint64 m_writes = 0;
    struct Verified {
        quint32 generation = 0;
        Table table;
    };
    std::optional<Verified> m_verified;
};

} // namespace byway::nft
