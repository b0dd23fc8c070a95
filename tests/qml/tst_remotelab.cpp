// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI's client against a real bywayd remote listener (run by
// remote_lab.py: bywayd --remote-listen in a network namespace of its own,
// tokens from `bywayctl token create`). First use shows the fingerprint
// bywayd reports; a wrong pin is refused; an admin token may apply (with
// commit-confirm verified over a fresh TLS connection, then Keep); a view
// token may read but not apply; bad tokens end in rate_limited.
#include "configmodel.h"
#include "core/client.h"
#include "syncclient.h"
#include "helperconnection.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace byway;
using namespace byway::qml;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

Endpoint remote(const QByteArray &pin, const QString &token)
{
    return Endpoint::tls(env("BYWAY_REMOTE_HOST"), quint16(env("BYWAY_REMOTE_PORT").toUInt()), pin, token);
}

QByteArray pin()
{
    return Client::fingerprintFromText(env("BYWAY_REMOTE_FINGERPRINT"));
}

} // namespace

class TestRemoteLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const char *v : {"BYWAY_REMOTE_HOST", "BYWAY_REMOTE_PORT", "BYWAY_REMOTE_FINGERPRINT", "BYWAY_ADMIN_TOKEN",
                              "BYWAY_VIEW_TOKEN", "BYWAY_RATE_FAILURES"})
            QVERIFY2(!env(v).isEmpty(), v);
        QCOMPARE(pin().size(), 32);
    }

    void firstUseShowsTheFingerprintBywaydReports()
    {
        Client c;
        auto r = cli::connectAndWait(c, remote({}, env("BYWAY_ADMIN_TOKEN")));
        QVERIFY(!r);
        QCOMPARE(c.lastFailure().code, QStringLiteral("certificate_untrusted"));
        QCOMPARE(Client::fingerprintText(c.lastFailure().fingerprint), env("BYWAY_REMOTE_FINGERPRINT"));
    }

    void otherPinIsRefused()
    {
        QByteArray wrong = pin();
        wrong[0] = char(wrong[0] ^ 0x01);
        Client c;
        auto r = cli::connectAndWait(c, remote(wrong, env("BYWAY_ADMIN_TOKEN")));
        QVERIFY(!r);
        QCOMPARE(c.lastFailure().code, QStringLiteral("certificate_changed"));
        QVERIFY(!c.isConnected());
    }

    void adminToken()
    {
        Client c;
        auto r = cli::connectAndWait(c, remote(pin(), env("BYWAY_ADMIN_TOKEN")));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(c.auth().role, QStringLiteral("admin"));
        QCOMPARE(c.auth().name, QStringLiteral("lab-admin"));
        auto status = cli::callAndWait(c, QStringLiteral("status.get"));
        QVERIFY(status.has_value());
        const QJsonObject caller = status->toObject().value(u"caller").toObject();
        QCOMPARE(caller.value(u"role").toString(), QStringLiteral("admin"));
        auto config = cli::callAndWait(c, QStringLiteral("config.get"));
        QVERIFY(config.has_value());
        QVERIFY(config->toObject().contains(u"revision"));
    }

    void viewTokenReadsButMayNotApply()
    {
        Client c;
        auto r = cli::connectAndWait(c, remote(pin(), env("BYWAY_VIEW_TOKEN")));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(c.auth().role, QStringLiteral("view"));
        QVERIFY(cli::callAndWait(c, QStringLiteral("status.get")).has_value());
        auto apply = cli::callAndWait(c, QStringLiteral("config.apply"),
                                {{QStringLiteral("config"), QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("role"), QStringLiteral("none")}}}});
        QVERIFY(!apply);
        QCOMPARE(apply.error().code, ErrorCode::PermissionDenied);
    }

    void applyKeepOverTheRemote()
    {
        // The GUI's path: HelperConnection on the TLS endpoint, ConfigModel's
        // commit-confirm with its fresh connection over TLS too.
        HelperConnection conn;
        conn.setEndpoint(remote(pin(), env("BYWAY_ADMIN_TOKEN")));
        QTRY_COMPARE_WITH_TIMEOUT(conn.state(), HelperConnection::Connected, 15000);
        QCOMPARE(conn.remoteRole(), QStringLiteral("admin"));
        ConfigModel m(&conn);
        m.load();
        QTRY_VERIFY_WITH_TIMEOUT(m.loaded(), 15000);
        const qint64 before = m.revision();
        m.setField(QStringLiteral("/debug/categories"), QStringLiteral("list"), QStringLiteral("probe"));
        QVERIFY(m.dirty());
        m.setConfirmSeconds(60);
        m.apply();
        QTRY_COMPARE_WITH_TIMEOUT(m.applyState(), ConfigModel::AwaitingDecision, 20000);
        QVERIFY(m.secondsLeft() > 0);
        m.keep();
        QTRY_COMPARE_WITH_TIMEOUT(m.applyState(), ConfigModel::Applied, 15000);
        QVERIFY(m.revision() > before);
        Client check;
        QVERIFY(cli::connectAndWait(check, remote(pin(), env("BYWAY_VIEW_TOKEN"))).has_value());
        auto history = cli::callAndWait(check, QStringLiteral("config.history"), {{QStringLiteral("limit"), 1}});
        QVERIFY(history.has_value());
        QVERIFY(history->toObject().value(u"pending").toObject().isEmpty()); // confirmed: nothing waits
    }

    // Last: it blocks this source address for a while.
    void badTokensEndInRateLimited()
    {
        const int failures = env("BYWAY_RATE_FAILURES").toInt();
        const QString bad = QStringLiteral("byw_000000000000_") + QString(64, QLatin1Char('0'));
        for (int i = 0; i < failures; ++i) {
            Client c;
            QVERIFY(!cli::connectAndWait(c, remote(pin(), bad)));
            QCOMPARE(c.lastFailure().code, QStringLiteral("unauthenticated"));
        }
        HelperConnection conn;
        conn.setEndpoint(remote(pin(), env("BYWAY_ADMIN_TOKEN"))); // even a good token waits now
        QTRY_COMPARE_WITH_TIMEOUT(conn.errorCode(), QStringLiteral("rate_limited"), 15000);
        QCOMPARE(conn.state(), HelperConnection::Disconnected);
        QVERIFY2(conn.retryDelayMs() >= 1000, qPrintable(QString::number(conn.retryDelayMs())));
    }
};

QTEST_MAIN(TestRemoteLab)
#include "tst_remotelab.moc"
