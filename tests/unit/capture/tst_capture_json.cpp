// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's own JSON, log and address types (it links no Qt): what
// byway-capture reads its config with and writes its snapshot in, what
// bywayd turns into QJsonValue for the protocol, and the log lines bywayd's
// categories receive (capture/qt.h); flows.list's rows within their limits.
#ifndef Q_MOC_RUN // moc cannot parse what the capture's headers include
#include "capture/engine.h"
#include "capture/json.h"
#include "capture/log.h"
#include "capture/qt.h"
#include "capture/spec.h"
#include "capture/usertotals.h"
#endif
#include "core/logging.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace byway::capture;

namespace {

struct Logged {
    QtMsgType type;
    QString category;
    QString text;
};
QList<Logged> g_logged;

void keep(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    g_logged.append(Logged{type, QString::fromLatin1(context.category), text});
}

std::vector<std::string> g_lines;

} // namespace

class TestCaptureJson : public QObject {
    Q_OBJECT

private slots:
    void writesCompactJsonInInsertionOrder()
    {
        json::Object o{{"z", 1}, {"a", json::Array{true, nullptr, 2.5, "x"}}};
        o.insert("s", std::string("quote \" backslash \\ newline \n tab \t bell \x07 ü"));
        o.insert("z", int64_t(-9000000000)); // replaced in place
        o.insert("big", uint64_t(18446744073709551615ULL)); // wraps as qint64() did
        o.insert("nan", std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(json::Value(o).serialize(),
                 std::string("{\"z\":-9000000000,\"a\":[true,null,2.5,\"x\"],"
                             "\"s\":\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 ü\",\"big\":-1,\"nan\":null}"));
        QCOMPARE(json::Value(json::Object{}).serialize(), std::string("{}"));
        QCOMPARE(json::Value(json::Array{}).serialize(), std::string("[]"));
    }

    void parsesWhatItWrites()
    {
        const std::string text = " {\"a\": [1, -2, 3.25, 1e3, true, false, null], \"b\": {\"c\": \"d\\u00fc\\ud83d\\ude00\\/\"},\n                                      \"huge\": 123456789012345678901234567890} ";
        const auto v = json::parse(text);
        QVERIFY2(v.has_value(), v ? "" : v.error().c_str());
        const json::Object &o = v->toObject();
        const json::Array &a = o.value("a").toArray();
        QCOMPARE(a.size(), size_t(7));
        QVERIFY(a[0].isInteger());
        QCOMPARE(a[1].toInteger(), int64_t(-2));
        QCOMPARE(a[2].toDouble(), 3.25);
        QCOMPARE(a[3].toInteger(), int64_t(1000)); // an integral double
        QCOMPARE(a[2].toInteger(7), int64_t(7));   // not integral: the fallback
        QVERIFY(a[4].toBool() && !a[5].toBool(true) && a[6].isNull());
        QCOMPARE(o.value("b").toObject().value("c").toString(), std::string("d\xc3\xbc\xf0\x9f\x98\x80/"));
        QVERIFY(!o.value("huge").isInteger() && o.value("huge").isNumber()); // past int64: a double
        QVERIFY(o.value("missing").isNull());
        QCOMPARE(o.value("a").toString("fallback"), std::string("fallback"));
        const auto again = json::parse(v->serialize());
        QVERIFY(again.has_value());
        QCOMPARE(again->serialize(), v->serialize());
    }

    void refusesWithWhere_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("no colon") << QStringLiteral("{\"a\" 1}") << QStringLiteral("line 1 column 6: expected ':'");
        QTest::newRow("second line") << QStringLiteral("{\"a\": 1,\n  }") << QStringLiteral("line 2 column 3: expected a member name");
        QTest::newRow("trailing") << QStringLiteral("[1] x") << QStringLiteral("line 1 column 5: unexpected text after the value");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("line 1 column 1: expected a value");
        QTest::newRow("unterminated") << QStringLiteral("[\"abc") << QStringLiteral("line 1 column 6: unterminated string");
        QTest::newRow("control") << QStringLiteral("[\"a\tb\"]") << QStringLiteral("line 1 column 4: control character in a string");
        QTest::newRow("lone surrogate") << QStringLiteral("[\"\\udc00\"]") << QStringLiteral("line 1 column 9: lone surrogate in \\u escape");
        QTest::newRow("literal") << QStringLiteral("[tru]") << QStringLiteral("line 1 column 2: unknown literal");
        QTest::newRow("number") << QStringLiteral("[1.]") << QStringLiteral("line 1 column 4: expected digits after '.'");
        QTest::newRow("deep") << QString(100, u'[') << QStringLiteral("line 1 column 66: nested too deeply");
    }

