// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/plan.h"

#include "netfilter/nfttext.h"
#include "reconcile/desired.h"

#include <QHash>
#include <QJsonArray>

#include <variant>

namespace byway::reconcile {
namespace {

QString actionName(Plan::NftAction a)
{
    switch (a) {
    case Plan::NftAction::None: return QStringLiteral("none");
    case Plan::NftAction::Create: return QStringLiteral("create");
    case Plan::NftAction::Replace: return QStringLiteral("replace");
    case Plan::NftAction::Remove: return QStringLiteral("remove");
    }
    return QStringLiteral("none");
}

// "chain: text" keys of a table, chains first (a chain is there before its rules).
QStringList tableLines(const std::optional<nft::Table> &t)
{
    QStringList out;
    if (!t)
        return out;
    for (const nft::Chain &c : t->chains) {
        const QString header = nft::chainHeaderText(c);
        out << QStringLiteral("chain %1%2").arg(c.name, header.isEmpty() ? QString() : QStringLiteral(" { %1 }").arg(header));
        for (const nft::Rule &r : c.rules)
            out << c.name + QStringLiteral(": ") + nft::ruleText(r);
    }
    return out;
}

// `from` less `less`, as multisets, in `from`'s order.
QStringList minus(const QStringList &from, const QStringList &less)
{
    QHash<QString, int> count;
    for (const QString &l : less)
        ++count[l];
    QStringList out;
    for (const QString &l : from) {
        if (count.value(l) > 0)
            --count[l];
        else
            out << l;
    }
    return out;
}

// The object of a route change as ip prints it, without the command and verb.
QString objectText(const route::Change &c)
{
    const QString cmd = c.toIpText();
    const qsizetype verb = cmd.indexOf(c.op == route::Change::Op::Delete ? QStringLiteral(" del ") : QStringLiteral(" add "));
    return verb < 0 ? cmd : cmd.mid(verb + 5);
}

QJsonArray toArray(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

} // namespace

QJsonObject DiffGroup::toJson() const
{
    return {{QStringLiteral("add"), toArray(add)}, {QStringLiteral("remove"), toArray(remove)}};
}

DiffGroup diffTables(const std::optional<nft::Table> &before, const std::optional<nft::Table> &after)
{
    const QStringList was = tableLines(before);
    const QStringList now = tableLines(after);
    return {minus(now, was), minus(was, now)};
}

RouteDiff diffRoutes(const route::ChangeSet &changes)
{
    RouteDiff d;
    for (const route::Change &c : changes.changes) {
        DiffGroup *g = std::visit([&d]<typename T>(const T &) -> DiffGroup * {
            if constexpr (std::is_same_v<T, route::RuleSpec>)
                return &d.rules;
            else if constexpr (std::is_same_v<T, route::RouteSpec>)
                return &d.routes;
            else if constexpr (std::is_same_v<T, route::AddressSpec>)
                return &d.addresses;
            else
                return nullptr;
        }, c.object);
        if (!g)
            continue; // a sysctl the routing part sets: listed with the sysctls
        (c.op == route::Change::Op::Delete ? g->remove : g->add) << objectText(c);
    }
    return d;
}

QJsonObject Plan::diffJson() const
{
    const RouteDiff r = diffRoutes(routes);
    DiffGroup sys;
    for (const SysctlChange &s : sysctls) {
        sys.remove << QStringLiteral("%1 = %2").arg(s.key, s.from);
        sys.add << QStringLiteral("%1 = %2").arg(s.key, s.to);
    }
    for (const route::Change &c : routes.changes) {
        if (const auto *v = std::get_if<route::SysctlValue>(&c.object)) {
            if (!c.previous.isNull())
                sys.remove << QStringLiteral("%1 = %2").arg(v->key, c.previous);
            sys.add << QStringLiteral("%1 = %2").arg(v->key, v->value);
        }
    }
    return {{QStringLiteral("nft"), nftDiff.toJson()},
            {QStringLiteral("rules"), r.rules.toJson()},
            {QStringLiteral("routes"), r.routes.toJson()},
            {QStringLiteral("addresses"), r.addresses.toJson()},
            {QStringLiteral("sysctls"), sys.toJson()}};
}

QString Plan::toText() const
{
    QString out;
    switch (nftAction) {
    case NftAction::None:
        break;
    case NftAction::Create:
    case NftAction::Replace:
        out += QStringLiteral("# nftables: %1 table inet %2 (one atomic transaction)\n")
                   .arg(actionName(nftAction), table->name);
        out += nft::toNftReplaceText(*table);
        break;
    case NftAction::Remove:
        out += QStringLiteral("# nftables: remove Byway's table\ndelete table inet %1\n").arg(kTableName);
        break;
    }
    if (!routes.isEmpty()) {
        out += QStringLiteral("# routes and FIB rules (protocol 183 = Byway)\n");
        for (const QString &line : routes.toIpText())
            out += line + QLatin1Char('\n');
    }
    for (const SysctlChange &s : sysctls) {
        QString dotted = s.key;
        dotted.replace(QLatin1Char('/'), QLatin1Char('.'));
        out += QStringLiteral("sysctl -w %1=%2   # was %3; %4\n")
                   .arg(dotted, s.to, s.from, s.restore ? QStringLiteral("restoring the value Byway found") : s.why);
    }
    for (const FieldError &n : notes)
        out += QStringLiteral("# %1%2\n").arg(isDeferred(n) ? QStringLiteral("deferred: ") : QString(), n.message);
    if (isEmpty())
        out.prepend(hasDeferred()
                        ? QStringLiteral("# no changes now; some are deferred (below): the kernel holds everything else\n")
                        : QStringLiteral("# no changes: the kernel already holds this configuration\n"));
    return out;
}

bool Plan::hasDeferred() const
{
    return std::any_of(notes.begin(), notes.end(), isDeferred);
}

QJsonObject Plan::toJson() const
{
    QJsonArray sys;
    for (const SysctlChange &s : sysctls)
        sys.append(QJsonObject{{QStringLiteral("key"), s.key},
                               {QStringLiteral("from"), s.from},
                               {QStringLiteral("to"), s.to},
                               {QStringLiteral("why"), s.why},
                               {QStringLiteral("restore"), s.restore}});
    QJsonObject nftJson{{QStringLiteral("action"), actionName(nftAction)},
                        {QStringLiteral("rules"), table ? table->ruleCount() : 0}};
    // The table only when it is written, and only while it is small: a
    // no-change reply stays small however big the ruleset is, and a VPN
    // server with thousands of pools does not get a reply of megabytes
    // (past the 4 MiB a connection may queue). `text` has it all.
    constexpr int kTableInReply = 2000;
    constexpr qsizetype kRoutesInReply = 2000;
    if (table && (nftAction == NftAction::Create || nftAction == NftAction::Replace)) {
        if (table->ruleCount() <= kTableInReply)
            nftJson.insert(QStringLiteral("table"), nft::toJson(*table));
        else
            nftJson.insert(QStringLiteral("tableOmitted"), true);
    }
    QJsonArray notesJson;
    for (const FieldError &n : notes)
        notesJson.append(n.toJson());
    QJsonObject out{{QStringLiteral("changes"), !isEmpty()},
                    {QStringLiteral("nft"), nftJson},
                    {QStringLiteral("sysctls"), sys},
                    {QStringLiteral("routeChanges"), routes.size()},
                    {QStringLiteral("deferred"), hasDeferred()},
                    {QStringLiteral("notes"), notesJson},
                    {QStringLiteral("text"), toText()}};
    // The route changes as data likewise only while they are few.
    // The diff is as long as the change, not as the ruleset: a one-rule
    // change of a big table stays small. A change of thousands of rules is
    // cut like the table, and says so.
    QJsonObject diff = diffJson();
    if (nftDiff.add.size() + nftDiff.remove.size() > kTableInReply) {
        diff.insert(QStringLiteral("nft"), QJsonObject{{QStringLiteral("add"), QJsonArray()}, {QStringLiteral("remove"), QJsonArray()},
                                                       {QStringLiteral("omitted"), true}});
    }
    out.insert(QStringLiteral("diff"), diff);
    out.insert(QStringLiteral("routes"), routes.size() <= kRoutesInReply ? QJsonValue(routes.toJson()) : QJsonValue(QJsonArray()));
    if (routes.size() > kRoutesInReply)
        out.insert(QStringLiteral("routesOmitted"), true);
    return out;
}

} // namespace byway::reconcile
