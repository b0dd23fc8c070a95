// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/responder.h"
#include "services/reconcileservice.h"

// What the methods that need the reconciler share (config.plan|apply|...,
// explain, topology.get).
namespace byway::methods {

// The reconciler, or null after answering `unavailable` with the reason
// (the kernel cannot be configured here).
[[nodiscard]] inline reconcile::Reconciler *reconcilerOrFail(services::ReconcileService &r,
                                                             const control::Responder &respond)
{
    if (reconcile::Reconciler *rec = r.reconciler())
        return rec;
    respond.fail(Error::make(ErrorCode::Unavailable,
                             QStringLiteral("the kernel cannot be configured here: %1").arg(r.unavailableReason())));
    return nullptr;
}

} // namespace byway::methods
