// SPDX-License-Identifier: GPL-3.0-or-later
// "Management address moves to" end to end, through the GUI's models against
// a real bywayd (remote_lab.py --move: a bypass router's namespace whose LAN
// port carries A, B and C; bywayd listening on 0.0.0.0; TCP to C dropped).
// The GUI manages the box as a remote appliance on A (pinned certificate,
// admin token). Moving bypass.address to B with the reconnect check: the
// connection follows to B with the same pin and token, that confirms the
// change, and only then is the appliance stored with B. Moving on to C,
// which the GUI cannot reach: bywayd rolls back at the deadline, the
// connection goes back to B and the appliance keeps B.
#include "addressmove.h"
#include "appliancemodel.h"
#include "configmodel.h"
#include "confirmchecks.h"
#include "core/client.h"
#include "helperconnection.h"
#include "syncclient.h"

#include <QJsonArray>
#include <QSettings>
#include <QTest>

using namespace byway;
using namespace byway::qml;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

Result<QJsonValue> local(const QString &method, const QJsonObject &params = {})
{
    Client c;
    if (auto r = cli::connectAndWait(c, Client::defaultSocketPath()); !r)
        return std::unexpected(r.error());
    return cli::callAndWait(c, method, params);
}

QJsonObject bypassConfig(const QString &address)
{
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("role"), QStringLiteral("bypass-router")},
            {QStringLiteral("interfaces"), QJsonObject{{QStringLiteral("lan"), QJsonArray{QStringLiteral("lan0")}}}},
            {QStringLiteral("bypass"), QJsonObject{{QStringLiteral("mainRouter"), QStringLiteral("192.168.10.1")},
                                                   {QStringLiteral("address"), address + QStringLiteral("/24")}}}};
}

QString runningAddress()
{
    auto r = local(QStringLiteral("config.get"));
    return r ? r->toObject().value(u"config").toObject().value(u"bypass").toObject().value(u"address").toString()
             : QString();
}

QString lastAction()
{
    auto r = local(QStringLiteral("config.history"), {{QStringLiteral("limit"), 3}});
    return r ? r->toObject().value(u"entries").toArray().first().toObject().value(u"action").toString() : QString();
}

// What the settings file says about the first remote appliance.
QString storedHost()
{
    QSettings s(QStringLiteral("Byway"), QStringLiteral("byway"));
    s.sync();
    return s.value(QStringLiteral("appliances/list/1/host")).toString();
}

} // namespace

class TestAddressMove : public QObject
{
    Q_OBJECT

    HelperConnection *m_conn = nullptr;
    ApplianceModel *m_appliances = nullptr;
    ConfigModel *m_config = nullptr;
    AddressMove *m_move = nullptr;
    QString m_id;
    QByteArray m_pin;

