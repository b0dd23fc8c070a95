// SPDX-License-Identifier: GPL-3.0-or-later
// The guided setup (SetupFlow.qml) against a real bywayd (netns_run.py: a
// namespace with lan0 192.168.10.2/24 and a default route via 192.168.10.1):
// bypass-router picked by its radio button, lan0 tapped in the interface
// picker that box.interfaces fills, the detected main router and the LAN
// port's address taken from their one-tap suggestions, and applied. An
// address lan0 does not have is refused at its field, named by its label.
// Then the Plan card: +/- groups for a change, gone after Discard; and a
// pool's user rows edited by taps and typing, applied and removed.
#include "appsettings.h"
#include "boxmodel.h"
#include "guitaps.h"
#include "labclient.h"
#include "language.h"
#include "singletons.h"
#include "statusmodel.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Byway_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BywayPlugin)
Q_IMPORT_QML_PLUGIN(BywayStylePlugin)

using namespace byway;
using namespace byway::qml;
using namespace byway::qml::testing;

class TestSetupFlow : public QObject
{
    Q_OBJECT

    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
    QObject *m_flow = nullptr;
    ConfigModel *m_model = nullptr;
    BoxModel *m_box = nullptr;

    // By objectName, among the visible items (guitaps.h).
    QQuickItem *item(const QString &name)
    {
        return firstItem(sceneRoot(m_window), [&](QQuickItem *i) { return i->objectName() == name; });
    }
    // A tap, as a person gives it: the control must be on screen and enabled.
    void tap(const QString &name)
    {
        QQuickItem *it = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT((it = item(name)) && it->isVisible() && it->isEnabled(),
                                  qPrintable(name + (it ? QStringLiteral(" visible %1 enabled %2 open %3").arg(it->isVisible()).arg(it->isEnabled())
                                                             .arg(m_flow->property("opened").toBool())
                                                        : QStringLiteral(" not found"))), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(it->width() > 0 && it->height() > 0, 5000);
        tapItem(m_window, it, name);
    }
    void type(const char *text) { typeKeys(m_window, text); }
    void toStep(int step)
    {
        m_flow->setProperty("step", step);
        // The layout of the step's items settles in the next frames.
        QTest::qWait(200);
    }
    void settle()
    {
        QTest::qWait(ConfigModel::kValidateDelayMs + 100);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->validating(), 10000);
    }
    // With BYWAY_SETUP_SHOTS=DIR: the flow at these steps in every language,
    // at 1280×800 and as the 800×480 kiosk, into DIR/setup-<name>-<step>-<lang>-<size>.png.
    void shoot(const QString &name, const QList<int> &steps)
    {
        const QString dir = qEnvironmentVariable("BYWAY_SETUP_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        auto *settings = backendSingleton<AppSettings>(m_engine, "AppSettings");
        auto *language = backendSingleton<Language>(m_engine, "Language");
        settings->setPersistent(false);
        const int before = m_flow->property("step").toInt();
        for (const bool kiosk : {false, true}) {
            settings->setKiosk(kiosk);
            m_window->resize(kiosk ? QSize(800, 480) : QSize(1280, 800));
            for (const char *lang : {"en", "zh_CN", "ko"}) {
                language->setLanguage(QString::fromLatin1(lang));
                for (const int step : steps) {
                    toStep(step);
                    QTest::qWait(250);
                    const QString file = QStringLiteral("%1/setup-%2-%3-%4-%5.png")
                                             .arg(dir, name).arg(step + 1).arg(QString::fromLatin1(lang),
                                                                               kiosk ? QStringLiteral("800x480") : QStringLiteral("1280x800"));
                    QVERIFY2(m_window->grabWindow().save(file), qPrintable(file));
                }
            }
        }
        settings->setKiosk(false);
        language->setLanguage(QStringLiteral("en"));
        m_window->resize(1280, 800);
        toStep(before);
        QTest::qWait(100);
    }
    QVariant eval(const QString &js)
    {
        // In the window's document, which imports Byway (FieldLabels, Texts).
        QQmlExpression e(qmlContext(m_window), m_window, js);
        const QVariant v = e.evaluate();
        if (e.hasError())
            qWarning() << js << e.error().toString();
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BYWAY_SOCKET"), "run through netns_run.py");
        m_engine = guiEngine(this);
        m_engine->loadData(R"(
            import QtQuick
            import QtQuick.Controls
            import Byway
            import Byway.Backend
            ApplicationWindow {
                width: 1280; height: 800; visible: true
                SetupFlow { id: flow; objectName: "flow" }
                Component.onCompleted: flow.start()
            })");
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_flow = m_window->findChild<QObject *>(QStringLiteral("flow"));
        QVERIFY(m_flow);
        m_model = backendSingleton<ConfigModel>(m_engine, "ConfigModel");
        m_box = backendSingleton<BoxModel>(m_engine, "BoxModel");
        auto *conn = backendSingleton<HelperConnection>(m_engine, "HelperConnection");
        auto *status = backendSingleton<StatusModel>(m_engine, "StatusModel");
        conn->reconnect();
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), HelperConnection::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->loaded(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_box->loaded(), 10000);
        // The form's controls are for admins: bywayd says who we are.
        QTRY_COMPARE_WITH_TIMEOUT(status->callerRole(), QStringLiteral("admin"), 10000);
    }

