// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/reconciler.h"

#include "reconcile/healthchecker.h"
#include "reconcile/kernelworker.h"

#include "core/config/configstore.h"
#include "core/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>

#include <functional>
#include <utility>

namespace byway::reconcile {
namespace {

const QString kAppliedFile = QStringLiteral("applied.json");

QString whoText(const Caller &c)
{
    return c.who.isEmpty() ? QStringLiteral("uid %1").arg(c.uid) : c.who;
}

Result<void> writeStateFile(const QString &stateDir, const config::Config &applied, const QHash<QString, QString> &sysctlOrigin,
                            const std::optional<nft::Table> &table)
{
    QJsonObject origin;
    for (auto it = sysctlOrigin.cbegin(); it != sysctlOrigin.cend(); ++it)
        origin.insert(it.key(), it.value());
    QJsonObject doc{{QStringLiteral("config"), config::toJson(applied)}, {QStringLiteral("sysctlOrigin"), origin}};
    if (table)
        doc.insert(QStringLiteral("table"), nft::toJson(*table));
    if (!QDir().mkpath(stateDir))
        return fail(ErrorCode::StorageFailed, QStringLiteral("cannot create %1").arg(stateDir));
    return config::ConfigStore::writeAtomically(QDir(stateDir).filePath(kAppliedFile),
                                                QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonObject ApplyReport::toJson() const
{
    QJsonObject o{{QStringLiteral("writes"), writes},
                  {QStringLiteral("historyId"), historyId},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("kernelMs"), kernelMs},
                  {QStringLiteral("totalMs"), totalMs},
                  {QStringLiteral("plan"), plan.toJson()}};
    if (confirmBy.isValid())
        o.insert(QStringLiteral("confirmBy"), confirmBy.toUTC().toString(Qt::ISODateWithMs));
    if (!confirm.isEmpty())
        o.insert(QStringLiteral("confirm"), confirm);
    return o;
}

Reconciler::Reconciler(Ports ports, QString stateDir, Persist persist, QObject *parent)
    : QObject(parent)
    , m_ports(std::move(ports))
    , m_stateDir(std::move(stateDir))
    , m_persist(std::move(persist))
    , m_history(m_stateDir + QStringLiteral("/history"))
    , m_pendingStore(m_stateDir + QStringLiteral("/pending-confirm.json"))
{
    m_confirmTimer.setParent(this);
    m_confirmTimer.setSingleShot(true);
    connect(&m_confirmTimer, &QTimer::timeout, this, &Reconciler::onConfirmTimeout);
    m_checker = new HealthChecker(this);
    connect(m_checker, &HealthChecker::allPassed, this, &Reconciler::onHealthy);
    loadState();
}

Reconciler::~Reconciler() = default;

void Reconciler::useWorker()
{
    if (!m_worker)
        m_worker = std::make_unique<KernelWorker>();
}

void Reconciler::loadState()
{
    const QString path = QDir(m_stateDir).filePath(kAppliedFile);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return; // first run: nothing applied yet
    QJsonParseError pe{};
    const QJsonDocument parsed = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!parsed.isObject()) {
        // The next save would replace it and with it the only record of the
        // sysctl values Byway found: keep the damaged file for a person.
        const QString keep = path + QStringLiteral(".damaged-") + QString::number(QDateTime::currentSecsSinceEpoch());
        f.close();
        QFile::copy(path, keep);
        qCCritical(lcReconcile).noquote() << path << "is damaged (" + pe.errorString() + "); kept as" << keep
                                          << "- the original sysctl values in it must be restored by hand";
        return;
    }
    const QJsonObject doc = parsed.object();
    if (auto c = config::fromJson(doc.value(QStringLiteral("config")).toObject()))
        m_appliedConfig = *c;
    if (doc.contains(QStringLiteral("table"))) {
        if (auto t = nft::tableFromJson(doc.value(QStringLiteral("table")).toObject()))
            m_appliedTable = *t;
    }
    const QJsonObject origin = doc.value(QStringLiteral("sysctlOrigin")).toObject();
    for (auto it = origin.begin(); it != origin.end(); ++it)
        m_sysctlOrigin.insert(it.key(), it.value().toString());
}

Result<void> Reconciler::saveState()
{
    auto written = writeStateFile(m_stateDir, m_appliedConfig, m_sysctlOrigin, m_appliedTable);
    m_stateSaved = bool(written);
    return written;
}

template <typename R>
void Reconciler::onKernel(std::function<R(Ports &)> work, std::function<void(R)> done)
{
    Ports *ports = &m_ports;
    if (!m_worker) {
        done(work(*ports));
        return;
    }
    m_worker->run<R>([ports, work = std::move(work)] { return work(*ports); }, std::move(done));
}

template <typename T>
Result<T> Reconciler::sync(const std::function<void(Done<T>)> &call)
{
    std::optional<Result<T>> out;
    call([&out](Result<T> r) { out = std::move(r); });
    Q_ASSERT_X(out.has_value(), "Reconciler", "synchronous call on a Reconciler with a worker");
    if (!out)
        return fail(ErrorCode::Internal, QStringLiteral("synchronous reconciler call with a kernel thread"));
    return std::move(*out);
}

KernelJob Reconciler::job(const config::Config &c) const
{
    KernelJob j{c, envFor(c), m_appliedTable, m_sysctlOrigin, {}};
    // The origins go to disk before a sysctl changes; the rest of the state
    // file stays what it is until the change is done.
    j.recordOrigin = [dir = m_stateDir, applied = m_appliedConfig, table = m_appliedTable](const QHash<QString, QString> &o) {
        return writeStateFile(dir, applied, o, table);
    };
    return j;
}

void Reconciler::plan(const config::Config &c, Done<Plan> done)
{
    onKernel<KernelResult>([j = job(c)](Ports &p) { return planAndExecute(p, j, false); },
                           [done = std::move(done)](KernelResult k) { done(std::move(k.plan)); });
}

void Reconciler::applyInternal(Request req, Done<ApplyReport> done)
{
    if (m_changing && m_background) {
        // A drift check or repair is on the kernel thread: this change comes right after it.
        m_waiting.append([this, req = std::move(req), done = std::move(done)]() mutable {
            applyInternal(std::move(req), std::move(done));
        });
        return;
    }
    const config::Config &c = req.config;
    if (m_changing) {
        done(fail(ErrorCode::Busy, QStringLiteral("another change is being applied; try again when it has finished")));
        return;
    }
    const config::Config before = m_appliedConfig;
    // Objects the kernel changes refer to (the capture's TUN) exist first.
    if (m_prepare) {
        if (auto r = m_prepare(c); !r) {
            done(std::unexpected(r.error()));
            return;
        }
    }
    m_changing = true;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    onKernel<KernelResult>(
        [j = job(c)](Ports &p) { return planAndExecute(p, j, true); },
        [this, req, before, clock, done = std::move(done)](KernelResult k) mutable {
            const double kernelMs = double(clock->nsecsElapsed()) / 1e6;
            finishApply(req, before, std::move(k), kernelMs, std::move(done));
        });
}

void Reconciler::finishApply(const Request &req, const config::Config &before, KernelResult k, double kernelMs,
                             Done<ApplyReport> done)
{
    const config::Config &c = req.config;
    const Caller &who = req.who;
    const QString &action = req.action;
    const bool store = req.store;
    const int confirmWithinSec = req.confirm.withinSec;
    QElapsedTimer clock;
    clock.start();
    auto failed = [&](const Error &e) {
        m_changing = false;
        done(std::unexpected(e));
        changeFinished();
    };
    if (!k.plan || !k.writes) {
        if (m_prepare)
            (void)m_prepare(before);
        const Error e = !k.plan ? k.plan.error() : k.writes.error();
        // stage "kernel": changes were made and undone again (a rollback);
        // "plan": the kernel could not even be compared, nothing changed.
        Q_EMIT event(QStringLiteral("error"), QJsonObject{{QStringLiteral("action"), action},
                                                          {QStringLiteral("stage"), k.plan ? QStringLiteral("kernel")
                                                                                           : QStringLiteral("plan")},
                                                          {QStringLiteral("error"), e.toJson()}});
        return failed(e);
    }
    m_sysctlOrigin = k.origin;
    addCounted(k.countedBefore);

    ApplyReport report;
    report.writes = *k.writes;
    report.plan = *k.plan;
    report.kernelMs = kernelMs;
    if (store && m_persist) {
        auto rev = m_persist(c);
        if (!rev) {
            // The kernel must not run a config that a restart would not come back to.
            undoTo(before);
            return failed(rev.error());
        }
        report.revision = *rev;
    }
    // Nothing to write down again when the kernel and the config stayed as they were.
    const bool stateChanged = report.writes > 0 || !(c == before) || k.plan->table != m_appliedTable;
    m_appliedTable = k.plan->table;
    m_appliedConfig = c;

    const std::optional<History::Entry> newest = m_history.newest();
    const qint64 head = newest ? newest->id : 0;
    if (!newest || !(newest->config == c)) {
        auto id = m_history.append({0, report.revision, QDateTime::currentDateTimeUtc(), who.uid, whoText(who), action, c,
                                    req.reason, req.checks});
        if (id)
            report.historyId = *id;
        else
            qCWarning(lcReconcile).noquote() << "history not recorded:" << id.error().toString();
    }
    if (stateChanged || !m_stateSaved) {
        if (auto r = saveState(); !r)
            qCWarning(lcReconcile).noquote() << "state not saved:" << r.error().toString();
    }

    if (confirmWithinSec > 0) {
        // A second unconfirmed apply keeps the first one's way back.
        PendingConfirm p{QDateTime::currentDateTimeUtc().addSecs(confirmWithinSec),
                         m_pending ? m_pending->restoreHistoryId : head, report.revision, who.uid, whoText(who),
                         req.confirm.checks};
        if (auto r = m_pendingStore.save(p); !r) {
            // Without the persisted deadline a crash would keep an unconfirmed config: refuse.
            undoTo(before);
            return failed(r.error());
        }
        if (m_ticket)
            settle(QStringLiteral("superseded"), QStringLiteral("another apply with a deadline replaced it"));
        m_pending = p;
        m_confirmTimer.start(confirmWithinSec * 1000);
        report.confirmBy = p.deadline;
        m_ticket = ++m_lastTicket;
        report.ticket = m_ticket;
        if (p.checks.isEmpty()) {
            report.confirm = QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")}};
        } else {
            // Through the state just made: the checks start now, off this thread.
            m_checker->start(p.checks);
            report.confirm = QJsonObject{{QStringLiteral("state"), QStringLiteral("checking")},
                                         {QStringLiteral("checks"), pendingChecksJson()}};
        }
    } else if (action != QLatin1String("startup") && action != QLatin1String("session") && m_pending) {
        // An apply without a deadline is the admin's decision: it ends the wait.
        settle(QStringLiteral("superseded"), QStringLiteral("an apply without a deadline ended the wait"));
        m_pending.reset();
        m_confirmTimer.stop();
        (void)m_pendingStore.clear();
    }
    report.totalMs = report.kernelMs + double(clock.nsecsElapsed()) / 1e6;
    // "apply by uid 0: role vpn-gateway, 7 kernel writes (35.6 ms)"; bywayd's own
    // runs are named once ("startup: ...", not "startup by startup").
    const QString by = whoText(who) == action ? action : QStringLiteral("%1 by %2").arg(action, whoText(who));
    qCInfo(lcReconcile).noquote() << QStringLiteral("%1: role %2, %3 kernel writes (%4 ms)")
                                         .arg(by, config::roleName(c.role))
                                         .arg(report.writes)
                                         .arg(report.totalMs, 0, 'f', 1);
    m_changing = false;
    Q_EMIT event(QStringLiteral("applied"), QJsonObject{{QStringLiteral("action"), action},
                                                        {QStringLiteral("who"), whoText(who)},
                                                        {QStringLiteral("report"), report.toJson()}});
    done(report);
    changeFinished();
}

void Reconciler::undoTo(const config::Config &before)
{
    onKernel<KernelResult>([j = job(before)](Ports &p) { return planAndExecute(p, j, true); },
                           [](KernelResult k) {
                               if (!k.plan || !k.writes)
                                   qCCritical(lcReconcile).noquote()
                                       << "could not put the kernel back after a failed store:"
                                       << (!k.plan ? k.plan.error() : k.writes.error()).toString();
                           });
}

void Reconciler::changeFinished()
{
    m_background = false;
    if (!m_waiting.isEmpty()) {
        const std::function<void()> next = m_waiting.takeFirst();
        next();
        if (m_changing)
            return; // the rest wait for that one
    }
    if (!m_recheckDrift || m_changing)
        return;
    m_recheckDrift = false;
    checkDrift([](Result<bool> r) {
        if (!r)
            qCWarning(lcReconcile).noquote() << "drift check after a change failed:" << r.error().toString();
    });
}

void Reconciler::apply(const config::Config &c, const Caller &who, int confirmWithinSec, Done<ApplyReport> done)
{
    apply(c, who, ConfirmSpec{confirmWithinSec, {}, false}, std::move(done));
}

void Reconciler::apply(const config::Config &c, const Caller &who, const ConfirmSpec &confirm, Done<ApplyReport> done)
{
    applyInternal(Request{c, who, confirm, QStringLiteral("apply")}, std::move(done));
}

void Reconciler::whenSettled(quint64 ticket, std::function<void(QJsonObject)> done)
{
    if (ticket != 0 && ticket == m_ticket) {
        m_settleWaiters.append({ticket, std::move(done)});
        return;
    }
    if (ticket != 0 && ticket == m_settled.first)
        return done(m_settled.second);
    done(QJsonObject{{QStringLiteral("state"), QStringLiteral("superseded")},
                     {QStringLiteral("reason"), QStringLiteral("its outcome is no longer known")}});
}

void Reconciler::settle(const QString &state, const QString &reason, const QJsonObject &extra)
{
    m_checker->stop();
    if (!m_ticket)
        return;
    QJsonObject outcome = extra;
    outcome.insert(QStringLiteral("state"), state);
    outcome.insert(QStringLiteral("reason"), reason);
    const QJsonArray checks = pendingChecksJson();
    if (!checks.isEmpty())
        outcome.insert(QStringLiteral("checks"), checks);
    m_settled = {m_ticket, outcome};
    m_ticket = 0;
    const auto waiters = std::exchange(m_settleWaiters, {});
    for (const auto &w : waiters)
        w.second(outcome);
}

QJsonArray Reconciler::pendingChecksJson() const
{
    if (!m_pending || m_pending->checks.isEmpty())
        return {};
    // The checker's states while it runs these checks; "waiting" otherwise.
    const bool ours = m_checker->checks() == m_pending->checks;
    return checkStatesJson(m_pending->checks, ours ? m_checker->states() : QList<CheckState>());
}

void Reconciler::onHealthy()
{
    if (!m_pending || m_pending->checks.isEmpty())
        return;
    const QJsonArray checks = pendingChecksJson();
    const QString reason = QStringLiteral("all %1 health check(s) passed").arg(m_pending->checks.size());
    qCInfo(lcReconcile).noquote() << "commit-confirm: " + reason + ", confirmed by itself";
    auto id = m_history.append({0, m_pending->appliedRevision, QDateTime::currentDateTimeUtc(), 0,
                                QStringLiteral("health checks"), QStringLiteral("confirm-healthy"), m_appliedConfig,
                                reason, checks});
    if (!id)
        qCWarning(lcReconcile).noquote() << "history not recorded:" << id.error().toString();
    settle(QStringLiteral("confirmed"), reason, QJsonObject{{QStringLiteral("historyId"), id ? *id : 0}});
    m_pending.reset();
    m_confirmTimer.stop();
    if (auto r = m_pendingStore.clear(); !r)
        qCWarning(lcReconcile).noquote() << r.error().toString();
    Q_EMIT event(QStringLiteral("confirmed"), QJsonObject{{QStringLiteral("healthy"), true}, {QStringLiteral("checks"), checks}});
}

Result<QDateTime> Reconciler::confirm(int extendSec)
{
    if (!m_pending)
        return fail(ErrorCode::NotFound, QStringLiteral("no apply is waiting for confirmation"));
    if (extendSec > 0) {
        m_pending->deadline = QDateTime::currentDateTimeUtc().addSecs(extendSec);
        if (auto r = m_pendingStore.save(*m_pending); !r)
            return std::unexpected(r.error());
        m_confirmTimer.start(extendSec * 1000);
        return m_pending->deadline;
    }
    settle(QStringLiteral("confirmed"), QStringLiteral("confirmed by an admin"));
    m_pending.reset();
    m_confirmTimer.stop();
    if (auto r = m_pendingStore.clear(); !r)
        return std::unexpected(r.error());
    Q_EMIT event(QStringLiteral("confirmed"), {});
    return QDateTime();
}

void Reconciler::restoreEntry(qint64 historyId, const Caller &who, const QString &action, Done<ApplyReport> done,
                              const QString &reason, const QJsonArray &checks)
{
    config::Config target = config::defaults();
    if (historyId > 0) {
        auto e = m_history.get(historyId);
        if (!e) {
            done(std::unexpected(e.error()));
            return;
        }
        target = e->config;
    }
    if (m_changing && !m_background) {
        done(fail(ErrorCode::Busy, QStringLiteral("another change is being applied; try again when it has finished")));
        return;
    }
    // Whoever waits for the pending confirm hears how it ended once the old
    // config is back.
    const quint64 ticket = m_ticket;
    const QJsonArray states = pendingChecksJson();
    m_checker->stop();
    m_pending.reset();
    m_confirmTimer.stop();
    (void)m_pendingStore.clear();
    const QString why = reason.isEmpty() ? QStringLiteral("%1 by %2").arg(action, whoText(who)) : reason;
    applyInternal(Request{target, who, {}, action, true, reason, checks},
                  [this, ticket, states, why, done = std::move(done)](Result<ApplyReport> r) {
                      if (ticket && ticket == m_ticket) {
                          QJsonObject extra{{QStringLiteral("checks"), states}};
                          if (r)
                              extra.insert(QStringLiteral("historyId"), r->historyId);
                          else
                              extra.insert(QStringLiteral("error"), r.error().toJson());
                          settle(QStringLiteral("rolled_back"), why, extra);
                      }
                      done(std::move(r));
                  });
}

void Reconciler::rollback(const Caller &who, Done<ApplyReport> done)
{
    if (m_pending)
        return restoreEntry(m_pending->restoreHistoryId, who, QStringLiteral("rollback"), std::move(done));
    // The newest entry with another config than the one in force (a
    // confirm-healthy entry repeats the config it confirmed).
    const QList<qint64> ids = m_history.ids();
    for (qsizetype i = 1; i < ids.size(); ++i) {
        auto e = m_history.get(ids[i]);
        if (e && !(e->config == m_appliedConfig))
            return restoreEntry(ids[i], who, QStringLiteral("rollback"), std::move(done));
    }
    done(fail(ErrorCode::NotFound, QStringLiteral("no earlier applied configuration to roll back to")));
}

void Reconciler::revert(qint64 historyId, const Caller &who, Done<ApplyReport> done)
{
    restoreEntry(historyId, who, QStringLiteral("revert"), std::move(done));
}

void Reconciler::onConfirmTimeout()
{
    if (!m_pending)
        return;
    if (m_changing) {
        // Another change is on its way to the kernel: revert right after it.
        m_confirmTimer.start(200);
        return;
    }
    const qint64 target = m_pending->restoreHistoryId;
    if (!m_pending->checks.isEmpty()) {
        const QJsonArray states = pendingChecksJson();
        const QString reason = QStringLiteral("health checks did not pass before the deadline: %1")
                                   .arg(failingSummary(m_pending->checks, m_checker->states()));
        qCWarning(lcReconcile).noquote() << "commit-confirm:" << reason + "; restoring the previous configuration";
        restoreEntry(target, Caller{0, QStringLiteral("health-rollback")}, QStringLiteral("health-rollback"),
                     [this, target, reason, states](Result<ApplyReport> r) {
                         Q_EMIT event(QStringLiteral("health-rollback"),
                                      QJsonObject{{QStringLiteral("restoredHistoryId"), target},
                                                  {QStringLiteral("reason"), reason},
                                                  {QStringLiteral("checks"), states},
                                                  {QStringLiteral("ok"), r.has_value()},
                                                  {QStringLiteral("error"), r ? QJsonValue() : QJsonValue(r.error().toJson())}});
                     },
                     reason, states);
        return;
    }
    qCWarning(lcReconcile, "commit-confirm deadline passed without confirm: restoring the previous configuration");
    restoreEntry(target, Caller{0, QStringLiteral("confirm-timeout")}, QStringLiteral("confirm-timeout"),
                 [this, target](Result<ApplyReport> r) {
                     Q_EMIT event(QStringLiteral("confirm-timeout"),
                                  QJsonObject{{QStringLiteral("restoredHistoryId"), target},
                                              {QStringLiteral("ok"), r.has_value()},
                                              {QStringLiteral("error"), r ? QJsonValue() : QJsonValue(r.error().toJson())}});
                 },
                 QStringLiteral("no config.confirm before the deadline"));
}

void Reconciler::startup(const config::Config &stored, Done<ApplyReport> done)
{
    if (auto p = m_pendingStore.load()) {
        if (!p->checks.isEmpty()) {
            // Nobody saw the checks pass: the safe reading is that they did not.
            const QString reason = QStringLiteral("bywayd restarted before the health checks passed");
            qCWarning(lcReconcile).noquote() << "commit-confirm:" << reason + "; restoring the previous configuration";
            m_pending = p;
            const QJsonArray states = checkStatesJson(p->checks, {});
            restoreEntry(p->restoreHistoryId, Caller{0, QStringLiteral("health-rollback")}, QStringLiteral("health-rollback"),
                         [this, reason, states, done = std::move(done)](Result<ApplyReport> r) {
                             Q_EMIT event(QStringLiteral("health-rollback"),
                                          QJsonObject{{QStringLiteral("atStartup"), true},
                                                      {QStringLiteral("reason"), reason},
                                                      {QStringLiteral("checks"), states},
                                                      {QStringLiteral("ok"), r.has_value()}});
                             done(std::move(r));
                         },
                         reason, states);
            return;
        }
        if (p->deadline <= QDateTime::currentDateTimeUtc()) {
            qCWarning(lcReconcile, "a commit-confirm expired while bywayd was down: restoring the previous configuration");
            m_pending = p;
            restoreEntry(p->restoreHistoryId, Caller{0, QStringLiteral("confirm-timeout")}, QStringLiteral("confirm-timeout"),
                         [this, done = std::move(done)](Result<ApplyReport> r) {
                             Q_EMIT event(QStringLiteral("confirm-timeout"),
                                          QJsonObject{{QStringLiteral("atStartup"), true}, {QStringLiteral("ok"), r.has_value()}});
                             done(std::move(r));
                         });
            return;
        }
        m_pending = p;
        m_confirmTimer.start(int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(p->deadline))));
    }
    applyInternal(Request{stored, Caller{0, QStringLiteral("startup")}, {}, QStringLiteral("startup"), false}, std::move(done));
}

