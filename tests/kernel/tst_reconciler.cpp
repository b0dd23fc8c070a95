// SPDX-License-Identifier: GPL-3.0-or-later
// The reconciler against the real kernel. ctest runs this under
// `unshare --net`: a private network namespace, so nftables, interfaces and
// /proc/sys/net are this test's own.
#include "core/config/configstore.h"
#include "reconcile/explain.h"
#include "reconcile/reconciler.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace byway;
using namespace byway::reconcile;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
}

QString sysctl(const QString &key)
{
    QFile f(QStringLiteral("/proc/sys/") + key);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QStringLiteral("?");
}

bool setSysctl(const QString &key, const char *value)
{
    QFile f(QStringLiteral("/proc/sys/") + key);
    return f.open(QIODevice::WriteOnly) && f.write(QByteArray(value) + '\n') > 0;
}

// Numeric (-N): once the package is installed, rt_protos.d makes ip print
// protocol 183 as "byway".
QString ipRules()
{
    return run(QStringLiteral("ip"), {QStringLiteral("-N"), QStringLiteral("rule")});
}

QString bywayTable()
{
    return run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("byway")});
}

config::Config gateway(const char *pool = "10.20.0.0/24")
{
    const QByteArray json = QByteArray(R"({"version": 1, "role": "vpn-gateway",
        "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
        "pools": [{"name": "vpn", "subnet": "POOL"}],
        "nat": {"masquerade": [{"source": "POOL", "out": "wan0"}]}})").replace("POOL", pool);
    auto c = config::fromJson(QJsonDocument::fromJson(json).object());
    if (!c)
        qFatal("test config invalid: %s", qPrintable(c.error().toString()));
    return *c;
}

// A pool sent to a direct exit's own table: FIB rule + "default dev wan0" in table 2101.
config::Config gatewayWithExitTable(bool repairDrift = true)
{
    QByteArray json = R"({"version": 1, "role": "vpn-gateway",
        "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
        "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "exit": "wan"}],
        "exits": [{"name": "wan", "type": "direct", "device": "wan0", "table": 2101}],
        "routing": {"repairDrift": REPAIR},
        "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "wan0"}]}})";
    json.replace("REPAIR", repairDrift ? "true" : "false");
    auto c = config::fromJson(QJsonDocument::fromJson(json).object());
    if (!c)
        qFatal("test config invalid: %s", qPrintable(c.error().toString()));
    return *c;
}

QString table2101()
{
    return run(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("show"), QStringLiteral("table"), QStringLiteral("2101")});
}

config::Config bypass()
{
    auto c = config::fromJson(QJsonDocument::fromJson(R"({"version": 1, "role": "bypass-router",
        "interfaces": {"lan": ["lan0"]}, "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"}})").object());
    if (!c)
        qFatal("test config invalid: %s", qPrintable(c.error().toString()));
    return *c;
}

// Passes through to /proc/sys but fails the Nth write: a failure part-way.
class FailingSysctl final : public SysctlPort
{
public:
    explicit FailingSysctl(int failAt) : m_real(procSysctl()), m_failAt(failAt) {}
    Result<QString> read(const QString &key) override { return m_real->read(key); }
    Result<void> write(const QString &key, const QString &value) override
    {
        if (++m_count == m_failAt)
            return fail(ErrorCode::KernelFailed, QStringLiteral("injected failure writing %1").arg(key));
        return m_real->write(key, value);
    }

private:
    std::unique_ptr<SysctlPort> m_real;
    int m_failAt;
    int m_count = 0;
};

} // namespace

