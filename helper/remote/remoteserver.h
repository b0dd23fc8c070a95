// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/linechannel.h"
#include "control/dispatcher.h"
#include "remote/ratelimiter.h"
#include "remote/tlsidentity.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpServer;

namespace byway::remote {

class RemoteConnection;
class TokenStore;

struct RemoteLimits {
    int maxClients = 64;                  // remote connections, authenticated or not
    int maxUnauthenticated = 16;          // in the handshake or before auth.token succeeded
    int maxUnauthenticatedPerSource = 4;  // per IPv4 address / IPv6 /64
    int authTimeoutMs = 5000;             // from accept to a successful auth.token
    control::ConnectionLimits connection; // the same framing and caps as the local socket
};

// The TLS listener for remote GUIs (docs/protocol.md, "Remote access"). It
// accepts on bywayd's event loop, requires auth.token as the first request,
// and then hands lines to the same Dispatcher as the local socket, with the
// token as the caller. Unauthenticated connections are capped in number and
// time, and failed tokens are rate-limited per source, so the port cannot
// be used to wear bywayd down or to guess tokens.
class RemoteServer final : public QObject
{
    Q_OBJECT
public:
    RemoteServer(const control::Dispatcher &dispatcher, TokenStore &tokens, TlsIdentity identity,
                 RateLimitPolicy rateLimit, RemoteLimits limits, QObject *parent = nullptr);
    ~RemoteServer() override;

    // /metrics on this listener: a connection whose first bytes are "GET "
    // is an HTTP request with `Authorization: Bearer TOKEN` (any role may
    // read); `render` makes the text. Unset: such requests get 404.
    using MetricsRender = std::function<void(std::function<void(const QByteArray &)>)>;
    void setMetrics(MetricsRender render) { m_metrics = std::move(render); }

    // address Any = both IPv4 and IPv6.
    [[nodiscard]] Result<void> listen(const QHostAddress &address, quint16 port);
    void close();

    [[nodiscard]] const TlsIdentity &identity() const { return m_identity; }
    // "[::]:7443", "192.0.2.1:7443"
    [[nodiscard]] QString address() const;
    [[nodiscard]] int clientCount() const { return int(m_connections.size()); }
    [[nodiscard]] int authenticatedCount() const { return clientCount() - m_unauthenticated; }
    [[nodiscard]] int connectionsOf(const QString &tokenId) const;

Q_SIGNALS:
    // An admin token's request (other than auth.token) came in on a
    // connection whose local end is `local`:`port`: the management address
    // it reached the box by works (health-checked confirm, reconnect checks).
    void adminRequest(const QHostAddress &local, quint16 port);

private:
    void onIncoming(qintptr descriptor);
    void onLine(RemoteConnection *c, const QByteArray &line);
    void authenticate(RemoteConnection *c, const rpc::Request &request);
    void onHttp(RemoteConnection *c, const QByteArray &head);
    void refuse(RemoteConnection *c, const QJsonValue &id, const Error &error);
    void onClosed(RemoteConnection *c);
    void markAuthenticated(RemoteConnection *c);
    void closeConnectionsOf(const QString &tokenId, const QString &why);
    void sweep();
    void noteTurnedAway(const QString &why);

    const control::Dispatcher &m_dispatcher;
    TokenStore &m_tokens;
    TlsIdentity m_identity;
    RateLimiter m_limiter;
    RemoteLimits m_limits;
    QSslConfiguration m_ssl;
    std::unique_ptr<QTcpServer> m_server;
    QHash<quint64, RemoteConnection *> m_connections;
    QHash<QString, int> m_unauthPerSource;
    int m_unauthenticated = 0;
    quint64 m_nextId = 1;
    QTimer m_sweep;
    qint64 m_turnedAway = 0;
    QTimer m_turnedAwayReport;
    MetricsRender m_metrics;
};

} // namespace byway::remote
