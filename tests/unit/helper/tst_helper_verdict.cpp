// SPDX-License-Identifier: GPL-3.0-or-later
// One verdict for a config: config.validate and config.plan (and set and
// apply, which share the path) answer the same documents with the same
// errors, ids and paths, and the same findings. The kernel is in-memory
// fakes: no root, no netlink writes.
#include "control/dispatcher.h"
#include "daemon/daemon.h"
#include "logs/loghub.h"
#include "../../common/fakekernel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace byway;

namespace {

QJsonObject gateway()
{
    return QJsonDocument::fromJson(R"({"version": 1, "role": "vpn-gateway",
        "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
        "pools": [{"name": "vpn", "subnet": "10.8.0.0/24", "users": [{"name": "ann", "address": "10.8.0.5"}]}],
        "nat": {"masquerade": [{"source": "10.8.0.0/24", "out": "wan0"}]},
        "capture": {"mode": "off"}})")
        .object();
}

QJsonObject with(QJsonObject o, const QString &pointer, const QJsonValue &v)
{
    // Sets /a/b/0/c in a copy: enough JSON pointer for these documents.
    const QStringList parts = pointer.mid(1).split(QLatin1Char('/'));
    std::function<QJsonValue(QJsonValue, qsizetype)> set = [&](QJsonValue node, qsizetype i) -> QJsonValue {
        if (i == parts.size())
            return v;
        if (node.isArray()) {
            QJsonArray a = node.toArray();
            const int k = parts[i].toInt();
            a[k] = set(a.at(k), i + 1);
            return a;
        }
        QJsonObject obj = node.toObject();
        obj[parts[i]] = set(obj.value(parts[i]), i + 1);
        return obj;
    };
    return set(o, 0).toObject();
}

