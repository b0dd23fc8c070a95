// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/caller.h"
#include "control/responder.h"
#include "core/jsonrpc.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace byway::control {

enum class Access { Read, Admin };

// The method table: name -> who may call it and what runs. Handlers reply
// through the Responder, now or later, so nothing long runs on the event loop.
class Dispatcher
{
public:
    using Handler = std::function<void(const Caller &caller, const QJsonObject &params, const Responder &respond)>;

    void add(const QString &method, Access access, Handler handler);

    // Checks the method exists and the caller's role allows it, then runs
    // the handler. A notification runs too; its responder sends nothing.
    void dispatch(const Caller &caller, const rpc::Request &request, const Responder &respond) const;

    // How the permission_denied message names who may call admin methods.
    void setAdminHint(QString hint) { m_adminHint = std::move(hint); }

    // Sees every error a dispatched request is answered with (refusals
    // included), for /metrics.
    void setErrorObserver(std::function<void(const Error &)> observer) { m_errorObserver = std::move(observer); }

    [[nodiscard]] QStringList methods() const;
    [[nodiscard]] bool contains(const QString &method) const { return m_methods.contains(method); }

private:
    struct Entry {
        Access access = Access::Read;
        Handler handler;
    };
    QHash<QString, Entry> m_methods;
    QString m_adminHint = QStringLiteral("root or group byway");
    std::function<void(const Error &)> m_errorObserver;
};

} // namespace byway::control
