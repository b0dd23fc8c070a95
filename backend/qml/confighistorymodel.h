// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "polledmodel.h"

#include <QJsonObject>
#include <QQmlEngine>

namespace byway::qml {

class HelperConnection;

// config.history: the applied configs, newest first, on every connect. Owned
// by ConfigModel, which refreshes it after every apply, confirm and rollback.
class ConfigHistoryModel : public PolledModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by ConfigModel")
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
        bool operator==(const Entry &) const = default;
    };

    explicit ConfigHistoryModel(HelperConnection *connection, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_entries.size()); }

    // One config.history result (public for the tests).
    void apply(const QJsonObject &history);

Q_SIGNALS:
    void countChanged();

protected:
    void take(const QJsonValue &result) override { apply(result.toObject()); }

private:
    QList<Entry> m_entries;
};

} // namespace byway::qml
