// SPDX-License-Identifier: GPL-3.0-or-later
// byway-probe: runs the probe once (or N times for the bench) and prints the
// report as JSON. A tool for the lab tests and bench/, not the product entry.
#include "probe/probe.h"

#include "core/logging.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace {

// "name:mark=0x10,dev=eth1"
bool parseExit(const QString &s, byway::probe::Exit &e)
{
    e.name = s.section(u':', 0, 0);
    for (const QString &kv : s.section(u':', 1).split(u',', Qt::SkipEmptyParts)) {
        const QString k = kv.section(u'=', 0, 0), v = kv.section(u'=', 1);
        bool ok = true;
        if (k == u"mark")
            e.mark = v.toUInt(&ok, 0);
        else if (k == u"dev")
            e.device = v;
        else
            return false;
        if (!ok)
            return false;
    }
    return !e.name.isEmpty() && (e.mark || !e.device.isEmpty());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Probe what this kernel and container can do (JSON on stdout)."));
    p.addHelpOption();
    const QCommandLineOption checks(QStringLiteral("checks"), QStringLiteral("Comma-separated check names."), QStringLiteral("names"));
    const QCommandLineOption reach(QStringLiteral("reach"), QStringLiteral("Also run the reachability probes."));
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("Reachability target host[:port] (repeatable)."), QStringLiteral("target"));
    const QCommandLineOption exitOpt(QStringLiteral("exit"), QStringLiteral("Exit name:mark=0x..,dev=IF (repeatable)."), QStringLiteral("exit"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Per-probe timeout in ms."), QStringLiteral("ms"), QStringLiteral("2000"));
    const QCommandLineOption debug(QStringLiteral("debug"), QStringLiteral("Log each check's evidence (category probe) to stderr."));
    const QCommandLineOption bench(QStringLiteral("bench"), QStringLiteral("Run N times; print timing JSON instead of the report."), QStringLiteral("N"));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("Print the check names."));
    p.addOptions({checks, reach, target, exitOpt, timeout, debug, bench, list});
    p.process(app);

    if (p.isSet(list)) {
        std::fputs(qPrintable(byway::probe::checkNames().join(u'\n') + u'\n'), stdout);
        return 0;
    }
    byway::logging::setDebug(QStringLiteral("probe"), p.isSet(debug));
    byway::probe::Options o;
    if (p.isSet(checks))
        o.checks = p.value(checks).split(u',', Qt::SkipEmptyParts);
    o.reachability = p.isSet(reach);
    o.targets = p.values(target);
    o.timeoutMs = p.value(timeout).toInt();
    for (const QString &s : p.values(exitOpt)) {
        byway::probe::Exit e;
        if (!parseExit(s, e)) {
            std::fprintf(stderr, "byway-probe: bad --exit %s (want name:mark=0x10,dev=eth1)\n", qPrintable(s));
            return 2;
        }
        o.exits << e;
    }

    if (p.isSet(bench)) {
        const int n = std::max(1, p.value(bench).toInt());
        QList<qint64> us;
        for (int i = 0; i < n; ++i)
            us << byway::probe::run(o).durationUs;
        std::sort(us.begin(), us.end());
        const QJsonObject j{{QStringLiteral("runs"), n},
                            {QStringLiteral("medianUs"), us.at(n / 2)},
                            {QStringLiteral("minUs"), us.first()},
                            {QStringLiteral("maxUs"), us.last()}};
        std::fputs(QJsonDocument(j).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
        return 0;
    }
    const byway::probe::Report r = byway::probe::run(o);
    std::fputs(QJsonDocument(byway::probe::toJson(r)).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
