// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"
#include "control/caller.h"
#include "control/fd.h"
#include "control/linechannel.h"
#include "control/peercredentials.h"

class QSocketNotifier;

namespace byway::control {

// One accepted client socket: non-blocking reads split into lines under the
// 1 MiB cap, non-blocking writes with a bounded queue, and a close that
// never happens synchronously under a caller's feet (the owner deletes the
// object later on closed()).
class Connection final : public LineChannel
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
    [[nodiscard]] bool isClosed() const { return isClosedNow(); }

    [[nodiscard]] qsizetype unsentBytes() const override { return m_out.size() - m_outOffset; }
    bool sendLine(const QByteArray &line) override;

    void closeAfterFlush() override;

protected:
    void closeNow() override;
    [[nodiscard]] QString describe() const override;

private:
    void onReadable();
    void onWritable();
    void flush();
    void setReading(bool on);

    quint64 m_id;
    Fd m_fd;
    PeerCredentials m_peer;
    Decision m_decision;
    QByteArray m_out;
    qsizetype m_outOffset = 0;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    bool m_eof = false;
};

} // namespace byway::control
