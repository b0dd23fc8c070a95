// SPDX-License-Identifier: GPL-3.0-or-later
// The real GUI (Main.qml, offscreen) laid out as a person sees it, checked on
// the item geometry rather than by eye:
// - the Topology page with a recorded topology.get (two LAN ports, the
//   alternate port, two exits, the compat capture) at 1280×800 and 800×480:
//   no two nodes or rate chips overlap, every node is inside the window, and
//   no text in them is cut;
// - the Flows page with a recorded flows.list whose SOCKS5 exit fails: its
//   line is there, whole, translated, inside the window;
// - the kiosk (800×480): every visible control on every page is at least
//   48 px both ways, the parts of a control too (a spin box's two arrows, an
//   editable combo box's text and arrow), and the mode badge is in every
//   page's header;
// each in en, zh_CN and ko. Without bywayd (the pages a disconnected GUI
// shows) and, with BYWAY_GEOMETRY_LAB=1 under netns_run.py (gui.kiosklab),
// connected to a real bywayd with a bypass router and then a VPN gateway
// applied: there no text may be cut either.
#include "appsettings.h"
#include "configmodel.h"
#include "core/client.h"
#include "helperconnection.h"
#include "language.h"
#include "singletons.h"
#include "statusmodel.h"
#include "syncclient.h"
#include "topologymodel.h"
#include "flowmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

using namespace byway;

Q_IMPORT_QML_PLUGIN(Byway_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BywayPlugin)
Q_IMPORT_QML_PLUGIN(BywayStylePlugin)

