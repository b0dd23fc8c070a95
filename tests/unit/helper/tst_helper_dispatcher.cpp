// SPDX-License-Identifier: GPL-3.0-or-later
// The method table and the real methods' parameter checks, with a fake
// caller identity: no socket, no root needed.
#include "control/dispatcher.h"
#include "core/logging.h"
#include "daemon/daemon.h"
#include "logs/loghub.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace byway;
using namespace byway::control;

namespace {

struct Outcome {
    QList<QByteArray> lines;
    [[nodiscard]] QJsonObject last() const { return QJsonDocument::fromJson(lines.last()).object(); }
    [[nodiscard]] QString errorCode() const
    {
        return last().value(u"error").toObject().value(u"data").toObject().value(u"code").toString();
    }
    [[nodiscard]] QString errorField() const
    {
        return last().value(u"error").toObject().value(u"data").toObject().value(u"field").toString();
    }
};

Caller caller(Role role, uid_t uid = 4242)
{
    return Caller{uid, 1, role, nullptr};
}

rpc::Request request(const QString &method, const QJsonObject &params = {}, QJsonValue id = 7)
{
    return rpc::Request{std::move(id), method, params};
}

} // namespace

class TestDispatcher : public QObject
{
    Q_OBJECT

private:
    Outcome call(const Dispatcher &d, const Caller &c, const rpc::Request &r)
    {
        Outcome out;
        Responder respond = r.isNotification()
                                ? Responder()
                                : Responder(r.id, [&out](const QByteArray &line) { out.lines.append(line); });
        d.dispatch(c, r, respond);
        return out;
    }

    QTemporaryDir m_dir;
    logs::LogHub m_hub;
    std::unique_ptr<daemon::Daemon> m_daemon;

private Q_SLOTS:
    void initTestCase()
    {
        m_hub.setEchoToStderr(false);
        daemon::Options o;
        o.socketPath = m_dir.filePath(QStringLiteral("s.sock"));
        o.configPath = m_dir.filePath(QStringLiteral("byway.json"));
        o.stateDir = m_dir.filePath(QStringLiteral("state"));
        o.probeAtStart = false;
        m_daemon = std::make_unique<daemon::Daemon>(o, m_hub, nullptr,
                                                     [](const probe::Options &) { return probe::Report{}; });
    }

    void unknownMethod()
    {
        const Outcome out = call(m_daemon->dispatcher(), caller(Role::Admin), request(QStringLiteral("no.such")));
        QCOMPARE(out.lines.size(), 1);
        QCOMPARE(out.errorCode(), QStringLiteral("method_not_found"));
        QCOMPARE(out.last().value(u"id").toInt(), 7);
    }

    void adminOnlyRefusedForView()
    {
        const Outcome out = call(m_daemon->dispatcher(), caller(Role::View),
                                 request(QStringLiteral("logs.setDebug"),
                                         {{QStringLiteral("category"), QStringLiteral("probe")},
                                          {QStringLiteral("enabled"), true}}));
        QCOMPARE(out.errorCode(), QStringLiteral("permission_denied"));
        const QString message = out.last().value(u"error").toObject().value(u"message").toString();
        QVERIFY2(message.contains(u"logs.setDebug"), qPrintable(message));
        QVERIFY2(message.contains(u"4242"), qPrintable(message));
        QVERIFY(!logging::isDebug(QStringLiteral("probe")));

        const Outcome set = call(m_daemon->dispatcher(), caller(Role::View),
                                 request(QStringLiteral("config.set"), {{QStringLiteral("config"), QJsonObject{}}}));
        QCOMPARE(set.errorCode(), QStringLiteral("permission_denied"));
    }

    void readAllowedForViewNotRefused()
    {
        const Outcome view = call(m_daemon->dispatcher(), caller(Role::View), request(QStringLiteral("config.get")));
        QVERIFY(view.last().contains(u"result"));
        const Outcome refused = call(m_daemon->dispatcher(), caller(Role::Refused), request(QStringLiteral("config.get")));
        QCOMPARE(refused.errorCode(), QStringLiteral("permission_denied"));
    }

