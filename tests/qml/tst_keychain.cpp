// SPDX-License-Identifier: GPL-3.0-or-later
// Appliance tokens through the C++ keychain wrapper (TokenStore on
// QtKeychain). With BYWAY_TEST_KEYCHAIN=real (keychain_session.sh: a private
// D-Bus session with gnome-keyring) a token is stored, read back by a new
// ApplianceModel as after a restart, and removed; the settings file never
// holds it. With BYWAY_TEST_KEYCHAIN=none (no D-Bus session at all) the
// store says the keychain is unavailable and still writes the token nowhere.
#include "appliancemodel.h"
#include "helperconnection.h"
#include "tokenstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace byway;
using namespace byway::qml;

namespace {

const QString kToken = QStringLiteral("byw_a1b2c3d4e5f6_0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0");

bool realKeychain()
{
    return qgetenv("BYWAY_TEST_KEYCHAIN") == "real";
}

// Every file the settings could be in, as text.
QByteArray settingsText()
{
    QSettings s(QStringLiteral("Byway"), QStringLiteral("byway"));
    s.sync();
    QFile f(s.fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray mode = qgetenv("BYWAY_TEST_KEYCHAIN");
        QVERIFY2(mode == "real" || mode == "none", "run through keychain_session.sh (real) or with BYWAY_TEST_KEYCHAIN=none");
        qputenv("BYWAY_SOCKET", "/nonexistent/byway-test.sock");
        // The settings of this run only (the runner gives a throw-away XDG_CONFIG_HOME).
        QSettings(QStringLiteral("Byway"), QStringLiteral("byway")).clear();
    }

    void storeReadRemove()
    {
        TokenStore store(QStringLiteral("byway-test"));
        QSignalSpy availability(&store, &TokenStore::availabilityChanged);
        store.probe();
        QTRY_VERIFY_WITH_TIMEOUT(store.availability() != TokenStore::Availability::Unknown, 15000);
        if (!realKeychain()) {
            QCOMPARE(store.availability(), TokenStore::Availability::Unavailable);
            QVERIFY(!store.problem().isEmpty());
            std::optional<Result<void>> w;
            store.write(QStringLiteral("appliance-1"), kToken, [&](Result<void> r) { w = r; });
            QTRY_VERIFY_WITH_TIMEOUT(w.has_value(), 15000);
            QVERIFY(!w->has_value());
            QCOMPARE(w->error().code, ErrorCode::Unavailable);
            return;
        }
        QCOMPARE(store.availability(), TokenStore::Availability::Available);

        std::optional<Result<void>> w;
        store.write(QStringLiteral("appliance-1"), kToken, [&](Result<void> r) { w = r; });
        QTRY_VERIFY_WITH_TIMEOUT(w.has_value(), 15000);
        QVERIFY2(w->has_value(), qPrintable(w->has_value() ? QString() : w->error().message));

        // A second store object (as another run of the GUI would have) reads it back.
        TokenStore again(QStringLiteral("byway-test"));
        std::optional<Result<QString>> r;
        again.read(QStringLiteral("appliance-1"), [&](Result<QString> v) { r = v; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 15000);
        QVERIFY(r->has_value());
        QCOMPARE(**r, kToken);

        std::optional<Result<void>> d;
        again.remove(QStringLiteral("appliance-1"), [&](Result<void> v) { d = v; });
        QTRY_VERIFY_WITH_TIMEOUT(d.has_value(), 15000);
        QVERIFY(d->has_value());
        r.reset();
        again.read(QStringLiteral("appliance-1"), [&](Result<QString> v) { r = v; });
        QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 15000);
        QVERIFY(!r->has_value());
        QCOMPARE(r->error().code, ErrorCode::NotFound);
    }

    void applianceTokenOnlyInTheKeychain()
    {
        QString id;
        {
            HelperConnection conn;
            TokenStore tokens;
            ApplianceModel m(&conn, &tokens);
            QCOMPARE(m.rowCount(), 1); // this computer
            QCOMPARE(m.check(QStringLiteral("x"), QStringLiteral("gw"), 7443, QStringLiteral("byw_nope")), QStringLiteral("token_format"));
            QCOMPARE(m.check(QStringLiteral("x"), QStringLiteral("gw"), 0, kToken), QStringLiteral("port_range"));
            id = m.add(QStringLiteral("Office gateway"), QStringLiteral("gw.example.net"), 7443, kToken);
            QVERIFY(!id.isEmpty());
            QCOMPARE(m.rowCount(), 2);
            const QModelIndex row = m.index(1);
            QCOMPARE(row.data(ApplianceModel::NameRole).toString(), QStringLiteral("Office gateway"));
            QCOMPARE(row.data(ApplianceModel::AddressRole).toString(), QStringLiteral("gw.example.net:7443"));
            QVERIFY(!row.data(ApplianceModel::PinnedRole).toBool());
            const QString where = realKeychain() ? QStringLiteral("keychain") : QStringLiteral("session");
            if (realKeychain())
                QTRY_COMPARE_WITH_TIMEOUT(m.index(1).data(ApplianceModel::TokenRole).toString(), where, 15000);
            else
                QTRY_COMPARE_WITH_TIMEOUT(m.lastError(), QStringLiteral("keychain_write_failed"), 15000);
            QCOMPARE(m.index(1).data(ApplianceModel::TokenRole).toString(), where);
            QCOMPARE(m.keychain(), realKeychain() ? ApplianceModel::KeychainAvailable : ApplianceModel::KeychainUnavailable);
            // The settings name the appliance but never hold the secret.
            const QByteArray text = settingsText();
            QVERIFY(text.contains("gw.example.net"));
            QVERIFY(!text.contains(kToken.toLatin1()));
            QVERIFY(!text.contains(kToken.section(QLatin1Char('_'), 2).toLatin1()));
        }
        // "Restart": a new model finds the appliance; activating it reads the token.
        HelperConnection conn;
        TokenStore tokens;
        ApplianceModel m(&conn, &tokens);
        QCOMPARE(m.rowCount(), 2);
        m.activate(id);
        QCOMPARE(m.activeId(), id);
        if (realKeychain()) {
            QTRY_VERIFY_WITH_TIMEOUT(conn.remote() && conn.endpoint().token == kToken, 15000);
            QCOMPARE(conn.endpoint().host, QStringLiteral("gw.example.net"));
            QCOMPARE(conn.endpoint().port, quint16(7443));
            QVERIFY(conn.endpoint().pin.isEmpty()); // first use: the fingerprint is asked for
        } else {
            // Nothing survived the restart: the page asks for the token again.
            QTRY_COMPARE_WITH_TIMEOUT(conn.errorCode(), QStringLiteral("keychain_unavailable"), 15000);
            QCOMPARE(conn.state(), HelperConnection::Refused);
            QVERIFY(conn.endpoint().token.isEmpty());
        }
        // Removing the appliance removes its token and goes back to this computer.
        m.remove(id);
        QCOMPARE(m.rowCount(), 1);
        QCOMPARE(m.activeId(), QStringLiteral("local"));
        QVERIFY(!conn.remote());
        if (realKeychain()) {
            std::optional<Result<QString>> r;
            tokens.read(id, [&](Result<QString> v) { r = v; });
            QTRY_VERIFY_WITH_TIMEOUT(r.has_value(), 15000);
            QVERIFY(!r->has_value());
            QCOMPARE(r->error().code, ErrorCode::NotFound);
        }
    }
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
