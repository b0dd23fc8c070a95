// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/client.h"

namespace byway::cli {

// The CLI's way of waiting for bywayd: one request at a time, nothing else
// to serve meanwhile. The shared Client stays asynchronous (the GUI never
// blocks); the waiting lives here, in the program that can afford it.
[[nodiscard]] Result<void> connectAndWait(Client &client, const Endpoint &endpoint, int timeoutMs = Client::kConnectTimeoutMs);
[[nodiscard]] inline Result<void> connectAndWait(Client &client, const QString &socketPath, int timeoutMs = 5000)
{
    return connectAndWait(client, Endpoint::local(socketPath), timeoutMs);
}
[[nodiscard]] Result<QJsonValue> callAndWait(Client &client, const QString &method, const QJsonObject &params = {},
                                             int timeoutMs = 30000);

} // namespace byway::cli
