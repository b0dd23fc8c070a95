// SPDX-License-Identifier: GPL-3.0-or-later
// Runs tst_texts.qml against the Byway QML module: the code → words
// mapping (bywayd's messages, error codes, plurals) with the translations
// lrelease made for the app, embedded under :/i18n as in the app.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(Byway_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BywayPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        qputenv("BYWAY_SOCKET", "/nonexistent/byway-test.sock");
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

QUICK_TEST_MAIN_WITH_SETUP(texts, Setup)

#include "tst_texts.moc"
