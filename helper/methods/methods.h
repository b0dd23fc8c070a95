// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>

#include "core/error.h"
#include "reconcile/health.h"

#include <functional>
#include <optional>

namespace byway::control {
class Dispatcher;
}
namespace byway::logs {
class LogHub;
}
namespace byway::remote {
class RemoteAccess;
}
namespace byway::services {
class ConfigService;
class ProbeRunner;
class ReconcileService;
class SessionService;
}

// The methods of the control protocol (docs/protocol.md), one file per noun.
// Each registers with a context of exactly the services it uses; the Daemon
// owns the services, builds the contexts and calls addAll(). Nothing here
// knows the Daemon.
namespace byway::methods {

struct StatusContext {
    services::ConfigService &config;
    services::ProbeRunner &probes;
    services::ReconcileService &reconcile;
    remote::RemoteAccess &remote;
    std::function<int()> clientCount; // local and remote connections
    const QDateTime &startedAt;
    const QElapsedTimer &uptime;
};
// config.get|validate|set, and config.plan|apply|confirm|rollback|history.
struct ConfigContext {
    services::ConfigService &config;
    services::ReconcileService &reconcile;
    // Where the remote TLS listener accepts (reconnect checks); disabled: none.
    std::function<reconcile::RemoteListener()> remoteListener;
};
struct LogContext {
    logs::LogHub &hub;
};
struct ProbeContext {
    services::ConfigService &config;
    services::ProbeRunner &probes;
    services::ReconcileService &reconcile; // the config's findings beside the report
};
// flows.list, box.interfaces, explain, topology.get: the capture, the live
// box and the reconciler.
struct KernelContext {
    services::ReconcileService &reconcile;
};
struct SessionContext {
    services::SessionService &sessions;
};
struct TokenContext {
    remote::RemoteAccess &remote;
};

struct Contexts {
    StatusContext status;
    ConfigContext config;
    LogContext logs;
    ProbeContext probe;
    KernelContext kernel;
    SessionContext sessions;
    TokenContext tokens;
};

// params.baseRevision (int >= 0) of config.set and config.apply: none when absent.
Result<std::optional<qint64>> baseRevisionParam(const QJsonObject &params);

// Every method below on the dispatcher, right after the services exist.
void addAll(control::Dispatcher &dispatcher, const Contexts &c);

void addStatusMethods(control::Dispatcher &dispatcher, const StatusContext &c);  // status.get
void addConfigMethods(control::Dispatcher &dispatcher, const ConfigContext &c);  // config.get|validate|set
void addApplyMethods(control::Dispatcher &dispatcher, const ConfigContext &c);   // config.plan|apply|confirm|rollback|history
void addLogMethods(control::Dispatcher &dispatcher, const LogContext &c);        // logs.subscribe|unsubscribe|getDebug|setDebug
void addProbeMethods(control::Dispatcher &dispatcher, const ProbeContext &c);    // probe.run|get
void addFlowMethods(control::Dispatcher &dispatcher, const KernelContext &c);    // flows.list
void addExplainMethods(control::Dispatcher &dispatcher, const KernelContext &c); // explain
void addTopologyMethods(control::Dispatcher &dispatcher, const KernelContext &c); // topology.get
void addSessionMethods(control::Dispatcher &dispatcher, const SessionContext &c); // session.add|remove|list, capture.session
void addBoxMethods(control::Dispatcher &dispatcher, const KernelContext &c);     // box.interfaces
void addTokenMethods(control::Dispatcher &dispatcher, const TokenContext &c);    // token.create|list|revoke

} // namespace byway::methods
