// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/loghub.h"

#include <QDateTime>
#include <QMutexLocker>

#include <cerrno>

#include <unistd.h>

namespace byway::logs {
namespace {

// The one piece of process-wide state: Qt's message handler is a plain
// function pointer, so it needs a way back to the hub.
std::atomic<LogHub *> g_hub{nullptr};
// A record made while a record is being made (something inside add()
// logging) would deadlock on the hub's mutex; such records go to stderr only.
thread_local bool t_inHandler = false;

void writeAll(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDERR_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return; // stderr gone: nothing sensible left to do
        done += n;
    }
}

} // namespace

LogHub::LogHub(qsizetype capacity, QObject *parent) : QObject(parent), m_capacity(qMax<qsizetype>(capacity, 1))
{
}

LogHub::~LogHub()
{
    LogHub *self = this;
    if (g_hub.compare_exchange_strong(self, nullptr))
        qInstallMessageHandler(nullptr);
}

void LogHub::install()
{
    g_hub.store(this);
    qInstallMessageHandler(&LogHub::messageHandler);
}

void LogHub::messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogHub *hub = g_hub.load();
    const Level level = levelOf(type);
    const QString category = shortCategory(context.category);
    if (!hub || t_inHandler) {
        writeAll(QStringLiteral("<%1>%2: %3\n").arg(syslogPriority(level)).arg(category, message).toUtf8());
        return;
    }
    t_inHandler = true;
    hub->add(level, category, message);
    t_inHandler = false;
}

void LogHub::writeStderr(const LogRecord &r) const
{
    // journald reads the "<N>" prefix as the priority of that line; a
    // multi-line message gets it on every line so none is misfiled.
    const QByteArray prefix = QStringLiteral("<%1>%2: ").arg(syslogPriority(r.level)).arg(r.category).toUtf8();
    QByteArray out;
    for (const QString &line : r.message.split(QLatin1Char('\n')))
        out += prefix + line.toUtf8() + '\n';
    writeAll(out);
}

void LogHub::add(Level level, const QString &category, const QString &message)
{
    LogRecord r{0, QDateTime::currentMSecsSinceEpoch(), category, level, message};
    {
        QMutexLocker lock(&m_mutex);
        r.seq = m_nextSeq++;
        // Under the lock so stderr shows records in seq order.
        if (m_echo.load())
            writeStderr(r);
        m_ring.push_back(std::move(r));
        while (qsizetype(m_ring.size()) > m_capacity)
            m_ring.pop_front();
    }
    // One queued wake-up per burst, whichever thread the records come from.
    if (!m_notifyPending.exchange(true)) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_notifyPending.store(false);
                Q_EMIT recordsAdded();
            },
            Qt::QueuedConnection);
    }
}

QList<LogRecord> LogHub::since(quint64 fromSeq, qsizetype max) const
{
    QMutexLocker lock(&m_mutex);
    QList<LogRecord> out;
    if (m_ring.empty())
        return out;
    const quint64 first = m_ring.front().seq;
    const quint64 start = fromSeq > first ? fromSeq - first : 0;
    for (quint64 i = start; i < m_ring.size() && out.size() < max; ++i)
        out.append(m_ring[i]);
    return out;
}

quint64 LogHub::nextSeq() const
{
    QMutexLocker lock(&m_mutex);
    return m_nextSeq;
}

} // namespace byway::logs
