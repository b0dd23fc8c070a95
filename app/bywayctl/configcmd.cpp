// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace byway::cli {
namespace {

// config.validate may answer with a validation_failed error or with a result
// listing errors; both end as one Error.
std::optional<Error> validationErrorIn(const QJsonValue &result)
{
    const QJsonObject o = result.toObject();
    const QJsonArray list = o.value(u"errors").toArray();
    const bool invalid = (o.contains(u"valid") && !o.value(u"valid").toBool(true)) || !list.isEmpty();
    if (!invalid)
        return std::nullopt;
    Error e = Error::make(ErrorCode::ValidationFailed, QStringLiteral("%1 problem(s)").arg(list.size()));
    for (const auto &v : list) {
        const QJsonObject fe = v.toObject();
        e.errors.append({fe.value(u"path").toString(), fe.value(u"code").toString(), fe.value(u"message").toString()});
    }
    return e;
}

int reportFileError(Context &ctx, const QString &file, Error e)
{
    if (e.code == ErrorCode::ValidationFailed && !e.message.startsWith(file + u':'))
        e.message = QStringLiteral("%1: %2").arg(file, e.message.isEmpty() ? QStringLiteral("invalid") : e.message);
    return report(ctx, e);
}

int configGet(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("config get"),
                           QStringLiteral("Print the current config document. Human output is the document itself,\n"
                                          "ready to edit and pass to `config set`; -o json adds the revision\n"
                                          "({revision, config}), which `config set` also accepts."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("config get takes no arguments"));
    auto result = callOnce(ctx, QStringLiteral("config.get"));
    if (!result)
        return result.error();
    if (ctx.json())
        printJson(ctx, *result);
    else
        printJson(ctx, result->toObject().value(u"config"));
    return ExitOk;
}

int configValidate(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Config document (JSON); - reads stdin."));
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("config validate FILE"),
                           QStringLiteral("Check FILE against bywayd's schema and rules without saving it.\n"
                                          "Every problem is listed with its JSON path. Exit 5 when invalid."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return usageError(ctx, QStringLiteral("config validate needs exactly one FILE"));
    auto file = readConfigFile(pos[0]);
    if (!file)
        return reportFileError(ctx, pos[0], file.error());

    auto result = call(ctx, QStringLiteral("config.validate"), {{QStringLiteral("config"), file->config}});
    if (!result)
        return reportFileError(ctx, pos[0], result.error());
    if (auto invalid = validationErrorIn(*result)) {
        if (ctx.json())
            printJson(ctx, *result);
        return reportFileError(ctx, pos[0], *invalid);
    }
    if (ctx.json())
        printJson(ctx, *result);
    else {
        // Valid, but the live box may disagree (VPN peers outside every pool,
        // a missing interface the role does not need): say so here too.
        ctx.out << pos[0] << ": valid" << Qt::endl;
        printNotes(ctx, result->toObject().value(u"findings").toArray(), "finding");
    }
    return ExitOk;
}

int configSet(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Config document (JSON); - reads stdin."));
    const QCommandLineOption base(QStringLiteral("base-revision"),
                                  QStringLiteral("Refuse (conflict) unless the saved config is still at revision N."),
                                  QStringLiteral("N"));
    parser.addOption(base);
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("config set FILE [--base-revision N]"),
                           QStringLiteral("Validate FILE and save it atomically as the new config. Nothing is\n"
                                          "saved when any check fails (exit 5, every problem listed)."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return usageError(ctx, QStringLiteral("config set needs exactly one FILE"));
    std::optional<qint64> baseRevision;
    if (parser.isSet(base)) {
        bool ok = false;
        const qint64 n = parser.value(base).toLongLong(&ok);
        if (!ok || n < 0)
            return usageError(ctx, QStringLiteral("--base-revision needs a non-negative integer"));
        baseRevision = n;
    }
    auto file = readConfigFile(pos[0]);
    if (!file)
        return reportFileError(ctx, pos[0], file.error());
    if (!baseRevision)
        baseRevision = file->revision;

    QJsonObject params{{QStringLiteral("config"), file->config}};
    if (baseRevision)
        params.insert(QStringLiteral("baseRevision"), *baseRevision);
    auto result = call(ctx, QStringLiteral("config.set"), params);
    if (!result)
        return reportFileError(ctx, pos[0], result.error());
    if (ctx.json())
        printJson(ctx, *result);
    else {
        ctx.out << "saved " << pos[0] << " as revision "
                << QString::number(qint64(result->toObject().value(u"revision").toDouble())) << Qt::endl;
        printNotes(ctx, result->toObject().value(u"findings").toArray(), "finding");
    }
    return ExitOk;
}

} // namespace

int runConfig(Context &ctx, const QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == u"get")
        return configGet(ctx, args.mid(1));
    if (sub == u"validate")
        return configValidate(ctx, args.mid(1));
    if (sub == u"set")
        return configSet(ctx, args.mid(1));
    if (sub == u"-h" || sub == u"--help") {
        ctx.out << "Usage: bywayctl config get | validate FILE | set FILE [--base-revision N]\n"
                   "`bywayctl config SUBCOMMAND --help` for details.\n";
        return ExitOk;
    }
    return usageError(ctx, sub.isEmpty() ? QStringLiteral("config needs get, validate or set")
                                         : QStringLiteral("unknown config subcommand \"%1\"").arg(sub));
}

} // namespace byway::cli
