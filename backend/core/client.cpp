// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/client.h"

#include "core/jsonrpc.h"
#include "core/logging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

#include <cctype>

namespace byway {
namespace {

// Numbers of the remote-access errors, for a peer that sends no data.code.
constexpr int kUnauthenticatedNumber = -32012;
constexpr int kRateLimitedNumber = -32013;

// The only verification errors a pinned self-signed certificate may cause:
// it signs itself, and it names whatever bywayd put in it rather than the
// address the admin typed. Expiry and the rest are not waived by a pin.
bool waivedByPin(QSslError::SslError e)
{
    return e == QSslError::SelfSignedCertificate || e == QSslError::SelfSignedCertificateInChain
        || e == QSslError::HostNameMismatch;
}

Error tcpError(QAbstractSocket::SocketError err, const QString &where, const QString &detail)
{
    switch (err) {
    case QAbstractSocket::HostNotFoundError:
        return Error::make(ErrorCode::Unavailable, QStringLiteral("%1: host not found").arg(where));
    case QAbstractSocket::ConnectionRefusedError:
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("%1 refused the connection (is bywayd running with --remote-listen?)").arg(where));
    case QAbstractSocket::SocketTimeoutError:
        return Error::make(ErrorCode::Timeout, QStringLiteral("timed out connecting to %1").arg(where));
    case QAbstractSocket::NetworkError:
        return Error::make(ErrorCode::Unavailable, QStringLiteral("%1: network unreachable (%2)").arg(where, detail));
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Error::make(ErrorCode::ProtocolMismatch, QStringLiteral("TLS with %1 failed: %2").arg(where, detail));
    default:
        return Error::make(ErrorCode::Unavailable, QStringLiteral("%1: %2").arg(where, detail));
    }
}

} // namespace

Endpoint Endpoint::local(QString path)
{
    Endpoint e;
    e.kind = Kind::Local;
    e.path = std::move(path);
    return e;
}

Endpoint Endpoint::tls(QString host, quint16 port, QByteArray pin, QString token)
{
    Endpoint e;
    e.kind = Kind::Tls;
    e.host = std::move(host);
    e.port = port;
    e.pin = std::move(pin);
    e.token = std::move(token);
    return e;
}

QString Endpoint::display() const
{
    if (kind == Kind::Local)
        return path;
    QHostAddress a;
    const bool v6 = a.setAddress(host) && a.protocol() == QAbstractSocket::IPv6Protocol;
    return v6 ? QStringLiteral("[%1]:%2").arg(host).arg(port) : QStringLiteral("%1:%2").arg(host).arg(port);
}

Endpoint Endpoint::movedTo(const QString &address) const
{
    Endpoint e = *this;
    e.host = address;
    const qsizetype colon = address.lastIndexOf(u':');
    const bool v6 = address.count(u':') > 1;
    if (address.startsWith(u'[')) {
        const qsizetype close = address.indexOf(u']');
        e.host = address.mid(1, close - 1);
        if (address.mid(close + 1).startsWith(u':'))
            e.port = quint16(address.mid(close + 2).toUInt());
    } else if (colon > 0 && !v6) {
        e.host = address.left(colon);
        e.port = quint16(address.mid(colon + 1).toUInt());
    }
    return e;
}

Client::Client(QObject *parent)
    : QObject(parent)
    , m_lines(rpc::kMaxMessageBytes)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        failConnection(Error::make(ErrorCode::Timeout, QStringLiteral("no answer from %1 within %2 s (TCP, TLS and token)")
                                                           .arg(m_endpoint.display()).arg(kConnectTimeoutMs / 1000)),
                       QStringLiteral("timeout"));
    });
}

Client::~Client()
{
    // Callbacks may capture objects that are going away with us: drop them
    // without running them.
    m_pending.clear();
    if (m_local)
        m_local->disconnect(this);
    if (m_tls)
        m_tls->disconnect(this);
}

QString Client::defaultSocketPath()
{
    const QString env = qEnvironmentVariable("BYWAY_SOCKET");
    return env.isEmpty() ? QStringLiteral("/run/byway/bywayd.sock") : env;
}

