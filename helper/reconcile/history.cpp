// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/history.h"

#include "core/config/configstore.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace byway::reconcile {
namespace {

QString fileName(qint64 id)
{
    return QStringLiteral("%1.json").arg(id, 8, 10, QLatin1Char('0'));
}

} // namespace

History::History(QString dir, int keep)
    : m_dir(std::move(dir))
    , m_keep(keep)
{
}

QList<qint64> History::ids() const
{
    QList<qint64> out;
    // Filtered here, not with a name filter: QDir turns "*.json" into a
    // regular expression compiled (and JIT-compiled) on every call, and
    // every apply asks for the ids.
    const QStringList names = QDir(m_dir).entryList(QDir::Files);
    for (const QString &n : names) {
        if (!n.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            continue;
        bool ok = false;
        const qint64 id = n.chopped(5).toLongLong(&ok);
        if (ok)
            out.append(id);
    }
    std::sort(out.begin(), out.end(), std::greater<>());
    return out;
}

Result<qint64> History::append(Entry e)
{
    if (!QDir().mkpath(m_dir))
        return fail(ErrorCode::StorageFailed, QStringLiteral("cannot create %1").arg(m_dir));
    const QList<qint64> existing = ids();
    e.id = existing.isEmpty() ? 1 : existing.first() + 1;
    QJsonObject doc{{QStringLiteral("id"), e.id},
                          {QStringLiteral("revision"), e.revision},
                          {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                          {QStringLiteral("uid"), qint64(e.uid)},
                          {QStringLiteral("who"), e.who},
                          {QStringLiteral("action"), e.action},
                          {QStringLiteral("config"), config::toJson(e.config)}};
    if (!e.reason.isEmpty())
        doc.insert(QStringLiteral("reason"), e.reason);
    if (!e.checks.isEmpty())
        doc.insert(QStringLiteral("checks"), e.checks);
    const QString path = QDir(m_dir).filePath(fileName(e.id));
    if (auto r = config::ConfigStore::writeAtomically(path, QJsonDocument(doc).toJson(QJsonDocument::Compact)); !r)
        return std::unexpected(r.error());
    m_newest = e;
    // Keep the newest m_keep; the one just written is first.
    for (qsizetype i = m_keep - 1; i < existing.size(); ++i)
        QFile::remove(QDir(m_dir).filePath(fileName(existing[i])));
    return e.id;
}

Result<History::Entry> History::get(qint64 id) const
{
    QFile f(QDir(m_dir).filePath(fileName(id)));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, QStringLiteral("no history entry %1").arg(id), QStringLiteral("/id"));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    auto c = config::fromJson(doc.value(QStringLiteral("config")).toObject());
    if (!c)
        return fail(ErrorCode::StorageFailed,
                    QStringLiteral("history entry %1 is damaged: %2").arg(id).arg(c.error().toString()));
    Entry e;
    e.id = id;
    e.revision = qint64(doc.value(QStringLiteral("revision")).toDouble());
    e.at = QDateTime::fromString(doc.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.uid = uint(doc.value(QStringLiteral("uid")).toDouble());
    e.who = doc.value(QStringLiteral("who")).toString();
    e.action = doc.value(QStringLiteral("action")).toString();
    e.config = *c;
    e.reason = doc.value(QStringLiteral("reason")).toString();
    e.checks = doc.value(QStringLiteral("checks")).toArray();
    return e;
}

std::optional<History::Entry> History::newest() const
{
    const QList<qint64> all = ids();
    if (all.isEmpty())
        return std::nullopt;
    if (!m_newest || m_newest->id != all.first()) {
        auto e = get(all.first());
        if (!e)
            return std::nullopt;
        m_newest = *e;
    }
    return m_newest;
}

QList<History::Entry> History::list() const
{
    QList<Entry> out;
    for (qint64 id : ids()) {
        auto e = get(id);
        if (e)
            out.append(*e);
        else
            qCWarning(lcReconcile).noquote() << e.error().message;
    }
    return out;
}

} // namespace byway::reconcile
