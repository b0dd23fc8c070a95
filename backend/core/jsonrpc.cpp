// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonrpc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace byway::rpc {
namespace {

const QString kJsonrpc = QStringLiteral("jsonrpc");
const QString kId = QStringLiteral("id");
const QString kMethod = QStringLiteral("method");
const QString kParams = QStringLiteral("params");
const QString kVersion2 = QStringLiteral("2.0");

QByteArray line(const QJsonObject &o)
{
    QByteArray bytes = QJsonDocument(o).toJson(QJsonDocument::Compact);
    bytes.append('\n');
    return bytes;
}

Result<QJsonObject> parseObject(const QByteArray &bytes)
{
    if (bytes.size() > kMaxMessageBytes)
        return fail(ErrorCode::MessageTooLarge,
                    QStringLiteral("message of %1 bytes is over the %2 byte limit").arg(bytes.size()).arg(kMaxMessageBytes));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (perr.error != QJsonParseError::NoError) {
        // Qt 6.4 refuses a bare scalar ("42", "\"x\"") as a document. That is
        // JSON all the same, just not a request: wrapped in [] it parses.
        QJsonParseError wrapped;
        const QJsonDocument array = QJsonDocument::fromJson('[' + bytes + ']', &wrapped);
        if (wrapped.error == QJsonParseError::NoError && array.array().size() == 1)
            return fail(ErrorCode::InvalidRequest, QStringLiteral("a message must be a JSON object"));
    }
    if (perr.error != QJsonParseError::NoError)
        return fail(ErrorCode::ParseError,
                    QStringLiteral("not JSON: %1 at offset %2").arg(perr.errorString()).arg(perr.offset));
    if (!doc.isObject())
        return fail(ErrorCode::InvalidRequest, QStringLiteral("a message must be a JSON object"));
    return doc.object();
}

bool validId(const QJsonValue &id)
{
    // JSON-RPC 2.0: string, number or null. Fractions are allowed by the
    // spec but useless as correlation ids; we accept integers only.
    if (id.isString() || id.isNull())
        return true;
    if (id.isDouble()) {
        const double d = id.toDouble();
        return std::isfinite(d) && d == std::floor(d);
    }
    return false;
}

QString pointer(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('~'), QStringLiteral("~0"));
    escaped.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return QLatin1Char('/') + escaped;
}

std::unexpected<Error> typeError(const QString &name, const char *expected)
{
    return fail(ErrorCode::InvalidParams, QStringLiteral("must be %1").arg(QLatin1String(expected)), pointer(name));
}

} // namespace

Result<Request> parseRequest(const QByteArray &bytes, QJsonValue *idOut)
{
    auto obj = parseObject(bytes);
    if (!obj)
        return std::unexpected(obj.error());
    const QJsonObject &o = *obj;

    Request r;
    r.id = o.value(kId); // Undefined when absent: a notification
    if (o.contains(kId) && !validId(r.id))
        return fail(ErrorCode::InvalidRequest, QStringLiteral("id must be a string, an integer or null"), QStringLiteral("/id"));
    if (idOut && o.contains(kId))
        *idOut = r.id;
    if (o.value(kJsonrpc) != QJsonValue(kVersion2))
        return fail(ErrorCode::InvalidRequest, QStringLiteral("jsonrpc must be \"2.0\""), QStringLiteral("/jsonrpc"));
    const QJsonValue method = o.value(kMethod);
    if (!method.isString() || method.toString().isEmpty())
        return fail(ErrorCode::InvalidRequest, QStringLiteral("method must be a non-empty string"), QStringLiteral("/method"));
    r.method = method.toString();
    const QJsonValue params = o.value(kParams);
    if (params.isObject())
        r.params = params.toObject();
    else if (!params.isUndefined() && !params.isNull())
        return fail(ErrorCode::InvalidParams, QStringLiteral("params must be an object (named parameters)"), QStringLiteral("/params"));
    return r;
}

