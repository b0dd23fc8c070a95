// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfiltermodel.h"

#include "logmodel.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSaveFile>

namespace byway::qml {

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &LogFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &LogFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &LogFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &LogFilterModel::countChanged);
}

void LogFilterModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
    Q_EMIT categoryChanged();
}

void LogFilterModel::setMinLevel(int level)
{
    if (level == m_minLevel)
        return;
    m_minLevel = level;
    invalidateFilter();
    Q_EMIT minLevelChanged();
}

void LogFilterModel::setSearch(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
    Q_EMIT searchChanged();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (i.data(LogModel::LevelValueRole).toInt() < m_minLevel)
        return false;
    const QString category = i.data(LogModel::CategoryRole).toString();
    if (!m_category.isEmpty() && category != m_category)
        return false;
    if (m_search.isEmpty())
        return true;
    return i.data(LogModel::MessageRole).toString().contains(m_search, Qt::CaseInsensitive)
        || category.contains(m_search, Qt::CaseInsensitive);
}

QString LogFilterModel::text(int first, int last) const
{
    if (first > last)
        std::swap(first, last);
    first = std::max(first, 0);
    last = std::min(last, rowCount() - 1);
    QString out;
    for (int r = first; r <= last; ++r) {
        const QModelIndex i = index(r, 0);
        // Copied or saved lines leave this day: they carry their date.
        out += i.data(LogModel::StampRole).toString() + QLatin1Char(' ') + i.data(LogModel::CategoryRole).toString()
            + QLatin1Char(' ') + i.data(LogModel::LevelRole).toString() + QLatin1Char(' ')
            + i.data(LogModel::MessageRole).toString() + QLatin1Char('\n');
    }
    return out;
}

void LogFilterModel::copy(int first, int last) const
{
    if (auto *cb = QGuiApplication::clipboard())
        cb->setText(text(first, last));
}

bool LogFilterModel::exportTo(const QString &path)
{
    // At most the ring's few thousand lines: a local write of well under a MiB.
    QSaveFile f(path);
    const bool ok = f.open(QIODevice::WriteOnly) && f.write(text(0, rowCount() - 1).toUtf8()) >= 0 && f.commit();
    m_lastError = ok ? QString() : f.errorString();
    return ok;
}

} // namespace byway::qml
