// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include <QEventLoop>

#include <optional>

namespace byway::cli {

Result<void> connectAndWait(Client &client, const Endpoint &endpoint, int timeoutMs)
{
    QEventLoop loop;
    std::optional<Error> failed;
    const auto ok = QObject::connect(&client, &Client::connected, &loop, &QEventLoop::quit);
    const auto bad = QObject::connect(&client, &Client::connectionError, &loop, [&](const Error &e) {
        failed = e;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    client.connectTo(endpoint);
    if (!client.isConnected() && !failed)
        loop.exec();
    QObject::disconnect(ok);
    QObject::disconnect(bad);
    if (failed)
        return std::unexpected(*failed);
    if (!client.isConnected())
        return std::unexpected(Error::make(ErrorCode::Timeout, QStringLiteral("timed out connecting to %1").arg(endpoint.display())));
    return {};
}

Result<QJsonValue> callAndWait(Client &client, const QString &method, const QJsonObject &params, int timeoutMs)
{
    QEventLoop loop;
    std::optional<Result<QJsonValue>> out;
    client.call(method, params, [&](Result<QJsonValue> r) {
        out = std::move(r);
        loop.quit();
    }, timeoutMs);
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace byway::cli
