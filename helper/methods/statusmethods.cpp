// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "core/version.h"
#include "control/dispatcher.h"
#include "remote/remoteaccess.h"
#include "services/probestatus.h"
#include "services/reconcileservice.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace byway::methods {
namespace {

// A remote caller has no uid here: -1, and the token it came with.
QJsonObject callerJson(const control::Caller &caller)
{
    QJsonObject o{{QStringLiteral("uid"), caller.isRemote() ? qint64(-1) : qint64(caller.uid)},
                  {QStringLiteral("role"), control::roleName(caller.role)}};
    if (caller.remote) {
        o.insert(QStringLiteral("token"), caller.remote->tokenName);
        o.insert(QStringLiteral("tokenId"), caller.remote->tokenId);
        o.insert(QStringLiteral("address"), caller.remote->address);
    }
    return o;
}

QJsonObject configJson(const services::ConfigService &c)
{
    return QJsonObject{
        {QStringLiteral("path"), c.path()},
        {QStringLiteral("revision"), c.revision()},
        {QStringLiteral("role"), config::roleName(c.config().role)},
        {QStringLiteral("source"), c.sourceName()},
        {QStringLiteral("problem"), c.problem()},
        {QStringLiteral("unusable"), c.unusable()},
    };
}

} // namespace

void addStatusMethods(control::Dispatcher &dispatcher, const StatusContext &d)
{
    dispatcher.add(QStringLiteral("status.get"), control::Access::Read,
                   [d](const control::Caller &caller, const QJsonObject &, const control::Responder &respond) {
                       const QJsonValue probe = services::probeSummary(d.probes, d.config.config());
                       services::ReconcileService &r = d.reconcile;
                       respond.reply(QJsonObject{
                           {QStringLiteral("version"), QLatin1String(kVersion)},
                           {QStringLiteral("protocolVersion"), kProtocolVersion},
                           {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
                           {QStringLiteral("uptimeSec"), d.uptime.elapsed() / 1000},
                           {QStringLiteral("startedAt"), d.startedAt.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("config"), configJson(d.config)},
                           {QStringLiteral("mode"), probe.isObject() ? probe.toObject().value(u"mode")
                                                                     : QJsonValue(QStringLiteral("unknown"))},
                           {QStringLiteral("probe"), probe},
                           {QStringLiteral("caller"), callerJson(caller)},
                           {QStringLiteral("clients"), d.clientCount()},
                           {QStringLiteral("capture"), r.captureSummary()},
                           {QStringLiteral("remote"), d.remote.status()},
                           {QStringLiteral("apply"), r.applyState()},
                           {QStringLiteral("driftCount"), r.driftCount()},
                           // What the live box says about the stored config (VPN
                           // peers outside every pool, foreign drops, missing interfaces).
                           {QStringLiteral("findings"), r.findings()},
                           // The commit-confirm in flight, whoever started it; null when none.
                           {QStringLiteral("pending"), [&r]() -> QJsonValue {
                                const QJsonObject p = r.reconciler() ? r.reconciler()->pendingJson() : QJsonObject();
                                return p.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p);
                            }()},
                           {QStringLiteral("reconcile"), r.unavailableReason().isEmpty()
                                                             ? QJsonValue(QStringLiteral("available"))
                                                             : QJsonValue(r.unavailableReason())},
                       });
                   });
}

} // namespace byway::methods
