// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "control/dispatcher.h"
#include "core/jsonrpc.h"
#include "services/probestatus.h"
#include "services/reconcileservice.h"

#include <QJsonObject>

namespace byway::methods {
namespace {

Result<probe::Options> parseOptions(const config::Config &c, const QJsonObject &params)
{
    probe::Options o = services::probeOptions(c);
    auto checks = rpc::paramStringList(params, QStringLiteral("checks"), false);
    if (!checks)
        return std::unexpected(checks.error());
    for (qsizetype i = 0; i < checks->size(); ++i)
        if (!probe::checkNames().contains(checks->at(i)))
            return fail(ErrorCode::InvalidParams,
                        QStringLiteral("unknown check %1 (known: %2)")
                            .arg(checks->at(i), probe::checkNames().join(QStringLiteral(", "))),
                        QStringLiteral("/checks/%1").arg(i));
    o.checks = *checks;
    auto reach = rpc::paramBool(params, QStringLiteral("reachability"), false, false);
    if (!reach)
        return std::unexpected(reach.error());
    o.reachability = *reach;
    auto targets = rpc::paramStringList(params, QStringLiteral("targets"), false);
    if (!targets)
        return std::unexpected(targets.error());
    if (targets->size() > 32)
        return fail(ErrorCode::InvalidParams, QStringLiteral("at most 32 targets"), QStringLiteral("/targets"));
    // The config's IPv6 egress targets stay in, so a reachability probe
    // asked for by hand also confirms (or revokes) IPv6 egress.
    const QStringList fromConfig = o.targets;
    o.targets = *targets;
    for (const QString &t : fromConfig)
        if (!o.targets.contains(t))
            o.targets.append(t);
    auto timeout = rpc::paramInt(params, QStringLiteral("timeoutMs"), false, o.timeoutMs, 100, 30000);
    if (!timeout)
        return std::unexpected(timeout.error());
    o.timeoutMs = int(*timeout);
    return o;
}

// The report against the stored config's role, with the config's own
// findings: VPN peers outside every pool, foreign drops, missing interfaces.
QJsonObject reportJson(const ProbeContext &c, const probe::Report &report)
{
    QJsonObject out = services::probeJson(report, c.config.config());
    out.insert(QStringLiteral("configFindings"), c.reconcile.findings());
    return out;
}

} // namespace

void addProbeMethods(control::Dispatcher &dispatcher, const ProbeContext &c)
{
    // Read access: a probe only looks (docs/probe.md), and readers need fresh results.
    dispatcher.add(QStringLiteral("probe.run"), control::Access::Read,
                   [c](const control::Caller &, const QJsonObject &params, const control::Responder &respond) {
                       auto options = parseOptions(c.config.config(), params);
                       if (!options) {
                           respond.fail(options.error());
                           return;
                       }
                       const bool queued = c.probes.run(*options, [c, respond](const probe::Report &report) {
                           respond.reply(reportJson(c, report));
                       });
                       if (!queued)
                           respond.fail(Error::make(ErrorCode::Busy,
                                                    QStringLiteral("too many different probes waiting; try again")));
                   });
    // The last probe's report as probe.run returned it (null before the
    // first): a viewer that connects shows what bywayd already knows instead
    // of probing the box again for every window that opens.
    dispatcher.add(QStringLiteral("probe.get"), control::Access::Read,
                   [c](const control::Caller &, const QJsonObject &, const control::Responder &respond) {
                       const auto &last = c.probes.last();
                       if (!last)
                           return respond.reply(QJsonValue(QJsonValue::Null));
                       respond.reply(reportJson(c, *last));
                   });
}

} // namespace byway::methods
