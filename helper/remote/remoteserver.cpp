// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remoteserver.h"

#include "control/tcpacceptor.h"
#include "core/fd.h"
#include "core/jsonrpc.h"
#include "core/logging.h"
#include "metrics/exposition.h"
#include "metrics/http.h"
#include "remote/remoteconnection.h"
#include "remote/tokenstore.h"

#include <QSslSocket>
#include <QTcpServer>

#include <sys/socket.h>

namespace byway::remote {
namespace {

// Tokens can expire while their connection is open.
constexpr int kSweepMs = 30000;

Error unauthenticated(const QString &message)
{
    return Error::make(ErrorCode::Unauthenticated, message);
}

} // namespace

RemoteServer::RemoteServer(const control::Dispatcher &dispatcher, TokenStore &tokens, TlsIdentity identity,
                           RateLimitPolicy rateLimit, RemoteLimits limits, QObject *parent)
    : QObject(parent),
      m_dispatcher(dispatcher),
      m_tokens(tokens),
      m_identity(std::move(identity)),
      m_limiter(rateLimit),
      m_limits(limits)
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setLocalCertificateChain(m_identity.chain);
    m_ssl.setPrivateKey(m_identity.key);
    // Clients authenticate with tokens, not certificates.
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);

    connect(&m_tokens, &TokenStore::revoked, this, [this](const QString &id) {
        // Later, so the revoke's own reply is queued first when a token
        // revokes itself.
        QTimer::singleShot(0, this, [this, id] { closeConnectionsOf(id, QStringLiteral("revoked")); });
    });
    connect(&m_sweep, &QTimer::timeout, this, &RemoteServer::sweep);
    m_turnedAwayReport.setSingleShot(true);
    m_turnedAwayReport.setInterval(10000);
    connect(&m_turnedAwayReport, &QTimer::timeout, this, [this] {
        if (m_turnedAway > 0)
            qCWarning(lcControl).noquote() << "remote listener: turned away" << m_turnedAway
                                           << "connection(s) in the last 10 s (too many unauthenticated)";
        m_turnedAway = 0;
    });
}

RemoteServer::~RemoteServer()
{
    close();
}

Result<void> RemoteServer::listen(const QHostAddress &address, quint16 port)
{
    if (!QSslSocket::supportsSsl())
        return fail(ErrorCode::Unavailable, QStringLiteral("Qt has no usable TLS backend (the OpenSSL plugin of "
                                                           "libqt6network6 and libssl3 are needed)"));
    // Caps are checked on the bare descriptor, before any TLS work.
    auto server = control::TcpAcceptor::listen(QStringLiteral("remote listener"), address, port, m_limits.maxClients,
                                                [this](qintptr fd) { onIncoming(fd); });
    if (!server)
        return std::unexpected(server.error());
    m_server = std::move(*server);
    m_sweep.start(kSweepMs);
    qCInfo(lcControl).noquote() << "remote listener on" << this->address() << "certificate SHA-256"
                                << m_identity.fingerprintText();
    return {};
}

void RemoteServer::close()
{
    m_sweep.stop();
    if (m_server)
        m_server->close();
    m_server.reset();
    const auto connections = m_connections;
    for (RemoteConnection *c : connections) {
        c->disconnect(this);
        delete c;
    }
    m_connections.clear();
    m_unauthPerSource.clear();
    m_unauthenticated = 0;
}

QString RemoteServer::address() const
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

int RemoteServer::connectionsOf(const QString &tokenId) const
{
    int n = 0;
    for (const RemoteConnection *c : m_connections)
        n += c->identity() && c->identity()->tokenId == tokenId;
    return n;
}

void RemoteServer::noteTurnedAway(const QString &why)
{
    // A flood must not become a flood of log lines: one summary per 10 s.
    if (m_turnedAway++ == 0) {
        qCInfo(lcControl).noquote() << "remote listener: turning away a connection:" << why;
        m_turnedAwayReport.start();
    }
}

