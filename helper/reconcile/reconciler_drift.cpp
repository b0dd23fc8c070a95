// SPDX-License-Identifier: GPL-3.0-or-later
// Drift: what changed under Byway's feet, repaired; the counters kept
// monotonic across rulesets; explain and foreign changes.
#include "reconcile/reconciler.h"
#include "reconcile/reconciler_run.h"

#include "core/logging.h"

#include <QJsonArray>

namespace byway::reconcile {

void Reconciler::checkDrift(Done<bool> done)
{
    if (held()) {
        done(false); // nothing this bywayd can read to repair towards
        return;
    }
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
                if (k.plan->isEmpty())
                    qCDebug(lcReconcile) << "drift check: the kernel holds Byway's state";
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
                                       // Counted by /metrics as an apply of its own (action "repair").
                                       QJsonObject outcome{{QStringLiteral("action"), QStringLiteral("repair")},
                                                           {QStringLiteral("ok"), r.plan && r.writes}};
                                       if (!r.plan || !r.writes)
                                           outcome.insert(QStringLiteral("error"),
                                                          (!r.plan ? r.plan.error() : r.writes.error()).message);
                                       Q_EMIT event(QStringLiteral("repaired"), outcome);
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

void Reconciler::explainFlow(const FlowQuery &q, const QList<ForeignDrop> &foreign, Done<QJsonObject> done)
{
    onKernel<Result<QJsonObject>>(
        [q, foreign, applied = m_appliedConfig, env = envFor(m_appliedConfig)](Ports &p) -> Result<QJsonObject> {
            auto desired = desiredState(applied, env);
            if (!desired)
                return std::unexpected(desired.error());
            return explain(q, applied, *desired, *p.route, readCounters(p), foreign);
        },
        std::move(done));
}

void Reconciler::takeForeignChange(std::function<void(bool)> done)
{
    onKernel<bool>([](Ports &p) { return p.route->takeForeignChange(); }, std::move(done));
}

// ---- synchronous forms (no worker) -------------------------------------------

} // namespace byway::reconcile
