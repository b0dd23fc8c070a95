// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/allocations.h"

#include <QJsonArray>

namespace byway::reconcile {
namespace {

bool foreign(const QJsonObject &entry)
{
    return entry.value(QStringLiteral("owner")).toString() != QLatin1String("byway");
}

QString ownerText(const QJsonObject &entry)
{
    const QString owner = entry.value(QStringLiteral("owner")).toString();
    return owner.isEmpty() || owner == QLatin1String("unknown") ? QStringLiteral("another program") : owner;
}

} // namespace

QList<FieldError> checkAllocations(const config::Config &c, const Desired &d, const QJsonObject &owners)
{
    QList<FieldError> out;
    auto conflict = [&out](const QString &path, const QString &message) {
        out.append({path, QStringLiteral("conflict"), message});
    };

    for (const QJsonValue &v : owners.value(QStringLiteral("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        const quint32 table = quint32(t.value(QStringLiteral("table")).toInteger());
        if (!foreign(t))
            continue;
        if (table >= c.routing.tableBase && table <= c.routing.tableBase + 99)
            conflict(QStringLiteral("/routing/tableBase"),
                     QStringLiteral("table %1 is used by %2; move Byway's tables (%3-%4) elsewhere")
                         .arg(table).arg(ownerText(t)).arg(c.routing.tableBase).arg(c.routing.tableBase + 99));
        for (qsizetype i = 0; i < c.exits.size(); ++i)
            if (c.exits[i].table == table)
                conflict(QStringLiteral("/exits/%1/table").arg(i),
                         QStringLiteral("table %1 is used by %2: Byway would fill it with its own routes").arg(table).arg(ownerText(t)));
    }

    for (const QJsonValue &v : owners.value(QStringLiteral("priorities")).toArray()) {
        const QJsonObject p = v.toObject();
        const quint32 priority = quint32(p.value(QStringLiteral("priority")).toInteger());
        if (!foreign(p))
            continue;
        for (const route::RuleSpec &r : d.routing.rules)
            if (r.priority == priority) {
                conflict(QStringLiteral("/routing/priorityBase"),
                         QStringLiteral("rule priority %1 is used by %2; move Byway's rules (from %3) elsewhere")
                             .arg(priority).arg(ownerText(p)).arg(c.routing.priorityBase));
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
            conflict(QStringLiteral("/routing/markMask"),
                     QStringLiteral("mark 0x%1 of %2 (%3) uses bits of Byway's mask 0x%4; choose a mask it does not touch")
                         .arg(mark, 0, 16)
                         .arg(ownerText(m), m.value(QStringLiteral("source")).toString())
                         .arg(c.routing.markMask, 0, 16));
    }
    return out;
}

} // namespace byway::reconcile
