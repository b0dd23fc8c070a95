// SPDX-License-Identifier: GPL-3.0-or-later
// topology.get: the applied config as paths, with the live box and counters.
#include "methods/methods.h"

#include "methods/kernelaccess.h"
#include "reconcile/topology.h"

#include <QJsonObject>

namespace byway::methods {
namespace {

void topologyGet(const KernelContext &c, reconcile::Reconciler &rec, const control::Responder &respond)
{
    // What the live box adds: ports' subnets, sessions, the capture.
    QJsonObject t = reconcile::topology(rec.applied(), c.reconcile.topologyLive());
    t.insert(QStringLiteral("pending"), rec.pendingJson());
    t.insert(QStringLiteral("findings"), c.reconcile.findings());
    rec.counters([respond, t](QHash<QString, reconcile::Counter> counters) mutable {
        reconcile::attachCounters(t, counters);
        respond.reply(t);
    });
}

} // namespace

void addTopologyMethods(control::Dispatcher &dispatcher, const KernelContext &c)
{
    addWithReconciler(dispatcher, QStringLiteral("topology.get"), control::Access::Read, c.reconcile,
                      [c](reconcile::Reconciler &rec, const control::Caller &, const QJsonObject &,
                          const control::Responder &r) { topologyGet(c, rec, r); });
}

} // namespace byway::methods
