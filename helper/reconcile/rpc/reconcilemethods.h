// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/dispatcher.h"
#include "reconcile/reconciler.h"

#include <functional>

namespace byway::reconcile {

// What the methods need from the daemon besides the reconciler.
struct MethodContext {
    Reconciler *reconciler = nullptr;          // null: nftables is unusable here (Limited)
    QString unavailableReason;                 // why reconciler is null
    std::function<config::Config()> storedConfig;
    std::function<void(const config::Config &, qint64 revision)> configChanged; // after apply/rollback
};

// config.plan, config.apply, config.confirm, config.rollback, config.history,
// topology.get. Parameters are validated fully before anything touches the kernel.
void registerReconcileMethods(control::Dispatcher &d, MethodContext ctx);

} // namespace byway::reconcile
