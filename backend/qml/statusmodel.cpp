// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusmodel.h"

#include "helperconnection.h"
#include "singletons.h"

#include <QPointer>

namespace byway::qml {

StatusModel::StatusModel(HelperConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &StatusModel::refresh);
    connect(m_connection, &HelperConnection::stateChanged, this, &StatusModel::onStateChanged);
    onStateChanged();
}

StatusModel *StatusModel::create(QQmlEngine *engine, QJSEngine *)
{
    return new StatusModel(backendSingleton<HelperConnection>(engine, "HelperConnection"));
}

template <typename T>
void StatusModel::assign(T &field, const T &value, void (StatusModel::*changed)())
{
    if (field == value)
        return;
    field = value;
    Q_EMIT(this->*changed)();
}

void StatusModel::setLoading(bool on)
{
    assign(m_loading, on, &StatusModel::loadingChanged);
}

void StatusModel::onStateChanged()
{
    if (m_connection->state() == HelperConnection::Connected) {
        refresh();
        m_poll.start();
    } else {
        m_poll.stop();
        // Stale numbers must not look live: the mode is unknown without the helper.
        assign(m_mode, QStringLiteral("unknown"), &StatusModel::modeChanged);
    }
}

void StatusModel::refresh()
{
    if (m_inFlight)
        return; // a slow helper gets one request at a time, not a queue
    m_inFlight = true;
    if (!m_loaded)
        setLoading(true);
    QPointer<StatusModel> self(this);
    m_connection->client()->call(QStringLiteral("status.get"), {}, [self](Result<QJsonValue> r) {
        if (!self)
            return;
        self->m_inFlight = false;
        self->setLoading(false);
        if (!r) {
            self->m_connection->reportError(r.error());
            self->m_errorCode = errorCodeName(r.error().code);
            self->m_errorMessage = r.error().message;
            Q_EMIT self->errorChanged();
            return;
        }
        if (!self->m_errorCode.isEmpty()) {
            self->m_errorCode.clear();
            self->m_errorMessage.clear();
            Q_EMIT self->errorChanged();
        }
        self->apply(r->toObject());
    }, 10000);
}

void StatusModel::apply(const QJsonObject &s)
{
    const QJsonObject config = s.value(u"config").toObject();
    assign(m_version, s.value(u"version").toString(), &StatusModel::versionChanged);
    assign(m_uptimeSec, qint64(s.value(u"uptimeSec").toDouble()), &StatusModel::uptimeSecChanged);
    assign(m_mode, s.value(u"mode").toString(QStringLiteral("unknown")), &StatusModel::modeChanged);
    assign(m_role, config.value(u"role").toString(), &StatusModel::roleChanged);
    assign(m_configRevision, qint64(config.value(u"revision").toDouble()), &StatusModel::configRevisionChanged);
    assign(m_configSource, config.value(u"source").toString(), &StatusModel::configSourceChanged);
    assign(m_configProblem, config.value(u"problem").toString(), &StatusModel::configProblemChanged);
    assign(m_configPath, config.value(u"path").toString(), &StatusModel::configPathChanged);
    assign(m_callerRole, s.value(u"caller").toObject().value(u"role").toString(), &StatusModel::callerRoleChanged);
    assign(m_clients, s.value(u"clients").toInt(), &StatusModel::clientsChanged);
    const QJsonObject capture = s.value(u"capture").toObject();
    assign(m_captureRunning, capture.value(u"active").toBool(), &StatusModel::captureChanged);
    assign(m_captureProblem, capture.value(u"problem").toString(), &StatusModel::captureChanged);
    assign(m_loaded, true, &StatusModel::loadedChanged);
}

} // namespace byway::qml
