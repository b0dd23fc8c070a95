// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/caller.h"
#include "control/channel.h"
#include "control/connection.h"
#include "core/linebuffer.h"

#include <QHostAddress>

#include <optional>

class QSslSocket;
class QTimer;

namespace byway::remote {

// One TLS client of the remote listener: the same line framing, caps and
// back-pressure as a local control::Connection, over a QSslSocket. It
// starts unauthenticated; RemoteServer gives it an identity once auth.token
// succeeded, and from then on its caller is that token.
class RemoteConnection final : public control::Channel
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
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] bool isAuthenticated() const { return m_identity.has_value(); }
    [[nodiscard]] const std::optional<control::RemoteIdentity> &identity() const { return m_identity; }
    [[nodiscard]] control::Role role() const { return m_role; }
    void authenticate(control::RemoteIdentity identity, control::Role role);
    [[nodiscard]] control::Caller caller();
    [[nodiscard]] bool isClosing() const { return m_closing || m_closed; }

    [[nodiscard]] qsizetype unsentBytes() const override;
    bool sendLine(const QByteArray &line) override;
    void closeAfterFlush() override;
    void abort(const QString &why) override;

Q_SIGNALS:
    void lineReceived(const QByteArray &line);
    void lineTooLong();
    // The connection began with "GET " instead of a JSON-RPC line: an HTTP
    // request (a Prometheus scrape with a token). `head` is its request line
    // and headers, empty when it grew past metrics::kMaxRequestHead. Nothing
    // more is read from it.
    void httpRequest(const QByteArray &head);

private:
    void onReadyRead();
    void onWritten();
    void processLines();
    void processHttp(const QByteArray &chunk);
    void closeNow();

    quint64 m_id;
    QSslSocket *m_socket;
    QHostAddress m_peer;
    QString m_source;
    control::ConnectionLimits m_limits;
    LineBuffer m_lines;
    std::optional<control::RemoteIdentity> m_identity;
    control::Role m_role = control::Role::Refused;
    QTimer *m_graceTimer = nullptr;
    qint64 m_received = 0;     // bytes read so far
    std::optional<QByteArray> m_http; // the HTTP head so far, once the first bytes were "GET "
    bool m_httpDone = false;          // ... handed on
    bool m_encrypted = false;
    bool m_paused = false;
    bool m_readScheduled = false;
    bool m_closing = false;
    bool m_closed = false;
};

} // namespace byway::remote
