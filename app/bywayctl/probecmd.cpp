// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::cli {
namespace {

QString mark(const QString &status)
{
    if (status == u"ok")
        return QStringLiteral("✓");
    if (status == u"fail")
        return QStringLiteral("✗");
    if (status == u"warn")
        return QStringLiteral("!");
    return QStringLiteral("-"); // skipped
}

} // namespace

int runProbe(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption reach(QStringLiteral("reachability"),
                                   QStringLiteral("Also probe the gateway, egress and path MTU (slow)."));
    parser.addOption(reach);
    parser.addPositionalArgument(QStringLiteral("CHECK"),
                                 QStringLiteral("Only these checks (the ones the mode depends on always run)."),
                                 QStringLiteral("[CHECK...]"));
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("probe [--reachability] [CHECK...]"),
                           QStringLiteral("Ask bywayd what this box can do: nf_tables, legacy iptables,\n"
                                          "capabilities, TUN, foreign firewall chains, ... Each check is\n"
                                          "✓ ok, ! warning, ✗ failed or - skipped; for every problem the\n"
                                          "consequence and the fix are printed."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;

    QJsonObject params;
    const QStringList checks = parser.positionalArguments();
    if (!checks.isEmpty())
        params.insert(QStringLiteral("checks"), QJsonArray::fromStringList(checks));
    if (parser.isSet(reach))
        params.insert(QStringLiteral("reachability"), true);
    // Reachability probes time out per target; give them room.
    auto result = callOnce(ctx, QStringLiteral("probe.run"), params, parser.isSet(reach) ? 120000 : 30000);
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }

    const QJsonObject report = result->toObject();
    const QJsonArray findings = report.value(u"findings").toArray();
    qsizetype width = 0;
    for (const auto &v : findings)
        width = std::max(width, v.toObject().value(u"check").toString().size());
    int ok = 0, warn = 0, failed = 0, skipped = 0;
    for (const auto &v : findings) {
        const QJsonObject f = v.toObject();
        const QString status = f.value(u"status").toString();
        (status == u"ok" ? ok : status == u"warn" ? warn : status == u"fail" ? failed : skipped)++;
        ctx.out << "  " << mark(status) << ' ' << f.value(u"check").toString().leftJustified(width + 2)
                << f.value(u"summary").toString() << "\n";
    }
    ctx.out << "\nmode " << report.value(u"mode").toString() << ": " << ok << " ok, " << warn << " warning(s), "
            << failed << " failed, " << skipped << " skipped";
    const QJsonArray off = report.value(u"featuresOff").toArray();
    if (!off.isEmpty()) {
        QStringList names;
        for (const auto &n : off)
            names << n.toString();
        ctx.out << "; off: " << names.join(QStringLiteral(", "));
    }
    ctx.out << "\n";

    // The why and the what-to-do, only where there is something to do.
    for (const auto &v : findings) {
        const QJsonObject f = v.toObject();
        const QString status = f.value(u"status").toString();
        if (status == u"ok")
            continue;
        const QString consequence = f.value(u"consequence").toString();
        const QString fix = f.value(u"fix").toString();
        if (consequence.isEmpty() && fix.isEmpty())
            continue;
        ctx.out << "\n" << mark(status) << ' ' << f.value(u"check").toString() << ": " << f.value(u"summary").toString()
                << "\n";
        if (!consequence.isEmpty())
            ctx.out << "    consequence: " << consequence << "\n";
        if (!fix.isEmpty())
            ctx.out << "    fix:         " << fix << "\n";
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace byway::cli
