// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/client.h"

#include "core/jsonrpc.h"

#include <QEventLoop>
#include <QTimer>

namespace byway {

Client::Client(QObject *parent)
    : QObject(parent)
    , m_socket(new QLocalSocket(this))
    , m_lines(rpc::kMaxMessageBytes)
{
    connect(m_socket, &QLocalSocket::connected, this, &Client::connected);
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        failAll(Error::make(ErrorCode::Unavailable, QStringLiteral("connection to bywayd closed")));
        Q_EMIT disconnected();
    });
    connect(m_socket, &QLocalSocket::readyRead, this, &Client::onReadyRead);
    connect(m_socket, &QLocalSocket::errorOccurred, this, &Client::onSocketError);
}

Client::~Client()
{
    // Callbacks may capture objects that are going away with us: drop them
    // without running them.
    m_pending.clear();
    m_socket->disconnect(this);
}

QString Client::defaultSocketPath()
{
    const QString env = qEnvironmentVariable("BYWAY_SOCKET");
    return env.isEmpty() ? QStringLiteral("/run/byway/bywayd.sock") : env;
}

void Client::connectToServer(const QString &path)
{
    m_path = path;
    m_lines = LineBuffer(rpc::kMaxMessageBytes);
    m_socket->abort();
    m_socket->connectToServer(path);
}

void Client::disconnectFromServer()
{
    m_socket->disconnectFromServer();
}

bool Client::isConnected() const
{
    return m_socket->state() == QLocalSocket::ConnectedState;
}

qint64 Client::call(const QString &method, const QJsonObject &params, Callback done, int timeoutMs)
{
    const qint64 id = m_nextId++;
    if (!isConnected()) {
        // Deliver asynchronously so callers see one behaviour.
        QTimer::singleShot(0, this, [done = std::move(done), path = m_path] {
            done(std::unexpected(Error::make(ErrorCode::Unavailable,
                                             QStringLiteral("not connected to bywayd at %1").arg(path))));
        });
        return id;
    }
    m_pending.insert(id, Pending{std::move(done)});
    m_socket->write(rpc::encodeRequest(id, method, params));
    if (timeoutMs > 0) {
        QTimer::singleShot(timeoutMs, this, [this, id, method, timeoutMs] {
            finish(id, std::unexpected(Error::make(
                           ErrorCode::Timeout,
                           QStringLiteral("%1: no reply from bywayd within %2 ms").arg(method).arg(timeoutMs))));
        });
    }
    return id;
}

void Client::finish(qint64 id, Result<QJsonValue> result)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // already answered, timed out or failed
    Callback done = std::move(it->done);
    m_pending.erase(it);
    done(std::move(result));
}

void Client::failAll(const Error &error)
{
    const auto ids = m_pending.keys();
    for (qint64 id : ids)
        finish(id, std::unexpected(error));
}

void Client::onReadyRead()
{
    if (!m_lines.append(m_socket->readAll())) {
        const Error e = Error::make(ErrorCode::ProtocolMismatch, QStringLiteral("bywayd sent a line over the size limit"));
        failAll(e);
        Q_EMIT connectionError(e);
        m_socket->abort();
        return;
    }
    while (auto line = m_lines.takeLine()) {
        if (line->trimmed().isEmpty())
            continue;
        auto in = rpc::parseIncoming(*line);
        if (!in) {
            Q_EMIT connectionError(in.error());
            continue;
        }
        switch (in->kind) {
        case rpc::Incoming::Kind::Notification:
            Q_EMIT notification(in->method, in->params);
            break;
        case rpc::Incoming::Kind::Result:
            finish(qint64(in->id.toDouble()), in->result);
            break;
        case rpc::Incoming::Kind::Error:
            if (in->id.isNull()) {
                // The server could not tell which request failed (e.g. an
                // oversize line): it is about the connection.
                Q_EMIT connectionError(in->error);
                failAll(in->error);
            } else {
                finish(qint64(in->id.toDouble()), std::unexpected(in->error));
            }
            break;
        }
    }
}

void Client::onSocketError(QLocalSocket::LocalSocketError err)
{
    if (err == QLocalSocket::PeerClosedError)
        return; // reported through disconnected()
    const Error e = socketError(err, m_path, m_socket->errorString());
    failAll(e);
    Q_EMIT connectionError(e);
}

Result<void> Client::connectSync(const QString &path, int timeoutMs)
{
    connectToServer(path);
    if (m_socket->state() == QLocalSocket::ConnectedState)
        return {};
    if (!m_socket->waitForConnected(timeoutMs))
        return std::unexpected(socketError(m_socket->error(), path, m_socket->errorString()));
    return {};
}

Result<QJsonValue> Client::callSync(const QString &method, const QJsonObject &params, int timeoutMs)
{
    QEventLoop loop;
    std::optional<Result<QJsonValue>> out;
    call(method, params, [&](Result<QJsonValue> r) {
        out = std::move(r);
        loop.quit();
    }, timeoutMs);
    if (!out)
        loop.exec();
    return std::move(*out);
}

Error socketError(QLocalSocket::LocalSocketError err, const QString &path, const QString &detail)
{
    switch (err) {
    case QLocalSocket::ServerNotFoundError:
        return Error::make(ErrorCode::Unavailable,
                           QStringLiteral("no bywayd socket at %1 (is bywayd running? set BYWAY_SOCKET or --socket)").arg(path));
    case QLocalSocket::ConnectionRefusedError:
        return Error::make(ErrorCode::Unavailable, QStringLiteral("bywayd at %1 refused the connection (not running?)").arg(path));
    case QLocalSocket::SocketAccessError:
        return Error::make(ErrorCode::PermissionDenied,
                           QStringLiteral("permission denied on %1: join group byway-view (read) or byway (admin)").arg(path));
    case QLocalSocket::SocketTimeoutError:
        return Error::make(ErrorCode::Timeout, QStringLiteral("timed out connecting to %1").arg(path));
    default:
        return Error::make(ErrorCode::Unavailable, QStringLiteral("%1: %2").arg(path, detail));
    }
}

} // namespace byway