void Reconciler::refresh(const Caller &who, Done<ApplyReport> done)
{
    if (m_changing) {
        m_waiting.append([this, who, done = std::move(done)]() mutable { refresh(who, std::move(done)); });
        return;
    }
    applyInternal(Request{m_appliedConfig, who, {}, QStringLiteral("session"), false}, std::move(done));
}

void Reconciler::cleanup(Done<ApplyReport> done)
{
    settle(QStringLiteral("superseded"), QStringLiteral("bywayd removed its kernel state (cleanup)"));
    m_pending.reset();
    m_confirmTimer.stop();
    (void)m_pendingStore.clear();
    applyInternal(Request{config::defaults(), Caller{0, QStringLiteral("cleanup")}, {}, QStringLiteral("cleanup"), false},
                  std::move(done));
}

void Reconciler::checkDrift(Done<bool> done)
{
    if (m_changing) {
        // The kernel is being changed right now: look once that is done.
        m_recheckDrift = true;
        done(false);
        return;
    }
    m_changing = true;
    m_background = true;
    const config::Config applied = m_appliedConfig;
    onKernel<KernelResult>(
        [j = job(applied)](Ports &p) {
            KernelResult k = planAndExecute(p, j, false);
            if (k.plan && !k.plan->isEmpty())
                k.drift = describeDrift(p, *k.plan);
            return k;
        },
        [this, applied, done = std::move(done)](KernelResult k) mutable {
            m_changing = false;
            if (!k.plan) {
                done(std::unexpected(k.plan.error()));
                return changeFinished();
            }
            if (k.plan->isEmpty() || !(applied == m_appliedConfig)) {
                done(false);
                return changeFinished();
            }
            const bool repair = m_appliedConfig.routing.repairDrift;
            qCWarning(lcReconcile).noquote() << "drift: the kernel no longer holds Byway's state;"
                                             << (repair ? "re-applying" : "reporting only (routing.repairDrift is false)");
            QJsonArray itemsJson;
            for (const FieldError &i : k.drift) {
                qCWarning(lcReconcile).noquote() << "drift:" << i.message;
                itemsJson.append(i.toJson());
            }
            Q_EMIT event(QStringLiteral("drift"), QJsonObject{{QStringLiteral("plan"), k.plan->toJson()},
                                                              {QStringLiteral("items"), itemsJson},
                                                              {QStringLiteral("repair"), repair}});
            if (!repair) {
                done(true);
                return changeFinished();
            }
            if (m_prepare) {
                if (auto r = m_prepare(m_appliedConfig); !r) {
                    done(std::unexpected(r.error()));
                    return changeFinished();
                }
            }
            m_changing = true;
            m_background = true;
            onKernel<KernelResult>([j = job(m_appliedConfig)](Ports &p) { return planAndExecute(p, j, true); },
                                   [this, done = std::move(done)](KernelResult r) {
                                       m_changing = false;
                                       if (r.plan && r.writes) {
                                           m_sysctlOrigin = r.origin;
                                           addCounted(r.countedBefore);
                                       }
                                       if (!r.plan || !r.writes)
                                           done(std::unexpected(!r.plan ? r.plan.error() : r.writes.error()));
                                       else
                                           done(true);
                                       changeFinished();
                                   });
        });
}

