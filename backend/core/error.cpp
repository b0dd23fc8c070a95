// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace byway {
namespace {

struct CodeInfo {
    ErrorCode code;
    const char *name;
    int number;
};

constexpr std::array kCodes{
    CodeInfo{ErrorCode::ParseError, "parse_error", -32700},
    CodeInfo{ErrorCode::InvalidRequest, "invalid_request", -32600},
    CodeInfo{ErrorCode::MethodNotFound, "method_not_found", -32601},
    CodeInfo{ErrorCode::InvalidParams, "invalid_params", -32602},
    CodeInfo{ErrorCode::Internal, "internal", -32603},
    CodeInfo{ErrorCode::MessageTooLarge, "message_too_large", -32001},
    CodeInfo{ErrorCode::PermissionDenied, "permission_denied", -32002},
    CodeInfo{ErrorCode::ValidationFailed, "validation_failed", -32003},
    CodeInfo{ErrorCode::StorageFailed, "storage_failed", -32004},
    CodeInfo{ErrorCode::NotFound, "not_found", -32005},
    CodeInfo{ErrorCode::Busy, "busy", -32006},
    CodeInfo{ErrorCode::Unavailable, "unavailable", -32007},
    CodeInfo{ErrorCode::Timeout, "timeout", -32008},
    CodeInfo{ErrorCode::ProtocolMismatch, "protocol_mismatch", -32009},
    CodeInfo{ErrorCode::KernelFailed, "kernel_failed", -32010},
    CodeInfo{ErrorCode::Conflict, "conflict", -32011},
    CodeInfo{ErrorCode::Unauthenticated, "unauthenticated", -32012},
    CodeInfo{ErrorCode::RateLimited, "rate_limited", -32013},
};

const CodeInfo &info(ErrorCode code)
{
    for (const auto &i : kCodes)
        if (i.code == code)
            return i;
    return kCodes[4]; // internal
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(info(code).name);
}

int errorCodeNumber(ErrorCode code)
{
    return info(code).number;
}

ErrorCode errorCodeFromName(const QString &name)
{
    for (const auto &i : kCodes)
        if (name == QLatin1String(i.name))
            return i.code;
    return ErrorCode::Internal;
}

Error Error::make(ErrorCode code, QString message, QString field)
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.field = std::move(field);
    return e;
}

QJsonObject Error::toJson() const
{
    QJsonObject data{{QStringLiteral("code"), errorCodeName(code)}};
    if (!field.isEmpty())
        data.insert(QStringLiteral("field"), field);
    if (sysErrno != 0)
        data.insert(QStringLiteral("errno"), sysErrno);
    if (retryAfterSec > 0)
        data.insert(QStringLiteral("retryAfterSec"), retryAfterSec);
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const auto &fe : errors)
            list.append(fe.toJson());
        data.insert(QStringLiteral("errors"), list);
    }
    if (!findings.isEmpty()) {
        QJsonArray list;
        for (const auto &fe : findings)
            list.append(fe.toJson());
        data.insert(QStringLiteral("findings"), list);
    }
    return QJsonObject{{QStringLiteral("code"), errorCodeNumber(code)},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("data"), data}};
}

Error Error::fromJson(const QJsonObject &o)
{
    Error e;
    e.message = o.value(QStringLiteral("message")).toString();
    const QJsonObject data = o.value(QStringLiteral("data")).toObject();
    const QString name = data.value(QStringLiteral("code")).toString();
    if (!name.isEmpty()) {
        e.code = errorCodeFromName(name);
    } else {
        // A JSON-RPC peer that is not bywayd: map the standard numbers.
        const int number = o.value(QStringLiteral("code")).toInt();
        for (const auto &i : kCodes)
            if (i.number == number)
                e.code = i.code;
    }
    e.field = data.value(QStringLiteral("field")).toString();
    e.sysErrno = data.value(QStringLiteral("errno")).toInt();
    e.retryAfterSec = data.value(QStringLiteral("retryAfterSec")).toInt();
    for (const auto &v : data.value(QStringLiteral("errors")).toArray())
        e.errors.append(FieldError::fromJson(v.toObject()));
    for (const auto &v : data.value(QStringLiteral("findings")).toArray())
        e.findings.append(FieldError::fromJson(v.toObject()));
    return e;
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

Severity severityFromName(const QString &name)
{
    if (name == QLatin1String("warning"))
        return Severity::Warning;
    if (name == QLatin1String("info"))
        return Severity::Info;
    return Severity::Error;
}

QJsonObject FieldError::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("severity"), severityName(severity)}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (!args.isEmpty())
        o.insert(QStringLiteral("args"), args);
    return o;
}

FieldError FieldError::fromJson(const QJsonObject &o)
{
    FieldError fe;
    fe.path = o.value(QStringLiteral("path")).toString();
    fe.code = o.value(QStringLiteral("code")).toString();
    fe.message = o.value(QStringLiteral("message")).toString();
    fe.id = o.value(QStringLiteral("id")).toString();
    fe.args = o.value(QStringLiteral("args")).toObject();
    fe.severity = severityFromName(o.value(QStringLiteral("severity")).toString());
    return fe;
}

QString Error::toString() const
{
    QString s = errorCodeName(code);
    if (!field.isEmpty())
        s += QStringLiteral(": ") + field;
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    if (!errors.isEmpty()) {
        const FieldError &first = errors.first();
        s += QStringLiteral(" [%1: %2]").arg(first.path, first.message);
        if (errors.size() > 1)
            s += QStringLiteral(" (+%1 more)").arg(errors.size() - 1);
    }
    return s;
}

} // namespace byway
