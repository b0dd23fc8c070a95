// SPDX-License-Identifier: GPL-3.0-or-later
#include "methods/methods.h"

#include "core/config/config.h"
#include "core/jsonrpc.h"
#include "control/dispatcher.h"
#include "services/sessionservice.h"

#include <QHostAddress>
#include <QJsonObject>

namespace byway::methods {
namespace {

// session.list lists every session unless `limit` says, no more than fit in
// rpc::kListRowsBytes (3,000 to 4,000), and counts them all.
constexpr qint64 kMaxSessionsListed = 1000000;

void add(services::SessionService &sessions, const control::Caller &caller, const QJsonObject &params, const control::Responder &respond,
         bool interfaceRequired)
{
    auto user = rpc::paramString(params, QStringLiteral("user"), true);
    auto address = rpc::paramString(params, QStringLiteral("address"), true);
    auto interface = rpc::paramString(params, QStringLiteral("interface"), interfaceRequired);
    auto exit = rpc::paramString(params, QStringLiteral("exit"), false);
    // Range checked with the other fields, so one reply names every problem.
    auto ttl = rpc::paramInt(params, QStringLiteral("ttlSec"), false, reconcile::kSessionDefaultTtlSec,
                             std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    for (const auto *r : {&user, &address, &interface, &exit})
        if (!*r)
            return respond.fail(r->error());
    if (!ttl)
        return respond.fail(ttl.error());
    reconcile::SessionRequest r{*user, *address, *interface, *exit, *ttl, caller.who(), interfaceRequired};
    sessions.add(r, [respond](Result<QJsonObject> out) {
        if (!out)
            return respond.fail(out.error());
        respond.reply(*out);
    });
}

void remove(services::SessionService &sessions, const control::Caller &caller, const QJsonObject &params, const control::Responder &respond)
{
    auto address = rpc::paramString(params, QStringLiteral("address"), false);
    auto user = rpc::paramString(params, QStringLiteral("user"), false);
    if (!address || !user)
        return respond.fail(!address ? address.error() : user.error());
    if (address->isEmpty() == user->isEmpty())
        return respond.fail(Error::make(ErrorCode::InvalidParams, QStringLiteral("give either address or user"),
                                        QStringLiteral("/address")));
    std::optional<QHostAddress> a;
    if (!address->isEmpty()) {
        a = config::parseAddress(*address);
        if (!a)
            return respond.fail(Error::make(ErrorCode::InvalidParams,
                                            QStringLiteral("%1 is not an IP address").arg(*address),
                                            QStringLiteral("/address")));
    }
    sessions.remove(a, *user, caller.who(), [respond](Result<QJsonObject> out) {
        if (!out)
            return respond.fail(out.error());
        respond.reply(*out);
    });
}

} // namespace

void addSessionMethods(control::Dispatcher &dispatcher, const SessionContext &c)
{
    // Admin only: a client of the VPN must not be able to move itself (or
    // others) to another exit. The VPN server's hooks run as root.
    dispatcher.add(QStringLiteral("session.add"), control::Access::Admin,
                   [&d = c.sessions](const control::Caller &caller, const QJsonObject &params, const control::Responder &respond) {
                       add(d, caller, params, respond, true);
                   });
    dispatcher.add(QStringLiteral("session.remove"), control::Access::Admin,
                   [&d = c.sessions](const control::Caller &caller, const QJsonObject &params, const control::Responder &respond) {
                       remove(d, caller, params, respond);
                   });
    dispatcher.add(QStringLiteral("session.list"), control::Access::Read,
                   [&d = c.sessions](const control::Caller &, const QJsonObject &params, const control::Responder &respond) {
                       auto user = rpc::paramString(params, QStringLiteral("user"), false);
                       auto limit = rpc::paramInt(params, QStringLiteral("limit"), false, kMaxSessionsListed, 1,
                                                  kMaxSessionsListed);
                       if (!user || !limit)
                           return respond.fail(!user ? user.error() : limit.error());
                       respond.reply(d.list(*user, *limit, rpc::kListRowsBytes));
                   });
    // The first form, from when sessions lived in the compat capture only:
    // {address, user, exit, remove}. Now a session like any other, on every
    // path; the interface is optional here.
    dispatcher.add(QStringLiteral("capture.session"), control::Access::Admin,
                   [&d = c.sessions](const control::Caller &caller, const QJsonObject &params, const control::Responder &respond) {
                       auto removeIt = rpc::paramBool(params, QStringLiteral("remove"), false, false);
                       if (!removeIt)
                           return respond.fail(removeIt.error());
                       if (!*removeIt)
                           return add(d, caller, params, respond, false);
                       auto address = rpc::paramString(params, QStringLiteral("address"), true);
                       if (!address)
                           return respond.fail(address.error());
                       remove(d, caller, QJsonObject{{QStringLiteral("address"), *address}}, respond);
                   });
}

} // namespace byway::methods
