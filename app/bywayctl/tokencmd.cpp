// SPDX-License-Identifier: GPL-3.0-or-later
// bywayctl token create|list|revoke: access tokens for remote GUIs
// (bywayd --remote-listen).
#include "commands.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::cli {
namespace {

QString orDash(const QJsonValue &v, const QString &none = QStringLiteral("-"))
{
    return v.isString() && !v.toString().isEmpty() ? v.toString() : none;
}

int runCreate(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("admin (may change things) or view (read only)."),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("What the token is for, e.g. the laptop it goes on."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption days(QStringLiteral("expires-days"), QStringLiteral("Stop accepting it after N days (default: never)."),
                                  QStringLiteral("N"));
    parser.addOptions({role, name, days});
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("token create --role admin|view --name NAME [--expires-days N]"),
                           QStringLiteral("Make an access token for a remote GUI. The token is printed once and\n"
                                          "cannot be shown again. Needs admin rights."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("token create takes no arguments besides its options"));
    if (!parser.isSet(role) || !parser.isSet(name))
        return usageError(ctx, QStringLiteral("token create needs --role admin|view and --name NAME"));
    QJsonObject params{{QStringLiteral("role"), parser.value(role)}, {QStringLiteral("name"), parser.value(name)}};
    if (parser.isSet(days)) {
        bool ok = false;
        const int n = parser.value(days).toInt(&ok);
        if (!ok || n < 1)
            return usageError(ctx, QStringLiteral("--expires-days takes a number of days (1 or more)"));
        params.insert(QStringLiteral("expiresInDays"), n);
    }
    auto result = callOnce(ctx, QStringLiteral("token.create"), params);
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonObject r = result->toObject();
    printRows(ctx, {{QStringLiteral("token"), r.value(u"token").toString()},
                    {QStringLiteral("id"), r.value(u"id").toString()},
                    {QStringLiteral("name"), r.value(u"name").toString()},
                    {QStringLiteral("role"), r.value(u"role").toString()},
                    {QStringLiteral("expires"), orDash(r.value(u"expires"), QStringLiteral("never"))}});
    ctx.err << "bywayctl: copy the token now: bywayd keeps only a hash of it and cannot show it again" << Qt::endl;
    return ExitOk;
}

int runList(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("token list"),
                           QStringLiteral("The access tokens (never their secrets): who made them, when they\n"
                                          "expire, when they were last used. Needs admin rights."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("token list takes no arguments"));
    auto result = callOnce(ctx, QStringLiteral("token.list"));
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonArray tokens = result->toObject().value(u"tokens").toArray();
    if (tokens.isEmpty()) {
        ctx.out << "no tokens (make one with: bywayctl token create --role view --name NAME)" << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("CREATED"),
                             QStringLiteral("BY"), QStringLiteral("EXPIRES"), QStringLiteral("LAST USED"),
                             QStringLiteral("LIVE")}};
    for (const auto &v : tokens) {
        const QJsonObject t = v.toObject();
        QString expires = orDash(t.value(u"expires"), QStringLiteral("never"));
        if (t.value(u"expired").toBool())
            expires += QStringLiteral(" (expired)");
        rows.append({t.value(u"id").toString(), t.value(u"name").toString(), t.value(u"role").toString(),
                     orDash(t.value(u"created")), orDash(t.value(u"createdBy")), expires,
                     orDash(t.value(u"lastUsed"), QStringLiteral("never")),
                     QString::number(t.value(u"connections").toInt())});
    }
    QList<qsizetype> width(rows.first().size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            width[i] = std::max(width[i], row[i].size());
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(width[i] + 2) : row[i];
        ctx.out << line << "\n";
    }
    ctx.out.flush();
    return ExitOk;
}

int runRevoke(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The token's id (see bywayctl token list)."));
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("token revoke ID"),
                           QStringLiteral("Stop accepting a token at once; remote connections using it are\n"
                                          "closed. Needs admin rights."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, QStringLiteral("token revoke needs exactly one ID"));
    auto result = callOnce(ctx, QStringLiteral("token.revoke"), {{QStringLiteral("id"), parser.positionalArguments().first()}});
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonObject r = result->toObject();
    ctx.out << "revoked token " << r.value(u"revoked").toString() << " (" << r.value(u"closedConnections").toInt()
            << " live connection(s) closed)" << Qt::endl;
    return ExitOk;
}

} // namespace

int runToken(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1); // the verb becomes args[0]
    if (verb == u"create")
        return runCreate(ctx, rest);
    if (verb == u"list")
        return runList(ctx, rest);
    if (verb == u"revoke")
        return runRevoke(ctx, rest);
    if (verb == u"-h" || verb == u"--help") {
        ctx.out << "Usage: bywayctl token create --role admin|view --name NAME [--expires-days N]\n"
                   "       bywayctl token list\n"
                   "       bywayctl token revoke ID\n\n"
                   "Access tokens for remote GUIs (bywayd --remote-listen). Needs admin rights.\n";
        ctx.out.flush();
        return ExitOk;
    }
    return usageError(ctx, verb.isEmpty() ? QStringLiteral("token needs create, list or revoke")
                                          : QStringLiteral("unknown token command \"%1\" (create, list, revoke)").arg(verb));
}

} // namespace byway::cli
