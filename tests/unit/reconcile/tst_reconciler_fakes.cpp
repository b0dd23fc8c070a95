// SPDX-License-Identifier: GPL-3.0-or-later
// The reconciler's transaction logic on an in-memory kernel, without root:
// plan, apply and a no-change re-apply, a failure half-way rolled back to
// exactly what was there, commit-confirm expiry, drift found, named and
// repaired (or only reported). kernel.tst_reconciler does the same against
// the real kernel in a private namespace.
#include "../../common/fakekernel.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace byway;
using namespace byway::reconcile;

namespace {

using fake::FakeNft;
using fake::FakeRoute;
using fake::FakeSysctl;
using fake::Kernel;

config::Config gateway(const QString &pool = QStringLiteral("10.8.0.0/24"))
{
    config::Config c;
    c.role = config::Role::VpnGateway;
    c.interfaces.wan = {QStringLiteral("wan0")};
    c.interfaces.tunnels = {QStringLiteral("vpns*")};
    config::Pool p;
    p.name = QStringLiteral("vpn");
    p.subnet = *config::Prefix::parse(pool);
    p.exit = QStringLiteral("isp2");
    c.pools = {p};
    c.nat.masquerade = {config::Masquerade{p.subnet, QStringLiteral("wan0")}};
    config::Exit e;
    e.name = QStringLiteral("isp2");
    e.mark = 0x10000;
    e.table = 2200;
    c.exits = {e};
    return c;
}

} // namespace

class TestReconcilerFakes : public QObject
{
    Q_OBJECT

    Kernel m_k;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Reconciler> m_r;
    QList<config::Config> m_stored;

    void fresh()
    {
        m_k = Kernel{};
        m_k.sysctls = {{QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("0")},
                       {QStringLiteral("net/ipv4/conf/all/src_valid_mark"), QStringLiteral("0")}};
        m_stored.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        restart();
    }
    // A new Reconciler on the same kernel and state directory: a bywayd restart.
    void restart()
    {
        m_r.reset();
        Reconciler::Ports ports{std::make_unique<FakeNft>(m_k), std::make_unique<FakeSysctl>(m_k),
                                std::make_unique<FakeRoute>(m_k)};
        m_r = std::make_unique<Reconciler>(std::move(ports), m_dir->path(), [this](const config::Config &c) -> Result<qint64> {
            m_stored.append(c);
            return m_stored.size();
        });
        Environment env;
        env.mainRoutesVia = [](const QString &dev) {
            route::RouteSpec def;
            def.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
            def.gateway = QHostAddress(QStringLiteral("192.0.2.1"));
            def.dev = dev;
            return QList<route::RouteSpec>{def};
        };
        m_r->setEnvironment(env);
    }
    static const Caller &admin()
    {
        static const Caller c{1000, QStringLiteral("uid 1000")};
        return c;
    }

private Q_SLOTS:
    void init() { fresh(); }

    void planThenApplyThenNothing()
    {
        auto p = m_r->plan(gateway());
        QVERIFY(p);
        QCOMPARE(p->nftAction, Plan::NftAction::Create);
        QVERIFY(!p->routes.isEmpty());
        QCOMPARE(m_k.writes, 0); // a plan changes nothing

        auto r = m_r->apply(gateway(), admin(), 0);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(r->writes > 0);
        QVERIFY(m_k.table.has_value());
        QCOMPARE(m_k.sysctls.value(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("1"));
        QVERIFY(!m_k.routes.rules.isEmpty());

        const int writes = m_k.writes;
        auto again = m_r->apply(gateway(), admin(), 0);
        QVERIFY(again);
        QCOMPARE(again->writes, 0);
        QCOMPARE(m_k.writes, writes);
        QVERIFY(m_r->plan(gateway())->isEmpty());
    }

    void routeFailureHalfWayRollsEverythingBack()
    {
        QVERIFY(m_r->apply(gateway(), admin(), 0));
        const Kernel before = m_k;
        // The second config changes the table and the routes; its second
        // route change fails after the nft table was already replaced.
        m_k.routeChanges = 0;
        m_k.failRouteAt = 1;
        config::Config other = gateway(QStringLiteral("10.9.0.0/24"));
        other.exits[0].table = 2300;
        auto r = m_r->apply(other, admin(), 0);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::KernelFailed);
        QVERIFY(m_k.table == before.table);
        QCOMPARE(m_k.routes.routes.size(), before.routes.routes.size());
        QCOMPARE(m_k.routes.rules, before.routes.rules);
        QCOMPARE(m_k.sysctls, before.sysctls);
        QCOMPARE(m_r->applied(), gateway()); // still what the kernel holds
        m_k.failRouteAt = -1;
        QVERIFY(m_r->plan(gateway())->isEmpty());
    }

