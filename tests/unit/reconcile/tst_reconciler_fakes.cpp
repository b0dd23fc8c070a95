// SPDX-License-Identifier: GPL-3.0-or-later
// The reconciler's transaction logic on an in-memory kernel, without root:
// plan, apply and a no-change re-apply, a failure half-way rolled back to
// exactly what was there, commit-confirm expiry, drift found, named and
// repaired (or only reported), health-checked confirm (kept when its checks
// pass, rolled back naming the failing one, rolled back at a restart while
// checking). kernel.tst_reconciler does the same against
// the real kernel in a private namespace.
#include "../../common/fakekernel.h"
#include "netfilter/nfttext.h"
#include "reconcile/verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
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

// The ids of the findings at `path` on a box whose UDP sockets are bound to `bound`.
QStringList findingsAt(const config::Config &c, const QString &path, QList<quint16> bound)
{
    LiveBox box;
    box.udpBound = [bound](quint16 port) { return bound.contains(port); };
    QStringList out;
    for (const FieldError &f : checkEnvironment(c, box).findings)
        if (f.path == path)
            out << f.id;
    return out;
}

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
        m_r->setEnvironment(environment());
    }
    static Environment environment()
    {
        Environment env;
        env.mainRoutesVia = [](const QString &dev) {
            route::RouteSpec def;
            def.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
            def.gateway = QHostAddress(QStringLiteral("192.0.2.1"));
            def.dev = dev;
            return QList<route::RouteSpec>{def};
        };
        return env;
    }
    static const Caller &admin()
    {
        static const Caller c{1000, QStringLiteral("uid 1000")};
        return c;
    }

    // Health-checked confirm, with real TCP probes to this host's loopback
    // (the checks need no route of the fake kernel).
    Result<ApplyReport> applyChecked(const config::Config &c, int withinSec, quint16 port)
    {
        const QJsonObject confirm{{QStringLiteral("withinSec"), withinSec},
                                  {QStringLiteral("wait"), true},
                                  {QStringLiteral("checks"),
                                   QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("tcp")},
                                                          {QStringLiteral("target"), QStringLiteral("127.0.0.1:%1").arg(port)},
                                                          {QStringLiteral("timeoutMs"), 500},
                                                          {QStringLiteral("name"), QStringLiteral("local")}}}}};
        auto spec = parseConfirm(confirm, c);
        if (!spec)
            return std::unexpected(spec.error());
        std::optional<Result<ApplyReport>> out;
        m_r->apply(c, admin(), *spec, [&out](Result<ApplyReport> r) { out = std::move(r); });
        return out ? std::move(*out) : fail(ErrorCode::Internal, QStringLiteral("no reply"));
    }
    QJsonObject outcomeOf(const ApplyReport &r)
    {
        auto outcome = std::make_shared<QJsonObject>();
        m_r->whenSettled(r.ticket, [outcome](QJsonObject o) { *outcome = std::move(o); });
        [[maybe_unused]] const bool settled = QTest::qWaitFor([&] { return !outcome->isEmpty(); }, 10000);
        return *outcome;
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

    // config.plan's diff: a changed pool is a handful of +/- lines, not the
    // whole table; a rule the kernel lost is a + line; no table is all +.
    void planDiffListsOnlyTheChange()
    {
        auto first = m_r->plan(gateway());
        QVERIFY(first);
        QCOMPARE(first->nftDiff.add.size(), first->table->ruleCount() + first->table->chains.size());
        QVERIFY(first->nftDiff.remove.isEmpty());
        QVERIFY(!diffRoutes(first->routes).rules.add.isEmpty());
        QVERIFY(m_r->apply(gateway(), admin(), 0));

        auto p = m_r->plan(gateway(QStringLiteral("10.9.0.0/24")));
        QVERIFY(p);
        QCOMPARE(p->nftAction, Plan::NftAction::Replace);
        QVERIFY(!p->nftDiff.add.isEmpty());
        QCOMPARE(p->nftDiff.add.size(), p->nftDiff.remove.size());
        QVERIFY2(p->nftDiff.add.size() < p->table->ruleCount(), qPrintable(p->nftDiff.add.join(u"\n") + QStringLiteral("\n--\n") + nft::toNftText(*p->table)));
        for (const QString &l : p->nftDiff.add)
            QVERIFY2(l.contains(QStringLiteral("10.9.0.0/24")), qPrintable(l));
        for (const QString &l : p->nftDiff.remove)
            QVERIFY2(l.contains(QStringLiteral("10.8.0.0/24")), qPrintable(l));
        const QJsonObject diff = p->toJson().value(u"diff").toObject();
        QCOMPARE(diff.value(u"nft").toObject().value(u"add").toArray().size(), p->nftDiff.add.size());
        for (const char16_t *group : {u"nft", u"rules", u"routes", u"addresses", u"sysctls"})
            QVERIFY(diff.value(QStringView(group)).toObject().value(u"add").isArray());
        // FIB rules as ip prints them, without the command: "from … lookup …".
        const QStringList fib = diffRoutes(first->routes).rules.add;
        for (const QString &l : fib)
            QVERIFY2(!l.startsWith(QStringLiteral("ip")) && !l.contains(QStringLiteral(" add ")), qPrintable(l));

        // Someone deletes one of Byway's rules: the plan puts back that one.
        nft::Rule lost = m_k.table->chains[0].rules.takeLast();
        auto repair = m_r->plan(gateway());
        QVERIFY(repair);
        QCOMPARE(repair->nftDiff.remove, QStringList());
        QCOMPARE(repair->nftDiff.add.size(), 1);
        QVERIFY2(repair->nftDiff.add.first().endsWith(QStringLiteral("comment \"%1\"").arg(lost.id)),
                 qPrintable(repair->nftDiff.add.first()));

        // A rule in Byway's table that Byway did not write comes out, named by its handle.
        m_k.table->chains[0].rules.append(lost);
        m_k.table->chains[0].rules.append(nft::Rule{QString(), {}, {}});
        auto foreign = m_r->plan(gateway());
        QVERIFY(foreign);
        QCOMPARE(foreign->nftDiff.add, QStringList());
        QCOMPARE(foreign->nftDiff.remove.size(), 1);
        QVERIFY2(foreign->nftDiff.remove.first().contains(QStringLiteral("comment \"handle 0\"")),
                 qPrintable(foreign->nftDiff.remove.first()));
        m_k.table->chains[0].rules.removeLast();

        // Role none: everything comes out.
        auto none = m_r->plan(config::Config{});
        QVERIFY(none);
        QCOMPARE(none->nftAction, Plan::NftAction::Remove);
        QVERIFY(none->nftDiff.add.isEmpty());
        QCOMPARE(none->nftDiff.remove.size(), m_k.table->ruleCount() + m_k.table->chains.size());
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
        // config.validate and the findings say it before any plan, sysctl
        // for sysctl (verdict.h LiveBox::readOnlySysctls), reading only.
        FakeSysctl sysctl(m_k);
        const QList<FieldError> early = readOnlySysctls(sysctl, gateway(), environment());
        QCOMPARE(early.size(), r.error().errors.size());
        for (qsizetype i = 0; i < early.size(); ++i) {
            QCOMPARE(early[i].id, r.error().errors[i].id);
            QCOMPARE(early[i].args, r.error().errors[i].args);
        }
        LiveBox box;
        box.readOnlySysctls = [&](const config::Config &c) { return readOnlySysctls(sysctl, c, environment()); };
        const Verdict v = checkEnvironment(gateway(), box);
        QVERIFY(!v.ok());
        QCOMPARE(v.errors.first().id, QStringLiteral("env.sysctl.readonly"));
        QCOMPARE(m_k.writes, 0);
        m_k.sysctlReadOnly = false;
        QVERIFY(readOnlySysctls(sysctl, gateway(), environment()).isEmpty());
        QVERIFY(checkEnvironment(gateway(), box).ok());
    }

    // More flows than bywayd's file limit holds sockets for: a warning where
    // the bound is set, naming the bound the capture will keep; the config applies.
    void maxFlowsBeyondTheFileLimit()
    {
        config::Config c = gateway();
        c.capture.maxFlows = 50000;
        bool captureOn = true;
        LiveBox box;
        box.captureOn = [&](const config::Config &) { return captureOn; };
        box.fileRoom = [] { return std::optional(LiveBox::FileRoom{20000, 18912}); };
        auto warning = [&] {
            const Verdict v = checkEnvironment(c, box);
            for (const FieldError &f : v.findings)
                if (f.id == u"env.capture.max_flows_files")
                    return std::optional(f);
            return std::optional<FieldError>();
        };
        const auto w = warning();
        QVERIFY(w);
        QVERIFY(checkEnvironment(c, box).ok());
        QCOMPARE(w->path, QStringLiteral("/capture/maxFlows"));
        QCOMPARE(w->severity, Severity::Warning);
        QCOMPARE(w->args.value(u"bound").toInteger(), 18912);
        QCOMPARE(w->args.value(u"limit").toInteger(), 20000);
        QVERIFY2(w->message.contains(u"50000") && w->message.contains(u"18912"), qPrintable(w->message));
        c.capture.maxFlows = 18912;
        QVERIFY(!warning());
        c.capture.maxFlows = 50000;
        captureOn = false; // no capture, no flows
        QVERIFY(!warning());
        captureOn = true;
        box.fileRoom = [] { return std::optional<LiveBox::FileRoom>(); }; // no limit
        QVERIFY(!warning());
    }

    // VPN peers outside every pool: a client's host route names its address,
    // a route to a subnet through the tunnels names that prefix, not its
    // first address; what is inside a pool is not named.
    void peersOutsideNameTheirPrefix()
    {
        LiveBox box;
        box.links = [] {
            route::Link l;
            l.name = QStringLiteral("vpns0");
            return QList<route::Link>{l};
        };
        box.addresses = [] { return QList<route::AddressSpec>{}; };
        box.mainRoutesVia = [](const QString &) {
            QList<route::RouteSpec> rs;
            for (const char *dst : {"10.8.0.7/32", "10.99.0.9/32", "fd00:1::/64"}) {
                route::RouteSpec r;
                r.dst = *config::Prefix::parse(QString::fromLatin1(dst));
                r.dev = QStringLiteral("vpns0");
                rs.append(r);
            }
            return rs;
        };
        const Verdict v = checkEnvironment(gateway(), box);
        const auto f = std::find_if(v.findings.begin(), v.findings.end(), [](const FieldError &e) { return e.id == u"env.pool.peers_outside"; });
        QVERIFY(f != v.findings.end());
        QCOMPARE(f->args.value(u"addresses").toString(), QStringLiteral("10.99.0.9 (vpns0), fd00:1::/64 (vpns0)"));
        QCOMPARE(f->args.value(u"count").toInt(), 2);
    }

    // A pool holding the box's WAN address is refused; one holding the
    // address of an interface no tunnels pattern matches, or overlapping a
    // link's subnet, is warned about; the tunnels' own addresses are the pool's.
    void poolsAgainstTheBoxsOwnAddresses()
    {
        LiveBox box;
        box.addresses = [] {
            QList<route::AddressSpec> out;
            for (const auto &[cidr, dev] : {std::pair{"203.0.113.2/24", "wan0"}, {"10.8.0.1/32", "vpns0"}, {"10.9.0.1/24", "wg0"},
                                            {"192.168.7.1/24", "lan0"}, {"127.0.0.1/8", "lo"}}) {
                route::AddressSpec a;
                a.address = *config::Prefix::parse(QString::fromLatin1(cidr));
                a.dev = QString::fromLatin1(dev);
                out.append(a);
            }
            return out;
        };
        const auto ids = [&](const QString &pool) {
            const Verdict v = checkEnvironment(gateway(pool), box);
            QStringList out;
            for (const QList<FieldError> *list : {&v.errors, &v.findings})
                for (const FieldError &f : *list)
                    if (f.id.startsWith(u"env.pool.") && f.path == u"/pools/0/subnet")
                        out << f.id;
            return out;
        };
        QCOMPARE(ids(QStringLiteral("10.8.0.0/24")), QStringList());   // vpns0's: the tunnels'
        QCOMPARE(ids(QStringLiteral("203.0.113.0/24")), QStringList{QStringLiteral("env.pool.holds_wan_address")});
        QCOMPARE(ids(QStringLiteral("0.0.0.0/0")), QStringList{QStringLiteral("env.pool.holds_wan_address")});
        QCOMPARE(ids(QStringLiteral("10.9.0.0/24")), QStringList{QStringLiteral("env.pool.holds_own_address")});
        QCOMPARE(ids(QStringLiteral("192.168.7.128/25")), QStringList{QStringLiteral("env.pool.overlaps_link")});
        QCOMPARE(ids(QStringLiteral("127.0.0.0/24")), QStringList());  // loopback is no link
        QVERIFY(!checkEnvironment(gateway(QStringLiteral("203.0.113.0/24")), box).ok());
        QVERIFY(checkEnvironment(gateway(QStringLiteral("10.9.0.0/24")), box).ok());
    }

    // IPv6 on without egress targets: nothing can ever show IPv6 egress, so
    // it stays off; said at the targets, not left to find out.
    void ipv6WithoutEgressTargetsIsWarned()
    {
        const auto warned = [](const config::Config &c) {
            const Verdict v = checkEnvironment(c, LiveBox{});
            for (const FieldError &f : v.findings)
                if (f.id == u"env.ipv6.no_egress_targets")
                    return f.path == u"/ipv6/egressTargets" && v.ok();
            return false;
        };
        config::Config c = gateway();
        QVERIFY(!warned(c));
        c.ipv6.enabled = true;
        QVERIFY(warned(c));
        c.ipv6.egressTargets = {QStringLiteral("[2001:db8::1]:443")};
        QVERIFY(!warned(c));
    }

    // A secondary router's main router is on a WAN subnet (or is the WAN's
    // point-to-point peer); elsewhere it is some other host.
    void secondaryMainRouterOnTheWan()
    {
        LiveBox box;
        box.addresses = [] {
            route::AddressSpec wan, lan, ppp;
            wan.address = *config::Prefix::parse(QStringLiteral("192.168.10.2/24"));
            wan.dev = QStringLiteral("wan0");
            lan.address = *config::Prefix::parse(QStringLiteral("192.168.20.1/24"));
            lan.dev = QStringLiteral("lan0");
            ppp.address = *config::Prefix::parse(QStringLiteral("100.64.0.2/32"));
            ppp.peer = QHostAddress(QStringLiteral("100.64.0.1"));
            ppp.dev = QStringLiteral("ppp0");
            return QList<route::AddressSpec>{wan, lan, ppp};
        };
        const auto warned = [&](const char *main, const char *wan = "wan0") {
            config::Config c;
            c.role = config::Role::SecondaryRouter;
            c.interfaces.wan = {QString::fromLatin1(wan)};
            c.interfaces.lan = {QStringLiteral("lan0")};
            c.bypass.mainRouter = QHostAddress(QString::fromLatin1(main));
            for (const FieldError &f : checkEnvironment(c, box).findings)
                if (f.id == u"env.secondary.main_router_off_wan")
                    return f.path == u"/bypass/mainRouter";
            return false;
        };
        QVERIFY(!warned("192.168.10.1"));
        QVERIFY(warned("192.168.20.254")); // the LAN side
        QVERIFY(warned("10.99.99.1"));
        QVERIFY(!warned("100.64.0.1", "ppp0"));
        QVERIFY(warned("192.168.10.1", "ppp0"));
        // On the WAN subnet but no router: this box, the network, the broadcast.
        const auto notHost = [&](const char *main) {
            config::Config c;
            c.role = config::Role::SecondaryRouter;
            c.interfaces.wan = {QStringLiteral("wan0")};
            c.interfaces.lan = {QStringLiteral("lan0")};
            c.bypass.mainRouter = QHostAddress(QString::fromLatin1(main));
            QStringList ids;
            for (const FieldError &f : checkEnvironment(c, box).findings)
                if (f.path == u"/bypass/mainRouter")
                    ids << f.id;
            return ids == QStringList{QStringLiteral("env.secondary.main_router_not_host")};
        };
        QVERIFY(notHost("192.168.10.2"));
        QVERIFY(notHost("192.168.10.0"));
        QVERIFY(notHost("192.168.10.255"));
        QVERIFY(!notHost("192.168.10.1"));
    }

    // bypass.dhcp against a DHCP server on the box: "side" needs one (Byway
    // runs none), "main" and "none" would have two; a gateway is not asked.
    void dhcpServerAgainstBypassDhcp()
    {
        const auto found = [](config::Dhcp dhcp, bool serving, config::Role role = config::Role::BypassRouter) {
            config::Config c;
            c.role = role;
            c.bypass.dhcp = dhcp;
            return findingsAt(c, QStringLiteral("/bypass/dhcp"), serving ? QList<quint16>{67} : QList<quint16>{});
        };
        QCOMPARE(found(config::Dhcp::Side, false), QStringList{QStringLiteral("env.dhcp.side_not_serving")});
        QCOMPARE(found(config::Dhcp::Side, true), QStringList());
        QCOMPARE(found(config::Dhcp::Main, false), QStringList());
        QCOMPARE(found(config::Dhcp::Main, true), QStringList{QStringLiteral("env.dhcp.also_serving")});
        QCOMPARE(found(config::Dhcp::None, true), QStringList{QStringLiteral("env.dhcp.also_serving")});
        QCOMPARE(found(config::Dhcp::Side, false, config::Role::SecondaryRouter),
                 QStringList{QStringLiteral("env.dhcp.side_not_serving")});
        QCOMPARE(found(config::Dhcp::Side, false, config::Role::VpnGateway), QStringList());
    }

    // The WAN-only resolver: a port nothing listens on, and one nothing is
    // redirected to, are said at /dns/wanResolver.
    void wanResolverListensAndIsUsed()
    {
        const auto found = [](const char *resolver, const char *group, bool listening) {
            config::Config c;
            c.role = config::Role::WanSeparated;
            c.dns.wanResolver = QString::fromLatin1(resolver);
            c.dns.redirectGroup = QString::fromLatin1(group);
            return findingsAt(c, QStringLiteral("/dns/wanResolver"), listening ? QList<quint16>{54} : QList<quint16>{67});
        };
        QCOMPARE(found("127.0.0.1:54", "fastd", false), QStringList{QStringLiteral("env.dns.resolver_not_listening")});
        QCOMPARE(found("127.0.0.1:54", "fastd", true), QStringList());
        QCOMPARE(found("[::1]:54", "fastd", true), QStringList());
        QCOMPARE(found("127.0.0.1:54", "", true), QStringList{QStringLiteral("env.dns.resolver_unused")});
    }

    // The capture takes IPv4 pools' traffic only: "on" without one is said
    // (and it does not start), an IPv6 pool beside one is noted.
    void capturePoolsAreSaid()
    {
        const auto ids = [](const config::Config &c) {
            LiveBox box;
            box.captureOn = [](const config::Config &x) { return config::captureWanted(x, false); };
            QStringList out;
            for (const FieldError &f : checkEnvironment(c, box).findings)
                if (f.id.startsWith(u"env.capture."))
                    out << f.path + u' ' + f.id;
            return out;
        };
        config::Config c = gateway();
        c.capture.mode = config::CaptureMode::On;
        QCOMPARE(ids(c), QStringList());
        c.pools.append(config::Pool{QStringLiteral("six"), *config::Prefix::parse(QStringLiteral("fd00:8::/64")), {}, {}});
        QCOMPARE(ids(c), QStringList{QStringLiteral("/pools/1/subnet env.capture.ipv6_pool")});
        c.pools.removeFirst();
        QCOMPARE(ids(c), QStringList{QStringLiteral("/capture/mode env.capture.no_ipv4_pool")});
        c.capture.mode = config::CaptureMode::Auto; // not asked for: nothing to say
        QCOMPARE(ids(c), QStringList());
    }

    // A pool or user sent out of an exit's device with nothing masquerading
    // it there is warned about, once per exit; covered, toward the main
    // router, or taken by the capture, it is not.
    void exitDevicesNeedTheirNat()
    {
        const auto found = [](const config::Config &c, bool capture = false) {
            LiveBox box;
            box.captureOn = [capture](const config::Config &) { return capture; };
            QStringList out;
            for (const FieldError &f : checkEnvironment(c, box).findings)
                if (f.id == u"env.exit.unmasqueraded")
                    out << f.args.value(QStringLiteral("exit")).toString() + u' ' + f.args.value(QStringLiteral("device")).toString()
                               + u' ' + f.args.value(QStringLiteral("who")).toString() + u' ' + f.args.value(QStringLiteral("source")).toString();
            return out;
        };
        config::Config c = gateway();
        QCOMPARE(found(c), QStringList()); // isp2 leaves by wan0, masqueraded there
        c.exits[0].device = QStringLiteral("wg0");
        config::User u{QStringLiteral("ann"), QHostAddress(QStringLiteral("10.8.0.9")), QStringLiteral("isp2")};
        c.pools[0].users = {u};
        QCOMPARE(found(c), QStringList{QStringLiteral("isp2 wg0 vpn, ann 10.8.0.0/24")});
        QCOMPARE(found(c, true), QStringList()); // the capture's sockets carry this box's address
        c.nat.masquerade.append(config::Masquerade{*config::Prefix::parse(QStringLiteral("10.8.0.0/16")), QStringLiteral("wg0")});
        QCOMPARE(found(c), QStringList());

        config::Config b;
        b.role = config::Role::BypassRouter;
        b.interfaces.lan = {QStringLiteral("lan0")};
        config::Exit e;
        e.name = QStringLiteral("prov");
        e.mark = 0x10000;
        e.table = 2150;
        e.device = QStringLiteral("lan0"); // the way to the main router: its NAT
        b.exits = {e};
        b.pools = {config::Pool{QStringLiteral("kids"), *config::Prefix::parse(QStringLiteral("192.168.10.64/26")), QStringLiteral("prov"), {}}};
        QCOMPARE(found(b), QStringList());
        b.exits[0].device = QStringLiteral("wg0");
        QCOMPARE(found(b), QStringList{QStringLiteral("prov wg0 kids 192.168.10.64/26")});
    }

    // A bypass router's pool off the LAN with no exit (a VPN server's on the
    // side box) reaches the main router un-NATed: said with the route needed.
    void bypassPoolOffTheLan()
    {
        config::Config b;
        b.role = config::Role::BypassRouter;
        b.interfaces.lan = {QStringLiteral("lan0")};
        b.bypass.mainRouter = QHostAddress(QStringLiteral("192.168.10.1"));
        b.bypass.address = *config::Prefix::parse(QStringLiteral("192.168.10.2/24"));
        b.pools = {config::Pool{QStringLiteral("vpn"), *config::Prefix::parse(QStringLiteral("10.8.0.0/24")), {}, {}},
                   config::Pool{QStringLiteral("kids"), *config::Prefix::parse(QStringLiteral("192.168.10.64/26")), {}, {}}};
        const QStringList ids = findingsAt(b, QStringLiteral("/pools/0/subnet"), {});
        QCOMPARE(ids, QStringList{QStringLiteral("env.bypass.pool_unrouted")});
        QCOMPARE(findingsAt(b, QStringLiteral("/pools/1/subnet"), {}), QStringList()); // on the LAN
        b.pools[0].exit = QStringLiteral("prov"); // leaves by its exit: checkExitNat's
        QCOMPARE(findingsAt(b, QStringLiteral("/pools/0/subnet"), {}), QStringList());
    }

    // A bypass router leaves for the main router by its primary LAN (the
    // first of interfaces.lan): bypass.address on another LAN port is
    // refused there, naming both ports; on the first one it is fine.
    void bypassAddressOnThePrimaryLan()
    {
        LiveBox box;
        box.links = [] {
            QList<route::Link> out;
            for (const char *n : {"lan0", "lan1"}) {
                route::Link l;
                l.name = QString::fromLatin1(n);
                out.append(l);
            }
            return out;
        };
        box.addresses = [] {
            QList<route::AddressSpec> out;
            for (const auto &[cidr, dev] : {std::pair{"192.168.10.2/24", "lan0"}, {"172.16.5.1/24", "lan1"}}) {
                route::AddressSpec a;
                a.address = *config::Prefix::parse(QString::fromLatin1(cidr));
                a.dev = QString::fromLatin1(dev);
                out.append(a);
            }
            return out;
        };
        config::Config b;
        b.role = config::Role::BypassRouter;
        b.interfaces.lan = {QStringLiteral("lan1"), QStringLiteral("lan0")};
        b.bypass.mainRouter = QHostAddress(QStringLiteral("192.168.10.1"));
        b.bypass.address = *config::Prefix::parse(QStringLiteral("192.168.10.2/24"));
        const auto refusal = [&](const config::Config &c) {
            const Verdict v = checkEnvironment(c, box);
            for (const FieldError &e : v.errors)
                if (e.path == u"/bypass/address")
                    return e.id + u' ' + e.args.value(u"port").toString() + u' ' + e.args.value(u"primary").toString();
            return QString();
        };
        QCOMPARE(refusal(b), QStringLiteral("env.bypass.address_not_primary lan0 lan1"));
        b.interfaces.lan = {QStringLiteral("lan0"), QStringLiteral("lan1")};
        QCOMPARE(refusal(b), QString());
        b.role = config::Role::SecondaryRouter; // routes by its WAN: any LAN port
        b.interfaces.wan = {QStringLiteral("lan9")};
        b.interfaces.lan = {QStringLiteral("lan1"), QStringLiteral("lan0")};
        QVERIFY(!refusal(b).startsWith(u"env.bypass.address_not_primary"));
    }

    // A direct exit out of an Ethernet-like link needs a next hop: with no
    // default route through it to copy, Byway's "default dev X" would ARP
    // for every destination. A point-to-point tunnel needs none.
    void exitOnAnEthernetLinkNeedsAGateway()
    {
        bool withDefault = false;
        LiveBox box;
        box.links = [] {
            QList<route::Link> out;
            for (const auto &[name, resolves] : {std::pair{"eth2", true}, {"wg0", false}}) {
                route::Link l;
                l.name = QString::fromLatin1(name);
                l.up = true;
                l.resolves = resolves;
                out.append(l);
            }
            return out;
        };
        box.mainRoutesVia = [&withDefault](const QString &dev) {
            route::RouteSpec r;
            r.dev = dev;
            r.dst = *config::Prefix::parse(withDefault ? QStringLiteral("0.0.0.0/0") : QStringLiteral("100.64.0.0/31"));
            return QList<route::RouteSpec>{r};
        };
        config::Config g = gateway();
        g.exits = {config::Exit{QStringLiteral("up2"), config::ExitType::Direct, 0x10000, 150, QStringLiteral("eth2"), {}, 0, {}, {}},
                   config::Exit{QStringLiteral("vpn"), config::ExitType::Direct, 0x20000, 151, QStringLiteral("wg0"), {}, 0, {}, {}}};
        const auto warned = [&](const char *path) {
            for (const FieldError &f : checkEnvironment(g, box).findings)
                if (f.id == u"env.exit.no_gateway" && f.path == QLatin1String(path))
                    return true;
            return false;
        };
        QVERIFY(warned("/exits/0/device"));
        QVERIFY(!warned("/exits/1/device"));
        withDefault = true;
        QVERIFY(!warned("/exits/0/device"));
    }

    // A route someone else put in an exit's table is named there: it takes
    // traffic the exit should carry (or fails the apply, a default).
    void foreignRoutesInAnExitTable()
    {
        LiveBox box;
        box.routesIn = [](quint32 table) {
            QList<route::RouteSpec> out;
            if (table != 150)
                return out;
            route::RouteSpec own, theirs;
            own.table = theirs.table = 150;
            own.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
            own.dev = QStringLiteral("wg0");
            theirs.dst = *config::Prefix::parse(QStringLiteral("198.18.0.0/15"));
            theirs.gateway = QHostAddress(QStringLiteral("192.0.2.1"));
            theirs.dev = QStringLiteral("up0");
            theirs.protocol = 3; // boot: `ip route add`
            return QList<route::RouteSpec>{own, theirs};
        };
        config::Config g = gateway();
        g.exits = {config::Exit{QStringLiteral("vpn"), config::ExitType::Direct, 0x10000, 150, QStringLiteral("wg0"), {}, 0, {}, {}},
                   config::Exit{QStringLiteral("up2"), config::ExitType::Direct, 0x20000, 151, QStringLiteral("eth2"), {}, 0, {}, {}}};
        QStringList found;
        for (const FieldError &f : checkEnvironment(g, box).findings)
            if (f.id == u"env.exit.table_foreign")
                found << f.path + u' ' + f.args.value(u"routes").toString();
        QCOMPARE(found, QStringList{QStringLiteral("/exits/0/table 198.18.0.0/15 via 192.0.2.1 dev up0 table 150 proto 3")});
    }

    // An exit refused for its own fields is not refused again where a pool
    // uses it ("no mark, table or device": the mark was the bad field).
    void exitRefusedOnceForItsMark()
    {
        const QJsonObject doc = QJsonDocument::fromJson(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "exit": "x"}],
            "exits": [{"name": "x", "type": "direct", "mark": 4294967296}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "wan0"}]}})").object();
        QStringList paths;
        for (const FieldError &e : check(doc, LiveBox{}, nullptr).errors)
            paths << e.path;
        QCOMPARE(paths, QStringList{QStringLiteral("/exits/0/mark")});
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
    // take conf/default's rp_filter. Loose or off there (and conf/all not
    // strict): nothing to write. Otherwise a read-only box is told to set
    // conf.default (the TUN is bywayd's own).
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
        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/default/rp_filter"), QStringLiteral("1"));
        auto p = m_r->plan(gateway());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(keys(*p), QStringList{tunKey});
        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/default/rp_filter"), QStringLiteral("2"));
        p = m_r->plan(gateway());
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(keys(*p), QStringList{});

        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/default/rp_filter"), QStringLiteral("0"));
        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/all/rp_filter"), QStringLiteral("0"));
        p = m_r->plan(gateway()); // off is as good as loose for the capture's replies
        QVERIFY2(p, qPrintable(p ? QString() : p.error().toString()));
        QCOMPARE(keys(*p), QStringList{});

        m_k.sysctls.insert(QStringLiteral("net/ipv4/conf/all/rp_filter"), QStringLiteral("1")); // strict wins
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

    void healthyChecksConfirmByThemselves()
    {
        QTcpServer listening;
        QVERIFY(listening.listen(QHostAddress::LocalHost));
        QVERIFY(m_r->apply(gateway(), admin(), 0));
        const config::Config other = gateway(QStringLiteral("10.9.0.0/24"));
        auto r = applyChecked(other, 30, listening.serverPort());
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->confirm.value(u"state").toString(), QStringLiteral("checking"));
        const QJsonObject outcome = outcomeOf(*r);
        QCOMPARE(outcome.value(u"state").toString(), QStringLiteral("confirmed"));
        QCOMPARE(outcome.value(u"checks").toArray().at(0).toObject().value(u"state").toString(), QStringLiteral("passed"));
        QCOMPARE(m_r->applied(), other);
        QVERIFY(m_r->pendingJson().isEmpty());
        const History::Entry newest = *m_r->history().newest();
        QCOMPARE(newest.action, QStringLiteral("confirm-healthy"));
        QCOMPARE(newest.config, other);
        // A rollback goes to the config before the checked one, not to the same one again.
        QVERIFY(m_r->rollback(admin()));
        QCOMPARE(m_r->applied(), gateway());
    }

    void failingCheckRollsBackNamingIt()
    {
        quint16 closed = 0;
        {
            QTcpServer s;
            QVERIFY(s.listen(QHostAddress::LocalHost));
            closed = s.serverPort();
        }
        QVERIFY(m_r->apply(gateway(), admin(), 0));
        auto r = applyChecked(gateway(QStringLiteral("10.9.0.0/24")), 1, closed);
        QVERIFY(r);
        QCOMPARE(m_r->pendingJson().value(u"checks").toArray().size(), 1);
        const QJsonObject outcome = outcomeOf(*r);
        QCOMPARE(outcome.value(u"state").toString(), QStringLiteral("rolled_back"));
        QVERIFY2(outcome.value(u"reason").toString().contains(QStringLiteral("local (tcp 127.0.0.1:")),
                 qPrintable(outcome.value(u"reason").toString()));
        QVERIFY(outcome.value(u"reason").toString().contains(QStringLiteral("connection refused")));
        QCOMPARE(m_r->applied(), gateway());
        QVERIFY(m_r->plan(gateway())->isEmpty());
        const History::Entry newest = *m_r->history().newest();
        QCOMPARE(newest.action, QStringLiteral("health-rollback"));
        QCOMPARE(newest.reason, outcome.value(u"reason").toString());
        QCOMPARE(newest.checks.at(0).toObject().value(u"state").toString(), QStringLiteral("failing"));
    }

    void checksPendingAcrossARestartRollBackAtStart()
    {
        QVERIFY(m_r->apply(gateway(), admin(), 0));
        auto r = applyChecked(gateway(QStringLiteral("10.9.0.0/24")), 3600, 9); // port 9: nothing listens
        QVERIFY(r);
        restart(); // "killed" while checking; the checks are on disk with the deadline an hour away
        auto s = m_r->startup(gateway(QStringLiteral("10.9.0.0/24")));
        QVERIFY(s);
        QCOMPARE(m_r->applied(), gateway());
        QVERIFY(m_r->pendingJson().isEmpty());
        const History::Entry newest = *m_r->history().newest();
        QCOMPARE(newest.action, QStringLiteral("health-rollback"));
        QCOMPARE(newest.reason, QStringLiteral("bywayd restarted before the health checks passed"));
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
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).at(0).toString(), QStringLiteral("repaired"));
        QCOMPARE(events.at(1).at(1).toJsonObject().value(u"ok").toBool(), true);
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
