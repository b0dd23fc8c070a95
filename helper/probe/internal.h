// SPDX-License-Identifier: GPL-3.0-or-later
// Shared between the probe's check families; not part of the public API.
// One Context per run(): what several checks need (the nf_tables dump, the
// legacy tables, capabilities, FIB rules) is read once, on first use.
#pragma once

#include "probe/probe.h"

#include "core/messages/messages.h"

#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace byway::probe {

// ---- raw state read from the kernel ------------------------------------

struct Caps {
    int err = 0; // errno of capget, 0 when read
    quint64 effective = 0;
    quint64 permitted = 0;
    bool netAdmin = false; // effective AND valid for this network namespace
    bool netRaw = false;
    bool foreignUserns = false; // the netns belongs to a user namespace our caps do not reach
    QString usernsEvidence;
};

struct NftTable {
    QString family, name;
    quint32 flags = 0;
};

struct NftChain {
    QString family, table, name, type;
    bool base = false;
    int hook = -1;      // NF_INET_* (or NF_NETDEV_*) when base
    int prio = 0;
    int policy = -1;    // NF_DROP 0 / NF_ACCEPT 1 when base
    int rules = 0;
    int dropRules = 0;  // rules ending in drop or reject
};

struct NftState {
    int err = 0;                // errno of the first failed dump, 0 = all read
    QString failedStep;         // "tables" / "chains" / "rules"
    QList<NftTable> tables;
    QList<NftChain> chains;
    struct MarkSet { quint32 mark; QString where; };
    QList<MarkSet> marksSet;    // constant values written by "meta mark set", and where
};

// How long a netlink request of the probe waits for the kernel's answer: a
// silent kernel must not hang the probe.
inline constexpr int kNetlinkTimeoutMs = 2000;

inline constexpr int kHooks = 5; // NF_INET_PRE_ROUTING .. NF_INET_POST_ROUTING

struct LegacyTable {
    QString family; // "ip" or "ip6"
    QString name;
    int err = 0;    // errno of IPT_SO_GET_INFO/GET_ENTRIES, 0 when read
    quint32 validHooks = 0;
    std::array<int, kHooks> rules{};    // rules in each builtin chain
    std::array<int, kHooks> policy{};   // NF_DROP 0 / NF_ACCEPT 1 / -1 unknown
    QStringList userChains;
    QStringList targets;                // distinct target names used
    int entries = 0;
};

struct LegacyState {
    bool v4Listed = false; // /proc/net/ip_tables_names exists
    bool v6Listed = false;
    int socketErr = 0;     // errno creating the raw socket (needs NET_RAW)
    QList<LegacyTable> tables;
};

struct FibRule {
    int family = 0;
    quint32 priority = 0, table = 0, mark = 0, mask = 0;
    int action = 0;
    QString iif, oif;
    bool hasMark = false;
    quint8 protocol = 0; // FRA_PROTOCOL: who added it (183 = Byway)
};

struct RuleState {
    int err = 0;
    QList<FibRule> rules;
};

class Context {
public:
    explicit Context(const Options &o) : options(o) {}
    const Options &options;

    const Caps &caps();
    const NftState &nft();
    const LegacyState &legacy();
    const RuleState &fibRules();

    // Reachability answers by "target|exit", so the ipv6 check reuses what
    // the reach check already measured: {errno, rtt us, method}.
    struct ProbeResult { int err; qint64 rttUs; QString method; };
    QHash<QString, ProbeResult> probeCache;

private:
    std::optional<Caps> m_caps;
    std::optional<NftState> m_nft;
    std::optional<LegacyState> m_legacy;
    std::optional<RuleState> m_rules;
};

// Readers behind the Context (one per family file).
[[nodiscard]] Caps readCaps();
[[nodiscard]] NftState readNft();
[[nodiscard]] LegacyState readLegacy();
[[nodiscard]] RuleState readFibRules();

// ---- checks: each appends its findings ---------------------------------

using Findings = QList<Finding>;
void checkCaps(Context &, Findings &);
void checkNftables(Context &, Findings &);
void checkLegacy(Context &, Findings &);
void checkMixed(Context &, Findings &);
void checkForeign(Context &, Findings &);
void checkTun(Context &, Findings &);
void checkPacket(Context &, Findings &);
void checkNetns(Context &, Findings &);
void checkSysctl(Context &, Findings &);
void checkFibRules(Context &, Findings &);
void checkXfrm(Context &, Findings &);
void checkPpp(Context &, Findings &);
void checkOwners(Context &, Findings &);
void checkGateway(Context &, Findings &);
void checkReach(Context &, Findings &);
void checkIpv6(Context &, Findings &);
void checkPmtu(Context &, Findings &);

// ---- helpers -----------------------------------------------------------

// A finding's words come from its message id (core/messages, probe area)
// filled with `args`; only the evidence is written here. Call with a literal
// msg::Id with a literal id, so tst_messages finds every id the probe emits.
[[nodiscard]] Finding okFinding(QString check, QString code, msg::Id id, QJsonObject args, QString evidence,
                                QJsonObject data = {});
[[nodiscard]] Finding badFinding(Finding::Status status, QString check, QString code, msg::Id id, QJsonObject args,
                                 QString evidence, QJsonObject data = {});
[[nodiscard]] QString errnoText(int err); // "EPERM (Operation not permitted)"
[[nodiscard]] QString nfFamilyName(int family);
[[nodiscard]] QString hookName(const QString &family, int hook);
[[nodiscard]] bool isOurTable(const QString &name); // byway*
// Contents of a small /proc or /sys file, trimmed; nullopt if unreadable.
[[nodiscard]] std::optional<QByteArray> readSmallFile(const char *path, int *err = nullptr);

// Owner heuristics (owners.cpp), exposed for unit tests. Empty = not known.
[[nodiscard]] QString ownerOfTable(const QString &family, const QString &table);
[[nodiscard]] QString ownerOfChain(const QString &chain);
[[nodiscard]] QString ownerOfRule(const FibRule &r); // "system" / "unknown" when no pattern fits

// The legacy entry blob parser, exposed for unit tests.
struct LegacyInfo {
    quint32 validHooks = 0;
    std::array<quint32, kHooks> hookEntry{};
    std::array<quint32, kHooks> underflow{};
};
void parseLegacyEntries(const LegacyInfo &info, const char *blob, size_t size, LegacyTable &out);

} // namespace byway::probe
