// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the GUI tests that tap the real QML share: the engine set up as
// byway's main() does, items found through the visual tree, and a tap as a
// person gives it.
#include "appsettings.h"
#include "helperconnection.h"
#include "language.h"
#include "singletons.h"

#include <QDir>
#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <functional>

// A step's helper failed: the test function stops there.
#define STEP(call)                          \
    do {                                    \
        call;                               \
        if (QTest::currentTestFailed())     \
            return;                         \
    } while (false)

namespace byway::qml::testing {

// An engine with byway's style, import path and backend singletons.
inline QQmlApplicationEngine *guiEngine(QObject *parent)
{
    if (QQuickStyle::name() != u"BywayStyle") // a second engine: set before the first
        QQuickStyle::setStyle(QStringLiteral("BywayStyle")); // as byway does
    auto *engine = new QQmlApplicationEngine(parent);
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    importBackend(engine);
    return engine;
}

// The window's whole scene: a Popup's items hang below the overlay, beside the content.
inline QQuickItem *sceneRoot(QQuickWindow *w)
{
    return w->contentItem()->parentItem() ? w->contentItem()->parentItem() : w->contentItem();
}

// The first visible item under `in` (itself included) that `want` takes.
inline QQuickItem *firstItem(QQuickItem *in, const std::function<bool(QQuickItem *)> &want)
{
    if (!in || !in->isVisible())
        return nullptr;
    if (want(in))
        return in;
    for (QQuickItem *child : in->childItems())
        if (QQuickItem *found = firstItem(child, want))
            return found;
    return nullptr;
}

// The window's pending layout done: positioners and layouts place their
// items in a polish, the frame after a change, so an item made or moved in
// this turn of the event loop still stands where it was (a new Repeater row
// at its column's top). A window whose animation keeps polishing gets two
// seconds, then goes on as it is.
inline void settle(QQuickWindow *w)
{
    if (QQuickTest::qIsPolishScheduled(w))
        QQuickTest::qWaitForPolish(w, 2000);
}

// A click at the item's centre once the window's layout has settled; the
// item must still be there, enabled and inside the window, above `bottom`
// when given (the kiosk's tab bar covers the window's foot).
inline void tapItem(QQuickWindow *w, QQuickItem *it, const QString &what, qreal bottom = -1)
{
    QVERIFY2(it, qPrintable(what + QStringLiteral(" not found")));
    const QPointer<QQuickItem> alive(it);
    settle(w);
    QVERIFY2(alive, qPrintable(what + QStringLiteral(" was replaced while the layout settled")));
    QVERIFY2(it->isEnabled(), qPrintable(what + QStringLiteral(" is disabled")));
    const QPointF centre = it->mapToScene(QPointF(it->width() / 2, it->height() / 2));
    QVERIFY2(centre.x() > 0 && centre.y() > 0 && centre.x() < w->width() && centre.y() < (bottom < 0 ? w->height() : bottom),
             qPrintable(what + QStringLiteral(" is off screen at %1,%2").arg(centre.x()).arg(centre.y())));
    QTest::mouseClick(w, Qt::LeftButton, {}, centre.toPoint());
}

// Typed into the focused item, key by key (QTest::keyClicks is for widgets).
inline void typeKeys(QQuickWindow *w, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(w, *c);
}

// The real Main.qml driven by taps, as a person uses it: items found on
// screen, scrolled into view, tapped; pages reached by the sidebar (or the
// kiosk's tab bar). A test class derives from it beside QObject.
// BYWAY_CLICK_KIOSK=1: the 800x480 touchscreen kiosk; BYWAY_CLICK_SHOTS=DIR:
// shot() saves each step there as a PNG.
class Taps
{
protected:
    QQuickWindow *m_window = nullptr;
    const bool m_kiosk = qEnvironmentVariable("BYWAY_CLICK_KIOSK") == u"1";

    static bool isA(const QObject *o, const char *cls) { return o->inherits(cls); }
    // On screen: visible all the way up, and of some size.
    static bool onScreen(const QQuickItem *i) { return i->isVisible() && i->width() > 0 && i->height() > 0; }
    // Where the page's view ends: the window's foot, or the top of the kiosk's
    // tab bar (for what is not in the tab bar itself).
    qreal viewBottom(const QQuickItem *of = nullptr) const
    {
        const auto *footer = m_window->property("footer").value<QQuickItem *>();
        for (const QQuickItem *p = of; p && footer; p = p->parentItem())
            if (p == footer)
                return m_window->height();
        return footer && footer->isVisible() ? footer->mapToScene(QPointF(0, 0)).y() : m_window->height();
    }

