// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/dispatcher.h"

#include "core/logging.h"

#include <algorithm>

namespace byway::control {

void Dispatcher::add(const QString &method, Access access, Handler handler)
{
    m_methods.insert(method, Entry{access, std::move(handler)});
}

void Dispatcher::dispatch(const Caller &caller, const rpc::Request &request, const Responder &respond) const
{
    // The method only, never the params: they can hold secrets (a config's
    // SOCKS5 passwords, an access token).
    qCDebug(lcControl).noquote() << caller.who() << "role" << roleName(caller.role) << "calls"
                                 << request.method + (request.isNotification() ? QStringLiteral(" (notification)") : QString());
    const auto it = m_methods.constFind(request.method);
    if (it == m_methods.cend()) {
        respond.fail(Error::make(ErrorCode::MethodNotFound,
                                 QStringLiteral("no method %1").arg(request.method), QStringLiteral("/method")));
        return;
    }
    const bool allowed = caller.role == Role::Admin || (caller.role == Role::View && it->access == Access::Read);
    if (!allowed) {
        qCInfo(lcControl).noquote() << caller.who() << "(" + roleName(caller.role) + ") refused" << request.method;
        respond.fail(Error::make(ErrorCode::PermissionDenied,
                                 QStringLiteral("%1 needs admin rights (%2); %3 is %4")
                                     .arg(request.method,
                                          caller.isRemote() ? QStringLiteral("an admin token") : m_adminHint,
                                          caller.who(),
                                          caller.role == Role::View ? QStringLiteral("read-only")
                                                                    : QStringLiteral("not allowed"))));
        return;
    }
    it->handler(caller, request.params, respond);
}

QStringList Dispatcher::methods() const
{
    QStringList names = m_methods.keys();
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace byway::control
