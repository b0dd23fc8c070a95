// SPDX-License-Identifier: GPL-3.0-or-later
// run() against whatever kernel the test runs on (root or not): the report's
// shape and invariants, not its verdicts (those are the lab tests').
#include "probe/probe.h"

#include <QJsonArray>
#include <QTest>

using namespace byway::probe;

class TestProbeRun : public QObject {
    Q_OBJECT
private slots:
    void everyBadFindingIsExplained()
    {
        const Report r = run({});
        QVERIFY(!r.findings.isEmpty());
        QVERIFY(r.at.isValid());
        QVERIFY(r.durationUs > 0);
        QVERIFY(!r.modeReasons.isEmpty());
        for (const Finding &f : r.findings) {
            QVERIFY2(!f.check.isEmpty() && !f.code.isEmpty() && !f.summary.isEmpty() && !f.evidence.isEmpty(),
                     qPrintable(f.code));
            QVERIFY2(f.code.startsWith(f.check.section(u'.', 0, 0)) || f.check.startsWith(u"sysctl")
                         || f.check.startsWith(u"cap") || f.check == u"nftables",
                     qPrintable(f.check + u' ' + f.code));
            if (f.status != Finding::Status::Ok)
                QVERIFY2(!f.consequence.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code));
        }
    }

    void everyEnvironmentCheckReports()
    {
        const Report r = run({});
        QStringList seen;
        for (const Finding &f : r.findings)
            seen << f.check.section(u'.', 0, 0);
        for (const char *name : {"cap", "nftables", "legacy", "mixed", "foreign", "tun", "packet", "netns", "sysctl",
                                 "fibrules", "xfrm", "ppp", "owners"})
            QVERIFY2(seen.contains(QString::fromLatin1(name)), name);
        QVERIFY(!seen.contains(QStringLiteral("reach"))); // not without Options::reachability
    }

    void namedChecksKeepTheModeInputs()
    {
        Options o;
        o.checks = {QStringLiteral("sysctl"), QStringLiteral("nosuch")};
        const Report r = run(o);
        QStringList checks;
        for (const Finding &f : r.findings)
            checks << f.check;
        QVERIFY(checks.contains(QStringLiteral("sysctl.ip_forward")));
        QVERIFY(checks.contains(QStringLiteral("nftables")));
        QVERIFY(checks.contains(QStringLiteral("tun")));
        QVERIFY(!checks.contains(QStringLiteral("owners")));
        QCOMPARE(r.findings.first().code, QStringLiteral("probe.check.unknown"));
    }

    void json()
    {
        const Report r = run({});
        const QJsonObject j = toJson(r);
        QCOMPARE(j.value("mode").toString(), modeName(r.mode));
        QCOMPARE(j.value("findings").toArray().size(), r.findings.size());
        QVERIFY(j.contains("featuresOff"));
        QCOMPARE(checkNames().first(), QStringLiteral("caps"));
        QVERIFY(checkNames().contains(QStringLiteral("pmtu")));
    }
};

QTEST_GUILESS_MAIN(TestProbeRun)
#include "tst_proberun.moc"
