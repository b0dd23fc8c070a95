// SPDX-License-Identifier: GPL-3.0-or-later
// The ReconcileService on its own, without a Daemon: the services it is
// given (config, probes, sessions) and a box of fakes are all it needs. The
// start-up apply, the stored config written through ConfigService, the
// capture asked of the box before the kernel changes, and the drift check
// after a probe. The kernel is in-memory fakes: no root, no netlink writes.
#include "core/jsonrpc.h"
#include "services/configservice.h"
#include "services/proberunner.h"
#include "services/reconcileservice.h"
#include "services/sessionservice.h"
#include "../../common/fakekernel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace byway;
using services::ReconcileService;

namespace {

config::Config parse(const char *json)
{
    auto c = config::fromJson(QJsonDocument::fromJson(json).object());
    if (!c)
        qFatal("test config does not parse: %s", qPrintable(c.error().toString()));
    return *c;
}

config::Config gateway()
{
    return parse(R"({"version": 1, "role": "vpn-gateway",
        "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
        "pools": [{"name": "vpn", "subnet": "10.8.0.0/24"}],
        "nat": {"masquerade": [{"source": "10.8.0.0/24", "out": "wan0"}]},
        "capture": {"mode": "off"}})");
}

} // namespace

class TestReconcileService : public QObject
{
    Q_OBJECT

    struct World {
        QTemporaryDir dir;
        fake::Kernel kernel;
        QStringList captureStarts; // the TUN of every capture the box was asked for
        services::ConfigService config{dir.filePath(QStringLiteral("byway.json"))};
        services::ProbeRunner probes{[](const probe::Options &) { return probe::Report{}; }};
        services::SessionService sessions{dir.filePath(QStringLiteral("sessions.json"))};
        ReconcileService reconcile{{dir.filePath(QStringLiteral("state")), false, false}, config, probes, sessions};

        World()
        {
            ReconcileService::Box box;
            box.groupId = [](const QString &) { return std::optional<quint32>(); };
            box.foreignDrops = [] { return QList<reconcile::ForeignDrop>(); };
            box.openMonitor = []() -> Result<nft::Monitor> { return fail(ErrorCode::Unavailable, QStringLiteral("no monitor here")); };
            box.startCapture = [this](const config::Config &c) -> Result<std::unique_ptr<capture::Capture>> {
                captureStarts << c.capture.tun;
                return fail(ErrorCode::KernelFailed, QStringLiteral("no TUN in this test"));
            };
            reconcile.useBox(std::move(box));
            sessions.setHooks(reconcile.sessionHooks());
        }
        void start() { reconcile.useKernel(fake::fakePorts(kernel), std::make_unique<fake::FakeRoute>(kernel)); }
    };

private Q_SLOTS:
    void unavailableUntilTheKernelIsThere()
    {
        World w;
        QVERIFY(!w.reconcile.reconciler());
        QCOMPARE(w.reconcile.unavailableReason(), QStringLiteral("bywayd has not started"));
        QCOMPARE(w.reconcile.applyState().value(u"state").toString(), QStringLiteral("unavailable"));
        w.start();
        QVERIFY(w.reconcile.reconciler());
        QVERIFY(w.reconcile.unavailableReason().isEmpty());
    }

    void startupBringsBackTheStoredConfig()
    {
        World w;
        QVERIFY(w.config.load());
        QVERIFY(w.config.save(gateway(), std::nullopt));
        QVERIFY(!w.kernel.table);
        w.start();
        QVERIFY2(w.kernel.table, "the start-up apply wrote Byway's table");
        QCOMPARE(w.reconcile.applyState().value(u"state").toString(), QStringLiteral("applied"));
        QCOMPARE(w.reconcile.reconciler()->applied().role, config::Role::VpnGateway);
    }

    void applyStoresThroughTheConfigService()
    {
        World w;
        QVERIFY(w.config.load());
        w.start();
        const qint64 before = w.config.revision();
        auto report = w.reconcile.reconciler()->apply(gateway(), reconcile::Caller{0, QStringLiteral("test")}, 0);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(w.config.revision(), before + 1);
        QVERIFY(w.config.holds(gateway()));
        // The same config again: nothing written, the revision stays.
        QVERIFY(w.reconcile.reconciler()->apply(gateway(), reconcile::Caller{0, QStringLiteral("test")}, 0));
        QCOMPARE(w.config.revision(), before + 1);
    }

