// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/httpserver.h"

#include "core/fd.h"
#include "core/logging.h"
#include "metrics/exposition.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace byway::metrics {
namespace {

constexpr int kAcceptBackoffMs = 100;

class Acceptor final : public QTcpServer
{
public:
    std::function<void(qintptr)> incoming;

protected:
    void incomingConnection(qintptr descriptor) override { incoming(descriptor); }
};

struct Request {
    QByteArray method;
    QByteArray path;    // without the query
    bool http10 = false;
    bool close = false; // Connection: close
    bool body = false;  // Content-Length > 0 or Transfer-Encoding
};

// One request head (request line and headers, without the blank line).
std::optional<Request> parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1.") || first[0].isEmpty() || first[1].isEmpty())
        return std::nullopt;
    Request r;
    r.method = first[0];
    r.path = first[1].left(first[1].indexOf('?') < 0 ? first[1].size() : first[1].indexOf('?'));
    r.http10 = first[2] == "HTTP/1.0";
    r.close = r.http10;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed().toLower();
        if (name == "connection")
            r.close = value.contains("close") || (r.http10 && !value.contains("keep-alive"));
        else if (name == "content-length")
            r.body = r.body || value != "0";
        else if (name == "transfer-encoding")
            r.body = true;
    }
    return r;
}

QByteArray response(int status, const char *reason, const QByteArray &contentType, const QByteArray &body,
                    bool close, bool head, const QByteArray &extra = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra;
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!head)
        out += body;
    return out;
}

QByteArray plain(int status, const char *reason, const QByteArray &text, bool close, const QByteArray &extra = {})
{
    return response(status, reason, "text/plain; charset=utf-8", text + '\n', close, false, extra);
}

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
        qsizetype end = m_buffer.indexOf("\r\n\r\n");
        qsizetype skip = 4;
        if (end < 0) {
            end = m_buffer.indexOf("\n\n");
            skip = 2;
        }
        if (end < 0) {
            if (m_buffer.size() > m_server.m_limits.maxRequestBytes)
                send(plain(431, "Request Header Fields Too Large",
                           "the request head is limited to " + QByteArray::number(m_server.m_limits.maxRequestBytes)
                               + " bytes",
                           true),
                     true);
            return;
        }
        if (end > m_server.m_limits.maxRequestBytes)
            return send(plain(431, "Request Header Fields Too Large", "request head too large", true), true);
        const QByteArray head = m_buffer.left(end).replace("\r\n", "\n");
        m_buffer.remove(0, end + skip);
        const auto r = parseHead(head);
        if (!r)
            return send(plain(400, "Bad Request", "not an HTTP/1.x request", true), true);
        if (r->method != "GET" && r->method != "HEAD")
            return send(plain(405, "Method Not Allowed", "only GET and HEAD", true, "Allow: GET, HEAD\r\n"), true);
        if (r->body)
            return send(plain(400, "Bad Request", "a GET has no body", true), true);
        if (r->path != "/metrics")
            return send(plain(404, "Not Found", "only /metrics is served here", r->close), r->close);

        m_busy = true;
        QPointer<HttpConnection> self(this);
        const bool close = r->close;
        const bool headOnly = r->method == "HEAD";
        m_server.m_render([self, close, headOnly](const QByteArray &body) {
            if (!self || self->m_done)
                return;
            self->m_busy = false;
            self->send(response(200, "OK", kContentType, body, close, headOnly), close);
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
    auto server = std::make_unique<Acceptor>();
    server->incoming = [this](qintptr fd) { onIncoming(fd); };
    server->setMaxPendingConnections(m_limits.maxClients);
    if (!server->listen(address, port))
        return fail(ErrorCode::Unavailable, QStringLiteral("metrics listener: cannot listen on %1 port %2: %3")
                                                .arg(address.toString())
                                                .arg(port)
                                                .arg(server->errorString()));
    QObject::connect(server.get(), &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcControl).noquote() << "metrics listener cannot accept:" << m_server->errorString();
        m_server->pauseAccepting();
        QTimer::singleShot(kAcceptBackoffMs, this, [this] {
            if (m_server)
                m_server->resumeAccepting();
        });
    });
    m_server = std::move(server);
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
