// SPDX-License-Identifier: GPL-3.0-or-later
// The client's TLS transport against a small TLS server in the test, with
// throw-away certificates made by openssl at test time: first use reports
// the fingerprint and sends nothing; the pinned certificate connects and
// auth.token goes first; another certificate is refused before a single
// byte of JSON; token errors (unauthenticated, rate_limited) reach
// HelperConnection with what the GUI needs to say.
#include "core/client.h"
#include "syncclient.h"
#include "helperconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace byway;
using namespace byway::qml;

namespace {

constexpr auto kGoodToken = "byw_0123456789ab_00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
constexpr auto kLimitedToken = "byw_0123456789ab_ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff";

// A bywayd remote listener in miniature: TLS with the given identity, then
// newline-delimited JSON-RPC; auth.token must come first.
class FakeRemote : public QTcpServer
{
public:
    QSslCertificate cert;
    QSslKey key;
    QByteArray received;      // every decrypted byte any client sent
    QList<QByteArray> lines;  // and as lines
    int handshakes = 0;       // TLS sessions that completed

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QSslSocket(this);
        if (!s->setSocketDescriptor(fd)) {
            delete s;
            return;
        }
        s->setLocalCertificate(cert);
        s->setPrivateKey(key);
        s->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(s, &QSslSocket::encrypted, this, [this] { ++handshakes; });
        connect(s, &QSslSocket::readyRead, this, [this, s] {
            const QByteArray bytes = s->readAll();
            received += bytes;
            m_buffer += bytes;
            qsizetype nl;
            while ((nl = m_buffer.indexOf('\n')) >= 0) {
                const QByteArray line = m_buffer.left(nl);
                m_buffer.remove(0, nl + 1);
                lines << line;
                answer(s, QJsonDocument::fromJson(line).object());
            }
        });
        connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
        s->startServerEncryption();
    }

private:
    void answer(QSslSocket *s, const QJsonObject &req)
    {
        const QJsonValue id = req.value(u"id");
        QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}};
        const QString method = req.value(u"method").toString();
        if (method == u"auth.token") {
            const QString token = req.value(u"params").toObject().value(u"token").toString();
            if (token == QLatin1String(kGoodToken)) {
                m_authed = true;
                reply.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("role"), QStringLiteral("view")},
                                                                   {QStringLiteral("tokenId"), QStringLiteral("0123456789ab")},
                                                                   {QStringLiteral("name"), QStringLiteral("laptop")}});
            } else if (token == QLatin1String(kLimitedToken)) {
                reply.insert(QStringLiteral("error"), QJsonObject{
                    {QStringLiteral("code"), -32013}, {QStringLiteral("message"), QStringLiteral("too many failed attempts")},
                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), QStringLiteral("rate_limited")},
                                                         {QStringLiteral("retryAfterSec"), 7}}}});
            } else {
                reply.insert(QStringLiteral("error"), QJsonObject{
                    {QStringLiteral("code"), -32012}, {QStringLiteral("message"), QStringLiteral("unknown or revoked token")},
                    {QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), QStringLiteral("unauthenticated")}}}});
            }
        } else if (!m_authed) {
            reply.insert(QStringLiteral("error"), QJsonObject{
                {QStringLiteral("code"), -32012}, {QStringLiteral("message"), QStringLiteral("auth.token first")},
                {QStringLiteral("data"), QJsonObject{{QStringLiteral("code"), QStringLiteral("unauthenticated")}}}});
        } else {
            reply.insert(QStringLiteral("result"), QJsonObject{{QStringLiteral("version"), QStringLiteral("9.9.9")},
                                                               {QStringLiteral("caller"), QJsonObject{{QStringLiteral("role"), QStringLiteral("view")}}}});
        }
        s->write(QJsonDocument(reply).toJson(QJsonDocument::Compact) + '\n');
    }

    QByteArray m_buffer;
    bool m_authed = false;
};

struct Identity {
    QSslCertificate cert;
    QSslKey key;
    QString opensslFingerprint; // as `openssl x509 -fingerprint -sha256` prints it
};

} // namespace