void RemoteServer::onIncoming(qintptr descriptor)
{
    Fd fd{int(descriptor)};
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (::getpeername(fd.get(), reinterpret_cast<sockaddr *>(&ss), &len) != 0)
        return; // gone already
    const QHostAddress peer(reinterpret_cast<const sockaddr *>(&ss));
    const QString source = RateLimiter::sourceKey(peer);

    // Closed without a word: answering would mean a TLS handshake first,
    // which is the work these limits are there to bound.
    if (clientCount() >= m_limits.maxClients) {
        noteTurnedAway(QStringLiteral("%1 remote connections open").arg(clientCount()));
        return;
    }
    if (m_unauthenticated >= m_limits.maxUnauthenticated) {
        noteTurnedAway(QStringLiteral("%1 connections are not authenticated yet").arg(m_unauthenticated));
        return;
    }
    if (m_unauthPerSource.value(source) >= m_limits.maxUnauthenticatedPerSource) {
        noteTurnedAway(QStringLiteral("%1 has %2 connections that are not authenticated yet")
                           .arg(source)
                           .arg(m_unauthPerSource.value(source)));
        return;
    }

    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(qintptr(fd.get()))) {
        qCWarning(lcControl).noquote() << "remote listener: cannot take a connection:" << socket->errorString();
        delete socket;
        return;
    }
    [[maybe_unused]] const int taken = fd.release(); // the socket owns it now
    socket->setSslConfiguration(m_ssl);

    const quint64 id = m_nextId++;
    auto *c = new RemoteConnection(id, socket, peer, source, m_limits.connection, this);
    m_connections.insert(id, c);
    ++m_unauthenticated;
    ++m_unauthPerSource[source];
    qCDebug(lcControl).noquote() << "remote connection" << id << "from" << c->peerText();

    connect(c, &RemoteConnection::lineReceived, this, [this, c](const QByteArray &line) { onLine(c, line); });
    connect(c, &RemoteConnection::lineTooLong, this, [this, c] {
        qCInfo(lcControl).noquote() << "remote connection" << c->id() << "from" << c->peerText() << "sent a line over"
                                    << m_limits.connection.maxLine << "bytes: closing it";
        refuse(c, QJsonValue(), Error::make(ErrorCode::MessageTooLarge,
                                            QStringLiteral("a message is limited to %1 bytes; closing")
                                                .arg(m_limits.connection.maxLine)));
    });
    connect(c, &RemoteConnection::closed, this, [this, c] { onClosed(c); });
    connect(c, &RemoteConnection::httpRequest, this, [this, c](const QByteArray &head) { onHttp(c, head); });
    // Handshake and auth.token within the deadline, or the slot is freed.
    QTimer::singleShot(m_limits.authTimeoutMs, c, [c, ms = m_limits.authTimeoutMs] {
        if (!c->isAuthenticated())
            c->abort(QStringLiteral("no successful auth.token within %1 ms").arg(ms));
    });
    c->start();
}

void RemoteServer::refuse(RemoteConnection *c, const QJsonValue &id, const Error &error)
{
    c->sendLine(rpc::encodeError(id, error));
    c->closeAfterFlush();
}

void RemoteServer::onLine(RemoteConnection *c, const QByteArray &line)
{
    QJsonValue id;
    auto request = rpc::parseRequest(line, &id);
    if (!c->isAuthenticated()) {
        if (!request)
            return refuse(c, id, request.error());
        if (request->method != u"auth.token")
            return refuse(c, id, unauthenticated(QStringLiteral("authenticate first: the first request must be auth.token")));
        return authenticate(c, *request);
    }
    if (!request) {
        c->sendLine(rpc::encodeError(id, request.error()));
        return;
    }
    if (request->method == u"auth.token") {
        if (!request->isNotification())
            c->sendLine(rpc::encodeError(id, Error::make(ErrorCode::InvalidRequest,
                                                         QStringLiteral("this connection is already authenticated as %1")
                                                             .arg(c->caller().who()))));
        return;
    }
    if (c->role() == control::Role::Admin)
        Q_EMIT adminRequest(c->localAddress(), c->localPort());
    control::Responder respond;
    if (!request->isNotification()) {
        QPointer<RemoteConnection> target(c);
        respond = control::Responder(request->id, [target](const QByteArray &bytes) {
            if (target)
                target->sendLine(bytes);
        });
    }
    m_dispatcher.dispatch(c->caller(), *request, respond);
}

void RemoteServer::authenticate(RemoteConnection *c, const rpc::Request &request)
{
    const QJsonValue id = request.isNotification() ? QJsonValue() : request.id;
    if (const int wait = m_limiter.retryAfterSec(c->source()); wait > 0) {
        qCDebug(lcControl).noquote() << "remote connection" << c->id() << "from" << c->peerText()
                                     << "refused: blocked for" << wait << "s more";
        Error e = Error::make(ErrorCode::RateLimited,
                              QStringLiteral("too many failed authentications from this address; retry in %1 s").arg(wait));
        e.retryAfterSec = wait;
        return refuse(c, id, e);
    }
    const QJsonValue token = request.params.value(u"token");
    if (!token.isString())
        return refuse(c, id, Error::make(ErrorCode::InvalidParams, QStringLiteral("must be a string"),
                                         QStringLiteral("/token")));
    auto verified = m_tokens.verify(token.toString());
    if (!verified) {
        const int blocked = m_limiter.failed(c->source());
        // The reason (unknown id, wrong secret, expired) is for the admin's
        // log; the client learns only that it failed. Never the token.
        qCInfo(lcControl).noquote() << "remote authentication from" << c->peerText() << "failed:" << verified.error();
        if (blocked > 0)
            qCWarning(lcControl).noquote() << "remote source" << c->source() << "blocked for" << blocked << "s after"
                                           << m_limiter.policy().failures << "failed authentications";
        return refuse(c, id, unauthenticated(QStringLiteral("authentication failed")));
    }
    m_limiter.succeeded(c->source());
    c->authenticate(control::RemoteIdentity{verified->id, verified->name, c->peerText()}, verified->role);
    markAuthenticated(c);
    qCInfo(lcControl).noquote() << "remote connection" << c->id() << "from" << c->peerText() << "authenticated as token"
                                << verified->name << "(" + verified->id + "," << control::roleName(verified->role) + ")";
    if (!request.isNotification())
        c->sendLine(rpc::encodeResult(id, QJsonObject{{QStringLiteral("role"), control::roleName(verified->role)},
                                                      {QStringLiteral("tokenId"), verified->id},
                                                      {QStringLiteral("name"), verified->name}}));
}

