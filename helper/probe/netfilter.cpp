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
                              QStringLiteral("nf_tables refuses us"), ev,
                              QStringLiteral("No standard path: no DNAT to the proxy, no masquerade, no forward rules."),
                              QStringLiteral("Give bywayd CAP_NET_ADMIN in this network namespace (container: "
                                             "--cap-add NET_ADMIN)."));
        else if (st.err == EPROTONOSUPPORT || st.err == EOPNOTSUPP || st.err == ENOENT)
            out << badFinding(Finding::Status::Fail, QStringLiteral("nftables"), QStringLiteral("nft.unsupported"),
                              QStringLiteral("This kernel has no nf_tables"), ev,
                              QStringLiteral("No standard path; Byway falls back to capture (Compat) if it can."),
                              QStringLiteral("Use a kernel with CONFIG_NF_TABLES (and nft_nat, nft_masq), or load "
                                             "nf_tables on the host."));
        else
            out << badFinding(Finding::Status::Fail, QStringLiteral("nftables"), QStringLiteral("nft.error"),
                              QStringLiteral("nf_tables could not be listed"), ev,
                              QStringLiteral("No standard path while this persists."),
                              QStringLiteral("See the kernel log; retry the probe."));
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
                          QStringLiteral("nf_tables readable but CAP_NET_ADMIN is not effective"), ev,
                          QStringLiteral("Changes would be refused: no standard path."),
                          QStringLiteral("Give bywayd CAP_NET_ADMIN."), data);
    else
        out << okFinding(QStringLiteral("nftables"), QStringLiteral("nft.ok"),
                         QStringLiteral("nf_tables usable and changeable"), ev, data);
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
                              QStringLiteral("Our accept is overridden: %1 has policy drop").arg(where),
                              QStringLiteral("base chain %1: policy drop, %2 rules, %3 of them drop/reject")
                                  .arg(where).arg(c.rules).arg(c.dropRules),
                              QStringLiteral("An accept in Byway's table ends only Byway's chain; this chain still "
                                             "sees the packet and drops whatever it does not accept itself."),
                              QStringLiteral("Allow the traffic in that chain (Docker: a rule in DOCKER-USER; "
                                             "firewalld: a policy or zone for the LAN/VPN interfaces; fw4: a forwarding "
                                             "rule for the zone), or let its owner accept it."),
                              data);
        else if (c.dropRules > 0)
            out << badFinding(Finding::Status::Warn, QStringLiteral("foreign"), QStringLiteral("foreign.drop_rules"),
                              QStringLiteral("%1 has %2 drop/reject rule(s) that can override our accept").arg(where).arg(c.dropRules),
                              QStringLiteral("base chain %1: %2 rules, %3 drop/reject").arg(where).arg(c.rules).arg(c.dropRules),
                              QStringLiteral("Packets Byway accepts can still be dropped there."),
                              QStringLiteral("Check that chain's drop rules do not match Byway's pools and interfaces."),
                              data);
    }
    // Legacy x_tables: Docker with legacy iptables sets filter FORWARD to drop.
    for (const LegacyTable &t : ctx.legacy().tables) {
        if (t.err || t.name != u"filter" || t.policy[NF_INET_FORWARD] != NF_DROP)
            continue;
        out << badFinding(Finding::Status::Warn, QStringLiteral("foreign"), QStringLiteral("foreign.legacy_policy_drop"),
                          QStringLiteral("Our accept is overridden: legacy %1 filter FORWARD has policy drop").arg(t.family),
                          QStringLiteral("IPT_SO_GET_ENTRIES %1 filter: FORWARD policy DROP, %2 rules")
                              .arg(t.family).arg(t.rules[NF_INET_FORWARD]),
                          QStringLiteral("Forwarded traffic is dropped by the legacy table whatever Byway accepts."),
                          QStringLiteral("Add an accept for Byway's traffic in the legacy FORWARD chain (Docker: "
                                         "DOCKER-USER), or remove the legacy rules."),
                          QJsonObject{{QStringLiteral("family"), t.family}, {QStringLiteral("table"), t.name},
                                      {QStringLiteral("chain"), QStringLiteral("FORWARD")}});
    }
    if (out.size() != before)
        return;
    if (nft.err)
        out << badFinding(Finding::Status::Skipped, QStringLiteral("foreign"), QStringLiteral("foreign.unknown"),
                          QStringLiteral("Foreign nf_tables chains could not be checked"),
                          QStringLiteral("nf_tables not readable (%1); legacy filter FORWARD not dropping")
                              .arg(errnoText(nft.err)),
                          QStringLiteral("A foreign drop on forward/postrouting would go unnoticed."),
                          QStringLiteral("Fix the nftables finding first."));
    else
        out << okFinding(QStringLiteral("foreign"), QStringLiteral("foreign.none"),
                         QStringLiteral("No foreign drops on forward/postrouting"),
                         QStringLiteral("no foreign base chain on forward/postrouting has policy drop or drop rules; "
                                        "legacy filter FORWARD not dropping"));
}

} // namespace byway::probe
