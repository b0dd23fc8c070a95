// SPDX-License-Identifier: GPL-3.0-or-later
#include "netfilter/nfttext.h"
#include "reconcile/desired.h"
#include "reconcile/ruleids.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace byway;
using namespace byway::reconcile;

namespace {

QString notesText(const byway::reconcile::Desired &d)
{
    QStringList all;
    for (const byway::FieldError &n : d.notes)
        all << n.message;
    return all.join(QLatin1Char(' '));
}


config::Config parse(const char *json)
{
    auto c = config::fromJson(QJsonDocument::fromJson(json).object());
    if (!c)
        qFatal("test config invalid: %s", qPrintable(c.error().toString()));
    return *c;
}

QStringList ruleIds(const nft::Table &t)
{
    QStringList out;
    for (const auto &c : t.chains)
        for (const auto &r : c.rules)
            out.append(c.name + QLatin1Char(' ') + r.id);
    return out;
}

bool hasSysctl(const Desired &d, const QString &key, const QString &value)
{
    for (const auto &s : d.sysctls)
        if (s.key == key && s.value == value)
            return true;
    return false;
}

Environment env(bool ipv6Egress, std::function<std::optional<quint32>(const QString &)> groupId = {},
                std::function<QList<route::RouteSpec>(const QString &)> mainRoutes = {})
{
    Environment e;
    e.ipv6Egress = ipv6Egress;
    e.groupId = std::move(groupId);
    e.mainRoutesVia = std::move(mainRoutes);
    return e;
}

} // namespace