QByteArray Client::certificateDigest(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

QString Client::fingerprintText(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QByteArray Client::fingerprintFromText(const QString &text)
{
    QByteArray hex;
    for (QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        if (!std::isxdigit(static_cast<unsigned char>(c.toLatin1())))
            return {};
        hex.append(c.toLatin1());
    }
    const QByteArray digest = QByteArray::fromHex(hex);
    return hex.size() == 64 && digest.size() == 32 ? digest : QByteArray();
}

void Client::teardown()
{
    m_connectTimer.stop();
    // Signals off first: an abort must not report the connection we are leaving.
    if (m_local) {
        m_local->disconnect(this);
        m_local->abort();
        m_local->deleteLater();
        m_local.clear();
    }
    if (m_tls) {
        m_tls->disconnect(this);
        m_tls->abort();
        m_tls->deleteLater();
        m_tls.clear();
    }
    m_phase = Phase::Idle;
    m_lines = LineBuffer(rpc::kMaxMessageBytes);
}

void Client::connectTo(const Endpoint &endpoint)
{
    teardown();
    failAll(Error::make(ErrorCode::Unavailable, QStringLiteral("connection to bywayd replaced")));
    m_endpoint = endpoint;
    m_auth = {};
    m_failure = {};
    m_peerDigest.clear();
    m_phase = Phase::Connecting;

    if (endpoint.kind == Endpoint::Kind::Local) {
        auto *s = new QLocalSocket(this);
        m_local = s;
        connect(s, &QLocalSocket::connected, this, [this] {
            m_phase = Phase::Ready;
            Q_EMIT connected();
        });
        connect(s, &QLocalSocket::disconnected, this, &Client::onClosed);
        connect(s, &QLocalSocket::readyRead, this, &Client::onReadyRead);
        connect(s, &QLocalSocket::errorOccurred, this, &Client::onLocalError);
        s->connectToServer(endpoint.path);
        return;
    }

    auto *s = new QSslSocket(this);
    m_tls = s;
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    // Verify as usual so every problem is reported through sslErrors; the pin
    // decides which of them a self-signed appliance certificate may waive.
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    s->setSslConfiguration(conf);
    connect(s, &QSslSocket::sslErrors, this, &Client::onSslErrors);
    connect(s, &QSslSocket::encrypted, this, &Client::onEncrypted);
    connect(s, &QAbstractSocket::disconnected, this, &Client::onClosed);
    connect(s, &QIODevice::readyRead, this, &Client::onReadyRead);
    connect(s, &QAbstractSocket::errorOccurred, this, &Client::onTcpError);
    m_connectTimer.start(kConnectTimeoutMs);
    s->connectToHostEncrypted(endpoint.host, endpoint.port);
}

void Client::disconnectFromServer()
{
    if (m_local)
        m_local->disconnectFromServer();
    if (m_tls)
        m_tls->disconnectFromHost();
}

void Client::abort()
{
    teardown();
    failAll(Error::make(ErrorCode::Unavailable, QStringLiteral("connection to bywayd closed by the client")));
}

bool Client::isConnected() const
{
    return m_phase == Phase::Ready;
}

void Client::write(const QByteArray &bytes)
{
    if (m_local)
        m_local->write(bytes);
    else if (m_tls)
        m_tls->write(bytes);
}

qint64 Client::call(const QString &method, const QJsonObject &params, Callback done, int timeoutMs)
{
    const qint64 id = m_nextId++;
    if (!isConnected()) {
        // Deliver asynchronously so callers see one behaviour.
        QTimer::singleShot(0, this, [done = std::move(done), where = m_endpoint.display()] {
            done(std::unexpected(Error::make(ErrorCode::Unavailable,
                                             QStringLiteral("not connected to bywayd at %1").arg(where))));
        });
        return id;
    }
    m_pending.insert(id, Pending{std::move(done)});
    write(rpc::encodeRequest(id, method, params));
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, this, [this, id, method, timeoutMs] {
            finish(id, std::unexpected(Error::make(
                           ErrorCode::Timeout,
                           QStringLiteral("%1: no reply from bywayd within %2 ms").arg(method).arg(timeoutMs))));
        });
    }
    return id;
}

void Client::finish(qint64 id, Result<QJsonValue> result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // already answered, timed out or failed
    Callback done = std::move(it->done);
    m_pending.erase(it);
    done(std::move(result));
}

void Client::failAll(const Error &error)
{
    const auto ids = m_pending.keys();
    for (qint64 id : ids)
        finish(id, std::unexpected(error));
}

