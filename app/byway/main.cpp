// SPDX-License-Identifier: GPL-3.0-or-later
// byway: the GUI. Desktop window with a tray status, or --kiosk for a
// fullscreen touch panel; --screenshot renders offscreen and exits.
#include "appliancemodel.h"
#include "appsettings.h"
#include "benchprobe.h"
#include "configmodel.h"
#include "flowmodel.h"
#include "helperconnection.h"
#include "language.h"
#include "options.h"
#include "probemodel.h"
#include "screenshot.h"
#include "singletons.h"
#include "statusmodel.h"
#include "topologymodel.h"
#include "trayicon.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSystemTrayIcon>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Byway_BackendPlugin)
Q_IMPORT_QML_PLUGIN(BywayPlugin)
Q_IMPORT_QML_PLUGIN(BywayStylePlugin)

namespace {

// Must run before the application object exists: platform plugin and input
// method are chosen when it is made.
void prepareEnvironment(const byway::gui::EarlyOptions &early)
{
    if (early.kiosk)
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (early.screenshot && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && noDisplay) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qputenv("QT_QUICK_BACKEND", "software");
    }
    // Offscreen has no GPU context: the software renderer is what grabWindow() can read.
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
}

} // namespace

int main(int argc, char **argv)
{
    using namespace byway;
    if (const auto rc = gui::answerInfoOptions(argc, argv))
        return *rc;
    prepareEnvironment(gui::scanEarlyOptions(argc, argv));

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Byway"));
    QApplication::setApplicationName(QStringLiteral("byway"));
    QApplication::setApplicationVersion(QStringLiteral(BYWAY_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Byway"));

    auto options = gui::parseOptions(QApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "byway: %s\n", qPrintable(options.error()));
        return 2;
    }
    // Fusion follows the palette, which is how the light/dark theme reaches
    // the controls; BywayStyle is Fusion with touch-sized controls in the kiosk.
    QQuickStyle::setStyle(QStringLiteral("BywayStyle"));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    qml::importBackend(&engine);

    auto *settings = qml::backendSingleton<qml::AppSettings>(&engine, "AppSettings");
    settings->setKiosk(options->kiosk);
    const bool screenshot = !options->screenshot.isEmpty();
    settings->setPersistent(!screenshot);

    auto *language = qml::backendSingleton<qml::Language>(&engine, "Language");
    const QString lang = options->language.isEmpty() ? qml::Language::initialLanguage() : options->language;
    if (!language->select(lang))
        std::fprintf(stderr, "byway: no translation for %s; using English\n", qPrintable(lang));

    auto *connection = qml::backendSingleton<qml::HelperConnection>(&engine, "HelperConnection");
    if (!options->socketPath.isEmpty())
        connection->setSocketPath(options->socketPath);
    else if (!settings->savedSocketPath().isEmpty() && qEnvironmentVariableIsEmpty("BYWAY_SOCKET"))
        connection->setSocketPath(settings->savedSocketPath());
    auto *appliances = qml::backendSingleton<qml::ApplianceModel>(&engine, "ApplianceModel");
    appliances->setPersistent(!screenshot);
    auto *status = qml::backendSingleton<qml::StatusModel>(&engine, "StatusModel");
    auto *probe = qml::backendSingleton<qml::ProbeModel>(&engine, "ProbeModel");

    engine.setInitialProperties({{QStringLiteral("startPage"), options->page}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Byway/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        std::fprintf(stderr, "byway: the user interface failed to load\n");
        return 1;
    }
    gui::BenchProbe::installIfAsked(window, &app);
    if (options->size)
        window->resize(*options->size);
    else if (options->kiosk)
        window->showFullScreen();

    // The appliance used last time, unless --socket names one: a remote one
    // connects once its token is read from the keychain.
    const bool restored = options->socketPath.isEmpty() && !screenshot && appliances->restore();
    if (!restored)
        connection->reconnect();

    auto *config = qml::backendSingleton<qml::ConfigModel>(&engine, "ConfigModel");
    if (!options->importPath.isEmpty())
        config->importWhenLoaded(options->importPath);

    if (screenshot) {
        const gui::Screenshot::Models models{connection, status, probe,
                                             qml::backendSingleton<qml::TopologyModel>(&engine, "TopologyModel"),
                                             qml::backendSingleton<qml::FlowModel>(&engine, "FlowModel"), config};
        auto *shot = new gui::Screenshot(window, models, options->page, options->screenshot, &app);
        shot->start();
    } else if (!options->kiosk && QSystemTrayIcon::isSystemTrayAvailable()) {
        new gui::TrayIcon(window, connection, status, &app);
    }
    return QApplication::exec();
}