    void bypassRouterFromThePickers()
    {
        // box.interfaces: lan0 with its address and link state; the main router from the default route.
        QVERIFY2(m_box->names().contains(QStringLiteral("lan0")), qPrintable(m_box->names().join(u',')));
        QVERIFY(!m_box->names().contains(QStringLiteral("lo")));
        // IPv4 first (the veth may have an IPv6 link-local address too).
        QCOMPARE(m_box->addressesOf({QStringLiteral("lan0")}).value(0), QStringLiteral("192.168.10.2/24"));
        QVERIFY(m_box->hasAddress({QStringLiteral("lan0")}, QStringLiteral("192.168.10.2/24")));
        QVERIFY(!m_box->hasAddress({QStringLiteral("lan0")}, QStringLiteral("192.168.10.2/25")));
        QCOMPARE(m_box->defaultGateway(), QStringLiteral("192.168.10.1"));
        QCOMPARE(m_box->defaultGatewayDevice(), QStringLiteral("lan0"));

        m_window->resize(1280, 800);
        tap(QStringLiteral("setupRole_bypass-router"));
        QTRY_COMPARE(m_model->role(), QStringLiteral("bypass-router"));
        toStep(1);
        tap(QStringLiteral("interface:/interfaces/lan=lan0"));
        QTRY_COMPARE(m_model->fieldText(QStringLiteral("/interfaces/lan"), QStringLiteral("list")), QStringLiteral("lan0"));
        toStep(2);
        tap(QStringLiteral("suggestion:/bypass/mainRouter=192.168.10.1"));
        QTRY_COMPARE(m_model->fieldText(QStringLiteral("/bypass/mainRouter"), QStringLiteral("string")), QStringLiteral("192.168.10.1"));

        // An address lan0 does not have: refused at its field, named by its label.
        m_model->setField(QStringLiteral("/bypass/address"), QStringLiteral("string"), QStringLiteral("192.168.10.3/24"));
        settle();
        const QVariantMap wrong = m_model->fieldError(QStringLiteral("/bypass/address"));
        QVERIFY2(wrong.value(QStringLiteral("id")).toString() == u"env.bypass.address_missing", qPrintable(describe(*m_model)));
        QCOMPARE(wrong.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QVERIFY(m_model->errorCount() > 0);
        QQuickItem *field = item(QStringLiteral("setupAddress"));
        QVERIFY(field && field->isVisible());
        QVERIFY(field->property("hasError").toBool());
        const QString where = eval(QStringLiteral("FieldLabels.where(ConfigModel.problems[0], ConfigModel.problems[0].path)")).toString();
        QCOMPARE(where, QStringLiteral("Bypass routing › This box on the LAN (address/length)"));
        const QString text = eval(QStringLiteral("Texts.fieldErrorText(ConfigModel.problems[0])")).toString();
        QVERIFY2(text.contains(QStringLiteral("192.168.10.3/24")) && text.contains(QStringLiteral("192.168.10.2/24")), qPrintable(text));
        shoot(QStringLiteral("wrongaddress"), {2, 4});

        tap(QStringLiteral("suggestion:/bypass/address=192.168.10.2/24"));
        QTRY_COMPARE(m_model->fieldText(QStringLiteral("/bypass/address"), QStringLiteral("string")), QStringLiteral("192.168.10.2/24"));
        settle();
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));

