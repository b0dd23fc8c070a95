// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/dispatcher.h"
#include "reconcile/reconciler.h"
#include "reconcile/verdict.h"

#include <functional>

namespace byway::reconcile {

// What the methods need from the daemon besides the reconciler.
struct MethodContext {
    std::function<Reconciler *()> reconciler;  // null: the kernel cannot be configured here
    std::function<QString()> unavailableReason;
    std::function<config::Config()> storedConfig;
    // The one verdict (config errors, then the live box) for a document,
    // and for a config that already parsed (the stored one, a history entry).
    std::function<Verdict(const QJsonObject &doc, config::Config *out)> check;
    std::function<Verdict(const config::Config &c)> checkConfig;
    // The environment findings of the applied config right now (topology).
    std::function<QJsonArray()> findings;
    // What the live box adds to topology.get (ports' subnets, sessions, the capture).
    std::function<TopologyLive()> topologyLive;
};

// config.plan, config.apply, config.confirm, config.rollback, config.history,
// topology.get. Parameters are validated fully before anything touches the kernel.
void registerReconcileMethods(control::Dispatcher &d, MethodContext ctx);

} // namespace byway::reconcile
