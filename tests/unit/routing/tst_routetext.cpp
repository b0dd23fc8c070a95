// SPDX-License-Identifier: GPL-3.0-or-later
// Routing values: ip text, JSON round trips, normalisation.
#include "routing/mark.h"
#include "routing/sysctl.h"
#include "routing/types.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace byway::route;

namespace {
Prefix P(const char *s)
{
    return *Prefix::parse(QString::fromLatin1(s));
}
} // namespace

class TstRouteText : public QObject {
    Q_OBJECT
private slots:
    void routeText()
    {
        RouteSpec r;
        r.table = 2101;
        r.dst = P("0.0.0.0/0");
        r.gateway = QHostAddress(QStringLiteral("192.168.1.1"));
        r.dev = QStringLiteral("wan0");
        QCOMPARE(r.toIpText(), QStringLiteral("ip route add default via 192.168.1.1 dev wan0 table 2101 proto 183"));
        RouteSpec b;
        b.family = Family::V6;
        b.dst = P("2001:db8::/32");
        b.type = RouteType::Unreachable;
        b.metric = 50;
        QCOMPARE(b.toIpText(QStringLiteral("del")), QStringLiteral("ip -6 route del unreachable 2001:db8::/32 metric 50 proto 183"));
        RouteSpec l;
        l.dst = P("10.1.0.0/16");
        l.dev = QStringLiteral("lan0");
        l.prefsrc = QHostAddress(QStringLiteral("10.1.0.1"));
        QCOMPARE(l.toIpText(), QStringLiteral("ip route add 10.1.0.0/16 dev lan0 src 10.1.0.1 proto 183"));
        QCOMPARE(l.effectiveScope(), Scope::Link);
        l.scope = Scope::Universe;
        QVERIFY(l.toIpText().contains(QStringLiteral(" scope global")));
    }

    void ruleText()
    {
        RuleSpec r;
        r.priority = 1000;
        r.fwmark = 0x10000;
        r.fwmask = 0x10000;
        r.table = 2101;
        QCOMPARE(r.toIpText(), QStringLiteral("ip rule add from all fwmark 0x10000/0x10000 priority 1000 lookup 2101 proto 183"));
        RuleSpec s;
        s.family = Family::V6;
        s.priority = 9;
        s.from = P("2001:db8:1::/48");
        s.iif = QStringLiteral("br-lan");
        s.action = RuleAction::Prohibit;
        s.invert = true;
        QCOMPARE(s.toIpText(QStringLiteral("del")), QStringLiteral("ip -6 rule del not from 2001:db8:1::/48 iif br-lan priority 9 prohibit proto 183"));
        AddressSpec a{P("10.9.1.1/24"), QStringLiteral("a1")};
        QCOMPARE(a.toIpText(), QStringLiteral("ip addr add 10.9.1.1/24 dev a1 proto 183"));
        SysctlValue v{QStringLiteral("net/ipv4/conf/eth0.100/rp_filter"), QStringLiteral("2")};
        QCOMPARE(v.toIpText(), QStringLiteral("sysctl -w net.ipv4.conf.eth0/100.rp_filter=2"));
    }

    void normalisation()
    {
        RouteSpec r;
        r.family = Family::V6;
        r.dst = P("2001:db8::1/32");
        r.dev = QStringLiteral("x");
        const RouteSpec n = r.normalized();
        QCOMPARE(n.dst, P("2001:db8::/32"));
        QCOMPARE(n.metric, kIpv6DefaultMetric);
        QCOMPARE(n.scope, Scope::Universe);
        RuleSpec m;
        m.priority = 5;
        m.fwmark = 3;
        m.table = 7;
        m.from = P("0.0.0.0/0");
        const RuleSpec mn = m.normalized();
        QCOMPARE(mn.fwmask, 0xffffffffu);
        QVERIFY(!mn.from.isValid());
    }

