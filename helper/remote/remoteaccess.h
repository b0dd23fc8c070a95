// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "remote/ratelimiter.h"
#include "remote/remoteserver.h"
#include "remote/tokenstore.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace byway::control {
class Dispatcher;
}

namespace byway::remote {

struct RemoteOptions {
    QHostAddress address;     // Any = IPv4 and IPv6
    quint16 port = 0;         // 0 = no remote listener
    QString certPath;         // empty: <stateDir>/tls/cert.pem + key.pem, made on first start
    QString keyPath;
    QString stateDir;
    RateLimitPolicy rateLimit;
    RemoteLimits limits;

    [[nodiscard]] bool enabled() const { return port != 0; }
};

// Remote management as bywayd sees it: the token store (always there, so
// tokens can be made before the listener is switched on) and, when
// enabled, the TLS listener.
class RemoteAccess final : public QObject
{
    Q_OBJECT
public:
    RemoteAccess(const control::Dispatcher &dispatcher, RemoteOptions options, QObject *parent = nullptr);
    ~RemoteAccess() override;

    // Loads the tokens (a broken file is logged, not fatal) and, when
    // enabled, the TLS identity and the listener (failures are fatal: the
    // admin asked for it).
    [[nodiscard]] Result<void> start();
    void stop();

    // /metrics on the TLS listener too (RemoteServer::setMetrics); before start().
    void setMetrics(RemoteServer::MetricsRender render) { m_metrics = std::move(render); }

    [[nodiscard]] TokenStore &tokens() { return m_tokens; }
    [[nodiscard]] RemoteServer *server() { return m_server.get(); }
    [[nodiscard]] int clientCount() const { return m_server ? m_server->clientCount() : 0; }
    // status.get's `remote`: {enabled, listen, fingerprintSha256, certificate, notAfter, clients}
    [[nodiscard]] QJsonObject status() const;

private:
    const control::Dispatcher &m_dispatcher;
    RemoteOptions m_options;
    TokenStore m_tokens;
    std::unique_ptr<RemoteServer> m_server;
    RemoteServer::MetricsRender m_metrics;
};

} // namespace byway::remote
