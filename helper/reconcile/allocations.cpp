// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/allocations.h"

#include <QJsonArray>

namespace byway::reconcile {
namespace {

bool foreign(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("owner")).toString() != QLatin1String("byway");
}

QString ownerOf(const QJsonObject &entry)
{
    const QString owner = entry.value(QStringLiteral("owner")).toString();
    return owner.isEmpty() ? QStringLiteral("unknown") : owner;
}

} // namespace

QList<FieldError> checkAllocations(const config::Config &c, const Desired &d, const QJsonObject &owners)
{
    QList<FieldError> out;
    auto conflict = [&out](const QString &path, const char *id, QJsonObject args) {
        FieldError e(path, QStringLiteral("conflict"), QString(), QString::fromLatin1(id), std::move(args));
        e.message = msg::english(e.id, e.args);
        out.append(e);
    };

    for (const QJsonValue &v : owners.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        const quint32 table = quint32(t.value(QStringLiteral("table")).toInteger());
        if (!foreign(t))
            continue;
        if (table >= c.routing.tableBase && table <= c.routing.tableBase + 99)
            conflict(QStringLiteral("/routing/tableBase"), "plan.owners.table_range",
                     {{QStringLiteral("table"), qint64(table)}, {QStringLiteral("owner"), ownerOf(t)},
                      {QStringLiteral("first"), qint64(c.routing.tableBase)}, {QStringLiteral("last"), qint64(c.routing.tableBase + 99)}});
        for (qsizetype i = 0; i < c.exits.size(); ++i)
            if (c.exits[i].table == table)
                conflict(QStringLiteral("/exits/%1/table").arg(i), "plan.owners.exit_table",
                         {{QStringLiteral("table"), qint64(table)}, {QStringLiteral("owner"), ownerOf(t)}});
    }

    for (const QJsonValue &v : owners.value(QStringLiteral("priorities")).toArray()) {
        const QJsonObject p = v.toObject();
        const quint32 priority = quint32(p.value(QStringLiteral("priority")).toInteger());
        if (!foreign(p))
            continue;
        for (const route::RuleSpec &r : d.routing.rules)
            if (r.priority == priority) {
                conflict(QStringLiteral("/routing/priorityBase"), "plan.owners.priority",
                         {{QStringLiteral("priority"), qint64(priority)}, {QStringLiteral("owner"), ownerOf(p)},
                          {QStringLiteral("base"), qint64(c.routing.priorityBase)}});
                break;
            }
    }

    for (const QJsonValue &v : owners.value(QStringLiteral("marks")).toArray()) {
        const QJsonObject m = v.toObject();
        if (!foreign(m))
            continue;
        const quint32 mark = quint32(m.value(QStringLiteral("mark")).toString().toULongLong(nullptr, 0));
        // They set or select on bits Byway uses for its exits and capture.
        if (mark & c.routing.markMask)
            conflict(QStringLiteral("/routing/markMask"), "plan.owners.mark",
                     {{QStringLiteral("mark"), QStringLiteral("0x%1").arg(mark, 0, 16)}, {QStringLiteral("owner"), ownerOf(m)},
                      {QStringLiteral("source"), m.value(QStringLiteral("source")).toString()},
                      {QStringLiteral("mask"), QStringLiteral("0x%1").arg(c.routing.markMask, 0, 16)}});
    }
    return out;
}

} // namespace byway::reconcile
