// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace byway::daemon {

struct Options {
    QString socketPath = QStringLiteral("/run/byway/bywayd.sock");
    QString configPath = QStringLiteral("/etc/byway/byway.json");
    QString stateDir = QStringLiteral("/var/lib/byway");
    mode_t socketMode = 0660;
    QString socketGroup = QStringLiteral("byway-view");
    QString adminGroup = QStringLiteral("byway");
    QString viewGroup = QStringLiteral("byway-view");
    QStringList debug;          // short category names, or "all"
    int maxClients = 512;
    int maxPerUid = 64;         // for uids other than root
    bool probeAtStart = true;   // tests turn the startup probe off
};

struct Arguments {
    enum class Action { Run, Help, Version, Cleanup } action = Action::Run;
    Options options;
    QString text; // the help or version text
};

// Parses bywayd's command line (args[0] is the program). Errors are
// InvalidParams naming the option, for a one-line message and exit 2.
[[nodiscard]] Result<Arguments> parseArguments(const QStringList &args);

} // namespace byway::daemon
