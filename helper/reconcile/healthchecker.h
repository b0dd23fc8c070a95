// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconcile/health.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace byway::reconcile {

// Runs the checks of a health-checked confirm until all have passed: each
// round probes every check not yet passed at once, on a pool of its own
// threads (a probe blocks up to its timeout; the event loop that serves the
// clients never waits for one), and a failed round is retried about a
// second after it began. It never gives up by itself: the confirm deadline
// ends it (Reconciler). Reconnect checks are not probed: remoteRequest()
// passes them when the remote listener reports an admin's request through
// their address.
class HealthChecker final : public QObject
{
    Q_OBJECT
public:
    explicit HealthChecker(QObject *parent = nullptr);
    ~HealthChecker() override;

    void start(QList<HealthCheck> checks); // replaces what ran before
    void stop();
    // An authenticated admin's request came in on a remote connection whose
    // local end is `local`:`port`: the reconnect checks it matches pass.
    void remoteRequest(const QHostAddress &local, quint16 port);
    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] const QList<HealthCheck> &checks() const { return m_checks; }
    [[nodiscard]] const QList<CheckState> &states() const { return m_states; }

Q_SIGNALS:
    void allPassed();

private:
    void round();
    void onResult(quint64 generation, qsizetype index, const QString &error);
    void roundDone();
    void setState(qsizetype index, const QString &error);

    QThreadPool m_pool;
    QTimer m_retry;
    QElapsedTimer m_roundClock;
    QList<HealthCheck> m_checks;
    QList<CheckState> m_states;
    quint64 m_generation = 0; // results of an earlier start/stop are dropped
    int m_outstanding = 0;
    bool m_running = false;
};

// One probe, blocking for up to the check's timeout: empty when it passed,
// otherwise why not ("connection refused", "timed out after 3000 ms").
// A dns check passes on any answer that is not a server failure: NXDOMAIN
// says the resolver is reachable and working. A reconnect check is not
// probed: it says what it waits for.
[[nodiscard]] QString runCheck(const HealthCheck &check);

} // namespace byway::reconcile
