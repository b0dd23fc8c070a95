// SPDX-License-Identifier: GPL-3.0-or-later
// The remote listener in-process: its TLS identity (made with libcrypto),
// the option parsing, and the server over real TLS on 127.0.0.1 with a
// small method table: auth.token first, roles, revocation, the deadline and
// the caps on unauthenticated connections.
#include "control/dispatcher.h"
#include "core/jsonrpc.h"
#include "daemon/options.h"
#include "remote/remoteserver.h"
#include "remote/tlsidentity.h"
#include "remote/tokenstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

#include <sys/stat.h>

using namespace byway;
using namespace byway::remote;

namespace {

mode_t fileMode(const QString &path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

// A TLS client on the test's event loop: every wait spins it.
class TlsClient
{
public:
    explicit TlsClient(quint16 port)
    {
        m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    }
    // Not waitForEncrypted(): the server runs on this thread's event loop.
    bool waitEncrypted(int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_socket.isEncrypted() && m_socket.state() != QAbstractSocket::UnconnectedState && t.elapsed() < ms)
            QTest::qWait(5);
        return m_socket.isEncrypted();
    }
    void send(const QString &method, const QJsonObject &params, qint64 id = 1)
    {
        m_socket.write(rpc::encodeRequest(id, method, params));
    }
    // The next line as JSON; an empty object when the server closed.
    QJsonObject next(int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (!m_socket.canReadLine() && m_socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < ms)
            QTest::qWait(5);
        if (!m_socket.canReadLine())
            return {};
        return QJsonDocument::fromJson(m_socket.readLine()).object();
    }
    bool waitClosed(int ms = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (m_socket.state() != QAbstractSocket::UnconnectedState && t.elapsed() < ms)
            QTest::qWait(5);
        return m_socket.state() == QAbstractSocket::UnconnectedState;
    }
    QSslSocket &socket() { return m_socket; }

private:
    QSslSocket m_socket;
};

QString errorName(const QJsonObject &reply)
{
    return reply.value(u"error").toObject().value(u"data").toObject().value(u"code").toString();
}

} // namespace

