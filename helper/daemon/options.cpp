// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/options.h"

#include "control/groupauthorizer.h"
#include "core/config/config.h"

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
    } else if (const auto a = config::parseAddress(host)) {
        address = *a;
    } else {
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

namespace {

// bywayd's options, in --help order.
struct Declared {
    QCommandLineOption help, version, cleanup, socket, config, stateDir, mode, group, admin, view, debug, maxClients,
        remoteListen, tlsCert, tlsKey, rateLimit, metricsListen;
};

Declared declare(const Options &defaults)
{
    return Declared{
        .help = QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")),
        .version = QCommandLineOption(QStringLiteral("version"), QStringLiteral("Show the version.")),
        .cleanup = QCommandLineOption(QStringLiteral("cleanup"),
                                      QStringLiteral("Remove Byway's kernel state (nft table, protocol-183 routes and rules),\n"
                                                     "restore the sysctl values Byway found, then exit. The config is kept.\n"
                                                     "Refused while a bywayd serves the same --state-dir.")),
        .socket = QCommandLineOption(QStringLiteral("socket"), QStringLiteral("Control socket path (default %1).").arg(defaults.socketPath),
                                     QStringLiteral("PATH"), defaults.socketPath),
        .config = QCommandLineOption(QStringLiteral("config"), QStringLiteral("Config file (default %1).").arg(defaults.configPath),
                                     QStringLiteral("PATH"), defaults.configPath),
        .stateDir = QCommandLineOption(QStringLiteral("state-dir"), QStringLiteral("State directory (default %1).").arg(defaults.stateDir),
                                       QStringLiteral("DIR"), defaults.stateDir),
        .mode = QCommandLineOption(QStringLiteral("socket-mode"), QStringLiteral("Socket file mode, octal (default 0660)."),
                                   QStringLiteral("OCTAL"), QStringLiteral("0660")),
        .group = QCommandLineOption(QStringLiteral("socket-group"),
                                    QStringLiteral("Group owner of the socket file (default %1).").arg(defaults.socketGroup),
                                    QStringLiteral("NAME"), defaults.socketGroup),
        .admin = QCommandLineOption(QStringLiteral("admin-group"),
                                    QStringLiteral("Members may change things (default %1).").arg(defaults.adminGroup),
                                    QStringLiteral("NAME"), defaults.adminGroup),
        .view = QCommandLineOption(QStringLiteral("view-group"),
                                   QStringLiteral("Members may only read (default %1).").arg(defaults.viewGroup),
                                   QStringLiteral("NAME"), defaults.viewGroup),
        .debug = QCommandLineOption(QStringLiteral("debug"),
                                    QStringLiteral("Debug categories on at start: %1, or all.")
                                           .arg(logging::categoryNames().join(QStringLiteral(", "))),
                                    QStringLiteral("CAT[,CAT]")),
        .maxClients = QCommandLineOption(QStringLiteral("max-clients"),
                                         QStringLiteral("Concurrent clients (default %1).").arg(defaults.maxClients),
                                         QStringLiteral("N"), QString::number(defaults.maxClients)),
        .remoteListen = QCommandLineOption(QStringLiteral("remote-listen"),
                                           QStringLiteral("Serve remote GUIs over TLS with access tokens on ADDR:PORT, "
                                                          "e.g. [::]:7443 (IPv4 and IPv6) or 192.0.2.1:7443. Off by default."),
                                           QStringLiteral("ADDR:PORT")),
        .tlsCert = QCommandLineOption(QStringLiteral("tls-cert"),
                                      QStringLiteral("PEM certificate (chain) for --remote-listen (default: a self-signed "
                                                     "one made on first start in STATE-DIR/tls/cert.pem)."),
                                      QStringLiteral("FILE")),
        .tlsKey = QCommandLineOption(QStringLiteral("tls-key"), QStringLiteral("Its PEM private key (EC or RSA, unencrypted)."),
                                     QStringLiteral("FILE")),
        .rateLimit = QCommandLineOption(QStringLiteral("remote-ratelimit"),
                                        QStringLiteral("Failed token attempts: FAILURES within WINDOW seconds block the "
                                                       "source for BLOCK seconds, doubling up to MAX (default 5:60:30:900)."),
                                        QStringLiteral("F:W:B[:MAX]"), QStringLiteral("5:60:30:900")),
        .metricsListen = QCommandLineOption(QStringLiteral("metrics-listen"),
                                            QStringLiteral("Serve Prometheus metrics over plain HTTP on ADDR:PORT "
                                                           "(GET /metrics), e.g. 127.0.0.1:9477. Unauthenticated: "
                                                           "anyone who reaches the address can read them. Off by default."),
                                            QStringLiteral("ADDR:PORT")),
    };
}

// Paths, groups, the socket's mode and the client limit.
Result<void> readLocal(const QCommandLineParser &p, const Declared &d, Options &o)
{
    o.socketPath = p.value(d.socket);
    o.configPath = p.value(d.config);
    o.stateDir = p.value(d.stateDir);
    o.socketGroup = p.value(d.group);
    o.adminGroup = p.value(d.admin);
    o.viewGroup = p.value(d.view);
    for (const auto &[name, value] : {std::pair{d.socket.names().constFirst(), o.socketPath},
                                      std::pair{d.config.names().constFirst(), o.configPath},
                                      std::pair{d.stateDir.names().constFirst(), o.stateDir}})
        if (value.isEmpty())
            return optionError(name, QStringLiteral("must not be empty"));
    // A default group that does not exist (yet) is tolerated: bywayd logs it
    // and looks again on each connection, so a group the package makes later
    // works. A group named on the command line is the admin's intent: a typo
    // there would leave users refused with only a log line to say why.
    // (An empty name is none: no group gets the socket, or the role.)
    for (const QCommandLineOption *opt : {&d.group, &d.admin, &d.view})
        if (p.isSet(*opt) && !p.value(*opt).isEmpty() && !control::GroupAuthorizer::lookupGroup(p.value(*opt)))
            return optionError(opt->names().constFirst(), QStringLiteral("group %1 does not exist").arg(p.value(*opt)));

    bool ok = false;
    const uint m = p.value(d.mode).toUInt(&ok, 8);
    if (!ok || m > 0777)
        return optionError(QStringLiteral("socket-mode"),
                           QStringLiteral("%1 is not an octal mode like 0660").arg(p.value(d.mode)));
    o.socketMode = mode_t(m);

    const int n = p.value(d.maxClients).toInt(&ok);
    if (!ok || n < 1 || n > 65536)
        return optionError(QStringLiteral("max-clients"), QStringLiteral("must be between 1 and 65536"));
    o.maxClients = n;
    return {};
}

// The TCP listeners: remote GUIs over TLS (certificate, rate limit) and /metrics.
Result<void> readListeners(const QCommandLineParser &p, const Declared &d, Options &o)
{
    if (p.isSet(d.remoteListen)) {
        auto listen = parseListenAddress(p.value(d.remoteListen));
        if (!listen)
            return optionError(QStringLiteral("remote-listen"), listen.error().message);
        o.remoteListen = p.value(d.remoteListen);
        o.remoteAddress = listen->first;
        o.remotePort = listen->second;
    }
    if (p.isSet(d.metricsListen)) {
        auto listen = parseListenAddress(p.value(d.metricsListen));
        if (!listen)
            return optionError(QStringLiteral("metrics-listen"), listen.error().message);
        o.metricsListen = p.value(d.metricsListen);
        o.metricsAddress = listen->first;
        o.metricsPort = listen->second;
        if (o.remotePort != 0 && o.metricsPort == o.remotePort
            && (o.metricsAddress == o.remoteAddress || o.metricsAddress == QHostAddress(QHostAddress::Any)
                || o.remoteAddress == QHostAddress(QHostAddress::Any)))
            return optionError(QStringLiteral("metrics-listen"),
                               QStringLiteral("port %1 is already --remote-listen's").arg(o.metricsPort));
    }
    o.tlsCert = p.value(d.tlsCert);
    o.tlsKey = p.value(d.tlsKey);
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return optionError(o.tlsCert.isEmpty() ? QStringLiteral("tls-cert") : QStringLiteral("tls-key"),
                           QStringLiteral("--tls-cert and --tls-key go together"));
    if (!o.tlsCert.isEmpty() && o.remotePort == 0)
        return optionError(QStringLiteral("tls-cert"), QStringLiteral("needs --remote-listen"));
    auto policy = parseRateLimit(p.value(d.rateLimit));
    if (!policy)
        return optionError(QStringLiteral("remote-ratelimit"), policy.error().message);
    o.remoteRateLimit = *policy;
    return {};
}

// --debug CAT[,CAT], repeatable.
Result<void> readDebug(const QCommandLineParser &p, const Declared &d, Options &o)
{
    for (const QString &value : p.values(d.debug)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString cat = part.trimmed();
            if (cat != u"all" && !logging::categoryNames().contains(cat))
                return optionError(QStringLiteral("debug"),
                                   QStringLiteral("unknown category %1 (known: %2, all)")
                                       .arg(cat, logging::categoryNames().join(QStringLiteral(", "))));
            o.debug.append(cat);
        }
    }
    return {};
}

} // namespace

