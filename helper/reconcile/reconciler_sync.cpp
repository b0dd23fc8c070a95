// SPDX-License-Identifier: GPL-3.0-or-later
// The synchronous overloads: for callers without a kernel thread (tests,
// `bywayd --cleanup`, start-up), each waits for its asynchronous twin.
#include "reconcile/reconciler.h"
#include "reconcile/reconciler_run.h"

namespace byway::reconcile {

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

} // namespace byway::reconcile
