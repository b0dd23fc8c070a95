// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/dispatcher.h"
#include "services/reconcileservice.h"

#include <functional>

// What the methods that need the reconciler share (config.plan|apply|...,
// explain, topology.get).
namespace byway::methods {

using ReconcilerHandler = std::function<void(reconcile::Reconciler &rec, const control::Caller &caller,
                                             const QJsonObject &params, const control::Responder &respond)>;

// Registers a method that needs the reconciler: without one (the kernel
// cannot be configured here) it is answered `unavailable` with the reason,
// before any parameter is looked at.
inline void addWithReconciler(control::Dispatcher &dispatcher, const QString &method, control::Access access,
                              services::ReconcileService &r, ReconcilerHandler handler)
{
    dispatcher.add(method, access, [&r, handler = std::move(handler)](const control::Caller &caller,
                                                                    const QJsonObject &params,
                                                                    const control::Responder &respond) {
        reconcile::Reconciler *rec = r.reconciler();
        if (!rec)
            return respond.fail(Error::make(
                ErrorCode::Unavailable, QStringLiteral("the kernel cannot be configured here: %1").arg(r.unavailableReason())));
        handler(*rec, caller, params, respond);
    });
}

} // namespace byway::methods
