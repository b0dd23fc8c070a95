// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the GUI tests against a real bywayd (netns_run.py) share: asking
// bywayd over a connection of their own, the Configuration page's model on
// the GUI's connection, and a failure's text.
#include "configmodel.h"
#include "core/client.h"
#include "helperconnection.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace byway::qml::testing {

// One call over a fresh connection to BYWAY_SOCKET; {} when it fails.
inline QJsonObject askBywayd(const QString &method, const QJsonObject &params = {})
{
    Client c;
    if (!cli::connectAndWait(c, Client::defaultSocketPath()))
        return {};
    auto r = cli::callAndWait(c, method, params);
    return r ? r->toObject() : QJsonObject();
}

// What bywayd runs now (and its revision).
inline QJsonObject runningConfig(qint64 *revision = nullptr)
{
    const QJsonObject r = askBywayd(QStringLiteral("config.get"));
    if (revision)
        *revision = qint64(r.value(u"revision").toDouble());
    return r.value(u"config").toObject();
}

// A ConfigModel's problems and error, for a failed check's message.
inline QString describe(const ConfigModel &m)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromVariantList(m.problems())).toJson(QJsonDocument::Compact))
           + QLatin1Char(' ') + m.errorCode() + QLatin1Char(' ') + m.errorMessage();
}

// A connection and a ConfigModel on it, owned by `owner`; true once the
// connection is up and the stored config loaded (within 10 s each).
inline bool connectConfigModel(QObject *owner, HelperConnection *&connection, ConfigModel *&model)
{
    connection = new HelperConnection(owner);
    model = new ConfigModel(connection, owner);
    connection->reconnect();
    return QTest::qWaitFor([connection] { return connection->state() == HelperConnection::Connected; }, 10000)
        && QTest::qWaitFor([model] { return model->loaded(); }, 10000);
}

// Applies the form's config with no confirm window and waits (30 s) for
// bywayd's answer; true when it was applied, else `why` says what failed.
inline bool applyAndWait(ConfigModel &m, QString *why)
{
    m.setConfirmSeconds(0);
    m.apply();
    const bool answered = QTest::qWaitFor(
        [&m] { return m.applyState() == ConfigModel::Applied || m.applyState() == ConfigModel::Failed; }, 30000);
    const bool applied = answered && m.applyState() == ConfigModel::Applied;
    if (!applied)
        *why = (answered ? QString() : QStringLiteral("no answer in 30 s; ")) + describe(m);
    else
        m.dismissApplyState();
    return applied;
}

} // namespace byway::qml::testing