Result<Incoming> parseIncoming(const QByteArray &bytes)
{
    auto obj = parseObject(bytes);
    if (!obj)
        return std::unexpected(obj.error());
    const QJsonObject &o = *obj;
    if (o.value(kJsonrpc) != QJsonValue(kVersion2))
        return fail(ErrorCode::ProtocolMismatch, QStringLiteral("peer did not send jsonrpc \"2.0\""));

    Incoming in;
    if (o.contains(kMethod)) {
        in.kind = Incoming::Kind::Notification;
        in.method = o.value(kMethod).toString();
        in.params = o.value(kParams).toObject();
        return in;
    }
    in.id = o.value(kId);
    if (o.contains(QStringLiteral("error"))) {
        in.kind = Incoming::Kind::Error;
        in.error = Error::fromJson(o.value(QStringLiteral("error")).toObject());
    } else if (o.contains(QStringLiteral("result"))) {
        in.kind = Incoming::Kind::Result;
        in.result = o.value(QStringLiteral("result"));
    } else {
        return fail(ErrorCode::ProtocolMismatch, QStringLiteral("reply has neither result nor error"));
    }
    return in;
}

QByteArray encodeRequest(qint64 id, const QString &method, const QJsonObject &params)
{
    return line({{kJsonrpc, kVersion2}, {kId, id}, {kMethod, method}, {kParams, params}});
}

QByteArray encodeResult(const QJsonValue &id, const QJsonValue &result)
{
    return line({{kJsonrpc, kVersion2}, {kId, id.isUndefined() ? QJsonValue() : id}, {QStringLiteral("result"), result}});
}

QByteArray encodeError(const QJsonValue &id, const Error &error)
{
    return line({{kJsonrpc, kVersion2}, {kId, id.isUndefined() ? QJsonValue() : id}, {QStringLiteral("error"), error.toJson()}});
}

QByteArray encodeNotification(const QString &method, const QJsonObject &params)
{
    return line({{kJsonrpc, kVersion2}, {kMethod, method}, {kParams, params}});
}

Result<QString> paramString(const QJsonObject &params, const QString &name, bool required, const QString &defaultValue)
{
    const QJsonValue v = params.value(name);
    if (v.isUndefined()) {
        if (required)
            return fail(ErrorCode::InvalidParams, QStringLiteral("is required"), pointer(name));
        return defaultValue;
    }
    if (!v.isString())
        return typeError(name, "a string");
    return v.toString();
}

Result<qint64> paramInt(const QJsonObject &params, const QString &name, bool required, qint64 defaultValue,
                        qint64 min, qint64 max)
{
    const QJsonValue v = params.value(name);
    if (v.isUndefined()) {
        if (required)
            return fail(ErrorCode::InvalidParams, QStringLiteral("is required"), pointer(name));
        return defaultValue;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d))
        return typeError(name, "an integer");
    if (d < double(min) || d > double(max))
        return fail(ErrorCode::InvalidParams, QStringLiteral("must be between %1 and %2").arg(min).arg(max), pointer(name));
    return qint64(d);
}

Result<bool> paramBool(const QJsonObject &params, const QString &name, bool required, bool defaultValue)
{
    const QJsonValue v = params.value(name);
    if (v.isUndefined()) {
        if (required)
            return fail(ErrorCode::InvalidParams, QStringLiteral("is required"), pointer(name));
        return defaultValue;
    }
    if (!v.isBool())
        return typeError(name, "true or false");
    return v.toBool();
}

Result<QStringList> paramStringList(const QJsonObject &params, const QString &name, bool required)
{
    const QJsonValue v = params.value(name);
    if (v.isUndefined()) {
        if (required)
            return fail(ErrorCode::InvalidParams, QStringLiteral("is required"), pointer(name));
        return QStringList{};
    }
    if (!v.isArray())
        return typeError(name, "an array of strings");
    QStringList out;
    const QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            return fail(ErrorCode::InvalidParams, QStringLiteral("must be a string"), pointer(name) + QStringLiteral("/%1").arg(i));
        out.append(a.at(i).toString());
    }
    return out;
}

Result<QJsonObject> paramObject(const QJsonObject &params, const QString &name, bool required)
{
    const QJsonValue v = params.value(name);
    if (v.isUndefined()) {
        if (required)
            return fail(ErrorCode::InvalidParams, QStringLiteral("is required"), pointer(name));
        return QJsonObject{};
    }
    if (!v.isObject())
        return typeError(name, "an object");
    return v.toObject();
}

} // namespace byway::rpc
