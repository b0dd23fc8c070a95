// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/explain.h"

#include <QJsonArray>

#include <cerrno>

namespace byway::reconcile {

namespace {

bool nameMatches(const QString &pattern, const QString &name)
{
    // nftables semantics: "vpns*" matches every name starting with "vpns".
    return pattern.endsWith(QLatin1Char('*')) ? name.startsWith(pattern.chopped(1)) : name == pattern;
}

QString protoName(quint32 proto)
{
    switch (proto) {
    case 1: return QStringLiteral("icmp");
    case 6: return QStringLiteral("tcp");
    case 17: return QStringLiteral("udp");
    case 58: return QStringLiteral("icmpv6");
    default: return QStringLiteral("protocol %1").arg(proto);
    }
}

// Whether a rule's matches hold for the flow: Yes, No, or only for a
// protocol or port the question left open (`onlyIf` says which). Facts no
// question gives (skgid of an unknown process) do not exclude a rule; a
// conntrack state is one of the conditions it leaves open.
enum class Fit { No, Yes, OnlyIf };
Fit ruleMatches(const nft::Rule &r, const FlowQuery &q, const QString &oif, quint32 mark, QStringList *onlyIf = nullptr)
{
    QStringList open;
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
            if (q.proto == 0) {
                open.append((m.negate ? QStringLiteral("not ") : QString()) + protoName(m.value));
                continue;
            }
            ok = q.proto == m.value;
            break;
        case nft::MatchKind::ThDport:
            if (q.dport == 0) {
                open.append((m.negate ? QStringLiteral("not port ") : QStringLiteral("port ")) + QString::number(m.value));
                continue;
            }
            ok = q.dport == m.value;
            break;
        case nft::MatchKind::Mark:
            ok = (mark & m.mask) == m.value;
            break;
        case nft::MatchKind::CtState: {
            // A question is about a flow, not one of its packets: a rule for
            // replies is on its path only for them, and ends nothing else.
            QStringList states;
            for (const auto &[bit, name] : {std::pair{nft::CtEstablished, "established"}, {nft::CtRelated, "related"}, {nft::CtNew, "new"}})
                if (m.value & bit)
                    states << QLatin1String(name);
            open.append(QStringLiteral("ct state ") + states.join(QLatin1Char(',')));
            continue;
        }
        case nft::MatchKind::SkUid:
        case nft::MatchKind::SkGid:
        case nft::MatchKind::TcpSyn:
            break;
        }
        if (ok == m.negate)
            return Fit::No;
    }
    if (open.isEmpty())
        return Fit::Yes;
    if (onlyIf)
        *onlyIf = open;
    return Fit::OnlyIf;
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
            // A mark set only for some protocol or port counts: the flow may be one.
            if (r.statement.kind == nft::StatementKind::SetMark && ruleMatches(r, q, {}, mark) != Fit::No)
                mark = (mark & ~r.statement.mask) | r.statement.value;
    }
    return mark;
}

// The box's own addresses, read once per question (a netlink dump).
QList<QHostAddress> localAddresses(RoutePort &routing)
{
    QList<QHostAddress> out;
    if (const auto addresses = routing.addresses())
        for (const route::AddressSpec &s : *addresses)
            out.append(s.address.address);
    return out;
}

// A flow from a client arrives where this box's route back to the client
// points (reverse path): asked from the kernel like any lookup. Empty when
// no usable route leads back.
// The device and whether only the default route leads there (then nothing
// says the source is out there: a VPN client not connected now, say).
std::pair<QString, bool> arrivalInterface(RoutePort &routing, const QHostAddress &src)
{
    route::Query back;
    back.dst = src;
    const auto r = routing.lookup(back);
    if (!r || r->errnoResult || r->type != route::RouteType::Unicast || r->dev == QLatin1String("lo"))
        return {};
    return {r->dev, r->matched.length == 0};
}

