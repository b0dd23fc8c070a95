// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchprobe.h"

#include <QCoreApplication>
#include <QQuickWindow>

#include <time.h>

namespace byway::gui {
namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
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
    connect(window, &QQuickWindow::beforeSynchronizing, this, &BenchProbe::onSync, Qt::DirectConnection);
    connect(window, &QQuickWindow::frameSwapped, this, &BenchProbe::onSwapped, Qt::DirectConnection);
    m_flush.setInterval(200);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        std::lock_guard lock(m_lock);
        m_file.flush();
    });
    m_flush.start();
}

void BenchProbe::onSync()
{
    std::lock_guard lock(m_lock);
    m_syncNs = monotonicNs();
}

void BenchProbe::onSwapped()
{
    const qint64 now = monotonicNs();
    std::lock_guard lock(m_lock);
    if (m_first) {
        m_first = false;
        m_file.write(QByteArray("first ") + QByteArray::number(now) + '\n');
        m_file.flush();
        if (m_quitAfterFirst)
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
    }
    m_file.write(QByteArray("frame ") + QByteArray::number(m_syncNs) + ' ' + QByteArray::number(now) + '\n');
}

} // namespace byway::gui
