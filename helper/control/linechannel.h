// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/channel.h"
#include "core/jsonrpc.h"
#include "core/linebuffer.h"

class QTimer;

namespace byway::control {

struct ConnectionLimits {
    qsizetype maxLine = rpc::kMaxMessageBytes;
    // Unsent replies beyond this mean the client does not read: disconnect it.
    qsizetype sendCap = 4 * 1024 * 1024;
    // Stop taking new requests from a client while this much of its replies is
    // unsent: a pipelining client is slowed down instead of growing our buffer.
    qsizetype pauseReadingAt = 1024 * 1024;
    // How long a closing connection may take to read its last reply.
    int closeGraceMs = 2000;
};

// What the local socket and the TLS connections share above their
// transport: lines under the 1 MiB cap, requests held back while the
// client is behind on reading its replies, the send cap, and a close that
// waits for the last reply only for a grace period. A transport reads into
// takeBytes(), writes through its own queue and says how much of it is
// unsent; closing it is its own closeNow().
class LineChannel : public Channel
{
    Q_OBJECT
public:
    LineChannel(ConnectionLimits limits, QObject *parent);

    void abort(const QString &why) override;

Q_SIGNALS:
    void lineReceived(const QByteArray &line);
    void lineTooLong();

protected:
    // Adds bytes read from the transport and hands on the complete lines;
    // false when the line cap was hit (lineTooLong() was emitted).
    bool takeBytes(const QByteArray &chunk);
    // Hands on the complete lines while the client keeps up with its
    // replies; sets paused() when it does not.
    void processLines();
    // False (and the connection aborted) when `bytes` more would pass the
    // send cap.
    [[nodiscard]] bool admit(qsizetype bytes);
    // closeAfterFlush()'s first half: marks closing and arms the grace timer.
    // False when already closing or closed.
    bool beginClose();

    // Closes at once and emits closed(); idempotent.
    virtual void closeNow() = 0;
    // "connection 3 of uid 1000", for the log lines.
    [[nodiscard]] virtual QString describe() const = 0;

    // Ends the close: stops the grace timer; false when it was already closed.
    bool markClosed();

    [[nodiscard]] bool isClosedNow() const { return m_closed; }
    [[nodiscard]] bool isClosing() const { return m_closing || m_closed; }
    [[nodiscard]] bool paused() const { return m_paused; }
    void setPaused(bool on) { m_paused = on; }
    [[nodiscard]] const ConnectionLimits &limits() const { return m_limits; }

private:
    ConnectionLimits m_limits;
    LineBuffer m_lines;
    QTimer *m_graceTimer = nullptr;
    bool m_closing = false;
    bool m_closed = false;
    bool m_paused = false;
};

} // namespace byway::control
