// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QQmlEngine>

namespace byway::qml {

// Per-user totals of the captured flows (FlowModel.users): from the helper's
// per-user counters when flows.list has them, else summed over the flows.
class FlowUserModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by FlowModel")
public:
    enum Role { UserRole = Qt::UserRole + 1, FlowsRole, BytesUpRole, BytesDownRole, BytesRole, RateRole };
    Q_ENUM(Role)

    struct Totals {
        QString user;
        qint64 flows = 0;
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;
        double rate = -1; // bytes per second; -1 until two samples exist
        friend bool operator==(const Totals &, const Totals &) = default;
    };

    using QAbstractListModel::QAbstractListModel;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Same users in the same order: dataChanged for the rows that changed;
    // users gone are removed, new ones appended. Sorted by bytes by the caller.
    void update(QList<Totals> totals);
    [[nodiscard]] const QList<Totals> &totals() const { return m_totals; }

private:
    QList<Totals> m_totals;
};

} // namespace byway::qml
