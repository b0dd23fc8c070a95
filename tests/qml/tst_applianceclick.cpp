// SPDX-License-Identifier: GPL-3.0-or-later
// The Appliances and Settings pages of the real GUI (Main.qml, offscreen)
// used by taps, against a real bywayd with its remote listener
// (remote_lab.py: its own namespace, tokens from `bywayctl token create`)
// and a real Secret Service (keychain_session.sh: gnome-keyring in a
// private D-Bus session, a throw-away HOME).
// - The add form says what is missing, field by field; cancelled, it
//   leaves no error on the page.
// - A remote appliance added with a view token: the fingerprint bywayd
//   reports is shown before anything is sent; trusted, the GUI is connected
//   with the token's role and name, the token is in the keychain.
// - A restarted GUI (a second engine: its own models, the saved list) uses
//   the remote appliance with the pinned certificate and the keychain's
//   token, no question asked.
// - The token revoked on the appliance: the page asks for a new one; the
//   admin token typed in connects as admin.
// - This computer and the remote appliance switched by "Use"; the active
//   one removed: the GUI is back on this computer, the keychain entry gone.
// - Settings: the language switched by its radio buttons (the page's words
//   follow at once), the dark theme, a socket path that does not exist
//   (the page says so) and the right one (connected, and kept).
// With BYWAY_CLICK_SHOTS=DIR every step is saved there as a PNG; with
// BYWAY_CLICK_KIOSK=1 it all runs on the 800×480 kiosk.
#include "appliancemodel.h"
#include "appsettings.h"
#include "guitaps.h"
#include "helperconnection.h"
#include "labclient.h"
#include "language.h"
#include "singletons.h"
#include "statusmodel.h"
#include "tokenstore.h"

#include <QQmlExtensionPlugin>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Byway_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BywayPlugin)
Q_IMPORT_QML_PLUGIN(BywayStylePlugin)

using namespace byway;
using namespace byway::qml;
using namespace byway::qml::testing;

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

// What the keychain holds for `key`: the token, or "" when it has none.
QString keychainEntry(const QString &key)
{
    TokenStore store;
    std::optional<Result<QString>> got;
    store.read(key, [&](Result<QString> r) { got = std::move(r); });
    if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
        return QStringLiteral("<no answer from the keychain>");
    return *got ? **got : QString();
}

} // namespace

class TestApplianceClick : public QObject, public Taps
{
    Q_OBJECT

    QQmlApplicationEngine *m_engine = nullptr;
    ApplianceModel *m_appliances = nullptr;
    HelperConnection *m_connection = nullptr;
    QString m_remoteId;

    void shot(const char *what) { Taps::shot("appliances", what); }

