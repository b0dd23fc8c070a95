// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "syncclient.h"

#include "core/jsonrpc.h"
#include "core/messages/messages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace byway::cli {
namespace {
// Room for {"jsonrpc":"2.0","id":N,"method":"config.apply","params":{"config":…,"confirmWithinSec":N,"baseRevision":N}}.
constexpr qsizetype kRequestEnvelopeBytes = 256;
} // namespace

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unavailable:
    case ErrorCode::Timeout:
    case ErrorCode::ProtocolMismatch:
        return ExitUnavailable;
    case ErrorCode::PermissionDenied:
        return ExitPermission;
    case ErrorCode::ValidationFailed:
        return ExitValidation;
    case ErrorCode::InvalidParams:
        // The server names the argument the user got wrong.
        return ExitUsage;
    default:
        return ExitOther;
    }
}

int report(Context &ctx, const Error &error)
{
    // One line a person can act on; the stable code first so scripts and
    // people grepping logs find it.
    QString line = errorCodeName(error.code);
    if (!error.field.isEmpty())
        line += QStringLiteral(": ") + error.field;
    if (!error.message.isEmpty())
        line += QStringLiteral(": ") + error.message;
    if (error.code == ErrorCode::ValidationFailed && !error.errors.isEmpty() && error.message.isEmpty())
        line += QStringLiteral(": %1 problem(s)").arg(error.errors.size());
    // A refusal of one field carries it twice (the reason, perhaps after
    // the file's name, and its one field error): said once.
    const auto echoes = [&](const FieldError &fe) {
        return error.errors.size() == 1 && fe.path == error.field && !fe.message.isEmpty() && error.message.endsWith(fe.message);
    };
    ctx.err << "bywayctl: " << line << Qt::endl;
    for (const FieldError &fe : error.errors) {
        if (!echoes(fe))
            ctx.err << "  " << (fe.path.isEmpty() ? QStringLiteral("/") : fe.path) << ": " << fe.message
                    << (fe.code.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(fe.code)) << Qt::endl;
        if (const QString fix = fixFor(fe.id, fe.args); !fix.isEmpty())
            ctx.err << "    fix: " << fix << Qt::endl;
    }
    // -o json: the error as the protocol carries it ({code, message, data:
    // {code, errors[{id, args}]}}) on stdout too, so a script reads the ids.
    if (ctx.json())
        printJson(ctx, QJsonObject{{QStringLiteral("error"), error.toJson()}});
    return exitCodeFor(error.code);
}

QString fixFor(const QString &id, const QJsonObject &args)
{
    const msg::Template *t = id.isEmpty() ? nullptr : msg::find(id);
    return t && t->fix ? msg::english(id, args, msg::Part::Fix) : QString();
}

int usageError(Context &ctx, const QString &message)
{
    ctx.err << "bywayctl: " << message << " (see bywayctl --help)" << Qt::endl;
    return ExitUsage;
}

std::expected<Endpoint, QString> remoteEndpoint(const QString &hostPort, const QString &fingerprint,
                                                const QString &token)
{
    const qsizetype colon = hostPort.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? hostPort.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? hostPort.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (!ok || port == 0 || port > 65535 || host.isEmpty())
        return std::unexpected(QStringLiteral("--remote takes HOST:PORT or [IPv6]:PORT, not \"%1\"").arg(hostPort));
    QString hex = fingerprint;
    hex.remove(u':');
    static const QRegularExpression hex64(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (!hex64.match(hex).hasMatch())
        return std::unexpected(QStringLiteral("--remote needs --fingerprint SHA256 (64 hex digits, colons allowed: "
                                              "the `remote cert` line of `bywayctl status` on the box)"));
    if (token.isEmpty())
        return std::unexpected(QStringLiteral("--remote needs an access token: --token-file FILE or $BYWAY_TOKEN"));
    return Endpoint::tls(host, quint16(port), QByteArray::fromHex(hex.toLatin1()), token);
}

std::unique_ptr<Client> connectOrReport(Context &ctx, int *exitCode)
{
    auto client = std::make_unique<Client>();
    if (auto ok = connectAndWait(*client, ctx.endpoint()); !ok) {
        *exitCode = report(ctx, ok.error());
        return nullptr;
    }
    return client;
}

Result<QJsonValue> call(Context &ctx, const QString &method, const QJsonObject &params, int timeoutMs)
{
    Client client;
    if (auto ok = connectAndWait(client, ctx.endpoint()); !ok)
        return std::unexpected(ok.error());
    return callAndWait(client, method, params, timeoutMs);
}

std::expected<QJsonValue, int> callOnce(Context &ctx, const QString &method, const QJsonObject &params, int timeoutMs)
{
    auto result = call(ctx, method, params, timeoutMs);
    if (!result)
        return std::unexpected(report(ctx, result.error()));
    return *result;
}

void printJson(Context &ctx, const QJsonValue &value)
{
    QJsonDocument doc;
    if (value.isObject())
        doc = QJsonDocument(value.toObject());
    else if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else {
        // QJsonDocument holds only objects and arrays; wrap and strip.
        const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        ctx.out << QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2)) << Qt::endl;
        return;
    }
    ctx.out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

