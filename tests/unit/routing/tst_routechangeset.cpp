// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeSet order and rollback, and diff minimality, against a fake kernel.
#include "routing/changeset.h"

#include <QtTest>

using byway::Error;
using byway::ErrorCode;
using byway::Result;
using byway::fail;
using namespace byway::route;

namespace {

Prefix P(const char *s)
{
    return *Prefix::parse(QString::fromLatin1(s));
}

// Records every call as its ip text; fails the call number `failAt` (1-based).
class FakeApplier final : public Applier {
public:
    QStringList log;
    int failAt = 0;
    QHash<QString, QString> sysctls;

    Result<void> step(const QString &text)
    {
        log << text;
        if (log.size() == failAt) {
            Error e = Error::make(ErrorCode::KernelFailed, text + QStringLiteral(": Network is unreachable"));
            e.sysErrno = ENETUNREACH;
            return std::unexpected(e);
        }
        return {};
    }
    Result<void> addRoute(const RouteSpec &r) override { return step(r.toIpText()); }
    Result<void> deleteRoute(const RouteSpec &r) override { return step(r.toIpText(QStringLiteral("del"))); }
    Result<void> addRule(const RuleSpec &r) override { return step(r.toIpText()); }
    Result<void> deleteRule(const RuleSpec &r) override { return step(r.toIpText(QStringLiteral("del"))); }
    Result<void> addAddress(const AddressSpec &a) override { return step(a.toIpText()); }
    Result<void> deleteAddress(const AddressSpec &a) override { return step(a.toIpText(QStringLiteral("del"))); }
    Result<QString> setSysctl(const QString &key, const QString &value) override
    {
        if (auto ok = step(SysctlValue{key, value}.toIpText()); !ok)
            return std::unexpected(ok.error());
        return std::exchange(sysctls[key], value);
    }
};

RouteSpec mkRoute(const char *dst, quint32 table, const char *gw = "10.0.0.1")
{
    RouteSpec r;
    r.dst = P(dst);
    r.table = table;
    r.gateway = QHostAddress(QString::fromLatin1(gw));
    r.dev = QStringLiteral("wan0");
    return r;
}

RuleSpec rule(quint32 prio, quint32 table)
{
    RuleSpec r;
    r.priority = prio;
    r.fwmark = 0x10000;
    r.fwmask = 0x10000;
    r.table = table;
    return r;
}

} // namespace

class TstRouteChangeSet : public QObject {
    Q_OBJECT
private slots:
    void appliesInOrder()
    {
        ChangeSet cs;
        cs.add(Change::Op::Add, mkRoute("0.0.0.0/0", 2101));
        cs.add(Change::Op::Add, rule(1000, 2101));
        FakeApplier k;
        QVERIFY(cs.apply(k));
        QCOMPARE(k.log, cs.toIpText());
    }

    void failurePartWayUndoesInReverse()
    {
        ChangeSet cs;
        cs.add(Change::Op::Set, SysctlValue{QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("1")});
        cs.add(Change::Op::Add, mkRoute("10.1.0.0/16", 2101));
        cs.add(Change::Op::Add, mkRoute("10.2.0.0/16", 2101, "192.0.2.1")); // fails
        cs.add(Change::Op::Add, rule(1000, 2101));
        FakeApplier k;
        k.sysctls.insert(QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("0"));
        k.failAt = 3;
        auto r = cs.apply(k);
        QVERIFY(!r);
        QCOMPARE(r.error().sysErrno, ENETUNREACH);
        QVERIFY(r.error().message.contains(QStringLiteral("192.0.2.1")));
        const QStringList expected{
            QStringLiteral("sysctl -w net.ipv4.ip_forward=1"),
            QStringLiteral("ip route add 10.1.0.0/16 via 10.0.0.1 dev wan0 table 2101 proto 183"),
            QStringLiteral("ip route add 10.2.0.0/16 via 192.0.2.1 dev wan0 table 2101 proto 183"),
            // undo, newest first; the sysctl gets the value it had
            QStringLiteral("ip route del 10.1.0.0/16 via 10.0.0.1 dev wan0 table 2101 proto 183"),
            QStringLiteral("sysctl -w net.ipv4.ip_forward=0"),
        };
        QCOMPARE(k.log, expected);
        QCOMPARE(k.sysctls.value(QStringLiteral("net/ipv4/ip_forward")), QStringLiteral("0"));
    }

