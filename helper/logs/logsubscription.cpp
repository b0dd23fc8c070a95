// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logsubscription.h"

#include "core/jsonrpc.h"

namespace byway::logs {

bool LogFilter::matches(const LogRecord &r) const
{
    return r.level >= minLevel && (categories.isEmpty() || categories.contains(r.category));
}

LogSubscription::LogSubscription(const LogHub &hub, control::LineSink &sink, LogFilter filter, int backlog,
                                 qsizetype cap, QObject *parent)
    : QObject(parent), m_hub(hub), m_sink(sink), m_filter(std::move(filter)), m_cap(cap)
{
    m_backlogEnd = hub.lastSeq();
    m_next = m_backlogEnd + 1;
    if (backlog <= 0)
        return;
    // Walk back from the newest record to the oldest one that still makes
    // the last `backlog` matching records.
    const QList<LogRecord> all = hub.since(0, hub.capacity());
    for (auto it = all.crbegin(); it != all.crend() && m_backlogCount < backlog; ++it) {
        if (it->seq > m_backlogEnd || !m_filter.matches(*it))
            continue;
        if (m_backlogCount == 0)
            m_backlogLastSeq = it->seq;
        ++m_backlogCount;
        m_next = it->seq;
    }
}

void LogSubscription::countDropped(qint64 n)
{
    m_dropped += n;
    m_totalDropped += n;
}

void LogSubscription::pump()
{
    if (m_dropped > 0 && !m_dropAnnounced && m_sink.unsentBytes() < m_cap) {
        // Told right away, so a reader learns of the gap even if no
        // matching line follows for a while.
        m_dropAnnounced = true;
        m_sink.sendLine(rpc::encodeNotification(QStringLiteral("logs.dropped"),
                                                {{QStringLiteral("count"), m_dropped}}));
    }
    for (;;) {
        // A backlog waiting for the reader: nothing to send and nothing to count.
        if (m_next <= m_backlogEnd && m_sink.unsentBytes() >= m_cap)
            return;
        const QList<LogRecord> batch = m_hub.since(m_next, 512);
        if (batch.isEmpty())
            return;
        for (const LogRecord &r : batch) {
            // The ring moved on before we got here: those are lost to us.
            if (r.seq > m_next)
                countDropped(qint64(r.seq - m_next));
            if (m_filter.matches(r)) {
                if (m_sink.unsentBytes() >= m_cap) {
                    if (r.seq <= m_backlogEnd) {
                        m_next = r.seq; // resume the backlog here on drain
                        return;
                    }
                    countDropped(1);
                } else {
                    deliver(r);
                }
            }
            m_next = r.seq + 1;
        }
    }
}

void LogSubscription::deliver(const LogRecord &r)
{
    QJsonObject line = r.toJson();
    if (m_dropped > 0)
        line.insert(QStringLiteral("dropped"), m_dropped);
    if (m_sink.sendLine(rpc::encodeNotification(QStringLiteral("logs.line"), line))) {
        m_dropped = 0;
        m_dropAnnounced = false;
    }
}

} // namespace byway::logs
