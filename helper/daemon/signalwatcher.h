// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/fd.h"
#include "core/error.h"

#include <QObject>

#include <initializer_list>

class QSocketNotifier;

namespace byway::daemon {

// Termination signos as ordinary events on the loop (signalfd), so the
// shutdown work runs in normal code and not in a signal handler.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    // Blocks the signos for the calling thread and every thread started
    // after; call first thing in main, before Qt or the probe starts threads.
    static void block(std::initializer_list<int> signos);

    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    [[nodiscard]] Result<void> watch(std::initializer_list<int> signos);

Q_SIGNALS:
    void received(int signo);

private:
    void onReadable();

    control::Fd m_fd;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace byway::daemon
