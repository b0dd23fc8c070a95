// SPDX-License-Identifier: GPL-3.0-or-later
// The reconciler's transaction logic on an in-memory kernel, without root:
// plan, apply and a no-change re-apply, a failure half-way rolled back to
// exactly what was there, commit-confirm expiry, drift found, named and
// repaired (or only reported). kernel.tst_reconciler does the same against
// the real kernel in a private namespace.
#include "reconcile/ports.h"
#include "reconcile/reconciler.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace byway;
using namespace byway::reconcile;

namespace {

struct Kernel {
    std::optional<nft::Table> table;
    QHash<QString, QString> sysctls{{QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("0")},
                                    {QStringLiteral("net/ipv4/conf/all/src_valid_mark"), QStringLiteral("0")}};
    route::State routes;
    int failNftReplace = 0;   // > 0: that many replace() calls fail
    int failRouteAt = -1;     // the N-th route change (0-based, counted from the last reset) fails
    int routeChanges = 0;
    QString failSysctl;       // writing this key fails
    int writes = 0;
};

class FakeNft final : public NftPort
{
public:
    explicit FakeNft(Kernel &k) : m_k(k) {}
    Result<std::optional<nft::TableState>> read(const QString &) override
    {
        if (!m_k.table)
            return std::optional<nft::TableState>{};
        nft::TableState s;
        s.name = m_k.table->name;
        for (const nft::Chain &c : m_k.table->chains)
            for (const nft::Rule &r : c.rules)
                s.rules.append(nft::RuleState{c.name, r.id, 0, 1, 100, {}});
        return std::optional<nft::TableState>{s};
    }
    Result<nft::Holds> holds(const nft::Table &want) override
    {
        if (!m_k.table)
            return nft::Holds::Absent;
        return *m_k.table == want ? nft::Holds::Same : nft::Holds::Differs;
    }
    Result<void> replace(const nft::Table &t) override
    {
        if (m_k.failNftReplace > 0) {
            --m_k.failNftReplace;
            return fail(ErrorCode::KernelFailed, QStringLiteral("nft: injected failure"));
        }
        ++m_k.writes;
        m_k.table = t;
        return {};
    }
    Result<void> remove(const QString &) override
    {
        ++m_k.writes;
        m_k.table.reset();
        return {};
    }

private:
    Kernel &m_k;
};

class FakeSysctl final : public SysctlPort
{
public:
    explicit FakeSysctl(Kernel &k) : m_k(k) {}
    Result<QString> read(const QString &key) override
    {
        if (!m_k.sysctls.contains(key))
            return fail(ErrorCode::KernelFailed, key + QStringLiteral(": no such file"));
        return m_k.sysctls.value(key);
    }
    Result<void> write(const QString &key, const QString &value) override
    {
        if (key == m_k.failSysctl)
            return fail(ErrorCode::KernelFailed, key + QStringLiteral(": injected failure"));
        ++m_k.writes;
        m_k.sysctls.insert(key, value);
        return {};
    }

private:
    Kernel &m_k;
};

class FakeApplier final : public route::Applier
{
public:
    explicit FakeApplier(Kernel &k) : m_k(k) {}
    Result<void> addRoute(const route::RouteSpec &r) override { return step([&] { m_k.routes.routes.append(r.normalized()); }); }
    Result<void> deleteRoute(const route::RouteSpec &r) override
    {
        return step([&] { m_k.routes.routes.removeAll(r.normalized()); });
    }
    Result<void> addRule(const route::RuleSpec &r) override { return step([&] { m_k.routes.rules.append(r); }); }
    Result<void> deleteRule(const route::RuleSpec &r) override { return step([&] { m_k.routes.rules.removeAll(r); }); }
    Result<void> addAddress(const route::AddressSpec &a) override { return step([&] { m_k.routes.addresses.append(a); }); }
    Result<void> deleteAddress(const route::AddressSpec &a) override
    {
        return step([&] { m_k.routes.addresses.removeAll(a); });
    }
    Result<QString> setSysctl(const QString &key, const QString &value) override
    {
        const QString before = m_k.sysctls.value(key);
        m_k.sysctls.insert(key, value);
        return before;
    }

private:
    template <typename F>
    Result<void> step(F f)
    {
        if (m_k.routeChanges++ == m_k.failRouteAt)
            return fail(ErrorCode::KernelFailed, QStringLiteral("route: injected failure"));
        ++m_k.writes;
        f();
        return {};
    }
    Kernel &m_k;
};

class FakeRoute final : public RoutePort
{
public:
    explicit FakeRoute(Kernel &k) : m_k(k) {}
    Result<route::State> readOwned() override { return m_k.routes; }
    Result<void> apply(route::ChangeSet &changes) override
    {
        FakeApplier a(m_k);
        return changes.apply(a);
    }
    Result<QList<route::RouteSpec>> mainRoutesVia(const QString &dev) override
    {
        route::RouteSpec def;
        def.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
        def.gateway = QHostAddress(QStringLiteral("192.0.2.1"));
        def.dev = dev;
        def.protocol = 4;
        return QList<route::RouteSpec>{def};
    }
    Result<route::LookupResult> lookup(const route::Query &) override { return route::LookupResult{}; }

private:
    Kernel &m_k;
};

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