// The hooks a flow passes: routed through the box, delivered to it, or sent
// by it. A source neither this box's nor routable back: every hook.
QStringList hooksOf(bool arrives, bool srcLocal, bool dstLocal)
{
    const QString pre = QStringLiteral("prerouting"), input = QStringLiteral("input"),
                  forward = QStringLiteral("forward"), output = QStringLiteral("output"),
                  post = QStringLiteral("postrouting");
    if (arrives)
        return dstLocal ? QStringList{pre, input} : QStringList{pre, forward, post};
    if (srcLocal)
        return QStringList{output, dstLocal ? input : post};
    return QStringList{pre, forward, output, post};
}

// Others' chains on the hooks this flow passes (forward when it is routed
// through the box, postrouting whenever it leaves), as data and as text.
void foreignOnPath(const QList<ForeignDrop> &foreign, bool forwarded, QJsonArray &json, QStringList &text)
{
    for (const ForeignDrop &f : foreign) {
        if (f.hook != QLatin1String("postrouting") && !(forwarded && f.hook == QLatin1String("forward")))
            continue;
        json.append(QJsonObject{{QStringLiteral("family"), f.family}, {QStringLiteral("table"), f.table},
                                {QStringLiteral("chain"), f.chain},   {QStringLiteral("hook"), f.hook},
                                {QStringLiteral("priority"), f.priority}, {QStringLiteral("policyDrop"), f.policyDrop},
                                {QStringLiteral("dropRules"), f.dropRules}});
        const QString where = QStringLiteral("%1 table %2, chain %3 (hook %4, priority %5)")
                                  .arg(f.family, f.table, f.chain, f.hook)
                                  .arg(f.priority);
        if (f.policyDrop)
            text.append(QStringLiteral("not Byway's: %1 has policy drop: it drops this flow unless one of its own rules "
                                       "accepts it").arg(where));
        else
            text.append(QStringLiteral("not Byway's: %1 has %2 drop or reject rule(s) that may match this flow")
                            .arg(where).arg(f.dropRules));
    }
}

// Byway's rules on the flow's hooks that can match it, with their counters;
// `text` gets "chain id" of each.
QJsonArray rulesOnPath(const Desired &desired, const FlowQuery &q, const QStringList &hooks, const QString &oif,
                       quint32 mark, const QHash<QString, Counter> &counters, QStringList &text)
{
    QJsonArray rules;
    if (!desired.table)
        return rules;
    for (const nft::Chain &c : desired.table->chains) {
        if (!hooks.contains(c.hook))
            continue;
        for (const nft::Rule &r : c.rules) {
            QStringList onlyIf;
            const Fit fit = ruleMatches(r, q, oif, mark, &onlyIf);
            if (fit == Fit::No)
                continue;
            const Counter ctr = counters.value(r.id);
            QJsonObject rule{{QStringLiteral("chain"), c.name},
                             {QStringLiteral("id"), r.id},
                             {QStringLiteral("packets"), qint64(ctr.packets)},
                             {QStringLiteral("bytes"), qint64(ctr.bytes)}};
            if (fit == Fit::OnlyIf) {
                // The question left the protocol or port open: the rule
                // is on the path only for some flows, and ends nothing.
                rule.insert(QStringLiteral("onlyIf"), onlyIf.join(QLatin1Char(' ')));
                rules.append(rule);
                text.append(QStringLiteral("%1 %2 (only for %3)").arg(c.name, r.id, onlyIf.join(QLatin1Char(' '))));
                continue;
            }
            rules.append(rule);
            text.append(QStringLiteral("%1 %2").arg(c.name, r.id));
            // The first verdict ends the chain: a pool's accept hides the
            // catch-all drop behind it, as in the kernel.
            const nft::StatementKind k = r.statement.kind;
            if (k == nft::StatementKind::Accept || k == nft::StatementKind::Drop
                || k == nft::StatementKind::Masquerade || k == nft::StatementKind::Redirect)
                break;
        }
    }
    return rules;
}

QString sourceLine(const config::Config &applied, const QString &user, const QString &pool)
{
    if (!pool.isEmpty() || !user.isEmpty())
        return QStringLiteral("source: %1%2").arg(user.isEmpty() ? QString() : QStringLiteral("user ") + user + QLatin1Char(' '),
                                                  pool.isEmpty() ? QString() : QStringLiteral("pool ") + pool);
    if (applied.pools.isEmpty())
        return {};
    // Not an empty answer: the address is in none of the pools Byway knows
    // (a VPN server handing out another subnet), and that is the finding.
    QStringList subnets;
    for (const config::Pool &p : applied.pools)
        subnets.append(p.subnet.toString());
    return QStringLiteral("source: in no pool (%1)").arg(subnets.join(QStringLiteral(", ")));
}

} // namespace