void Client::failConnection(Error error, QString code, int retryAfterSec)
{
    if (m_phase == Phase::Idle)
        return; // already reported
    m_failure.code = std::move(code);
    m_failure.message = error.message;
    m_failure.retryAfterSec = retryAfterSec;
    m_failure.fingerprint = m_peerDigest;
    const bool wasReady = m_phase == Phase::Ready;
    teardown();
    failAll(error);
    qCDebug(lcClient).noquote() << "connection to" << m_endpoint.display() << "failed:" << error.toString();
    Q_EMIT connectionError(error);
    if (wasReady)
        Q_EMIT disconnected();
}

void Client::onClosed()
{
    if (m_phase == Phase::Ready) {
        teardown();
        failAll(Error::make(ErrorCode::Unavailable, QStringLiteral("connection to bywayd closed")));
        Q_EMIT disconnected();
        return;
    }
    failConnection(Error::make(ErrorCode::Unavailable,
                               QStringLiteral("%1 closed the connection before it was ready").arg(m_endpoint.display())),
                   QStringLiteral("unavailable"));
}

void Client::onLocalError(QLocalSocket::LocalSocketError err)
{
    if (err == QLocalSocket::PeerClosedError)
        return; // reported through disconnected()
    const Error e = socketError(err, m_endpoint.path, m_local ? m_local->errorString() : QString());
    if (m_phase == Phase::Ready) {
        // A socket error on a live connection: the pending calls fail, and
        // disconnected() follows from the socket.
        failAll(e);
        m_failure = {errorCodeName(e.code), e.message, 0, {}};
        Q_EMIT connectionError(e);
        return;
    }
    failConnection(e, errorCodeName(e.code));
}

void Client::onTcpError(QAbstractSocket::SocketError err)
{
    if (err == QAbstractSocket::RemoteHostClosedError && m_phase == Phase::Ready)
        return; // reported through disconnected()
    const Error e = tcpError(err, m_endpoint.display(), m_tls ? m_tls->errorString() : QString());
    failConnection(e, err == QAbstractSocket::SslHandshakeFailedError ? QStringLiteral("tls_failed") : errorCodeName(e.code));
}

void Client::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_tls)
        return;
    m_peerDigest = certificateDigest(m_tls->peerCertificate());
    const QString where = m_endpoint.display();
    const QString seen = fingerprintText(m_peerDigest);
    if (m_endpoint.pin.isEmpty()) {
        failConnection(Error::make(ErrorCode::PermissionDenied,
                                   QStringLiteral("the certificate of %1 is not trusted yet (SHA-256 %2); compare the "
                                                  "fingerprint with the appliance's and trust it first").arg(where, seen)),
                       QStringLiteral("certificate_untrusted"));
        return;
    }
    if (m_peerDigest != m_endpoint.pin) {
        failConnection(Error::make(ErrorCode::PermissionDenied,
                                   QStringLiteral("the certificate of %1 is not the pinned one (pinned SHA-256 %2, "
                                                  "presented %3); nothing was sent").arg(where, fingerprintText(m_endpoint.pin), seen)),
                       QStringLiteral("certificate_changed"));
        return;
    }
    QStringList other;
    for (const QSslError &e : errors)
        if (!waivedByPin(e.error()))
            other << e.errorString();
    if (!other.isEmpty()) {
        failConnection(Error::make(ErrorCode::ProtocolMismatch,
                                   QStringLiteral("the pinned certificate of %1 is not acceptable: %2").arg(where, other.join(u"; "))),
                       QStringLiteral("tls_failed"));
        return;
    }
    m_tls->ignoreSslErrors(errors);
}

void Client::onEncrypted()
{
    if (!m_tls)
        return;
    // Also when the chain verified without errors: the pin is what is trusted.
    m_peerDigest = certificateDigest(m_tls->peerCertificate());
    if (m_endpoint.pin.isEmpty() || m_peerDigest != m_endpoint.pin) {
        failConnection(Error::make(ErrorCode::PermissionDenied,
                                   QStringLiteral("the certificate of %1 (SHA-256 %2) is not the pinned one; nothing was sent")
                                       .arg(m_endpoint.display(), fingerprintText(m_peerDigest))),
                       m_endpoint.pin.isEmpty() ? QStringLiteral("certificate_untrusted") : QStringLiteral("certificate_changed"));
        return;
    }
    m_phase = Phase::Authenticating;
    m_authId = m_nextId++;
    write(rpc::encodeRequest(m_authId, QStringLiteral("auth.token"), {{QStringLiteral("token"), m_endpoint.token}}));
}