void RemoteServer::onHttp(RemoteConnection *c, const QByteArray &head)
{
    using namespace metrics;
    // One request per connection: the reply closes it.
    auto reply = [c](const QByteArray &bytes) {
        c->sendLine(bytes);
        c->closeAfterFlush();
    };
    if (head.isEmpty())
        return reply(httpText(431, "Request Header Fields Too Large", "request head too large", true));
    const auto r = parseHead(head);
    if (!r)
        return reply(httpText(400, "Bad Request", "not an HTTP/1.x request", true));
    if (r->body)
        return reply(httpText(400, "Bad Request", "a GET has no body", true));
    if (r->path != "/metrics" || !m_metrics)
        return reply(httpText(404, "Not Found", "only /metrics is served here", true));
    if (const int wait = m_limiter.retryAfterSec(c->source()); wait > 0)
        return reply(httpText(429, "Too Many Requests", "too many failed authentications from this address", true,
                              "Retry-After: " + QByteArray::number(wait) + "\r\n"));
    const QByteArray scheme = "bearer ";
    if (r->authorization.left(scheme.size()).toLower() != scheme)
        return reply(httpText(401, "Unauthorized", "an access token is needed: Authorization: Bearer TOKEN", true,
                              "WWW-Authenticate: Bearer\r\n"));
    auto verified = m_tokens.verify(QString::fromUtf8(r->authorization.mid(scheme.size()).trimmed()));
    if (!verified) {
        const int blocked = m_limiter.failed(c->source());
        qCInfo(lcControl).noquote() << "remote metrics request from" << c->peerText() << "failed:" << verified.error();
        if (blocked > 0)
            qCWarning(lcControl).noquote() << "remote source" << c->source() << "blocked for" << blocked << "s after"
                                           << m_limiter.policy().failures << "failed authentications";
        return reply(httpText(401, "Unauthorized", "authentication failed", true, "WWW-Authenticate: Bearer\r\n"));
    }
    m_limiter.succeeded(c->source());
    qCDebug(lcControl).noquote() << "remote metrics request from" << c->peerText() << "as token" << verified->name;
    QPointer<RemoteConnection> target(c);
    m_metrics([target](const QByteArray &body) {
        if (target && !target->isClosing()) {
            target->sendLine(httpResponse(200, "OK", kContentType, body, true));
            target->closeAfterFlush();
        }
    });
}

void RemoteServer::markAuthenticated(RemoteConnection *c)
{
    --m_unauthenticated;
    if (--m_unauthPerSource[c->source()] <= 0)
        m_unauthPerSource.remove(c->source());
}

void RemoteServer::onClosed(RemoteConnection *c)
{
    if (m_connections.remove(c->id()) == 0)
        return;
    if (!c->isAuthenticated())
        markAuthenticated(c); // the same bookkeeping: it no longer counts as waiting
    qCDebug(lcControl).noquote() << "remote connection" << c->id() << "gone," << clientCount() << "left";
    c->deleteLater();
}

void RemoteServer::closeConnectionsOf(const QString &tokenId, const QString &why)
{
    int n = 0;
    // A copy: closing can end a connection (and drop it from the table) at once.
    const QList<RemoteConnection *> connections = m_connections.values();
    for (RemoteConnection *c : connections) {
        if (c->identity() && c->identity()->tokenId == tokenId && !c->isClosing()) {
            c->closeAfterFlush();
            ++n;
        }
    }
    if (n > 0)
        qCInfo(lcControl).noquote() << "closed" << n << "remote connection(s) of token" << tokenId + ":" << why;
}

void RemoteServer::sweep()
{
    QStringList gone;
    for (const RemoteConnection *c : std::as_const(m_connections))
        if (c->identity() && !m_tokens.valid(c->identity()->tokenId) && !gone.contains(c->identity()->tokenId))
            gone << c->identity()->tokenId;
    for (const QString &id : gone)
        closeConnectionsOf(id, QStringLiteral("expired"));
}

} // namespace byway::remote