class TstRemote : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    control::Dispatcher m_dispatcher;
    std::unique_ptr<TokenStore> m_tokens;
    QString m_lastWho;

    std::unique_ptr<RemoteServer> server(RemoteLimits limits = {}, RateLimitPolicy rate = {3, 60, 1, 4})
    {
        auto id = ensureTlsIdentity(m_dir.filePath(QStringLiteral("tls")), QStringLiteral("unit.test"));
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        auto s = std::make_unique<RemoteServer>(m_dispatcher, *m_tokens, *id, rate, limits);
        auto ok = s->listen(QHostAddress::LocalHost, 0);
        if (!ok)
            qFatal("%s", qPrintable(ok.error().message));
        return s;
    }
    static quint16 portOf(const RemoteServer &s) { return quint16(s.address().section(u':', -1).toUInt()); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here (qt6 openssl plugin); bywayd's remote listener needs it");
        m_tokens = std::make_unique<TokenStore>(m_dir.filePath(QStringLiteral("tokens.json")));
        QVERIFY(m_tokens->load());
        m_dispatcher.add(QStringLiteral("test.read"), control::Access::Read,
                         [this](const control::Caller &c, const QJsonObject &, const control::Responder &r) {
                             m_lastWho = c.who();
                             r.reply(QJsonObject{{QStringLiteral("who"), c.who()}});
                         });
        m_dispatcher.add(QStringLiteral("test.big"), control::Access::Read,
                         [](const control::Caller &, const QJsonObject &, const control::Responder &r) {
                             r.reply(QJsonObject{{QStringLiteral("blob"), QString(64 * 1024, u'b')}});
                         });
        m_dispatcher.add(QStringLiteral("test.admin"), control::Access::Admin,
                         [](const control::Caller &, const QJsonObject &, const control::Responder &r) {
                             r.reply(QJsonObject{{QStringLiteral("ok"), true}});
                         });
    }

    void identityGenerated()
    {
        QTemporaryDir dir;
        const QString tls = dir.filePath(QStringLiteral("tls"));
        auto id = ensureTlsIdentity(tls, QStringLiteral("gw.example"), {QHostAddress(QStringLiteral("192.0.2.1"))});
        QVERIFY2(id.has_value(), id ? "" : qPrintable(id.error().message));
        QVERIFY(id->generated);
        QCOMPARE(fileMode(tls), mode_t(0700));
        QCOMPARE(fileMode(id->keyPath), mode_t(0600));
        QCOMPARE(fileMode(id->certPath), mode_t(0600));
        const QSslCertificate &cert = id->chain.first();
        QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("gw.example")});
        // Self-signed as OpenSSL sees it, so `curl --cacert cert.pem` or
        // `openssl s_client -CAfile` can trust it as it is.
        QVERIFY(cert.isSelfSigned());
        const auto san = cert.subjectAlternativeNames();
        QVERIFY(san.values(QSsl::DnsEntry).contains(QStringLiteral("gw.example")));
        QVERIFY(san.values(QSsl::IpAddressEntry).contains(QStringLiteral("192.0.2.1")));
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addDays(3640));
        QVERIFY(cert.effectiveDate() <= QDateTime::currentDateTimeUtc());
        QCOMPARE(id->key.algorithm(), QSsl::Ec);
        QCOMPARE(id->key.length(), 256);
        QCOMPARE(id->fingerprint(), QCryptographicHash::hash(cert.toDer(), QCryptographicHash::Sha256));
        QCOMPARE(id->fingerprintText().size(), 32 * 3 - 1);

        // The next start loads the same pair instead of making a new one.
        auto again = ensureTlsIdentity(tls, QStringLiteral("gw.example"));
        QVERIFY(again);
        QVERIFY(!again->generated);
        QCOMPARE(again->fingerprint(), id->fingerprint());

        // Half a pair is the admin's call, not something to paper over.
        QVERIFY(QFile::remove(id->certPath));
        auto half = ensureTlsIdentity(tls, QStringLiteral("gw.example"));
        QVERIFY(!half);
        QVERIFY(half.error().message.contains(u"key.pem"));
        QVERIFY(QFile::exists(id->keyPath));
    }

    void identityMismatchRefused()
    {
        QTemporaryDir dir;
        QVERIFY(generateTlsIdentity(dir.filePath(QStringLiteral("a.pem")), dir.filePath(QStringLiteral("a.key")),
                                    QStringLiteral("a")));
        QVERIFY(generateTlsIdentity(dir.filePath(QStringLiteral("b.pem")), dir.filePath(QStringLiteral("b.key")),
                                    QStringLiteral("b")));
        QVERIFY(loadTlsIdentity(dir.filePath(QStringLiteral("a.pem")), dir.filePath(QStringLiteral("a.key"))));
        auto bad = loadTlsIdentity(dir.filePath(QStringLiteral("a.pem")), dir.filePath(QStringLiteral("b.key")));
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"does not belong"));
        auto missing = loadTlsIdentity(dir.filePath(QStringLiteral("none.pem")), dir.filePath(QStringLiteral("a.key")));
        QVERIFY(!missing);
    }

    void listenOption_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("any") << QStringLiteral("[::]:7443") << true << QString() << 7443;
        QTest::newRow("v4 any") << QStringLiteral("0.0.0.0:7443") << true << QStringLiteral("0.0.0.0") << 7443;
        QTest::newRow("v4") << QStringLiteral("192.0.2.1:1") << true << QStringLiteral("192.0.2.1") << 1;
        QTest::newRow("v6") << QStringLiteral("[2001:db8::1]:65535") << true << QStringLiteral("2001:db8::1") << 65535;
        QTest::newRow("no port") << QStringLiteral("192.0.2.1") << false << QString() << 0;
        QTest::newRow("port 0") << QStringLiteral("192.0.2.1:0") << false << QString() << 0;
        QTest::newRow("port big") << QStringLiteral("192.0.2.1:65536") << false << QString() << 0;
        QTest::newRow("host name") << QStringLiteral("gateway:7443") << false << QString() << 0;
        QTest::newRow("v6 bare") << QStringLiteral("::1:7443") << false << QString() << 0;
        QTest::newRow("v6 unclosed") << QStringLiteral("[::1:7443") << false << QString() << 0;
    }
    void listenOption()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, address);
        QFETCH(int, port);
        auto r = daemon::parseListenAddress(text);
        QCOMPARE(r.has_value(), ok);
        if (!ok)
            return;
        QCOMPARE(int(r->second), port);
        if (address.isEmpty())
            QCOMPARE(r->first, QHostAddress(QHostAddress::Any));
        else
            QCOMPARE(r->first, QHostAddress(address));
    }

    void daemonOptions()
    {
        const QString prog = QStringLiteral("bywayd");
        auto off = daemon::parseArguments({prog});
        QVERIFY(off);
        QCOMPARE(off->options.remotePort, quint16(0));
        QCOMPARE(off->options.remoteRateLimit.failures, 5);
        auto on = daemon::parseArguments({prog, QStringLiteral("--remote-listen"), QStringLiteral("[::]:7443"),
                                          QStringLiteral("--remote-ratelimit"), QStringLiteral("6:30:2")});
        QVERIFY2(on, on ? "" : qPrintable(on.error().message));
        QCOMPARE(on->options.remotePort, quint16(7443));
        QCOMPARE(on->options.remoteRateLimit.failures, 6);
        QCOMPARE(on->options.remoteRateLimit.windowSec, 30);
        QCOMPARE(on->options.remoteRateLimit.blockSec, 2);
        QCOMPARE(on->options.remoteRateLimit.maxBlockSec, 900);
        QVERIFY(!daemon::parseArguments({prog, QStringLiteral("--remote-listen"), QStringLiteral("[::]:7443"),
                                         QStringLiteral("--tls-cert"), QStringLiteral("/x.pem")}));
        QVERIFY(!daemon::parseArguments({prog, QStringLiteral("--tls-cert"), QStringLiteral("/x.pem"),
                                         QStringLiteral("--tls-key"), QStringLiteral("/x.key")}));
        QVERIFY(!daemon::parseArguments({prog, QStringLiteral("--remote-ratelimit"), QStringLiteral("5:60")}));
        QVERIFY(!daemon::parseArguments({prog, QStringLiteral("--remote-ratelimit"), QStringLiteral("5:60:30:10")}));

        // A group named on the command line must exist (a typo would leave
        // every user refused); the defaults may be missing, an empty name is none.
        for (const QString &opt : {QStringLiteral("--socket-group"), QStringLiteral("--admin-group"), QStringLiteral("--view-group")}) {
            auto typo = daemon::parseArguments({prog, opt, QStringLiteral("byway-no-such-group")});
            QVERIFY(!typo);
            QCOMPARE(typo.error().field, opt);
            QVERIFY2(typo.error().message.contains(QStringLiteral("byway-no-such-group does not exist")),
                     qPrintable(typo.error().message));
            QVERIFY(daemon::parseArguments({prog, opt, QStringLiteral("root")}));
            QVERIFY(daemon::parseArguments({prog, opt, QString()}));
        }
    }

    void authFirst()
    {
        auto s = server();
        TlsClient c(portOf(*s));
        QVERIFY(c.waitEncrypted());
        // What the client sees is the certificate whose fingerprint status.get reports.
        QCOMPARE(QCryptographicHash::hash(c.socket().peerCertificate().toDer(), QCryptographicHash::Sha256),
                 s->identity().fingerprint());
        c.send(QStringLiteral("test.read"), {});
        const QJsonObject reply = c.next();
        QCOMPARE(errorName(reply), QStringLiteral("unauthenticated"));
        QCOMPARE(reply.value(u"error").toObject().value(u"code").toInt(), -32012);
        QVERIFY(c.waitClosed());
    }

    void rolesAndRevocation()
    {
        auto s = server();
        auto view = m_tokens->create(QStringLiteral("panel"), control::Role::View, std::nullopt, QStringLiteral("uid 0"));
        QVERIFY(view);
        TlsClient c(portOf(*s));
        QVERIFY(c.waitEncrypted());
        c.send(QStringLiteral("auth.token"), {{QStringLiteral("token"), view->token}});
        // Pipelined: the request after auth.token runs as the token.
        c.send(QStringLiteral("test.read"), {}, 2);
        c.send(QStringLiteral("test.admin"), {}, 3);
        QJsonObject auth = c.next();
        QCOMPARE(auth.value(u"result").toObject().value(u"role").toString(), QStringLiteral("view"));
        QCOMPARE(auth.value(u"result").toObject().value(u"name").toString(), QStringLiteral("panel"));
        QCOMPARE(auth.value(u"result").toObject().value(u"tokenId").toString(), view->info.id);
        QCOMPARE(c.next().value(u"result").toObject().value(u"who").toString(), QStringLiteral("token panel"));
        QCOMPARE(errorName(c.next()), QStringLiteral("permission_denied"));
        QCOMPARE(s->connectionsOf(view->info.id), 1);
        // A second auth.token on the same connection is a mistake, not a re-login.
        c.send(QStringLiteral("auth.token"), {{QStringLiteral("token"), view->token}}, 4);
        QCOMPARE(errorName(c.next()), QStringLiteral("invalid_request"));

        QVERIFY(m_tokens->revoke(view->info.id));
        QVERIFY(c.waitClosed());
        QTRY_COMPARE(s->clientCount(), 0);
        TlsClient again(portOf(*s));
        QVERIFY(again.waitEncrypted());
        again.send(QStringLiteral("auth.token"), {{QStringLiteral("token"), view->token}});
        QCOMPARE(errorName(again.next()), QStringLiteral("unauthenticated"));
        QVERIFY(again.waitClosed());
    }

    // A connection that starts with "GET " is a Prometheus scrape with a token.
    void metricsWithToken()
    {
        auto s = server({}, RateLimitPolicy{3, 60, 30, 60});
        s->setMetrics([](std::function<void(const QByteArray &)> reply) { reply("byway_x 1\n"); });
        auto view = m_tokens->create(QStringLiteral("prom"), control::Role::View, std::nullopt, QStringLiteral("uid 0"));
        QVERIFY(view);
        auto get = [&](const QByteArray &path, const QByteArray &auth) {
            TlsClient c(portOf(*s));
            if (!c.waitEncrypted())
                return QByteArray("no TLS");
            c.socket().write("GET " + path + " HTTP/1.1\r\nHost: x\r\n"
                             + (auth.isEmpty() ? QByteArray() : "Authorization: " + auth + "\r\n") + "\r\n");
            c.waitClosed(); // one request per connection
            return c.socket().readAll();
        };
        const QByteArray ok = get("/metrics", "Bearer " + view->token.toUtf8());
        QVERIFY2(ok.startsWith("HTTP/1.1 200 OK\r\n"), ok.constData());
        QVERIFY(ok.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8\r\n"));
        QVERIFY(ok.endsWith("\r\n\r\nbyway_x 1\n"));
        const QByteArray none = get("/metrics", {});
        QVERIFY2(none.startsWith("HTTP/1.1 401 "), none.constData());
        QVERIFY(none.contains("WWW-Authenticate: Bearer"));
        const QString wrong = QStringLiteral("byw_") + view->info.id + u'_' + QString(64, u'0');
        QVERIFY(get("/metrics", "Bearer " + wrong.toUtf8()).startsWith("HTTP/1.1 401 "));
        QVERIFY(get("/", "Bearer " + view->token.toUtf8()).startsWith("HTTP/1.1 404 "));
        // Failed tokens count towards the same block as auth.token's.
        QVERIFY(get("/metrics", "Bearer " + wrong.toUtf8()).startsWith("HTTP/1.1 401 "));
        QVERIFY(get("/metrics", "Bearer " + wrong.toUtf8()).startsWith("HTTP/1.1 401 "));
        QVERIFY(get("/metrics", "Bearer " + view->token.toUtf8()).startsWith("HTTP/1.1 429 "));
        QTRY_COMPARE(s->clientCount(), 0);
    }

    void rateLimited()
    {
        auto s = server({}, RateLimitPolicy{3, 60, 1, 4});
        auto good = m_tokens->create(QStringLiteral("rl"), control::Role::Admin, std::nullopt, QStringLiteral("uid 0"));
        QVERIFY(good);
        const QString wrong = QStringLiteral("byw_") + good->info.id + u'_' + QString(64, u'0');
        for (int i = 0; i < 3; ++i) {
            TlsClient c(portOf(*s));
            QVERIFY(c.waitEncrypted());
            c.send(QStringLiteral("auth.token"), {{QStringLiteral("token"), wrong}});
            const QJsonObject r = c.next();
            QCOMPARE(errorName(r), QStringLiteral("unauthenticated"));
            QCOMPARE(r.value(u"error").toObject().value(u"message").toString(), QStringLiteral("authentication failed"));
        }
        TlsClient blocked(portOf(*s));
        QVERIFY(blocked.waitEncrypted());
        blocked.send(QStringLiteral("auth.token"), {{QStringLiteral("token"), good->token}});
        const QJsonObject r = blocked.next();
        QCOMPARE(errorName(r), QStringLiteral("rate_limited"));
        QCOMPARE(r.value(u"error").toObject().value(u"code").toInt(), -32013);
        QCOMPARE(r.value(u"error").toObject().value(u"data").toObject().value(u"retryAfterSec").toInt(), 1);
        QTest::qWait(1100);
        TlsClient later(portOf(*s));
        QVERIFY(later.waitEncrypted());
        later.send(QStringLiteral("auth.token"), {{QStringLiteral("token"), good->token}});
        QCOMPARE(later.next().value(u"result").toObject().value(u"role").toString(), QStringLiteral("admin"));
    }

    void unauthenticatedCapped()
    {
        RemoteLimits limits;
        limits.maxUnauthenticatedPerSource = 2;
        limits.authTimeoutMs = 400;
        auto s = server(limits);
        TlsClient a(portOf(*s));
        TlsClient b(portOf(*s));
        QVERIFY(a.waitEncrypted());
        QVERIFY(b.waitEncrypted());
        // The third from the same source is closed before any TLS work.
        TlsClient c(portOf(*s));
        QVERIFY(!c.waitEncrypted(1000));
        QVERIFY(c.waitClosed());
        // The deadline frees the slots of clients that never authenticate.
        QVERIFY(a.waitClosed(2000));
        QVERIFY(b.waitClosed(2000));
        QTRY_COMPARE(s->clientCount(), 0);
        TlsClient d(portOf(*s));
        QVERIFY(d.waitEncrypted());
    }

    void backPressure()
    {
        // A client that sends 200 requests and then does not read for a
        // while: bywayd stops reading its requests instead of queueing
        // replies (12.5 MiB here, far over sendCap), and everything arrives,
        // in order, once it reads again. The client runs on its own thread
        // with blocking calls, so while it sleeps nothing reads its socket.
        RemoteLimits limits;
        limits.connection.pauseReadingAt = 128 * 1024;
        limits.connection.sendCap = 1024 * 1024;
        auto s = server(limits);
        auto tok = m_tokens->create(QStringLiteral("bulk"), control::Role::View, std::nullopt, QStringLiteral("uid 0"));
        QVERIFY(tok);
        constexpr int kRequests = 400; // 25 MiB of replies: more than loopback buffers hold
        std::atomic<bool> done = false;
        QList<int> ids;
        QString problem;
        std::thread client([&, port = portOf(*s), token = tok->token] {
            QSslSocket c;
            c.setPeerVerifyMode(QSslSocket::VerifyNone);
            c.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            if (!c.waitForEncrypted(5000)) {
                problem = QStringLiteral("no handshake: ") + c.errorString();
                done = true;
                return;
            }
            QByteArray out = rpc::encodeRequest(1, QStringLiteral("auth.token"), {{QStringLiteral("token"), token}});
            for (int i = 0; i < kRequests; ++i)
                out += rpc::encodeRequest(100 + i, QStringLiteral("test.big"), {});
            c.write(out);
            while (c.bytesToWrite() > 0 && c.waitForBytesWritten(5000)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(800)); // not reading
            while (ids.size() < kRequests + 1) {
                while (c.canReadLine()) {
                    const QJsonObject r = QJsonDocument::fromJson(c.readLine()).object();
                    ids << r.value(u"id").toInt();
                    if (r.value(u"id").toInt() >= 100 && r.value(u"result").toObject().value(u"blob").toString().size() != 64 * 1024)
                        problem = QStringLiteral("short reply %1").arg(r.value(u"id").toInt());
                }
                if (ids.size() < kRequests + 1 && !c.waitForReadyRead(10000)) {
                    problem = QStringLiteral("stalled after %1 replies: %2").arg(ids.size()).arg(c.errorString());
                    break;
                }
            }
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), 60000);
        client.join();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(ids.size(), kRequests + 1);
        for (int i = 0; i < kRequests; ++i)
            QCOMPARE(ids[i + 1], 100 + i);
    }

    void oversizeLineCloses()
    {
        auto s = server();
        TlsClient c(portOf(*s));
        QVERIFY(c.waitEncrypted());
        c.socket().write(QByteArray(rpc::kMaxMessageBytes + 10, 'x'));
        QCOMPARE(errorName(c.next(10000)), QStringLiteral("message_too_large"));
        QVERIFY(c.waitClosed());
    }
};

QTEST_GUILESS_MAIN(TstRemote)
#include "tst_helper_remote.moc"
