// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>

namespace byway::gui {

struct Options {
    QString socketPath;    // empty: settings, then $BYWAY_SOCKET, then /run/byway/bywayd.sock
    bool kiosk = false;
    QString language;      // empty: saved choice or the system locale
    QString page = QStringLiteral("overview");
    QString screenshot;    // render offscreen, save here, exit
    std::optional<QSize> size;
    QString importPath;    // a config file to open in the editor (checked, not applied)
};

// Some options decide how the application object is made (offscreen, input
// method): these are read from argv before it exists.
struct EarlyOptions {
    bool kiosk = false;
    bool screenshot = false;
};
[[nodiscard]] EarlyOptions scanEarlyOptions(int argc, char **argv);

// --help and --version, answered with a QCoreApplication before any window
// system is touched (they work without a display): the exit code, or nothing
// when neither was asked for.
[[nodiscard]] std::optional<int> answerInfoOptions(int argc, char **argv);

// Parses the full command line; the error is the one-line reason for stderr.
[[nodiscard]] std::expected<Options, QString> parseOptions(const QStringList &arguments);

} // namespace byway::gui
