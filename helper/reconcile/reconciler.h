// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "reconcile/desired.h"
#include "reconcile/history.h"
#include "reconcile/pending.h"
#include "reconcile/plan.h"
#include "reconcile/ports.h"
#include "reconcile/topology.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace byway::reconcile {

struct Caller {
    uint uid = 0;
    QString who; // "uid 1000", "startup", "confirm-timeout"
};

struct ApplyReport {
    int writes = 0;         // kernel changes made (0: it already matched)
    qint64 historyId = 0;   // entry recorded for this apply (0: nothing changed)
    qint64 revision = 0;    // config revision now in force
    QDateTime confirmBy;    // set when a commit-confirm is pending
    double kernelMs = 0;    // desired state, compare with the kernel, changes, verify
    double totalMs = 0;     // the above plus storing the config, history and state
    Plan plan;
    [[nodiscard]] QJsonObject toJson() const;
};

// Config -> desired kernel state -> diff against the live kernel -> apply ->
// verify, with commit-confirm, rollback and history. Every kernel object it
// makes is Byway's own (table "byway"); the previous state is restored when
// any step fails.
class Reconciler : public QObject
{
    Q_OBJECT
public:
    struct Ports {
        std::unique_ptr<NftPort> nft;
        std::unique_ptr<SysctlPort> sysctl;
        std::unique_ptr<RoutePort> route;
    };

    // Stores a config that was applied (so a restart comes back to it) and
    // returns its revision. The daemon passes its config service's save.
    using Persist = std::function<Result<qint64>(const config::Config &)>;

    Reconciler(Ports ports, QString stateDir, Persist persist, QObject *parent = nullptr);
    ~Reconciler() override;

    void setEnvironment(Environment env) { m_env = std::move(env); }
    // The environment for a given config (what would run for it, e.g. the
    // capture); used instead of the fixed one when set.
    void setEnvironmentFor(std::function<Environment(const config::Config &)> f) { m_envFor = std::move(f); }
    // Runs before the kernel changes of an apply, e.g. to start the capture
    // whose TUN the routes name; called again with the old config on failure.
    void setPrepare(std::function<Result<void>(const config::Config &)> f) { m_prepare = std::move(f); }

    [[nodiscard]] Result<Plan> plan(const config::Config &c);
    // Saves `c` as the stored config and makes the kernel match it. With
    // confirmWithinSec > 0 it reverts by itself unless confirm() comes in time.
    [[nodiscard]] Result<ApplyReport> apply(const config::Config &c, const Caller &who, int confirmWithinSec);
    [[nodiscard]] Result<QDateTime> confirm(int extendSec = 0); // extendSec > 0: move the deadline instead
    // Back to the config applied before the current one.
    [[nodiscard]] Result<ApplyReport> rollback(const Caller &who);
    [[nodiscard]] Result<ApplyReport> revert(qint64 historyId, const Caller &who);
    // Start-up: an expired commit-confirm rolls back, a running one resumes
    // its countdown; then the kernel is reconciled to the stored config,
    // clearing leftovers of a crashed run.
    [[nodiscard]] Result<ApplyReport> startup(const config::Config &stored);
    // Compares the kernel with the applied config; when Byway's objects
    // vanished or changed (flushed by someone, Docker/firewalld restart, a
    // link down took its routes) it reports a "drift" event and, unless
    // routing.repairDrift is off, re-applies. true when drift was found.
    [[nodiscard]] Result<bool> checkDrift();
    // Removes everything Byway put in the kernel and restores the sysctls it
    // changed (package removal); the stored config is not touched.
    [[nodiscard]] Result<ApplyReport> cleanup();

    [[nodiscard]] QHash<QString, Counter> counters();
    [[nodiscard]] QJsonObject pendingJson() const;
    [[nodiscard]] const History &history() const { return m_history; }
    [[nodiscard]] const config::Config &applied() const { return m_appliedConfig; }
    [[nodiscard]] RoutePort &routing() { return *m_ports.route; }
    // The desired state of the applied config (for explain).
    [[nodiscard]] Result<Desired> appliedDesired() const { return desiredState(m_appliedConfig, envFor(m_appliedConfig)); }

Q_SIGNALS:
    // kind: "applied", "rolled-back", "confirm-timeout", "confirmed", "drift", "error"
    void event(const QString &kind, const QJsonObject &details);

private:
    [[nodiscard]] Result<Plan> computePlan(const config::Config &c);
    // What drifted, one item per table / rule / route / sysctl, old and new.
    [[nodiscard]] QList<FieldError> describeDrift(const Plan &p);
    [[nodiscard]] Result<int> execute(const Plan &p);
    [[nodiscard]] Result<ApplyReport> applyInternal(const config::Config &c, const Caller &who, int confirmWithinSec,
                                                    const QString &action, bool store);
    [[nodiscard]] Result<ApplyReport> restoreEntry(qint64 historyId, const Caller &who, const QString &action);
    void onConfirmTimeout();
    [[nodiscard]] Environment envFor(const config::Config &c) const { return m_envFor ? m_envFor(c) : m_env; }
    void loadState();
    [[nodiscard]] Result<void> saveState();

    Ports m_ports;
    QString m_stateDir;
    Persist m_persist;
    Environment m_env;
    std::function<Environment(const config::Config &)> m_envFor;
    std::function<Result<void>(const config::Config &)> m_prepare;
    History m_history;
    PendingStore m_pendingStore;
    std::optional<PendingConfirm> m_pending;
    QTimer m_confirmTimer;
    config::Config m_appliedConfig;
    std::optional<nft::Table> m_appliedTable; // what Byway last put in the kernel
    QHash<QString, QString> m_sysctlOrigin;   // key -> value before Byway first changed it
    bool m_stateSaved = false;                // the state file holds the above
};

} // namespace byway::reconcile
