// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#ifndef Q_MOC_RUN // moc cannot parse what the capture's headers include
#include "daemon/metricscapture.h"
#endif

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace byway::metrics {
class Exposition;
}
namespace byway::capture {
struct UserCounters;
}

namespace byway::daemon {

class Daemon;

// Per-user byte and drop counters for /metrics, accumulated from the
// capture's raw counters by their increase, so a series never goes down:
// not when a user moves from "other" to a label of their own (a session
// names them), nor when the capture restarts and its counters start again.
// A label that loses its name is folded into "other".
class UserTotals
{
public:
    struct Sum {
        double up = 0, down = 0, drops = 0, flows = 0; // flows: open now (a gauge)
    };
    // `labelled`: the users with a label of their own; everyone else is "other".
    void update(const QStringList &labelled, const std::vector<capture::UserCounters> &counters);
    // By label, sorted; "other" always present.
    [[nodiscard]] const QMap<QString, Sum> &totals() const { return m_totals; }

private:
    QHash<QString, Sum> m_seen; // the capture's last raw counters, by its user key
    QMap<QString, Sum> m_totals;
};

// What /metrics shows (docs/deploy.md, "Metrics"). Events (applies, drift,
// control errors) are counted here as they happen; everything else is read
// at scrape time from what the daemon already keeps: the probe's last
// report, the capture's counters, the reconciler's pending confirm, and the
// nftables rule counters (on the kernel thread, as topology.get reads them).
class Metrics final : public QObject
{
    Q_OBJECT
public:
    // Users with a label of their own; the rest are summed as "other".
    static constexpr int kMaxUsers = 100;

    explicit Metrics(Daemon &daemon, QObject *parent = nullptr);

    // The reconciler's event signal.
    void onReconcilerEvent(const QString &kind, const QJsonObject &details);
    // Every error a request was answered with.
    void onControlError(const Error &error);

    // The whole exposition; the kernel's rule counters come from the kernel
    // thread, so it is handed over later.
    void render(std::function<void(QByteArray)> done);

private:
    void renderDaemon(metrics::Exposition &out);  // build info, start time
    void renderChanges(metrics::Exposition &out); // applies, rollbacks, drift
    void renderState(metrics::Exposition &out);   // apply state, probe, findings, clients
    void renderCapture(metrics::Exposition &out);
    void renderCaptureUsers(metrics::Exposition &out, const std::vector<capture::UserCounters> &counters);

    Daemon &m_daemon;
    QHash<std::pair<QString, QString>, quint64> m_applies; // (action, result)
    QList<quint64> m_durationBuckets;                      // per bound, not cumulative
    double m_durationSum = 0;
    quint64 m_durationCount = 0;
    QHash<QString, quint64> m_rollbacks; // reason
    QHash<QString, quint64> m_drift;     // kind
    QHash<QString, quint64> m_errors;    // error code name
    UserTotals m_users;
    CaptureExtras m_captureExtras;

};

} // namespace byway::daemon