void Reconciler::addCounted(const QHash<QString, Counter> &before)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        Counter &c = m_countedBefore[it.key()];
        c.packets += it.value().packets;
        c.bytes += it.value().bytes;
    }
}

void Reconciler::counters(std::function<void(QHash<QString, Counter>)> done)
{
    onKernel<QHash<QString, Counter>>([](Ports &p) { return readCounters(p); },
                                      [this, done = std::move(done)](QHash<QString, Counter> live) {
                                          for (auto it = m_countedBefore.cbegin(); it != m_countedBefore.cend(); ++it) {
                                              Counter &c = live[it.key()];
                                              c.packets += it.value().packets;
                                              c.bytes += it.value().bytes;
                                          }
                                          done(std::move(live));
                                      });
}

void Reconciler::explainFlow(const FlowQuery &q, Done<QJsonObject> done)
{
    onKernel<Result<QJsonObject>>(
        [q, applied = m_appliedConfig, env = envFor(m_appliedConfig)](Ports &p) -> Result<QJsonObject> {
            auto desired = desiredState(applied, env);
            if (!desired)
                return std::unexpected(desired.error());
            return explain(q, applied, *desired, *p.route, readCounters(p));
        },
        std::move(done));
}

void Reconciler::takeForeignChange(std::function<void(bool)> done)
{
    onKernel<bool>([](Ports &p) { return p.route->takeForeignChange(); }, std::move(done));
}

