// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmchecks.h"

namespace byway::qml {

QJsonObject confirmCheckJson(const QVariantMap &row)
{
    const QString kind = row.value(QStringLiteral("kind")).toString();
    const QString name = row.value(QStringLiteral("name")).toString().trimmed();
    QJsonObject c{{QStringLiteral("kind"), kind}};
    if (!name.isEmpty())
        c.insert(QStringLiteral("name"), name);
    if (kind == u"reconnect") {
        c.insert(QStringLiteral("address"), row.value(QStringLiteral("address")).toString().trimmed());
        return c;
    }
    c.insert(QStringLiteral("timeoutMs"), row.value(QStringLiteral("timeoutMs")).toInt());
    const QString target = row.value(QStringLiteral("target")).toString().trimmed();
    if (kind == u"dns" && target.contains(u'@')) {
        c.insert(QStringLiteral("target"), target.section(u'@', 0, 0));
        c.insert(QStringLiteral("server"), target.section(u'@', 1));
    } else {
        c.insert(QStringLiteral("target"), target);
    }
    return c;
}

} // namespace byway::qml
