// SPDX-License-Identifier: GPL-3.0-or-later
// The commit-confirm: waiting for config.confirm or for the health checks,
// the deadline, and the way back.
#include "reconcile/reconciler.h"

#include "reconcile/healthchecker.h"

#include "core/logging.h"

#include <QJsonArray>

namespace byway::reconcile {

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

void Reconciler::remoteRequest(const QHostAddress &local, quint16 port)
{
    if (m_pending && m_checker->checks() == m_pending->checks)
        m_checker->remoteRequest(local, port);
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
