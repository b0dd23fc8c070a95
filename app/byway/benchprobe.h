// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QObject>
#include <QTimer>

#include <mutex>

class QQuickWindow;

namespace byway::gui {

// For bench/gui only, off unless BYWAY_BENCH_FRAMES names a file: writes
// "first <ns>" at the first frame and, per frame,
//   "frame <begin ns> <sync ns> <swapped ns> <thread cpu ns>"
// where begin is the window's UpdateRequest (before events are flushed and
// items polished: ListView makes its delegates there), sync is
// beforeSynchronizing, swapped is frameSwapped (CLOCK_MONOTONIC, comparable
// with the bench's own clock), and cpu is the rendering thread's CPU time
// from begin to swapped (on a shared machine wall time includes waiting for
// a core; CPU time is what the frame itself cost). Flushed every 200 ms so a
// bench may stop the process at any time.
// BYWAY_BENCH_QUIT_AFTER_FIRST_FRAME=1 quits once the first frame is out.
class BenchProbe : public QObject
{
    Q_OBJECT
public:
    // Installs the probe when the environment asks for it; returns null otherwise.
    static BenchProbe *installIfAsked(QQuickWindow *window, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BenchProbe(QQuickWindow *window, const QString &path, bool quitAfterFirst, QObject *parent);
    void onSync();
    void onSwapped();

    QFile m_file;
    QTimer m_flush;
    std::mutex m_lock; // the render loop may emit from its own thread
    qint64 m_beginNs = 0;
    qint64 m_beginCpuNs = 0;
    qint64 m_syncNs = 0;
    bool m_first = true;
    bool m_quitAfterFirst = false;
};

} // namespace byway::gui
