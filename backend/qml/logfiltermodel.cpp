// SPDX-License-Identifier: GPL-3.0-or-later
#include "logfiltermodel.h"

#include "logmodel.h"

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

} // namespace byway::qml
