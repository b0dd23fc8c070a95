// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"
#include "control/controlserver.h"
#include "control/dispatcher.h"
#include "daemon/metrics.h"
#include "daemon/options.h"
#include "logs/loghub.h"
#include "methods/methods.h"
#include "metrics/httpserver.h"
#include "remote/remoteaccess.h"
#include "services/configservice.h"
#include "services/proberunner.h"
#include "services/reconcileservice.h"
#include "services/sessionservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace byway::daemon {

using services::ConfigService;
using services::ProbeRunner;
using services::SessionService;

// bywayd's parts wired together: it owns the services (config, probes,
// sessions, the reconciler), gives each method file the context of the
// services it uses, and serves the control socket, the remote listener and
// /metrics. main() adds signals and sd_notify; tests build one on a socket in
// a temp dir with a fake authorizer and probe.
class Daemon final : public QObject
{
    Q_OBJECT
public:
    using Box = services::ReconcileService::Box;

    Daemon(Options options, logs::LogHub &hub, std::unique_ptr<control::Authorizer> authorizer = {},
           ProbeRunner::ProbeFn probe = {}, QObject *parent = nullptr);
    ~Daemon() override;

    // Loads the config, applies its debug categories, opens the socket and
    // starts the first probe. Fails when the socket cannot be served.
    [[nodiscard]] Result<void> start();
    // Closes the socket (removing the file) and every connection.
    void stop();
    // The reconciler on these kernel ports, started as start() does with the
    // real ones (unit tests pass in-memory fakes).
    // `live` answers the environment checks (links, addresses) on this thread.
    void useKernel(reconcile::Reconciler::Ports ports, std::unique_ptr<reconcile::RoutePort> live)
    {
        m_reconcile.useKernel(std::move(ports), std::move(live));
    }
    // Before useKernel(): the reconciler's start-up already asks the box.
    void useBox(Box box) { m_reconcile.useBox(std::move(box)); }

    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] logs::LogHub &logHub() { return m_hub; }
    [[nodiscard]] ConfigService &config() { return m_config; }
    [[nodiscard]] ProbeRunner &probes() { return m_probes; }
    // The VPN server's sessions (session.*).
    [[nodiscard]] SessionService &sessions() { return m_sessions; }
    // The reconciler, the compat capture, the drift watch and the live box.
    [[nodiscard]] services::ReconcileService &reconcile() { return m_reconcile; }
    [[nodiscard]] control::Dispatcher &dispatcher() { return m_dispatcher; }
    // Local and remote connections.
    [[nodiscard]] int clientCount() const { return (m_server ? m_server->clientCount() : 0) + m_remote->clientCount(); }
    // Access tokens and the TLS listener for remote GUIs.
    [[nodiscard]] remote::RemoteAccess &remote() { return *m_remote; }
    // What /metrics shows; its HTTP listener runs only with --metrics-listen.
    [[nodiscard]] Metrics &metrics() { return *m_metrics; }
    [[nodiscard]] metrics::HttpServer *metricsServer() { return m_metricsServer.get(); }
    [[nodiscard]] const QDateTime &startedAt() const { return m_startedAt; }
    [[nodiscard]] qint64 uptimeSec() const { return m_uptime.elapsed() / 1000; }

    // The reconciler (ReconcileService::reconciler()): null when the kernel
    // cannot be configured here.
    [[nodiscard]] reconcile::Reconciler *reconciler() { return m_reconcile.reconciler(); }

private:
    [[nodiscard]] Result<void> startMetrics();
    [[nodiscard]] methods::Contexts contexts();

    Options m_options;
    logs::LogHub &m_hub;
    std::unique_ptr<control::Authorizer> m_authorizer;
    ConfigService m_config;
    ProbeRunner m_probes;
    SessionService m_sessions;
    control::Dispatcher m_dispatcher;
    std::unique_ptr<control::ControlServer> m_server;
    std::unique_ptr<remote::RemoteAccess> m_remote;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<metrics::HttpServer> m_metricsServer;
    // Last: the reconciler and the capture go first, as they did before the
    // services were split out of the Daemon.
    services::ReconcileService m_reconcile;
    QDateTime m_startedAt;
    QElapsedTimer m_uptime;
};

} // namespace byway::daemon