namespace {

constexpr int kMinTouch = 48;
const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ko")};

QJsonObject fixture()
{
    QFile f(QStringLiteral(BYWAY_FIXTURES "/topology-bypass.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no fixture %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool labMode()
{
    return qEnvironmentVariable("BYWAY_GEOMETRY_LAB") == u"1";
}

// What the lab applies (netns_run.py's namespace has lan0 192.168.10.2/24):
// a bypass router, and a VPN gateway with pools, users, exits and the capture.
QJsonObject labConfig(const QString &role)
{
    if (role == u"bypass-router")
        return QJsonDocument::fromJson(R"({"version": 1, "role": "bypass-router",
            "interfaces": {"lan": ["lan0"]},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24", "dhcp": "main"}})").object();
    return QJsonDocument::fromJson(R"({"version": 1, "role": "vpn-gateway", "capture": {"mode": "on"},
        "interfaces": {"wan": ["lan0"], "tunnels": ["vpns*"]},
        "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "lan0"}]},
        "exits": [{"name": "wan", "type": "direct", "device": "lan0"},
                  {"name": "proxy", "type": "socks5", "server": "192.168.10.1", "port": 1080}],
        "pools": [{"name": "office", "subnet": "10.20.0.0/24", "exit": "wan",
                   "users": [{"name": "alice", "address": "10.20.0.10"},
                             {"name": "bob", "address": "10.20.0.11", "exit": "proxy"}]}]})").object();
}

// The visible items under `top` (items of hidden subtrees are left out).
void visibleItems(QQuickItem *top, QList<QQuickItem *> &out)
{
    if (!top->isVisible() || top->opacity() <= 0)
        return;
    out.append(top);
    for (QQuickItem *c : top->childItems())
        visibleItems(c, out);
}

QRectF sceneRect(QQuickItem *i)
{
    return i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
}

bool isA(QObject *o, std::initializer_list<const char *> names)
{
    for (const char *n : names)
        if (o->inherits(n))
            return true;
    return false;
}

QString describe(QQuickItem *i)
{
    QString text = i->property("text").toString();
    if (text.isEmpty())
        text = i->property("title").toString();
    return QStringLiteral("%1 \"%2\" %3 at %4,%5 %6x%7")
        .arg(QString::fromLatin1(i->metaObject()->className()), i->objectName(), text)
        .arg(int(sceneRect(i).x())).arg(int(sceneRect(i).y())).arg(int(i->width())).arg(int(i->height()));
}

} // namespace

class TestTopoGeometry : public QObject
{
    Q_OBJECT

    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;

    void open(bool kiosk, const QString &lang, QSize size)
    {
        delete m_engine;
        m_engine = new QQmlApplicationEngine;
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        qml::importBackend(m_engine);
        auto *settings = qml::backendSingleton<qml::AppSettings>(m_engine, "AppSettings");
        settings->setPersistent(false);
        settings->setKiosk(kiosk);
        QVERIFY(qml::backendSingleton<qml::Language>(m_engine, "Language")->select(lang));
        m_engine->setInitialProperties({{QStringLiteral("startPage"), QStringLiteral("topology")}});
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Byway/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void showPage(int index)
    {
        m_window->setProperty("currentIndex", index);
        QTest::qWait(150); // the Loader makes the page; layouts settle
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Nothing answers here: the pages show what they show without bywayd,
        // and the topology comes from the fixture. The lab run has its own.
        if (!labMode())
            qputenv("BYWAY_SOCKET", "/nonexistent/byway-topo-geometry.sock");
        else
            QVERIFY2(qEnvironmentVariableIsSet("BYWAY_SOCKET"), "run through netns_run.py");
        QQuickStyle::setStyle(QStringLiteral("BywayStyle")); // as byway does

    }
    void cleanup()
    {
        delete m_engine;
        m_engine = nullptr;
        m_window = nullptr;
    }

    void topologyLabelsApart_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("kiosk");
        for (const QString &l : kLanguages) {
            QTest::newRow(qPrintable(l + QStringLiteral("-1280x800"))) << l << QSize(1280, 800) << false;
            QTest::newRow(qPrintable(l + QStringLiteral("-800x480"))) << l << QSize(800, 480) << true;
        }
    }
    void topologyLabelsApart()
    {
        if (labMode())
            QSKIP("the fixture's topology: the offline run");
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        QFETCH(bool, kiosk);
        open(kiosk, lang, size);
        auto *topo = qml::backendSingleton<qml::TopologyModel>(m_engine, "TopologyModel");
        QJsonObject t = fixture();
        topo->apply(t, 0);
        topo->apply(t, 2000); // a second sample: the chips show rates
        showPage(1);
        QTest::qWait(200);

        QList<QQuickItem *> items;
        visibleItems(m_window->contentItem(), items);
        QList<QQuickItem *> boxes;
        int nodes = 0;
        int chips = 0;
        for (QQuickItem *i : items) {
            if (i->objectName().startsWith(u"topoNode:"))
                ++nodes;
            else if (i->objectName().startsWith(u"topoChip:"))
                ++chips;
            else
                continue;
            boxes.append(i);
        }
        QCOMPARE(nodes, t.value(u"nodes").toArray().size());
        QCOMPARE(chips, t.value(u"paths").toArray().size());
        QStringList problems;
        for (qsizetype a = 0; a < boxes.size(); ++a) {
            const QRectF ra = sceneRect(boxes[a]);
            if (ra.left() < 0 || ra.right() > m_window->width())
                problems << QStringLiteral("outside the %1 px window: %2").arg(m_window->width()).arg(describe(boxes[a]));
            for (qsizetype b = a + 1; b < boxes.size(); ++b)
                if (ra.intersects(sceneRect(boxes[b])))
                    problems << QStringLiteral("overlap: %1 / %2").arg(describe(boxes[a]), describe(boxes[b]));
        }
        // The words in them are whole (names, ports with subnets, rates).
        for (QQuickItem *i : items)
            if (i->objectName() == u"topoText" && i->property("truncated").toBool())
                problems << QStringLiteral("cut: %1").arg(describe(i));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A SOCKS5 exit that gives flows no connection: one amber line on the
    // Flows page naming it, the count and bywayd's reason, whole and inside
    // the window; none for an exit that works.
    void flowsSocksFailureLine_data() { topologyLabelsApart_data(); }
    void flowsSocksFailureLine()
    {
        if (labMode())
            QSKIP("recorded flows.list: the offline run");
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        QFETCH(bool, kiosk);
        open(kiosk, lang, size);
        const QString reason = QStringLiteral("cannot connect to 192.0.2.1:1080: Connection refused");
        const QJsonObject exits{
            {QStringLiteral("px"), QJsonObject{{QStringLiteral("failed"), 3}, {QStringLiteral("lastError"), reason},
                                               {QStringLiteral("lastErrorAgoMs"), 1200}}},
            {QStringLiteral("fine"), QJsonObject{{QStringLiteral("failed"), 0}, {QStringLiteral("hits"), 9}}}};
        qml::backendSingleton<qml::FlowModel>(m_engine, "FlowModel")
            ->apply({{QStringLiteral("active"), true}, {QStringLiteral("tun"), QStringLiteral("byway0")},
                     {QStringLiteral("flows"), QJsonArray{}},
                     {QStringLiteral("stats"), QJsonObject{{QStringLiteral("socksExits"), exits}}}},
                    0);
        showPage(3);
        QList<QQuickItem *> items;
        visibleItems(m_window->contentItem(), items);
        QList<QQuickItem *> lines;
        for (QQuickItem *i : items)
            if (isA(i, {"QQuickText"}) && i->property("text").toString().contains(reason))
                lines.append(i);
        QCOMPARE(lines.size(), 1);
        QQuickItem *line = lines.first();
        const QString text = line->property("text").toString();
        QVERIFY2(text.contains(u"px") && text.contains(u'3') && !text.contains(u"fine"), qPrintable(text));
        QVERIFY2(!line->property("truncated").toBool(), qPrintable(describe(line)));
        const QRectF r = sceneRect(line);
        QVERIFY2(r.left() >= 0 && r.right() <= m_window->width() && r.top() >= 0 && r.bottom() <= m_window->height(),
                 qPrintable(describe(line)));
        if (lang != u"en")
            QVERIFY2(!text.startsWith(u"SOCKS5 exit"), qPrintable(text)); // translated
    }

    void kioskTouchTargets_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }
    void kioskTouchTargets()
    {
        if (labMode())
            QSKIP("the lab run measures the connected pages (kioskConnected)");
        QFETCH(QString, lang);
        open(true, lang, QSize(800, 480));
        auto *topo = qml::backendSingleton<qml::TopologyModel>(m_engine, "TopologyModel");
        topo->apply(fixture(), 0);
        QStringList problems;
        measureKiosk(problems, false);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The same against a real bywayd, for each role: the pages as a
    // connected admin sees them (forms, pickers, the live topology).
    void kioskConnected_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("lang");
        for (const char *role : {"bypass-router", "vpn-gateway"})
            for (const QString &l : kLanguages)
                QTest::newRow(qPrintable(QLatin1String(role) + u'-' + l)) << QString::fromLatin1(role) << l;
    }
    void kioskConnected()
    {
        if (!labMode())
            QSKIP("needs a real bywayd: gui.kiosklab runs it under netns_run.py");
        QFETCH(QString, role);
        QFETCH(QString, lang);
        if (role != m_appliedRole) {
            Client c;
            QVERIFY(cli::connectAndWait(c, Client::defaultSocketPath()));
            auto r = cli::callAndWait(c, QStringLiteral("config.apply"), {{QStringLiteral("config"), labConfig(role)}});
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            m_appliedRole = role;
        }
        open(true, lang, QSize(800, 480));
        auto *conn = qml::backendSingleton<qml::HelperConnection>(m_engine, "HelperConnection");
        conn->reconnect(); // as byway's main does
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), qml::HelperConnection::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(qml::backendSingleton<qml::ConfigModel>(m_engine, "ConfigModel")->loaded(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(qml::backendSingleton<qml::StatusModel>(m_engine, "StatusModel")->callerRole(),
                                  QStringLiteral("admin"), 10000);
        QCOMPARE(qml::backendSingleton<qml::ConfigModel>(m_engine, "ConfigModel")->role(), role);
        QStringList problems;
        measureKiosk(problems, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

private:
    QString m_appliedRole;

    // A control's own parts that take taps apart from the control: a spin
    // box's arrows, an editable combo box's arrow (right of its text field).
    void measureParts(QQuickItem *i, int page, QStringList &problems)
    {
        auto small = [](QSizeF s) { return s.width() < kMinTouch || s.height() < kMinTouch; };
        if (isA(i, {"QQuickSpinBox"})) {
            for (const char *part : {"up", "down"}) {
                auto *button = i->property(part).value<QObject *>();
                auto *ind = button ? button->property("indicator").value<QQuickItem *>() : nullptr;
                if (ind && ind->isVisible() && small(ind->size()))
                    problems << QStringLiteral("page %1: the %2 arrow (%3x%4) of %5").arg(page).arg(QLatin1String(part))
                                    .arg(int(ind->width())).arg(int(ind->height())).arg(describe(i));
            }
        } else if (isA(i, {"QQuickComboBox"}) && i->property("editable").toBool()) {
            auto *text = i->property("contentItem").value<QQuickItem *>();
            const qreal arrow = text ? i->width() - (text->x() + text->width()) : i->width();
            if (arrow < kMinTouch)
                problems << QStringLiteral("page %1: the arrow (%2 px wide) of %3").arg(page).arg(int(arrow)).arg(describe(i));
        }
    }

    // A combo box that is not editable is one target: its text field is off.
    static bool partOfCombo(QQuickItem *i)
    {
        QQuickItem *up = i->parentItem();
        return up && isA(up, {"QQuickComboBox"}) && !up->property("editable").toBool()
            && up->property("contentItem").value<QQuickItem *>() == i;
    }

    // Whether `t` shows less than its whole text: elided, or past the right
    // edge of the window (a page that does not scroll sideways). A text
    // named "expandable" shows all of it when tapped (a log line).
    bool cut(QQuickItem *t) const
    {
        if (!isA(t, {"QQuickText"}) || t->property("text").toString().isEmpty() || t->objectName() == u"expandable")
            return false;
        if (t->property("truncated").toBool())
            return true;
        if (sceneRect(t).right() <= m_window->width() + 0.5)
            return false;
        // Inside something that scrolls sideways it is only out of view.
        for (QQuickItem *up = t->parentItem(); up; up = up->parentItem())
            if (up->inherits("QQuickFlickable") && up->property("contentWidth").toReal() > up->width() + 0.5)
                return false;
        return true;
    }

    void measureKiosk(QStringList &problems, bool checkCut)
    {
        const int pages = m_window->property("pages").toList().size();
        QVERIFY(pages >= 7);
        for (int p = 0; p < pages; ++p) {
            showPage(p);
            if (checkCut)
                QTest::qWait(400); // the page's first answers from bywayd
            QList<QQuickItem *> items;
            visibleItems(m_window->contentItem(), items);
            bool badge = false;
            for (QQuickItem *i : items) {
                if (i->objectName() == u"headerModeBadge")
                    badge = true;
                // The virtual keyboard's keys are its own business.
                if (isA(i, {"QtVirtualKeyboard::InputPanel", "QQuickInputPanel"}))
                    continue;
                if (checkCut && cut(i))
                    problems << QStringLiteral("page %1: cut: %2").arg(p).arg(describe(i));
                const bool control = isA(i, {"QQuickAbstractButton", "QQuickSpinBox", "QQuickComboBox",
                                                  "QQuickTextField", "QQuickSlider", "QQuickTextArea"})
                    || (isA(i, {"QQuickMouseArea"}) && i->property("enabled").toBool());
                bool tappable = control;
                for (QObject *c : i->children())
                    if (c->inherits("QQuickTapHandler") && c->property("enabled").toBool())
                        tappable = true;
                if (!tappable || i->width() <= 0 || partOfCombo(i))
                    continue;
                if (i->width() < kMinTouch || i->height() < kMinTouch)
                    problems << QStringLiteral("page %1: %2").arg(p).arg(describe(i));
                measureParts(i, p, problems);
            }
            if (!badge)
                problems << QStringLiteral("page %1: no mode badge in its header").arg(p);
        }
    }
};

QTEST_MAIN(TestTopoGeometry)
#include "tst_topogeometry.moc"
