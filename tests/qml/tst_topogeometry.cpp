// SPDX-License-Identifier: GPL-3.0-or-later
// The real GUI (Main.qml, offscreen) laid out as a person sees it, checked on
// the item geometry rather than by eye:
// - the Topology page with a recorded topology.get (two LAN ports, the
//   alternate port, two exits, the compat capture) at 1280×800 and 800×480:
//   no two nodes or rate chips overlap, every node is inside the window, and
//   no text in them is cut;
// - the kiosk (800×480): every visible control on every page is at least
//   48 px both ways, and the mode badge is in every page's header;
// each in en, zh_CN and ko.
#include "appsettings.h"
#include "language.h"
#include "singletons.h"
#include "topologymodel.h"

#include <QFile>
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
        // and the topology comes from the fixture.
        qputenv("BYWAY_SOCKET", "/nonexistent/byway-topo-geometry.sock");
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

    void kioskTouchTargets_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }
    void kioskTouchTargets()
    {
        QFETCH(QString, lang);
        open(true, lang, QSize(800, 480));
        auto *topo = qml::backendSingleton<qml::TopologyModel>(m_engine, "TopologyModel");
        topo->apply(fixture(), 0);
        QStringList problems;
        const int pages = m_window->property("pages").toList().size();
        QVERIFY(pages >= 7);
        for (int p = 0; p < pages; ++p) {
            showPage(p);
            QList<QQuickItem *> items;
            visibleItems(m_window->contentItem(), items);
            bool badge = false;
            for (QQuickItem *i : items) {
                if (i->objectName() == u"headerModeBadge")
                    badge = true;
                // The virtual keyboard's keys are its own business.
                if (isA(i, {"QtVirtualKeyboard::InputPanel", "QQuickInputPanel"}))
                    continue;
                const bool control = isA(i, {"QQuickAbstractButton", "QQuickSpinBox", "QQuickComboBox",
                                                  "QQuickTextField", "QQuickSlider", "QQuickTextArea"})
                    || (isA(i, {"QQuickMouseArea"}) && i->property("enabled").toBool());
                bool tappable = control;
                for (QObject *c : i->children())
                    if (c->inherits("QQuickTapHandler") && c->property("enabled").toBool())
                        tappable = true;
                if (!tappable || i->width() <= 0)
                    continue;
                // A button inside a SpinBox or ComboBox is part of that control.
                if (QQuickItem *up = i->parentItem(); up && isA(up, {"QQuickSpinBox", "QQuickComboBox"}))
                    continue;
                if (i->width() < kMinTouch || i->height() < kMinTouch)
                    problems << QStringLiteral("page %1: %2").arg(p).arg(describe(i));
            }
            if (!badge)
                problems << QStringLiteral("page %1: no mode badge in its header").arg(p);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestTopoGeometry)
#include "tst_topogeometry.moc"