// (path, code, id) of every error of a failed reply, or of every finding of a good one.
QStringList verdictOf(const QJsonObject &reply)
{
    QJsonArray items = reply.value(u"error").toObject().value(u"data").toObject().value(u"errors").toArray();
    if (reply.contains(u"result"))
        items = reply.value(u"result").toObject().value(u"findings").toArray();
    QStringList out;
    for (const QJsonValue &v : items) {
        const QJsonObject e = v.toObject();
        out << QStringLiteral("%1 %2 %3 %4").arg(e.value(u"severity").toString(), e.value(u"path").toString(),
                                                e.value(u"code").toString(), e.value(u"id").toString());
    }
    out.sort();
    return out;
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    fake::Kernel m_kernel; // links lo, wan0, lan0
    logs::LogHub m_hub;
    std::unique_ptr<daemon::Daemon> m_daemon;

    QJsonObject call(const QString &method, const QJsonObject &params)
    {
        QByteArray line;
        control::Responder respond(7, [&line](const QByteArray &l) { line = l; });
        m_daemon->dispatcher().dispatch(control::Caller{0, 0, control::Role::Admin, nullptr},
                                        rpc::Request{7, method, params}, respond);
        // config.plan answers from the kernel thread, a moment later.
        (void)QTest::qWaitFor([&line] { return !line.isEmpty(); }, 5000);
        return QJsonDocument::fromJson(line).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_hub.setEchoToStderr(false);
        // A hard file limit of 8192, whatever the machine's: capture.maxFlows past
        // some 7,100 is more than bywayd can hold sockets for.
        const rlimit files{1024, 8192};
        QCOMPARE(::setrlimit(RLIMIT_NOFILE, &files), 0);
        daemon::Options o;
        o.socketPath = m_dir.filePath(QStringLiteral("s.sock"));
        o.configPath = m_dir.filePath(QStringLiteral("byway.json"));
        o.stateDir = m_dir.filePath(QStringLiteral("state"));
        o.probeAtStart = false;
        m_daemon = std::make_unique<daemon::Daemon>(o, m_hub, nullptr,
                                                     [](const probe::Options &) { return probe::Report{}; });
        m_daemon->useKernel(fake::fakePorts(m_kernel), std::make_unique<fake::FakeRoute>(m_kernel));
        QVERIFY(m_daemon->reconciler());
    }

    void sameVerdict_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expect"); // entries the verdict must hold ("!": must not), " & " between
        QTest::newRow("good") << gateway() << true << QString();
        QTest::newRow("config error: pool not masqueraded")
            << with(gateway(), QStringLiteral("/nat/masquerade/0/source"), QStringLiteral("10.9.0.0/24")) << false
            << QStringLiteral("error /pools/0/subnet conflict config.pool.unmasqueraded");
        QTest::newRow("config error: unknown member")
            << with(gateway(), QStringLiteral("/bogus"), 1) << false << QStringLiteral("error /bogus unknown");
        // The box's word on a refused config's names comes in the same answer,
        // except for a field already refused for its value.
        QTest::newRow("config error and environment in one answer")
            << with(with(with(gateway(), QStringLiteral("/interfaces/wan/0"), QStringLiteral("wan1")),
                         QStringLiteral("/nat/masquerade/0/out"), QStringLiteral("wan1")),
                    QStringLiteral("/pools/0/subnet"), QStringLiteral("10.8.0.1/24"))
            << false
            << QStringLiteral("error /pools/0/subnet format & error /interfaces/wan/0 environment "
                              "env.interface.missing.required.guess");
        QTest::newRow("a malformed name is refused once")
            << with(gateway(), QStringLiteral("/interfaces/wan/0"), QStringLiteral("wan 0")) << false
            << QStringLiteral("error /interfaces/wan/0 format & !error /interfaces/wan/0 environment");
        QTest::newRow("nothing follows from a malformed field")
            << with(gateway(), QStringLiteral("/interfaces/wan"), QStringLiteral("wan0")) << false
            << QStringLiteral("error /interfaces/wan type & !error /nat/masquerade/0/out");
        QTest::newRow("environment: WAN missing")
            << with(with(gateway(), QStringLiteral("/interfaces/wan/0"), QStringLiteral("wan1")),
                    QStringLiteral("/nat/masquerade/0/out"), QStringLiteral("wan1"))
            << false << QStringLiteral("error /interfaces/wan/0 environment env.interface.missing.required.guess");
        QJsonObject socks = with(gateway(), QStringLiteral("/exits"),
                                 QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("px")},
                                                        {QStringLiteral("type"), QStringLiteral("socks5")},
                                                        {QStringLiteral("server"), QStringLiteral("192.0.2.1")},
                                                        {QStringLiteral("port"), 1080}}});
        QTest::newRow("environment: SOCKS5 exit without the capture")
            << with(socks, QStringLiteral("/pools/0/users/0/exit"), QStringLiteral("px")) << false
            << QStringLiteral("error /pools/0/users/0/exit environment env.exit.socks_needs_capture");
        QTest::newRow("warning: LAN typo")
            << with(gateway(), QStringLiteral("/interfaces/lan"), QJsonArray{QStringLiteral("lna0")}) << true
            << QStringLiteral("warning /interfaces/lan/0 environment env.interface.missing.guess");
        // The VPN server's interfaces come and go: none yet is said, as information.
        QTest::newRow("info: no interface matches the tunnel pattern yet")
            << gateway() << true << QStringLiteral("info /interfaces/tunnels/0 environment env.interface.tunnels_none");
        QTest::newRow("tunnel pattern matching an interface")
            << with(gateway(), QStringLiteral("/interfaces/tunnels/0"), QStringLiteral("lan*")) << true
            << QStringLiteral("!info /interfaces/tunnels/0 environment env.interface.tunnels_none");
        QTest::newRow("warning: redirect group unused by the role")
            << with(with(gateway(), QStringLiteral("/dns/wanResolver"), QStringLiteral("127.0.0.1:54")),
                    QStringLiteral("/dns/redirectGroup"), QStringLiteral("root"))
            << true << QStringLiteral("warning /dns/redirectGroup environment env.dns.redirect_unused");
        const QJsonObject capture = with(gateway(), QStringLiteral("/capture/mode"), QStringLiteral("on"));
        QTest::newRow("warning: more flows than the file limit holds")
            << with(capture, QStringLiteral("/capture/maxFlows"), 10000) << true
            << QStringLiteral("warning /capture/maxFlows environment env.capture.max_flows_files");
        QTest::newRow("flows within the file limit")
            << with(capture, QStringLiteral("/capture/maxFlows"), 7000) << true
            << QStringLiteral("!warning /capture/maxFlows environment env.capture.max_flows_files");
        // The capture's AF_PACKET patterns are said as the tunnels' are.
        QTest::newRow("info: no interface matches a packet pattern")
            << with(capture, QStringLiteral("/capture/packetInterfaces"), QJsonArray{QStringLiteral("ikev*"), QStringLiteral("lo")})
            << true
            << QStringLiteral("info /capture/packetInterfaces/0 environment env.interface.tunnels_none & "
                              "!info /capture/packetInterfaces/1 environment");
    }

    void sameVerdict()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(bool, valid);
        QFETCH(QString, expect);
        const QJsonObject params{{QStringLiteral("config"), doc}};
        const QJsonObject validate = call(QStringLiteral("config.validate"), params);
        const QJsonObject plan = call(QStringLiteral("config.plan"), params);
        QCOMPARE(validate.contains(u"result"), valid);
        QCOMPARE(plan.contains(u"result"), valid);
        if (!valid) {
            QCOMPARE(validate.value(u"error").toObject().value(u"data").toObject().value(u"code").toString(),
                     QStringLiteral("validation_failed"));
            QCOMPARE(plan.value(u"error").toObject().value(u"data").toObject().value(u"code").toString(),
                     QStringLiteral("validation_failed"));
        }
        const QStringList a = verdictOf(validate);
        QCOMPARE(verdictOf(plan), a);
        for (const QString &e : expect.split(QStringLiteral(" & "), Qt::SkipEmptyParts)) {
            const bool absent = e.startsWith(u'!');
            const QString entry = absent ? e.mid(1) : e;
            const bool found = std::any_of(a.begin(), a.end(), [&](const QString &s) { return s.startsWith(entry); });
            QVERIFY2(found != absent, qPrintable(e + QStringLiteral(" in ") + a.join(u" | ")));
        }
    }

    // config.plan {withConfig}: the config as config.get shows it once stored, so a
    // client (the Ansible module) tells "same config" by comparing the two.
    void planWithConfig()
    {
        const QJsonObject stored = call(QStringLiteral("config.get"), {}).value(u"result").toObject();
        const QJsonObject same = call(QStringLiteral("config.plan"), {{QStringLiteral("withConfig"), true}});
        QCOMPARE(same.value(u"result").toObject().value(u"config").toObject(), stored.value(u"config").toObject());

        const QJsonObject doc = QJsonDocument::fromJson(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24"}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "wan0"}]}})").object();
        const QJsonObject planned = call(QStringLiteral("config.plan"), {{QStringLiteral("config"), doc},
                                                                          {QStringLiteral("withConfig"), true}})
                                        .value(u"result").toObject().value(u"config").toObject();
        QCOMPARE(planned.value(u"role").toString(), QStringLiteral("vpn-gateway"));
        QCOMPARE(planned.value(u"routing").toObject().value(u"tableBase").toInt(), 2100); // a default filled in
        QCOMPARE(planned.value(u"pools").toArray().first().toObject().value(u"users").toArray(), QJsonArray{});
        QVERIFY(planned != stored.value(u"config").toObject());

        const QJsonObject without = call(QStringLiteral("config.plan"), {{QStringLiteral("config"), doc}});
        QVERIFY(without.contains(u"result"));
        QVERIFY(!without.value(u"result").toObject().contains(u"config"));
        const QJsonObject bad = call(QStringLiteral("config.plan"), {{QStringLiteral("withConfig"), QStringLiteral("yes")}});
        QCOMPARE(bad.value(u"error").toObject().value(u"data").toObject().value(u"field").toString(),
                 QStringLiteral("/withConfig"));
    }

    // A live session whose exit a new config drops (or whose SOCKS5 exit it
    // leaves without the capture) is refused: said before the apply, as a
    // warning on /exits naming the sessions, the same from validate and plan.
    void sessionsWhoseExitGoes()
    {
        const QJsonObject direct{{QStringLiteral("name"), QStringLiteral("px")}, {QStringLiteral("type"), QStringLiteral("direct")},
                                 {QStringLiteral("table"), 120}};
        const QJsonObject stored = with(gateway(), QStringLiteral("/exits"), QJsonArray{direct});
        const QJsonObject applied = call(QStringLiteral("config.apply"), {{QStringLiteral("config"), stored}});
        QVERIFY2(applied.contains(u"result"), QJsonDocument(applied).toJson().constData());
        const QJsonObject added = call(QStringLiteral("session.add"),
                                       {{QStringLiteral("user"), QStringLiteral("bob")}, {QStringLiteral("address"), QStringLiteral("10.8.0.7")},
                                        {QStringLiteral("interface"), QStringLiteral("vpns0")}, {QStringLiteral("exit"), QStringLiteral("px")}});
        QVERIFY2(added.contains(u"result"), QJsonDocument(added).toJson().constData());

        const auto findingsOf = [this](const QJsonObject &doc) {
            const QJsonObject params{{QStringLiteral("config"), doc}};
            const QJsonObject validate = call(QStringLiteral("config.validate"), params);
            const QJsonObject plan = call(QStringLiteral("config.plan"), params);
            [&] { QCOMPARE(verdictOf(plan), verdictOf(validate)); }();
            return validate.value(u"result").toObject().value(u"findings").toArray();
        };
        const auto one = [](const QJsonArray &findings, const QString &id) {
            QJsonObject out;
            for (const QJsonValue &f : findings)
                if (f.toObject().value(u"id").toString() == id)
                    out = f.toObject();
            return out;
        };
        QVERIFY(one(findingsOf(stored), QStringLiteral("env.session.exit_gone")).isEmpty());

        const QJsonObject gone = one(findingsOf(gateway()), QStringLiteral("env.session.exit_gone"));
        QCOMPARE(gone.value(u"severity").toString(), QStringLiteral("warning"));
        QCOMPARE(gone.value(u"path").toString(), QStringLiteral("/exits"));
        QCOMPARE(gone.value(u"args").toObject().value(u"sessions").toString(), QStringLiteral("bob (10.8.0.7)"));
        QCOMPARE(gone.value(u"args").toObject().value(u"count").toInt(), 1);

        // The same name now a SOCKS5 exit, the capture off (gateway()'s).
        const QJsonObject socks = with(gateway(), QStringLiteral("/exits"),
                                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("px")},
                                                              {QStringLiteral("type"), QStringLiteral("socks5")},
                                                              {QStringLiteral("server"), QStringLiteral("192.0.2.1")},
                                                              {QStringLiteral("port"), 1080}}});
        QVERIFY(!one(findingsOf(socks), QStringLiteral("env.session.socks_needs_capture")).isEmpty());
        QVERIFY(call(QStringLiteral("session.remove"), {{QStringLiteral("address"), QStringLiteral("10.8.0.7")}}).contains(u"result"));
        QVERIFY(one(findingsOf(gateway()), QStringLiteral("env.session.exit_gone")).isEmpty());

        // A session takes the exit of what runs: one only stored (config.set,
        // no apply) is refused, naming the field, not accepted to be
        // refused on the wire.
        QJsonObject py = direct;
        py.insert(QStringLiteral("name"), QStringLiteral("py"));
        QVERIFY(call(QStringLiteral("config.set"), {{QStringLiteral("config"), with(gateway(), QStringLiteral("/exits"), QJsonArray{py})}})
                    .contains(u"result"));
        const QJsonObject early = call(QStringLiteral("session.add"),
                                       {{QStringLiteral("user"), QStringLiteral("bob")}, {QStringLiteral("address"), QStringLiteral("10.8.0.7")},
                                        {QStringLiteral("interface"), QStringLiteral("vpns0")}, {QStringLiteral("exit"), QStringLiteral("py")}});
        QVERIFY2(early.contains(u"error"), QJsonDocument(early).toJson().constData());
        QCOMPARE(early.value(u"error").toObject().value(u"data").toObject().value(u"field").toString(), QStringLiteral("/exit"));
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_helper_verdict.moc"
