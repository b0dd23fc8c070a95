// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "capture/qt.h"
#include "core/jsonrpc.h"
#include "control/dispatcher.h"
#include "services/reconcileservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::methods {
namespace {

// flows.list lists the busiest flows: 1000 unless asked, and never more than
// the users, stats and the envelope leave of one message, so the reply fits
// in it whatever the table holds.
constexpr qint64 kFlowsListed = 1000;
constexpr qint64 kMaxFlowsListed = 100000;
constexpr size_t kFlowsReplyBytes = size_t(rpc::kMaxMessageBytes) - 16 * 1024;

} // namespace

void addFlowMethods(control::Dispatcher &dispatcher, const KernelContext &c)
{
    dispatcher.add(QStringLiteral("flows.list"), control::Access::Read,
                   [c](const control::Caller &, const QJsonObject &params, const control::Responder &respond) {
                       const auto limit = rpc::paramInt(params, QStringLiteral("limit"), false, kFlowsListed, 1,
                                                        kMaxFlowsListed);
                       if (!limit)
                           return respond.fail(limit.error());
                       capture::Capture *capture = c.reconcile.capture();
                       if (!capture) {
                           QJsonObject out = c.reconcile.captureSummary();
                           out.insert(QStringLiteral("flows"), QJsonArray());
                           out.insert(QStringLiteral("flowCount"), 0);
                           respond.reply(out);
                           return;
                       }
                       QJsonObject out = capture::toQt(
                           capture->snapshot({.flows = size_t(*limit), .bytes = kFlowsReplyBytes}));
                       out.insert(QStringLiteral("active"), true);
                       respond.reply(out);
                   });
}

} // namespace byway::methods
