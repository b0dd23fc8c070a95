// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "core/jsonrpc.h"
#include "core/logging.h"
#include "daemon/daemon.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>

namespace byway::methods {

void addFlowMethods(control::Dispatcher &dispatcher, daemon::Daemon &d)
{
    dispatcher.add(QStringLiteral("flows.list"), control::Access::Read,
                   [&d](const control::Caller &, const QJsonObject &, const control::Responder &respond) {
                       capture::Capture *c = d.capture();
                       if (!c) {
                           QJsonObject out = d.captureSummary();
                           out.insert(QStringLiteral("flows"), QJsonArray());
                           respond.reply(out);
                           return;
                       }
                       QJsonObject out = c->snapshot();
                       out.insert(QStringLiteral("active"), true);
                       respond.reply(out);
                   });

    // For a VPN server's up/down hook: map a client address to a user and exit.
    // Admin only: the clients being captured must not be able to move themselves.
    dispatcher.add(QStringLiteral("capture.session"), control::Access::Admin,
                   [&d](const control::Caller &caller, const QJsonObject &params, const control::Responder &respond) {
                       auto address = rpc::paramString(params, QStringLiteral("address"), true);
                       auto user = rpc::paramString(params, QStringLiteral("user"), false);
                       auto exit = rpc::paramString(params, QStringLiteral("exit"), false);
                       auto remove = rpc::paramBool(params, QStringLiteral("remove"), false, false);
                       if (!address || !user || !exit || !remove)
                           return respond.fail(!address ? address.error() : !user ? user.error()
                                                             : !exit ? exit.error() : remove.error());
                       QHostAddress a;
                       if (!a.setAddress(*address))
                           return respond.fail(Error::make(ErrorCode::InvalidParams, QStringLiteral("not an IP address"),
                                                           QStringLiteral("/address")));
                       bool known = exit->isEmpty();
                       for (const config::Exit &e : d.config().config().exits)
                           known = known || e.name == *exit;
                       if (!known)
                           return respond.fail(Error::make(ErrorCode::InvalidParams,
                                                           QStringLiteral("no exit named \"%1\"").arg(*exit),
                                                           QStringLiteral("/exit")));
                       capture::Capture *c = d.capture();
                       if (!c)
                           return respond.fail(Error::make(ErrorCode::Unavailable,
                                                           QStringLiteral("the compat capture is not running")));
                       if (*remove)
                           c->removeSession(a);
                       else
                           c->setSession(a, *user, *exit);
                       qCInfo(lcForwarder).noquote() << "session" << a.toString() << (*remove ? "removed" : "set to user")
                                                     << *user << "exit" << *exit << "by" << caller.who();
                       respond.reply(QJsonObject{{QStringLiteral("ok"), true}});
                   });
}

} // namespace byway::methods