    void captureIsAskedOfTheBoxBeforeTheKernel()
    {
        World w;
        QVERIFY(w.config.load());
        w.start();
        const int writesBefore = w.kernel.writes;
        config::Config c = gateway();
        c.capture.mode = config::CaptureMode::On;
        auto report = w.reconcile.reconciler()->apply(c, reconcile::Caller{0, QStringLiteral("test")}, 0);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(u"no TUN in this test"), qPrintable(report.error().toString()));
        QCOMPARE(w.captureStarts, QStringList{c.capture.tun});
        QCOMPARE(w.kernel.writes, writesBefore);
        QCOMPARE(w.reconcile.captureSummary().value(u"active").toBool(), false);
        QCOMPARE(w.reconcile.captureSummary().value(u"problem").toString(), QStringLiteral("no TUN in this test"));
        QVERIFY(!w.config.holds(c));
    }

    void probeFinishedRepairsDrift()
    {
        World w;
        QVERIFY(w.config.load());
        QVERIFY(w.config.save(gateway(), std::nullopt));
        w.start();
        QVERIFY(w.kernel.table);
        QCOMPARE(w.reconcile.driftCount(), 0);
        w.kernel.table.reset(); // someone flushed Byway's table
        QVERIFY(w.probes.run(probe::Options{}, [](const probe::Report &) {}));
        QTRY_COMPARE(w.reconcile.driftCount(), 1);
        QVERIFY2(w.kernel.table, "the drift check after the probe put the table back");
        QCOMPARE(w.reconcile.applyState().value(u"state").toString(), QStringLiteral("applied"));
    }

    // session.list on a big VPN server: filtered by user, at most `limit`,
    // and no more rows than fit in the budget, with `count` of them all.
    void sessionListWithinItsBudget()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sessions.json"));
        const QString expires = QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate);
        QJsonArray stored;
        for (int i = 0; i < 5000; ++i)
            stored.append(QJsonObject{{QStringLiteral("user"), QStringLiteral("user%1").arg(i)},
                                      {QStringLiteral("address"), QStringLiteral("10.%1.%2.%3").arg(i / 65536).arg(i / 256 % 256).arg(i % 256)},
                                      {QStringLiteral("interface"), QStringLiteral("vpns%1").arg(i)},
                                      {QStringLiteral("server"), QStringLiteral("uid 0")},
                                      {QStringLiteral("since"), expires},
                                      {QStringLiteral("expires"), expires}});
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("sessions"), stored}}).toJson());
        f.close();
        services::SessionService sessions(path);
        sessions.load();

        QCOMPARE(sessions.list().value(u"sessions").toArray().size(), 5000);
        const QJsonObject listed = sessions.list({}, std::numeric_limits<qint64>::max(), rpc::kListRowsBytes);
        const QJsonArray rows = listed.value(u"sessions").toArray();
        QCOMPARE(listed.value(u"count").toInteger(), 5000);
        QVERIFY2(rows.size() > 1000 && rows.size() < 5000, qPrintable(QString::number(rows.size())));
        QVERIFY(QJsonDocument(rows).toJson(QJsonDocument::Compact).size() <= rpc::kListRowsBytes);
        // One more row would not have fitted.
        QJsonArray more = rows;
        more.append(sessions.list(QStringLiteral("user4999")).value(u"sessions").toArray().first());
        QVERIFY(QJsonDocument(more).toJson(QJsonDocument::Compact).size() > rpc::kListRowsBytes);

        const QJsonObject one = sessions.list(QStringLiteral("user42"));
        QCOMPARE(one.value(u"count").toInteger(), 1);
        QCOMPARE(one.value(u"sessions").toArray().first().toObject().value(u"address").toString(), QStringLiteral("10.0.0.42"));
        const QJsonObject ten = sessions.list({}, 10);
        QCOMPARE(ten.value(u"sessions").toArray().size(), 10);
        QCOMPARE(ten.value(u"count").toInteger(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestReconcileService)
#include "tst_helper_reconcileservice.moc"
