// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/dispatcher.h"

#include "core/logging.h"

#include <algorithm>

namespace byway::control {
namespace {

// Read-only calls every GUI repeats every few seconds (and config.validate per
// edit): a debug line for each would bury what the admin turned debug on for.
// They change nothing; a refusal is still logged below.
bool isRoutinePoll(const QString &method)
{
    static const QStringList polls{QStringLiteral("status.get"), QStringLiteral("topology.get"),
                                   QStringLiteral("flows.list"), QStringLiteral("config.validate"),
                                   QStringLiteral("probe.get"), QStringLiteral("logs.getDebug")};
    return polls.contains(method);
}

} // namespace

void Dispatcher::add(const QString &method, Access access, Handler handler)
{
    m_methods.insert(method, Entry{access, std::move(handler)});
}

void Dispatcher::dispatch(const Caller &caller, const rpc::Request &request, const Responder &respond) const
{
    // The method only, never the params: they can hold secrets (a config's
    // SOCKS5 passwords, an access token).
    if (!isRoutinePoll(request.method))
        qCDebug(lcControl).noquote() << caller.who() << "role" << roleName(caller.role) << "calls"
                                     << request.method + (request.isNotification() ? QStringLiteral(" (notification)") : QString());
    if (m_errorObserver)
        respond.observeErrors(m_errorObserver);
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
