// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QQuickWindow>

#include <time.h>

namespace byway::gui {
namespace {

qint64 clockNs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

} // namespace

BenchProbe *BenchProbe::installIfAsked(QQuickWindow *window, QObject *parent)
{
    const QString path = qEnvironmentVariable("BYWAY_BENCH_FRAMES");
    if (path.isEmpty())
        return nullptr;
    return new BenchProbe(window, path, qEnvironmentVariable("BYWAY_BENCH_QUIT_AFTER_FIRST_FRAME") == u"1", parent);
}

BenchProbe::BenchProbe(QQuickWindow *window, const QString &path, bool quitAfterFirst, QObject *parent)
    : QObject(parent)
    , m_file(path)
    , m_quitAfterFirst(quitAfterFirst)
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qWarning("byway: cannot write the bench frames to %s", qPrintable(path));
    // The basic and software render loops render a frame while the window
    // handles its UpdateRequest; seeing the event first marks the frame's start.
    window->installEventFilter(this);
    connect(window, &QQuickWindow::beforeSynchronizing, this, &BenchProbe::onSync, Qt::DirectConnection);
    connect(window, &QQuickWindow::frameSwapped, this, &BenchProbe::onSwapped, Qt::DirectConnection);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        std::lock_guard lock(m_lock);
        m_file.flush();
    });
    m_flush.start();
}

bool BenchProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::UpdateRequest) {
        std::lock_guard lock(m_lock);
        m_beginNs = clockNs(CLOCK_MONOTONIC);
        m_beginCpuNs = clockNs(CLOCK_THREAD_CPUTIME_ID);
    }
    return QObject::eventFilter(watched, event);
}

void BenchProbe::onSync()
{
    std::lock_guard lock(m_lock);
    m_syncNs = clockNs(CLOCK_MONOTONIC);
    // A threaded render loop syncs without our UpdateRequest, and an expose
    // renders without one: the frame then starts at sync, and its CPU time is
    // left out (-1). An UpdateRequest older than a second rendered nothing.
    if (m_beginNs == 0 || m_beginNs > m_syncNs || m_syncNs - m_beginNs > 1000000000) {
        m_beginNs = m_syncNs;
        m_beginCpuNs = -1;
    }
}

void BenchProbe::onSwapped()
{
    const qint64 now = clockNs(CLOCK_MONOTONIC);
    const qint64 cpuNow = clockNs(CLOCK_THREAD_CPUTIME_ID);
    std::lock_guard lock(m_lock);
    if (m_first) {
        m_first = false;
        m_file.write(QByteArray("first ") + QByteArray::number(now) + '\n');
        m_file.flush();
        if (m_quitAfterFirst)
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    }
    const qint64 cpu = m_beginCpuNs < 0 ? -1 : cpuNow - m_beginCpuNs;
    m_file.write(QByteArray("frame ") + QByteArray::number(m_beginNs) + ' ' + QByteArray::number(m_syncNs) + ' '
                 + QByteArray::number(now) + ' ' + QByteArray::number(cpu) + '\n');
    m_beginNs = 0;
}

} // namespace byway::gui