    void paramErrorsNameTheField_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("field");
        QTest::newRow("config.validate without config") << "config.validate" << QJsonObject{} << "/config";
        QTest::newRow("config.set config not object")
            << "config.set" << QJsonObject{{QStringLiteral("config"), 7}} << "/config";
        QTest::newRow("config.set baseRevision text")
            << "config.set"
            << QJsonObject{{QStringLiteral("config"), QJsonObject{}}, {QStringLiteral("baseRevision"), QStringLiteral("x")}}
            << "/baseRevision";
        QTest::newRow("logs.subscribe unknown category")
            << "logs.subscribe"
            << QJsonObject{{QStringLiteral("categories"), QJsonArray{QStringLiteral("probe"), QStringLiteral("bogus")}}}
            << "/categories/1";
        QTest::newRow("logs.subscribe bad level")
            << "logs.subscribe" << QJsonObject{{QStringLiteral("minLevel"), QStringLiteral("loud")}} << "/minLevel";
        QTest::newRow("logs.subscribe backlog range")
            << "logs.subscribe" << QJsonObject{{QStringLiteral("backlog"), 5001}} << "/backlog";
        QTest::newRow("logs.subscribe backlog type")
            << "logs.subscribe" << QJsonObject{{QStringLiteral("backlog"), QStringLiteral("x")}} << "/backlog";
        QTest::newRow("logs.setDebug unknown category")
            << "logs.setDebug"
            << QJsonObject{{QStringLiteral("category"), QStringLiteral("bogus")}, {QStringLiteral("enabled"), true}}
            << "/category";
        QTest::newRow("logs.setDebug enabled missing")
            << "logs.setDebug" << QJsonObject{{QStringLiteral("category"), QStringLiteral("probe")}} << "/enabled";
        QTest::newRow("probe.run unknown check")
            << "probe.run" << QJsonObject{{QStringLiteral("checks"), QJsonArray{QStringLiteral("nope")}}} << "/checks/0";
        QTest::newRow("probe.run reachability type")
            << "probe.run" << QJsonObject{{QStringLiteral("reachability"), 1}} << "/reachability";
    }

    void paramErrorsNameTheField()
    {
        QFETCH(QString, method);
        QFETCH(QJsonObject, params);
        QFETCH(QString, field);
        const Outcome out = call(m_daemon->dispatcher(), caller(Role::Admin), request(method, params));
        QCOMPARE(out.lines.size(), 1);
        QCOMPARE(out.errorCode(), QStringLiteral("invalid_params"));
        QCOMPARE(out.errorField(), field);
    }

    void validationListsEveryError()
    {
        const QJsonObject bad{{QStringLiteral("version"), 1},
                              {QStringLiteral("role"), QStringLiteral("hub")},
                              {QStringLiteral("colour"), QStringLiteral("blue")}};
        const Outcome out = call(m_daemon->dispatcher(), caller(Role::View),
                                 request(QStringLiteral("config.validate"), {{QStringLiteral("config"), bad}}));
        QCOMPARE(out.errorCode(), QStringLiteral("validation_failed"));
        const QJsonArray errors = out.last().value(u"error").toObject().value(u"data").toObject().value(u"errors").toArray();
        QStringList paths;
        for (const auto &e : errors)
            paths << e.toObject().value(u"path").toString();
        QVERIFY2(paths.contains(u"/role") && paths.contains(u"/colour"), qPrintable(paths.join(u' ')));
    }

    void notificationGetsNoReply()
    {
        // Runs (debug really goes on) but nothing is written.
        const Outcome out = call(m_daemon->dispatcher(), caller(Role::Admin),
                                 request(QStringLiteral("logs.setDebug"),
                                         {{QStringLiteral("category"), QStringLiteral("nft")},
                                          {QStringLiteral("enabled"), true}},
                                         QJsonValue(QJsonValue::Undefined)));
        QVERIFY(out.lines.isEmpty());
        QVERIFY(logging::isDebug(QStringLiteral("nft")));
        logging::setDebug(QStringLiteral("nft"), false);

        const Outcome unknown = call(m_daemon->dispatcher(), caller(Role::Admin),
                                     request(QStringLiteral("no.such"), {}, QJsonValue(QJsonValue::Undefined)));
        QVERIFY(unknown.lines.isEmpty());
    }

    void asyncReplyOnlyOnce()
    {
        Dispatcher d;
        Responder kept;
        d.add(QStringLiteral("slow.op"), Access::Read,
              [&kept](const Caller &, const QJsonObject &, const Responder &r) { kept = r; });
        Outcome out;
        d.dispatch(caller(Role::View), request(QStringLiteral("slow.op")),
                   Responder(1, [&out](const QByteArray &l) { out.lines.append(l); }));
        QVERIFY(out.lines.isEmpty());
        QVERIFY(!kept.done());
        kept.reply(QJsonObject{{QStringLiteral("n"), 1}});
        kept.fail(Error::make(ErrorCode::Internal, QStringLiteral("late")));
        QCOMPARE(out.lines.size(), 1);
        QCOMPARE(out.last().value(u"result").toObject().value(u"n").toInt(), 1);
        QVERIFY(kept.done());
    }

    // A reply over the 1 MiB line cap would make the client drop the
    // connection: the caller gets message_too_large instead, on a live line.
    void replyOverTheCapIsAnError()
    {
        Dispatcher d;
        d.add(QStringLiteral("big.op"), Access::Read, [](const Caller &, const QJsonObject &params, const Responder &r) {
            r.reply(QJsonObject{{QStringLiteral("blob"), QString(params.value(u"n").toInt(), u'x')}});
        });
        Outcome out;
        auto call = [&](int n) {
            d.dispatch(caller(Role::View), request(QStringLiteral("big.op"), {{QStringLiteral("n"), n}}),
                       Responder(1, [&out](const QByteArray &l) { out.lines.append(l); }));
        };
        call(int(rpc::kMaxMessageBytes) - 100);
        QCOMPARE(out.last().value(u"result").toObject().value(u"blob").toString().size(), rpc::kMaxMessageBytes - 100);
        QVERIFY(out.lines.last().size() - 1 <= rpc::kMaxMessageBytes);
        call(int(rpc::kMaxMessageBytes));
        QCOMPARE(out.lines.size(), 2);
        QCOMPARE(out.errorCode(), QStringLiteral("message_too_large"));
        QVERIFY2(out.last().value(u"error").toObject().value(u"message").toString().contains(u"over the 1048576 byte limit"),
                 out.lines.last().constData());
    }

    void setDebugAllReportsState()
    {
        const Outcome out = call(m_daemon->dispatcher(), caller(Role::Admin, 0),
                                 request(QStringLiteral("logs.setDebug"),
                                         {{QStringLiteral("category"), QStringLiteral("all")},
                                          {QStringLiteral("enabled"), true}}));
        const QJsonObject state = out.last().value(u"result").toObject().value(u"debug").toObject();
        for (const QString &cat : logging::categoryNames())
            QVERIFY2(state.value(cat).toBool(), qPrintable(cat));
        call(m_daemon->dispatcher(), caller(Role::Admin, 0),
             request(QStringLiteral("logs.setDebug"),
                     {{QStringLiteral("category"), QStringLiteral("all")}, {QStringLiteral("enabled"), false}}));
        QVERIFY(!logging::isDebug(QStringLiteral("control")));
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_helper_dispatcher.moc"
