// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/client.h"
#include "core/error.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace byway::cli {

// Exit codes are part of the CLI's interface: scripts switch on them.
enum Exit : int {
    ExitOk = 0,
    ExitOther = 1,
    ExitUsage = 2,
    ExitUnavailable = 3,  // socket missing, refused, timed out, closed, garbage
    ExitPermission = 4,   // the caller's uid/groups do not allow it
    ExitValidation = 5,   // the config (or the file holding it) is invalid
    ExitRolledBack = 6,   // apply --confirm-when-healthy: the checks failed, the previous config is back
};

enum class Output { Human, Json };

// What every command gets: the global options and the output streams.
struct Context {
    QString socketPath;
    // --remote HOST:PORT: bywayd's TLS listener instead of the socket, with
    // the certificate's pinned SHA-256 (--fingerprint) and an access token
    // (--token-file, or $BYWAY_TOKEN).
    std::optional<Endpoint> remote;
    Output output = Output::Human;
    QTextStream out{stdout};
    QTextStream err{stderr};

    [[nodiscard]] bool json() const { return output == Output::Json; }
    [[nodiscard]] Endpoint endpoint() const { return remote ? *remote : Endpoint::local(socketPath); }
};

// --remote's value "HOST:PORT" / "[v6]:PORT" and --fingerprint's "AB:CD:..."
// (64 hex digits, colons optional) into a TLS endpoint, or why not.
[[nodiscard]] std::expected<Endpoint, QString> remoteEndpoint(const QString &hostPort, const QString &fingerprint,
                                                              const QString &token);

// Prints "bywayctl: <reason>" (plus one "  /path: message" line per field
// error of a validation failure) and returns the exit code for the error.
[[nodiscard]] int report(Context &ctx, const Error &error);
[[nodiscard]] int usageError(Context &ctx, const QString &message);
[[nodiscard]] int exitCodeFor(ErrorCode code);

// Connects to bywayd; on failure the error is reported and the exit code stored in *exitCode.
[[nodiscard]] std::unique_ptr<Client> connectOrReport(Context &ctx, int *exitCode);

// Connects and calls one method; the error (connection or reply) is returned, not reported.
[[nodiscard]] Result<QJsonValue> call(Context &ctx, const QString &method, const QJsonObject &params = {},
                                      int timeoutMs = 30000);

// Connects, calls one method and returns the result, or reports and returns the exit code.
[[nodiscard]] std::expected<QJsonValue, int> callOnce(Context &ctx, const QString &method,
                                                      const QJsonObject &params = {}, int timeoutMs = 30000);

// A config document read from FILE ("-" = stdin), or from the output of
// `bywayctl -o json config get` ({revision, config}) whose revision is kept.
struct ConfigFile {
    QJsonObject config;
    std::optional<qint64> revision;
};
// Errors carry the file name and where it broke (line, column).
[[nodiscard]] Result<ConfigFile> readConfigFile(const QString &name);

// Pretty JSON (indented) for -o json and for documents.
void printJson(Context &ctx, const QJsonValue &value);

// Parses a command's arguments (args[0] is the command name, as in argv).
// Returns ExitOk to go on, -1 when --help was printed (exit 0), or ExitUsage.
[[nodiscard]] int parseArgs(Context &ctx, QCommandLineParser &parser, const QStringList &args,
                            const QString &usage, const QString &description);

// What to do about a message, from its id's template ("Did you mean
// uplink0?"); empty when the id has none or this build does not know it.
[[nodiscard]] QString fixFor(const QString &id, const QJsonObject &args);

// "1d 2h", "3m 12s", "850 ms".
[[nodiscard]] QString humanDuration(double seconds);

// "key  value" rows with the keys padded to one column.
void printRows(Context &ctx, const QList<std::pair<QString, QString>> &rows, int indent = 0);

} // namespace byway::cli
