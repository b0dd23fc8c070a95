// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/remoteconnection.h"

#include "core/logging.h"
#include "metrics/http.h"

#include <QSslCipher>
#include <QSslSocket>

namespace byway::remote {
namespace {

constexpr qint64 kReadChunk = 64 * 1024;
// Per wakeup, so one busy client cannot starve the others.
constexpr int kReadChunksPerWakeup = 4;
// What Qt may hold decrypted for us while we do not read (a client that
// pipelines without reading its replies): beyond it, TCP pushes back.
constexpr qint64 kSocketReadBuffer = 256 * 1024;

} // namespace

RemoteConnection::RemoteConnection(quint64 id, QSslSocket *socket, QHostAddress peer, QString source,
                                   control::ConnectionLimits limits, QObject *parent)
    : LineChannel(limits, parent),
      m_id(id),
      m_socket(socket),
      m_peer(std::move(peer)),
      m_source(std::move(source))
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kSocketReadBuffer);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        qCDebug(lcControl).noquote() << "remote connection" << m_id << "from" << peerText() << "encrypted with"
                                     << m_socket->sessionCipher().name();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &RemoteConnection::onReadyRead);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &RemoteConnection::onWritten);
    connect(m_socket, &QSslSocket::disconnected, this, &RemoteConnection::closeNow);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        // Handshake failures are what port scanners cause: debug, not info.
        if (!isClosedNow())
            abort(m_socket->errorString());
    });
}

RemoteConnection::~RemoteConnection()
{
    if (m_socket)
        m_socket->disconnect(this);
}

void RemoteConnection::start()
{
    m_socket->startServerEncryption();
}

QString RemoteConnection::peerText() const
{
    bool v4 = false;
    const quint32 a = m_peer.toIPv4Address(&v4);
    return v4 ? QHostAddress(a).toString() : m_peer.toString();
}

QHostAddress RemoteConnection::localAddress() const
{
    return m_socket->localAddress();
}

quint16 RemoteConnection::localPort() const
{
    return m_socket->localPort();
}

void RemoteConnection::authenticate(control::RemoteIdentity identity, control::Role role)
{
    m_identity = std::move(identity);
    m_role = role;
}

control::Caller RemoteConnection::caller()
{
    control::Caller c(uid_t(-1), 0, m_identity ? m_role : control::Role::Refused, this);
    c.remote = m_identity;
    return c;
}

qsizetype RemoteConnection::unsentBytes() const
{
    // Plain text not yet encrypted plus records not yet taken by the kernel:
    // QSslSocket encrypts at once into an unbounded buffer, so bytesToWrite()
    // alone would let a client that never reads grow it without limit.
    return isClosedNow() ? 0 : qsizetype(m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite());
}

QString RemoteConnection::describe() const
{
    return QStringLiteral("remote connection %1 from %2").arg(m_id).arg(peerText());
}

bool RemoteConnection::sendLine(const QByteArray &line)
{
    if (!admit(line.size()))
        return false;
    m_socket->write(line);
    return true;
}

void RemoteConnection::onWritten()
{
    if (isClosedNow() || unsentBytes() > 0)
        return;
    Q_EMIT drained();
    if (isClosing())
        return;
    if (paused()) {
        // Requests held back while the client was behind on reading.
        setPaused(false);
        processLines();
        onReadyRead();
    }
}

void RemoteConnection::onReadyRead()
{
    m_readScheduled = false;
    for (int i = 0; i < kReadChunksPerWakeup && !isClosing() && !paused(); ++i) {
        if (m_socket->bytesAvailable() <= 0)
            return;
        const QByteArray chunk = m_socket->read(kReadChunk);
        if (chunk.isEmpty())
            return;
        // JSON-RPC starts with '{': "GET " first is HTTP (sniffed once, before auth).
        if (m_http || m_httpDone || (m_received == 0 && !m_identity && chunk.startsWith("GET "))) {
            m_received += chunk.size();
            return processHttp(chunk);
        }
        m_received += chunk.size();
        if (!takeBytes(chunk))
            return;
    }
    // Left for the next turn of the event loop: Qt emits readyRead only for
    // new data, so what is already buffered needs asking for.
    if (!isClosing() && !paused() && m_socket->bytesAvailable() > 0 && !m_readScheduled) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &RemoteConnection::onReadyRead, Qt::QueuedConnection);
    }
}

void RemoteConnection::processHttp(const QByteArray &chunk)
{
    if (m_httpDone)
        return; // the request was handed on: nothing more is read
    if (!m_http)
        m_http = QByteArray();
    m_http->append(chunk);
    const auto end = metrics::findHeadEnd(*m_http);
    if (!end && m_http->size() <= metrics::kMaxRequestHead)
        return;
    const QByteArray head = end && end->first <= metrics::kMaxRequestHead ? m_http->left(end->first) : QByteArray("");
    m_httpDone = true;
    m_http.reset();
    Q_EMIT httpRequest(head);
}

void RemoteConnection::closeAfterFlush()
{
    // Qt writes what is queued, sends TLS close_notify, then closes and
    // emits disconnected(); a client that does not read gets the grace period.
    if (beginClose())
        m_socket->disconnectFromHost();
}

void RemoteConnection::closeNow()
{
    if (!markClosed())
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT closed();
}

} // namespace byway::remote