    // Moves bypass.address to `to` with the reconnect check, deadline `seconds`.
    // Returns the appliance's host and stored host ("A|A") when following began.
    QString applyMove(const QString &to, int seconds)
    {
        m_config->setField(QStringLiteral("/bypass/address"), QStringLiteral("string"), to + QStringLiteral("/24"));
        m_move->setWanted(true);
        QString whileFollowing = QStringLiteral("(never following)");
        connect(m_move, &AddressMove::stateChanged, this, [this, &whileFollowing] {
            if (m_move->state() == AddressMove::Following)
                whileFollowing = m_appliances->remotes().first().host + QLatin1Char('|') + storedHost();
        }, Qt::SingleShotConnection);
        m_config->setConfirmSeconds(seconds);
        m_config->apply();
        // Following, or already past it (the check can pass within a poll).
        [&] { QTRY_VERIFY_WITH_TIMEOUT(m_move->state() != AddressMove::Idle, 10000); }();
        return whileFollowing;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *v : {"BYWAY_REMOTE_HOST", "BYWAY_REMOTE_PORT", "BYWAY_REMOTE_FINGERPRINT", "BYWAY_ADMIN_TOKEN",
                              "BYWAY_MOVE_TO", "BYWAY_MOVE_BLOCKED", "XDG_CONFIG_HOME"})
            QVERIFY2(!env(v).isEmpty(), v);
        auto r = local(QStringLiteral("config.apply"), {{QStringLiteral("config"), bypassConfig(env("BYWAY_REMOTE_HOST"))}});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));

        m_conn = new HelperConnection(this);
        auto *tokens = new TokenStore;
        tokens->setParent(this);
        m_appliances = new ApplianceModel(m_conn, tokens, this);
        m_config = new ConfigModel(m_conn, this);
        m_move = new AddressMove(m_conn, m_appliances, m_config, this);
        QVERIFY(!m_move->offered()); // the local socket: nothing to follow
        m_id = m_appliances->add(QStringLiteral("box"), env("BYWAY_REMOTE_HOST"), env("BYWAY_REMOTE_PORT").toInt(),
                                 env("BYWAY_ADMIN_TOKEN"));
        QVERIFY(!m_id.isEmpty());
        m_appliances->activate(m_id);
        // First use: the certificate is shown, then trusted.
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->errorCode(), QStringLiteral("certificate_untrusted"), 10000);
        QCOMPARE(m_conn->peerFingerprint(), env("BYWAY_REMOTE_FINGERPRINT"));
        QVERIFY(m_appliances->trustPresentedCertificate(m_id, m_conn->peerFingerprint()));
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), HelperConnection::Connected, 10000);
        m_pin = m_conn->endpoint().pin;
        QTRY_VERIFY_WITH_TIMEOUT(m_config->loaded() && m_config->role() == u"bypass-router", 10000);
        QCOMPARE(storedHost(), env("BYWAY_REMOTE_HOST"));
    }

    // Offered for a remote appliance whose role has bypass.address,
    // prefilled with the form's address; sent as {kind, address} only.
    void choiceIsPrefilledAndSentBare()
    {
        QVERIFY(m_move->offered());
        QCOMPARE(m_move->address(), env("BYWAY_REMOTE_HOST"));
        m_config->setField(QStringLiteral("/bypass/address"), QStringLiteral("string"), QStringLiteral("192.0.2.9/24"));
        QCOMPARE(m_move->address(), QStringLiteral("192.0.2.9"));
        m_move->setWanted(true);
        QVERIFY(m_config->confirmWhenHealthy());
        const QVariantList checks = m_config->healthChecks();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(confirmCheckJson(checks.first().toMap()),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("reconnect")},
                              {QStringLiteral("address"), QStringLiteral("192.0.2.9")}}));
        // A role without bypass.address: no longer offered, and the check goes.
        m_config->setRole(QStringLiteral("vpn-gateway"));
        QVERIFY(!m_move->offered());
        QVERIFY(!m_move->wanted());
        m_config->discard();
        QTRY_VERIFY_WITH_TIMEOUT(m_move->offered(), 5000);
    }

    void reachedOnTheNewAddressKeepsAndStoresIt()
    {
        const QString a = env("BYWAY_REMOTE_HOST"), b = env("BYWAY_MOVE_TO");
        const QString whileFollowing = applyMove(b, 30);
        // Following: the connection is on B, with the same pin and token; the
        // appliance is still stored with A.
        QCOMPARE(whileFollowing, a + QLatin1Char('|') + a);
        QCOMPARE(m_move->from(), a + QStringLiteral(":") + env("BYWAY_REMOTE_PORT"));
        QCOMPARE(m_move->to(), b + QStringLiteral(":") + env("BYWAY_REMOTE_PORT"));
        // bywayd keeps it by itself: the GUI's requests came through B.
        QTRY_COMPARE_WITH_TIMEOUT(m_config->applyState(), ConfigModel::Applied, 20000);
        QCOMPARE(m_move->state(), AddressMove::Moved);
        QCOMPARE(lastAction(), QStringLiteral("confirm-healthy"));
        QCOMPARE(runningAddress(), b + QStringLiteral("/24"));
        QCOMPARE(m_appliances->remotes().first().host, b);
        QCOMPARE(storedHost(), b);
        QCOMPARE(m_conn->endpoint().host, b);
        QCOMPARE(m_conn->endpoint().pin, m_pin);
        QCOMPARE(m_conn->endpoint().token, env("BYWAY_ADMIN_TOKEN"));
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), HelperConnection::Connected, 10000);
        QVERIFY(!m_move->wanted()); // the next apply does not move again
        m_config->dismissApplyState();
        QCOMPARE(m_move->state(), AddressMove::Idle);
    }

    void unreachableNewAddressRollsBackAndKeepsTheOld()
    {
        const QString b = env("BYWAY_MOVE_TO"), c = env("BYWAY_MOVE_BLOCKED");
        QTRY_VERIFY_WITH_TIMEOUT(m_config->loaded() && !m_config->dirty(), 10000);
        const QString whileFollowing = applyMove(c, 5);
        QCOMPARE(whileFollowing, b + QLatin1Char('|') + b);
        QCOMPARE(m_conn->endpoint().host, c);
        // Nobody reaches C: the deadline rolls back, the GUI goes back to B.
        QTRY_COMPARE_WITH_TIMEOUT(m_move->state(), AddressMove::Returned, 20000);
        QCOMPARE(m_config->applyState(), ConfigModel::TimedOut);
        QCOMPARE(m_conn->endpoint().host, b);
        QCOMPARE(m_conn->endpoint().pin, m_pin);
        QCOMPARE(m_appliances->remotes().first().host, b);
        QCOMPARE(storedHost(), b);
        QTRY_COMPARE_WITH_TIMEOUT(m_conn->state(), HelperConnection::Connected, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(lastAction(), QStringLiteral("health-rollback"), 10000);
        QCOMPARE(runningAddress(), b + QStringLiteral("/24"));
    }
};

QTEST_MAIN(TestAddressMove)
#include "tst_addressmove.moc"
