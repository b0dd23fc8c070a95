// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace byway::rpc {

// One JSON object per line, UTF-8, at most this many bytes (newline excluded).
inline constexpr qsizetype kMaxMessageBytes = 1024 * 1024;
// What the rows of a list reply (session.list) may take of one message, the
// rest left to the members beside them.
inline constexpr qsizetype kListRowsBytes = 768 * 1024;

struct Request {
    QJsonValue id;       // Undefined for a notification
    QString method;
    QJsonObject params;  // absent params read as {}

    [[nodiscard]] bool isNotification() const { return id.isUndefined(); }
};

// A parsed incoming line on the client side: a reply or a notification.
struct Incoming {
    enum class Kind { Result, Error, Notification } kind = Kind::Result;
    QJsonValue id;
    QJsonValue result;
    Error error;
    QString method;      // for notifications
    QJsonObject params;  // for notifications
};

// Server side. On failure the Error says why; `idOut` receives the request id
// whenever one could be read, so the error reply can carry it (JSON-RPC: null otherwise).
[[nodiscard]] Result<Request> parseRequest(const QByteArray &line, QJsonValue *idOut = nullptr);

// Client side.
[[nodiscard]] Result<Incoming> parseIncoming(const QByteArray &line);

// Serialisers return one line including the trailing '\n'.
[[nodiscard]] QByteArray encodeRequest(qint64 id, const QString &method, const QJsonObject &params);
[[nodiscard]] QByteArray encodeResult(const QJsonValue &id, const QJsonValue &result);
[[nodiscard]] QByteArray encodeError(const QJsonValue &id, const Error &error);
[[nodiscard]] QByteArray encodeNotification(const QString &method, const QJsonObject &params);

// Typed access to params with errors that name the field ("/categories/2").
// Each returns the default when the member is absent and `required` is false.
[[nodiscard]] Result<QString> paramString(const QJsonObject &params, const QString &name, bool required,
                                          const QString &defaultValue = {});
[[nodiscard]] Result<qint64> paramInt(const QJsonObject &params, const QString &name, bool required,
                                      qint64 defaultValue, qint64 min, qint64 max);
[[nodiscard]] Result<bool> paramBool(const QJsonObject &params, const QString &name, bool required,
                                     bool defaultValue = false);
[[nodiscard]] Result<QStringList> paramStringList(const QJsonObject &params, const QString &name,
                                                  bool required);
[[nodiscard]] Result<QJsonObject> paramObject(const QJsonObject &params, const QString &name, bool required);

} // namespace byway::rpc
