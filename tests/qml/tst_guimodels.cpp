// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI models' logic without a helper: status parsing, probe findings,
// the log ring, batching and filters, the run-time language switch, and
// the user names offered to the per-user rows.
#include "core/messages/messages.h"
#include "helperconnection.h"
#include "knownusers.h"
#include "language.h"
#include "logfiltermodel.h"
#include "logmodel.h"
#include "probemodel.h"
#include "statusmodel.h"

#include <QJsonDocument>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTest>

using namespace byway::qml;

namespace {

QJsonObject logLine(qint64 seq, const QString &category, const QString &level, const QString &message)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("time"), QStringLiteral("2026-01-02T03:04:05.678Z")},
            {QStringLiteral("category"), category},
            {QStringLiteral("level"), level},
            {QStringLiteral("message"), message}};
}

} // namespace

class TestGuiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // No helper here: the connection must fail fast and never block.
        qputenv("BYWAY_SOCKET", "/nonexistent/byway-test.sock");
    }

    void statusParsesHelperJson()
    {
        HelperConnection conn;
        StatusModel status(&conn);
        QSignalSpy mode(&status, &StatusModel::modeChanged);
        QSignalSpy revision(&status, &StatusModel::configRevisionChanged);
        QSignalSpy version(&status, &StatusModel::versionChanged);
        const auto doc = QJsonDocument::fromJson(R"({
            "version": "0.1.0", "protocolVersion": 1, "pid": 42, "uptimeSec": 3725,
            "config": {"path": "/etc/byway/byway.json", "revision": 7, "role": "bypass-router",
                       "source": "last-good", "problem": "byway.json is corrupt"},
            "mode": "compat", "probe": null, "caller": {"uid": 0, "role": "admin"}, "clients": 2})");
        status.apply(doc.object());
        QVERIFY(status.loaded());
        QCOMPARE(status.version(), QStringLiteral("0.1.0"));
        QCOMPARE(status.uptimeSec(), 3725);
        QCOMPARE(status.mode(), QStringLiteral("compat"));
        QCOMPARE(status.role(), QStringLiteral("bypass-router"));
        QCOMPARE(status.configRevision(), 7);
        QCOMPARE(status.configSource(), QStringLiteral("last-good"));
        QCOMPARE(status.configProblem(), QStringLiteral("byway.json is corrupt"));
        QCOMPARE(status.callerRole(), QStringLiteral("admin"));
        QCOMPARE(status.clients(), 2);
        // Fine-grained: the same status again changes nothing.
        status.apply(doc.object());
        QCOMPARE(mode.size(), 1);
        QCOMPARE(revision.size(), 1);
        QCOMPARE(version.size(), 1);
    }

    void statusParsesPendingAndApplyState()
    {
        HelperConnection conn;
        StatusModel status(&conn);
        QSignalSpy pending(&status, &StatusModel::pendingChanged);
        QSignalSpy applied(&status, &StatusModel::applyStateChanged);
        QVERIFY(!status.pending());
        const auto doc = QJsonDocument::fromJson(R"({
            "version": "0.1.0", "config": {"revision": 9},
            "pending": {"deadline": "2030-01-01T12:00:00.000Z", "secondsLeft": 97, "restoreHistoryId": 3,
                        "revision": 9, "uid": 1000, "who": "token laptop"},
            "apply": {"state": "failed", "at": "2030-01-01T11:58:00.000Z",
                      "error": {"code": -32010, "message": "netlink: Operation not permitted",
                                "data": {"code": "kernel_failed"}}}})");
        status.apply(doc.object());
        QVERIFY(status.pending());
        QCOMPARE(status.pendingSecondsLeft(), 97);
        QCOMPARE(status.pendingRevision(), 9);
        QCOMPARE(status.pendingUid(), 1000);
        QVERIFY(status.pendingRemote());
        QCOMPARE(status.pendingToken(), QStringLiteral("laptop"));
        QVERIFY(!status.pendingDeadline().isEmpty());
        QVERIFY(!status.pendingFromHere()); // no Configuration page model here
        QVERIFY(status.canKeep());
        QVERIFY(status.notApplied());
        QCOMPARE(status.applyState(), QStringLiteral("failed"));
        QCOMPARE(status.applyErrorCode(), QStringLiteral("kernel_failed"));
        QCOMPARE(status.applyErrorMessage(), QStringLiteral("netlink: Operation not permitted"));
        QVERIFY(status.applyErrorId().isEmpty());
        QCOMPARE(pending.size(), 1);
        QCOMPARE(applied.size(), 1);
        // Start-up held the kernel: the failure names its id (the banner's
        // reason) and its message comes from the GUI's table, not the wire.
        QVERIFY(!status.configUnusable());
        status.apply(QJsonDocument::fromJson(R"({"version": "0.1.0",
            "config": {"revision": 9, "source": "defaults", "problem": "x does not validate", "unusable": true},
            "apply": {"state": "failed", "error": {"code": -32007, "message": "from the wire",
                "data": {"code": "unavailable", "errors": [{"path": "", "code": "held", "message": "from the wire",
                                                            "id": "apply.held", "args": {}}]}}}})").object());
        QCOMPARE(applied.size(), 2);
        QCOMPARE(status.applyErrorCode(), QStringLiteral("unavailable"));
        QCOMPARE(status.applyErrorId(), QStringLiteral("apply.held"));
        QCOMPARE(status.applyErrorMessage(), byway::msg::english(byway::msg::Id("apply.held"), {}));
        QVERIFY(status.configUnusable()); // the Overview says so, not "no config file yet"
        QVERIFY(status.captureIdle().isEmpty());
        status.apply(QJsonDocument::fromJson(R"({"version": "0.1.0", "capture": {"active": false, "idle": "no_ipv4_pool"}})").object());
        QCOMPARE(status.captureIdle(), QStringLiteral("no_ipv4_pool")); // the Flows page says why
        // Settled and applied: both banners go.
        status.apply(QJsonDocument::fromJson(R"({"version": "0.1.0", "config": {"revision": 9},
            "pending": null, "apply": {"state": "applied"}})").object());
        QVERIFY(!status.pending());
        QCOMPARE(status.pendingSecondsLeft(), 0);
        QVERIFY(!status.notApplied());
        QVERIFY(!status.canKeep());
    }

    void connectionFailsWithoutBlocking()
    {
        HelperConnection conn;
        QElapsedTimer t;
        t.start();
        conn.reconnect();
        QVERIFY(t.elapsed() < 500);
        QTRY_COMPARE(conn.state(), HelperConnection::Disconnected);
        QCOMPARE(conn.errorCode(), QStringLiteral("unavailable"));
        QVERIFY(conn.retryDelayMs() > 0); // a retry is scheduled
    }

    // Sessions and capture users, merged and sorted; a capture's
    // "<pool>/<address>" stands for no name and is not offered.
    void knownUsersFromSessionsAndCapture()
    {
        HelperConnection conn;
        KnownUsers users(&conn);
        QSignalSpy changed(&users, &KnownUsers::namesChanged);
        users.take(QStringLiteral("session.list"), QJsonDocument::fromJson(R"({"sessions":[
            {"user":"carol","address":"10.20.0.7"},{"user":"alice","address":"10.20.0.8"}]})").object());
        users.take(QStringLiteral("flows.list"), QJsonDocument::fromJson(R"({"active":true,"users":[
            {"user":"bob"},{"user":"alice"},{"user":"office/10.20.0.9"}]})").object());
        QCOMPARE(users.names(), (QStringList{QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}));
        QCOMPARE(changed.count(), 2);
        // The capture stopped: its users go, the sessions stay.
        users.take(QStringLiteral("flows.list"), QJsonDocument::fromJson(R"({"active":false,"flows":[]})").object());
        QCOMPARE(users.names(), (QStringList{QStringLiteral("alice"), QStringLiteral("carol")}));
    }

    void probeSortsProblemsFirst()
    {
        HelperConnection conn;
        ProbeModel probe(&conn);
        const auto doc = QJsonDocument::fromJson(R"({"mode": "limited", "at": "2026-01-02T03:04:05Z", "findings": [
            {"check": "a", "status": "ok", "code": "a.ok", "summary": "A fine"},
            {"check": "b", "status": "fail", "code": "b.x", "summary": "B broken", "consequence": "no NAT", "fix": "load nf_nat"},
            {"check": "c", "status": "skipped", "code": "c.s", "summary": "C skipped"},
            {"check": "d", "status": "warn", "code": "d.w", "summary": "D odd"}]})");
        probe.apply(doc.object());
        QCOMPARE(probe.rowCount(), 4);
        QCOMPARE(probe.mode(), QStringLiteral("limited"));
        QCOMPARE(probe.index(0).data(ProbeModel::StatusRole).toString(), QStringLiteral("fail"));
        QCOMPARE(probe.index(0).data(ProbeModel::FixRole).toString(), QStringLiteral("load nf_nat"));
        QCOMPARE(probe.index(1).data(ProbeModel::StatusRole).toString(), QStringLiteral("warn"));
        QCOMPARE(probe.index(3).data(ProbeModel::StatusRole).toString(), QStringLiteral("skipped"));
        QCOMPARE(probe.okCount(), 1);
        QCOMPARE(probe.warnCount(), 1);
        QCOMPARE(probe.failCount(), 1);
        QVERIFY(probe.roleNames().values().contains("consequence"));
    }

    void logBatchesAndRing()
    {
        HelperConnection conn;
        LogModel log(&conn);
        log.setCapacity(100);
        QSignalSpy inserts(&log, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 250; ++i)
            log.ingest(logLine(i, QStringLiteral("probe"), QStringLiteral("info"), QStringLiteral("line %1").arg(i)));
        // Nothing reaches the view per line; one batch on the timer.
        QCOMPARE(log.count(), 0);
        QTRY_COMPARE(log.count(), 100);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(log.index(0).data(LogModel::SeqRole).toLongLong(), 150);
        QCOMPARE(log.index(99).data(LogModel::MessageRole).toString(), QStringLiteral("line 249"));
        QCOMPARE(log.droppedCount(), 150); // what the ring had to let go is counted

        // The ring holds: more lines push the oldest out.
        for (int i = 250; i < 300; ++i)
            log.ingest(logLine(i, QStringLiteral("nft"), QStringLiteral("warning"), QStringLiteral("line %1").arg(i)));
        log.flush();
        QCOMPARE(log.count(), 100);
        QCOMPARE(log.index(0).data(LogModel::SeqRole).toLongLong(), 200);

        // Paused: lines wait, bounded, and appear on resume.
        log.setPaused(true);
        log.ingest(logLine(300, QStringLiteral("route"), QStringLiteral("error"), QStringLiteral("waiting")));
        log.flush();
        QCOMPARE(log.pendingCount(), 1);
        QCOMPARE(log.index(99).data(LogModel::SeqRole).toLongLong(), 299);
        log.setPaused(false);
        QCOMPARE(log.index(99).data(LogModel::SeqRole).toLongLong(), 300);

        // The helper's own drop count adds up too.
        QJsonObject withDrops = logLine(301, QStringLiteral("tun"), QStringLiteral("info"), QStringLiteral("x"));
        withDrops.insert(QStringLiteral("dropped"), 5);
        log.ingest(withDrops);
        QCOMPARE(log.droppedCount(), 155);

        log.clear();
        QCOMPARE(log.count(), 0);
        QCOMPARE(log.droppedCount(), 0);
    }

    // Today's lines read HH:mm:ss.zzz; another day's carry their date, and
    // the view is told so its time column makes room.
    void logTimesCarryDatesFromOtherDays()
    {
        const QDate today = QDate::currentDate();
        const QDateTime now(today, QTime(9, 8, 7, 654));
        QCOMPARE(LogModel::timeText(now, today), QStringLiteral("09:08:07.654"));
        QCOMPARE(LogModel::timeText(now.addDays(-1), today),
                 today.addDays(-1).toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(" 09:08:07"));

        HelperConnection conn;
        LogModel log(&conn);
        QJsonObject fresh = logLine(1, QStringLiteral("probe"), QStringLiteral("info"), QStringLiteral("now"));
        fresh.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        log.ingest(fresh);
        log.flush();
        QVERIFY(!log.showsDates());
        QVERIFY(!log.index(0).data(LogModel::TimeRole).toString().contains(QLatin1Char('-')));
        // Copied and exported lines carry the date whatever the day.
        QCOMPARE(log.index(0).data(LogModel::StampRole).toString().left(10), QDate::currentDate().toString(Qt::ISODate));
        log.clear();
        log.ingest(logLine(2, QStringLiteral("probe"), QStringLiteral("info"), QStringLiteral("old"))); // 2026-01-02
        log.flush();
        QVERIFY(log.showsDates());
        QVERIFY(log.index(0).data(LogModel::TimeRole).toString().startsWith(QLatin1String("2026-01-0")));
    }

    // status.get "findings" reach the Overview, worst first, and a poll that
    // brings the same ones changes nothing.
    void statusCarriesFindings()
    {
        HelperConnection conn;
        StatusModel status(&conn);
        QSignalSpy changed(&status, &StatusModel::findingsChanged);
        const auto doc = QJsonDocument::fromJson(R"({"version":"0.1.0","config":{"revision":2},"findings":[
            {"path":"/interfaces/tunnels","code":"environment","id":"env.foreign.policy_drop","args":{},"message":"m1","severity":"info"},
            {"path":"/pools","code":"environment","id":"env.pool.peers_outside","args":{"interfaces":"vpns0"},"message":"m2","severity":"warning"}]})");
        status.apply(doc.object());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(status.findingCount(), 2);
        QCOMPARE(status.findings().first().toMap().value(QStringLiteral("id")).toString(), QStringLiteral("env.pool.peers_outside"));
        QCOMPARE(status.findingsAbout({QStringLiteral("env.foreign.")}).size(), 1);
        QCOMPARE(status.worstFinding(), QStringLiteral("warning"));
        status.apply(doc.object());
        QCOMPARE(changed.size(), 1);
        status.apply(QJsonDocument::fromJson(R"({"version":"0.1.0","config":{"revision":2}})").object());
        QCOMPARE(status.findingCount(), 0);
        QCOMPARE(changed.size(), 2);
    }

    void logFilters()
    {
        HelperConnection conn;
        LogModel log(&conn);
        log.ingest(logLine(1, QStringLiteral("probe"), QStringLiteral("debug"), QStringLiteral("checking TUN")));
        log.ingest(logLine(2, QStringLiteral("nft"), QStringLiteral("info"), QStringLiteral("table byway added")));
        log.ingest(logLine(3, QStringLiteral("nft"), QStringLiteral("error"), QStringLiteral("batch refused")));
        log.ingest(logLine(4, QStringLiteral("route"), QStringLiteral("warning"), QStringLiteral("rule exists")));
        log.flush();
        LogFilterModel f;
        f.setSourceModel(&log);
        QCOMPARE(f.count(), 4);
        f.setMinLevel(LogModel::Info);
        QCOMPARE(f.count(), 3);
        f.setCategory(QStringLiteral("nft"));
        QCOMPARE(f.count(), 2);
        f.setSearch(QStringLiteral("REFUSED"));
        QCOMPARE(f.count(), 1);
        QCOMPARE(f.index(0, 0).data(LogModel::SeqRole).toLongLong(), 3);
        f.setCategory({});
        f.setSearch(QStringLiteral("route")); // category text matches too
        QCOMPARE(f.count(), 1);
        // New lines pass through the filter as they arrive.
        f.setSearch({});
        f.setMinLevel(LogModel::Error);
        log.ingest(logLine(5, QStringLiteral("tun"), QStringLiteral("critical"), QStringLiteral("device gone")));
        log.flush();
        QCOMPARE(f.count(), 2);
    }

    void languageSwitchesAtRunTime()
    {
        QQmlEngine engine;
        Language language(&engine, QStringLiteral(BYWAY_QM_DIR));
        QSignalSpy changed(&language, &Language::languageChanged);
        QCOMPARE(QCoreApplication::translate("Texts", "Limited"), QStringLiteral("Limited"));
        QVERIFY(language.select(QStringLiteral("zh_CN")));
        QCOMPARE(QCoreApplication::translate("Texts", "Limited"), QStringLiteral("受限"));
        QVERIFY(language.select(QStringLiteral("ko")));
        QCOMPARE(QCoreApplication::translate("Texts", "Limited"), QStringLiteral("제한"));
        QCOMPARE(QCoreApplication::translate("Texts", "%n minute(s)", nullptr, 5), QStringLiteral("5분"));
        QVERIFY(language.select(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Texts", "%n minute(s)", nullptr, 1), QStringLiteral("1 minute"));
        QCOMPARE(QCoreApplication::translate("Texts", "%n minute(s)", nullptr, 3), QStringLiteral("3 minutes"));
        QCOMPARE(changed.size(), 3);
        QVERIFY(!language.select(QStringLiteral("fr")));
        QCOMPARE(language.language(), QStringLiteral("en"));
        QCOMPARE(Language::bestMatch(QStringLiteral("zh_TW")), QStringLiteral("zh_CN"));
        QCOMPARE(Language::bestMatch(QStringLiteral("ko_KR")), QStringLiteral("ko"));
        QCOMPARE(Language::bestMatch(QStringLiteral("de_DE")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestGuiModels)
#include "tst_guimodels.moc"
