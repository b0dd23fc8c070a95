// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "core/version.h"
#include "daemon/daemon.h"

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

} // namespace

void addStatusMethods(control::Dispatcher &dispatcher, daemon::Daemon &d)
{
    dispatcher.add(QStringLiteral("status.get"), control::Access::Read,
                   [&d](const control::Caller &caller, const QJsonObject &, const control::Responder &respond) {
                       const QJsonValue probe = d.probeSummary();
                       const QJsonObject config{
                           {QStringLiteral("path"), d.config().path()},
                           {QStringLiteral("revision"), d.config().revision()},
                           {QStringLiteral("role"), config::roleName(d.config().config().role)},
                           {QStringLiteral("source"), d.config().sourceName()},
                           {QStringLiteral("problem"), d.config().problem()},
                       };
                       respond.reply(QJsonObject{
                           {QStringLiteral("version"), QLatin1String(kVersion)},
                           {QStringLiteral("protocolVersion"), kProtocolVersion},
                           {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
                           {QStringLiteral("uptimeSec"), d.uptimeSec()},
                           {QStringLiteral("startedAt"), d.startedAt().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("config"), config},
                           {QStringLiteral("mode"), probe.isObject() ? probe.toObject().value(u"mode")
                                                                     : QJsonValue(QStringLiteral("unknown"))},
                           {QStringLiteral("probe"), probe},
                           {QStringLiteral("caller"), callerJson(caller)},
                           {QStringLiteral("clients"), d.clientCount()},
                           {QStringLiteral("capture"), d.captureSummary()},
                           {QStringLiteral("remote"), d.remote().status()},
                           {QStringLiteral("apply"), d.applyState()},
                           {QStringLiteral("driftCount"), d.driftCount()},
                           // What the live box says about the stored config (VPN
                           // peers outside every pool, foreign drops, missing interfaces).
                           {QStringLiteral("findings"), d.findings()},
                           // The commit-confirm in flight, whoever started it; null when none.
                           {QStringLiteral("pending"), [&d]() -> QJsonValue {
                                const QJsonObject p = d.reconciler() ? d.reconciler()->pendingJson() : QJsonObject();
                                return p.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p);
                            }()},
                           {QStringLiteral("reconcile"), d.reconcileUnavailable().isEmpty()
                                                             ? QJsonValue(QStringLiteral("available"))
                                                             : QJsonValue(d.reconcileUnavailable())},
                       });
                   });
}

} // namespace byway::methods
