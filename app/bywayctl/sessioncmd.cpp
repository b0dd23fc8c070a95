// SPDX-License-Identifier: GPL-3.0-or-later
// bywayctl session add|remove|list: the VPN server's sessions (who holds
// which address), as its connect/disconnect hooks send them.
#include "commands.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::cli {
namespace {

void printTable(Context &ctx, const QList<QStringList> &rows)
{
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
}

QString exitText(const QJsonObject &s)
{
    const QString name = s.value(u"exit").toString();
    return (name.isEmpty() ? QStringLiteral("(main)") : name) + QStringLiteral(" (") + s.value(u"exitFrom").toString()
        + QLatin1Char(')');
}

int runAdd(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("The user the VPN server authenticated."),
                                  QStringLiteral("U"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("The address it gave the client (inside a pool)."),
                                     QStringLiteral("A"));
    const QCommandLineOption iface(QStringLiteral("interface"), QStringLiteral("The client's tunnel interface (vpns0, ppp0)."),
                                   QStringLiteral("I"));
    const QCommandLineOption exit(QStringLiteral("exit"),
                                  QStringLiteral("Its exit (default: the user's in the config, else the pool's)."),
                                  QStringLiteral("E"));
    const QCommandLineOption ttl(QStringLiteral("ttl"), QStringLiteral("Seconds until it expires unless added again (default 3600)."),
                                 QStringLiteral("N"));
    parser.addOptions({user, address, iface, exit, ttl});
    if (int rc = parseArgs(ctx, parser, args,
                           QStringLiteral("session add --user U --address A --interface I [--exit E] [--ttl N]"),
                           QStringLiteral("Tell bywayd that user U holds address A on interface I: its traffic\n"
                                          "leaves through the user's exit. Adding it again refreshes the expiry.\n"
                                          "Needs admin rights (VPN server hooks run as root)."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("session add takes no arguments besides its options"));
    if (!parser.isSet(user) || !parser.isSet(address) || !parser.isSet(iface))
        return usageError(ctx, QStringLiteral("session add needs --user, --address and --interface"));
    QJsonObject params{{QStringLiteral("user"), parser.value(user)},
                       {QStringLiteral("address"), parser.value(address)},
                       {QStringLiteral("interface"), parser.value(iface)}};
    if (parser.isSet(exit))
        params.insert(QStringLiteral("exit"), parser.value(exit));
    if (parser.isSet(ttl)) {
        bool ok = false;
        const qint64 n = parser.value(ttl).toLongLong(&ok);
        if (!ok)
            return usageError(ctx, QStringLiteral("--ttl takes a number of seconds"));
        params.insert(QStringLiteral("ttlSec"), n);
    }
    auto result = callOnce(ctx, QStringLiteral("session.add"), params);
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonObject s = result->toObject();
    ctx.out << "session " << s.value(u"user").toString() << " " << s.value(u"address").toString() << " on "
            << s.value(u"interface").toString() << ": exit " << exitText(s) << ", expires " << s.value(u"expires").toString()
            << " (" << s.value(u"writes").toInt() << " kernel change(s))" << Qt::endl;
    return ExitOk;
}

int runRemove(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Every session of this user."), QStringLiteral("U"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("The session on this address."),
                                     QStringLiteral("A"));
    parser.addOptions({user, address});
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("session remove (--address A | --user U)"),
                           QStringLiteral("The VPN server says the session ended: its traffic goes back to the\n"
                                          "pool's exit. Nothing matching is not an error. Needs admin rights."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("session remove takes no arguments besides its options"));
    if (parser.isSet(user) == parser.isSet(address))
        return usageError(ctx, QStringLiteral("session remove needs either --address A or --user U"));
    const QJsonObject params = parser.isSet(user) ? QJsonObject{{QStringLiteral("user"), parser.value(user)}}
                                                  : QJsonObject{{QStringLiteral("address"), parser.value(address)}};
    auto result = callOnce(ctx, QStringLiteral("session.remove"), params);
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonArray removed = result->toObject().value(u"removed").toArray();
    if (removed.isEmpty())
        ctx.out << "no session matched" << Qt::endl;
    for (const QJsonValue &v : removed)
        ctx.out << "removed session " << v.toObject().value(u"user").toString() << " "
                << v.toObject().value(u"address").toString() << Qt::endl;
    return ExitOk;
}

int runList(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("session list"),
                           QStringLiteral("The VPN server's live sessions: user, address, interface, the exit its\n"
                                          "traffic takes and where that comes from, and when it expires."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    if (!parser.positionalArguments().isEmpty())
        return usageError(ctx, QStringLiteral("session list takes no arguments"));
    auto result = callOnce(ctx, QStringLiteral("session.list"));
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonArray sessions = result->toObject().value(u"sessions").toArray();
    if (sessions.isEmpty()) {
        ctx.out << "no sessions (the VPN server's hooks add them: see docs/deploy.md)" << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("USER"), QStringLiteral("ADDRESS"), QStringLiteral("INTERFACE"),
                             QStringLiteral("POOL"), QStringLiteral("EXIT"), QStringLiteral("SINCE"),
                             QStringLiteral("EXPIRES IN"), QStringLiteral("BY")}};
    for (const QJsonValue &v : sessions) {
        const QJsonObject s = v.toObject();
        rows.append({s.value(u"user").toString(), s.value(u"address").toString(),
                     s.value(u"interface").toString().isEmpty() ? QStringLiteral("-") : s.value(u"interface").toString(),
                     s.value(u"pool").toString(QStringLiteral("-")), exitText(s), s.value(u"since").toString(),
                     humanDuration(s.value(u"ttlSec").toDouble()), s.value(u"server").toString()});
    }
    printTable(ctx, rows);
    return ExitOk;
}

} // namespace

int runSession(Context &ctx, const QStringList &args)
{
    const QString verb = args.value(1);
    const QStringList rest = args.mid(1);
    if (verb == u"add")
        return runAdd(ctx, rest);
    if (verb == u"remove")
        return runRemove(ctx, rest);
    if (verb == u"list")
        return runList(ctx, rest);
    if (verb == u"-h" || verb == u"--help") {
        ctx.out << "Usage: bywayctl session add --user U --address A --interface I [--exit E] [--ttl N]\n"
                   "       bywayctl session remove (--address A | --user U)\n"
                   "       bywayctl session list\n\n"
                   "The VPN server's sessions: which user holds which address, so per-user exits\n"
                   "follow the user. Hooks for ocserv, pppd and strongSwan: /usr/lib/byway/hooks.\n";
        ctx.out.flush();
        return ExitOk;
    }
    return usageError(ctx, verb.isEmpty() ? QStringLiteral("session needs add, remove or list")
                                          : QStringLiteral("unknown session command \"%1\" (add, remove, list)").arg(verb));
}

} // namespace byway::cli
