// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>

namespace byway::gui {

EarlyOptions scanEarlyOptions(int argc, char **argv)
{
    EarlyOptions o;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--kiosk") == 0)
            o.kiosk = true;
        else if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            o.screenshot = true;
    }
    return o;
}

namespace {

// Only the options of ours; QGuiApplication takes its own (-platform...) out
// of the arguments before parseOptions sees them.
struct Parser {
    QCommandLineParser p;
    const QCommandLineOption socket{QStringLiteral("socket"), QCoreApplication::translate("main", "bywayd's socket."), QStringLiteral("PATH")};
    const QCommandLineOption kiosk{QStringLiteral("kiosk"), QCoreApplication::translate("main", "Fullscreen touch panel mode.")};
    const QCommandLineOption lang{QStringLiteral("lang"), QCoreApplication::translate("main", "Language: en, zh_CN or ko."), QStringLiteral("CODE")};
    const QCommandLineOption page{QStringLiteral("page"), QCoreApplication::translate("main", "First page: overview, topology, configuration, flows, logs, appliances or settings."), QStringLiteral("PAGE")};
    const QCommandLineOption shot{QStringLiteral("screenshot"), QCoreApplication::translate("main", "Render offscreen, save a PNG and exit."), QStringLiteral("FILE")};
    const QCommandLineOption size{QStringLiteral("size"), QCoreApplication::translate("main", "Window size, e.g. 1280x800."), QStringLiteral("WxH")};
    const QCommandLineOption importFile{QStringLiteral("import"), QCoreApplication::translate("main", "Open a config file in the Configuration page's editor: checked by bywayd, not applied."), QStringLiteral("FILE")};
    const QCommandLineOption help;
    const QCommandLineOption version;

    Parser()
        : help(p.addHelpOption())
        , version(p.addVersionOption())
    {
        p.setApplicationDescription(QCoreApplication::translate("main", "Byway: VPN gateway and bypass router control panel."));
        p.addOptions({socket, kiosk, lang, page, shot, size, importFile});
    }
};

} // namespace

std::optional<int> answerInfoOptions(int argc, char **argv)
{
    bool asked = false;
    for (int i = 1; i < argc && !asked; ++i)
        asked = std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "-?") == 0
                || std::strcmp(argv[i], "--help-all") == 0 || std::strcmp(argv[i], "--version") == 0
                || std::strcmp(argv[i], "-v") == 0;
    if (!asked)
        return std::nullopt;
    // No window system here: QGuiApplication would abort without a display
    // before a word of help was printed.
    QCoreApplication core(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("byway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BYWAY_VERSION));
    Parser parser;
    // Unknown options (Qt's own -platform, -style...) do not matter for the help.
    (void)parser.p.parse(QCoreApplication::arguments());
    // --help-all would add Qt's GUI options, which need the GUI application: ours are what matters.
    if (parser.p.isSet(parser.help) || parser.p.isSet(QStringLiteral("help-all"))) {
        std::fputs(qPrintable(parser.p.helpText()), stdout);
        return 0;
    }
    if (parser.p.isSet(parser.version)) {
        std::printf("byway %s\n", BYWAY_VERSION);
        return 0;
    }
    return std::nullopt;
}

std::expected<Options, QString> parseOptions(const QStringList &arguments)
{
    Parser parser;
    QCommandLineParser &p = parser.p;
    const QCommandLineOption &socket = parser.socket;
    const QCommandLineOption &kiosk = parser.kiosk;
    const QCommandLineOption &lang = parser.lang;
    const QCommandLineOption &page = parser.page;
    const QCommandLineOption &shot = parser.shot;
    const QCommandLineOption &size = parser.size;
    if (!p.parse(arguments))
        return std::unexpected(p.errorText());
    if (p.isSet(parser.help))
        p.showHelp(0); // exits; answerInfoOptions answers it before this in main()
    if (p.isSet(parser.version))
        p.showVersion();

    Options o;
    o.socketPath = p.value(socket);
    o.kiosk = p.isSet(kiosk);
    o.language = p.value(lang);
    if (!o.language.isEmpty() && !QStringList{QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("ko")}.contains(o.language))
        return std::unexpected(QStringLiteral("--lang: expected en, zh_CN or ko, got %1").arg(o.language));
    if (p.isSet(page))
        o.page = p.value(page);
    if (!QStringList{QStringLiteral("overview"), QStringLiteral("topology"), QStringLiteral("configuration"),
                     QStringLiteral("flows"), QStringLiteral("logs"), QStringLiteral("appliances"),
                     QStringLiteral("settings")}.contains(o.page))
        return std::unexpected(
            QStringLiteral("--page: expected overview, topology, configuration, flows, logs, appliances or settings, got %1").arg(o.page));
    o.screenshot = p.value(shot);
    o.importPath = p.value(parser.importFile);
    if (p.isSet(size)) {
        const QStringList wh = p.value(size).split(QLatin1Char('x'));
        bool okW = false;
        bool okH = false;
        const int w = wh.size() == 2 ? wh[0].toInt(&okW) : 0;
        const int h = wh.size() == 2 ? wh[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 200 || h < 200 || w > 8192 || h > 8192)
            return std::unexpected(QStringLiteral("--size: expected WxH such as 1280x800, got %1").arg(p.value(size)));
        o.size = QSize(w, h);
    }
    return o;
}

} // namespace byway::gui
