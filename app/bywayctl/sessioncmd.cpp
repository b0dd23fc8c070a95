// SPDX-License-Identifier: GPL-3.0-or-later
// bywayctl session add|remove|list: the VPN server's sessions (who holds
// which address), as its connect/disconnect hooks send them.
#include "commands.h"
#include "verbs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::cli {
namespace {

QString exitText(const QJsonObject &s)
{
    // "px (user)": the exit and where it comes from (session, user, pool);
    // none of them names one: the main routing table.
    const QString name = s.value(u"exit").toString();
    if (name.isEmpty())
        return QStringLiteral("(main)");
    return name + QStringLiteral(" (") + s.value(u"exitFrom").toString() + QLatin1Char(')');
}

Verb addVerb()
{
    return {
        QStringLiteral("add"),
        QStringLiteral("session add --user U --address A --interface I [--exit E] [--ttl N]"),
        QStringLiteral("Tell bywayd that user U holds address A on interface I: its traffic\n"
                       "leaves through the user's exit. Adding it again refreshes the expiry.\n"
                       "Needs admin rights (VPN server hooks run as root)."),
        {{QStringLiteral("user"), QStringLiteral("The user the VPN server authenticated."), QStringLiteral("U")},
         {QStringLiteral("address"), QStringLiteral("The address it gave the client (inside a pool)."), QStringLiteral("A")},
         {QStringLiteral("interface"), QStringLiteral("The client's tunnel interface (vpns0, ppp0)."), QStringLiteral("I")},
         {QStringLiteral("exit"), QStringLiteral("Its exit (default: the user's in the config, else the pool's)."),
          QStringLiteral("E")},
         {QStringLiteral("ttl"), QStringLiteral("Seconds until it expires unless added again (default 3600)."),
          QStringLiteral("N")}},
        {},
        {QStringLiteral("user"), QStringLiteral("address"), QStringLiteral("interface")},
        QStringLiteral("session.add"),
        [](const QCommandLineParser &p) -> Params {
            QJsonObject params{{QStringLiteral("user"), p.value(QStringLiteral("user"))},
                               {QStringLiteral("address"), p.value(QStringLiteral("address"))},
                               {QStringLiteral("interface"), p.value(QStringLiteral("interface"))}};
            if (p.isSet(QStringLiteral("exit")))
                params.insert(QStringLiteral("exit"), p.value(QStringLiteral("exit")));
            if (auto ok = putNumber(params, p, QStringLiteral("ttl"), QStringLiteral("ttlSec"),
                                    QStringLiteral("a number of seconds"));
                !ok)
                return std::unexpected(ok.error());
            return params;
        },
        [](Context &ctx, const QJsonObject &s) {
            ctx.out << "session " << s.value(u"user").toString() << " " << s.value(u"address").toString() << " on "
                    << s.value(u"interface").toString() << ": exit " << exitText(s) << ", expires "
                    << s.value(u"expires").toString() << " (" << s.value(u"writes").toInt() << " kernel change(s))\n";
        },
    };
}

Verb removeVerb()
{
    return {
        QStringLiteral("remove"),
        QStringLiteral("session remove (--address A | --user U)"),
        QStringLiteral("The VPN server says the session ended: its traffic goes back to the\n"
                       "pool's exit. Nothing matching is not an error. Needs admin rights."),
        {{QStringLiteral("user"), QStringLiteral("Every session of this user."), QStringLiteral("U")},
         {QStringLiteral("address"), QStringLiteral("The session on this address."), QStringLiteral("A")}},
        {},
        {},
        QStringLiteral("session.remove"),
        [](const QCommandLineParser &p) -> Params {
            const bool byUser = p.isSet(QStringLiteral("user"));
            if (byUser == p.isSet(QStringLiteral("address")))
                return std::unexpected(QStringLiteral("session remove needs either --address A or --user U"));
            return byUser ? QJsonObject{{QStringLiteral("user"), p.value(QStringLiteral("user"))}}
                          : QJsonObject{{QStringLiteral("address"), p.value(QStringLiteral("address"))}};
        },
        [](Context &ctx, const QJsonObject &r) {
            const QJsonArray removed = r.value(u"removed").toArray();
            if (removed.isEmpty())
                ctx.out << "no session matched\n";
            for (const QJsonValue &v : removed)
                ctx.out << "removed session " << v.toObject().value(u"user").toString() << " "
                        << v.toObject().value(u"address").toString() << "\n";
        },
    };
}

void printSessions(Context &ctx, const QJsonObject &r)
{
    const QJsonArray sessions = r.value(u"sessions").toArray();
    const qint64 count = r.value(u"count").toInteger(sessions.size());
    if (count == 0) {
        ctx.out << "no sessions (the VPN server's hooks add them: see docs/deploy.md)\n";
        return;
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
    if (count > sessions.size())
        ctx.out << sessions.size() << " of " << count << " session(s) listed (--limit, or as many as fit in one message)\n";
}

const VerbGroup &sessionGroup()
{
    static const VerbGroup group{
        QStringLiteral("session"),
        QStringLiteral("The VPN server's sessions: which user holds which address, so per-user exits\n"
                       "follow the user. Hooks for ocserv, pppd and strongSwan: /usr/lib/byway/hooks."),
        {addVerb(), removeVerb(),
         {QStringLiteral("list"), QStringLiteral("session list [--user U] [--limit N]"),
          QStringLiteral("The VPN server's live sessions, by address: user, address, interface, the\n"
                         "exit its traffic takes and where that comes from, and when it expires."),
          {{QStringLiteral("user"), QStringLiteral("Only the sessions of user U."), QStringLiteral("U")},
           {QStringLiteral("limit"), QStringLiteral("At most N sessions (bywayd lists no more than fit in one message)."),
            QStringLiteral("N")}},
          {},
          {},
          QStringLiteral("session.list"),
          [](const QCommandLineParser &p) -> Params {
              QJsonObject params;
              if (p.isSet(QStringLiteral("user")))
                  params.insert(QStringLiteral("user"), p.value(QStringLiteral("user")));
              if (auto ok = putNumber(params, p, QStringLiteral("limit"), QStringLiteral("limit"),
                                      QStringLiteral("a number of sessions"));
                  !ok)
                  return std::unexpected(ok.error());
              return params;
          },
          printSessions}},
    };
    return group;
}

} // namespace

int runSession(Context &ctx, const QStringList &args)
{
    return runGroup(ctx, sessionGroup(), args);
}

} // namespace byway::cli
