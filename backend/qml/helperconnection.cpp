// SPDX-License-Identifier: GPL-3.0-or-later
#include "helperconnection.h"

#include <algorithm>

namespace byway::qml {
namespace {
// bywayd restarts in well under a second; after that, back off so a stopped
// helper does not cost a wake-up every few hundred ms forever.
constexpr int kFirstRetryMs = 500;
constexpr int kMaxRetryMs = 15000;

// Failures a retry cannot fix: someone has to trust a certificate, replace a
// token or join a group first.
bool needsAPerson(const QString &code)
{
    return code == u"permission_denied" || code == u"certificate_untrusted" || code == u"certificate_changed"
        || code == u"unauthenticated";
}
} // namespace

HelperConnection::HelperConnection(QObject *parent)
    : QObject(parent)
    , m_endpoint(Endpoint::local(Client::defaultSocketPath()))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HelperConnection::reconnect);
    connect(&m_client, &Client::connected, this, [this] {
        m_retry.stop();
        m_retryDelayMs = 0;
        Q_EMIT retryDelayMsChanged();
        setError({}, {});
        // Set before the state so bindings on the role see it with Connected.
        setState(Connected);
        Q_EMIT connected();
    });
    connect(&m_client, &Client::disconnected, this, [this] {
        if (m_state == Connected)
            setError(QStringLiteral("unavailable"), tr("bywayd closed the connection"));
        setState(Disconnected);
        scheduleRetry();
    });
    connect(&m_client, &Client::connectionError, this, &HelperConnection::onConnectionError);
    connect(&m_client, &Client::notification, this, &HelperConnection::notification);
}

void HelperConnection::onConnectionError(const Error &e)
{
    if (m_client.isConnected()) {
        setError(errorCodeName(e.code), e.message); // a garbled line; the connection itself is still up
        return;
    }
    const Client::Failure &f = m_client.lastFailure();
    const QString code = f.code.isEmpty() ? errorCodeName(e.code) : f.code;
    setError(code, e.message, f.fingerprint.isEmpty() ? QString() : Client::fingerprintText(f.fingerprint));
    if (needsAPerson(code)) {
        m_retry.stop();
        setState(Refused);
        return;
    }
    setState(Disconnected);
    scheduleRetry(f.retryAfterSec * 1000);
}

void HelperConnection::setSocketPath(const QString &path)
{
    if (!m_endpoint.isRemote() && path == m_endpoint.path)
        return;
    const bool active = m_state != Disconnected || m_retry.isActive();
    const bool pathChanged = path != m_endpoint.path;
    m_endpoint = Endpoint::local(path);
    if (pathChanged)
        Q_EMIT socketPathChanged();
    Q_EMIT endpointChanged();
    if (active)
        reconnect();
}

void HelperConnection::setEndpoint(const Endpoint &endpoint)
{
    const bool pathChanged = endpoint.path != m_endpoint.path;
    m_endpoint = endpoint;
    if (pathChanged)
        Q_EMIT socketPathChanged();
    Q_EMIT endpointChanged();
    m_retryDelayMs = 0;
    Q_EMIT retryDelayMsChanged();
    reconnect();
}

void HelperConnection::setUnusable(const Endpoint &endpoint, const QString &code, const QString &message)
{
    m_retry.stop();
    m_client.abort();
    const bool pathChanged = endpoint.path != m_endpoint.path;
    m_endpoint = endpoint;
    if (pathChanged)
        Q_EMIT socketPathChanged();
    Q_EMIT endpointChanged();
    setError(code, message);
    setState(Refused);
}

QString HelperConnection::remoteRole() const
{
    return m_endpoint.isRemote() && m_state == Connected ? m_client.auth().role : QString();
}

QString HelperConnection::tokenName() const
{
    return m_endpoint.isRemote() && m_state == Connected ? m_client.auth().name : QString();
}

void HelperConnection::reconnect()
{
    m_retry.stop();
    setState(Connecting);
    // Non-blocking: a Unix socket connect either completes or fails at once;
    // TCP, TLS and the token take round trips. The result arrives through
    // the client's signals.
    m_client.connectTo(m_endpoint);
}

void HelperConnection::reportError(const Error &error)
{
    if (error.code != ErrorCode::PermissionDenied)
        return;
    setError(errorCodeName(error.code), error.message);
    setState(Refused);
}

void HelperConnection::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged();
}

void HelperConnection::setError(const QString &code, const QString &message, const QString &fingerprint)
{
    if (code == m_errorCode && message == m_errorMessage && fingerprint == m_peerFingerprint)
        return;
    m_errorCode = code;
    m_errorMessage = message;
    m_peerFingerprint = fingerprint;
    Q_EMIT errorChanged();
}

void HelperConnection::scheduleRetry(int atLeastMs)
{
    if (m_retry.isActive())
        return;
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs : std::min(m_retryDelayMs * 2, kMaxRetryMs);
    m_retryDelayMs = std::max(m_retryDelayMs, atLeastMs);
    Q_EMIT retryDelayMsChanged();
    m_retry.start(m_retryDelayMs);
}

} // namespace byway::qml