class TestRemote : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Identity m_one;
    Identity m_two;

    // A self-signed EC certificate from openssl, and its fingerprint computed by openssl too.
    Identity makeIdentity(const QString &name)
    {
        const QString certPath = m_dir.filePath(name + QStringLiteral(".crt"));
        const QString keyPath = m_dir.filePath(name + QStringLiteral(".key"));
        QProcess req;
        req.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                              QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                                              QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certPath,
                                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                              QStringLiteral("/CN=bywayd-%1").arg(name)});
        if (!req.waitForFinished(30000) || req.exitCode() != 0)
            qFatal("openssl req failed: %s", req.readAllStandardError().constData());
        QProcess fp;
        fp.start(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                                             QStringLiteral("-sha256"), QStringLiteral("-in"), certPath});
        fp.waitForFinished(30000);
        Identity id;
        id.opensslFingerprint = QString::fromLatin1(fp.readAllStandardOutput()).trimmed().section(QLatin1Char('='), 1);
        QFile c(certPath);
        QFile k(keyPath);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            qFatal("cannot read the test identity");
        id.cert = QSslCertificate(&c, QSsl::Pem);
        id.key = QSslKey(&k, QSsl::Ec, QSsl::Pem);
        return id;
    }

    static quint16 listen(FakeRemote &server, const Identity &id)
    {
        server.cert = id.cert;
        server.key = id.key;
        if (!server.listen(QHostAddress::LocalHost))
            qFatal("cannot listen");
        return server.serverPort();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here (qt6 openssl plugin)");
        QVERIFY(m_dir.isValid());
        m_one = makeIdentity(QStringLiteral("one"));
        m_two = makeIdentity(QStringLiteral("two"));
        QVERIFY(!m_one.cert.isNull() && !m_one.key.isNull());
        QVERIFY(m_one.cert != m_two.cert);
    }

    void fingerprintText()
    {
        const QByteArray d = Client::certificateDigest(m_one.cert);
        QCOMPARE(d.size(), 32);
        // Our digest is the one openssl prints for the file.
        QCOMPARE(Client::fingerprintText(d), m_one.opensslFingerprint);
        QCOMPARE(Client::fingerprintFromText(m_one.opensslFingerprint), d);
        QCOMPARE(Client::fingerprintFromText(m_one.opensslFingerprint.toLower().remove(QLatin1Char(':'))), d);
        QVERIFY(Client::fingerprintFromText(QStringLiteral("AB:CD")).isEmpty());
        QVERIFY(Client::fingerprintFromText(m_one.opensslFingerprint + QStringLiteral(":ZZ")).isEmpty());
    }

    void firstUseReportsFingerprintAndSendsNothing()
    {
        FakeRemote server;
        const quint16 port = listen(server, m_one);
        Client c;
        QSignalSpy connected(&c, &Client::connected);
        QSignalSpy failed(&c, &Client::connectionError);
        c.connectTo(Endpoint::tls(QStringLiteral("127.0.0.1"), port, {}, QString::fromLatin1(kGoodToken)));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(connected.size(), 0);
        QCOMPARE(c.lastFailure().code, QStringLiteral("certificate_untrusted"));
        QCOMPARE(Client::fingerprintText(c.lastFailure().fingerprint), m_one.opensslFingerprint);
        QVERIFY(c.lastFailure().message.contains(m_one.opensslFingerprint));
        QTest::qWait(200);
        QCOMPARE(server.received.size(), 0); // not the token, not a byte
    }

    void pinnedConnectsAndSendsTheTokenFirst()
    {
        FakeRemote server;
        const quint16 port = listen(server, m_one);
        Client c;
        // The host name differs from the certificate's CN: the pin is what counts.
        auto ok = cli::connectAndWait(c, Endpoint::tls(QStringLiteral("localhost"), port, Client::certificateDigest(m_one.cert),
                                              QString::fromLatin1(kGoodToken)));
        QVERIFY2(ok.has_value(), qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(c.isConnected());
        QCOMPARE(c.auth().role, QStringLiteral("view"));
        QCOMPARE(c.auth().tokenId, QStringLiteral("0123456789ab"));
        QCOMPARE(c.auth().name, QStringLiteral("laptop"));
        QCOMPARE(server.lines.size(), 1);
        const QJsonObject first = QJsonDocument::fromJson(server.lines.first()).object();
        QCOMPARE(first.value(u"method").toString(), QStringLiteral("auth.token"));
        QCOMPARE(first.value(u"params").toObject().value(u"token").toString(), QString::fromLatin1(kGoodToken));
        // Then JSON-RPC exactly as on the local socket.
        auto status = cli::callAndWait(c, QStringLiteral("status.get"));
        QVERIFY(status.has_value());
        QCOMPARE(status->toObject().value(u"version").toString(), QStringLiteral("9.9.9"));
    }

    void anotherCertificateIsRefusedBeforeAnyJson()
    {
        FakeRemote server;
        const quint16 port = listen(server, m_two); // the appliance's key was replaced (or someone is in between)
        Client c;
        QSignalSpy connected(&c, &Client::connected);
        QSignalSpy failed(&c, &Client::connectionError);
        bool callFailed = false;
        c.connectTo(Endpoint::tls(QStringLiteral("127.0.0.1"), port, Client::certificateDigest(m_one.cert),
                                  QString::fromLatin1(kGoodToken)));
        c.call(QStringLiteral("status.get"), {}, [&](Result<QJsonValue> r) { callFailed = !r.has_value(); });
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(connected.size(), 0);
        QCOMPARE(c.lastFailure().code, QStringLiteral("certificate_changed"));
        QCOMPARE(Client::fingerprintText(c.lastFailure().fingerprint), m_two.opensslFingerprint);
        QVERIFY(c.lastFailure().message.contains(QStringLiteral("nothing was sent")));
        QTRY_VERIFY(callFailed);
        QTest::qWait(300);
        QCOMPARE(server.received.size(), 0);
        QVERIFY(!c.isConnected());
    }

    void refusedTokenIsNotRetried()
    {
        FakeRemote server;
        const quint16 port = listen(server, m_one);
        HelperConnection conn;
        conn.setEndpoint(Endpoint::tls(QStringLiteral("127.0.0.1"), port, Client::certificateDigest(m_one.cert),
                                       QStringLiteral("byw_0123456789ab_") + QString(64, QLatin1Char('0'))));
        QTRY_COMPARE(conn.state(), HelperConnection::Refused);
        QCOMPARE(conn.errorCode(), QStringLiteral("unauthenticated"));
        QVERIFY(conn.errorMessage().contains(QStringLiteral("revoked")));
        QVERIFY(conn.remote());
        QCOMPARE(conn.target(), QStringLiteral("127.0.0.1:%1").arg(port));
        // A person has to enter a new token: no retry loop against the rate limiter.
        QTest::qWait(1500);
        QCOMPARE(server.lines.size(), 1);
        QCOMPARE(conn.state(), HelperConnection::Refused);
    }

    void rateLimitedWaitsAsAsked()
    {
        FakeRemote server;
        const quint16 port = listen(server, m_one);
        HelperConnection conn;
        conn.setEndpoint(Endpoint::tls(QStringLiteral("127.0.0.1"), port, Client::certificateDigest(m_one.cert),
                                       QString::fromLatin1(kLimitedToken)));
        QTRY_COMPARE(conn.errorCode(), QStringLiteral("rate_limited"));
        QCOMPARE(conn.state(), HelperConnection::Disconnected);
        QVERIFY2(conn.retryDelayMs() >= 7000, qPrintable(QString::number(conn.retryDelayMs())));
    }

    void guiConnectionWithViewToken()
    {
        FakeRemote server;
        const quint16 port = listen(server, m_one);
        HelperConnection conn;
        conn.setEndpoint(Endpoint::tls(QStringLiteral("127.0.0.1"), port, Client::certificateDigest(m_one.cert),
                                       QString::fromLatin1(kGoodToken)));
        QTRY_COMPARE(conn.state(), HelperConnection::Connected);
        QCOMPARE(conn.remoteRole(), QStringLiteral("view"));
        QCOMPARE(conn.tokenName(), QStringLiteral("laptop"));
        QVERIFY(conn.errorCode().isEmpty());
        // Back to the local socket: the remote session ends.
        conn.setSocketPath(QStringLiteral("/nonexistent/byway-test.sock"));
        QVERIFY(!conn.remote());
        QTRY_COMPARE(conn.state(), HelperConnection::Disconnected);
        QCOMPARE(conn.remoteRole(), QString());
    }
};

QTEST_MAIN(TestRemote)
#include "tst_remote.moc"