    void sysctlFailureAfterNftAndRoutesRollsBack()
    {
        m_k.failSysctl = QStringLiteral("net/ipv4/conf/all/src_valid_mark");
        auto r = m_r->apply(gateway(), admin(), 0);
        QVERIFY(!r);
        QVERIFY(!m_k.table.has_value());
        QVERIFY(m_k.routes.routes.isEmpty());
        QVERIFY(m_k.routes.rules.isEmpty());
        QCOMPARE(m_k.sysctls.value(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("0"));
        QVERIFY(m_stored.isEmpty()); // nothing stored for a config the kernel does not run
    }

    // An unprivileged container: /proc/sys read-only. A config that needs a
    // sysctl changed is refused before any kernel change, each sysctl named
    // with its value, the needed one and the container engine's flag.
    void readOnlySysctlsRefusedBeforeAnyChange()
    {
        m_k.sysctlReadOnly = true;
        const Kernel before = m_k;
        auto r = m_r->apply(gateway(), admin(), 0);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::ValidationFailed);
        QCOMPARE(m_k.writes, 0);
        QVERIFY(!m_k.table.has_value());
        QVERIFY(m_k.routes.routes.isEmpty());
        QVERIFY(m_k.routes.rules.isEmpty());
        QCOMPARE(m_k.sysctls, before.sysctls);
        QVERIFY(m_stored.isEmpty());
        const FieldError *forward = nullptr;
        for (const FieldError &e : r.error().errors) {
            QCOMPARE(e.id, QStringLiteral("env.sysctl.readonly"));
            QCOMPARE(e.code, QStringLiteral("environment"));
            if (e.args.value(u"sysctl").toString() == u"net.ipv4.ip_forward")
                forward = &e;
        }
        QVERIFY(forward);
        QCOMPARE(forward->args.value(u"current").toString(), QStringLiteral("0"));
        QCOMPARE(forward->args.value(u"needed").toString(), QStringLiteral("1"));
        QCOMPARE(forward->args.value(u"flag").toString(), QStringLiteral("--sysctl net.ipv4.ip_forward=1"));
        QVERIFY2(forward->message.contains(u"--sysctl net.ipv4.ip_forward=1"), qPrintable(forward->message));
        // config.plan says the same.
        auto p = m_r->plan(gateway());
        QVERIFY(!p);
        QCOMPARE(p.error().errors.first().id, QStringLiteral("env.sysctl.readonly"));
    }

    // The same read-only box with the values the engine set (--sysctl):
    // nothing to write, the config applies.
    void readOnlySysctlsAlreadySetApply()
    {
        m_k.sysctlReadOnly = true;
        m_k.sysctls.insert(QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("1"));
        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/all/src_valid_mark"), QStringLiteral("1"));
        auto p = m_r->plan(gateway());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QVERIFY(p->sysctls.isEmpty());
        auto r = m_r->apply(gateway(), admin(), 0);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(m_k.table.has_value());
    }

    // The capture's TUN does not exist before the apply creates it; it will
    // take conf/default's rp_filter. Loose there: nothing to write. Otherwise
    // a read-only box is told to set conf.default (the TUN is bywayd's own).
    void captureTunTakesConfDefault()
    {
        const QString tunKey = QStringLiteral("net/ipv4/conf/byway0/rp_filter");
        m_k.absentLink = QStringLiteral("byway0");
        m_k.sysctls.insert(QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("1"));
        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/all/src_valid_mark"), QStringLiteral("1"));
        m_k.sysctls.insert(QStringLiteral("net/ipv4/ping_group_range"), QStringLiteral("0 2147483647"));
        m_r->setEnvironmentFor([](const config::Config &) {
            Environment env;
            env.captureTun = QStringLiteral("byway0");
            return env;
        });
        auto keys = [](const Plan &p) {
            QStringList out;
            for (const SysctlChange &s : p.sysctls)
                out << s.key;
            return out;
        };
        auto p = m_r->plan(gateway());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(keys(*p), QStringList{tunKey});
        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/default/rp_filter"), QStringLiteral("2"));
        p = m_r->plan(gateway());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(keys(*p), QStringList{});

        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/default/rp_filter"), QStringLiteral("0"));
        m_k.absentLink.clear(); // at apply time the TUN exists, with default's 0
        m_k.sysctlReadOnly = true;
        auto r = m_r->apply(gateway(), admin(), 0);
        QVERIFY(!r);
        QCOMPARE(r.error().errors.size(), 1);
        const FieldError &e = r.error().errors.first();
        QCOMPARE(e.args.value(u"sysctl").toString(), QStringLiteral("net.ipv4.conf.byway0.rp_filter"));
        QCOMPARE(e.args.value(u"flag").toString(), QStringLiteral("--sysctl net.ipv4.conf.default.rp_filter=2"));
        QCOMPARE(m_k.writes, 0);
    }

