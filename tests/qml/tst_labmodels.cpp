// SPDX-License-Identifier: GPL-3.0-or-later
// The read side of the GUI's models against a real bywayd (netns_run.py): a
// connecting window shows bywayd's last probe instead of running one, and
// the Logs page's debug switches are bywayd's, whoever turned them.
#include "core/client.h"
#include "syncclient.h"
#include "helperconnection.h"
#include "logmodel.h"
#include "probemodel.h"

#include <QJsonObject>
#include <QTest>

using namespace byway;
using namespace byway::qml;

namespace {

QJsonValue call(const QString &method, const QJsonObject &params = {})
{
    Client c;
    if (!cli::connectAndWait(c, Client::defaultSocketPath()))
        return {};
    auto r = cli::callAndWait(c, method, params);
    return r ? *r : QJsonValue();
}

} // namespace

class TestLabModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(qEnvironmentVariableIsSet("BYWAY_SOCKET"), "run through netns_run.py"); }

    void connectingShowsTheLastProbe()
    {
        // bywayd probes at start; wait for that report.
        QTRY_VERIFY_WITH_TIMEOUT(call(QStringLiteral("status.get")).toObject().value(u"probe").isObject(), 10000);
        const QString at = call(QStringLiteral("status.get")).toObject().value(u"probe").toObject().value(u"at").toString();
        QVERIFY(!at.isEmpty());
        for (int i = 0; i < 3; ++i) {
            HelperConnection conn;
            ProbeModel probe(&conn);
            conn.reconnect();
            QTRY_VERIFY_WITH_TIMEOUT(probe.loaded(), 10000);
            QVERIFY(probe.rowCount() > 0);
            // The same report: no probe ran for this window.
            QCOMPARE(probe.at(), at);
        }
        QCOMPARE(call(QStringLiteral("status.get")).toObject().value(u"probe").toObject().value(u"at").toString(), at);

        // Run probe (the button) does probe.
        HelperConnection conn;
        ProbeModel probe(&conn);
        conn.reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(probe.loaded(), 10000);
        QTest::qWait(5); // a report stamped later than the last one
        probe.run();
        QTRY_VERIFY_WITH_TIMEOUT(probe.at() != at, 30000);
    }

    void debugSwitchesAreBywaydsState()
    {
        // Turned on by someone else (bywayctl debug on probe) before this window connects.
        QVERIFY(call(QStringLiteral("logs.setDebug"), {{QStringLiteral("category"), QStringLiteral("probe")},
                                                       {QStringLiteral("enabled"), true}}).isObject());
        HelperConnection conn;
        LogModel log(&conn);
        conn.reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(log.subscribed(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(log.debug().value(QStringLiteral("probe")).toBool(), true, 5000);
        QCOMPARE(log.debug().value(QStringLiteral("nft")).toBool(), false);
        // Changed elsewhere while the window is open: the dialog reads it on opening.
        QVERIFY(call(QStringLiteral("logs.setDebug"), {{QStringLiteral("category"), QStringLiteral("nft")},
                                                       {QStringLiteral("enabled"), true}}).isObject());
        log.refreshDebug();
        QTRY_COMPARE_WITH_TIMEOUT(log.debug().value(QStringLiteral("nft")).toBool(), true, 5000);
        // And this window's own switch.
        log.setDebug(QStringLiteral("all"), false);
        QTRY_COMPARE_WITH_TIMEOUT(log.debug().value(QStringLiteral("probe")).toBool(), false, 5000);
        QCOMPARE(call(QStringLiteral("logs.getDebug")).toObject().value(u"debug").toObject().value(u"nft").toBool(), false);
    }
};

QTEST_MAIN(TestLabModels)
#include "tst_labmodels.moc"