class TestReconciler : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<config::ConfigStore> m_store;

    std::unique_ptr<Reconciler> make(std::unique_ptr<SysctlPort> sysctl = procSysctl())
    {
        auto nft = openNetfilter();
        if (!nft)
            qFatal("netfilter: %s", qPrintable(nft.error().toString()));
        auto routing = openRouting();
        if (!routing)
            qFatal("rtnetlink: %s", qPrintable(routing.error().toString()));
        Reconciler::Ports ports{std::move(*nft), std::move(sysctl), std::move(*routing)};
        config::ConfigStore *store = m_store.get();
        return std::make_unique<Reconciler>(std::move(ports), m_dir->filePath(QStringLiteral("state")),
                                            [store](const config::Config &c) { return store->save(c); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Refuse to touch a real host: only run in a namespace of our own.
        QVERIFY2(run(QStringLiteral("ip"), {QStringLiteral("-o"), QStringLiteral("link")}).count(QLatin1Char('\n')) <= 1,
                 "expected an empty network namespace (run under unshare --net)");
        for (const char *n : {"wan0", "lan0", "vpns0"}) {
            run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("add"), QLatin1String(n), QStringLiteral("type"),
                                       QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
                                       QLatin1String(n) + QStringLiteral("p")});
            run(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"), QLatin1String(n), QStringLiteral("up")});
        }
        run(QStringLiteral("ip"), {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("192.168.10.2/24"),
                                   QStringLiteral("dev"), QStringLiteral("lan0")});
        // The WAN: an address and the main table's default route through it.
        run(QStringLiteral("ip"), {QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("192.0.2.1/24"),
                                   QStringLiteral("dev"), QStringLiteral("wan0")});
        run(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("add"), QStringLiteral("default"), QStringLiteral("via"),
                                   QStringLiteral("192.0.2.254"), QStringLiteral("dev"), QStringLiteral("wan0")});
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/conf/wan0/rp_filter")).isEmpty(), false);
        // A foreign table that every apply and rollback must leave alone.
        run(QStringLiteral("nft"), {QStringLiteral("add table inet other; add chain inet other c { type filter hook forward priority 0; policy accept; }; add rule inet other c counter")});
    }

    void init()
    {
        run(QStringLiteral("nft"), {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("byway")});
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<config::ConfigStore>(m_dir->filePath(QStringLiteral("byway.json")));
        QVERIFY(m_store->load().has_value());
        QVERIFY(setSysctl(QStringLiteral("net/ipv4/ip_forward"), "0"));
        // Strict, as many distributions ship it: a bypass router must loosen it.
        QVERIFY(setSysctl(QStringLiteral("net/ipv4/conf/all/rp_filter"), "0"));
        QVERIFY(setSysctl(QStringLiteral("net/ipv4/conf/lan0/rp_filter"), "1"));
    }

    void cleanup()
    {
        QVERIFY2(run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("other")})
                     .contains(QStringLiteral("counter")),
                 "the foreign table was touched");
    }

    void applyThenNoChangeReapply()
    {
        auto r = make();
        auto first = r->apply(gateway(), Caller{1000, {}}, 0);
        QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().toString()));
        QVERIFY(first->writes >= 2); // table + ip_forward
        QVERIFY(bywayTable().contains(QStringLiteral("masquerade")));
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("1"));
        QCOMPARE(m_store->revision(), 1);

        auto plan = r->plan(gateway());
        QVERIFY(plan.has_value());
        QVERIFY(plan->isEmpty());
        auto again = r->apply(gateway(), Caller{1000, {}}, 0);
        QVERIFY(again.has_value());
        QCOMPARE(again->writes, 0);
        QCOMPARE(again->historyId, 0); // nothing new to record
        QCOMPARE(r->history().list().size(), 1);
        QCOMPARE(r->history().list().first().uid, 1000u);
    }

    void planShowsTextAndChanges()
    {
        auto r = make();
        auto plan = r->plan(gateway());
        QVERIFY(plan.has_value());
        QCOMPARE(plan->nftAction, Plan::NftAction::Create);
        const QString text = plan->toText();
        QVERIFY2(text.contains(QStringLiteral("masquerade")) && text.contains(QStringLiteral("sysctl -w net.ipv4.ip_forward=1")),
                 qPrintable(text));
        // Planning changed nothing.
        QVERIFY(!run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("tables")}).contains(QStringLiteral("inet byway")));
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("0"));
    }

    void confirmTimeoutRestoresPrevious()
    {
        auto r = make();
        QVERIFY(r->apply(gateway(), Caller{0, {}}, 0).has_value());
        QSignalSpy spy(r.get(), &Reconciler::event);
        auto b = r->apply(bypass(), Caller{0, {}}, 1);
        QVERIFY(b.has_value());
        QVERIFY(b->confirmBy.isValid());
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/conf/lan0/rp_filter")), QStringLiteral("2"));
        QVERIFY(!bywayTable().contains(QStringLiteral("masquerade")));
        // The bypass table and its FIB rule, owned by Byway (protocol 183).
        const QString rules = ipRules();
        QVERIFY2(rules.contains(QStringLiteral("iif lan0 lookup 2100 proto 183")), qPrintable(rules));
        QVERIFY(run(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("show"), QStringLiteral("table"), QStringLiteral("2100")})
                    .contains(QStringLiteral("default via 192.168.10.1 dev lan0 proto 183")));
        // Nobody confirms: the gateway config comes back by itself.
        QTRY_VERIFY_WITH_TIMEOUT(bywayTable().contains(QStringLiteral("masquerade")), 5000);
        QVERIFY(!ipRules().contains(QStringLiteral("lookup 2100")));
        QVERIFY(sysctl(QStringLiteral("net/ipv4/conf/lan0/rp_filter")) != QStringLiteral("2"));
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/conf/all/send_redirects")), QStringLiteral("1"));
        QCOMPARE(r->applied().role, config::Role::VpnGateway);
        bool timeoutSeen = false;
        for (const auto &args : spy)
            timeoutSeen = timeoutSeen || args.at(0).toString() == QStringLiteral("confirm-timeout");
        QVERIFY(timeoutSeen);
    }

    // rp_filter off (0) lets the asymmetric return path through as loose (2)
    // does: nothing to write, so a container with a read-only /proc/sys and
    // rp_filter off can run a bypass router. Strict in conf/all makes the
    // interface's effective value strict: then conf/<if> is set to 2.
    void rpFilterOffIsLeftAlone()
    {
        QVERIFY(setSysctl(QStringLiteral("net/ipv4/conf/lan0/rp_filter"), "0"));
        auto r = make();
        auto rpChanges = [&r] {
            QStringList keys;
            auto p = r->plan(bypass());
            if (!p)
                return QStringList{p.error().toString()};
            for (const SysctlChange &c : p->sysctls)
                if (c.key.endsWith(QStringLiteral("rp_filter")))
                    keys << c.key + QLatin1Char('=') + c.to;
            return keys;
        };
        QCOMPARE(rpChanges(), QStringList{});
        QVERIFY(setSysctl(QStringLiteral("net/ipv4/conf/all/rp_filter"), "1"));
        QCOMPARE(rpChanges(), QStringList{QStringLiteral("net/ipv4/conf/lan0/rp_filter=2")});
        QVERIFY(setSysctl(QStringLiteral("net/ipv4/conf/all/rp_filter"), "0"));
    }

    void confirmKeeps()
    {
        auto r = make();
        QVERIFY(r->apply(gateway(), Caller{0, {}}, 1).has_value());
        QVERIFY(r->confirm().has_value());
        QTest::qWait(1500);
        QVERIFY(bywayTable().contains(QStringLiteral("masquerade")));
        QVERIFY(!r->confirm().has_value()); // nothing pending any more
    }

    void expiredConfirmRollsBackAtStartup()
    {
        {
            auto r = make();
            QVERIFY(r->apply(gateway(), Caller{0, {}}, 0).has_value());
            QVERIFY(r->apply(bypass(), Caller{0, {}}, 1).has_value());
            // bywayd "crashes" here: the object goes away before the deadline.
        }
        QTest::qWait(1200);
        auto r = make();
        auto s = r->startup(bypass());
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        QVERIFY(bywayTable().contains(QStringLiteral("masquerade")));
        QCOMPARE(r->applied().role, config::Role::VpnGateway);
        auto stored = config::ConfigStore(m_store->path()).load();
        QCOMPARE(stored->config.role, config::Role::VpnGateway);
    }

    void failurePartWayRestoresEverything()
    {
        auto r = make();
        QVERIFY(r->apply(gateway(), Caller{0, {}}, 0).has_value());
        const QString before = bywayTable();
        const QString rp = sysctl(QStringLiteral("net/ipv4/conf/lan0/rp_filter"));
        auto failing = make(std::make_unique<FailingSysctl>(2)); // fails on the 2nd sysctl of the bypass apply
        auto res = failing->apply(bypass(), Caller{0, {}}, 0);
        QVERIFY(!res.has_value());
        QVERIFY(res.error().message.contains(QStringLiteral("injected")));
        QCOMPARE(bywayTable(), before);
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/conf/lan0/rp_filter")), rp);
        QCOMPARE(m_store->revision(), 1); // the failed config was not stored
    }

    void driftIsRepaired()
    {
        auto r = make();
        QVERIFY(r->apply(gateway(), Caller{0, {}}, 0).has_value());
        run(QStringLiteral("nft"), {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), QStringLiteral("byway")});
        QFile f(QStringLiteral("/proc/sys/net/ipv4/ip_forward"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0\n");
        f.close();
        auto d = r->checkDrift();
        QVERIFY(d.has_value());
        QVERIFY(*d);
        QVERIFY(bywayTable().contains(QStringLiteral("masquerade")));
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("1"));
        QCOMPARE(r->checkDrift().value(), false);
    }

    // The no-change compare answers from the nftables generation and the
    // rtnetlink watch; an edit from outside must still be seen, at once.
    void cachedCompareSeesForeignEdits()
    {
        auto r = make();
        QVERIFY(r->apply(gatewayWithExitTable(), Caller{0, {}}, 0).has_value());
        QVERIFY(table2101().contains(QStringLiteral("default dev wan0")));
        for (int i = 0; i < 3; ++i) // warm: the second and third answer from the caches
            QVERIFY(r->plan(gatewayWithExitTable()).value().isEmpty());
        QVERIFY2(!r->routing().takeForeignChange(), "Byway's own changes are not foreign");

        run(QStringLiteral("nft"), {QStringLiteral("add rule inet byway postrouting counter")});
        auto p = r->plan(gatewayWithExitTable());
        QVERIFY(p.has_value());
        QCOMPARE(p->nftAction, Plan::NftAction::Replace);
        QVERIFY(p->routes.isEmpty());
        QVERIFY(r->apply(gatewayWithExitTable(), Caller{0, {}}, 0).has_value());
        QVERIFY(r->plan(gatewayWithExitTable()).value().isEmpty());

        run(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("flush"), QStringLiteral("table"), QStringLiteral("2101")});
        QVERIFY2(r->routing().takeForeignChange(), "a flush of Byway's table from outside is foreign");
        p = r->plan(gatewayWithExitTable());
        QVERIFY(p.has_value());
        QCOMPARE(p->nftAction, Plan::NftAction::None);
        QVERIFY2(!p->routes.isEmpty(), "the flushed routes must show up as changes");
        auto d = r->checkDrift();
        QVERIFY(d.has_value() && *d);
        QVERIFY(table2101().contains(QStringLiteral("default dev wan0")));
        QVERIFY(r->plan(gatewayWithExitTable()).value().isEmpty());
        QVERIFY(r->apply(config::defaults(), Caller{0, {}}, 0).has_value());
    }

    void driftReportedNotRepairedWhenAskedSo()
    {
        auto r = make();
        QVERIFY(r->apply(gatewayWithExitTable(false), Caller{0, {}}, 0).has_value());
        QStringList kinds;
        connect(r.get(), &Reconciler::event, this, [&kinds](const QString &kind, const QJsonObject &) { kinds.append(kind); });
        run(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("flush"), QStringLiteral("table"), QStringLiteral("2101")});
        auto d = r->checkDrift();
        QVERIFY(d.has_value() && *d);
        QCOMPARE(kinds, QStringList{QStringLiteral("drift")});
        QVERIFY2(table2101().trimmed().isEmpty(), "repairDrift false must leave the kernel alone");
        QVERIFY(r->apply(config::defaults(), Caller{0, {}}, 0).has_value());
    }

    void cleanupRemovesKernelStateKeepsConfig()
    {
        auto r = make();
        QVERIFY(r->apply(bypass(), Caller{0, {}}, 0).has_value());
        QVERIFY(ipRules().contains(QStringLiteral("proto 183")));
        const qint64 revision = m_store->revision();
        auto c = make()->cleanup(); // a fresh process, as the package's prerm runs it
        QVERIFY2(c.has_value(), c ? "" : qPrintable(c.error().toString()));
        QVERIFY(!run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("tables")}).contains(QStringLiteral("inet byway")));
        QVERIFY(!ipRules().contains(QStringLiteral("proto 183")));
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("0"));
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/conf/all/send_redirects")), QStringLiteral("1"));
        QCOMPARE(m_store->revision(), revision);
        QCOMPARE(config::ConfigStore(m_store->path()).load()->config.role, config::Role::BypassRouter);
    }

    void explainNamesTableAndRoute()
    {
        auto c = config::fromJson(QJsonDocument::fromJson(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
            "exits": [{"name": "wan", "mark": "0x00010000", "table": 2101, "device": "wan0"}],
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "exit": "wan",
                       "users": [{"name": "alice", "address": "10.20.0.5"}]}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "wan0"}]}})").object());
        QVERIFY2(c.has_value(), c ? "" : qPrintable(c.error().toString()));
        auto r = make();
        reconcile::Environment env;
        env.mainRoutesVia = [&r](const QString &dev) { return r->routing().mainRoutesVia(dev).value_or(QList<route::RouteSpec>{}); };
        r->setEnvironment(env);
        auto applied = r->apply(*c, Caller{0, {}}, 0);
        QVERIFY2(applied.has_value(), applied ? "" : qPrintable(applied.error().toString()));
        QVERIFY(ipRules().contains(QStringLiteral("fwmark 0x10000/0xb70000 lookup 2101")));
        QVERIFY(run(QStringLiteral("ip"), {QStringLiteral("route"), QStringLiteral("show"), QStringLiteral("table"), QStringLiteral("2101")})
                    .contains(QStringLiteral("default via 192.0.2.254 dev wan0")));

        FlowQuery q;
        q.src = QHostAddress(QStringLiteral("10.20.0.5"));
        q.dst = QHostAddress(QStringLiteral("198.51.100.7"));
        q.proto = 6;
        q.dport = 443;
        q.iif = QStringLiteral("vpns0");
        auto desired = r->appliedDesired();
        QVERIFY(desired.has_value());
        auto e = explain(q, r->applied(), *desired, r->routing(), r->counters());
        QVERIFY2(e.has_value(), e ? "" : qPrintable(e.error().toString()));
        QCOMPARE(e->value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QCOMPARE(e->value(QStringLiteral("mark")).toInteger(), 0x10000);
        const QJsonObject routeJson = e->value(QStringLiteral("route")).toObject();
        QCOMPARE(routeJson.value(QStringLiteral("table")).toInteger(), 2101);
        QCOMPARE(routeJson.value(QStringLiteral("dev")).toString(), QStringLiteral("wan0"));
        const QString text = e->value(QStringLiteral("text")).toString();
        QVERIFY2(text.contains(QStringLiteral("mark.pool:vpn")) && text.contains(QStringLiteral("masq:0")) &&
                     text.contains(QStringLiteral("fwd.out:vpns*")),
                 qPrintable(text));

        // The protocol left open: a TCP-only rule is on the path "only for
        // tcp", and the rules after it still count; for UDP it is not there.
        q.proto = 0;
        q.dport = 0;
        auto any = explain(q, r->applied(), *desired, r->routing(), r->counters());
        QVERIFY(any.has_value());
        QJsonObject mss;
        for (const QJsonValue &v : any->value(QStringLiteral("rules")).toArray())
            if (v.toObject().value(u"id").toString().startsWith(u"mss"))
                mss = v.toObject();
        QVERIFY2(mss.value(u"onlyIf").toString() == u"tcp", qPrintable(any->value(QStringLiteral("text")).toString()));
        QVERIFY2(any->value(QStringLiteral("text")).toString().contains(QStringLiteral("(only for tcp)")),
                 qPrintable(any->value(QStringLiteral("text")).toString()));
        QVERIFY(any->value(QStringLiteral("text")).toString().contains(QStringLiteral("masq:0")));
        q.proto = 17;
        auto udp = explain(q, r->applied(), *desired, r->routing(), r->counters());
        QVERIFY(udp.has_value());
        QVERIFY2(!udp->value(QStringLiteral("text")).toString().contains(QStringLiteral("mss")), qPrintable(udp->value(QStringLiteral("text")).toString()));
        // No iif, and only the default route leads back to the client (no
        // VPN session holds it): its device, said to be a guess.
        q.iif.clear();
        auto guess = explain(q, r->applied(), *desired, r->routing(), r->counters());
        QVERIFY(guess.has_value());
        QCOMPARE(guess->value(QStringLiteral("iif")).toString(), QStringLiteral("wan0"));
        QVERIFY(guess->value(QStringLiteral("iifByDefaultRoute")).toBool());
        QVERIFY2(guess->value(QStringLiteral("text")).toString().contains(QStringLiteral("no route of its own leads back to 10.20.0.5")),
                 qPrintable(guess->value(QStringLiteral("text")).toString()));
    }

    void rollbackAndRoleNoneRestoreSysctls()
    {
        auto r = make();
        QVERIFY(r->apply(gateway(), Caller{0, {}}, 0).has_value());
        QVERIFY(r->apply(gateway("10.30.0.0/24"), Caller{0, {}}, 0).has_value());
        QVERIFY(bywayTable().contains(QStringLiteral("10.30.0.0/24")));
        auto back = r->rollback(Caller{0, {}});
        QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().toString()));
        QVERIFY(bywayTable().contains(QStringLiteral("10.20.0.0/24")));
        // Role none: Byway's table goes, and ip_forward returns to what Byway found.
        QVERIFY(r->apply(config::defaults(), Caller{0, {}}, 0).has_value());
        QVERIFY(!run(QStringLiteral("nft"), {QStringLiteral("list"), QStringLiteral("tables")}).contains(QStringLiteral("inet byway")));
        QCOMPARE(sysctl(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("0"));
        QCOMPARE(r->history().list().size(), 4);
        QVERIFY(!ipRules().contains(QStringLiteral("proto 183")));
    }
};

QTEST_GUILESS_MAIN(TestReconciler)
#include "tst_reconciler.moc"
