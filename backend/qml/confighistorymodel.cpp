// SPDX-License-Identifier: GPL-3.0-or-later
#include "confighistorymodel.h"

#include "helperconnection.h"

#include <QDateTime>
#include <QJsonArray>

namespace byway::qml {

ConfigHistoryModel::ConfigHistoryModel(HelperConnection *connection, QObject *parent)
    : PolledModel(connection, {.method = QStringLiteral("config.history"), .params = {{QStringLiteral("limit"), 50}}},
                  parent)
{
    followConnection();
}

int ConfigHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConfigHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case IdRole: return e.id;
    case RevisionRole: return e.revision;
    case AtRole: return e.at;
    case UidRole: return e.uid;
    case WhoRole: return e.who;
    case ActionRole: return e.action;
    case ConfigRoleRole: return e.role;
    case CurrentRole: return index.row() == 0;
    default: return {};
    }
}

QHash<int, QByteArray> ConfigHistoryModel::roleNames() const
{
    return {{IdRole, "historyId"}, {RevisionRole, "revision"}, {AtRole, "at"}, {UidRole, "uid"},
            {WhoRole, "who"}, {ActionRole, "action"}, {ConfigRoleRole, "configRole"}, {CurrentRole, "current"}};
}

void ConfigHistoryModel::apply(const QJsonObject &history)
{
    QList<Entry> entries;
    for (const QJsonValue &v : history.value(u"entries").toArray()) {
        const QJsonObject o = v.toObject();
        const QDateTime t = QDateTime::fromString(o.value(u"at").toString(), Qt::ISODateWithMs);
        entries.append(Entry{o.value(u"id").toInt(), qint64(o.value(u"revision").toDouble()),
                             t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                         : o.value(u"at").toString(),
                             o.value(u"uid").toInt(), o.value(u"who").toString(), o.value(u"action").toString(),
                             o.value(u"role").toString()});
    }
    if (entries == m_entries) { // the same history read again: the rows (and a tap on one) stay
        markLoaded();
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    Q_EMIT countChanged();
    markLoaded();
}

} // namespace byway::qml