        toStep(5);
        QString why;
        QVERIFY2(applyAndWait(*m_model, &why), qPrintable(why));
        const QJsonObject running = runningConfig();
        QCOMPARE(running.value(u"role").toString(), QStringLiteral("bypass-router"));
        QCOMPARE(running.value(u"interfaces").toObject().value(u"lan").toArray(), QJsonArray{QStringLiteral("lan0")});
        QCOMPARE(running.value(u"bypass").toObject().value(u"mainRouter").toString(), QStringLiteral("192.168.10.1"));
        QCOMPARE(running.value(u"bypass").toObject().value(u"address").toString(), QStringLiteral("192.168.10.2/24"));
    }

    // The Plan card: a change shows as +/- lines by group, and Discard takes it away.
    void planDiffThenDiscard()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->dirty(), 10000);
        m_model->setField(QStringLiteral("/routing/tableBase"), QStringLiteral("int"), QStringLiteral("2300"));
        settle();
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        m_model->plan();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->planning() && m_model->planLoaded(), 10000);
        QVERIFY(m_model->planChanges());
        QStringList groups;
        for (const QVariant &g : m_model->planDiff()) {
            const QVariantMap m = g.toMap();
            groups << m.value(QStringLiteral("group")).toString();
            QVERIFY(!m.value(QStringLiteral("add")).toList().isEmpty() || !m.value(QStringLiteral("remove")).toList().isEmpty());
        }
        // The bypass table moves from 2100 to 2300: its FIB rule and routes go and come back.
        QVERIFY2(groups.contains(QStringLiteral("rules")) && groups.contains(QStringLiteral("routes")), qPrintable(groups.join(u',')));
        QTRY_VERIFY(item(QStringLiteral("planGroup_rules")) && item(QStringLiteral("planGroup_rules"))->isVisible());
        bool removes2100 = false;
        bool adds2300 = false;
        for (const QVariant &g : m_model->planDiff()) {
            const QVariantMap m = g.toMap();
            if (m.value(QStringLiteral("group")).toString() != u"rules")
                continue;
            for (const QVariant &l : m.value(QStringLiteral("remove")).toList())
                removes2100 |= l.toString().contains(QStringLiteral("lookup 2100"));
            for (const QVariant &l : m.value(QStringLiteral("add")).toList())
                adds2300 |= l.toString().contains(QStringLiteral("lookup 2300"));
        }
        QVERIFY(removes2100 && adds2300);
        shoot(QStringLiteral("bypass"), {0, 1, 2, 3, 4, 5});

        m_model->discard();
        QVERIFY(!m_model->planLoaded());
        QVERIFY(m_model->planDiff().isEmpty());
        QTRY_VERIFY(!item(QStringLiteral("planGroup_rules")));
    }

    // A VPN gateway: the flow adds the pool it needs, the WAN comes from the
    // picker and the masquerade it must have is offered from pool and WAN.
    void vpnGatewayPoolAndMasquerade()
    {
        toStep(0);
        tap(QStringLiteral("setupRole_vpn-gateway"));
        QTRY_COMPARE(m_model->role(), QStringLiteral("vpn-gateway"));
        toStep(1);
        tap(QStringLiteral("interface:/interfaces/wan=lan0"));
        QTRY_COMPARE(m_model->fieldText(QStringLiteral("/interfaces/wan"), QStringLiteral("list")), QStringLiteral("lan0"));
        m_model->setField(QStringLiteral("/interfaces/tunnels"), QStringLiteral("list"), QStringLiteral("vpns*"));
        toStep(2);
        QTRY_COMPARE(m_model->poolCount(), 1);
        m_model->setField(QStringLiteral("/pools/0/subnet"), QStringLiteral("string"), QStringLiteral("10.20.0.0/24"));
        toStep(2);
        tap(QStringLiteral("suggestion:/nat/masquerade=10.20.0.0/24 lan0"));
        QTRY_COMPARE(m_model->fieldText(QStringLiteral("/nat/masquerade"), QStringLiteral("masquerade")),
                     QStringLiteral("10.20.0.0/24 lan0"));
        settle();
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        shoot(QStringLiteral("vpn"), {1, 2, 3});
    }

    // The pool's users as the Configuration page edits them (UsersEditor),
    // by taps and typing: a row added, named and addressed, applied to
    // bywayd; then removed and applied again.
    void poolUsersByTaps()
    {
        QCOMPARE(m_model->role(), QStringLiteral("vpn-gateway")); // the gateway the test above set up
        QMetaObject::invokeMethod(m_flow, "close");
        QTRY_VERIFY(!m_flow->property("opened").toBool());
        QQmlComponent component(m_engine);
        component.setData(R"(
            import QtQuick
            import Byway
            UsersEditor { pointer: "/pools/0/users"; x: 20; y: 20; width: 1200 }
        )", QUrl());
        std::unique_ptr<QQuickItem> editor(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY2(editor, qPrintable(component.errorString()));
        editor->setParentItem(m_window->contentItem());
        const QString users = QStringLiteral("/pools/0/users");

        tap(QStringLiteral("addUser:/pools/0/users"));
        tap(QStringLiteral("userName:/pools/0/users/0"));
        type("ann");
        QTest::keyClick(m_window, Qt::Key_Return);
        tap(QStringLiteral("userAddress:/pools/0/users/0"));
        type("10.20.0.10");
        QTRY_COMPARE(m_model->fieldText(users, QStringLiteral("users")), QStringLiteral("ann 10.20.0.10"));
        settle();
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        QString why;
        QVERIFY2(applyAndWait(*m_model, &why), qPrintable(why));
        const QJsonArray running = runningConfig().value(u"pools").toArray().at(0).toObject().value(u"users").toArray();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.at(0).toObject().value(u"name").toString(), QStringLiteral("ann"));
        QCOMPARE(running.at(0).toObject().value(u"address").toString(), QStringLiteral("10.20.0.10"));

        tap(QStringLiteral("userRemove:/pools/0/users/0"));
        QTRY_COMPARE(m_model->fieldText(users, QStringLiteral("users")), QString());
        QTRY_VERIFY(!item(QStringLiteral("userName:/pools/0/users/0")));
        settle();
        QVERIFY2(applyAndWait(*m_model, &why), qPrintable(why));
        QVERIFY(runningConfig().value(u"pools").toArray().at(0).toObject().value(u"users").toArray().isEmpty());
    }
};

QTEST_MAIN(TestSetupFlow)
#include "tst_setupflow.moc"
