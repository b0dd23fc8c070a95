// SPDX-License-Identifier: GPL-3.0-or-later
// The Configuration page's plan (config.plan): what applying the edited
// document would change, as the page shows it.
#include "configmodel.h"

#include "helperconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>

namespace byway::qml {

void ConfigModel::plan()
{
    if (m_planning)
        return;
    m_planning = true;
    Q_EMIT planChanged();
    clearError();
    QPointer<ConfigModel> self(this);
    connection()->client()->call(QStringLiteral("config.plan"), {{QStringLiteral("config"), effectiveDocument()}},
                                 [self](Result<QJsonValue> r) {
                                     if (!self)
                                         return;
                                     self->m_planning = false;
                                     if (r) {
                                         self->m_plan = r->toObject();
                                         self->takeFindings(self->m_plan);
                                     } else {
                                         self->takeFailure(r.error());
                                     }
                                     Q_EMIT self->planChanged();
                                 });
}

bool ConfigModel::planChanges() const
{
    return m_plan.value(u"changes").toBool();
}

QString ConfigModel::planText() const
{
    return m_plan.value(u"text").toString();
}

QString ConfigModel::planNftAction() const
{
    return m_plan.value(u"nft").toObject().value(u"action").toString();
}

int ConfigModel::planNftRules() const
{
    return m_plan.value(u"nft").toObject().value(u"rules").toInt();
}

QVariantList ConfigModel::planSysctls() const
{
    return m_plan.value(u"sysctls").toArray().toVariantList();
}

QVariantList ConfigModel::planRoutes() const
{
    // Route entries differ in shape between kinds; the page shows each as one line.
    QVariantList out;
    for (const QJsonValue &v : m_plan.value(u"routes").toArray()) {
        if (v.isString()) {
            out.append(v.toString());
            continue;
        }
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(it.key() + QLatin1Char(' ')
                         + (it->isString() ? it->toString() : QString::fromUtf8(QJsonDocument(QJsonArray{*it}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
        out.append(parts.join(QStringLiteral("  ")));
    }
    return out;
}

QVariantList ConfigModel::planDiff() const
{
    const QJsonObject diff = m_plan.value(u"diff").toObject();
    QVariantList out;
    for (const char16_t *g : {u"nft", u"rules", u"routes", u"addresses", u"sysctls"}) {
        const QString group = QString::fromUtf16(g);
        const QJsonObject d = diff.value(group).toObject();
        const QJsonArray add = d.value(u"add").toArray();
        const QJsonArray remove = d.value(u"remove").toArray();
        if (add.isEmpty() && remove.isEmpty() && !d.value(u"omitted").toBool())
            continue;
        out.append(QVariantMap{{QStringLiteral("group"), group},
                               {QStringLiteral("add"), add.toVariantList()},
                               {QStringLiteral("remove"), remove.toVariantList()},
                               {QStringLiteral("omitted"), d.value(u"omitted").toBool()}});
    }
    return out;
}

QVariantList ConfigModel::planNotes() const
{
    QVariantList out;
    for (const QJsonValue &v : m_plan.value(u"notes").toArray()) {
        if (v.isString()) {
            out.append(QVariantMap{{QStringLiteral("message"), v.toString()}});
            continue;
        }
        const QJsonObject o = v.toObject();
        out.append(QVariantMap{{QStringLiteral("id"), o.value(u"id").toString()},
                               {QStringLiteral("args"), o.value(u"args").toObject().toVariantMap()},
                               {QStringLiteral("message"), o.value(u"message").toString()}});
    }
    return out;
}
} // namespace byway::qml
