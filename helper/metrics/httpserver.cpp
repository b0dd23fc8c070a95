// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/httpserver.h"

#include "control/tcpacceptor.h"
#include "core/fd.h"
#include "core/logging.h"
#include "metrics/exposition.h"
#include "metrics/http.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>


namespace byway::metrics {
namespace {

} // namespace

// One client: requests one at a time (a pipelined one waits in the buffer
// until the reply before it is written).
class HttpConnection final : public QObject
{
public:
    HttpConnection(quint64 id, QTcpSocket *socket, HttpServer &server)
        : m_id(id), m_socket(socket), m_server(server)
    {
        m_socket->setParent(this);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { finish("no complete request in time"); });
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadable);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish("closed"); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            finish(m_socket->errorString().toUtf8().constData());
        });
        m_timer.start(m_server.m_limits.timeoutMs);
    }

    // The socket (a child) goes after the members: no signal of it may reach them.
    ~HttpConnection() override { m_socket->disconnect(this); }

    [[nodiscard]] quint64 id() const { return m_id; }

private:
    void onReadable()
    {
        if (m_done)
            return;
        m_buffer += m_socket->readAll();
        next();
    }

    void next()
    {
        if (m_busy || m_done)
            return;
        const auto end = findHeadEnd(m_buffer);
        if (!end || end->first > m_server.m_limits.maxRequestBytes) {
            if (m_buffer.size() > m_server.m_limits.maxRequestBytes)
                send(httpText(431, "Request Header Fields Too Large",
                              "the request head is limited to " + QByteArray::number(m_server.m_limits.maxRequestBytes)
                                  + " bytes",
                              true),
                     true);
            return;
        }
        const QByteArray head = m_buffer.left(end->first);
        m_buffer.remove(0, end->first + end->second);
        const auto r = parseHead(head);
        if (!r)
            return send(httpText(400, "Bad Request", "not an HTTP/1.x request", true), true);
        if (r->method != "GET" && r->method != "HEAD")
            return send(httpText(405, "Method Not Allowed", "only GET and HEAD", true, "Allow: GET, HEAD\r\n"), true);
        if (r->body)
            return send(httpText(400, "Bad Request", "a GET has no body", true), true);
        if (r->path != "/metrics")
            return send(httpText(404, "Not Found", "only /metrics is served here", r->close), r->close);

        m_busy = true;
        QPointer<HttpConnection> self(this);
        const bool close = r->close;
        const bool headOnly = r->method == "HEAD";
        m_server.m_render([self, close, headOnly](const QByteArray &body) {
            if (!self || self->m_done)
                return;
            self->m_busy = false;
            self->send(httpResponse(200, "OK", kContentType, body, close, headOnly), close);
        });
    }

    void send(const QByteArray &bytes, bool close)
    {
        m_socket->write(bytes);
        if (close) {
            m_done = true;
            m_socket->disconnectFromHost(); // after the reply is written
            // A client that reads nothing is not waited for long.
            m_timer.start(m_server.m_limits.timeoutMs);
            return;
        }
        m_timer.start(m_server.m_limits.timeoutMs); // idle until the next request
        next();
    }

    void finish(const char *why)
    {
        if (m_closed)
            return;
        m_closed = true;
        m_done = true;
        m_timer.stop();
        qCDebug(lcControl).noquote() << "metrics connection" << m_id << "closed:" << why;
        m_socket->abort();
        m_server.onClosed(this);
    }

    quint64 m_id;
    QTcpSocket *m_socket;
    HttpServer &m_server;
    QByteArray m_buffer;
    QTimer m_timer;
    bool m_busy = false;   // a scrape is being rendered
    bool m_done = false;   // the last reply is out; no more requests
    bool m_closed = false;
};

HttpServer::HttpServer(Render render, HttpLimits limits, QObject *parent)
    : QObject(parent), m_render(std::move(render)), m_limits(limits)
{
}

HttpServer::~HttpServer()
{
    close();
}

Result<void> HttpServer::listen(const QHostAddress &address, quint16 port)
{
    auto server = control::TcpAcceptor::listen(QStringLiteral("metrics listener"), address, port, m_limits.maxClients,
                                                [this](qintptr fd) { onIncoming(fd); });
    if (!server)
        return std::unexpected(server.error());
    m_server = std::move(*server);
    return {};
}

void HttpServer::close()
{
    if (m_server)
        m_server->close();
    m_server.reset();
    const auto connections = m_connections;
    m_connections.clear();
    for (HttpConnection *c : connections)
        delete c;
}

QString HttpServer::address() const
{
    if (!m_server)
        return {};
    const QHostAddress a = m_server->serverAddress();
    const quint16 port = m_server->serverPort();
    if (a == QHostAddress::Any || a == QHostAddress::AnyIPv6)
        return QStringLiteral("[::]:%1").arg(port);
    if (a.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(a.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(a.toString()).arg(port);
}

void HttpServer::onIncoming(qintptr descriptor)
{
    Fd fd{int(descriptor)};
    if (clientCount() >= m_limits.maxClients) {
        // One line per burst, not per connection.
        if (m_turnedAway++ % 100 == 0)
            qCInfo(lcControl).noquote() << "metrics listener: turning away connections," << clientCount()
                                        << "open (" + QString::number(m_turnedAway) + " so far)";
        return;
    }
    auto *socket = new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcControl).noquote() << "metrics listener: cannot take a connection:" << socket->errorString();
        delete socket;
        return;
    }
    [[maybe_unused]] const int taken = fd.release(); // the socket owns it now
    const quint64 id = m_nextId++;
    auto *c = new HttpConnection(id, socket, *this);
    m_connections.insert(id, c);
}

void HttpServer::onClosed(HttpConnection *c)
{
    if (m_connections.remove(c->id()) == 0)
        return;
    c->deleteLater();
}

} // namespace byway::metrics
