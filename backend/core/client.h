// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/linebuffer.h"

#include <QAbstractSocket>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

#include <functional>

class QSslCertificate;
class QSslSocket;

namespace byway {

// Where a client connects: bywayd's local socket, or a remote bywayd over TLS
// (`bywayd --remote-listen`) with a pinned certificate and an API token.
struct Endpoint {
    enum class Kind { Local, Tls };
    Kind kind = Kind::Local;
    QString path;       // Local: the socket file
    QString host;       // Tls
    quint16 port = 0;   // Tls
    // Tls: SHA-256 of the server certificate's DER. Empty = first use: the
    // connection stops after the handshake and reports the fingerprint.
    QByteArray pin;
    // Tls: "byw_<id>_<secret>", sent as the first request (auth.token). Never logged.
    QString token;

    [[nodiscard]] static Endpoint local(QString path);
    [[nodiscard]] static Endpoint tls(QString host, quint16 port, QByteArray pin, QString token);
    [[nodiscard]] bool isRemote() const { return kind == Kind::Tls; }
    // The socket path or host:port ([v6]:port), for messages.
    [[nodiscard]] QString display() const;
    // The same bywayd (pin, token) reached on `address` ("ip", "ip:port" or
    // "[v6]:port", as a reconnect check names it): without a port, this one's.
    [[nodiscard]] Endpoint movedTo(const QString &address) const;
};

// JSON-RPC client for bywayd: its local socket, or a remote bywayd over TLS.
// Asynchronous only: the GUI must never block, and no nested event loop
// runs in here (bywayctl waits in its own code, app/bywayctl/syncclient.*).
//
// Over TLS nothing is written until the peer's certificate matched the pin:
// a certificate that is not the pinned one ends the connection after the
// handshake, before the first byte of JSON. Then auth.token goes first, and
// connected() is emitted only once bywayd accepted the token.
class Client : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    // Why the last connection attempt failed, in more detail than Error's code:
    // `code` is an error code name (core/error.h) or one of the TLS-side names
    // below, and for rate_limited how long to wait.
    struct Failure {
        QString code;            // "certificate_untrusted", "certificate_changed", "tls_failed",
                                 // "unauthenticated", "rate_limited", or an errorCodeName()
        QString message;
        int retryAfterSec = 0;   // rate_limited
        QByteArray fingerprint;  // the certificate the peer presented (TLS), if it got that far
    };

    // What auth.token answered.
    struct Auth {
        QString role;     // "admin" or "view"
        QString tokenId;
        QString name;
    };

    static constexpr int kConnectTimeoutMs = 10000; // TCP + TLS + auth.token, remote only

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    // $BYWAY_SOCKET if set, else /run/byway/bywayd.sock.
    [[nodiscard]] static QString defaultSocketPath();
    // SHA-256 of a certificate's DER, and its "AB:CD:…" form.
    [[nodiscard]] static QByteArray certificateDigest(const QSslCertificate &certificate);
    [[nodiscard]] static QString fingerprintText(const QByteArray &digest);
    // Accepts "AB:CD:…", "abcd…" or with spaces; empty when it is not 32 bytes of hex.
    [[nodiscard]] static QByteArray fingerprintFromText(const QString &text);

    void connectTo(const Endpoint &endpoint);
    void connectToServer(const QString &path) { connectTo(Endpoint::local(path)); }
    void disconnectFromServer();
    // Drops the connection (or the attempt) at once without reporting it;
    // pending calls fail.
    void abort();
    // Connected, and for TLS pinned and authenticated: requests may be sent.
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] const Endpoint &endpoint() const { return m_endpoint; }
    [[nodiscard]] QString socketPath() const { return m_endpoint.path; }
    [[nodiscard]] const Auth &auth() const { return m_auth; }
    [[nodiscard]] const Failure &lastFailure() const { return m_failure; }

    // Sends a request; `done` runs exactly once, with the result or an error
    // (also on timeout or disconnect). Returns the request id.
    qint64 call(const QString &method, const QJsonObject &params, Callback done, int timeoutMs = 30000);


Q_SIGNALS:
    void connected();
    void disconnected();
    // Connection-level failures (socket missing, refused, certificate, token,
    // protocol garbage). lastFailure() has the details.
    void connectionError(const byway::Error &error);
    void notification(const QString &method, const QJsonObject &params);

private:
    enum class Phase { Idle, Connecting, Authenticating, Ready };

    void teardown();
    void onReadyRead();
    void onLocalError(QLocalSocket::LocalSocketError err);
    void onTcpError(QAbstractSocket::SocketError err);
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onClosed();
    void handleAuthReply(const QByteArray &line);
    // Ends the attempt: records the failure, fails pending calls, reports once.
    void failConnection(Error error, QString code, int retryAfterSec = 0);
    void failAll(const Error &error);
    void finish(qint64 id, Result<QJsonValue> result);
    void write(const QByteArray &bytes);

    struct Pending {
        Callback done;
    };
    Endpoint m_endpoint;
    QPointer<QLocalSocket> m_local;
    QPointer<QSslSocket> m_tls;
    Phase m_phase = Phase::Idle;
    QTimer m_connectTimer;
    LineBuffer m_lines;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    qint64 m_authId = 0;
    Auth m_auth;
    Failure m_failure;
    QByteArray m_peerDigest;
};

// The message a person should read for a socket error, naming the path and the fix.
[[nodiscard]] Error socketError(QLocalSocket::LocalSocketError err, const QString &path, const QString &detail);

} // namespace byway
