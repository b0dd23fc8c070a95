// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/pending.h"

#include "core/config/configstore.h"
#include "core/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>

namespace byway::reconcile {

PendingStore::PendingStore(QString path)
    : m_path(std::move(path))
{
}

Result<void> PendingStore::save(const PendingConfirm &p)
{
    QJsonObject doc{{QStringLiteral("deadline"), p.deadline.toUTC().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("restoreHistoryId"), p.restoreHistoryId},
                          {QStringLiteral("appliedRevision"), p.appliedRevision},
                          {QStringLiteral("uid"), qint64(p.uid)},
                          {QStringLiteral("who"), p.who}};
    if (!p.checks.isEmpty()) {
        QJsonArray checks;
        for (const HealthCheck &c : p.checks)
            checks.append(c.toJson());
        doc.insert(QStringLiteral("checks"), checks);
    }
    return config::ConfigStore::writeAtomically(m_path, QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

std::optional<PendingConfirm> PendingStore::load() const
{
    QFile f(m_path);
    if (!f.exists())
        return std::nullopt;
    PendingConfirm p;
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcReconcile, "cannot read %s: treating the pending confirm as expired", qPrintable(m_path));
        p.deadline = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        return p;
    }
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    p.deadline = QDateTime::fromString(doc.value(QStringLiteral("deadline")).toString(), Qt::ISODateWithMs);
    p.restoreHistoryId = qint64(doc.value(QStringLiteral("restoreHistoryId")).toDouble());
    p.appliedRevision = qint64(doc.value(QStringLiteral("appliedRevision")).toDouble());
    p.uid = uint(doc.value(QStringLiteral("uid")).toDouble());
    p.who = doc.value(QStringLiteral("who")).toString();
    for (const QJsonValue &c : doc.value(QStringLiteral("checks")).toArray())
        p.checks.append(HealthCheck::fromJson(c.toObject()));
    if (!p.deadline.isValid()) {
        qCWarning(lcReconcile, "%s is damaged: treating the pending confirm as expired", qPrintable(m_path));
        p.deadline = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    }
    return p;
}

Result<void> PendingStore::clear()
{
    if (!QFile::exists(m_path) || QFile::remove(m_path))
        return {};
    return fail(ErrorCode::StorageFailed, QStringLiteral("cannot remove %1").arg(m_path));
}

} // namespace byway::reconcile
