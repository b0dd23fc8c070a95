// SPDX-License-Identifier: GPL-3.0-or-later
// The Configuration page of the real GUI (Main.qml, offscreen) clicked
// through as an admin does, against a real bywayd (netns_run.py: a
// namespace with lan0 192.168.10.2/24 and nothing configured): only taps
// on what is on screen and keys typed into the focused field.
// - A bypass router from the role combo box, the LAN chip and the offered
//   main router and address, applied by its button.
// - The role switched to VPN gateway and a form left half filled; another
//   page visited and back: the half-filled form is still there, says it is
//   unsaved and what is missing, and Apply is off; the previous apply's
//   "Applied and kept." went with the first edit.
// - Back to Bypass router: its applied values are shown again; Discard
//   throws the gateway's half form away.
// - The gateway filled in and applied by taps, then the bypass router again
//   (its values went with the gateway's apply: the box's own are offered):
//   bywayd runs each, with the values shown; no finding about a field of the
//   other role stays behind.
// - The gateway's History entry reverted by its "Revert to this": over an
//   unsaved edit it asks first ("Keep editing" keeps the edit).
// - An exit added by taps as SOCKS5 (refused at the pool's field: the capture
//   is off), made direct with a table, applied: no SOCKS5 field runs.
// - The Logs page's "Debug…": reconcile's debug switched on by a tap, its
//   lines shown on the page, switched off again.
// - A finding on the Overview about a field: "Show" opens the editor there.
// - Someone else applies while the editor has unsaved changes: the page
//   says so, bywayd refuses the editor's Apply (conflict), "Load revision N".
// With BYWAY_CLICK_SHOTS=DIR every step is saved there as a PNG; with
// BYWAY_CLICK_KIOSK=1 it all runs on the 800×480 kiosk (gui.configclick.kiosk);
// with BYWAY_CLICK_LANG=zh_CN or ko in that language, every word it looks
// for taken from the GUI's translations (gui.configclick.zh_CN, .kiosk.ko).
#include "guitaps.h"
#include "labclient.h"
#include "singletons.h"
#include "statusmodel.h"

#include <QQmlExtensionPlugin>
#include <QTest>


Q_IMPORT_QML_PLUGIN(Byway_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BywayPlugin)
Q_IMPORT_QML_PLUGIN(BywayStylePlugin)

using namespace byway;
using namespace byway::qml;
using namespace byway::qml::testing;

class TestConfigClick : public QObject, public Taps
{
    Q_OBJECT

    QQmlApplicationEngine *m_engine = nullptr;
    ConfigModel *m_model = nullptr;

