// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "core/jsonrpc.h"
#include "daemon/daemon.h"

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
}

} // namespace byway::methods
