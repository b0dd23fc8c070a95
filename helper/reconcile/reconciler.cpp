// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/reconciler.h"
#include "reconcile/reconciler_run.h"

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
    m_held.reset(); // the kernel runs a config this bywayd read: no longer held

    const qint64 head = recordHistory(req, report);
    if (stateChanged || !m_stateSaved) {
        if (auto r = saveState(); !r)
            qCWarning(lcReconcile).noquote() << "state not saved:" << r.error().toString();
    }

    if (confirmWithinSec > 0) {
        if (auto r = beginConfirm(req, head, report); !r) {
            // Without the persisted deadline a crash would keep an unconfirmed config: refuse.
            undoTo(before);
            return failed(r.error());
        }
    } else if (action != QLatin1String("startup") && action != QLatin1String("session") && m_pending) {
        // An apply without a deadline is the admin's decision: it ends the wait.
        settle(QStringLiteral("superseded"), QStringLiteral("an apply without a deadline ended the wait"));
        m_pending.reset();
        m_confirmTimer.stop();
        (void)m_pendingStore.clear();
    }
    report.totalMs = report.kernelMs + double(clock.nsecsElapsed()) / 1e6;
    m_changing = false;
    announceApplied(req, report);
    done(report);
    changeFinished();
}

// A history entry for a config that differs from the newest one; returns
// the entry that was newest before (the way back of a commit-confirm).
qint64 Reconciler::recordHistory(const Request &req, ApplyReport &report)
{
    const std::optional<History::Entry> newest = m_history.newest();
    if (!newest || !(newest->config == req.config)) {
        auto id = m_history.append({0, report.revision, QDateTime::currentDateTimeUtc(), req.who.uid, whoText(req.who),
                                    req.action, req.config, req.reason, req.checks});
        if (id)
            report.historyId = *id;
        else
            qCWarning(lcReconcile).noquote() << "history not recorded:" << id.error().toString();
    }
    return newest ? newest->id : 0;
}

// Persists the deadline (and the checks), arms the timer and starts the
// health checks through the state just made.
Result<void> Reconciler::beginConfirm(const Request &req, qint64 head, ApplyReport &report)
{
    // A second unconfirmed apply keeps the first one's way back.
    PendingConfirm p{QDateTime::currentDateTimeUtc().addSecs(req.confirm.withinSec),
                     m_pending ? m_pending->restoreHistoryId : head, report.revision, req.who.uid, whoText(req.who),
                     req.confirm.checks};
    if (auto r = m_pendingStore.save(p); !r)
        return r;
    if (m_ticket)
        settle(QStringLiteral("superseded"), QStringLiteral("another apply with a deadline replaced it"));
    m_pending = p;
    m_confirmTimer.start(req.confirm.withinSec * 1000);
    report.confirmBy = p.deadline;
    m_ticket = ++m_lastTicket;
    report.ticket = m_ticket;
    if (p.checks.isEmpty()) {
        report.confirm = QJsonObject{{QStringLiteral("state"), QStringLiteral("pending")}};
    } else {
        // Off this thread: the checker has its own.
        m_checker->start(p.checks);
        report.confirm = QJsonObject{{QStringLiteral("state"), QStringLiteral("checking")},
                                     {QStringLiteral("checks"), pendingChecksJson()}};
    }
    return {};
}

void Reconciler::announceApplied(const Request &req, const ApplyReport &report)
{
    // "apply by uid 0: role vpn-gateway, 7 kernel writes (35.6 ms)"; bywayd's own
    // runs are named once ("startup: ...", not "startup by startup").
    const QString who = whoText(req.who);
    const QString by = who == req.action ? req.action : QStringLiteral("%1 by %2").arg(req.action, who);
    qCInfo(lcReconcile).noquote() << QStringLiteral("%1: role %2, %3 kernel writes (%4 ms)")
                                         .arg(by, config::roleName(req.config.role))
                                         .arg(report.writes)
                                         .arg(report.totalMs, 0, 'f', 1);
    // With reconcile's debug on: what was changed, as an admin reads it (nft -f, ip, sysctl).
    if (lcReconcile().isDebugEnabled() && !report.plan.isEmpty())
        for (const QString &line : report.plan.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            qCDebug(lcReconcile).noquote() << "changed:" << line;
    Q_EMIT event(QStringLiteral("applied"), QJsonObject{{QStringLiteral("action"), req.action},
                                                        {QStringLiteral("who"), who},
                                                        {QStringLiteral("report"), report.toJson()}});
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
    if (held())
        return done(std::unexpected(*m_held));
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

} // namespace byway::reconcile
