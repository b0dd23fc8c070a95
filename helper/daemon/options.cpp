// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/options.h"

#include "core/logging.h"
#include "core/version.h"

#include <QCommandLineParser>

#include <algorithm>

namespace byway::daemon {
namespace {

std::unexpected<Error> optionError(const QString &option, const QString &message)
{
    return fail(ErrorCode::InvalidParams, QStringLiteral("--%1: %2").arg(option, message), QStringLiteral("--") + option);
}

} // namespace

Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text)
{
    QString host;
    QString port;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0 || text.mid(close + 1, 1) != u":")
            return fail(ErrorCode::InvalidParams, QStringLiteral("%1 is not [IPv6]:PORT").arg(text));
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(u':');
        if (colon < 0 || text.indexOf(u':') != colon)
            return fail(ErrorCode::InvalidParams,
                        QStringLiteral("%1 is not ADDRESS:PORT (IPv6 addresses in brackets: [::]:7443)").arg(text));
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (!ok || p < 1 || p > 65535)
        return fail(ErrorCode::InvalidParams, QStringLiteral("%1: the port must be 1-65535").arg(text));
    QHostAddress address;
    if (host == u"::") {
        // The usual meaning of [::]: every address, IPv4 included (Qt's
        // AnyIPv6 would set IPV6_V6ONLY).
        address = QHostAddress(QHostAddress::Any);
    } else if (!address.setAddress(host) || host.contains(u'%')) {
        return fail(ErrorCode::InvalidParams,
                    QStringLiteral("%1: %2 is not an IP address (no host names)").arg(text, host));
    }
    return std::pair{address, quint16(p)};
}

Result<remote::RateLimitPolicy> parseRateLimit(const QString &text)
{
    const QStringList parts = text.split(u':');
    QList<int> n;
    for (const QString &part : parts) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok || v < 1 || v > 86400)
            return fail(ErrorCode::InvalidParams,
                        QStringLiteral("%1 is not FAILURES:WINDOW:BLOCK[:MAX] (numbers 1-86400)").arg(text));
        n << v;
    }
    if (n.size() < 3 || n.size() > 4)
        return fail(ErrorCode::InvalidParams, QStringLiteral("%1 is not FAILURES:WINDOW:BLOCK[:MAX]").arg(text));
    remote::RateLimitPolicy policy;
    policy.failures = n[0];
    policy.windowSec = n[1];
    policy.blockSec = n[2];
    policy.maxBlockSec = n.size() == 4 ? n[3] : std::max(policy.blockSec, policy.maxBlockSec);
    if (policy.maxBlockSec < policy.blockSec)
        return fail(ErrorCode::InvalidParams, QStringLiteral("%1: MAX must not be below BLOCK").arg(text));
    return policy;
}

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
                                                    "restore the sysctl values Byway found, then exit. The config is kept.\n"
                                                    "Refused while a bywayd serves the same --state-dir."));
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
    const QCommandLineOption remoteListen(QStringLiteral("remote-listen"),
                                          QStringLiteral("Serve remote GUIs over TLS with access tokens on ADDR:PORT, "
                                                         "e.g. [::]:7443 (IPv4 and IPv6) or 192.0.2.1:7443. Off by default."),
                                          QStringLiteral("ADDR:PORT"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
                                     QStringLiteral("PEM certificate (chain) for --remote-listen (default: a self-signed "
                                                    "one made on first start in STATE-DIR/tls/cert.pem)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("Its PEM private key (EC or RSA, unencrypted)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption rateLimit(QStringLiteral("remote-ratelimit"),
                                       QStringLiteral("Failed token attempts: FAILURES within WINDOW seconds block the "
                                                      "source for BLOCK seconds, doubling up to MAX (default 5:60:30:900)."),
                                       QStringLiteral("F:W:B[:MAX]"), QStringLiteral("5:60:30:900"));
    const QCommandLineOption metricsListen(QStringLiteral("metrics-listen"),
                                           QStringLiteral("Serve Prometheus metrics over plain HTTP on ADDR:PORT "
                                                          "(GET /metrics), e.g. 127.0.0.1:9477. Unauthenticated: "
                                                          "anyone who reaches the address can read them. Off by default."),
                                           QStringLiteral("ADDR:PORT"));
    p.addOptions({help, version, cleanup, socket, config, stateDir, mode, group, admin, view, debug, maxClients,
                  remoteListen, tlsCert, tlsKey, rateLimit, metricsListen});

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

    if (p.isSet(remoteListen)) {
        auto listen = parseListenAddress(p.value(remoteListen));
        if (!listen)
            return optionError(QStringLiteral("remote-listen"), listen.error().message);
        o.remoteListen = p.value(remoteListen);
        o.remoteAddress = listen->first;
        o.remotePort = listen->second;
    }
    if (p.isSet(metricsListen)) {
        auto listen = parseListenAddress(p.value(metricsListen));
        if (!listen)
            return optionError(QStringLiteral("metrics-listen"), listen.error().message);
        o.metricsListen = p.value(metricsListen);
        o.metricsAddress = listen->first;
        o.metricsPort = listen->second;
        if (o.remotePort != 0 && o.metricsPort == o.remotePort
            && (o.metricsAddress == o.remoteAddress || o.metricsAddress == QHostAddress(QHostAddress::Any)
                || o.remoteAddress == QHostAddress(QHostAddress::Any)))
            return optionError(QStringLiteral("metrics-listen"),
                               QStringLiteral("port %1 is already --remote-listen's").arg(o.metricsPort));
    }
    o.tlsCert = p.value(tlsCert);
    o.tlsKey = p.value(tlsKey);
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return optionError(o.tlsCert.isEmpty() ? QStringLiteral("tls-cert") : QStringLiteral("tls-key"),
                           QStringLiteral("--tls-cert and --tls-key go together"));
    if (!o.tlsCert.isEmpty() && o.remotePort == 0)
        return optionError(QStringLiteral("tls-cert"), QStringLiteral("needs --remote-listen"));
    auto policy = parseRateLimit(p.value(rateLimit));
    if (!policy)
        return optionError(QStringLiteral("remote-ratelimit"), policy.error().message);
    o.remoteRateLimit = *policy;

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