    void failedUndoIsNamed()
    {
        ChangeSet cs;
        cs.add(Change::Op::Add, mkRoute("10.1.0.0/16", 1));
        cs.add(Change::Op::Add, mkRoute("10.2.0.0/16", 1));
        cs.add(Change::Op::Add, mkRoute("10.3.0.0/16", 1));
        FakeApplier k;
        k.failAt = 3;
        // make the first undo (4th call) fail as well
        struct Twice final : Applier {
            FakeApplier &f;
            explicit Twice(FakeApplier &x) : f(x) {}
            Result<void> addRoute(const RouteSpec &r) override { return f.addRoute(r); }
            Result<void> deleteRoute(const RouteSpec &r) override
            {
                f.log << r.toIpText(QStringLiteral("del"));
                return fail(ErrorCode::KernelFailed, QStringLiteral("undo failed"));
            }
            Result<void> addRule(const RuleSpec &r) override { return f.addRule(r); }
            Result<void> deleteRule(const RuleSpec &r) override { return f.deleteRule(r); }
            Result<void> addAddress(const AddressSpec &a) override { return f.addAddress(a); }
            Result<void> deleteAddress(const AddressSpec &a) override { return f.deleteAddress(a); }
            Result<QString> setSysctl(const QString &key, const QString &v) override { return f.setSysctl(key, v); }
        } twice(k);
        auto r = cs.apply(twice);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("rollback incomplete")));
        QCOMPARE(k.log.size(), 5); // 3 tries + 2 undos, both attempted
    }

    void diffIsMinimalAndOrdered()
    {
        State want;
        want.routes = {mkRoute("0.0.0.0/0", 2101), mkRoute("10.1.0.0/16", 2101)};
        want.rules = {rule(1000, 2101)};
        want.sysctls = {{QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("1")}};
        State have;
        // what the kernel reports: scope resolved, dst normalised
        RouteSpec kernelDefault = mkRoute("0.0.0.0/0", 2101);
        kernelDefault.scope = Scope::Universe;
        RouteSpec stale = mkRoute("10.9.0.0/16", 2101);
        have.routes = {kernelDefault, stale};
        RuleSpec oldRule = rule(1001, 2102);
        have.rules = {oldRule};
        have.sysctls = {{QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("0")}};
        const ChangeSet cs = diff(want, have);
        const QStringList expected{
            oldRule.toIpText(QStringLiteral("del")),
            stale.toIpText(QStringLiteral("del")),
            QStringLiteral("sysctl -w net.ipv4.ip_forward=1"),
            mkRoute("10.1.0.0/16", 2101).toIpText(),
            rule(1000, 2101).toIpText(),
        };
        QCOMPARE(cs.toIpText(), expected);
        QCOMPARE(cs.changes.at(2).previous, QStringLiteral("0"));
    }

    void sameStateTwiceIsNoChange()
    {
        State s;
        for (int i = 0; i < 200; ++i)
            s.routes << mkRoute(qPrintable(QStringLiteral("10.%1.%2.0/24").arg(i / 250).arg(i % 250)), 2101);
        RouteSpec v6;
        v6.family = Family::V6;
        v6.dst = P("2001:db8::/32");
        v6.type = RouteType::Blackhole;
        s.routes << v6;
        s.rules = {rule(1000, 2101)};
        State kernel = s;
        // the kernel's view of the IPv6 route carries its default metric
        kernel.routes.last().metric = kIpv6DefaultMetric;
        kernel.rules.first().fwmask = 0x10000;
        QVERIFY(diff(s, kernel).isEmpty());
        // duplicates in desired are added once
        State dup;
        dup.routes = {mkRoute("10.0.0.0/8", 5), mkRoute("10.0.0.0/8", 5)};
        QCOMPARE(diff(dup, State{}).size(), 1);
    }

    void inverseUndoesInReverse()
    {
        ChangeSet cs;
        cs.add(Change::Op::Add, mkRoute("10.1.0.0/16", 2101));
        cs.add(Change::Op::Delete, rule(1000, 2101));
        cs.add(Change::Op::Set, SysctlValue{QStringLiteral("net/ipv4/ip_forward"), QStringLiteral("1")}, QStringLiteral("0"));
        const ChangeSet inv = cs.inverse();
        QCOMPARE(inv.toIpText(), (QStringList{QStringLiteral("sysctl -w net.ipv4.ip_forward=0"), rule(1000, 2101).toIpText(),
                                              mkRoute("10.1.0.0/16", 2101).toIpText(QStringLiteral("del"))}));
        QCOMPARE(cs.toJson().size(), 3);
        QCOMPARE(cs.toJson().at(2).toObject().value(QStringLiteral("previous")).toString(), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TstRouteChangeSet)
#include "tst_routechangeset.moc"