    // The ConfigField of `pointer` shown on the page, and a control in it.
    QQuickItem *field(const QString &pointer) const
    {
        return find([&](QQuickItem *i) { return i->property("pointer").toString() == pointer && i->property("current").isValid(); });
    }
    QQuickItem *control(const QString &pointer, const char *cls) const
    {
        return firstItem(field(pointer), [&](QQuickItem *i) { return isA(i, cls) && onScreen(i); });
    }
    // A choice picked from a field's combo box: opened by a tap, the entry tapped in its popup.
    void choose(const QString &pointer, const QString &text)
    {
        STEP(tapItem(control(pointer, "QQuickComboBox"), pointer + QStringLiteral(" combo box")));
        QQuickItem *entry = nullptr;
        QTRY_VERIFY2_WITH_TIMEOUT((entry = find([&](QQuickItem *i) {
                                       // Fusion's entries are MenuItems; the sidebar's are page titles, never a choice's text.
                                       return (isA(i, "QQuickMenuItem") || isA(i, "QQuickItemDelegate"))
                                           && i->property("text").toString() == text && onScreen(i);
                                   })),
                                  qPrintable(text + QStringLiteral(" not in the popup")), 3000);
        tapItem(entry, text);
    }
    void typeInto(const QString &pointer, const char *text)
    {
        typeIntoItem(control(pointer, "QQuickTextField"), text, pointer + QStringLiteral(" text field"));
    }
    QString shownText(const QString &pointer) const
    {
        QQuickItem *f = control(pointer, "QQuickTextField");
        return f ? f->property("text").toString() : QStringLiteral("<no field>");
    }
    QString shownChoice(const QString &pointer) const
    {
        QQuickItem *c = control(pointer, "QQuickComboBox");
        return c ? c->property("displayText").toString() : QStringLiteral("<no combo>");
    }
    bool chipChecked(const QString &pointer, const QString &name) const
    {
        QQuickItem *chip = find([&](QQuickItem *i) { return i->objectName() == QStringLiteral("interface:%1=%2").arg(pointer, name); });
        return chip && chip->property("checked").toBool();
    }
    // The status line above the buttons ("Revision 2 · Unsaved changes · 1 problem").
    QString statusLine() const
    {
        const QString revision = qmlTr("ConfigurationPage", "Revision %1").arg(m_model->revision());
        QQuickItem *l = find([&](QQuickItem *i) { return isA(i, "QQuickLabel") && i->property("text").toString().startsWith(revision) && onScreen(i); });
        return l ? l->property("text").toString() : QString();
    }
    void settle()
    {
        QTest::qWait(ConfigModel::kValidateDelayMs + 150);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->validating(), 10000);
        QTest::qWait(100);
    }
    void shot(const char *what)
    {
        const QString lang = qEnvironmentVariable("BYWAY_CLICK_LANG");
        Taps::shot(lang.isEmpty() || lang == u"en" ? "click" : qPrintable(QStringLiteral("click-") + lang), what);
    }
    // The bypass router's fields from what the box offers: the LAN chip, then
    // the detected main router and lan0's address as one-tap suggestions.
    void bypassByTaps()
    {
        STEP(tapNamed(QStringLiteral("interface:/interfaces/lan=lan0")));
        QTRY_VERIFY(chipChecked(QStringLiteral("/interfaces/lan"), QStringLiteral("lan0")));
        STEP(tapNamed(QStringLiteral("suggestion:/bypass/mainRouter=192.168.10.1")));
        STEP(tapNamed(QStringLiteral("suggestion:/bypass/address=192.168.10.2/24")));
        STEP(settle());
    }
    void applyByTap()
    {
        STEP(tapText(qmlTr("ConfigurationPage", "Apply")));
        QTRY_VERIFY2_WITH_TIMEOUT(m_model->applyState() == ConfigModel::Applied || m_model->applyState() == ConfigModel::Failed,
                                  qPrintable(describe(*m_model)), 30000);
        QVERIFY2(m_model->applyState() == ConfigModel::Applied, qPrintable(describe(*m_model)));
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->dirty(), 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BYWAY_SOCKET"), "run through netns_run.py");
        m_engine = guiEngine(this);
        // BYWAY_CLICK_LANG: the same taps in another language (its words from the .qm, as the GUI shows them).
        STEP(openConnected(m_engine, QStringLiteral("configuration"), qEnvironmentVariable("BYWAY_CLICK_LANG", QStringLiteral("en"))));
        m_model = backendSingleton<ConfigModel>(m_engine, "ConfigModel");
        auto *status = backendSingleton<StatusModel>(m_engine, "StatusModel");
        QTRY_VERIFY_WITH_TIMEOUT(m_model->loaded(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(status->callerRole(), QStringLiteral("admin"), 10000);
        m_model->setConfirmSeconds(0);
        QTest::qWait(300);
    }

    void bypassRouterByTaps()
    {
        QCOMPARE(shownChoice(QStringLiteral("/role")), js(QStringLiteral("Texts.roleName('none')")));
        STEP(shot("none"));
        STEP(choose(QStringLiteral("/role"), js(QStringLiteral("Texts.roleName('bypass-router')"))));
        QTRY_COMPARE(m_model->role(), QStringLiteral("bypass-router"));
        STEP(bypassByTaps());
        STEP(shot("bypass-filled"));
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        STEP(applyByTap());
        const QJsonObject bp = runningConfig();
        QCOMPARE(bp.value(u"role").toString(), QStringLiteral("bypass-router"));
        QCOMPARE(bp.value(u"bypass").toObject().value(u"mainRouter").toString(), QStringLiteral("192.168.10.1"));
        STEP(shot("bypass-applied"));
    }

    void halfFilledFormSurvivesAPageVisit()
    {
        QCOMPARE(shownChoice(QStringLiteral("/role")), js(QStringLiteral("Texts.roleName('bypass-router')")));
        QCOMPARE(shownText(QStringLiteral("/bypass/mainRouter")), QStringLiteral("192.168.10.1"));
        QVERIFY(statusLine().contains(qmlTr("ConfigurationPage", "No changes")));
        STEP(shot("start"));

        STEP(choose(QStringLiteral("/role"), js(QStringLiteral("Texts.roleName('vpn-gateway')"))));
        QTRY_COMPARE(m_model->role(), QStringLiteral("vpn-gateway"));
        STEP(settle());
        // The bypass section is gone from the form; the gateway's fields are there.
        QVERIFY2(!field(QStringLiteral("/bypass/mainRouter")), "a bypass field on the gateway's form");
        QVERIFY(field(QStringLiteral("/interfaces/wan")));
        STEP(shot("gateway-empty"));

        // Half of it: the WAN and the tunnels, no pool, no masquerade.
        STEP(tapNamed(QStringLiteral("interface:/interfaces/wan=lan0")));
        QTRY_VERIFY(chipChecked(QStringLiteral("/interfaces/wan"), QStringLiteral("lan0")));
        STEP(typeInto(QStringLiteral("/interfaces/tunnels"), "vpns*"));
        STEP(settle());
        QCOMPARE(m_model->fieldText(QStringLiteral("/interfaces/tunnels"), QStringLiteral("list")), QStringLiteral("vpns*"));
        QVERIFY2(statusLine().contains(qmlTr("ConfigurationPage", "Unsaved changes")), qPrintable(statusLine()));
        QVERIFY2(m_model->errorCount() > 0, "a gateway with no pool passed");
        QVERIFY2(!button(qmlTr("ConfigurationPage", "Apply"))->isEnabled(), "Apply is on with problems listed");
        // The last apply's "Applied and kept." is not left over the new edit.
        QCOMPARE(m_model->applyState(), ConfigModel::Idle);
        STEP(shot("gateway-half"));

        STEP(goTo(QStringLiteral("overview")));
        STEP(shot("overview-between"));
        STEP(goTo(QStringLiteral("configuration")));
        STEP(settle());
        QCOMPARE(shownChoice(QStringLiteral("/role")), js(QStringLiteral("Texts.roleName('vpn-gateway')")));
        QVERIFY(chipChecked(QStringLiteral("/interfaces/wan"), QStringLiteral("lan0")));
        QCOMPARE(shownText(QStringLiteral("/interfaces/tunnels")), QStringLiteral("vpns*"));
        QVERIFY2(statusLine().contains(qmlTr("ConfigurationPage", "Unsaved changes")), qPrintable(statusLine()));
        QVERIFY(!button(qmlTr("ConfigurationPage", "Apply"))->isEnabled());
        STEP(shot("gateway-half-after-visit"));
    }

    void backToBypassThenDiscard()
    {
        STEP(choose(QStringLiteral("/role"), js(QStringLiteral("Texts.roleName('bypass-router')"))));
        STEP(settle());
        QCOMPARE(shownText(QStringLiteral("/bypass/mainRouter")), QStringLiteral("192.168.10.1"));
        QCOMPARE(shownText(QStringLiteral("/bypass/address")), QStringLiteral("192.168.10.2/24"));
        QVERIFY(chipChecked(QStringLiteral("/interfaces/lan"), QStringLiteral("lan0")));
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        STEP(shot("bypass-again"));
        STEP(tapText(qmlTr("ConfigurationPage", "Discard")));
        QTRY_VERIFY(!m_model->dirty());
        STEP(settle());
        QVERIFY2(statusLine().contains(qmlTr("ConfigurationPage", "No changes")), qPrintable(statusLine()));
        // The gateway's half form is gone: switching again starts it empty.
        STEP(choose(QStringLiteral("/role"), js(QStringLiteral("Texts.roleName('vpn-gateway')"))));
        STEP(settle());
        QVERIFY(!chipChecked(QStringLiteral("/interfaces/wan"), QStringLiteral("lan0")));
        QCOMPARE(shownText(QStringLiteral("/interfaces/tunnels")), QString());
        STEP(shot("discarded"));
    }

    void gatewayAppliedThenBypassAgain()
    {
        QCOMPARE(m_model->role(), QStringLiteral("vpn-gateway"));
        STEP(tapNamed(QStringLiteral("interface:/interfaces/wan=lan0")));
        STEP(typeInto(QStringLiteral("/interfaces/tunnels"), "vpns*"));
        if (!field(QStringLiteral("/pools/0/subnet")))
            STEP(tapText(qmlTr("ConfigurationPage", "Add pool")));
        QTRY_VERIFY(field(QStringLiteral("/pools/0/subnet")));
        STEP(typeInto(QStringLiteral("/pools/0/subnet"), "10.20.0.0/24"));
        STEP(typeInto(QStringLiteral("/nat/masquerade"), "10.20.0.0/24 lan0"));
        STEP(settle());
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        STEP(shot("gateway-full"));
        STEP(applyByTap());
        const QJsonObject gw = runningConfig();
        QCOMPARE(gw.value(u"role").toString(), QStringLiteral("vpn-gateway"));
        QCOMPARE(gw.value(u"interfaces").toObject().value(u"wan").toArray(), QJsonArray{QStringLiteral("lan0")});
        QCOMPARE(gw.value(u"pools").toArray().first().toObject().value(u"subnet").toString(), QStringLiteral("10.20.0.0/24"));
        // What the bypass role used is not sent along: bywayd runs no bypass section.
        QVERIFY2(!gw.value(u"bypass").toObject().contains(u"address"), qPrintable(QString::fromUtf8(QJsonDocument(gw).toJson(QJsonDocument::Compact))));
        STEP(shot("gateway-applied"));

        STEP(choose(QStringLiteral("/role"), js(QStringLiteral("Texts.roleName('bypass-router')"))));
        STEP(settle());
        STEP(shot("bypass-from-gateway"));
        // bywayd stores only the role it runs: the bypass values went with the
        // gateway's apply. The form says what is missing, and nothing about
        // the gateway's fields it no longer sends (its tunnels had a finding).
        QCOMPARE(m_model->fieldError(QStringLiteral("/bypass/mainRouter")).value(QStringLiteral("id")).toString(),
                 QStringLiteral("config.bypass.main_router"));
        for (const QVariant &f : m_model->findings())
            QVERIFY2(!f.toMap().value(QStringLiteral("path")).toString().startsWith(u"/interfaces/tunnels"), qPrintable(describe(*m_model)));
        // The box's own values are offered: three taps.
        STEP(bypassByTaps());
        // Pools and NAT are a bypass router's too and come along: the
        // gateway's masquerade out of lan0, now the LAN, is refused at its
        // field, and emptied there.
        STEP(settle());
        QCOMPARE(m_model->fieldError(QStringLiteral("/nat/masquerade")).value(QStringLiteral("id")).toString(),
                 QStringLiteral("config.nat.out_no_wan"));
        STEP(typeInto(QStringLiteral("/nat/masquerade"), ""));
        STEP(settle());
        STEP(shot("bypass-refilled"));
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        STEP(applyByTap());
        const QJsonObject bp = runningConfig();
        QCOMPARE(bp.value(u"role").toString(), QStringLiteral("bypass-router"));
        QCOMPARE(bp.value(u"bypass").toObject().value(u"address").toString(), QStringLiteral("192.168.10.2/24"));
        QCOMPARE(bp.value(u"pools").toArray().size(), 1); // shown under "Client pools"
        QVERIFY2(bp.value(u"nat").toObject().value(u"masquerade").toArray().isEmpty(),
                 qPrintable(QString::fromUtf8(QJsonDocument(bp).toJson(QJsonDocument::Compact))));
        STEP(shot("bypass-applied"));
    }

    void historyRevertByTap()
    {
        // The History card's gateway entry, by its row: "Revert to this" on it.
        QQuickItem *row = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((row = find([](QQuickItem *i) {
                                      return i->property("configRole").toString() == u"vpn-gateway" && !i->property("current").toBool()
                                          && i->property("historyId").isValid();
                                  })),
                                 5000);
        const qint64 revision = qint64(row->property("revision").toDouble());
        QVERIFY(revision > 0);
        // The row says which config revision it ran, as the editor's "Revision N" does.
        // ("%1 · %2 · %3 · revision %4 · %5": the part with %4, in the language shown.)
        const QString ranRevision = [&] {
            for (const QString &part : qmlTr("HistoryCard", "%1 · %2 · %3 · revision %4 · %5").split(u'·'))
                if (part.contains(u"%4"))
                    return part.trimmed().replace(QStringLiteral("%4"), QString::number(revision));
            return QStringLiteral("<no %4 in the translation>");
        }();
        QVERIFY2(firstItem(row, [&](QQuickItem *i) {
                     return isA(i, "QQuickLabel") && i->property("text").toString().contains(ranRevision);
                 }),
                 "the history row does not show its config revision");
        STEP(reveal(row));
        STEP(shot("history"));
        const QString revertText = qmlTr("HistoryCard", "Revert to this");
        const auto rowButton = [&](const QString &text) {
            return firstItem(row, [&](QQuickItem *i) { return isA(i, "QQuickAbstractButton") && i->property("text").toString() == text && onScreen(i); });
        };
        // With an unsaved edit the revert asks first, and "Keep editing" keeps it.
        STEP(choose(QStringLiteral("/role"), js(QStringLiteral("Texts.roleName('vpn-gateway')"))));
        QTRY_VERIFY(m_model->dirty());
        const qint64 before = m_model->revision();
        STEP(tapItem(rowButton(revertText), revertText));
        const QString discardText = qmlTr("HistoryCard", "Discard changes and revert");
        QTRY_VERIFY2(rowButton(discardText), "no question before a revert over unsaved changes");
        // The page brings the question into view: the revert button may sit at the window's foot.
        const auto inWindow = [&](QQuickItem *i) {
            const QPointF bottom = i ? i->mapToScene(QPointF(0, i->height())) : QPointF(-1, -1);
            return bottom.y() > 0 && bottom.y() <= viewBottom();
        };
        QTRY_VERIFY2(inWindow(rowButton(discardText)), "the question opened below the window");
        STEP(shot("revert-asks"));
        QVERIFY2(m_model->applyState() != ConfigModel::Reverting && m_model->applyState() != ConfigModel::Reverted, qPrintable(describe(*m_model)));
        STEP(tapItem(rowButton(qmlTr("HistoryCard", "Keep editing")), QStringLiteral("Keep editing")));
        QTRY_VERIFY(!rowButton(discardText));
        QVERIFY(m_model->dirty());
        QCOMPARE(runningConfig().value(u"role").toString(), QStringLiteral("bypass-router"));
        QCOMPARE(m_model->revision(), before);
        // Asked again, and this time yes: the edit goes with the revert.
        STEP(tapItem(rowButton(revertText), revertText));
        QTRY_VERIFY(rowButton(discardText));
        // The row goes when the history is read again: not touched after the tap.
        STEP(tapItem(rowButton(discardText), discardText));
        QTRY_VERIFY2_WITH_TIMEOUT(m_model->applyState() == ConfigModel::Reverted || m_model->applyState() == ConfigModel::Failed,
                                  qPrintable(describe(*m_model)), 30000);
        QVERIFY2(m_model->applyState() == ConfigModel::Reverted, qPrintable(describe(*m_model)));
        QCOMPARE(runningConfig().value(u"role").toString(), QStringLiteral("vpn-gateway"));
        QTRY_COMPARE(shownChoice(QStringLiteral("/role")), js(QStringLiteral("Texts.roleName('vpn-gateway')")));
        QVERIFY(!m_model->dirty());
        STEP(shot("reverted"));
    }

    // An exit added by taps: SOCKS5 first (the capture is off here, so the
    // pool that names it is refused at its field), then the same exit made
    // direct with a table: the SOCKS5 fields go, and what bywayd runs has
    // none of them.
    void exitEditedByTaps()
    {
        QCOMPARE(m_model->role(), QStringLiteral("vpn-gateway"));
        STEP(choose(QStringLiteral("/capture/mode"), qmlTr("ConfigurationPage", "Off")));
        STEP(tapText(qmlTr("ConfigurationPage", "Add exit")));
        QTRY_VERIFY(field(QStringLiteral("/exits/0/name")));
        STEP(typeInto(QStringLiteral("/exits/0/name"), "px"));
        STEP(choose(QStringLiteral("/exits/0/type"), QStringLiteral("SOCKS5")));
        QTRY_VERIFY(field(QStringLiteral("/exits/0/server")));
        QVERIFY2(!field(QStringLiteral("/exits/0/table")), "a direct exit's table on a SOCKS5 exit's form");
        STEP(typeInto(QStringLiteral("/exits/0/server"), "192.168.10.1"));
        STEP(typeInto(QStringLiteral("/exits/0/port"), "1080"));
        STEP(typeInto(QStringLiteral("/exits/0/password"), "s3cret"));
        STEP(choose(QStringLiteral("/pools/0/exit"), QStringLiteral("px")));
        STEP(settle());
        STEP(shot("socks-exit-without-capture"));
        QCOMPARE(m_model->fieldError(QStringLiteral("/pools/0/exit")).value(QStringLiteral("id")).toString(),
                 QStringLiteral("env.exit.socks_needs_capture"));
        QVERIFY(!button(qmlTr("ConfigurationPage", "Apply"))->isEnabled());
        // The password is typed masked.
        QCOMPARE(control(QStringLiteral("/exits/0/password"), "QQuickTextField")->property("echoMode").toInt(), 2 /* Password */);

        STEP(choose(QStringLiteral("/exits/0/type"), qmlTr("ExitEditor", "Direct")));
        QTRY_VERIFY(field(QStringLiteral("/exits/0/table")));
        QVERIFY2(!field(QStringLiteral("/exits/0/server")), "a SOCKS5 server field on a direct exit's form");
        STEP(typeInto(QStringLiteral("/exits/0/table"), "120"));
        STEP(settle());
        STEP(shot("direct-exit"));
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        STEP(applyByTap());
        const QJsonObject run = runningConfig();
        const QJsonObject px = run.value(u"exits").toArray().first().toObject();
        QCOMPARE(px.value(u"name").toString(), QStringLiteral("px"));
        QCOMPARE(px.value(u"type").toString(), QStringLiteral("direct"));
        QCOMPARE(px.value(u"table").toInt(), 120);
        for (const char *k : {"server", "port", "username", "password"})
            QVERIFY2(!px.contains(QLatin1String(k)) || px.value(QLatin1String(k)).toVariant().toString().isEmpty()
                         || px.value(QLatin1String(k)).toInt() == 0,
                     qPrintable(QString::fromUtf8(QJsonDocument(px).toJson(QJsonDocument::Compact))));
        QCOMPARE(run.value(u"pools").toArray().first().toObject().value(u"exit").toString(), QStringLiteral("px"));
    }

    // The Logs page by taps: "Debug…", a category switched on in bywayd at
    // once; its debug lines then show on the page (the level filter follows),
    // and it is switched off again.
    void logsDebugByTaps()
    {
        STEP(goTo(QStringLiteral("logs")));
        STEP(tapText(qmlTr("LogsPage", "Debug…")));
        QQuickItem *sw = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((sw = find([](QQuickItem *i) {
                                      return isA(i, "QQuickSwitch") && i->property("text").toString() == u"reconcile" && onScreen(i);
                                  })),
                                 5000);
        QVERIFY(!sw->property("checked").toBool());
        STEP(tapItem(sw, QStringLiteral("the reconcile switch")));
        const auto debugOn = [](const QString &category) {
            const QJsonObject r = askBywayd(QStringLiteral("logs.getDebug"));
            return r.value(u"categories").toArray().contains(category) || r.value(u"debug").toObject().value(category).toBool();
        };
        QTRY_VERIFY_WITH_TIMEOUT(debugOn(QStringLiteral("reconcile")), 5000);
        STEP(shot("logs-debug-on"));
        STEP(tapText(qmlTr("LogsPage", "Close")));
        // Reconcile's debug lines reach the page, not hidden by its level
        // filter (Info until now): an apply that changes something says what.
        QJsonObject cfg = runningConfig();
        cfg.insert(QStringLiteral("nat"), QJsonObject{{QStringLiteral("masquerade"), cfg.value(u"nat").toObject().value(u"masquerade")},
                                                      {QStringLiteral("mssClamp"), !cfg.value(u"nat").toObject().value(u"mssClamp").toBool()}});
        QVERIFY(askBywayd(QStringLiteral("config.apply"), {{QStringLiteral("config"), cfg}}).contains(u"revision"));
        QTRY_VERIFY_WITH_TIMEOUT(find([](QQuickItem *i) {
                                     return isA(i, "QQuickText") && i->property("text").toString().startsWith(u"changed:") && onScreen(i);
                                 }),
                                 5000);
        STEP(shot("logs-with-debug"));
        STEP(tapText(qmlTr("LogsPage", "Debug…")));
        QTRY_VERIFY_WITH_TIMEOUT((sw = find([](QQuickItem *i) {
                                      return isA(i, "QQuickSwitch") && i->property("text").toString() == u"reconcile" && onScreen(i);
                                  })),
                                 5000);
        QTRY_VERIFY(sw->property("checked").toBool());
        STEP(tapItem(sw, QStringLiteral("the reconcile switch")));
        QTRY_VERIFY_WITH_TIMEOUT(!debugOn(QStringLiteral("reconcile")), 5000);
        STEP(tapText(qmlTr("LogsPage", "Close")));
    }

    // A finding on the Overview about a field: its "Show" opens the
    // Configuration page with that field focused.
    void overviewFindingShowsItsField()
    {
        QJsonObject cfg = runningConfig();
        QCOMPARE(cfg.value(u"role").toString(), QStringLiteral("vpn-gateway"));
        // A warning, not an error: a redirect group the gateway role does not use.
        QJsonObject dns = cfg.value(u"dns").toObject();
        dns.insert(QStringLiteral("wanResolver"), QStringLiteral("192.168.10.1:53"));
        dns.insert(QStringLiteral("redirectGroup"), QStringLiteral("nogroup"));
        cfg.insert(QStringLiteral("dns"), dns);
        QVERIFY(askBywayd(QStringLiteral("config.apply"), {{QStringLiteral("config"), cfg}}).contains(u"revision"));
        STEP(goTo(QStringLiteral("overview")));
        // The finding's row and its button, found afresh at every look: a
        // status poll that brings another finding makes the rows anew, and a
        // new row sits where the column starts until its layout places it
        // (a tap there lands on the page's header). Tapped once the button
        // has stayed put between two looks, with no event in between.
        const QString showText = qmlTr("OverviewPage", "Show");
        auto findShow = [&]() -> QQuickItem * {
            QQuickItem *row = find([](QQuickItem *i) {
                return i->property("finding").toMap().value(QStringLiteral("path")).toString() == u"/dns/redirectGroup";
            });
            return row ? firstItem(row, [&](QQuickItem *i) {
                return isA(i, "QQuickAbstractButton") && i->property("text").toString() == showText;
            })
                       : nullptr;
        };
        QPointF seen(-1, -1);
        auto settled = [&] {
            QQuickItem *show = findShow();
            const QPointF c = show ? show->mapToScene(QPointF(show->width() / 2, show->height() / 2)) : QPointF(-1, -1);
            const bool same = show && c == seen;
            seen = c;
            return same;
        };
        QTRY_VERIFY_WITH_TIMEOUT(settled(), 10000);
        STEP(shot("overview-finding"));
        reveal(findShow());
        seen = QPointF(-1, -1);
        QTRY_VERIFY(settled());
        STEP(testing::tapItem(m_window, findShow(), QStringLiteral("the finding's Show"), viewBottom()));
        QTRY_COMPARE(m_window->property("pageTitle").toString(), qmlTr("Main", "Configuration"));
        QQuickItem *group = nullptr;
        QTRY_VERIFY((group = control(QStringLiteral("/dns/redirectGroup"), "QQuickTextField")));
        QTRY_VERIFY2(group->hasActiveFocus(), "the finding's field is not focused");
        QCOMPARE(group->property("text").toString(), QStringLiteral("nogroup"));
        // and scrolled into the window (its section appears with the finding).
        QTRY_VERIFY2([&] {
            const QPointF c = group->mapToScene(QPointF(group->width() / 2, group->height() / 2));
            return c.y() > 0 && c.y() < m_window->height() - (m_kiosk ? 60 : 0);
        }(), "the finding's field is not in the window");
        STEP(shot("finding-field"));
    }

    // Someone else (bywayctl, another window) applies while the editor has
    // unsaved changes: the page says so, Apply is refused by bywayd
    // (conflict: their config is not replaced unseen), "Load revision N"
    // shows theirs. A clean editor follows by itself (the step before).
    void newerRevisionWhileEditing()
    {
        QTRY_VERIFY(!m_model->dirty());
        const qint64 base = m_model->revision();
        STEP(typeInto(QStringLiteral("/dns/redirectGroup"), ""));
        STEP(settle());
        QVERIFY(m_model->dirty());
        QJsonObject theirs = runningConfig();
        QJsonObject nat = theirs.value(u"nat").toObject();
        const bool clamp = !nat.value(u"mssClamp").toBool();
        nat.insert(QStringLiteral("mssClamp"), clamp);
        theirs.insert(QStringLiteral("nat"), nat);
        QVERIFY(askBywayd(QStringLiteral("config.apply"), {{QStringLiteral("config"), theirs}}).contains(u"revision"));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->newerRevision() > base, 10000);
        const qint64 newer = m_model->newerRevision();
        const QString loadText = qmlTr("ConfigurationPage", "Load revision %1").arg(newer);
        QTRY_VERIFY2(button(loadText), qPrintable(loadText));
        QVERIFY(m_model->dirty()); // the admin's edit stays
        QCOMPARE(m_model->revision(), base);
        // The History card has their entry, marked as the one that runs.
        QTRY_VERIFY2(find([&](QQuickItem *i) {
                         return i->property("current").toBool() && i->property("historyId").isValid()
                             && qint64(i->property("revision").toDouble()) == newer;
                     }),
                     "the History card does not show the entry stored elsewhere as current");
        STEP(reveal(button(loadText)));
        STEP(shot("newer-revision"));
        STEP(tapText(qmlTr("ConfigurationPage", "Apply")));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->applyState(), ConfigModel::Failed, 30000);
        QCOMPARE(m_model->errorCode(), QStringLiteral("conflict"));
        const QJsonObject running = runningConfig();
        QCOMPARE(running.value(u"nat").toObject().value(u"mssClamp").toBool(), clamp);
        QCOMPARE(running.value(u"dns").toObject().value(u"redirectGroup").toString(), QStringLiteral("nogroup"));
        STEP(shot("apply-conflict"));
        STEP(tapText(loadText));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->revision(), newer, 10000);
        QVERIFY(!m_model->dirty());
        QCOMPARE(m_model->newerRevision(), 0);
        QTRY_COMPARE(shownText(QStringLiteral("/dns/redirectGroup")), QStringLiteral("nogroup"));
        QVERIFY(!button(loadText));
    }

    void cleanupTestCase()
    {
        delete m_engine;
        m_engine = nullptr;
    }
};

QTEST_MAIN(TestConfigClick)
#include "tst_configclick.moc"