    void jsonRoundTrip()
    {
        const QByteArray doc = R"({"routes":[{"table":2101,"dst":"default","gateway":"10.9.0.2","dev":"a0"},
            {"dst":"2001:db8::/32","type":"blackhole","table":"0x835"}],
            "rules":[{"priority":1000,"fwmark":"0x10000","fwmask":"0x10000","table":2101},
                     {"family":"inet6","priority":1001,"from":"2001:db8::/48","action":"unreachable"}],
            "addresses":[{"address":"10.9.1.1/24","dev":"a1"}],
            "sysctls":[{"key":"net/ipv4/ip_forward","value":"1"}]})";
        auto s = State::fromJson(QJsonDocument::fromJson(doc).object());
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().toString()));
        QCOMPARE(s->routes.size(), 2);
        QCOMPARE(s->routes[1].family, Family::V6);
        QCOMPARE(s->routes[1].table, 2101u);
        QCOMPARE(s->rules[1].family, Family::V6);
        auto again = State::fromJson(s->toJson());
        QVERIFY(again.has_value());
        QCOMPARE(again->routes, s->routes);
        QCOMPARE(again->rules, s->rules);
        QCOMPARE(again->addresses, s->addresses);
        QCOMPARE(again->sysctls, s->sysctls);
    }

    void jsonErrorsNameTheField()
    {
        auto bad = State::fromJson(QJsonDocument::fromJson(R"({"routes":[{"dst":"10.0.0.0/8","gateway":"fe80::1"}]})").object());
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("/routes/0/gateway"));
        auto noPrio = State::fromJson(QJsonDocument::fromJson(R"({"rules":[{"table":5}]})").object());
        QVERIFY(!noPrio);
        QCOMPARE(noPrio.error().field, QStringLiteral("/rules/0/priority"));
    }

    void sysctlKeys()
    {
        QVERIFY(Sysctl::validateKey(QStringLiteral("net/ipv4/ip_forward")));
        QVERIFY(Sysctl::validateKey(Sysctl::rpFilter(QStringLiteral("eth0.100"))));
        QVERIFY(!Sysctl::validateKey(QStringLiteral("net/ipv4/conf/../../kernel/x/rp_filter")));
        QVERIFY(!Sysctl::validateKey(Sysctl::rpFilter(QStringLiteral("a/b"))));
        QVERIFY(!Sysctl::validateKey(Sysctl::rpFilter(QStringLiteral(".."))));
        QVERIFY(!Sysctl::validateKey(QStringLiteral("kernel/panic")));
        QVERIFY(!Sysctl::validInterfaceName(QStringLiteral("sixteen-chars-xx")));
    }

    void sysctlWriteReturnsPrevious()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("net/ipv4/conf/all")));
        QFile f(dir.path() + QStringLiteral("/net/ipv4/conf/all/rp_filter"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("1\n");
        f.close();
        Sysctl s(dir.path());
        auto prev = s.write(Sysctl::rpFilter(QStringLiteral("all")), QStringLiteral("2"));
        QVERIFY(prev);
        QCOMPARE(*prev, QStringLiteral("1"));
        QCOMPARE(*s.read(Sysctl::rpFilter(QStringLiteral("all"))), QStringLiteral("2"));
        QVERIFY(!s.read(QStringLiteral("net/ipv4/missing")));
    }

    void markEnvironment()
    {
        QCOMPARE(parseMark(QStringLiteral("0x10000")), std::optional<quint32>(0x10000));
        QCOMPARE(parseMark(QStringLiteral("65536")), std::optional<quint32>(65536));
        QVERIFY(!parseMark(QStringLiteral("0x1ffffffff")));
        QVERIFY(!parseMark(QStringLiteral("-1")));
        QVERIFY(!parseMark(QStringLiteral("12abc")));
        QProcessEnvironment base;
        base.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral("/x/other.so /lib/libbywaymark.so"));
        const auto env = markedEnvironment(base, 0x10000, QStringLiteral("/lib/libbywaymark.so"));
        QCOMPARE(env.value(QStringLiteral("BYWAY_MARK")), QStringLiteral("0x10000"));
        QCOMPARE(env.value(QStringLiteral("LD_PRELOAD")), QStringLiteral("/lib/libbywaymark.so:/x/other.so"));
    }
};

QTEST_GUILESS_MAIN(TstRouteText)
#include "tst_routetext.moc"
