// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/explain.h"

#include <QJsonArray>

namespace byway::reconcile {
namespace {

bool nameMatches(const QString &pattern, const QString &name)
{
    // nftables semantics: "vpns*" matches every name starting with "vpns".
    return pattern.endsWith(QLatin1Char('*')) ? name.startsWith(pattern.chopped(1)) : name == pattern;
}

// Whether a rule's matches can hold for the flow. Unknown facts (no iif for
// a local flow, skgid of an unknown process) do not exclude a rule.
bool ruleMatches(const nft::Rule &r, const FlowQuery &q, const QString &oif, quint32 mark)
{
    for (const nft::Match &m : r.matches) {
        bool ok = true;
        switch (m.kind) {
        case nft::MatchKind::IifName:
            ok = q.iif.isEmpty() ? false : nameMatches(m.name, q.iif);
            break;
        case nft::MatchKind::OifName:
            ok = !oif.isEmpty() && nameMatches(m.name, oif);
            break;
        case nft::MatchKind::IpSaddr:
        case nft::MatchKind::Ip6Saddr:
            ok = m.prefix.contains(q.src);
            break;
        case nft::MatchKind::IpDaddr:
        case nft::MatchKind::Ip6Daddr:
            ok = m.prefix.contains(q.dst);
            break;
        case nft::MatchKind::L4Proto:
            ok = q.proto == 0 || q.proto == m.value;
            break;
        case nft::MatchKind::ThDport:
            ok = q.dport == 0 || q.dport == m.value;
            break;
        case nft::MatchKind::Mark:
            ok = (mark & m.mask) == m.value;
            break;
        case nft::MatchKind::CtState:
        case nft::MatchKind::SkUid:
        case nft::MatchKind::SkGid:
        case nft::MatchKind::TcpSyn:
            break;
        }
        if (ok == m.negate)
            return false;
    }
    return true;
}

// The mark Byway's prerouting rules leave on a packet from q.src.
quint32 markFor(const Desired &d, const FlowQuery &q)
{
    quint32 mark = 0;
    if (!d.table)
        return mark;
    for (const nft::Chain &c : d.table->chains) {
        if (c.hook != QLatin1String("prerouting"))
            continue;
        for (const nft::Rule &r : c.rules)
            if (r.statement.kind == nft::StatementKind::SetMark && ruleMatches(r, q, {}, mark))
                mark = (mark & ~r.statement.mask) | r.statement.value;
    }
    return mark;
}

} // namespace

Result<QJsonObject> explain(const FlowQuery &q, const config::Config &applied, const Desired &desired,
                            RoutePort &routing, const QHash<QString, Counter> &counters)
{
    QString user;
    QString pool;
    for (const config::Pool &p : applied.pools) {
        if (p.subnet.contains(q.src))
            pool = p.name;
        for (const config::User &u : p.users)
            if (u.address == q.src)
                user = u.name;
    }
    const quint32 mark = q.mark.value_or(markFor(desired, q));

    route::Query rq;
    rq.src = q.src;
    rq.dst = q.dst;
    rq.mark = mark;
    rq.iif = q.iif;
    if (q.proto != 0)
        rq.ipProto = q.proto;
    if (q.dport != 0)
        rq.dport = q.dport;
    auto lookup = routing.lookup(rq);
    if (!lookup)
        return std::unexpected(lookup.error());

    QJsonArray rules;
    QStringList ruleText;
    if (desired.table) {
        for (const nft::Chain &c : desired.table->chains)
            for (const nft::Rule &r : c.rules) {
                if (!ruleMatches(r, q, lookup->dev, mark))
                    continue;
                const Counter ctr = counters.value(r.id);
                rules.append(QJsonObject{{QStringLiteral("chain"), c.name},
                                         {QStringLiteral("id"), r.id},
                                         {QStringLiteral("packets"), qint64(ctr.packets)},
                                         {QStringLiteral("bytes"), qint64(ctr.bytes)}});
                ruleText.append(QStringLiteral("%1 %2").arg(c.name, r.id));
                // The first verdict ends the chain: a pool's accept hides the
                // catch-all drop behind it, as in the kernel.
                const nft::StatementKind k = r.statement.kind;
                if (k == nft::StatementKind::Accept || k == nft::StatementKind::Drop
                    || k == nft::StatementKind::Masquerade || k == nft::StatementKind::Redirect)
                    break;
            }
    }

    QStringList text;
    text.append(QStringLiteral("flow %1 -> %2%3").arg(q.src.toString(), q.dst.toString(),
                                                      q.iif.isEmpty() ? QString() : QStringLiteral(" arriving on ") + q.iif));
    if (!pool.isEmpty() || !user.isEmpty()) {
        text.append(QStringLiteral("source: %1%2").arg(user.isEmpty() ? QString() : QStringLiteral("user ") + user + QLatin1Char(' '),
                                                        pool.isEmpty() ? QString() : QStringLiteral("pool ") + pool));
    } else if (!applied.pools.isEmpty()) {
        // Not an empty answer: the address is in none of the pools Byway knows
        // (a VPN server handing out another subnet), and that is the finding.
        QStringList subnets;
        for (const config::Pool &p : applied.pools)
            subnets.append(p.subnet.toString());
        text.append(QStringLiteral("source: in no pool (%1)").arg(subnets.join(QStringLiteral(", "))));
    }
    text.append(QStringLiteral("mark: 0x%1%2").arg(mark, 0, 16).arg(q.mark ? QStringLiteral(" (given)") : QStringLiteral(" (set by Byway's rules)")));
    text.append(QStringLiteral("route: %1").arg(lookup->toText()));
    text.append(QStringLiteral("nftables: %1").arg(ruleText.isEmpty() ? QStringLiteral("no Byway rule matches") : ruleText.join(QStringLiteral(", "))));

    return QJsonObject{{QStringLiteral("src"), q.src.toString()},
                       {QStringLiteral("dst"), q.dst.toString()},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("pool"), pool},
                       {QStringLiteral("inPool"), !pool.isEmpty()},
                       {QStringLiteral("mark"), qint64(mark)},
                       {QStringLiteral("route"), lookup->toJson()},
                       {QStringLiteral("rules"), rules},
                       {QStringLiteral("text"), text.join(QLatin1Char('\n'))}};
}

} // namespace byway::reconcile
