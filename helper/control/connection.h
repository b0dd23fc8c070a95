// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"
#include "control/caller.h"
#include "control/channel.h"
#include "control/fd.h"
#include "control/peercredentials.h"
#include "core/jsonrpc.h"
#include "core/linebuffer.h"

class QSocketNotifier;
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

// One accepted client socket: non-blocking reads split into lines under the
// 1 MiB cap, non-blocking writes with a bounded queue, and a close that
// never happens synchronously under a caller's feet (the owner deletes the
// object later on closed()).
class Connection final : public Channel
{
    Q_OBJECT
public:
    Connection(quint64 id, Fd fd, PeerCredentials peer, Decision decision, ConnectionLimits limits,
               QObject *parent = nullptr);
    ~Connection() override;

    // Starts reading; call after connecting the signals.
    void start();

    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] const PeerCredentials &peer() const { return m_peer; }
    [[nodiscard]] const Decision &decision() const { return m_decision; }
    [[nodiscard]] Caller caller();
    [[nodiscard]] bool isClosed() const { return m_closed; }

    [[nodiscard]] qsizetype unsentBytes() const override { return m_out.size() - m_outOffset; }
    bool sendLine(const QByteArray &line) override;

    void closeAfterFlush() override;
    void abort(const QString &why) override;

Q_SIGNALS:
    void lineReceived(const QByteArray &line);
    void lineTooLong();

private:
    void onReadable();
    void onWritable();
    void flush();
    void processLines();
    void closeNow();
    void setReading(bool on);

    quint64 m_id;
    Fd m_fd;
    PeerCredentials m_peer;
    Decision m_decision;
    ConnectionLimits m_limits;
    LineBuffer m_lines;
    QByteArray m_out;
    qsizetype m_outOffset = 0;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer *m_graceTimer = nullptr;
    bool m_eof = false;
    bool m_closing = false;
    bool m_closed = false;
};

} // namespace byway::control
