// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QVariantMap>

namespace byway::qml {

// One row of the apply panel's health checks ({kind, target, timeoutMs} or
// {kind: "reconnect", address}) as config.apply's confirm.checks takes it.
// A dns target "name@server" is split into target and server. A reconnect
// check carries only kind and address (name when set): bywayd refuses any
// other member for that kind.
[[nodiscard]] QJsonObject confirmCheckJson(const QVariantMap &row);

} // namespace byway::qml
