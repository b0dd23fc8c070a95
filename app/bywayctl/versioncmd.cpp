// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "syncclient.h"

#include "core/version.h"

#include <QJsonObject>

namespace byway::cli {
namespace {

QJsonValue protocolOf(const QJsonObject &status)
{
    // status.get calls it protocolVersion; accept the short name too.
    return status.contains(u"protocolVersion") ? status.value(u"protocolVersion") : status.value(u"protocol");
}

} // namespace

int runVersion(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("version"),
                           QStringLiteral("Print bywayctl's version, and bywayd's when its socket answers.\n"
                                          "An unreachable bywayd is not an error here."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;

    // Short timeout: this is the command people run when something is wrong.
    Client client;
    QJsonObject daemon;
    QString unreachable;
    if (auto ok = connectAndWait(client, ctx.endpoint(), 1000); !ok) {
        unreachable = ok.error().message;
    } else if (auto r = callAndWait(client, QStringLiteral("status.get"), {}, 3000); !r) {
        unreachable = r.error().message;
    } else {
        daemon = r->toObject();
    }

    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("bywayctl"),
                       QJsonObject{{QStringLiteral("version"), QString::fromLatin1(kVersion)},
                                   {QStringLiteral("protocol"), kProtocolVersion}}}};
        if (unreachable.isEmpty())
            o.insert(QStringLiteral("bywayd"), QJsonObject{{QStringLiteral("version"), daemon.value(u"version")},
                                                           {QStringLiteral("protocol"), protocolOf(daemon)}});
        else
            o.insert(QStringLiteral("bywayd"), QJsonObject{{QStringLiteral("unreachable"), unreachable}});
        printJson(ctx, o);
        return ExitOk;
    }
    QList<std::pair<QString, QString>> rows{
        {QStringLiteral("bywayctl"), QStringLiteral("%1 (protocol %2)").arg(QString::fromLatin1(kVersion)).arg(kProtocolVersion)}};
    if (unreachable.isEmpty()) {
        QString v = daemon.value(u"version").toString();
        if (protocolOf(daemon).isDouble())
            v += QStringLiteral(" (protocol %1)").arg(protocolOf(daemon).toInt());
        rows.append({QStringLiteral("bywayd"), v});
    } else {
        rows.append({QStringLiteral("bywayd"), QStringLiteral("not reachable: ") + unreachable});
    }
    printRows(ctx, rows);
    return ExitOk;
}

} // namespace byway::cli
