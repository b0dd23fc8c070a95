// SPDX-License-Identifier: GPL-3.0-or-later
// Verdicts on the legacy tables: what is there, whether the nat table is
// usable (the router-system test of the field notes, without instantiating
// anything), and whether legacy and nf_tables hook the same places.
#include "probe/internal.h"

#include <linux/netfilter.h>

#include <cerrno>

namespace byway::probe {

namespace {

bool knownTarget(const QString &t)
{
    static const QStringList known = {
        QStringLiteral("ACCEPT"), QStringLiteral("DROP"), QStringLiteral("RETURN"), QStringLiteral("MASQUERADE"),
        QStringLiteral("SNAT"), QStringLiteral("DNAT"), QStringLiteral("REDIRECT"), QStringLiteral("REJECT"),
        QStringLiteral("LOG"), QStringLiteral("MARK"), QStringLiteral("CONNMARK"), QStringLiteral("TCPMSS"),
        QStringLiteral("TPROXY"), QStringLiteral("NFLOG"), QStringLiteral("NFQUEUE"), QStringLiteral("CT"),
        QStringLiteral("NOTRACK"), QStringLiteral("CLASSIFY"), QStringLiteral("DSCP"), QStringLiteral("TOS"),
        QStringLiteral("TTL"), QStringLiteral("HL"), QStringLiteral("ECN"), QStringLiteral("CHECKSUM"),
        QStringLiteral("NETMAP"), QStringLiteral("TEE"), QStringLiteral("TRACE"), QStringLiteral("SET"),
        QStringLiteral("AUDIT"), QStringLiteral("IDLETIMER"), QStringLiteral("LED"), QStringLiteral("SECMARK"),
        QStringLiteral("CONNSECMARK"), QStringLiteral("CLUSTERIP"), QStringLiteral("SYNPROXY"),
        QStringLiteral("HMARK"), QStringLiteral("RATEEST"), QStringLiteral("TCPOPTSTRIP"), QStringLiteral("ULOG"),
    };
    return known.contains(t);
}

// Hooks on which a legacy table acts: rules in the builtin chain, or a
// policy other than ACCEPT.
QList<int> activeHooks(const LegacyTable &t)
{
    QList<int> hooks;
    for (int h = 0; h < kHooks; ++h)
        if ((t.validHooks & (1U << h)) && (t.rules[h] > 0 || t.policy[h] == NF_DROP))
            hooks << h;
    return hooks;
}

QJsonObject tableJson(const LegacyTable &t)
{
    QJsonObject hooks;
    for (int h = 0; h < kHooks; ++h)
        if (t.validHooks & (1U << h))
            hooks.insert(hookName(t.family, h),
                         QJsonObject{{QStringLiteral("rules"), t.rules[h]},
                                     {QStringLiteral("policy"), t.policy[h] == NF_DROP ? QStringLiteral("drop")
                                                                : t.policy[h] == NF_ACCEPT ? QStringLiteral("accept")
                                                                                           : QStringLiteral("?")}});
    QJsonObject o{{QStringLiteral("family"), t.family}, {QStringLiteral("name"), t.name},
                  {QStringLiteral("hooks"), hooks}, {QStringLiteral("entries"), t.entries},
                  {QStringLiteral("userChains"), QJsonArray::fromStringList(t.userChains)},
                  {QStringLiteral("targets"), QJsonArray::fromStringList(t.targets)}};
    if (t.err)
        o.insert(QStringLiteral("error"), errnoText(t.err));
    return o;
}

} // namespace

void checkLegacy(Context &ctx, Findings &out)
{
    const LegacyState &st = ctx.legacy();
    if (!st.v4Listed && !st.v6Listed) {
        out << okFinding(QStringLiteral("legacy"), QStringLiteral("legacy.absent"),
                         QStringLiteral("No legacy iptables in this namespace"),
                         QStringLiteral("/proc/net/ip_tables_names and ip6_tables_names do not exist (ip_tables not "
                                        "loaded); nothing was opened, so nothing was loaded"));
        out << okFinding(QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.absent"),
                         QStringLiteral("No legacy nat table (not needed: Byway speaks nf_tables)"),
                         QStringLiteral("ip_tables not loaded"));
        return;
    }
    QJsonArray tables;
    QStringList names, broken;
    for (const LegacyTable &t : st.tables) {
        tables << tableJson(t);
        names << t.family + u' ' + t.name;
        if (t.err)
            broken << QStringLiteral("%1 %2: %3").arg(t.family, t.name, errnoText(t.err));
    }
    const QString ev = QStringLiteral("/proc/net/ip_tables_names: %1; ip6_tables_names: %2; read with "
                                      "IPT_SO_GET_INFO/GET_ENTRIES: %3")
                           .arg(st.v4Listed ? QStringLiteral("present") : QStringLiteral("absent"),
                                st.v6Listed ? QStringLiteral("present") : QStringLiteral("absent"),
                                names.isEmpty() ? QStringLiteral("no tables") : names.join(u", "));
    const QJsonObject data{{QStringLiteral("tables"), tables}};
    if (!broken.isEmpty())
        out << badFinding(Finding::Status::Warn, QStringLiteral("legacy"), QStringLiteral("legacy.unreadable"),
                          QStringLiteral("Legacy iptables tables exist but could not be read"),
                          ev + QStringLiteral("; ") + broken.join(u"; "),
                          QStringLiteral("Rules in them cannot be checked for conflicts with Byway's nf_tables rules."),
                          st.socketErr ? QStringLiteral("Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN.")
                                       : QStringLiteral("Check the kernel log; the x_tables interface refused the read."),
                          data);
    else
        out << okFinding(QStringLiteral("legacy"), names.isEmpty() ? QStringLiteral("legacy.none") : QStringLiteral("legacy.tables"),
                         names.isEmpty() ? QStringLiteral("ip_tables loaded, no legacy tables instantiated")
                                         : QStringLiteral("Legacy tables read: %1").arg(names.join(u", ")),
                         ev, data);

    const LegacyTable *nat = nullptr;
    for (const LegacyTable &t : st.tables)
        if (t.family == u"ip" && t.name == u"nat")
            nat = &t;
    if (!nat) {
        out << okFinding(QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.absent"),
                         QStringLiteral("No legacy nat table (not needed: Byway speaks nf_tables)"),
                         QStringLiteral("\"nat\" not in /proc/net/ip_tables_names; deliberately not opened, since "
                                        "IPT_SO_GET_INFO would instantiate it"));
        return;
    }
    QStringList custom;
    for (const QString &t : nat->targets)
        if (!knownTarget(t))
            custom << t;
    const QJsonObject natData = tableJson(*nat);
    if (nat->err == EPERM || nat->err == EACCES || st.socketErr)
        out << badFinding(Finding::Status::Warn, QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.unreadable"),
                          QStringLiteral("The legacy nat table exists but we may not read it"),
                          QStringLiteral("IPT_SO_GET_INFO \"nat\" on a raw socket: %1").arg(errnoText(nat->err)),
                          QStringLiteral("Legacy NAT rules cannot be checked against Byway's."),
                          QStringLiteral("Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN (x_tables reads)."),
                          natData);
    else if (nat->err)
        out << badFinding(Finding::Status::Warn, QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.broken"),
                          QStringLiteral("The legacy nat table exists but cannot be read"),
                          QStringLiteral("IPT_SO_GET_INFO/GET_ENTRIES \"nat\": %1").arg(errnoText(nat->err)),
                          QStringLiteral("Tools relying on iptables-legacy -t nat (the field's auto-detection) fail "
                                         "here; Byway does not use it."),
                          QStringLiteral("Nothing to do for Byway; other tools on this box need a working legacy nat."),
                          natData);
    else if (!custom.isEmpty())
        out << badFinding(Finding::Status::Warn, QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.custom_targets"),
                          QStringLiteral("The legacy nat table uses targets stock iptables cannot parse: %1").arg(custom.join(u", ")),
                          QStringLiteral("nat targets: %1").arg(nat->targets.join(u", ")),
                          QStringLiteral("iptables-legacy -t nat -L fails on this kernel (router-system kernel); "
                                         "tools that test it conclude iptables is unusable."),
                          QStringLiteral("Nothing to do for Byway: it uses nf_tables, or the compat capture."), natData);
    else
        out << okFinding(QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.ok"),
                         QStringLiteral("Legacy nat table readable (%1 entries)").arg(nat->entries),
                         QStringLiteral("IPT_SO_GET_ENTRIES \"nat\": %1 entries, targets %2")
                             .arg(nat->entries)
                             .arg(nat->targets.join(u", ")),
                         natData);
}

void checkMixed(Context &ctx, Findings &out)
{
    const LegacyState &legacy = ctx.legacy();
    const NftState &nft = ctx.nft();
    QStringList legacyHits, nftHits, unknown;
    QJsonArray pairs;
    bool onOurHooks = false;
    for (const LegacyTable &t : legacy.tables) {
        if (t.err) {
            unknown << t.family + u' ' + t.name;
            continue;
        }
        for (int h : activeHooks(t)) {
            const QString where = QStringLiteral("%1 %2 %3").arg(t.family, t.name, hookName(t.family, h));
            legacyHits << where;
            // Byway hooks forward, postrouting and prerouting (DNAT).
            if (h == NF_INET_FORWARD || h == NF_INET_POST_ROUTING || h == NF_INET_PRE_ROUTING)
                onOurHooks = true;
            for (const NftChain &c : nft.chains) {
                if (!c.base || c.hook != h || (c.family != t.family && c.family != u"inet"))
                    continue;
                const QString n = QStringLiteral("%1 %2 %3 (%4)").arg(c.family, c.table, c.name, hookName(c.family, h));
                if (!nftHits.contains(n))
                    nftHits << n;
                pairs << QJsonObject{{QStringLiteral("legacy"), where}, {QStringLiteral("nftables"), n}};
            }
        }
    }
    const QJsonObject data{{QStringLiteral("legacy"), QJsonArray::fromStringList(legacyHits)},
                           {QStringLiteral("nftables"), QJsonArray::fromStringList(nftHits)},
                           {QStringLiteral("pairs"), pairs}};
    if (!pairs.isEmpty()) {
        out << badFinding(Finding::Status::Warn, QStringLiteral("mixed"), QStringLiteral("mixed.backends"),
                          QStringLiteral("Legacy iptables and nf_tables both act on the same hooks: %1 beside %2")
                              .arg(legacyHits.join(u", "), nftHits.join(u", ")),
                          QStringLiteral("legacy (getsockopt) rules/policies on %1; nf_tables base chains on %2")
                              .arg(legacyHits.join(u", "), nftHits.join(u", ")),
                          QStringLiteral("Both rule sets run on every packet; a drop or NAT in one is invisible to "
                                         "the tools of the other: clients connect but nothing is forwarded."),
                          QStringLiteral("Use one backend: remove the legacy rules (iptables-legacy -F -t <table>) or "
                                         "switch the tool that writes them to iptables-nft; in a container, do not "
                                         "share the host's network namespace with a legacy-iptables image."),
                          data);
    } else if (onOurHooks) {
        out << badFinding(Finding::Status::Warn, QStringLiteral("mixed"), QStringLiteral("mixed.legacy_rules"),
                          QStringLiteral("Legacy iptables rules sit on hooks Byway will use: %1").arg(legacyHits.join(u", ")),
                          QStringLiteral("legacy (getsockopt) rules/policies on %1; no nf_tables base chain there yet")
                              .arg(legacyHits.join(u", ")),
                          QStringLiteral("Once Byway's nf_tables chains are in, packets pass both; a legacy drop or "
                                         "NAT overrides Byway silently."),
                          QStringLiteral("Move those rules to nf_tables (iptables-nft) or remove them."), data);
    } else if (!unknown.isEmpty()) {
        out << badFinding(Finding::Status::Warn, QStringLiteral("mixed"), QStringLiteral("mixed.unknown"),
                          QStringLiteral("Legacy tables exist but could not be read: %1").arg(unknown.join(u", ")),
                          QStringLiteral("listed in /proc/net/ip*_tables_names, getsockopt refused"),
                          QStringLiteral("A mixed-backend conflict cannot be ruled out."),
                          QStringLiteral("Give bywayd CAP_NET_RAW and CAP_NET_ADMIN."), data);
    } else {
        out << okFinding(QStringLiteral("mixed"), QStringLiteral("mixed.none"),
                         QStringLiteral("No legacy iptables rules beside nf_tables"),
                         legacyHits.isEmpty() ? QStringLiteral("no legacy table has rules or a drop policy")
                                              : QStringLiteral("legacy rules on %1 only").arg(legacyHits.join(u", ")),
                         data);
    }
}

} // namespace byway::probe
