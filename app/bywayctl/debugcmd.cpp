// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QJsonObject>

namespace byway::cli {

int runDebug(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("on|off"), QStringLiteral("Switch debug output on or off."));
    parser.addPositionalArgument(QStringLiteral("CATEGORY"),
                                 QStringLiteral("control, config, probe, nft, route, ... or all (default)."),
                                 QStringLiteral("[CATEGORY|all]"));
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("debug on|off [CATEGORY|all]"),
                           QStringLiteral("Turn debug logging of a category on or off in the running bywayd,\n"
                                          "without a restart. Needs admin rights (root or group byway)."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty() || pos.size() > 2 || (pos[0] != u"on" && pos[0] != u"off"))
        return usageError(ctx, QStringLiteral("debug needs on or off, then optionally a category"));
    const bool enabled = pos[0] == u"on";
    const QString cat = pos.value(1, QStringLiteral("all"));

    auto result = callOnce(ctx, QStringLiteral("logs.setDebug"),
                           {{QStringLiteral("category"), cat}, {QStringLiteral("enabled"), enabled}});
    if (!result)
        return result.error();
    if (ctx.json())
        printJson(ctx, *result);
    else
        ctx.out << "debug " << (enabled ? "on" : "off") << " for " << cat << Qt::endl;
    return ExitOk;
}

} // namespace byway::cli
