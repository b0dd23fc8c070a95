// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace byway::reconcile {

// One thread for the reconciler's kernel work (netlink dumps, the nftables
// batch, route changes, sysctl writes): an apply of thousands of rules takes
// long enough that the event loop, which serves every client, the log
// streams and the drift watch, must not wait for it. Jobs run one at a time
// in the order posted; each job's `done` runs back on the thread that owns
// this object. Jobs still queued when it is destroyed are dropped; the one
// running is waited for.
class KernelWorker final : public QObject
{
    Q_OBJECT
public:
    explicit KernelWorker(QObject *parent = nullptr);
    ~KernelWorker() override;

    template <typename R>
    void run(std::function<R()> work, std::function<void(R)> done)
    {
        QPointer<KernelWorker> self(this);
        QMetaObject::invokeMethod(
            m_context,
            [self, work = std::move(work), done = std::move(done)]() mutable {
                auto result = std::make_shared<R>(work());
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, result, done = std::move(done)] {
                            if (self)
                                done(std::move(*result));
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; deleted with it
};

} // namespace byway::reconcile
