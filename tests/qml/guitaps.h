// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the GUI tests that tap the real QML share: the engine set up as
// byway's main() does, items found through the visual tree, and a tap as a
// person gives it.
#include "singletons.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

#include <functional>

namespace byway::qml::testing {

// An engine with byway's style, import path and backend singletons.
inline QQmlApplicationEngine *guiEngine(QObject *parent)
{
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

// A click at the item's centre, which must be enabled and inside the window.
inline void tapItem(QQuickWindow *w, QQuickItem *it, const QString &what)
{
    QVERIFY2(it, qPrintable(what + QStringLiteral(" not found")));
    QVERIFY2(it->isEnabled(), qPrintable(what + QStringLiteral(" is disabled")));
    const QPointF centre = it->mapToScene(QPointF(it->width() / 2, it->height() / 2));
    QVERIFY2(centre.x() > 0 && centre.y() > 0 && centre.x() < w->width() && centre.y() < w->height(),
             qPrintable(what + QStringLiteral(" is off screen at %1,%2").arg(centre.x()).arg(centre.y())));
    QTest::mouseClick(w, Qt::LeftButton, {}, centre.toPoint());
}

// Typed into the focused item, key by key (QTest::keyClicks is for widgets).
inline void typeKeys(QQuickWindow *w, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(w, *c);
}

} // namespace byway::qml::testing
