// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlEngine>
#include <QSortFilterProxyModel>

namespace byway::qml {

// What the log page shows of LogModel: one category or all, a minimum level,
// and a case-insensitive text search over message and category.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY categoryChanged)
    Q_PROPERTY(int minLevel READ minLevel WRITE setMinLevel NOTIFY minLevelChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    explicit LogFilterModel(QObject *parent = nullptr);

    [[nodiscard]] QString category() const { return m_category; }
    void setCategory(const QString &category);
    [[nodiscard]] int minLevel() const { return m_minLevel; }
    void setMinLevel(int level);
    [[nodiscard]] QString search() const { return m_search; }
    void setSearch(const QString &text);
    [[nodiscard]] int count() const { return rowCount(); }

    // Visible rows first..last (either order) as text, one line each:
    // "time category level message".
    Q_INVOKABLE QString text(int first, int last) const;
    // The same to the clipboard.
    Q_INVOKABLE void copy(int first, int last) const;
    // Every visible line to a file (written atomically); false with `error` set on failure.
    Q_INVOKABLE bool exportTo(const QString &path);
    Q_INVOKABLE QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void categoryChanged();
    void minLevelChanged();
    void searchChanged();
    void countChanged();

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_category; // empty: all
    int m_minLevel = 0;
    QString m_search;
    QString m_lastError;
};

} // namespace byway::qml
