// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "capture/qt.h"
#include "core/jsonrpc.h"
#include "control/dispatcher.h"
#include "services/reconcileservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::methods {

void addFlowMethods(control::Dispatcher &dispatcher, const KernelContext &c)
{
    dispatcher.add(QStringLiteral("flows.list"), control::Access::Read,
                   [c](const control::Caller &, const QJsonObject &, const control::Responder &respond) {
                       capture::Capture *capture = c.reconcile.capture();
                       if (!capture) {
                           QJsonObject out = c.reconcile.captureSummary();
                           out.insert(QStringLiteral("flows"), QJsonArray());
                           respond.reply(out);
                           return;
                       }
                       QJsonObject out = capture::toQt(capture->snapshot());
                       out.insert(QStringLiteral("active"), true);
                       respond.reply(out);
                   });
}

} // namespace byway::methods