    // Main.qml loaded into `engine` (set up by guiEngine) and shown at the
    // desktop's or the kiosk's size, on `page`.
    void openMain(QQmlApplicationEngine *engine, const QString &page)
    {
        engine->setInitialProperties({{QStringLiteral("startPage"), page}});
        engine->load(QUrl(QStringLiteral("qrc:/qt/qml/Byway/Main.qml")));
        QVERIFY(!engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(engine->rootObjects().constLast());
        QVERIFY(m_window);
        m_window->resize(m_kiosk ? QSize(800, 480) : QSize(1280, 800));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    // Main.qml on `page` as byway opens it against BYWAY_SOCKET's bywayd:
    // no settings stored, the kiosk or the desktop, in `language`, connected.
    void openConnected(QQmlApplicationEngine *engine, const QString &page, const QString &language)
    {
        backendSingleton<AppSettings>(engine, "AppSettings")->setPersistent(false);
        backendSingleton<AppSettings>(engine, "AppSettings")->setKiosk(m_kiosk);
        QVERIFY(backendSingleton<Language>(engine, "Language")->select(language));
        STEP(openMain(engine, page));
        auto *conn = backendSingleton<HelperConnection>(engine, "HelperConnection");
        conn->reconnect(); // as byway's main() does
        QTRY_COMPARE_WITH_TIMEOUT(conn->state(), HelperConnection::Connected, 10000);
    }

    // The first item `want` takes, looked for once the window's layout has settled.
    QQuickItem *find(const std::function<bool(QQuickItem *)> &want) const
    {
        settle(m_window);
        return firstItem(sceneRoot(m_window), want);
    }
    QQuickItem *button(const QString &text) const
    {
        return find([&](QQuickItem *i) { return isA(i, "QQuickAbstractButton") && i->property("text").toString() == text && onScreen(i); });
    }
    // The words the GUI shows for `source` in the language running: qsTr's
    // context is the name of the QML file that says it ("ConfigurationPage").
    static QString qmlTr(const char *context, const char *source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
    // A QML expression in the window's context, as text: what a Texts
    // function gives in the language shown (a qsTr() here is Main.qml's).
    QString js(const QString &expression)
    {
        QQmlExpression e(qmlContext(m_window), m_window, expression);
        const QVariant v = e.evaluate();
        if (e.hasError())
            qWarning() << expression << e.error().toString();
        return v.toString();
    }

    // Scrolls the page's Flickable so `it` is inside the window. Measured
    // once the layout has settled: a row made visible this turn (a question
    // below a button) still stands where it was until the next polish.
    void reveal(QQuickItem *it)
    {
        settle(m_window);
        for (QQuickItem *p = it->parentItem(); p; p = p->parentItem()) {
            if (!isA(p, "QQuickFlickable"))
                continue;
            auto *content = p->property("contentItem").value<QQuickItem *>();
            if (!content)
                return;
            const qreal y = it->mapToItem(content, QPointF(0, 0)).y();
            const qreal top = p->property("contentY").toReal();
            if (y < top || y + it->height() > top + p->height()) {
                const qreal max = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
                p->setProperty("contentY", std::clamp<qreal>(y - 60, 0, max));
                QTest::qWait(100);
            }
            return;
        }
    }
    // A tap, as a person gives it: scrolled into view first, and again if
    // the page grew above it meanwhile (a reply from bywayd shows findings).
    void tapItem(QQuickItem *it, const QString &what)
    {
        QVERIFY2(it, qPrintable(what + QStringLiteral(" not found")));
        for (int tries = 0; tries < 3; ++tries) {
            reveal(it);
            settle(m_window);
            const QPointF centre = it->mapToScene(QPointF(it->width() / 2, it->height() / 2));
            if (centre.y() > 0 && centre.y() < viewBottom(it))
                break;
        }
        STEP(testing::tapItem(m_window, it, what, viewBottom(it)));
        QTest::qWait(150);
    }
    void tapNamed(const QString &objectName)
    {
        tapItem(find([&](QQuickItem *i) { return i->objectName() == objectName; }), objectName);
    }
    void tapText(const QString &text) { tapItem(button(text), QStringLiteral("button \"%1\"").arg(text)); }
    // Tapped into, then typed key by key over what it held.
    void typeIntoItem(QQuickItem *field, const char *text, const QString &what)
    {
        STEP(tapItem(field, what));
        QVERIFY2(field->hasActiveFocus(), qPrintable(what + QStringLiteral(" did not take the focus")));
        QTest::keyClick(m_window, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_window, Qt::Key_Backspace);
        typeKeys(m_window, text);
        QTest::qWait(50);
    }
    // A page's entry: the sidebar's, or the kiosk's tab (its short title when it has one).
    void goTo(const QString &key)
    {
        QString title;
        for (const QVariant &p : m_window->property("pages").toList())
            if (p.toMap().value(QStringLiteral("key")).toString() == key)
                title = m_kiosk ? p.toMap().value(QStringLiteral("short"), p.toMap().value(QStringLiteral("title"))).toString()
                                : p.toMap().value(QStringLiteral("title")).toString();
        tapItem(find([&](QQuickItem *i) {
                    return isA(i, m_kiosk ? "QQuickTabButton" : "QQuickItemDelegate") && i->property("text").toString() == title
                        && onScreen(i);
                }),
                QStringLiteral("the entry of page ") + key);
        QTest::qWait(250); // the Loader makes the page; layouts settle
    }
    // The window as a PNG in BYWAY_CLICK_SHOTS, named PREFIX[-kiosk]-NN-WHAT.
    void shot(const char *prefix, const char *what)
    {
        const QString dir = qEnvironmentVariable("BYWAY_CLICK_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        const QString file = QStringLiteral("%1/%2-%3%4-%5.png")
                                 .arg(dir, QLatin1String(prefix), m_kiosk ? QStringLiteral("kiosk-") : QString())
                                 .arg(++m_shots, 2, 10, QLatin1Char('0'))
                                 .arg(QLatin1String(what));
        QVERIFY2(m_window->grabWindow().save(file), qPrintable(file));
    }

private:
    int m_shots = 0;
};

} // namespace byway::qml::testing