// ---- synchronous forms (no worker) -------------------------------------------

Result<Plan> Reconciler::plan(const config::Config &c)
{
    return sync<Plan>([&](Done<Plan> d) { plan(c, std::move(d)); });
}

Result<ApplyReport> Reconciler::apply(const config::Config &c, const Caller &who, int confirmWithinSec)
{
    return sync<ApplyReport>([&](Done<ApplyReport> d) { apply(c, who, confirmWithinSec, std::move(d)); });
}

Result<ApplyReport> Reconciler::rollback(const Caller &who)
{
    return sync<ApplyReport>([&](Done<ApplyReport> d) { rollback(who, std::move(d)); });
}

Result<ApplyReport> Reconciler::revert(qint64 historyId, const Caller &who)
{
    return sync<ApplyReport>([&](Done<ApplyReport> d) { revert(historyId, who, std::move(d)); });
}

Result<ApplyReport> Reconciler::startup(const config::Config &stored)
{
    return sync<ApplyReport>([&](Done<ApplyReport> d) { startup(stored, std::move(d)); });
}

Result<ApplyReport> Reconciler::refresh(const Caller &who)
{
    return sync<ApplyReport>([&](Done<ApplyReport> d) { refresh(who, std::move(d)); });
}

Result<bool> Reconciler::checkDrift()
{
    return sync<bool>([&](Done<bool> d) { checkDrift(std::move(d)); });
}

Result<ApplyReport> Reconciler::cleanup()
{
    return sync<ApplyReport>([&](Done<ApplyReport> d) { cleanup(std::move(d)); });
}

QHash<QString, Counter> Reconciler::counters()
{
    QHash<QString, Counter> out;
    counters([&out](QHash<QString, Counter> c) { out = std::move(c); });
    return out;
}

QJsonObject Reconciler::pendingJson() const
{
    if (!m_pending)
        return {};
    QJsonObject o{{QStringLiteral("deadline"), m_pending->deadline.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("secondsLeft"), QDateTime::currentDateTimeUtc().secsTo(m_pending->deadline)},
                       {QStringLiteral("restoreHistoryId"), m_pending->restoreHistoryId},
                       {QStringLiteral("revision"), m_pending->appliedRevision},
                       {QStringLiteral("uid"), qint64(m_pending->uid)},
                       {QStringLiteral("who"), m_pending->who.isEmpty() ? QStringLiteral("uid %1").arg(m_pending->uid)
                                                                        : m_pending->who}};
    if (!m_pending->checks.isEmpty())
        o.insert(QStringLiteral("checks"), pendingChecksJson());
    return o;
}

} // namespace byway::reconcile
