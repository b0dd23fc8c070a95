// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "reconcile/desired.h"
#include "reconcile/explain.h"
#include "reconcile/health.h"
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
    // With a deadline: {state: "checking" (health checks run) | "pending"
    // (waits for config.confirm), checks?}; `ticket` names it for whenSettled().
    QJsonObject confirm;
    quint64 ticket = 0;
    double kernelMs = 0;    // desired state, compare with the kernel, changes, verify
    double totalMs = 0;     // the above plus storing the config, history and state
    Plan plan;
    [[nodiscard]] QJsonObject toJson() const;
};

// The kernel half of the reconciler: pure functions over the ports, run on
// the kernel thread (or inline). They read no Reconciler state; what they
// need comes in as copies, what they change goes out in the result.
struct KernelJob {
    config::Config config;
    Environment env;
    std::optional<nft::Table> appliedTable;   // what Byway last put in the kernel (restored on failure)
    QHash<QString, QString> origin;           // sysctl key -> value Byway found
    // Write-ahead of new sysctl origins before they are changed (the state file).
    std::function<Result<void>(const QHash<QString, QString> &)> recordOrigin;
};
struct KernelResult {
    Result<Plan> plan = std::unexpected(Error{});
    Result<int> writes = std::unexpected(Error{});
    QHash<QString, QString> origin;
    QList<FieldError> drift; // checkDrift: what drifted
    // The rule counters just before the table was replaced or removed: what
    // the kernel forgets, and bywayd adds to later readings.
    QHash<QString, Counter> countedBefore;
};

