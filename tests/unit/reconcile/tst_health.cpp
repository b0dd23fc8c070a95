// SPDX-License-Identifier: GPL-3.0-or-later
// config.apply's `confirm` object: what is accepted, and every refusal names
// the field and the reason. Plus the persisted form of a health-checked
// pending confirm.
#include "core/messages/messages.h"
#include "reconcile/health.h"
#include "reconcile/healthchecker.h"
#include "reconcile/pending.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace byway;
using namespace byway::reconcile;

namespace {

config::Config withExits()
{
    config::Config c = config::defaults();
    config::Exit wan;
    wan.name = QStringLiteral("wan");
    wan.mark = 0x10000;
    wan.table = 2101;
    wan.device = QStringLiteral("wan0");
    config::Exit tableOnly;
    tableOnly.name = QStringLiteral("mesh");
    tableOnly.table = 2102;
    config::Exit socks;
    socks.name = QStringLiteral("proxy");
    socks.type = config::ExitType::Socks5;
    socks.server = QStringLiteral("192.0.2.9");
    socks.port = 1080;
    c.exits = {wan, tableOnly, socks};
    config::Pool staff;
    staff.name = QStringLiteral("staff");
    staff.subnet = *config::Prefix::parse(QStringLiteral("10.8.0.0/24"));
    staff.exit = QStringLiteral("wan");
    config::Pool guests;
    guests.name = QStringLiteral("guests");
    guests.subnet = *config::Prefix::parse(QStringLiteral("10.9.0.0/24"));
    c.pools = {staff, guests};
    return c;
}

// A bypass router whose management address (bypass.address) is 192.0.2.7.
config::Config bypassAt7()
{
    config::Config c = withExits();
    c.role = config::Role::BypassRouter;
    c.interfaces.lan = {QStringLiteral("lan0")};
    c.bypass.mainRouter = QHostAddress(QStringLiteral("192.0.2.1"));
    c.bypass.address = *config::Prefix::parse(QStringLiteral("192.0.2.7/24"));
    return c;
}

const RemoteListener kWildcard{true, QHostAddress(QHostAddress::Any), 7443};

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestHealth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptsEveryKind()
    {
        auto spec = parseConfirm(json(R"({"withinSec": 30, "wait": true, "checks": [
            {"kind": "tcp", "target": "192.0.2.1:443"},
            {"kind": "icmp", "target": "2001:db8::1", "timeoutMs": 500, "name": "v6 gw"},
            {"kind": "dns", "target": "example.org", "server": "192.0.2.53", "exit": "wan"},
            {"kind": "tcp", "target": "[2001:db8::2]:80", "fromPool": "staff"},
            {"kind": "tcp", "target": "192.0.2.1:443", "fromPool": 1}]})"),
                                 withExits());
        QVERIFY2(spec.has_value(), qPrintable(spec ? QString() : spec.error().toString()));
        QCOMPARE(spec->withinSec, 30);
        QVERIFY(spec->wait);
        QCOMPARE(spec->checks.size(), 5);
        QCOMPARE(spec->checks[0].name, QStringLiteral("tcp 192.0.2.1:443"));
        QCOMPARE(spec->checks[0].timeoutMs, 3000);
        QCOMPARE(spec->checks[0].mark, 0u);
        QCOMPARE(spec->checks[1].name, QStringLiteral("v6 gw"));
        QCOMPARE(spec->checks[1].timeoutMs, 500);
        QCOMPARE(spec->checks[2].kind, HealthCheck::Kind::Dns);
        QCOMPARE(spec->checks[2].mark, 0x10000u);
        QCOMPARE(spec->checks[2].device, QStringLiteral("wan0"));
        QCOMPARE(spec->checks[2].name, QStringLiteral("dns example.org via wan"));
        // A pool's checks take its exit's route; a pool without one the main table.
        QCOMPARE(spec->checks[3].exit, QStringLiteral("wan"));
        QCOMPARE(spec->checks[3].mark, 0x10000u);
        QCOMPARE(spec->checks[3].name, QStringLiteral("tcp [2001:db8::2]:80 from pool staff"));
        QCOMPARE(spec->checks[4].fromPool, QStringLiteral("guests"));
        QVERIFY(spec->checks[4].exit.isEmpty());
        QCOMPARE(spec->checks[4].mark, 0u);
    }

    void plainConfirmHasNoChecks()
    {
        auto spec = parseConfirm(json(R"({"withinSec": 5})"), withExits());
        QVERIFY(spec.has_value());
        QCOMPARE(spec->withinSec, 5);
        QVERIFY(spec->checks.isEmpty());
        QVERIFY(!spec->wait);
    }

    void refusalsNameTheField_data()
    {
        QTest::addColumn<QString>("confirm");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("not an object") << R"(7)" << "/confirm" << "must be an object";
        QTest::newRow("within missing") << R"({"checks": []})" << "/confirm/withinSec" << "required";
        QTest::newRow("within 0") << R"({"withinSec": 0})" << "/confirm/withinSec" << "between 1 and 3600";
        QTest::newRow("within big") << R"({"withinSec": 3601})" << "/confirm/withinSec" << "between 1 and 3600";
        QTest::newRow("within text") << R"({"withinSec": "9"})" << "/confirm/withinSec" << "whole number";
        QTest::newRow("wait text") << R"({"withinSec": 9, "wait": "yes"})" << "/confirm/wait" << "true or false";
        QTest::newRow("unknown") << R"({"withinSec": 9, "within": 3})" << "/confirm/within" << "unknown";
        QTest::newRow("checks object") << R"({"withinSec": 9, "checks": {}})" << "/confirm/checks" << "list of checks";
        QTest::newRow("check not object") << R"({"withinSec": 9, "checks": ["tcp"]})" << "/confirm/checks/0" << "object";
        QTest::newRow("kind missing") << R"({"withinSec": 9, "checks": [{"target": "192.0.2.1:1"}]})"
                                      << "/confirm/checks/0/kind" << "required";
        QTest::newRow("kind bad") << R"({"withinSec": 9, "checks": [{"kind": "http", "target": "192.0.2.1:1"}]})"
                                  << "/confirm/checks/0/kind" << "tcp, icmp, dns or reconnect";
        QTest::newRow("target missing") << R"({"withinSec": 9, "checks": [{"kind": "tcp"}]})" << "/confirm/checks/0/target"
                                        << "required";
        QTest::newRow("tcp no port") << R"({"withinSec": 9, "checks": [{"kind": "tcp", "target": "192.0.2.1"}]})"
                                     << "/confirm/checks/0/target" << "is not IP:port";
        QTest::newRow("tcp host name") << R"({"withinSec": 9, "checks": [{"kind": "tcp", "target": "example.org:80"}]})"
                                       << "/confirm/checks/0/target" << "\"example.org:80\" is not IP:port";
        QTest::newRow("tcp bad port") << R"({"withinSec": 9, "checks": [{"kind": "tcp", "target": "192.0.2.1:70000"}]})"
                                      << "/confirm/checks/0/target" << "\"192.0.2.1:70000\" is not IP:port";
        // Addresses that no probe can fail on (this box) or no one host has.
        QTest::newRow("icmp any") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "0.0.0.0"}]})"
                                  << "/confirm/checks/0/target" << "prove nothing";
        QTest::newRow("tcp any6") << R"({"withinSec": 9, "checks": [{"kind": "tcp", "target": "[::]:22"}]})"
                                  << "/confirm/checks/0/target" << "prove nothing";
        QTest::newRow("icmp multicast") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "224.0.0.1"}]})"
                                        << "/confirm/checks/0/target" << "prove nothing";
        QTest::newRow("tcp broadcast") << R"({"withinSec": 9, "checks": [{"kind": "tcp", "target": "255.255.255.255:80"}]})"
                                       << "/confirm/checks/0/target" << "prove nothing";
        QTest::newRow("dns server any") << R"({"withinSec": 9, "checks": [{"kind": "dns", "target": "a.b", "server": "0.0.0.0"}]})"
                                        << "/confirm/checks/0/server" << "prove nothing";
        QTest::newRow("icmp port") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1:80"}]})"
                                   << "/confirm/checks/0/target" << "no port";
        QTest::newRow("dns no server") << R"({"withinSec": 9, "checks": [{"kind": "dns", "target": "example.org"}]})"
                                       << "/confirm/checks/0/server" << "required";
        QTest::newRow("dns bad name") << R"({"withinSec": 9, "checks": [{"kind": "dns", "target": "a..b", "server": "192.0.2.53"}]})"
                                      << "/confirm/checks/0/target" << "host name";
        QTest::newRow("dns bad server") << R"({"withinSec": 9, "checks": [{"kind": "dns", "target": "a.b", "server": "ns1:53"}]})"
                                        << "/confirm/checks/0/server" << "not a DNS server's IP address";
        QTest::newRow("server on tcp") << R"({"withinSec": 9, "checks": [{"kind": "tcp", "target": "192.0.2.1:1", "server": "192.0.2.53"}]})"
                                       << "/confirm/checks/0/server" << "only dns";
        QTest::newRow("timeout small") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "timeoutMs": 99}]})"
                                       << "/confirm/checks/0/timeoutMs" << "between 100 and 30000";
        QTest::newRow("timeout big") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "timeoutMs": 30001}]})"
                                     << "/confirm/checks/0/timeoutMs" << "between 100 and 30000";
        QTest::newRow("unknown member") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "port": 1}]})"
                                        << "/confirm/checks/0/port" << "unknown";
        QTest::newRow("exit unknown") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "exit": "lte"}]})"
                                      << "/confirm/checks/0/exit" << "not in the config";
        QTest::newRow("exit socks") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "exit": "proxy"}]})"
                                    << "/confirm/checks/0/exit" << "socks5";
        QTest::newRow("exit no mark") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "exit": "mesh"}]})"
                                      << "/confirm/checks/0/exit" << "neither a mark nor a device";
        QTest::newRow("exit and pool") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "exit": "wan", "fromPool": "staff"}]})"
                                       << "/confirm/checks/0/fromPool" << "not both";
        QTest::newRow("pool unknown") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "fromPool": "nope"}]})"
                                      << "/confirm/checks/0/fromPool" << "2 pool(s)";
        QTest::newRow("pool index") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1", "fromPool": 2}]})"
                                    << "/confirm/checks/0/fromPool" << "by name or index";
        QTest::newRow("same name") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1"}, {"kind": "icmp", "target": "192.0.2.1"}]})"
                                   << "/confirm/checks/1/name" << "already named";
        QTest::newRow("second bad") << R"({"withinSec": 9, "checks": [{"kind": "icmp", "target": "192.0.2.1"}, {"kind": "tcp", "target": ""}]})"
                                    << "/confirm/checks/1/target" << "must not be empty";
    }

    void refusalsNameTheField()
    {
        QFETCH(QString, confirm);
        QFETCH(QString, field);
        QFETCH(QString, says);
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(confirm).toUtf8(), &pe);
        QVERIFY2(pe.error == QJsonParseError::NoError, qPrintable(pe.errorString()));
        auto spec = parseConfirm(doc.array().at(0), withExits());
        QVERIFY(!spec.has_value());
        QCOMPARE(spec.error().code, ErrorCode::InvalidParams);
        QCOMPARE(spec.error().field, field);
        QVERIFY2(spec.error().message.contains(says), qPrintable(spec.error().message));
        // The same refusal as a message id the GUI shows in its language.
        QCOMPARE(spec.error().errors.size(), 1);
        QVERIFY2(spec.error().errors.first().id.startsWith(u"confirm."), qPrintable(spec.error().errors.first().id));
        QCOMPARE(msg::english(spec.error().errors.first().id, spec.error().errors.first().args), spec.error().message);
    }

    void reconnectCheck()
    {
        auto spec = parseConfirm(json(R"({"withinSec": 30, "checks": [
            {"kind": "reconnect", "address": "192.0.2.7"},
            {"kind": "reconnect", "address": "192.0.2.7:7443", "name": "admin path"}]})"),
                                 bypassAt7(), kWildcard);
        QVERIFY2(spec.has_value(), qPrintable(spec ? QString() : spec.error().toString()));
        const HealthCheck &c = spec->checks.at(0);
        QCOMPARE(c.kind, HealthCheck::Kind::Reconnect);
        QCOMPARE(c.name, QStringLiteral("reconnect 192.0.2.7"));
        QCOMPARE(HealthCheck::fromJson(c.toJson()), c);
        // An IPv4 client of a dual-stack listener arrives on ::ffff:192.0.2.7.
        QVERIFY(reconnectMatches(c, QHostAddress(QStringLiteral("::ffff:192.0.2.7")), 7443));
        QVERIFY(!reconnectMatches(c, QHostAddress(QStringLiteral("192.0.2.8")), 7443));
        QVERIFY(reconnectMatches(spec->checks.at(1), QHostAddress(QStringLiteral("192.0.2.7")), 7443));
        QVERIFY(!reconnectMatches(spec->checks.at(1), QHostAddress(QStringLiteral("192.0.2.7")), 8443));
        // Listening on exactly that address is as good as a wildcard.
        QVERIFY(parseConfirm(json(R"({"withinSec": 30, "checks": [{"kind": "reconnect", "address": "192.0.2.7"}]})"),
                             bypassAt7(), RemoteListener{true, QHostAddress(QStringLiteral("192.0.2.7")), 7443})
                    .has_value());
    }

    // Nothing is probed: only an admin's request through the address passes it.
    void reconnectPassesOnARequestThroughItsAddress()
    {
        auto spec = parseConfirm(json(R"({"withinSec": 30, "checks": [{"kind": "reconnect", "address": "192.0.2.7"}]})"),
                                 bypassAt7(), kWildcard);
        QVERIFY(spec.has_value());
        HealthChecker checker;
        QSignalSpy passed(&checker, &HealthChecker::allPassed);
        checker.start(spec->checks);
        QVERIFY(checker.running());
        QCOMPARE(checker.states().at(0).state, CheckState::State::Waiting);
        QVERIFY2(checker.states().at(0).error.contains(QStringLiteral("through 192.0.2.7")),
                 qPrintable(checker.states().at(0).error));
        checker.remoteRequest(QHostAddress(QStringLiteral("192.0.2.1")), 7443); // still the old path
        QCOMPARE(passed.count(), 0);
        QVERIFY(checker.running());
        checker.remoteRequest(QHostAddress(QStringLiteral("::ffff:192.0.2.7")), 7443);
        QCOMPARE(passed.count(), 1);
        QVERIFY(!checker.running());
        QCOMPARE(checker.states().at(0).state, CheckState::State::Passed);
    }

    void reconnectRefusals_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<bool>("bypass");
        QTest::addColumn<int>("listener"); // 0 none, 1 wildcard, 2 on 192.0.2.5
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("says");
        QTest::newRow("no listener") << R"({"kind": "reconnect", "address": "192.0.2.7"})" << true << 0
                                     << "/confirm/checks/0/kind" << "--remote-listen";
        QTest::newRow("no address") << R"({"kind": "reconnect"})" << true << 1 << "/confirm/checks/0/address"
                                    << "required";
        QTest::newRow("not an ip") << R"({"kind": "reconnect", "address": "box.example"})" << true << 1
                                   << "/confirm/checks/0/address" << "\"box.example\" is not IP, IP:port";
        QTest::newRow("not the box's") << R"({"kind": "reconnect", "address": "192.0.2.9"})" << true << 1
                                       << "/confirm/checks/0/address" << "bypass.address is 192.0.2.7";
        QTest::newRow("role without one") << R"({"kind": "reconnect", "address": "192.0.2.7"})" << false << 1
                                          << "/confirm/checks/0/address" << "no address of its own";
        QTest::newRow("listener elsewhere") << R"({"kind": "reconnect", "address": "192.0.2.7"})" << true << 2
                                            << "/confirm/checks/0/address" << "accepts only on 192.0.2.5";
        QTest::newRow("other port") << R"({"kind": "reconnect", "address": "192.0.2.7:8443"})" << true << 1
                                    << "/confirm/checks/0/address" << "port is 7443";
        QTest::newRow("target") << R"({"kind": "reconnect", "address": "192.0.2.7", "target": "192.0.2.7"})" << true
                                << 1 << "/confirm/checks/0/target" << "known: kind, address, name";
        QTest::newRow("exit") << R"({"kind": "reconnect", "address": "192.0.2.7", "exit": "wan"})" << true << 1
                              << "/confirm/checks/0/exit" << "unknown member";
    }

    void reconnectRefusals()
    {
        QFETCH(QString, check);
        QFETCH(bool, bypass);
        QFETCH(int, listener);
        QFETCH(QString, field);
        QFETCH(QString, says);
        const QJsonObject confirm{{QStringLiteral("withinSec"), 30},
                                  {QStringLiteral("checks"), QJsonArray{QJsonDocument::fromJson(check.toUtf8()).object()}}};
        const RemoteListener remote = listener == 0 ? RemoteListener{}
            : listener == 1 ? kWildcard
                            : RemoteListener{true, QHostAddress(QStringLiteral("192.0.2.5")), 7443};
        auto spec = parseConfirm(confirm, bypass ? bypassAt7() : withExits(), remote);
        QVERIFY(!spec.has_value());
        QCOMPARE(spec.error().code, ErrorCode::InvalidParams);
        QCOMPARE(spec.error().field, field);
        QVERIFY2(spec.error().message.contains(says), qPrintable(spec.error().message));
        // The same refusal as a message id the GUI shows in its language.
        QCOMPARE(spec.error().errors.size(), 1);
        QVERIFY2(spec.error().errors.first().id.startsWith(u"confirm."), qPrintable(spec.error().errors.first().id));
        QCOMPARE(msg::english(spec.error().errors.first().id, spec.error().errors.first().args), spec.error().message);
    }

    void atMostSixteenChecks()
    {
        QJsonArray checks;
        for (int i = 0; i < 17; ++i)
            checks.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("icmp")},
                                      {QStringLiteral("target"), QStringLiteral("192.0.2.%1").arg(i + 1)}});
        QJsonObject confirm{{QStringLiteral("withinSec"), 9}, {QStringLiteral("checks"), checks}};
        auto spec = parseConfirm(confirm, withExits());
        QVERIFY(!spec.has_value());
        QCOMPARE(spec.error().field, QStringLiteral("/confirm/checks"));
        QVERIFY(spec.error().message.contains(QStringLiteral("16")));
        checks.removeLast();
        confirm.insert(QStringLiteral("checks"), checks);
        QVERIFY(parseConfirm(confirm, withExits()).has_value());
    }

    void pendingKeepsItsChecks()
    {
        QTemporaryDir dir;
        PendingStore store(dir.filePath(QStringLiteral("pending.json")));
        auto spec = parseConfirm(json(R"({"withinSec": 30, "checks": [
            {"kind": "dns", "target": "example.org", "server": "192.0.2.53:5353", "exit": "wan", "timeoutMs": 700}]})"),
                                 withExits());
        QVERIFY(spec.has_value());
        PendingConfirm p{QDateTime::currentDateTimeUtc().addSecs(30), 4, 7, 0, QStringLiteral("uid 0"), spec->checks};
        QVERIFY(store.save(p).has_value());
        auto back = store.load();
        QVERIFY(back.has_value());
        QCOMPARE(back->checks.size(), 1);
        QCOMPARE(back->checks.first(), spec->checks.first());
        QCOMPARE(back->restoreHistoryId, 4);
    }

    void failingSummaryNamesWhatFailed()
    {
        auto spec = parseConfirm(json(R"({"withinSec": 30, "checks": [
            {"kind": "tcp", "target": "192.0.2.1:443", "name": "web"},
            {"kind": "icmp", "target": "192.0.2.2", "name": "gw"}]})"),
                                 withExits());
        QVERIFY(spec.has_value());
        const QList<CheckState> states{{CheckState::State::Failing, QStringLiteral("connection refused")},
                                       {CheckState::State::Passed, {}}};
        QCOMPARE(failingSummary(spec->checks, states), QStringLiteral("web (tcp 192.0.2.1:443): connection refused"));
        const QJsonArray out = checkStatesJson(spec->checks, states);
        QCOMPARE(out.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failing"));
        QCOMPARE(out.at(0).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("connection refused"));
        QCOMPARE(out.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("passed"));
        QVERIFY(!out.at(1).toObject().contains(QStringLiteral("error")));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