class TestDesired : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noneChangesNothing()
    {
        auto d = desiredState(config::defaults(), {});
        QVERIFY(d.has_value());
        QVERIFY(!d->table.has_value());
        QVERIFY(d->sysctls.isEmpty());
    }

    void vpnGateway()
    {
        const auto c = parse(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24"}, {"name": "v6", "subnet": "fd20::/64"}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "eth0"}, {"source": "fd20::/64", "out": "eth0"}]},
            "ipv6": {"enabled": true}})");
        auto d = desiredState(c, env(false));
        QVERIFY(d.has_value());
        QVERIFY(d->table.has_value());
        const QStringList ids = ruleIds(*d->table);
        QVERIFY2(ids.contains(QStringLiteral("forward fwd.out:vpns*")), qPrintable(ids.join(QLatin1Char('|'))));
        QVERIFY(ids.contains(QStringLiteral("forward fwd.back:vpns*")));
        QVERIFY(ids.contains(QStringLiteral("postrouting masq:0")));
        QVERIFY(ids.contains(QStringLiteral("mangle_forward mss:in:vpns*")));
        // IPv6 NAT stays off while IPv6 egress fails, and says so.
        QVERIFY(!ids.contains(QStringLiteral("postrouting masq:1")));
        QVERIFY(notesText(*d).contains(QStringLiteral("fd20::/64")));
        QVERIFY(hasSysctl(*d, QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("1")));
        QVERIFY(!hasSysctl(*d, QStringLiteral("net/ipv6/conf/all/forwarding"), QStringLiteral("1")));
        QVERIFY(nft::validate(*d->table).has_value());

        // The IPv6 pool's packets do not leave un-NATed meanwhile: dropped and
        // counted under their own id, before any accept (ocserv hands out IPv6
        // addresses whatever Byway decides).
        const auto sourceIs = [](const nft::Rule &r, const char *prefix) {
            return std::any_of(r.matches.begin(), r.matches.end(), [&](const nft::Match &m) {
                return (m.kind == nft::MatchKind::IpSaddr || m.kind == nft::MatchKind::Ip6Saddr) && m.prefix.toString() == QLatin1String(prefix);
            });
        };
        const auto forwardRules = [](const Desired &x) {
            for (const nft::Chain &ch : x.table->chains)
                if (ch.name == QLatin1String("forward"))
                    return ch.rules;
            return QList<nft::Rule>{};
        };
        qsizetype held = -1;
        const QList<nft::Rule> fwd = forwardRules(*d);
        for (qsizetype i = 0; i < fwd.size(); ++i) {
            // Each pool's counters come first and only count.
            if (fwd[i].id.startsWith(u"count.")) {
                QCOMPARE(fwd[i].statement.kind, nft::StatementKind::Counter);
                QVERIFY(held < 0 && (i == 0 || fwd[i - 1].id.startsWith(u"count.")));
                continue;
            }
            if (sourceIs(fwd[i], "fd20::/64")) {
                QCOMPARE(fwd[i].id, QStringLiteral("fwd6.held:vpns*"));
                QCOMPARE(fwd[i].statement.kind, nft::StatementKind::Drop);
                held = i;
            }
            if (sourceIs(fwd[i], "10.20.0.0/24"))
                QCOMPARE(fwd[i].statement.kind, nft::StatementKind::Accept);
        }
        QVERIFY2(held >= 0, qPrintable(ids.join(QLatin1Char('|'))));
        // The held IPv6 pool has no counters of its own: nothing of it goes up.
        QVERIFY(std::none_of(fwd.begin(), fwd.end(), [&](const nft::Rule &r) { return r.id.startsWith(u"count.") && sourceIs(r, "fd20::/64"); }));
        QVERIFY(std::any_of(fwd.begin(), fwd.end(), [&](const nft::Rule &r) { return r.id.startsWith(u"count.") && sourceIs(r, "10.20.0.0/24"); }));

        auto withV6 = desiredState(c, env(true));
        QVERIFY(ruleIds(*withV6->table).contains(QStringLiteral("postrouting masq:1")));
        QVERIFY(!ruleIds(*withV6->table).contains(QStringLiteral("forward fwd6.held:vpns*")));
        for (const nft::Rule &r : forwardRules(*withV6))
            if (sourceIs(r, "fd20::/64") && !r.id.startsWith(u"count."))
                QCOMPARE(r.statement.kind, nft::StatementKind::Accept);
        QVERIFY(hasSysctl(*withV6, QStringLiteral("net/ipv6/conf/all/forwarding"), QStringLiteral("1")));

        const QString text = nft::toNftText(*d->table);
        QVERIFY2(text.contains(QStringLiteral("masquerade")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("table inet byway")));
    }

    void bypassNoNatAndAsymmetricSysctls()
    {
        const auto c = parse(R"({"version": 1, "role": "bypass-router", "interfaces": {"lan": ["br-lan"]},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"}})");
        auto d = desiredState(c, {});
        QVERIFY(d.has_value());
        const QStringList ids = ruleIds(*d->table);
        QVERIFY(ids.contains(QStringLiteral("forward fwd.out:br-lan")));
        for (const QString &id : ids)
            QVERIFY2(!id.startsWith(QStringLiteral("postrouting")), qPrintable(id));
        QVERIFY(hasSysctl(*d, QStringLiteral("net/ipv4/conf/br-lan/rp_filter"), QStringLiteral("2")));
        QVERIFY(hasSysctl(*d, QStringLiteral("net/ipv4/conf/all/send_redirects"), QStringLiteral("0")));
        QVERIFY(hasSysctl(*d, QStringLiteral("net/ipv4/conf/br-lan/send_redirects"), QStringLiteral("0")));
        // Traffic arriving from the LAN goes to the main router via Byway's
        // table, after the main table's routes but its default, at the end of
        // Byway's range: behind every exit's, session's and the capture's rule.
        QCOMPARE(d->routing.rules.size(), 2);
        QCOMPARE(d->routing.rules[0].iif, QStringLiteral("br-lan"));
        QCOMPARE(d->routing.rules[0].table, 254u);
        QCOMPARE(d->routing.rules[0].suppressPrefix, 0);
        QCOMPARE(d->routing.rules[0].priority, c.routing.priorityBase + 998);
        QCOMPARE(d->routing.rules[1].iif, QStringLiteral("br-lan"));
        QCOMPARE(d->routing.rules[1].table, c.routing.tableBase);
        QCOMPARE(d->routing.rules[1].priority, c.routing.priorityBase + 999);
        QCOMPARE(d->routing.rules[0].toIpText(),
                 QStringLiteral("ip rule add from all iif br-lan priority 21998 lookup 254 suppress_prefixlength 0 proto 183"));
        QCOMPARE(d->routing.routes[0].gateway, QHostAddress(QStringLiteral("192.168.10.1")));
        QCOMPARE(d->routing.routes[0].table, c.routing.tableBase);
    }

    void bypassExitThroughATunnel()
    {
        // Some clients leave by a tunnel to a VPN provider, masqueraded there;
        // their mark's rule comes before the way to the main router.
        const auto c = parse(R"({"version": 1, "role": "bypass-router", "interfaces": {"lan": ["br-lan"], "wan": ["wg0"]},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"},
            "pools": [{"name": "vpn", "subnet": "192.168.10.64/26", "exit": "prov"}],
            "exits": [{"name": "prov", "type": "direct", "mark": "0x10000", "table": 2150, "device": "wg0"}],
            "nat": {"masquerade": [{"source": "192.168.10.64/26", "out": "wg0"}]}})");
        auto d = desiredState(c, {});
        QVERIFY(d.has_value());
        const QStringList ids = ruleIds(*d->table);
        QVERIFY2(ids.contains(QStringLiteral("postrouting masq:0")), qPrintable(ids.join(u',')));
        QVERIFY(ids.contains(QStringLiteral("mark_prerouting mark.pool:vpn")));
        quint32 mark = 0, bypass = 0;
        for (const route::RuleSpec &r : d->routing.rules) {
            if (r.fwmark == 0x10000u)
                mark = r.priority;
            if (r.table == c.routing.tableBase)
                bypass = r.priority;
        }
        QVERIFY(mark != 0 && bypass != 0);
        QVERIFY(mark < bypass);
    }

    void wanSeparatedDnsRedirect()
    {
        const auto c = parse(R"({"version": 1, "role": "wan-separated", "interfaces": {"wan": ["eth0"]},
            "exits": [{"name": "wan", "mark": "0x00010000", "table": 2101}],
            "dns": {"wanResolver": "127.0.0.1:54", "redirectGroup": "fastd"}})");
        auto missing = desiredState(c, env(false, [](const QString &) { return std::optional<quint32>{}; }));
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().field, QStringLiteral("/dns/redirectGroup"));
        auto mainRoutes = [](const QString &dev) {
            route::RouteSpec def;
            def.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
            def.gateway = QHostAddress(QStringLiteral("192.0.2.254"));
            def.dev = dev;
            def.protocol = 16; // dhcp
            return QList<route::RouteSpec>{def};
        };
        auto d = desiredState(c, env(false, [](const QString &) { return std::optional<quint32>{4242}; }, mainRoutes));
        QVERIFY(d.has_value());
        const QString text = nft::toNftText(*d->table);
        QVERIFY2(text.contains(QStringLiteral("4242")) && text.contains(QStringLiteral("redirect")), qPrintable(text));
        QVERIFY(hasSysctl(*d, QStringLiteral("net/ipv4/conf/all/src_valid_mark"), QStringLiteral("1")));
        QVERIFY(!hasSysctl(*d, QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("1")));
        // The WAN table is the main table's default via eth0, owned by Byway,
        // selected by the exit's mark, above the table's refusing fallback.
        QCOMPARE(d->routing.routes.size(), 2);
        QCOMPARE(d->routing.routes[0].toIpText(), QStringLiteral("ip route add unreachable default table 2101 metric 4294967295 proto 183"));
        QCOMPARE(d->routing.routes[1].table, 2101u);
        QCOMPARE(d->routing.routes[1].protocol, route::kProtocol);
        QCOMPARE(d->routing.routes[1].type, route::RouteType::Unicast);
        QCOMPARE(d->routing.rules.size(), 1);
        QCOMPARE(d->routing.rules[0].fwmark, 0x00010000u);
        QCOMPARE(d->routing.rules[0].table, 2101u);
        QVERIFY(d->routing.rules[0].priority >= c.routing.priorityBase);
    }

    void compatCaptureRoutesPoolsIntoTun()
    {
        const auto c = parse(R"({"version": 1, "role": "vpn-gateway", "capture": {"mode": "on"},
            "interfaces": {"wan": ["eth0"], "tunnels": ["ppp*"]},
            "pools": [{"name": "l2tp", "subnet": "192.168.25.0/24"}],
            "nat": {"masquerade": [{"source": "192.168.25.0/24", "out": "eth0"}]}})");
        Environment e = env(false);
        e.nftUsable = false;  // the router-system case
        e.captureTun = QStringLiteral("byway0");
        auto d = desiredState(c, e);
        QVERIFY(d.has_value());
        QVERIFY(!d->table.has_value());
        QVERIFY(notesText(*d).contains(QStringLiteral("compat capture")));
        // from pool -> the TUN's table; the capture's own sockets (reserved mark) -> main first.
        const route::RuleSpec *own = nullptr;
        const route::RuleSpec *pool = nullptr;
        for (const auto &r : d->routing.rules) {
            if (r.fwmark == config::captureMark(c.routing))
                own = &r;
            if (r.from.toString() == QStringLiteral("192.168.25.0/24"))
                pool = &r;
        }
        QVERIFY(own && pool);
        QCOMPARE(own->table, 254u);
        QVERIFY(own->priority < pool->priority);
        QCOMPARE(pool->table, config::captureTable(c.routing));
        QCOMPARE(d->routing.routes.last().dev, QStringLiteral("byway0"));
        QVERIFY(hasSysctl(*d, QStringLiteral("net/ipv4/conf/byway0/rp_filter"), QStringLiteral("2")));
        // ICMP echo through ping sockets: bywayd's group in ping_group_range,
        // a wider range left as it is, the kernel's "1 0" (nobody) widened.
        const QString gid = QString::number(::getegid());
        const auto ping = std::find_if(d->sysctls.cbegin(), d->sysctls.cend(), [](const SysctlSetting &s) {
            return s.key == QLatin1String("net/ipv4/ping_group_range");
        });
        QVERIFY(ping != d->sysctls.cend());
        QCOMPARE(ping->value, gid + QLatin1Char(' ') + gid);
        QVERIFY(sysctlSatisfied(*ping, QStringLiteral("0\t2147483647")));
        QVERIFY(!sysctlSatisfied(*ping, QStringLiteral("1\t0")));
        QVERIFY(sysctlSatisfied(*ping, gid + QLatin1Char('\t') + gid));
        QVERIFY(!sysctlSatisfied(SysctlSetting{QStringLiteral("k"), QStringLiteral("1"), {}}, QStringLiteral("2")));
        // rp_filter that must not be strict: judged on max(conf/all, conf/<if>).
        const SysctlSetting rp{QStringLiteral("net/ipv4/conf/lan0/rp_filter"), QStringLiteral("2"), {},
                               SysctlSetting::Match::NotStrictRpFilter};
        QVERIFY(sysctlSatisfied(rp, QStringLiteral("0"), QStringLiteral("0")));
        QVERIFY(sysctlSatisfied(rp, QStringLiteral("2"), QStringLiteral("0")));
        QVERIFY(sysctlSatisfied(rp, QStringLiteral("0"), QStringLiteral("2")));
        QVERIFY(sysctlSatisfied(rp, QStringLiteral("2"), QStringLiteral("1"))); // max is 2
        QVERIFY(!sysctlSatisfied(rp, QStringLiteral("0"), QStringLiteral("1")));
        QVERIFY(!sysctlSatisfied(rp, QStringLiteral("1"), QStringLiteral("0")));
        QVERIFY(sysctlSatisfied(rp, QStringLiteral("0"))); // conf/all unknown: the interface's alone
        QVERIFY(!sysctlSatisfied(rp, QStringLiteral("x"), QStringLiteral("0")));
        QVERIFY(config::captureWanted(c, false));
        QVERIFY(!config::captureWanted(config::defaults(), true));
        // Without an IPv4 pool nothing is routed into it: it does not run.
        auto v6 = c;
        v6.pools.first().subnet = *config::Prefix::parse(QStringLiteral("fd00:25::/64"));
        QVERIFY(!config::captureWanted(v6, true));
    }

    void userExitOverridesPool()
    {
        const auto c = parse(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["eth0"], "tunnels": ["ppp*"]},
            "exits": [{"name": "a", "mark": "0x00010000", "table": 2101}, {"name": "b", "mark": "0x00020000", "table": 2102}],
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "exit": "a",
                       "users": [{"name": "bob", "address": "10.20.0.9", "exit": "b"}]}]})");
        auto d = desiredState(c, {});
        QVERIFY(d.has_value());
        const QStringList ids = ruleIds(*d->table);
        const qsizetype pool = ids.indexOf(QStringLiteral("mark_prerouting mark.pool:vpn"));
        const qsizetype user = ids.indexOf(QStringLiteral("mark_prerouting mark.user:bob"));
        QVERIFY(pool >= 0 && user > pool);
    }

    // An exit's table refuses what it cannot carry rather than letting the
    // lookup go on to the main table (and out of the WAN): its device
    // missing or down, or no IPv6 route. Exits sharing a table (and device)
    // write it once.
    void exitTablesFailClosed()
    {
        const auto c = parse(R"({"version": 1, "role": "vpn-gateway", "ipv6": {"enabled": true},
            "interfaces": {"wan": ["eth0"], "tunnels": ["ppp*"]},
            "exits": [{"name": "a", "mark": "0x00010000", "table": 2101, "device": "wg9"},
                      {"name": "b", "mark": "0x00020000", "table": 2101, "device": "wg9"}],
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "exit": "a"}]})");
        bool up = false;
        Environment e = env(true);
        e.linkUp = [&up](const QString &dev) { return up && dev == u"wg9"; };
        const auto texts = [&] {
            auto d = desiredState(c, e);
            QStringList out;
            for (const route::RouteSpec &r : d->routing.routes)
                out << r.toIpText();
            for (const FieldError &n : d->notes)
                if (n.id.startsWith(u"plan.exit."))
                    out << n.id;
            return out;
        };
        const QStringList fallback{QStringLiteral("ip route add unreachable default table 2101 metric 4294967295 proto 183"),
                                   QStringLiteral("ip -6 route add unreachable default table 2101 metric 4294967295 proto 183")};
        QCOMPARE(texts(), fallback + QStringList{QStringLiteral("plan.exit.device_down")});
        up = true;
        const QStringList upNow = fallback + QStringList{QStringLiteral("ip route add default dev wg9 table 2101 proto 183"),
                                                         QStringLiteral("plan.exit.no_ipv6")};
        QCOMPARE(texts(), upNow);
    }
};

QTEST_GUILESS_MAIN(TestDesired)
#include "tst_desired.moc"
