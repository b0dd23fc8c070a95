// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/caller.h"
#include "control/linechannel.h"

#include <QHostAddress>

#include <optional>

class QSslSocket;

namespace byway::remote {

// One TLS client of the remote listener: the same line framing, caps and
// back-pressure as a local control::Connection, over a QSslSocket. It
// starts unauthenticated; RemoteServer gives it an identity once auth.token
// succeeded, and from then on its caller is that token.
class RemoteConnection final : public control::LineChannel
{
    Q_OBJECT
public:
    // Takes ownership of `socket` (connected, not yet encrypted).
    RemoteConnection(quint64 id, QSslSocket *socket, QHostAddress peer, QString source,
                     control::ConnectionLimits limits, QObject *parent = nullptr);
    ~RemoteConnection() override;

    // Starts the server side of the TLS handshake.
    void start();

    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] const QHostAddress &peer() const { return m_peer; }
    [[nodiscard]] QString peerText() const;
    [[nodiscard]] const QString &source() const { return m_source; } // the rate limiter's key
    // Where the client reached bywayd (getsockname): reconnect checks ask.
    [[nodiscard]] QHostAddress localAddress() const;
    [[nodiscard]] quint16 localPort() const;
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] bool isAuthenticated() const { return m_identity.has_value(); }
    [[nodiscard]] const std::optional<control::RemoteIdentity> &identity() const { return m_identity; }
    [[nodiscard]] control::Role role() const { return m_role; }
    void authenticate(control::RemoteIdentity identity, control::Role role);
    [[nodiscard]] control::Caller caller();
    using LineChannel::isClosing;

    [[nodiscard]] qsizetype unsentBytes() const override;
    bool sendLine(const QByteArray &line) override;
    void closeAfterFlush() override;

Q_SIGNALS:
    // The connection began with "GET " instead of a JSON-RPC line: an HTTP
    // request (a Prometheus scrape with a token). `head` is its request line
    // and headers, empty when it grew past metrics::kMaxRequestHead. Nothing
    // more is read from it.
    void httpRequest(const QByteArray &head);

protected:
    void closeNow() override;
    [[nodiscard]] QString describe() const override;

private:
    void onReadyRead();
    void onWritten();
    void processHttp(const QByteArray &chunk);

    quint64 m_id;
    QSslSocket *m_socket;
    QHostAddress m_peer;
    QString m_source;
    std::optional<control::RemoteIdentity> m_identity;
    control::Role m_role = control::Role::Refused;
    qint64 m_received = 0;     // bytes read so far
    std::optional<QByteArray> m_http; // the HTTP head so far, once the first bytes were "GET "
    bool m_httpDone = false;          // ... handed on
    bool m_encrypted = false;
    bool m_readScheduled = false;
};

} // namespace byway::remote
