// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

namespace byway::qml {

// What the Flows page shows of FlowModel (or its per-user totals): rows whose
// user, addresses or exit contain the filter text, sorted by one column.
// Columns are named by their role ("user", "bytes", "rate", "ageMs", …).
class FlowFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(QStringList filterRoles READ filterRoles WRITE setFilterRoles NOTIFY filterRolesChanged)
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    Q_PROPERTY(bool descending READ descending WRITE setDescending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit FlowFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString filterText() const { return m_text; }
    void setFilterText(const QString &text);
    [[nodiscard]] QStringList filterRoles() const { return m_filterRoleNames; }
    void setFilterRoles(const QStringList &roles);
    [[nodiscard]] QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString &key);
    [[nodiscard]] bool descending() const { return m_descending; }
    void setDescending(bool on);
    [[nodiscard]] int count() const { return rowCount(); }

    // Sort by `key`; the same key again flips the order (a click on a column header).
    Q_INVOKABLE void toggleSort(const QString &key);

Q_SIGNALS:
    void filterTextChanged();
    void filterRolesChanged();
    void sortChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void resolveRoles();
    void applySort();

    QString m_text;
    QStringList m_filterRoleNames{QStringLiteral("user"), QStringLiteral("source"), QStringLiteral("destination"),
                                  QStringLiteral("exit")};
    QList<int> m_filterRoles;
    QString m_sortKey;
    bool m_descending = false;
};

} // namespace byway::qml
