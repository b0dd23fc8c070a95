// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QQmlEngine>

namespace byway::qml {

class HelperConnection;

// config.history: the applied configs, newest first. Owned by ConfigModel,
// which refreshes it after every apply, confirm and rollback.
class ConfigHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ConfigModel")
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum Role { IdRole = Qt::UserRole + 1, RevisionRole, AtRole, UidRole, WhoRole, ActionRole, ConfigRoleRole, CurrentRole };
    Q_ENUM(Role)

    struct Entry {
        int id = 0;
        qint64 revision = 0;
        QString at;
        int uid = 0;
        QString who;
        QString action;
        QString role;
    };

    explicit ConfigHistoryModel(HelperConnection *connection, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool loading() const { return m_loading; }
    [[nodiscard]] int count() const { return int(m_entries.size()); }

    Q_INVOKABLE void refresh();
    // One config.history result (public for the tests).
    void apply(const QJsonObject &history);

Q_SIGNALS:
    void loadingChanged();
    void countChanged();

private:
    HelperConnection *m_connection;
    QList<Entry> m_entries;
    bool m_loading = false;
};

} // namespace byway::qml
