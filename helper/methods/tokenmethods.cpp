// SPDX-License-Identifier: GPL-3.0-or-later
// token.create, token.list, token.revoke: the access tokens of the remote
// listener (docs/protocol.md, "Remote access").
#include "methods/methods.h"

#include "core/jsonrpc.h"
#include "core/logging.h"
#include "control/dispatcher.h"
#include "remote/remoteaccess.h"
#include "remote/token.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace byway::methods {
namespace {

using control::Role;

int rank(Role r)
{
    return r == Role::Admin ? 2 : r == Role::View ? 1 : 0;
}

QJsonValue timeJson(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(t->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

// Everything about a token but its salt and hash.
QJsonObject publicJson(const remote::TokenInfo &t, const QDateTime &now, int connections)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("role"), control::roleName(t.role)},
        {QStringLiteral("created"), timeJson(t.created)},
        {QStringLiteral("createdBy"), t.createdBy},
        {QStringLiteral("expires"), timeJson(t.expires)},
        {QStringLiteral("expired"), t.expiredAt(now)},
        {QStringLiteral("lastUsed"), timeJson(t.lastUsed)},
        {QStringLiteral("connections"), connections},
    };
}

void create(remote::RemoteAccess &remote, const control::Caller &caller, const QJsonObject &params, const control::Responder &respond)
{
    // Every parameter is checked before anything is stored.
    auto name = rpc::paramString(params, QStringLiteral("name"), true);
    if (!name)
        return respond.fail(name.error());
    auto roleText = rpc::paramString(params, QStringLiteral("role"), true);
    if (!roleText)
        return respond.fail(roleText.error());
    Role role = Role::Refused;
    if (*roleText == u"admin")
        role = Role::Admin;
    else if (*roleText == u"view")
        role = Role::View;
    else
        return respond.fail(Error::make(ErrorCode::InvalidParams, QStringLiteral("must be \"admin\" or \"view\""),
                                        QStringLiteral("/role")));
    std::optional<int> days;
    if (params.contains(u"expiresInDays") && !params.value(u"expiresInDays").isNull()) {
        auto n = rpc::paramInt(params, QStringLiteral("expiresInDays"), true, 0, 1, remote::TokenStore::kMaxExpiresInDays);
        if (!n)
            return respond.fail(n.error());
        days = int(*n);
    }
    // Only admins get here (Access::Admin), so this bites only if a role
    // above admin is ever added; said explicitly all the same.
    if (caller.isRemote() && rank(role) > rank(caller.role))
        return respond.fail(Error::make(ErrorCode::PermissionDenied,
                                        QStringLiteral("%1 (%2) cannot make a token with more rights than its own")
                                            .arg(caller.who(), control::roleName(caller.role)),
                                        QStringLiteral("/role")));

    auto made = remote.tokens().create(*name, role, days, caller.who());
    if (!made) {
        qCInfo(lcControl).noquote() << "token.create by" << caller.who() << "refused:" << made.error().toString();
        return respond.fail(made.error());
    }
    qCInfo(lcControl).noquote() << "token" << made->info.id << "(" + made->info.name + ", " + *roleText + ")"
                                << "created by" << caller.who()
                                << (days ? QStringLiteral("expiring in %1 day(s)").arg(*days) : QStringLiteral("without expiry"));
    // The only time the token exists outside the client: it is not logged
    // and cannot be shown again.
    respond.reply(QJsonObject{
        {QStringLiteral("token"), made->token},
        {QStringLiteral("id"), made->info.id},
        {QStringLiteral("name"), made->info.name},
        {QStringLiteral("role"), control::roleName(made->info.role)},
        {QStringLiteral("expires"), timeJson(made->info.expires)},
    });
}

void list(remote::RemoteAccess &remote, const control::Responder &respond)
{
    remote::TokenStore &store = remote.tokens();
    if (!store.problem().isEmpty())
        return respond.fail(Error::make(ErrorCode::StorageFailed, store.problem()));
    const QDateTime now = store.now();
    remote::RemoteServer *server = remote.server();
    QJsonArray out;
    for (const remote::TokenInfo &t : store.list())
        out.append(publicJson(t, now, server ? server->connectionsOf(t.id) : 0));
    respond.reply(QJsonObject{{QStringLiteral("tokens"), out}});
}

void revoke(remote::RemoteAccess &remote, const control::Caller &caller, const QJsonObject &params, const control::Responder &respond)
{
    auto id = rpc::paramString(params, QStringLiteral("id"), true);
    if (!id)
        return respond.fail(id.error());
    if (!remote::isTokenId(*id))
        return respond.fail(Error::make(ErrorCode::InvalidParams, QStringLiteral("a token id is 12 hex digits"),
                                        QStringLiteral("/id")));
    const auto info = remote.tokens().find(*id);
    remote::RemoteServer *server = remote.server();
    const int live = server ? server->connectionsOf(*id) : 0;
    if (auto ok = remote.tokens().revoke(*id); !ok)
        return respond.fail(ok.error());
    qCInfo(lcControl).noquote() << "token" << *id << "(" + (info ? info->name : QString()) + ")" << "revoked by"
                                << caller.who() + "," << live << "live connection(s) closed";
    respond.reply(QJsonObject{{QStringLiteral("revoked"), *id}, {QStringLiteral("closedConnections"), live}});
}

} // namespace

void addTokenMethods(control::Dispatcher &dispatcher, const TokenContext &ctx)
{
    using control::Access;
    using control::Caller;
    using control::Responder;
    dispatcher.add(QStringLiteral("token.create"), Access::Admin,
                   [&d = ctx.remote](const Caller &c, const QJsonObject &p, const Responder &r) { create(d, c, p, r); });
    dispatcher.add(QStringLiteral("token.list"), Access::Admin,
                   [&d = ctx.remote](const Caller &, const QJsonObject &, const Responder &r) { list(d, r); });
    dispatcher.add(QStringLiteral("token.revoke"), Access::Admin,
                   [&d = ctx.remote](const Caller &c, const QJsonObject &p, const Responder &r) { revoke(d, c, p, r); });
}

} // namespace byway::methods
