// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowfiltermodel.h"

namespace byway::qml {

FlowFilterModel::FlowFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(this, &QAbstractItemModel::rowsInserted, this, &FlowFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &FlowFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &FlowFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &FlowFilterModel::countChanged);
    // Role names are known once there is a source.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        resolveRoles();
        applySort();
    });
}

void FlowFilterModel::resolveRoles()
{
    m_filterRoles.clear();
    if (!sourceModel())
        return;
    const auto names = sourceModel()->roleNames();
    for (const QString &n : std::as_const(m_filterRoleNames)) {
        const int role = names.key(n.toUtf8(), -1);
        if (role >= 0)
            m_filterRoles.append(role);
    }
}

void FlowFilterModel::applySort()
{
    if (!sourceModel() || m_sortKey.isEmpty()) {
        sort(-1); // source order
        return;
    }
    const int role = sourceModel()->roleNames().key(m_sortKey.toUtf8(), -1);
    if (role < 0) {
        sort(-1);
        return;
    }
    setSortRole(role);
    sort(0, m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void FlowFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
    Q_EMIT filterTextChanged();
    Q_EMIT countChanged();
}

void FlowFilterModel::setFilterRoles(const QStringList &roles)
{
    if (roles == m_filterRoleNames)
        return;
    m_filterRoleNames = roles;
    resolveRoles();
    invalidateFilter();
    Q_EMIT filterRolesChanged();
    Q_EMIT countChanged();
}

void FlowFilterModel::setSortKey(const QString &key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    applySort();
    Q_EMIT sortChanged();
}

void FlowFilterModel::setDescending(bool on)
{
    if (on == m_descending)
        return;
    m_descending = on;
    applySort();
    Q_EMIT sortChanged();
}

void FlowFilterModel::toggleSort(const QString &key)
{
    if (key == m_sortKey) {
        setDescending(!m_descending);
        return;
    }
    // Numbers are most useful biggest first; names from A.
    m_sortKey = key;
    m_descending = key == u"bytes" || key == u"bytesUp" || key == u"bytesDown" || key == u"rate" || key == u"flows";
    applySort();
    Q_EMIT sortChanged();
}

bool FlowFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    for (int role : m_filterRoles)
        if (i.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool FlowFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString) {
        const int c = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else if (a != b) {
        return QVariant::compare(a, b) == QPartialOrdering::Less;
    }
    // Ties in a stable order: by source row, so equal rows do not jump around each poll.
    return left.row() < right.row();
}

} // namespace byway::qml