    void refusesWithWhere()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const auto v = json::parse(text.toStdString());
        QVERIFY(!v.has_value());
        QCOMPARE(QString::fromStdString(v.error()), error);
    }

    void turnsIntoQtJson()
    {
        const json::Object o{{"n", uint64_t(1) << 53 | 1}, {"d", 0.5}, {"s", "ü"}, {"a", json::Array{1, json::Object{}}},
                             {"null", nullptr}};
        const QJsonObject q = toQt(o);
        QCOMPARE(q.value(u"n").toInteger(), qint64(uint64_t(1) << 53 | 1)); // an integer, not rounded through double
        QCOMPARE(q.value(u"d").toDouble(), 0.5);
        QCOMPARE(q.value(u"s").toString(), QStringLiteral("ü"));
        QCOMPARE(q.value(u"a").toArray().size(), 2);
        QVERIFY(q.value(u"a").toArray().at(1).isObject());
        QVERIFY(q.value(u"null").isNull() && q.contains(u"null"));
    }

    void addressesAndPrefixes()
    {
        QCOMPARE(Addr::parse("10.9.0.3")->toString(), std::string("10.9.0.3"));
        QCOMPARE(Addr::parse("FD00:0::1")->toString(), std::string("fd00::1"));
        QCOMPARE((Endpoint{*Addr::parse("fd00::1"), 443}).toString(), std::string("[fd00::1]:443"));
        QVERIFY(!Addr::parse("10.9.0") && !Addr::parse("") && !Addr::parse("10.9.0.3 ") && !Addr::parse("host"));
        const auto p = PrefixSpec::parse("10.9.0.0/23");
        QVERIFY(p && p->length == 23);
        QVERIFY(p->contains(*Addr::parse("10.9.1.255")));
        QVERIFY(!p->contains(*Addr::parse("10.9.2.0")));
        QVERIFY(!p->contains(*Addr::parse("::ffff:10.9.0.1"))); // another family
        const auto six = PrefixSpec::parse("2001:db8:e000::/35");
        QVERIFY(six && six->contains(*Addr::parse("2001:db8:ffff::1")) && !six->contains(*Addr::parse("2001:db8:0::1")));
        QVERIFY(PrefixSpec::parse("0.0.0.0/0")->contains(*Addr::parse("192.0.2.1")));
        for (const char *bad : {"10.9.0.0", "10.9.0.0/33", "10.9.0.0/", "10.9.0.0/2x", "fd00::/129", "x/8"})
            QVERIFY2(!PrefixSpec::parse(bad), bad);
    }

    void logLinesJoinAsQDebugDid()
    {
        log::setSink(log::Sink{[](log::Channel, log::Level) { return true; },
                               [](log::Channel, log::Level, std::string_view line) { g_lines.emplace_back(line); }});
        g_lines.clear();
        CLOG_DEBUG(Forwarder).noquote() << "flow" << uint64_t(7) << "outbound:" << std::string("refused") << -3 << true;
        QCOMPARE(g_lines.size(), size_t(1));
        QCOMPARE(g_lines[0], std::string("flow 7 outbound: refused -3 true"));
        log::setSink({}); // stderr again: debug off unless asked
        QVERIFY(!log::enabled(log::Channel::Tun, log::Level::Debug));
        QVERIFY(log::enabled(log::Channel::Tun, log::Level::Warning));
        QVERIFY(log::setDebug("tun", true));
        QVERIFY(log::enabled(log::Channel::Tun, log::Level::Debug));
        QVERIFY(log::setDebug("tun", false));
        QVERIFY(!log::setDebug("nft", true)); // not a capture channel
    }

    void linesReachTheHelpersCategories()
    {
        useQtLogging();
        g_logged.clear();
        const QtMessageHandler before = qInstallMessageHandler(keep);
        byway::logging::setDebug(QStringLiteral("forwarder"), false);
        int evaluated = 0;
        CLOG_DEBUG(Forwarder) << "hidden" << ++evaluated;
        byway::logging::setDebug(QStringLiteral("forwarder"), true); // as logs.setDebug does
        CLOG_DEBUG(Forwarder) << "udp flow" << 12 << "ends";
        CLOG_WARNING(Packet) << "bind AF_PACKET to" << "eth9";
        byway::logging::setDebug(QStringLiteral("forwarder"), false);
        qInstallMessageHandler(before);
        log::setSink({});
        QCOMPARE(evaluated, 0); // a line that is off formats nothing
        QCOMPARE(g_logged.size(), 2);
        QCOMPARE(g_logged[0].type, QtDebugMsg);
        QCOMPARE(g_logged[0].category, QStringLiteral("byway.forwarder"));
        QCOMPARE(g_logged[0].text, QStringLiteral("udp flow 12 ends"));
        QCOMPARE(g_logged[1].type, QtWarningMsg);
        QCOMPARE(g_logged[1].category, QStringLiteral("byway.packet"));
        QCOMPARE(g_logged[1].text, QStringLiteral("bind AF_PACKET to eth9"));
    }

    void faultsBecomeProtocolErrors()
    {
        Fault f{FaultKind::Kernel, "SO_MARK: Operation not permitted", {}, EPERM};
        QCOMPARE(f.toString(), std::string("kernel_failed: SO_MARK: Operation not permitted"));
        const byway::Error e = toError(f);
        QCOMPARE(e.code, byway::ErrorCode::KernelFailed);
        QCOMPARE(e.sysErrno, EPERM);
        QCOMPARE(e.message, QStringLiteral("SO_MARK: Operation not permitted"));
        const byway::Error bad = toError(Fault{FaultKind::InvalidParams, "bad TUN name 'x y'", "/capture/tun", 0});
        QCOMPARE(bad.code, byway::ErrorCode::InvalidParams);
        QCOMPARE(bad.field, QStringLiteral("/capture/tun"));
    }

    // flows.list: the busiest rows first (bytes both ways; equal ones by
    // id), at most `flows` of them, and no more than fit in `bytes`.
    void flowRowsBusiestWithinLimits()
    {
        std::vector<FlowRow> rows;
        for (const auto &[id, up, down] : {std::tuple{1, 10, 0}, {2, 500, 500}, {3, 0, 10}, {4, 7, 1}, {5, 2000, 1}}) {
            FlowRow r;
            r.id = uint64_t(id);
            r.user = "alice";
            r.proto = 6;
            r.client = {*Addr::parse("fd00:9::2"), uint16_t(40000 + id)};
            r.dst = {*Addr::parse("192.0.2.7"), 443};
            r.bytesUp = uint64_t(up);
            r.bytesDown = uint64_t(down);
            r.state = "established";
            rows.push_back(r);
        }
        auto ids = [](const json::Array &a) {
            std::vector<int64_t> out;
            for (const json::Value &v : a)
                out.push_back(v.toObject().value("id").toInteger());
            return out;
        };
        const json::Array all = toJson(rows);
        QCOMPARE(ids(all), (std::vector<int64_t>{5, 2, 1, 3, 4}));
        QCOMPARE(all.front().toObject().value("source").toString(), std::string("[fd00:9::2]:40005"));
        QCOMPARE(ids(toJson(rows, {.flows = 2})), (std::vector<int64_t>{5, 2}));
        QCOMPARE(ids(toJson(rows, {.flows = 9})).size(), size_t(5));

        // The budget counts the array as written: "[" row "," row "]".
        const size_t two = json::Value(json::Array{all[0], all[1]}).serialize().size();
        QCOMPARE(ids(toJson(rows, {.bytes = two})), (std::vector<int64_t>{5, 2}));
        QCOMPARE(ids(toJson(rows, {.bytes = two - 1})), (std::vector<int64_t>{5}));
        QVERIFY(toJson(rows, {.bytes = 20}).empty());
        QCOMPARE(ids(toJson(rows, {.flows = 1, .bytes = two})), (std::vector<int64_t>{5}));
    }

    // flows.list `users`: the busiest that fit (equal ones by name), listed by name.
    void usersBusiestWithinBytes()
    {
        std::vector<UserCounters> users;
        for (const auto &[name, in, out] : {std::tuple{"pool/10.9.0.7", 10, 0}, {"bob", 500, 500}, {"ana", 0, 10},
                                            {"pool/10.9.0.8", 2000, 1}, {"cy", 0, 0}}) {
            UserCounters c;
            c.user = name;
            c.bytesIn = uint64_t(in);
            c.bytesOut = uint64_t(out);
            users.push_back(c);
        }
        auto names = [](const json::Array &a) {
            std::vector<std::string> out;
            for (const json::Value &v : a)
                out.push_back(v.toObject().value("user").toString());
            return out;
        };
        const json::Array all = UserTotals::busiestJson(users, SIZE_MAX);
        QCOMPARE(names(all), (std::vector<std::string>{"ana", "bob", "cy", "pool/10.9.0.7", "pool/10.9.0.8"}));
        std::vector<UserCounters> byName = users;
        std::sort(byName.begin(), byName.end(), [](const auto &a, const auto &b) { return a.user < b.user; });
        QCOMPARE(json::Value(all).serialize(), json::Value(UserTotals::toJson(byName)).serialize());

        // The budget counts the array as written; "ana" and "pool/10.9.0.7" both
        // carried 10 bytes: the name decides.
        auto size = [&](std::initializer_list<size_t> at) {
            json::Array a;
            for (size_t i : at)
                a.push_back(all[i]);
            return json::Value(a).serialize().size();
        };
        QCOMPARE(names(UserTotals::busiestJson(users, size({4, 1}))), (std::vector<std::string>{"bob", "pool/10.9.0.8"}));
        QCOMPARE(names(UserTotals::busiestJson(users, size({4, 1}) - 1)), (std::vector<std::string>{"pool/10.9.0.8"}));
        QCOMPARE(names(UserTotals::busiestJson(users, size({4, 1, 0}))),
                 (std::vector<std::string>{"ana", "bob", "pool/10.9.0.8"}));
        QVERIFY(UserTotals::busiestJson(users, 20).empty());
    }
};

QTEST_GUILESS_MAIN(TestCaptureJson)
#include "tst_capture_json.moc"
