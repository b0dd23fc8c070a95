// SPDX-License-Identifier: GPL-3.0-or-later
// PolledModel, the GUI models' shared base, against a stand-in bywayd (a
// local socket answering JSON-RPC lines as the test says): one request at a
// time, `loading` / `loaded` / errorCode, a second refresh asked while one
// runs, polling only while active and connected, a model gone before its
// answer, and the connection going and coming back.
#include "core/jsonrpc.h"
#include "helperconnection.h"
#include "polledmodel.h"

#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace byway;
using namespace byway::qml;

namespace {

// Answers "test.get" with {"n": <its count>} or, while `failing`, an error;
// while `holding`, it keeps the requests until release().
class FakeBywayd : public QObject
{
public:
    explicit FakeBywayd(const QString &path)
    {
        QLocalServer::removeServer(path);
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_server.nextPendingConnection()) {
                m_peer = s;
                connect(s, &QLocalSocket::readyRead, this, [this, s] {
                    while (s->canReadLine())
                        take(s, QJsonDocument::fromJson(s->readLine()).object());
                });
            }
        });
        QVERIFY(m_server.listen(path));
    }

    void release()
    {
        holding = false;
        for (const auto &[s, id] : std::exchange(m_held, {}))
            if (s)
                answer(s, id);
    }
    void dropClient()
    {
        if (m_peer)
            m_peer->disconnectFromServer();
    }

    int requests = 0;
    bool holding = false;
    bool failing = false;

private:
    void take(QLocalSocket *s, const QJsonObject &request)
    {
        if (request.value(u"method").toString() != u"test.get")
            return;
        ++requests;
        if (holding)
            m_held.append({s, request.value(u"id")});
        else
            answer(s, request.value(u"id"));
    }
    void answer(QLocalSocket *s, const QJsonValue &id)
    {
        s->write(failing ? rpc::encodeError(id, Error::make(ErrorCode::Busy, QStringLiteral("busy here")))
                         : rpc::encodeResult(id, QJsonObject{{QStringLiteral("n"), requests}}));
    }

    QLocalServer m_server;
    QPointer<QLocalSocket> m_peer;
    QList<std::pair<QPointer<QLocalSocket>, QJsonValue>> m_held;
};

class TestModel : public PolledModel
{
public:
    TestModel(HelperConnection *connection, Poll poll)
        : PolledModel(connection, std::move(poll), nullptr)
    {
        followConnection();
    }
    int last = 0;
    int ups = 0;
    int downs = 0;

protected:
    void take(const QJsonValue &result) override
    {
        last = result.toObject().value(u"n").toInt();
        markLoaded();
    }
    void connectionUp() override
    {
        ++ups;
        PolledModel::connectionUp();
    }
    void connectionDown() override { ++downs; }
};

} // namespace

class TestPolledModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    void connectTo(HelperConnection &conn)
    {
        conn.setSocketPath(m_path);
        conn.reconnect();
        QTRY_COMPARE(conn.state(), HelperConnection::Connected);
    }

private Q_SLOTS:
    void init() { m_path = m_dir.filePath(QStringLiteral("bywayd-%1.sock").arg(QTest::currentTestFunction())); }

    void asksOnConnectAndShowsLoading()
    {
        FakeBywayd fake(m_path);
        fake.holding = true;
        HelperConnection conn;
        TestModel m(&conn, {.method = QStringLiteral("test.get")});
        QSignalSpy loaded(&m, &PolledModel::loadedChanged);
        connectTo(conn);
        QTRY_COMPARE(fake.requests, 1);
        QVERIFY(m.loading());
        QVERIFY(!m.loaded());
        fake.release();
        QTRY_VERIFY(m.loaded());
        QVERIFY(!m.loading());
        QCOMPARE(m.last, 1);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(m.ups, 1);
    }

    void oneRequestAtATime()
    {
        FakeBywayd fake(m_path);
        HelperConnection conn;
        TestModel dropped(&conn, {.method = QStringLiteral("test.get"), .active = false});
        connectTo(conn);
        QCOMPARE(fake.requests, 0); // inactive: nothing on connect
        fake.holding = true;
        dropped.refresh();
        dropped.refresh();
        dropped.refresh();
        QTRY_COMPARE(fake.requests, 1);
        fake.release();
        QTRY_COMPARE(dropped.last, 1);
        QTest::qWait(100);
        QCOMPARE(fake.requests, 1); // the refreshes asked while one ran were dropped

        // Poll::again: they ask once more after the answer, not once each.
        TestModel again(&conn, {.method = QStringLiteral("test.get"), .again = true});
        QTRY_COMPARE(fake.requests, 2);
        fake.holding = true;
        again.refresh(); // out: the first
        again.refresh(); // asked while it runs
        again.refresh();
        QTRY_COMPARE(fake.requests, 3);
        fake.release();
        QTRY_COMPARE(fake.requests, 4);
        fake.release();
        QTRY_COMPARE(again.last, 4);
        QTest::qWait(100);
        QCOMPARE(fake.requests, 4);
    }

    void failureShownAndClearedByAnAnswer()
    {
        FakeBywayd fake(m_path);
        fake.failing = true;
        HelperConnection conn;
        TestModel m(&conn, {.method = QStringLiteral("test.get")});
        QSignalSpy error(&m, &PolledModel::errorChanged);
        connectTo(conn);
        QTRY_COMPARE(m.errorCode(), QStringLiteral("busy"));
        QCOMPARE(m.errorMessage(), QStringLiteral("busy here"));
        QVERIFY(!m.loaded());
        QCOMPARE(conn.state(), HelperConnection::Connected); // only a refusal is the connection's business
        fake.failing = false;
        m.refresh();
        QTRY_VERIFY(m.loaded());
        QCOMPARE(m.errorCode(), QString());
        QCOMPARE(error.size(), 2);
    }

    void pollsWhileActiveAndConnected()
    {
        FakeBywayd fake(m_path);
        HelperConnection conn;
        TestModel m(&conn, {.method = QStringLiteral("test.get"), .intervalMs = 20, .active = false});
        connectTo(conn);
        const int downs = m.downs; // Connecting is not connected either
        QTest::qWait(100);
        QCOMPARE(fake.requests, 0);
        m.setActive(true);
        QTRY_VERIFY(fake.requests >= 3); // at once, then on the timer
        m.setActive(false);
        const int seen = fake.requests;
        QTest::qWait(100);
        QVERIFY(fake.requests <= seen + 1); // at most the one already out
        QCOMPARE(m.downs, downs); // inactive is not disconnected

        m.setActive(true);
        QTRY_VERIFY(fake.requests > seen + 1);
        fake.dropClient();
        QTRY_VERIFY(conn.state() != HelperConnection::Connected);
        QVERIFY(m.downs > downs);
        const int atDrop = fake.requests;
        QTRY_COMPARE(conn.state(), HelperConnection::Connected); // reconnects by itself
        QTRY_VERIFY(fake.requests > atDrop);
        QCOMPARE(m.ups, 3);
    }

    void answerForAGoneModelIsDropped()
    {
        FakeBywayd fake(m_path);
        fake.holding = true;
        HelperConnection conn;
        auto *m = new TestModel(&conn, {.method = QStringLiteral("test.get")});
        connectTo(conn);
        QTRY_COMPARE(fake.requests, 1);
        delete m;
        fake.release();
        QTest::qWait(100); // the answer arrives for nobody: no crash
        QCOMPARE(conn.state(), HelperConnection::Connected);
    }
};

QTEST_GUILESS_MAIN(TestPolledModel)
#include "tst_polledmodel.moc"
