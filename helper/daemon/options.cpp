// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/options.h"

#include "core/logging.h"
#include "core/version.h"

#include <QCommandLineParser>

namespace byway::daemon {
namespace {

std::unexpected<Error> optionError(const QString &option, const QString &message)
{
    return fail(ErrorCode::InvalidParams, QStringLiteral("--%1: %2").arg(option, message), QStringLiteral("--") + option);
}

} // namespace

Result<Arguments> parseArguments(const QStringList &args)
{
    const Options defaults;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Byway's privileged helper: owns every kernel change and serves the "
                                               "control socket for bywayctl and the GUI."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption cleanup(QStringLiteral("cleanup"),
                                     QStringLiteral("Remove Byway's kernel state (nft table, protocol-183 routes and rules),\n"
                                                    "restore the sysctls it changed, then exit. The config is kept."));
    const QCommandLineOption socket(QStringLiteral("socket"), QStringLiteral("Control socket path (default %1).").arg(defaults.socketPath),
                                    QStringLiteral("PATH"), defaults.socketPath);
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Config file (default %1).").arg(defaults.configPath),
                                    QStringLiteral("PATH"), defaults.configPath);
    const QCommandLineOption stateDir(QStringLiteral("state-dir"), QStringLiteral("State directory (default %1).").arg(defaults.stateDir),
                                      QStringLiteral("DIR"), defaults.stateDir);
    const QCommandLineOption mode(QStringLiteral("socket-mode"), QStringLiteral("Socket file mode, octal (default 0660)."),
                                  QStringLiteral("OCTAL"), QStringLiteral("0660"));
    const QCommandLineOption group(QStringLiteral("socket-group"),
                                   QStringLiteral("Group owner of the socket file (default %1).").arg(defaults.socketGroup),
                                   QStringLiteral("NAME"), defaults.socketGroup);
    const QCommandLineOption admin(QStringLiteral("admin-group"),
                                   QStringLiteral("Members may change things (default %1).").arg(defaults.adminGroup),
                                   QStringLiteral("NAME"), defaults.adminGroup);
    const QCommandLineOption view(QStringLiteral("view-group"),
                                  QStringLiteral("Members may only read (default %1).").arg(defaults.viewGroup),
                                  QStringLiteral("NAME"), defaults.viewGroup);
    const QCommandLineOption debug(QStringLiteral("debug"),
                                   QStringLiteral("Debug categories on at start: %1, or all.")
                                       .arg(logging::categoryNames().join(QStringLiteral(", "))),
                                   QStringLiteral("CAT[,CAT]"));
    const QCommandLineOption maxClients(QStringLiteral("max-clients"),
                                        QStringLiteral("Concurrent clients (default %1).").arg(defaults.maxClients),
                                        QStringLiteral("N"), QString::number(defaults.maxClients));
    p.addOptions({help, version, cleanup, socket, config, stateDir, mode, group, admin, view, debug, maxClients});

    Arguments out;
    if (!p.parse(args))
        return fail(ErrorCode::InvalidParams, p.errorText());
    if (!p.positionalArguments().isEmpty())
        return fail(ErrorCode::InvalidParams,
                    QStringLiteral("unexpected argument %1").arg(p.positionalArguments().constFirst()));
    if (p.isSet(help)) {
        out.action = Arguments::Action::Help;
        out.text = p.helpText();
        return out;
    }
    if (p.isSet(version)) {
        out.action = Arguments::Action::Version;
        out.text = QStringLiteral("bywayd %1 (protocol %2)\n").arg(QLatin1String(kVersion)).arg(kProtocolVersion);
        return out;
    }

    if (p.isSet(cleanup))
        out.action = Arguments::Action::Cleanup;
    Options &o = out.options;
    o.socketPath = p.value(socket);
    o.configPath = p.value(config);
    o.stateDir = p.value(stateDir);
    o.socketGroup = p.value(group);
    o.adminGroup = p.value(admin);
    o.viewGroup = p.value(view);
    for (const auto &[name, value] : {std::pair{socket.names().constFirst(), o.socketPath},
                                      std::pair{config.names().constFirst(), o.configPath},
                                      std::pair{stateDir.names().constFirst(), o.stateDir}})
        if (value.isEmpty())
            return optionError(name, QStringLiteral("must not be empty"));

    bool ok = false;
    const uint m = p.value(mode).toUInt(&ok, 8);
    if (!ok || m > 0777)
        return optionError(QStringLiteral("socket-mode"),
                           QStringLiteral("%1 is not an octal mode like 0660").arg(p.value(mode)));
    o.socketMode = mode_t(m);

    const int n = p.value(maxClients).toInt(&ok);
    if (!ok || n < 1 || n > 65536)
        return optionError(QStringLiteral("max-clients"), QStringLiteral("must be between 1 and 65536"));
    o.maxClients = n;

    for (const QString &value : p.values(debug)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString cat = part.trimmed();
            if (cat != u"all" && !logging::categoryNames().contains(cat))
                return optionError(QStringLiteral("debug"),
                                   QStringLiteral("unknown category %1 (known: %2, all)")
                                       .arg(cat, logging::categoryNames().join(QStringLiteral(", "))));
            o.debug.append(cat);
        }
    }
    return out;
}

} // namespace byway::daemon
