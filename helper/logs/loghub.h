// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logs/logrecord.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>

namespace byway::logs {

// Every log record of the process: numbered, written to stderr for journald
// ("<6>control: ..."), and kept in a bounded ring for logs.subscribe.
// add() is thread-safe (the packet path logs from its own threads);
// recordsAdded() is emitted on the hub's thread, coalesced, so subscribers
// are only ever touched from the event loop.
class LogHub final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kDefaultCapacity = 5000;

    explicit LogHub(qsizetype capacity = kDefaultCapacity, QObject *parent = nullptr);
    ~LogHub() override; // uninstalls the message handler if it is ours

    // Becomes the Qt message handler; records made before stay where they went.
    void install();
    void setEchoToStderr(bool on) { m_echo.store(on); }

    void add(Level level, const QString &category, const QString &message);

    // Records with seq >= fromSeq that are still held, oldest first, at most `max`.
    [[nodiscard]] QList<LogRecord> since(quint64 fromSeq, qsizetype max = 1024) const;
    // The number the next record gets; lastSeq() == nextSeq() - 1.
    [[nodiscard]] quint64 nextSeq() const;
    [[nodiscard]] quint64 lastSeq() const { return nextSeq() - 1; }
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }

Q_SIGNALS:
    void recordsAdded();

private:
    static void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void writeStderr(const LogRecord &r) const;

    const qsizetype m_capacity;
    mutable QMutex m_mutex;
    std::deque<LogRecord> m_ring;
    quint64 m_nextSeq = 1;
    std::atomic<bool> m_notifyPending{false};
    std::atomic<bool> m_echo{true};
};

} // namespace byway::logs
