// SPDX-License-Identifier: GPL-3.0-or-later
#include "polledmodel.h"

#include "helperconnection.h"

#include <QPointer>

namespace byway::qml {

PolledModel::PolledModel(HelperConnection *connection, Poll poll, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
    , m_poll(std::move(poll))
    , m_active(m_poll.active)
{
    m_timer.setInterval(m_poll.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_timer.interval() != m_poll.intervalMs)
            m_timer.setInterval(m_poll.intervalMs);
        refresh();
    });
}

void PolledModel::followConnection()
{
    connect(m_connection, &HelperConnection::stateChanged, this, &PolledModel::onStateChanged);
    if (m_connection->state() == HelperConnection::Connected)
        onStateChanged();
}

int PolledModel::rowCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 0;
}

QVariant PolledModel::data(const QModelIndex &index, int role) const
{
    Q_UNUSED(index)
    Q_UNUSED(role)
    return {};
}

void PolledModel::setActive(bool on)
{
    if (on == m_active)
        return;
    m_active = on;
    Q_EMIT activeChanged();
    onStateChanged();
}

void PolledModel::onStateChanged()
{
    const bool up = m_connection->state() == HelperConnection::Connected;
    if (up && m_active) {
        m_sampleClock.invalidate();
        connectionUp();
        if (m_poll.intervalMs > 0)
            m_timer.start();
        return;
    }
    m_timer.stop();
    if (!up)
        connectionDown();
}

void PolledModel::setLoading(bool on)
{
    if (on == m_loading)
        return;
    m_loading = on;
    Q_EMIT loadingChanged();
}

void PolledModel::setError(const QString &code, const QString &message)
{
    if (code == m_errorCode && message == m_errorMessage)
        return;
    m_errorCode = code;
    m_errorMessage = message;
    Q_EMIT errorChanged();
}

void PolledModel::markLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    Q_EMIT loadedChanged();
}

qint64 PolledModel::nextSample()
{
    if (!m_sampleClock.isValid()) {
        m_sampleClock.start();
        if (m_poll.secondSampleMs > 0 && m_timer.isActive())
            m_timer.start(m_poll.secondSampleMs);
        return 0;
    }
    return m_sampleClock.restart();
}

void PolledModel::fail(const Error &error)
{
    m_connection->reportError(error);
    setError(errorCodeName(error.code), error.message);
}

bool PolledModel::request(const QString &method, const QJsonObject &params, int timeoutMs,
                          std::function<void(Result<QJsonValue>)> done)
{
    if (m_inFlight)
        return false;
    m_inFlight = true;
    if (!m_poll.loadingOnce || !m_loaded)
        setLoading(true);
    QPointer<PolledModel> self(this);
    m_connection->client()->call(method, params, [self, done = std::move(done)](Result<QJsonValue> r) {
        if (!self)
            return;
        self->m_inFlight = false;
        self->setLoading(false);
        done(std::move(r));
    }, timeoutMs);
    return true;
}

void PolledModel::refresh()
{
    // A Keep or an apply that just happened must be seen by the answer after
    // the one still out (Poll::again); otherwise a slow helper gets no queue.
    const bool asked = request(m_poll.method, m_poll.params, m_poll.timeoutMs, [this](Result<QJsonValue> r) {
        if (m_again) {
            m_again = false;
            QTimer::singleShot(0, this, &PolledModel::refresh);
        }
        if (!r)
            return fail(r.error());
        if (m_poll.answerClearsError)
            clearError();
        take(*r);
    });
    if (!asked && m_poll.again)
        m_again = true;
}

} // namespace byway::qml
