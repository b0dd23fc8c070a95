// SPDX-License-Identifier: GPL-3.0-or-later
// bywayctl token create|list|revoke: access tokens for remote GUIs
// (bywayd --remote-listen).
#include "commands.h"
#include "verbs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::cli {
namespace {

QString orDash(const QJsonValue &v, const QString &none = QStringLiteral("-"))
{
    return v.isString() && !v.toString().isEmpty() ? v.toString() : none;
}

Verb createVerb()
{
    return {
        QStringLiteral("create"),
        QStringLiteral("token create --role admin|view --name NAME [--expires-days N]"),
        QStringLiteral("Make an access token for a remote GUI. The token is printed once and\n"
                       "cannot be shown again. Needs admin rights."),
        {{QStringLiteral("role"), QStringLiteral("admin (may change things) or view (read only)."), QStringLiteral("ROLE")},
         {QStringLiteral("name"), QStringLiteral("What the token is for, e.g. the laptop it goes on."), QStringLiteral("NAME")},
         {QStringLiteral("expires-days"), QStringLiteral("Stop accepting it after N days (default: never)."), QStringLiteral("N")}},
        {},
        {QStringLiteral("role"), QStringLiteral("name")},
        QStringLiteral("token.create"),
        [](const QCommandLineParser &p) -> Params {
            QJsonObject params{{QStringLiteral("role"), p.value(QStringLiteral("role"))},
                               {QStringLiteral("name"), p.value(QStringLiteral("name"))}};
            if (p.isSet(QStringLiteral("expires-days"))) {
                auto n = intOption(p, QStringLiteral("expires-days"), 1, 36500, QStringLiteral("a number of days (1 or more)"));
                if (!n)
                    return std::unexpected(n.error());
                params.insert(QStringLiteral("expiresInDays"), *n);
            }
            return params;
        },
        [](Context &ctx, const QJsonObject &r) {
            printRows(ctx, {{QStringLiteral("token"), r.value(u"token").toString()},
                            {QStringLiteral("id"), r.value(u"id").toString()},
                            {QStringLiteral("name"), r.value(u"name").toString()},
                            {QStringLiteral("role"), r.value(u"role").toString()},
                            {QStringLiteral("expires"), orDash(r.value(u"expires"), QStringLiteral("never"))}});
            ctx.err << "bywayctl: copy the token now: bywayd keeps only a hash of it and cannot show it again" << Qt::endl;
        },
    };
}

void printTokens(Context &ctx, const QJsonObject &r)
{
    const QJsonArray tokens = r.value(u"tokens").toArray();
    if (tokens.isEmpty()) {
        ctx.out << "no tokens (make one with: bywayctl token create --role view --name NAME)\n";
        return;
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
    printTable(ctx, rows);
}

const VerbGroup &tokenGroup()
{
    static const VerbGroup group{
        QStringLiteral("token"),
        QStringLiteral("Access tokens for remote GUIs (bywayd --remote-listen). Needs admin rights."),
        {createVerb(),
         {QStringLiteral("list"), QStringLiteral("token list"),
          QStringLiteral("The access tokens (never their secrets): who made them, when they\n"
                         "expire, when they were last used. Needs admin rights."),
          {}, {}, {}, QStringLiteral("token.list"), {}, printTokens},
         {QStringLiteral("revoke"), QStringLiteral("token revoke ID"),
          QStringLiteral("Stop accepting a token at once; remote connections using it are\n"
                         "closed. Needs admin rights."),
          {}, {{QStringLiteral("ID"), QStringLiteral("The token's id (see bywayctl token list).")}}, {},
          QStringLiteral("token.revoke"),
          [](const QCommandLineParser &p) -> Params {
              return QJsonObject{{QStringLiteral("id"), p.positionalArguments().first()}};
          },
          [](Context &ctx, const QJsonObject &r) {
              ctx.out << "revoked token " << r.value(u"revoked").toString() << " ("
                      << r.value(u"closedConnections").toInt() << " live connection(s) closed)\n";
          }}},
    };
    return group;
}

} // namespace

int runToken(Context &ctx, const QStringList &args)
{
    return runGroup(ctx, tokenGroup(), args);
}

} // namespace byway::cli