// Config -> desired kernel state -> diff against the live kernel -> apply ->
// verify, with commit-confirm, rollback and history. Every kernel object it
// makes is Byway's own (table "byway"); the previous state is restored when
// any step fails.
//
// The state (history, pending confirm, what was applied) lives on the thread
// that made the Reconciler; the kernel work runs on a KernelWorker once
// useWorker() is called, so the event loop keeps serving while a big apply
// runs. Changes are serialized: a second apply while one runs gets `busy`;
// drift checks wait their turn. Without a worker everything runs inline and
// the synchronous overloads can be used (tests, `bywayd --cleanup`, start-up).
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
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    Reconciler(Ports ports, QString stateDir, Persist persist, QObject *parent = nullptr);
    ~Reconciler() override;

    // From now on the kernel work runs on its own thread.
    void useWorker();

    void setEnvironment(Environment env) { m_env = std::move(env); }
    // The environment for a given config (what would run for it, e.g. the
    // capture); used instead of the fixed one when set. Called on this
    // object's thread; its functions (groupId, mainRoutesVia) run on the
    // kernel thread.
    void setEnvironmentFor(std::function<Environment(const config::Config &)> f) { m_envFor = std::move(f); }
    // Runs before the kernel changes of an apply, e.g. to start the capture
    // whose TUN the routes name; called again with the old config on failure.
    void setPrepare(std::function<Result<void>(const config::Config &)> f) { m_prepare = std::move(f); }

    void plan(const config::Config &c, Done<Plan> done);
    // Saves `c` as the stored config and makes the kernel match it. With
    // confirmWithinSec > 0 it reverts by itself unless confirm() comes in time.
    void apply(const config::Config &c, const Caller &who, int confirmWithinSec, Done<ApplyReport> done);
    // The same with health checks: after the kernel changes bywayd probes
    // them (HealthChecker) until all pass, then confirms by itself
    // ("confirm-healthy"); when the deadline comes first it rolls back
    // ("health-rollback", the failing checks in the history entry).
    void apply(const config::Config &c, const Caller &who, const ConfirmSpec &confirm, Done<ApplyReport> done);
    // Calls `done` once the commit-confirm `ticket` (ApplyReport::ticket) has
    // an outcome: {state: "confirmed" | "rolled_back" | "superseded", reason,
    // checks?, error?}; at once when it already has one.
    void whenSettled(quint64 ticket, std::function<void(QJsonObject)> done);
    [[nodiscard]] Result<QDateTime> confirm(int extendSec = 0); // extendSec > 0: move the deadline instead
    // The remote listener's word that an admin made a request over a
    // connection whose local end is `local`:`port` (reconnect checks).
    void remoteRequest(const QHostAddress &local, quint16 port);
    // Back to the config applied before the current one.
    void rollback(const Caller &who, Done<ApplyReport> done);
    void revert(qint64 historyId, const Caller &who, Done<ApplyReport> done);
    // Makes the kernel match the applied config again with the environment as
    // it is now (sessions came or went): one apply of its own, action
    // "session", never stored and no history entry; a pending commit-confirm
    // keeps its deadline. Waits for a running change instead of `busy`: a
    // VPN server's hook must not fail because an admin applies at that moment.
    void refresh(const Caller &who, Done<ApplyReport> done);
    // Start-up: an expired commit-confirm rolls back, a running one resumes
    // its countdown; then the kernel is reconciled to the stored config,
    // clearing leftovers of a crashed run.
    void startup(const config::Config &stored, Done<ApplyReport> done);
    // Compares the kernel with the applied config; when Byway's objects
    // vanished or changed (flushed by someone, Docker/firewalld restart, a
    // link down took its routes) it reports a "drift" event naming what and,
    // unless routing.repairDrift is off, re-applies. true when drift was found.
    // While a change runs the check is made right after it.
    void checkDrift(Done<bool> done);
    // Removes everything Byway put in the kernel and restores the sysctls it
    // changed (package removal); the stored config is not touched.
    void cleanup(Done<ApplyReport> done);
    // Rule counters of Byway's table; explain for a flow.
    void counters(std::function<void(QHash<QString, Counter>)> done);
    void explainFlow(const FlowQuery &q, const QList<ForeignDrop> &foreign, Done<QJsonObject> done);
    // Whether someone other than Byway touched its routes since the last call
    // (reads the rtnetlink watch on the kernel thread).
    void takeForeignChange(std::function<void(bool)> done);

    // Synchronous forms, for a Reconciler without a worker (tests, cleanup, start-up).
    [[nodiscard]] Result<Plan> plan(const config::Config &c);
    [[nodiscard]] Result<ApplyReport> apply(const config::Config &c, const Caller &who, int confirmWithinSec);
    [[nodiscard]] Result<ApplyReport> rollback(const Caller &who);
    [[nodiscard]] Result<ApplyReport> revert(qint64 historyId, const Caller &who);
    [[nodiscard]] Result<ApplyReport> startup(const config::Config &stored);
    [[nodiscard]] Result<ApplyReport> refresh(const Caller &who);
    [[nodiscard]] Result<bool> checkDrift();
    [[nodiscard]] Result<ApplyReport> cleanup();
    [[nodiscard]] QHash<QString, Counter> counters();

    // Leaves the kernel as it is until a caller's apply, rollback or revert
    // succeeds: start-up found no stored config it can run (damaged, or
    // refused by rules newer than the bywayd that wrote it), and applying the
    // defaults (role none) would take down what the kernel runs. Sessions
    // and drift repair wait too; `why` is what a session's refresh answers.
    void holdKernel(const Error &why) { m_held = why; }
    [[nodiscard]] bool held() const { return m_held.has_value(); }

    // A change (apply, rollback, repair) is running on the kernel thread.
    [[nodiscard]] bool changing() const { return m_changing; }
    [[nodiscard]] QJsonObject pendingJson() const;
    [[nodiscard]] const History &history() const { return m_history; }
    [[nodiscard]] const config::Config &applied() const { return m_appliedConfig; }
    // The kernel ports: only from the kernel thread (or without a worker).
    [[nodiscard]] RoutePort &routing() { return *m_ports.route; }
    // The desired state of the applied config (for explain); kernel thread only.
    [[nodiscard]] Result<Desired> appliedDesired() const { return desiredState(m_appliedConfig, envFor(m_appliedConfig)); }

Q_SIGNALS:
    // kind: "applied", "rolled-back", "confirm-timeout", "confirmed", "health-rollback", "drift", "error"
    void event(const QString &kind, const QJsonObject &details);

