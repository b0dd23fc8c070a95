// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>

class QTcpServer;

namespace byway::metrics {

class HttpConnection;

struct HttpLimits {
    int maxClients = 16;          // open connections; more are closed at accept
    int maxRequestBytes = 8192;   // request line and headers (kMaxRequestHead)
    int timeoutMs = 10000;        // for each whole request, and idle between requests
};

// The /metrics endpoint (docs/deploy.md, "Metrics"): plain HTTP/1.1 on
// bywayd's event loop, no thread per client. GET or HEAD /metrics only (404
// for other paths, 405 for other methods, 400 for a request with a body or
// not HTTP/1.x, 431 past the size cap); keep-alive as Prometheus uses it; a
// client that does not finish a request in time is dropped. No
// authentication: the listen address decides who may read.
class HttpServer final : public QObject
{
    Q_OBJECT
public:
    using Reply = std::function<void(const QByteArray &body)>;
    // Renders the exposition text, now or later (kernel counters come from
    // the kernel thread); a reply for a connection that went is dropped.
    using Render = std::function<void(Reply reply)>;

    explicit HttpServer(Render render, HttpLimits limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    // address Any = both IPv4 and IPv6.
    [[nodiscard]] Result<void> listen(const QHostAddress &address, quint16 port);
    void close();

    // "127.0.0.1:9477", "[::]:9477"; empty when not listening.
    [[nodiscard]] QString address() const;
    [[nodiscard]] int clientCount() const { return int(m_connections.size()); }

private:
    friend class HttpConnection;
    void onIncoming(qintptr descriptor);
    void onClosed(HttpConnection *c);

    Render m_render;
    HttpLimits m_limits;
    std::unique_ptr<QTcpServer> m_server;
    QHash<quint64, HttpConnection *> m_connections;
    quint64 m_nextId = 1;
    qint64 m_turnedAway = 0;
};

} // namespace byway::metrics
