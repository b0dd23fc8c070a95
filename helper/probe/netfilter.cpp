// SPDX-License-Identifier: GPL-3.0-or-later
// nf_tables verdicts: is the standard path there, and who else has base
// chains that would drop what Byway accepts.
#include "probe/internal.h"

#include <linux/netfilter.h>

#include <cerrno>

namespace byway::probe {

void checkNftables(Context &ctx, Findings &out)
{
    const NftState &st = ctx.nft();
    const bool admin = ctx.caps().netAdmin;
    if (st.err) {
        const QString ev = QStringLiteral("NFNETLINK %1 dump: %2; CAP_NET_ADMIN %3")
                               .arg(st.failedStep, errnoText(st.err), admin ? QStringLiteral("effective")
                                                                            : QStringLiteral("not effective"));
        if (st.err == EPERM || st.err == EACCES)
            out << badFinding(Finding::Status::Fail, QStringLiteral("nftables"), QStringLiteral("nft.denied"),
                              msg::Id("probe.nft.denied"), {}, ev);
        else if (st.err == EPROTONOSUPPORT || st.err == EOPNOTSUPP || st.err == ENOENT)
            out << badFinding(Finding::Status::Fail, QStringLiteral("nftables"), QStringLiteral("nft.unsupported"),
                              msg::Id("probe.nft.unsupported"), {}, ev);
        else
            out << badFinding(Finding::Status::Fail, QStringLiteral("nftables"), QStringLiteral("nft.error"),
                              msg::Id("probe.nft.error"), {}, ev);
        return;
    }
    int base = 0, rules = 0;
    QJsonArray tables;
    for (const NftTable &t : st.tables)
        tables << t.family + u' ' + t.name;
    for (const NftChain &c : st.chains) {
        base += c.base;
        rules += c.rules;
    }
    const QString ev = QStringLiteral("NFT_MSG_GETTABLE/GETCHAIN/GETRULE dumps answered: %1 tables, %2 chains (%3 base), "
                                      "%4 rules; CAP_NET_ADMIN effective, and nfnetlink checks that same capability "
                                      "for GETs and for change batches alike (nothing was created to test it)")
                           .arg(st.tables.size())
                           .arg(st.chains.size())
                           .arg(base)
                           .arg(rules);
    const QJsonObject data{{QStringLiteral("tables"), tables},
                           {QStringLiteral("chains"), static_cast<int>(st.chains.size())},
                           {QStringLiteral("baseChains"), base},
                           {QStringLiteral("rules"), rules},
                           {QStringLiteral("mayChange"), admin}};
    if (!admin) // cannot happen with a real kernel; keep the verdict honest anyway
        out << badFinding(Finding::Status::Fail, QStringLiteral("nftables"), QStringLiteral("nft.readonly"),
                          msg::Id("probe.nft.readonly"), {}, ev, data);
    else
        out << okFinding(QStringLiteral("nftables"), QStringLiteral("nft.ok"), msg::Id("probe.nft.ok"), {}, ev, data);
}

void checkForeign(Context &ctx, Findings &out)
{
    const NftState &nft = ctx.nft();
    const qsizetype before = out.size();
    for (const NftChain &c : nft.chains) {
        if (!c.base || isOurTable(c.table) || (c.hook != NF_INET_FORWARD && c.hook != NF_INET_POST_ROUTING))
            continue;
        if (c.family != u"ip" && c.family != u"ip6" && c.family != u"inet")
            continue;
        const QString where = QStringLiteral("%1 %2 chain %3 (hook %4, priority %5)")
                                  .arg(c.family, c.table, c.name, hookName(c.family, c.hook))
                                  .arg(c.prio);
        const QJsonObject data{{QStringLiteral("family"), c.family}, {QStringLiteral("table"), c.table},
                               {QStringLiteral("chain"), c.name},   {QStringLiteral("hook"), hookName(c.family, c.hook)},
                               {QStringLiteral("priority"), c.prio}, {QStringLiteral("policy"), c.policy == NF_DROP ? QStringLiteral("drop") : QStringLiteral("accept")},
                               {QStringLiteral("dropRules"), c.dropRules}};
        if (c.policy == NF_DROP)
            out << badFinding(Finding::Status::Warn, QStringLiteral("foreign"), QStringLiteral("foreign.policy_drop"),
                              msg::Id("probe.foreign.policy_drop"), {{QStringLiteral("where"), where}},
                              QStringLiteral("base chain %1: policy drop, %2 rules, %3 of them drop/reject")
                                  .arg(where).arg(c.rules).arg(c.dropRules),
                              data);
        else if (c.dropRules > 0)
            out << badFinding(Finding::Status::Warn, QStringLiteral("foreign"), QStringLiteral("foreign.drop_rules"),
                              msg::Id("probe.foreign.drop_rules"),
                              {{QStringLiteral("where"), where}, {QStringLiteral("count"), c.dropRules}},
                              QStringLiteral("base chain %1: %2 rules, %3 drop/reject").arg(where).arg(c.rules).arg(c.dropRules),
                              data);
    }
    // Legacy x_tables: Docker with legacy iptables sets filter FORWARD to drop.
    for (const LegacyTable &t : ctx.legacy().tables) {
        if (t.err || t.name != u"filter" || t.policy[NF_INET_FORWARD] != NF_DROP)
            continue;
        out << badFinding(Finding::Status::Warn, QStringLiteral("foreign"), QStringLiteral("foreign.legacy_policy_drop"),
                          msg::Id("probe.foreign.legacy_policy_drop"), {{QStringLiteral("family"), t.family}},
                          QStringLiteral("IPT_SO_GET_ENTRIES %1 filter: FORWARD policy DROP, %2 rules")
                              .arg(t.family).arg(t.rules[NF_INET_FORWARD]),
                          QJsonObject{{QStringLiteral("family"), t.family}, {QStringLiteral("table"), t.name},
                                      {QStringLiteral("chain"), QStringLiteral("FORWARD")}});
    }
    if (out.size() != before)
        return;
    if (nft.err)
        out << badFinding(Finding::Status::Skipped, QStringLiteral("foreign"), QStringLiteral("foreign.unknown"),
                          msg::Id("probe.foreign.unknown"), {},
                          QStringLiteral("nf_tables not readable (%1); legacy filter FORWARD not dropping")
                              .arg(errnoText(nft.err)));
    else
        out << okFinding(QStringLiteral("foreign"), QStringLiteral("foreign.none"), msg::Id("probe.foreign.none"), {},
                         QStringLiteral("no foreign base chain on forward/postrouting has policy drop or drop rules; "
                                        "legacy filter FORWARD not dropping"));
}

} // namespace byway::probe
