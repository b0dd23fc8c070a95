// SPDX-License-Identifier: GPL-3.0-or-later
#include "helperconnection.h"

#include <algorithm>

namespace byway::qml {
namespace {
// bywayd restarts in well under a second; after that, back off so a stopped
// helper does not cost a wake-up every few hundred ms forever.
constexpr int kFirstRetryMs = 500;
constexpr int kMaxRetryMs = 15000;
} // namespace

HelperConnection::HelperConnection(QObject *parent)
    : QObject(parent)
    , m_path(Client::defaultSocketPath())
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HelperConnection::reconnect);
    connect(&m_client, &Client::connected, this, [this] {
        m_retryDelayMs = 0;
        Q_EMIT retryDelayMsChanged();
        setError(Error{}); // an empty message clears the last error
        setState(Connected);
        Q_EMIT connected();
    });
    connect(&m_client, &Client::disconnected, this, [this] {
        if (m_state == Connected)
            setError(Error::make(ErrorCode::Unavailable, tr("bywayd closed the connection")));
        setState(Disconnected);
        scheduleRetry();
    });
    connect(&m_client, &Client::connectionError, this, [this](const Error &e) {
        setError(e);
        if (m_client.isConnected())
            return; // a garbled line; the connection itself is still up
        setState(e.code == ErrorCode::PermissionDenied ? Refused : Disconnected);
        scheduleRetry();
    });
    connect(&m_client, &Client::notification, this, &HelperConnection::notification);
}

void HelperConnection::setSocketPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    Q_EMIT socketPathChanged();
    if (m_state != Disconnected || m_retry.isActive())
        reconnect();
}

void HelperConnection::reconnect()
{
    m_retry.stop();
    setState(Connecting);
    // Non-blocking: a Unix socket connect either completes or fails at once;
    // the result arrives through the client's signals.
    m_client.connectToServer(m_path);
}

void HelperConnection::reportError(const Error &error)
{
    if (error.code != ErrorCode::PermissionDenied)
        return;
    setError(error);
    setState(Refused);
}

void HelperConnection::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged();
}

void HelperConnection::setError(const Error &error)
{
    const QString code = error.message.isEmpty() ? QString() : errorCodeName(error.code);
    if (code == m_errorCode && error.message == m_errorMessage)
        return;
    m_errorCode = code;
    m_errorMessage = error.message;
    Q_EMIT errorChanged();
}

void HelperConnection::scheduleRetry()
{
    if (m_retry.isActive())
        return;
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs : std::min(m_retryDelayMs * 2, kMaxRetryMs);
    Q_EMIT retryDelayMsChanged();
    m_retry.start(m_retryDelayMs);
}

} // namespace byway::qml
