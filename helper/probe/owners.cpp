// SPDX-License-Identifier: GPL-3.0-or-later
// Who else holds parts of the ruleset and routing, and which marks, tables
// and rule priorities they use, so Byway's allocations never collide.
#include "probe/internal.h"

#include <QSet>

#include <sys/socket.h>

namespace byway::probe {

QString ownerOfTable(const QString &family, const QString &table)
{
    if (isOurTable(table))
        return QStringLiteral("byway");
    if (table == u"firewalld")
        return QStringLiteral("firewalld");
    if (table == u"fw4")
        return QStringLiteral("fw4");
    if (table.startsWith(u"docker"))
        return QStringLiteral("docker");
    if (table == u"netavark")
        return QStringLiteral("netavark");
    if (table.startsWith(u"kube"))
        return QStringLiteral("kubernetes");
    if (table.startsWith(u"sing-box") || table.startsWith(u"sing_box"))
        return QStringLiteral("sing-box");
    if (table == u"clash" || table == u"mihomo")
        return QStringLiteral("clash");
    if (table == u"pbr")
        return QStringLiteral("pbr");
    if ((family == u"ip" || family == u"ip6")
        && (table == u"filter" || table == u"nat" || table == u"mangle" || table == u"raw" || table == u"security"))
        return QStringLiteral("iptables-nft");
    return {};
}

QString ownerOfChain(const QString &chain)
{
    if (chain.startsWith(u"DOCKER"))
        return QStringLiteral("docker");
    if (chain.startsWith(u"NETAVARK"))
        return QStringLiteral("netavark");
    if (chain.startsWith(u"KUBE-") || chain.startsWith(u"kube-"))
        return QStringLiteral("kubernetes");
    if (chain.startsWith(u"mwan3_"))
        return QStringLiteral("mwan3");
    if (chain.startsWith(u"pbr_"))
        return QStringLiteral("pbr");
    if (chain.startsWith(u"ts-"))
        return QStringLiteral("tailscale");
    if (chain.startsWith(u"CNI-") || chain.startsWith(u"cali-"))
        return QStringLiteral("cni");
    return {};
}

QString ownerOfRule(const FibRule &r)
{
    if (r.protocol == 183) // Byway's rtnetlink protocol id (helper/routing/owned.h)
        return QStringLiteral("byway");
    if (r.hasMark && r.mask == 0x3f00)
        return QStringLiteral("mwan3");
    if (r.table == 2022 || (r.hasMark && r.mark == 0x2023) || r.priority == 9000 || r.priority == 9001)
        return QStringLiteral("sing-box");
    if (r.table == 52 || (r.priority >= 5210 && r.priority <= 5270))
        return QStringLiteral("tailscale");
    if (r.hasMark && r.mask == 0xff0000)
        return QStringLiteral("pbr");
    if (r.table == 51820)
        return QStringLiteral("wg-quick");
    if (r.priority == 0 || r.priority == 32766 || r.priority == 32767)
        return QStringLiteral("system");
    return QStringLiteral("unknown");
}

void checkOwners(Context &ctx, Findings &out)
{
    QJsonObject owners; // owner -> [evidence]
    auto add = [&](const QString &owner, const QString &what) {
        if (owner.isEmpty() || owner == u"system")
            return;
        QJsonArray a = owners.value(owner).toArray();
        if (!a.contains(what) && a.size() < 20)
            a << what;
        owners.insert(owner, a);
    };
    const NftState &nft = ctx.nft();
    for (const NftTable &t : nft.tables)
        add(ownerOfTable(t.family, t.name), QStringLiteral("nft table %1 %2").arg(t.family, t.name));
    for (const NftChain &c : nft.chains)
        add(ownerOfChain(c.name), QStringLiteral("nft chain %1 %2 %3").arg(c.family, c.table, c.name));
    for (const LegacyTable &t : ctx.legacy().tables)
        for (const QString &c : t.userChains)
            add(ownerOfChain(c), QStringLiteral("legacy chain %1 %2 %3").arg(t.family, t.name, c));

    QJsonArray marks, tables, priorities;
    QSet<quint32> seenTables;
    QSet<QString> seenPrios; // "priority owner": a priority Byway and another program share is listed for both
    for (const FibRule &r : ctx.fibRules().rules) {
        const QString owner = ownerOfRule(r);
        const QString fam = r.family == AF_INET ? QStringLiteral("ipv4") : QStringLiteral("ipv6");
        add(owner, QStringLiteral("%1 rule priority %2 table %3%4").arg(fam).arg(r.priority).arg(r.table)
                       .arg(r.hasMark ? QStringLiteral(" fwmark 0x%1/0x%2").arg(r.mark, 0, 16).arg(r.mask, 0, 16) : QString()));
        if (r.hasMark)
            marks << QJsonObject{{QStringLiteral("mark"), QStringLiteral("0x%1").arg(r.mark, 0, 16)},
                                 {QStringLiteral("mask"), QStringLiteral("0x%1").arg(r.mask, 0, 16)},
                                 {QStringLiteral("owner"), owner},
                                 {QStringLiteral("source"), QStringLiteral("%1 rule %2").arg(fam).arg(r.priority)}};
        if (r.table && !seenTables.contains(r.table) && r.table != 253 && r.table != 254 && r.table != 255) {
            seenTables.insert(r.table);
            tables << QJsonObject{{QStringLiteral("table"), static_cast<qint64>(r.table)}, {QStringLiteral("owner"), owner}};
        }
        if (const QString key = QString::number(r.priority) + u' ' + owner; owner != u"system" && !seenPrios.contains(key)) {
            seenPrios.insert(key);
            priorities << QJsonObject{{QStringLiteral("priority"), static_cast<qint64>(r.priority)}, {QStringLiteral("owner"), owner}};
        }
    }
    for (const NftState::MarkSet &m : nft.marksSet) {
        const QString table = m.where.section(u' ', 1, 1);
        const QString owner = ownerOfTable(m.where.section(u' ', 0, 0), table);
        marks << QJsonObject{{QStringLiteral("mark"), QStringLiteral("0x%1").arg(m.mark, 0, 16)},
                             {QStringLiteral("mask"), QStringLiteral("0xffffffff")},
                             {QStringLiteral("owner"), owner.isEmpty() ? ownerOfChain(m.where.section(u' ', 2)) : owner},
                             {QStringLiteral("source"), QStringLiteral("meta mark set in ") + m.where}};
    }
    owners.remove(QStringLiteral("byway"));
    const QJsonObject data{{QStringLiteral("owners"), owners}, {QStringLiteral("marks"), marks},
                           {QStringLiteral("tables"), tables}, {QStringLiteral("priorities"), priorities}};
    const QString ev = QStringLiteral("from %1 nft tables, %2 nft chains, legacy user chains, %3 FIB rules; marks %4, "
                                      "tables %5, priorities %6 in use")
                           .arg(nft.tables.size()).arg(nft.chains.size()).arg(ctx.fibRules().rules.size())
                           .arg(marks.size()).arg(tables.size()).arg(priorities.size());
    if (owners.isEmpty())
        out << okFinding(QStringLiteral("owners"), QStringLiteral("owners.none"), msg::Id("probe.owners.none"), {}, ev, data);
    else
        out << okFinding(QStringLiteral("owners"), QStringLiteral("owners.found"), msg::Id("probe.owners.found"),
                         {{QStringLiteral("owners"), QJsonArray::fromStringList(owners.keys())}}, ev, data);
}

} // namespace byway::probe
