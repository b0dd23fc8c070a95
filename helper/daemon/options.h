// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "remote/ratelimiter.h"

#include <QHostAddress>

#include <QString>
#include <QStringList>

#include <utility>

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
    // The reconciler's kernel work on its own thread; off only where a test or
    // fuzzer wants every reply before dispatch() returns.
    bool kernelThread = true;
    // Remote management over TLS with access tokens; off unless --remote-listen.
    QString remoteListen;       // as given, e.g. "[::]:7443"
    QHostAddress remoteAddress; // Any = IPv4 and IPv6
    quint16 remotePort = 0;     // 0 = off
    QString tlsCert;            // both empty: <stateDir>/tls/{cert,key}.pem, made on first start
    QString tlsKey;
    remote::RateLimitPolicy remoteRateLimit;
    // Prometheus /metrics over plain HTTP; off unless --metrics-listen.
    QString metricsListen;       // as given, e.g. "127.0.0.1:9477"
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;     // 0 = off
};

struct Arguments {
    enum class Action { Run, Help, Version, Cleanup } action = Action::Run;
    Options options;
    QString text; // the help or version text
};

// Parses bywayd's command line (args[0] is the program). Errors are
// InvalidParams naming the option, for a one-line message and exit 2.
[[nodiscard]] Result<Arguments> parseArguments(const QStringList &args);

// "[::]:7443" (IPv4 and IPv6), "0.0.0.0:7443", "192.0.2.1:7443",
// "[2001:db8::1]:7443": IP literals only, port 1-65535.
[[nodiscard]] Result<std::pair<QHostAddress, quint16>> parseListenAddress(const QString &text);
// "FAILURES:WINDOW_SEC:BLOCK_SEC[:MAX_BLOCK_SEC]", e.g. "5:60:30:900".
[[nodiscard]] Result<remote::RateLimitPolicy> parseRateLimit(const QString &text);

} // namespace byway::daemon