void Client::handleAuthReply(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.value(u"id").toDouble() != double(m_authId)) {
        // Anything before the token is accepted is not from a bywayd we can talk to.
        failConnection(Error::make(ErrorCode::ProtocolMismatch,
                                   QStringLiteral("%1 did not answer auth.token (is it a bywayd remote listener?)")
                                       .arg(m_endpoint.display())),
                       QStringLiteral("protocol_mismatch"));
        return;
    }
    if (o.contains(u"result")) {
        const QJsonObject r = o.value(u"result").toObject();
        m_auth = Auth{r.value(u"role").toString(), r.value(u"tokenId").toString(), r.value(u"name").toString()};
        m_connectTimer.stop();
        m_phase = Phase::Ready;
        Q_EMIT connected();
        return;
    }
    const QJsonObject err = o.value(u"error").toObject();
    const QJsonObject data = err.value(u"data").toObject();
    QString name = data.value(u"code").toString();
    const int number = err.value(u"code").toInt();
    if (name.isEmpty())
        name = number == kUnauthenticatedNumber ? QStringLiteral("unauthenticated")
             : number == kRateLimitedNumber     ? QStringLiteral("rate_limited")
                                                : errorCodeName(Error::fromJson(err).code);
    const int retry = data.value(u"retryAfterSec").toInt();
    ErrorCode code = errorCodeFromName(name);
    if (code == ErrorCode::Internal && name != u"internal")
        code = name == u"rate_limited" ? ErrorCode::Busy : ErrorCode::PermissionDenied; // this build predates the name
    QString message = err.value(u"message").toString();
    if (name == u"rate_limited" && retry > 0)
        message += QStringLiteral(" (retry in %1 s)").arg(retry);
    failConnection(Error::make(code, QStringLiteral("%1: %2").arg(m_endpoint.display(), message)), name, retry);
}

void Client::onReadyRead()
{
    const QByteArray bytes = m_local ? m_local->readAll() : m_tls ? m_tls->readAll() : QByteArray();
    if (m_phase != Phase::Authenticating && m_phase != Phase::Ready)
        return; // nothing is expected before the pin was checked
    if (!m_lines.append(bytes)) {
        const Error e = Error::make(ErrorCode::ProtocolMismatch, QStringLiteral("bywayd sent a line over the size limit"));
        failConnection(e, errorCodeName(e.code));
        return;
    }
    while (auto line = m_lines.takeLine()) {
        if (line->trimmed().isEmpty())
            continue;
        if (m_phase == Phase::Authenticating) {
            handleAuthReply(*line);
            if (m_phase != Phase::Ready)
                return; // refused: torn down
            continue;
        }
        if (m_phase != Phase::Ready)
            return;
        auto in = rpc::parseIncoming(*line);
        if (!in) {
            Q_EMIT connectionError(in.error());
            continue;
        }
        switch (in->kind) {
        case rpc::Incoming::Kind::Notification:
            Q_EMIT notification(in->method, in->params);
            break;
        case rpc::Incoming::Kind::Result:
            finish(qint64(in->id.toDouble()), in->result);
            break;
        case rpc::Incoming::Kind::Error:
            if (in->id.isNull()) {
                // The server could not tell which request failed (e.g. an
                // oversize line): it is about the connection.
                Q_EMIT connectionError(in->error);
                failAll(in->error);
            } else {
                finish(qint64(in->id.toDouble()), std::unexpected(in->error));
            }
            break;
        }
    }
}

Error socketError(QLocalSocket::LocalSocketError err, const QString &path, const QString &detail)
{
    switch (err) {
    case QLocalSocket::ServerNotFoundError:
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("no bywayd socket at %1 (is bywayd running? set BYWAY_SOCKET or --socket)").arg(path));
    case QLocalSocket::ConnectionRefusedError:
        return Error::make(ErrorCode::Unavailable, QStringLiteral("bywayd at %1 refused the connection (not running?)").arg(path));
    case QLocalSocket::SocketAccessError:
        return Error::make(ErrorCode::PermissionDenied,
                           QStringLiteral("permission denied on %1: join group byway-view (read) or byway (admin)").arg(path));
    case QLocalSocket::SocketTimeoutError:
        return Error::make(ErrorCode::Timeout, QStringLiteral("timed out connecting to %1").arg(path));
    default:
        return Error::make(ErrorCode::Unavailable, QStringLiteral("%1: %2").arg(path, detail));
    }
}

} // namespace byway
