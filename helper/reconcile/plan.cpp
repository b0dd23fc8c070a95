// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/plan.h"

#include "netfilter/nfttext.h"
#include "reconcile/desired.h"

#include <QJsonArray>

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

} // namespace

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
    out.insert(QStringLiteral("routes"), routes.size() <= kRoutesInReply ? QJsonValue(routes.toJson()) : QJsonValue(QJsonArray()));
    if (routes.size() > kRoutesInReply)
        out.insert(QStringLiteral("routesOmitted"), true);
    return out;
}

} // namespace byway::reconcile