Result<Arguments> parseArguments(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Byway's privileged helper: owns every kernel change and serves the "
                                               "control socket for bywayctl and the GUI."));
    const Declared d = declare(Options{});
    p.addOptions({d.help, d.version, d.cleanup, d.socket, d.config, d.stateDir, d.mode, d.group, d.admin, d.view,
                  d.debug, d.maxClients, d.remoteListen, d.tlsCert, d.tlsKey, d.rateLimit, d.metricsListen});

    Arguments out;
    if (!p.parse(args))
        return fail(ErrorCode::InvalidParams, p.errorText());
    if (!p.positionalArguments().isEmpty())
        return fail(ErrorCode::InvalidParams,
                    QStringLiteral("unexpected argument %1").arg(p.positionalArguments().constFirst()));
    if (p.isSet(d.help)) {
        out.action = Arguments::Action::Help;
        out.text = p.helpText();
        return out;
    }
    if (p.isSet(d.version)) {
        out.action = Arguments::Action::Version;
        out.text = QStringLiteral("bywayd %1 (protocol %2)\n").arg(QLatin1String(kVersion)).arg(kProtocolVersion);
        return out;
    }

    if (p.isSet(d.cleanup))
        out.action = Arguments::Action::Cleanup;
    for (auto read : {readLocal, readListeners, readDebug})
        if (auto ok = read(p, d, out.options); !ok)
            return std::unexpected(ok.error());
    return out;
}

} // namespace byway::daemon