int parseArgs(Context &ctx, QCommandLineParser &parser, const QStringList &args, const QString &usage,
              const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return usageError(ctx, parser.errorText());
    if (parser.isSet(help)) {
        ctx.out << "Usage: bywayctl [--socket PATH] [-o human|json] " << usage << "\n\n" << description << "\n";
        // QCommandLineParser's own help text starts with its usage line; keep the options part.
        const QString text = parser.helpText();
        const qsizetype at = text.indexOf(QStringLiteral("Options:"));
        if (at >= 0)
            ctx.out << "\n" << text.mid(at);
        ctx.out.flush();
        return -1;
    }
    return ExitOk;
}

QString humanDuration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("?");
    if (seconds < 1)
        return QStringLiteral("%1 ms").arg(qRound(seconds * 1000));
    const qint64 s = qint64(seconds);
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, r = s % 60;
    if (d > 0)
        return QStringLiteral("%1d %2h").arg(d).arg(h);
    if (h > 0)
        return QStringLiteral("%1h %2m").arg(h).arg(m);
    if (m > 0)
        return QStringLiteral("%1m %2s").arg(m).arg(r);
    return QStringLiteral("%1s").arg(r);
}

void printRows(Context &ctx, const QList<std::pair<QString, QString>> &rows, int indent)
{
    qsizetype width = 0;
    for (const auto &[key, value] : rows)
        width = std::max(width, key.size());
    const QString pad(indent, QLatin1Char(' '));
    for (const auto &[key, value] : rows)
        ctx.out << pad << key.leftJustified(width + 2) << value << "\n";
    ctx.out.flush();
}

// Reads FILE ("-" = stdin). Errors carry the file name and where it broke,
// because "not JSON" alone sends people hunting.
Result<ConfigFile> readConfigFile(const QString &name)
{
    QFile file;
    bool opened = false;
    if (name == u"-")
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(name);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(ErrorCode::NotFound, QStringLiteral("cannot read %1: %2").arg(name, file.errorString()));
    // bywayd closes a connection whose line is over the protocol's cap: say so
    // here, naming the file, instead of sending it and reporting a dropped
    // connection. One byte past the cap is enough to know (stdin included).
    QByteArray bytes;
    while (bytes.size() <= rpc::kMaxMessageBytes) { // a pipe hands it over in pieces
        const QByteArray chunk = file.read(rpc::kMaxMessageBytes + 1 - bytes.size());
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > rpc::kMaxMessageBytes)
        return fail(ErrorCode::ValidationFailed,
                    QStringLiteral("%1: larger than %2 bytes (1 MiB), the limit of one bywayd message; nothing was sent")
                        .arg(name)
                        .arg(rpc::kMaxMessageBytes));

    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (perr.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(perr.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = perr.offset - (before.lastIndexOf('\n') + 1) + 1;
        return fail(ErrorCode::ValidationFailed, QStringLiteral("%1: not JSON: %2 at offset %3 (line %4, column %5)")
                                                     .arg(name, perr.errorString())
                                                     .arg(perr.offset)
                                                     .arg(line)
                                                     .arg(column));
    }
    if (!doc.isObject())
        return fail(ErrorCode::ValidationFailed, QStringLiteral("%1: the config must be a JSON object").arg(name));

    // The request carries the document compacted plus a small envelope
    // (method, id, params): a file just under the cap can still be too big.
    if (const qsizetype compact = doc.toJson(QJsonDocument::Compact).size();
        compact > rpc::kMaxMessageBytes - kRequestEnvelopeBytes)
        return fail(ErrorCode::ValidationFailed,
                    QStringLiteral("%1: %2 bytes as compact JSON, too large for the %3 byte (1 MiB) limit of one "
                                   "bywayd message; nothing was sent")
                        .arg(name)
                        .arg(compact)
                        .arg(rpc::kMaxMessageBytes));

    const QJsonObject top = doc.object();
    // `-o json config get` writes {revision, config}: accept it as is, so
    // get → edit → set works without unwrapping, and keep its revision as the
    // base so a concurrent change is refused instead of overwritten.
    if (top.value(u"config").isObject() && !top.contains(u"version")) {
        ConfigFile f{top.value(u"config").toObject(), std::nullopt};
        if (top.value(u"revision").isDouble())
            f.revision = qint64(top.value(u"revision").toDouble());
        return f;
    }
    return ConfigFile{top, std::nullopt};
}


} // namespace byway::cli