private:
    template <typename R>
    void onKernel(std::function<R(Ports &)> work, std::function<void(R)> done);
    template <typename T>
    [[nodiscard]] static Result<T> sync(const std::function<void(Done<T>)> &call);
    // One change as the callers ask for it.
    struct Request {
        config::Config config;
        Caller who;
        ConfirmSpec confirm;
        QString action;
        bool store = true;
        QString reason = {};    // recorded in the history entry
        QJsonArray checks = {}; // ditto
    };
    void applyInternal(Request req, Done<ApplyReport> done);
    void finishApply(const Request &req, const config::Config &before, KernelResult k, double kernelMs,
                     Done<ApplyReport> done);
    void restoreEntry(qint64 historyId, const Caller &who, const QString &action, Done<ApplyReport> done,
                      const QString &reason = {}, const QJsonArray &checks = {});
    void onHealthy();
    // The pending confirm's outcome to whoever waits for it.
    void settle(const QString &state, const QString &reason, const QJsonObject &extra = {});
    [[nodiscard]] QJsonArray pendingChecksJson() const;
    // Puts the kernel back to `before` after a failure past the kernel step (fire and forget, logged).
    qint64 recordHistory(const Request &req, ApplyReport &report);
    [[nodiscard]] Result<void> beginConfirm(const Request &req, qint64 head, ApplyReport &report);
    void announceApplied(const Request &req, const ApplyReport &report);
    void undoTo(const config::Config &before);
    void changeFinished();
    void addCounted(const QHash<QString, Counter> &before);
    void onConfirmTimeout();
    [[nodiscard]] KernelJob job(const config::Config &c) const;
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
    class HealthChecker *m_checker = nullptr; // child
    quint64 m_ticket = 0;                     // of the pending confirm (0: none)
    quint64 m_lastTicket = 0;
    QList<std::pair<quint64, std::function<void(QJsonObject)>>> m_settleWaiters;
    std::pair<quint64, QJsonObject> m_settled; // the last outcome, for a late whenSettled
    config::Config m_appliedConfig;
    std::optional<nft::Table> m_appliedTable; // what Byway last put in the kernel
    QHash<QString, QString> m_sysctlOrigin;   // key -> value before Byway first changed it
    bool m_stateSaved = false;                // the state file holds the above
    // Per rule id, what earlier tables counted: counters stay monotonic
    // across applies and drift repairs (each replaces the table).
    QHash<QString, Counter> m_countedBefore;
    bool m_changing = false;                  // a change runs on the kernel thread
    bool m_background = false;                // ... and it is a drift check / repair, not a caller's
    bool m_recheckDrift = false;              // a drift check came in meanwhile
    std::optional<Error> m_held;              // holdKernel's reason; none: not held
    QList<std::function<void()>> m_waiting;   // callers' changes waiting for a drift check to end
    // Last: destroyed first, so a running job finishes while the ports exist.
    std::unique_ptr<class KernelWorker> m_worker;
};

// The kernel half (reconciler_kernel.cpp).
// `applied`: the table Byway last wrote, what the nft diff is told against.
[[nodiscard]] Result<Plan> computePlan(Reconciler::Ports &ports, const config::Config &c, const Environment &env,
                                       const QHash<QString, QString> &origin,
                                       const std::optional<nft::Table> &applied = std::nullopt);
// The env.sysctl.readonly errors computePlan gives `c` on a read-only
// /proc/sys, from the sysctls it needs (the values Byway changed earlier
// are not counted): config.validate and status.get's findings say them
// before any plan. Empty when /proc/sys is writable. Reads only.
[[nodiscard]] QList<FieldError> readOnlySysctls(SysctlPort &sysctl, const config::Config &c, const Environment &env);
// Makes the kernel match `p`; on failure undoes what it did, restoring `previous`.
[[nodiscard]] Result<int> executePlan(Reconciler::Ports &ports, const Plan &p, const std::optional<nft::Table> &previous,
                                      QHash<QString, QString> &origin,
                                      const std::function<Result<void>(const QHash<QString, QString> &)> &recordOrigin);
// computePlan + executePlan: one job.
[[nodiscard]] KernelResult planAndExecute(Reconciler::Ports &ports, KernelJob job, bool execute);
// What drifted, one item per table / rule / route / sysctl, old and new.
[[nodiscard]] QList<FieldError> describeDrift(Reconciler::Ports &ports, const Plan &p);
[[nodiscard]] QHash<QString, Counter> readCounters(Reconciler::Ports &ports);

} // namespace byway::reconcile
