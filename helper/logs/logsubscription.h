// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/linesink.h"
#include "logs/loghub.h"

#include <QObject>
#include <QStringList>

namespace byway::logs {

struct LogFilter {
    QStringList categories; // empty = all
    Level minLevel = Level::Info;
    [[nodiscard]] bool matches(const LogRecord &r) const;
};

// One client's log stream. It keeps a cursor into the hub's ring instead of
// a queue of its own, so a reader that never reads costs nothing but a
// counter: while the sink holds `cap` unsent bytes, live lines are skipped
// and counted; once it drains, logs.dropped {count} goes out and the next
// logs.line carries `dropped`. The backlog is sent from the ring as the
// sink drains, so even a 5000-line backlog never sits in a send queue.
class LogSubscription final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kDefaultCap = 256 * 1024;

    LogSubscription(const LogHub &hub, control::LineSink &sink, LogFilter filter, int backlog,
                    qsizetype cap = kDefaultCap, QObject *parent = nullptr);

    // Lines of the backlog the subscriber will get, and the seq of its last
    // (0 when none), for the subscribe reply.
    [[nodiscard]] int backlogCount() const { return m_backlogCount; }
    [[nodiscard]] quint64 backlogLastSeq() const { return m_backlogLastSeq; }
    [[nodiscard]] const LogFilter &filter() const { return m_filter; }
    // Lines lost and not yet reported on a logs.line.
    [[nodiscard]] qint64 pendingDropped() const { return m_dropped; }
    [[nodiscard]] qint64 totalDropped() const { return m_totalDropped; }

    // Sends what can be sent now: call when records arrive and when the sink drains.
    void pump();

private:
    void deliver(const LogRecord &r);
    void countDropped(qint64 n);

    const LogHub &m_hub;
    control::LineSink &m_sink;
    LogFilter m_filter;
    qsizetype m_cap;
    quint64 m_next = 1;        // next seq to look at
    quint64 m_backlogEnd = 0;  // records up to this seq are backlog: wait, never drop
    int m_backlogCount = 0;
    quint64 m_backlogLastSeq = 0;
    qint64 m_dropped = 0;
    qint64 m_totalDropped = 0;
    bool m_dropAnnounced = false;
};

} // namespace byway::logs