    void confirmExpiryRestoresThePrevious()
    {
        QVERIFY(m_r->apply(gateway(), admin(), 0));
        QSignalSpy events(m_r.get(), &Reconciler::event);
        const config::Config other = gateway(QStringLiteral("10.9.0.0/24"));
        auto r = m_r->apply(other, admin(), 1);
        QVERIFY(r && r->confirmBy.isValid());
        QCOMPARE(m_r->pendingJson().value(u"who").toString(), QStringLiteral("uid 1000"));
        QTRY_VERIFY_WITH_TIMEOUT(m_r->applied() == gateway(), 5000);
        QVERIFY(m_r->pendingJson().isEmpty());
        bool timedOut = false;
        for (const QList<QVariant> &e : events)
            timedOut = timedOut || e.at(0).toString() == QLatin1String("confirm-timeout");
        QVERIFY(timedOut);
        QVERIFY(m_r->plan(gateway())->isEmpty());
    }

    void expiredConfirmAcrossARestartRollsBackAtStart()
    {
        QVERIFY(m_r->apply(gateway(), admin(), 0));
        QVERIFY(m_r->apply(gateway(QStringLiteral("10.9.0.0/24")), admin(), 1));
        restart(); // "crashed" before the timer fired; the deadline is on disk
        QThread::msleep(1100); // down past the deadline (no event loop: nothing fires)
        auto r = m_r->startup(gateway(QStringLiteral("10.9.0.0/24")));
        QVERIFY(r);
        QCOMPARE(m_r->applied(), gateway());
    }

    void driftNamedAndRepaired()
    {
        QVERIFY(m_r->apply(gateway(), admin(), 0));
        QSignalSpy events(m_r.get(), &Reconciler::event);
        m_k.table.reset();
        m_k.sysctls.insert(QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("0"));
        auto d = m_r->checkDrift();
        QVERIFY(d && *d);
        QVERIFY(m_k.table.has_value());
        QCOMPARE(m_k.sysctls.value(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("1"));
        QCOMPARE(events.size(), 1);
        QStringList ids;
        for (const QJsonValue &i : events.at(0).at(1).toJsonObject().value(u"items").toArray())
            ids << i.toObject().value(u"id").toString();
        QVERIFY2(ids.contains(u"drift.nft.table_missing"_qs), qPrintable(ids.join(u' ')));
        QVERIFY2(ids.contains(u"drift.sysctl"_qs), qPrintable(ids.join(u' ')));
        QCOMPARE(m_r->checkDrift().value(), false);
    }

    void driftOnlyReportedWhenRepairIsOff()
    {
        config::Config c = gateway();
        c.routing.repairDrift = false;
        QVERIFY(m_r->apply(c, admin(), 0));
        m_k.routes.rules.clear();
        auto d = m_r->checkDrift();
        QVERIFY(d && *d);
        QVERIFY(m_k.routes.rules.isEmpty());
    }

    void sysctlOriginsSurviveARestart()
    {
        QVERIFY(m_r->apply(gateway(), admin(), 0));
        restart();
        QVERIFY(m_r->startup(gateway()));
        QVERIFY(m_r->cleanup());
        QCOMPARE(m_k.sysctls.value(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("0"));
        QVERIFY(!m_k.table.has_value());
        QVERIFY(m_k.routes.rules.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReconcilerFakes)
#include "tst_reconciler_fakes.moc"
