// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/linebuffer.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocalSocket>
#include <QObject>

#include <functional>

namespace byway {

// JSON-RPC client for bywayd's local socket. Asynchronous (the GUI must never
// block); callSync()/connectSync() run a local event loop for the CLI.
class Client : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<QJsonValue>)>;

    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    // $BYWAY_SOCKET if set, else /run/byway/bywayd.sock.
    [[nodiscard]] static QString defaultSocketPath();

    void connectToServer(const QString &path);
    void disconnectFromServer();
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] QString socketPath() const { return m_path; }

    // Sends a request; `done` runs exactly once, with the result or an error
    // (also on timeout or disconnect). Returns the request id.
    qint64 call(const QString &method, const QJsonObject &params, Callback done, int timeoutMs = 30000);

    [[nodiscard]] Result<void> connectSync(const QString &path, int timeoutMs = 5000);
    [[nodiscard]] Result<QJsonValue> callSync(const QString &method, const QJsonObject &params = {},
                                              int timeoutMs = 30000);

Q_SIGNALS:
    void connected();
    void disconnected();
    // Connection-level failures (socket missing, refused, protocol garbage).
    void connectionError(const byway::Error &error);
    void notification(const QString &method, const QJsonObject &params);

private:
    void onReadyRead();
    void onSocketError(QLocalSocket::LocalSocketError err);
    void failAll(const Error &error);
    void finish(qint64 id, Result<QJsonValue> result);

    struct Pending {
        Callback done;
    };
    QLocalSocket *m_socket;
    LineBuffer m_lines;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    QString m_path;
};

// The message a person should read for a socket error, naming the path and the fix.
[[nodiscard]] Error socketError(QLocalSocket::LocalSocketError err, const QString &path, const QString &detail);

} // namespace byway