Result<QJsonObject> explain(const FlowQuery &query, const config::Config &applied, const Desired &desired,
                            RoutePort &routing, const QHash<QString, Counter> &counters,
                            const QList<ForeignDrop> &foreign)
{
    FlowQuery q = query;
    const QList<QHostAddress> local = localAddresses(routing);
    const bool srcLocal = q.iif.isEmpty() && local.contains(q.src);
    bool byDefault = false;
    if (q.iif.isEmpty() && !srcLocal)
        std::tie(q.iif, byDefault) = arrivalInterface(routing, q.src);
    const bool iifInferred = query.iif.isEmpty() && !q.iif.isEmpty();
    const bool dstLocal = local.contains(q.dst);
    const QStringList hooks = hooksOf(!q.iif.isEmpty(), srcLocal, dstLocal);
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
    if (!lookup && !query.iif.isEmpty() && lookup.error().sysErrno == ENODEV)
        return fail(ErrorCode::InvalidParams, QStringLiteral("this box has no interface %1").arg(query.iif), QStringLiteral("/iif"));
    if (!lookup)
        return std::unexpected(lookup.error());

    QStringList ruleText;
    const QJsonArray rules = rulesOnPath(desired, q, hooks, lookup->dev, mark, counters, ruleText);

    QStringList text;
    const QString from = q.src.toString();
    QString arriving = q.iif.isEmpty() ? QString() : QStringLiteral(" arriving on ") + q.iif;
    if (iifInferred && byDefault)
        arriving += QStringLiteral(" (where the default route points: no route of its own leads back to %1, so nothing "
                                   "says it is out there; say where it arrives with --iif)").arg(from);
    else if (iifInferred)
        arriving += QStringLiteral(" (where the route back to %1 points)").arg(from);
    text.append(QStringLiteral("flow %1 -> %2%3").arg(from, q.dst.toString(), arriving));
    if (q.iif.isEmpty() && !srcLocal)
        text.append(QStringLiteral("arriving: %1 is not this box's and no route leads back to it; "
                                   "say where it arrives with --iif").arg(from));
    if (const QString source = sourceLine(applied, user, pool); !source.isEmpty())
        text.append(source);
    text.append(QStringLiteral("mark: 0x%1%2").arg(mark, 0, 16).arg(q.mark ? QStringLiteral(" (given)") : QStringLiteral(" (set by Byway's rules)")));
    if (dstLocal)
        text.append(QStringLiteral("route: local: %1 is this box's own address; the flow is delivered here, "
                                   "not forwarded").arg(q.dst.toString()));
    else
        text.append(QStringLiteral("route: %1").arg(lookup->toText()));
    text.append(QStringLiteral("nftables: %1").arg(ruleText.isEmpty() ? QStringLiteral("no Byway rule matches") : ruleText.join(QStringLiteral(", "))));
    QJsonArray others;
    if (!dstLocal)
        foreignOnPath(foreign, hooks.contains(QStringLiteral("forward")), others, text);

    return QJsonObject{{QStringLiteral("src"), q.src.toString()},
                       {QStringLiteral("dst"), q.dst.toString()},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("pool"), pool},
                       {QStringLiteral("inPool"), !pool.isEmpty()},
                       {QStringLiteral("mark"), qint64(mark)},
                       {QStringLiteral("route"), lookup->toJson()},
                       {QStringLiteral("rules"), rules},
                       {QStringLiteral("iif"), q.iif},
                       {QStringLiteral("iifInferred"), iifInferred},
                       {QStringLiteral("iifByDefaultRoute"), iifInferred && byDefault},
                       {QStringLiteral("local"), dstLocal},
                       {QStringLiteral("hooks"), QJsonArray::fromStringList(hooks)},
                       {QStringLiteral("foreign"), others},
                       {QStringLiteral("text"), text.join(QLatin1Char('\n'))}};
}

} // namespace byway::reconcile
