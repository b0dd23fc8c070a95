// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The nftables ruleset Byway wants, as plain data. The reconciler builds it
// from the config; Netfilter renders it to one netlink batch, toNftText()
// renders the same thing as `nft -f` text for config.plan, tests and benches.

#include "core/config/config.h"
#include "core/error.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace byway::nft {

// ct state bits as the kernel stores them (NF_CT_STATE_BIT()).
enum CtStateBit : quint32 {
    CtInvalid = 1u << 0,
    CtEstablished = 1u << 1,
    CtRelated = 1u << 2,
    CtNew = 1u << 3,
};

enum class MatchKind {
    IifName,  // name: exact, or "prefix*" (nft compares only the prefix bytes)
    OifName,
    IpSaddr,  // prefix (IPv4)
    IpDaddr,
    Ip6Saddr, // prefix (IPv6)
    Ip6Daddr,
    CtState,  // value: CtStateBit set, "any of"
    SkUid,    // value: uid of the local socket (output hooks only)
    SkGid,
    L4Proto,  // value: IP protocol number (6 tcp, 17 udp, 1 icmp, 58 ipv6-icmp)
    ThDport,  // value: port; needs an earlier `l4proto tcp|udp` in the rule
    TcpSyn,   // tcp flags & (syn|rst) == syn
    Mark,     // value/mask: meta mark & mask == value (mask 0xffffffff: plain compare)
};

struct Match {
    MatchKind kind = MatchKind::IifName;
    bool negate = false;   // iif/oif names, addresses, l4proto, ports, uid/gid, mark
    QString name;
    config::Prefix prefix;
    quint32 value = 0;
    quint32 mask = 0xffffffffu;

    [[nodiscard]] static Match iifname(const QString &n, bool neg = false);
    [[nodiscard]] static Match oifname(const QString &n, bool neg = false);
    [[nodiscard]] static Match saddr(const config::Prefix &p, bool neg = false); // ip or ip6 by family
    [[nodiscard]] static Match daddr(const config::Prefix &p, bool neg = false);
    [[nodiscard]] static Match ctState(quint32 bits);
    [[nodiscard]] static Match skuid(quint32 uid, bool neg = false);
    [[nodiscard]] static Match skgid(quint32 gid, bool neg = false);
    [[nodiscard]] static Match l4proto(quint8 proto, bool neg = false);
    [[nodiscard]] static Match dport(quint16 port, bool neg = false);
    [[nodiscard]] static Match tcpSyn();
    [[nodiscard]] static Match mark(quint32 value, quint32 mask = 0xffffffffu, bool neg = false);

    friend bool operator==(const Match &, const Match &) = default;
};

enum class StatementKind {
    Counter,     // count only, fall through to the next rule
    Accept,
    Drop,
    Return,
    Jump,        // chain: a regular chain of the same table
    Masquerade,
    Snat,        // address (IPv4 or IPv6)
    Dnat,        // address + port (port 0: keep the port)
    Redirect,    // port: to a local listener on the incoming address (DNS to a local resolver)
    SetMark,     // meta mark set meta mark & ~mask | value
    ClampMssPmtu,// tcp option maxseg size set rt mtu
    ClampMss,    // tcp option maxseg size set <mss>
};

struct Statement {
    StatementKind kind = StatementKind::Accept;
    QHostAddress address;
    quint16 port = 0;
    quint32 value = 0;         // mark value, or the fixed MSS
    quint32 mask = 0xffffffffu;
    QString chain;

    friend bool operator==(const Statement &, const Statement &) = default;
};

// Every rule carries a counter; `id` is stored in the rule's userdata (as the
// nft comment) so counters read back map to config paths.
struct Rule {
    QString id;
    QList<Match> matches;
    Statement statement;
    friend bool operator==(const Rule &, const Rule &) = default;
};

// type/hook empty: a regular chain (a jump target).
struct Chain {
    QString name;
    QString type;       // "filter" | "nat" | "route"
    QString hook;       // "prerouting" | "input" | "forward" | "output" | "postrouting"
    int priority = 0;
    bool policyAccept = true;
    QList<Rule> rules;
    [[nodiscard]] bool isBase() const { return !hook.isEmpty(); }
    friend bool operator==(const Chain &, const Chain &) = default;
};

// Always family inet.
struct Table {
    QString name;
    QList<Chain> chains;
    [[nodiscard]] int ruleCount() const;
    friend bool operator==(const Table &, const Table &) = default;
};

[[nodiscard]] bool isBywayName(const QString &table);

// Structure checks the IR needs before rendering (names, lengths, address
// families, jump targets, dependencies). Which statements a hook allows is
// left to the kernel, which checks it authoritatively inside the batch.
[[nodiscard]] Result<void> validate(const Table &t);

// Hook name <-> NF_INET_* number; -1 if unknown.
[[nodiscard]] int hookNumber(const QString &hook);
[[nodiscard]] QString hookName(int num);

[[nodiscard]] QJsonObject toJson(const Table &t);
[[nodiscard]] Result<Table> tableFromJson(const QJsonObject &o);

// A digest of the IR (all fields); stable across runs and processes.
[[nodiscard]] QByteArray fingerprint(const Table &t);

} // namespace byway::nft