    // The appliance list's row of `id` ("local": this computer).
    QQuickItem *row(const QString &id) const
    {
        return find([&](QQuickItem *i) { return i->property("applianceId").toString() == id && i->property("tokenState").isValid(); });
    }
    QQuickItem *rowButton(const QString &id, const QString &text) const
    {
        return firstItem(row(id), [&](QQuickItem *i) {
            return isA(i, "QQuickAbstractButton") && i->property("text").toString() == text && onScreen(i);
        });
    }
    // A text field by its placeholder (the add form's, the token's, the socket's).
    QQuickItem *textField(const QString &placeholder) const
    {
        return find([&](QQuickItem *i) {
            return isA(i, "QQuickTextField") && i->property("placeholderText").toString() == placeholder && onScreen(i);
        });
    }
    void typeInto(const QString &placeholder, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        typeIntoItem(textField(placeholder), utf8.constData(), QStringLiteral("the field \"%1\"").arg(placeholder));
    }
    // A label on screen whose text is exactly `text`.
    QQuickItem *label(const QString &text) const
    {
        return find([&](QQuickItem *i) { return isA(i, "QQuickLabel") && i->property("text").toString() == text && onScreen(i); });
    }
    void connectedAs(const QString &role, const QString &tokenName)
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), HelperConnection::Connected, 15000);
        QCOMPARE(m_connection->remoteRole(), role);
        QCOMPARE(m_connection->tokenName(), tokenName);
        // The Connection card says it: "<role> — token “<name>”".
        const QString access = js(QStringLiteral("qsTr('%1 — token “%2”').arg(Texts.callerRoleName('") + role + QStringLiteral("')).arg('")
                                  + tokenName + QStringLiteral("')"));
        QTRY_VERIFY2(find([&](QQuickItem *i) { return i->property("value").toString() == access && onScreen(i); }), qPrintable(access));
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *v : {"BYWAY_SOCKET", "BYWAY_REMOTE_HOST", "BYWAY_REMOTE_PORT", "BYWAY_REMOTE_FINGERPRINT", "BYWAY_ADMIN_TOKEN",
                              "BYWAY_VIEW_TOKEN"})
            QVERIFY2(!env(v).isEmpty(), v);
        QCOMPARE(env("BYWAY_TEST_KEYCHAIN"), QStringLiteral("real")); // keychain_session.sh
        m_engine = guiEngine(this);
        backendSingleton<AppSettings>(m_engine, "AppSettings")->setKiosk(m_kiosk);
        QVERIFY(backendSingleton<Language>(m_engine, "Language")->select(QStringLiteral("en")));
        m_appliances = backendSingleton<ApplianceModel>(m_engine, "ApplianceModel");
        m_connection = backendSingleton<HelperConnection>(m_engine, "HelperConnection");
        STEP(openMain(m_engine, QStringLiteral("appliances")));
        m_connection->reconnect(); // as byway's main() does
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), HelperConnection::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_appliances->keychain(), ApplianceModel::KeychainAvailable, 10000);
        QTest::qWait(300);
    }

    void thisComputerInUse()
    {
        QVERIFY(label(js(QStringLiteral("qsTr('Appliance tokens are stored in the system keychain.')"))));
        QCOMPARE(m_appliances->rowCount(), 1);
        QVERIFY(row(QStringLiteral("local")));
        QVERIFY2(firstItem(row(QStringLiteral("local")), [&](QQuickItem *i) {
                     return isA(i, "QQuickLabel") && i->property("text").toString() == js(QStringLiteral("qsTr('in use')"));
                 }),
                 "this computer's row does not say it is in use");
        STEP(shot("local"));
    }

    // Each missing field named in the form; Cancel leaves nothing behind.
    void addFormSaysWhatIsMissing()
    {
        STEP(tapText(js(QStringLiteral("qsTr('Add appliance…')"))));
        const QString addText = js(QStringLiteral("qsTr('Add and connect')"));
        QTRY_VERIFY(button(addText));
        STEP(tapText(addText));
        const QString noName = js(QStringLiteral("Texts.applianceCheckText('name_missing')"));
        QTRY_VERIFY2(label(noName), qPrintable(noName));
        STEP(shot("add-no-name"));
        STEP(typeInto(js(QStringLiteral("qsTr('Name, e.g. Office gateway')")), QStringLiteral("Lab box")));
        STEP(tapText(addText));
        QTRY_VERIFY(label(js(QStringLiteral("Texts.applianceCheckText('host_missing')"))));
        STEP(typeInto(js(QStringLiteral("qsTr('Host name or address')")), env("BYWAY_REMOTE_HOST")));
        STEP(typeInto(js(QStringLiteral("qsTr('Token (byw_…)')")), QStringLiteral("not-a-token")));
        STEP(tapText(addText));
        QTRY_VERIFY(label(js(QStringLiteral("Texts.applianceCheckText('token_format')"))));
        // The token field hides what is typed.
        QCOMPARE(textField(js(QStringLiteral("qsTr('Token (byw_…)')")))->property("echoMode").toInt(), 2 /* Password */);
        QCOMPARE(m_appliances->rowCount(), 1);
        STEP(tapText(js(QStringLiteral("qsTr('Cancel')"))));
        QTRY_VERIFY(!button(addText));
        // The form's problem stays in the form: the page shows no error of it.
        QTest::qWait(200);
        QVERIFY2(!find([&](QQuickItem *i) {
                     const QString t = i->property("text").toString();
                     return isA(i, "QQuickLabel") && onScreen(i)
                         && (t.contains(u"token_format") || t.contains(js(QStringLiteral("Texts.applianceCheckText('token_format')"))));
                 }),
                 "the add form's problem stays on the page after Cancel");
        STEP(shot("add-cancelled"));
    }

    // Added with the view token: the fingerprint first, nothing sent before it is trusted.
    void addedTrustedConnected()
    {
        STEP(tapText(js(QStringLiteral("qsTr('Add appliance…')"))));
        const QString addText = js(QStringLiteral("qsTr('Add and connect')"));
        QTRY_VERIFY(button(addText));
        // Opened again: empty, the port at its default.
        QCOMPARE(textField(js(QStringLiteral("qsTr('Name, e.g. Office gateway')")))->property("text").toString(), QString());
        STEP(typeInto(js(QStringLiteral("qsTr('Name, e.g. Office gateway')")), QStringLiteral("Lab box")));
        STEP(typeInto(js(QStringLiteral("qsTr('Host name or address')")), env("BYWAY_REMOTE_HOST")));
        STEP(typeInto(js(QStringLiteral("qsTr('Port')")), env("BYWAY_REMOTE_PORT")));
        STEP(typeInto(js(QStringLiteral("qsTr('Token (byw_…)')")), env("BYWAY_VIEW_TOKEN")));
        STEP(shot("add-filled"));
        STEP(tapText(addText));
        QTRY_VERIFY(!button(addText));
        QCOMPARE(m_appliances->rowCount(), 2);
        m_remoteId = m_appliances->activeId();
        QVERIFY(m_appliances->activeRemote());

        // The certificate's fingerprint, as bywayd reports it, and the way to trust it.
        QQuickItem *fingerprint = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((fingerprint = find([](QQuickItem *i) { return isA(i, "QQuickTextArea") && onScreen(i); })), 15000);
        QCOMPARE(fingerprint->property("text").toString(), env("BYWAY_REMOTE_FINGERPRINT"));
        QCOMPARE(m_connection->errorCode(), QStringLiteral("certificate_untrusted"));
        STEP(shot("trust-prompt"));
        STEP(tapText(js(QStringLiteral("qsTr('Trust and connect')"))));
        STEP(connectedAs(QStringLiteral("view"), QStringLiteral("lab-view")));
        // Its row: pinned, the token in the keychain, in use.
        const QString tokenState = js(QStringLiteral("Texts.tokenStateText('keychain')"));
        QTRY_VERIFY2(firstItem(row(m_remoteId), [&](QQuickItem *i) {
                         const QString t = i->property("text").toString();
                         return isA(i, "QQuickLabel") && t.startsWith(js(QStringLiteral("qsTr('Certificate pinned: %1')").arg(QString()))) && t.endsWith(tokenState);
                     }),
                     "the appliance's row does not say its certificate is pinned and its token in the keychain");
        QCOMPARE(keychainEntry(m_remoteId), env("BYWAY_VIEW_TOKEN"));
        STEP(shot("remote-connected"));
    }

    // Byway started again: the saved list, the pin and the keychain's token; no question.
    void restartedGuiConnectsWithTheKeychainToken()
    {
        auto *engine = guiEngine(nullptr);
        auto *appliances = backendSingleton<ApplianceModel>(engine, "ApplianceModel");
        auto *connection = backendSingleton<HelperConnection>(engine, "HelperConnection");
        appliances->setPersistent(false); // this one only reads
        QCOMPARE(appliances->rowCount(), 2);
        QVERIFY(appliances->restore()); // as byway's main() does: the appliance used last
        QCOMPARE(appliances->activeId(), m_remoteId);
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), HelperConnection::Connected, 15000);
        QCOMPARE(connection->remoteRole(), QStringLiteral("view"));
        QCOMPARE(connection->tokenName(), QStringLiteral("lab-view"));
        delete engine;
    }

    // The token revoked on the appliance: a new one asked for, typed, used.
    void revokedTokenIsAskedForAgain()
    {
        QString viewId;
        for (const QJsonValue &t : askBywayd(QStringLiteral("token.list")).value(u"tokens").toArray())
            if (t.toObject().value(u"name").toString() == u"lab-view")
                viewId = t.toObject().value(u"id").toString();
        QVERIFY(!viewId.isEmpty());
        QVERIFY(askBywayd(QStringLiteral("token.revoke"), {{QStringLiteral("id"), viewId}}).contains(u"revoked"));
        const QString tokenHint = js(QStringLiteral("qsTr('Token (byw_…)')"));
        QTRY_VERIFY_WITH_TIMEOUT(textField(tokenHint), 15000);
        QCOMPARE(m_connection->errorCode(), QStringLiteral("unauthenticated"));
        QVERIFY(label(js(QStringLiteral("Texts.errorText('unauthenticated')"))));
        STEP(shot("token-refused"));
        STEP(typeInto(tokenHint, env("BYWAY_ADMIN_TOKEN")));
        STEP(tapText(js(QStringLiteral("qsTr('Use token')"))));
        STEP(connectedAs(QStringLiteral("admin"), QStringLiteral("lab-admin")));
        QTRY_COMPARE(keychainEntry(m_remoteId), env("BYWAY_ADMIN_TOKEN"));
        STEP(shot("admin-token"));
    }

    void switchedByUse()
    {
        const QString use = js(QStringLiteral("qsTr('Use')"));
        STEP(tapItem(rowButton(QStringLiteral("local"), use), QStringLiteral("this computer's Use")));
        QTRY_VERIFY(!m_appliances->activeRemote());
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), HelperConnection::Connected, 10000);
        QVERIFY(!m_connection->remote());
        STEP(shot("back-local"));
        STEP(tapItem(rowButton(m_remoteId, use), QStringLiteral("the lab box's Use")));
        QTRY_VERIFY(m_appliances->activeRemote());
        STEP(connectedAs(QStringLiteral("admin"), QStringLiteral("lab-admin")));
    }

    // The one in use removed: this computer again, and the token leaves the keychain.
    void removedWhileInUse()
    {
        STEP(tapItem(rowButton(m_remoteId, js(QStringLiteral("qsTr('Remove')"))), QStringLiteral("the lab box's Remove")));
        QTRY_VERIFY(!m_appliances->activeRemote());
        QCOMPARE(m_appliances->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), HelperConnection::Connected, 10000);
        QVERIFY(!m_connection->remote());
        QTRY_COMPARE_WITH_TIMEOUT(keychainEntry(m_remoteId), QString(), 10000);
        STEP(shot("removed"));
    }

    // Settings: language, theme and the socket, by taps.
    void settingsByTaps()
    {
        auto *settings = backendSingleton<AppSettings>(m_engine, "AppSettings");
        auto *language = backendSingleton<Language>(m_engine, "Language");
        STEP(goTo(QStringLiteral("settings")));
        const auto radio = [&](const QString &name) {
            return find([&](QQuickItem *i) { return isA(i, "QQuickRadioButton") && i->property("text").toString() == name && onScreen(i); });
        };
        for (const auto &[code, name, title] : {std::tuple{"zh_CN", "简体中文", "设置"}, std::tuple{"ko", "한국어", "설정"}}) {
            STEP(tapItem(radio(QString::fromUtf8(name)), QString::fromUtf8(name)));
            QTRY_COMPARE(language->language(), QLatin1String(code));
            // The words follow at once: the page's title, the sidebar's or tab bar's entry.
            QTRY_VERIFY2(label(QString::fromUtf8(title)) || button(QString::fromUtf8(title)), title);
            QCOMPARE(js(QStringLiteral("qsTr('Settings')")), QString::fromUtf8(title));
            if (m_kiosk) { // the tab bar still marks the page shown, though its tabs were made anew
                QQuickItem *tab = nullptr;
                QTRY_VERIFY((tab = find([&](QQuickItem *i) { return isA(i, "QQuickTabButton") && i->property("text").toString() == QString::fromUtf8(title); })));
                QTRY_VERIFY2(tab->property("checked").toBool(), "the kiosk's tab bar lost the page shown");
            }
            STEP(shot(code));
        }
        STEP(tapItem(radio(QStringLiteral("English")), QStringLiteral("English")));
        QTRY_COMPARE(language->language(), QStringLiteral("en"));

        const bool dark = settings->dark();
        QQuickItem *theme = find([&](QQuickItem *i) { return isA(i, "QQuickSwitch") && i->property("text").toString() == js(QStringLiteral("qsTr('Dark theme')")); });
        STEP(tapItem(theme, QStringLiteral("the dark theme switch")));
        QTRY_COMPARE(settings->dark(), !dark);
        STEP(shot("theme"));
        STEP(tapItem(theme, QStringLiteral("the dark theme switch")));
        QTRY_COMPARE(settings->dark(), dark);

        // A socket that is not there: the page says it is not connected, and why.
        const QString hint = js(QStringLiteral("qsTr('Socket path')"));
        const QString connectText = js(QStringLiteral("qsTr('Connect')"));
        STEP(typeInto(hint, QStringLiteral("/run/byway-nowhere/bywayd.sock")));
        STEP(tapText(connectText));
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() != HelperConnection::Connected && m_connection->state() != HelperConnection::Connecting, 10000);
        QTRY_VERIFY(label(js(QStringLiteral("Texts.connectionState(HelperConnection.Disconnected, \"\")"))));
        // and why, naming the path.
        QTRY_VERIFY2(find([](QQuickItem *i) {
                         return isA(i, "QQuickLabel") && onScreen(i) && i->property("text").toString().contains(u"/run/byway-nowhere/bywayd.sock");
                     }),
                     "the Settings page does not say why it is not connected");
        STEP(shot("socket-wrong"));
        STEP(typeInto(hint, env("BYWAY_SOCKET")));
        STEP(tapText(connectText));
        QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), HelperConnection::Connected, 10000);
        QVERIFY(label(js(QStringLiteral("Texts.connectionState(HelperConnection.Connected, \"\")"))));
        QCOMPARE(settings->savedSocketPath(), env("BYWAY_SOCKET"));
        STEP(shot("socket-right"));
    }

    void cleanupTestCase()
    {
        delete m_engine;
        m_engine = nullptr;
    }
};

QTEST_MAIN(TestApplianceClick)
#include "tst_applianceclick.moc"
