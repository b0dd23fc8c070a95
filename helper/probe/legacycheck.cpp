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
        out << okFinding(QStringLiteral("legacy"), QStringLiteral("legacy.absent"), msg::Id("probe.legacy.absent"), {},
                         QStringLiteral("/proc/net/ip_tables_names and ip6_tables_names do not exist (ip_tables not "
                                        "loaded); nothing was opened, so nothing was loaded"));
        out << okFinding(QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.absent"),
                         msg::Id("probe.legacy.nat.absent"), {}, QStringLiteral("ip_tables not loaded"));
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
                          st.socketErr ? msg::Id("probe.legacy.unreadable.no_raw") : msg::Id("probe.legacy.unreadable"),
                          {}, ev + QStringLiteral("; ") + broken.join(u"; "), data);
    else if (names.isEmpty())
        out << okFinding(QStringLiteral("legacy"), QStringLiteral("legacy.none"), msg::Id("probe.legacy.none"), {}, ev,
                         data);
    else
        out << okFinding(QStringLiteral("legacy"), QStringLiteral("legacy.tables"), msg::Id("probe.legacy.tables"),
                         {{QStringLiteral("tables"), QJsonArray::fromStringList(names)}}, ev, data);

    const LegacyTable *nat = nullptr;
    for (const LegacyTable &t : st.tables)
        if (t.family == u"ip" && t.name == u"nat")
            nat = &t;
    if (!nat) {
        out << okFinding(QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.absent"),
                         msg::Id("probe.legacy.nat.absent"), {},
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
                          msg::Id("probe.legacy.nat.unreadable"), {},
                          QStringLiteral("IPT_SO_GET_INFO \"nat\" on a raw socket: %1").arg(errnoText(nat->err)), natData);
    else if (nat->err)
        out << badFinding(Finding::Status::Warn, QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.broken"),
                          msg::Id("probe.legacy.nat.broken"), {},
                          QStringLiteral("IPT_SO_GET_INFO/GET_ENTRIES \"nat\": %1").arg(errnoText(nat->err)), natData);
    else if (!custom.isEmpty())
        out << badFinding(Finding::Status::Warn, QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.custom_targets"),
                          msg::Id("probe.legacy.nat.custom_targets"),
                          {{QStringLiteral("targets"), QJsonArray::fromStringList(custom)}},
                          QStringLiteral("nat targets: %1").arg(nat->targets.join(u", ")), natData);
    else
        out << okFinding(QStringLiteral("legacy.nat"), QStringLiteral("legacy.nat.ok"), msg::Id("probe.legacy.nat.ok"),
                         {{QStringLiteral("entries"), nat->entries}},
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
                          msg::Id("probe.mixed.backends"),
                          {{QStringLiteral("legacy"), QJsonArray::fromStringList(legacyHits)},
                           {QStringLiteral("nftables"), QJsonArray::fromStringList(nftHits)}},
                          QStringLiteral("legacy (getsockopt) rules/policies on %1; nf_tables base chains on %2")
                              .arg(legacyHits.join(u", "), nftHits.join(u", ")),
                          data);
    } else if (onOurHooks) {
        out << badFinding(Finding::Status::Warn, QStringLiteral("mixed"), QStringLiteral("mixed.legacy_rules"),
                          msg::Id("probe.mixed.legacy_rules"), {{QStringLiteral("legacy"), QJsonArray::fromStringList(legacyHits)}},
                          QStringLiteral("legacy (getsockopt) rules/policies on %1; no nf_tables base chain there yet")
                              .arg(legacyHits.join(u", ")),
                          data);
    } else if (!unknown.isEmpty()) {
        out << badFinding(Finding::Status::Warn, QStringLiteral("mixed"), QStringLiteral("mixed.unknown"),
                          msg::Id("probe.mixed.unknown"), {{QStringLiteral("tables"), QJsonArray::fromStringList(unknown)}},
                          QStringLiteral("listed in /proc/net/ip*_tables_names, getsockopt refused"), data);
    } else {
        out << okFinding(QStringLiteral("mixed"), QStringLiteral("mixed.none"), msg::Id("probe.mixed.none"), {},
                         legacyHits.isEmpty() ? QStringLiteral("no legacy table has rules or a drop policy")
                                              : QStringLiteral("legacy rules on %1 only").arg(legacyHits.join(u", ")),
                         data);
    }
}

} // namespace byway::probe
