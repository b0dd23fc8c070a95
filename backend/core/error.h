// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <expected>

namespace byway {

// Stable error codes shared by bywayd, bywayctl and the GUI. The string
// names travel on the wire (error.data.code) and are what clients switch
// on and translate; the numbers are the JSON-RPC 2.0 error.code values.
// Never renumber or rename: add new codes at the end.
enum class ErrorCode {
    ParseError,        // -32700 the line is not JSON
    InvalidRequest,    // -32600 JSON, but not a JSON-RPC 2.0 request
    MethodNotFound,    // -32601
    InvalidParams,     // -32602 a parameter is missing or of the wrong type
    Internal,          // -32603
    MessageTooLarge,   // -32001 a line over the 1 MiB cap; the connection is closed
    PermissionDenied,  // -32002 the caller's uid/groups do not allow this method
    ValidationFailed,  // -32003 the config has errors; see data.errors
    StorageFailed,     // -32004 the config could not be written or read
    NotFound,          // -32005
    Busy,              // -32006 another change is in progress
    Unavailable,       // -32007 the socket is missing or bywayd does not answer (client side)
    Timeout,           // -32008 no reply in time (client side)
    ProtocolMismatch,  // -32009 the peer speaks another protocol version or garbage
    KernelFailed,      // -32010 the kernel refused a change; data.errno says why
    Conflict,          // -32011 the config changed since the caller read it (baseRevision)
    Unauthenticated,   // -32012 remote: no valid access token yet (auth.token first), or a bad one
    RateLimited,       // -32013 remote: too many failed authentications from this address; data.retryAfterSec
};

// How much a finding matters: errors refuse a config (nothing changes),
// warnings and notes travel with a reply that went through.
enum class Severity { Error, Warning, Info };
[[nodiscard]] QString severityName(Severity s); // "error" | "warning" | "info"
[[nodiscard]] Severity severityFromName(const QString &name);

// One problem or finding at one place of a config. `path` is a JSON pointer
// (RFC 6901) into the config, e.g. "/pools/0/subnet" (the same for
// config.validate, set, plan and apply), empty when it is about the box.
// `id` names its text in core/messages (English templates the GUI and the
// CLI render with `args`); `message` is that text in English, for logs.
struct FieldError {
    FieldError() = default;
    FieldError(QString path_, QString code_, QString message_, QString id_ = {}, QJsonObject args_ = {},
               Severity severity_ = Severity::Error)
        : path(std::move(path_)), code(std::move(code_)), message(std::move(message_)), id(std::move(id_)),
          args(std::move(args_)), severity(severity_)
    {
    }

    QString path;
    QString code;    // stable kind, e.g. "required", "range", "environment"
    QString message; // English text for logs and the CLI
    QString id;      // message id in core/messages, e.g. "config.pool.unmasqueraded"
    QJsonObject args;
    Severity severity = Severity::Error;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static FieldError fromJson(const QJsonObject &o);
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field;              // JSON pointer of the offending field, if one
    QList<FieldError> errors;   // every problem found, for ValidationFailed
    int sysErrno = 0;           // for KernelFailed / StorageFailed
    int retryAfterSec = 0;      // for RateLimited: when another attempt may succeed
    QList<FieldError> findings = {}; // ValidationFailed: warnings and notes found alongside (data.findings)

    [[nodiscard]] static Error make(ErrorCode code, QString message, QString field = {});

    // JSON-RPC "error" member: {code, message, data: {code, field?, errors?, errno?, retryAfterSec?}}
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Error fromJson(const QJsonObject &o);

    // One line for logs and the CLI: "validation_failed: /pools/0/subnet: not a prefix (+2 more)"
    [[nodiscard]] QString toString() const;
};

[[nodiscard]] QString errorCodeName(ErrorCode code);
[[nodiscard]] int errorCodeNumber(ErrorCode code);
// Unknown names map to Internal so an old client can still show the message.
[[nodiscard]] ErrorCode errorCodeFromName(const QString &name);

template <typename T>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message, QString field = {})
{
    return std::unexpected(Error::make(code, std::move(message), std::move(field)));
}

} // namespace byway
