// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QQmlComponent>
#include <QQmlEngine>

namespace byway::qml {

// The engine's instance of another Byway.Backend singleton, so the models share
// one HelperConnection without a process-wide static (the engine owns them all).
// A static QML module registers its types on the first import. C++ that needs
// the singletons before any QML is loaded imports the module this way; calling
// the generated registration function directly would register the types twice
// and QML would get instances of its own.
inline void importBackend(QQmlEngine *engine)
{
    QQmlComponent c(engine);
    c.setData("import Byway.Backend\nimport QtQml\nQtObject {}\n", QUrl());
}

template <typename T>
[[nodiscard]] T *backendSingleton(QQmlEngine *engine, const char *name)
{
    const int id = qmlTypeId("Byway.Backend", 1, 0, name);
    return engine->singletonInstance<T *>(id);
}

} // namespace byway::qml
