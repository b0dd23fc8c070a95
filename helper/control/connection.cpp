// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/connection.h"

#include "core/logging.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <sys/socket.h>

namespace byway::control {
namespace {

constexpr qsizetype kReadChunk = 64 * 1024;
// Per wakeup, so one busy client cannot starve the others.
constexpr int kReadChunksPerWakeup = 4;

} // namespace

Connection::Connection(quint64 id, Fd fd, PeerCredentials peer, Decision decision, ConnectionLimits limits,
                       QObject *parent)
    : LineChannel(limits, parent),
      m_id(id),
      m_fd(std::move(fd)),
      m_peer(std::move(peer)),
      m_decision(std::move(decision))
{
    m_readNotifier = new QSocketNotifier(m_fd.get(), QSocketNotifier::Read, this);
    m_readNotifier->setEnabled(false);
    m_writeNotifier = new QSocketNotifier(m_fd.get(), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &Connection::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &Connection::onWritable);
}

Connection::~Connection()
{
    // Notifiers must let go of the fd before it is closed and reused.
    delete m_readNotifier;
    delete m_writeNotifier;
}

void Connection::start()
{
    setReading(true);
}

Caller Connection::caller()
{
    return Caller{m_peer.uid, m_peer.pid, m_decision.role, this};
}

void Connection::setReading(bool on)
{
    if (m_readNotifier)
        m_readNotifier->setEnabled(on && !isClosing() && !m_eof);
}

void Connection::onReadable()
{
    for (int i = 0; i < kReadChunksPerWakeup && !isClosing(); ++i) {
        QByteArray chunk(kReadChunk, Qt::Uninitialized);
        const ssize_t n = ::recv(m_fd.get(), chunk.data(), size_t(chunk.size()), MSG_DONTWAIT);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            abort(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        if (n == 0) {
            // The peer may only have shut down its sending side (`socat`,
            // scripts): answer what it sent, then close.
            m_eof = true;
            setReading(false);
            processLines();
            if (!isClosing() && unsentBytes() < limits().pauseReadingAt)
                closeAfterFlush();
            return;
        }
        chunk.truncate(n);
        if (!takeBytes(chunk)) {
            setReading(false);
            return;
        }
        if (unsentBytes() >= limits().pauseReadingAt) {
            setReading(false); // resumed by flush() once the client read its replies
            return;
        }
    }
}

QString Connection::describe() const
{
    return QStringLiteral("connection %1 of uid %2").arg(m_id).arg(m_peer.uid);
}

bool Connection::sendLine(const QByteArray &line)
{
    if (!admit(line.size()))
        return false;
    m_out.append(line);
    if (!m_writeNotifier->isEnabled())
        flush();
    return true;
}

void Connection::onWritable()
{
    flush();
}

void Connection::flush()
{
    const bool wasWaiting = m_writeNotifier->isEnabled();
    while (m_outOffset < m_out.size()) {
        const ssize_t n = ::send(m_fd.get(), m_out.constData() + m_outOffset, size_t(m_out.size() - m_outOffset),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            m_outOffset += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            break;
        // EPIPE/ECONNRESET: the client went away without reading.
        abort(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    if (m_outOffset < m_out.size()) {
        // Compact now and then so a long-lived stream does not keep its
        // whole history in the buffer.
        if (m_outOffset > 64 * 1024 && m_outOffset > m_out.size() / 2) {
            m_out.remove(0, m_outOffset);
            m_outOffset = 0;
        }
        m_writeNotifier->setEnabled(true);
        return;
    }
    m_out.clear();
    m_outOffset = 0;
    m_writeNotifier->setEnabled(false);
    if (isClosing()) {
        closeNow();
        return;
    }
    if (!wasWaiting)
        return;
    Q_EMIT drained();
    if (isClosing())
        return;
    // Requests held back while the client was behind on reading.
    setPaused(false);
    processLines();
    if (m_eof) {
        if (!isClosing() && unsentBytes() == 0)
            closeAfterFlush();
    } else {
        setReading(true);
    }
}

void Connection::closeAfterFlush()
{
    if (!beginClose())
        return;
    setReading(false);
    if (unsentBytes() == 0)
        closeNow();
}

void Connection::closeNow()
{
    if (!markClosed())
        return;
    m_readNotifier->setEnabled(false);
    m_writeNotifier->setEnabled(false);
    m_out.clear();
    m_out.squeeze();
    m_outOffset = 0;
    // The notifiers still name this fd; they are disabled, and deleted with
    // us, before anything could be registered for a reused number.
    m_fd.reset();
    Q_EMIT closed();
}

} // namespace byway::control
