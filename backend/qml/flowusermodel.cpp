// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowusermodel.h"

#include <QHash>

namespace byway::qml {

int FlowUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

QVariant FlowUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Totals &t = m_totals.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case UserRole: return t.user;
    case FlowsRole: return t.flows;
    case BytesUpRole: return t.bytesUp;
    case BytesDownRole: return t.bytesDown;
    case BytesRole: return t.bytesUp + t.bytesDown;
    case RateRole: return t.rate;
    default: return {};
    }
}

QHash<int, QByteArray> FlowUserModel::roleNames() const
{
    return {{UserRole, "user"},         {FlowsRole, "flows"}, {BytesUpRole, "bytesUp"},
            {BytesDownRole, "bytesDown"}, {BytesRole, "bytes"}, {RateRole, "rate"}};
}

void FlowUserModel::update(QList<Totals> totals)
{
    QHash<QString, qsizetype> wanted;
    for (qsizetype i = 0; i < totals.size(); ++i)
        wanted.insert(totals.at(i).user, i);
    // Users gone, from the end so the rows above keep their numbers.
    for (qsizetype i = m_totals.size() - 1; i >= 0; --i) {
        if (wanted.contains(m_totals.at(i).user))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_totals.removeAt(i);
        endRemoveRows();
    }
    QHash<QString, qsizetype> have;
    for (qsizetype i = 0; i < m_totals.size(); ++i) {
        Totals &old = m_totals[i];
        have.insert(old.user, i);
        const Totals &now = totals.at(wanted.value(old.user));
        if (old == now)
            continue;
        old = now;
        Q_EMIT dataChanged(index(int(i)), index(int(i)), {FlowsRole, BytesUpRole, BytesDownRole, BytesRole, RateRole});
    }
    QList<Totals> fresh;
    for (const Totals &t : totals)
        if (!have.contains(t.user))
            fresh.append(t);
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, int(m_totals.size()), int(m_totals.size() + fresh.size()) - 1);
    m_totals.append(fresh);
    endInsertRows();
}

} // namespace byway::qml
