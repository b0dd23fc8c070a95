// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"
#include "control/controlserver.h"
#include "control/dispatcher.h"
#include "services/configservice.h"
#include "daemon/metrics.h"
#include "daemon/options.h"
#include "services/proberunner.h"
#include "services/sessionservice.h"
#include "logs/loghub.h"
#include "capture/capture.h"
#include "netfilter/monitor.h"
#include "reconcile/reconciler.h"
#include "reconcile/verdict.h"
#include "metrics/httpserver.h"
#include "remote/remoteaccess.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace byway::daemon {

using services::ConfigService;
using services::ProbeRunner;
using services::SessionService;

// bywayd's parts wired together: config, probes, the method table and the
// control socket. main() adds signals and sd_notify; tests build one on a
// socket in a temp dir with a fake authorizer and probe.
class Daemon final : public QObject
{
    Q_OBJECT
public:
    // What the daemon asks of the box outside the reconciler's ports: the
    // verdict's foreign drop chains and group ids, the nftables monitor for
    // drift, the compat capture. The real ones by default; the dispatch
    // fuzzer passes fakes so that nothing reads or changes the kernel.
    struct Box {
        std::function<QList<reconcile::ForeignDrop>()> foreignDrops;
        std::function<std::optional<quint32>(const QString &group)> groupId;
        std::function<Result<nft::Monitor>()> openMonitor;
        std::function<Result<std::unique_ptr<capture::Capture>>(const config::Config &c)> startCapture;
    };
    [[nodiscard]] static Box realBox();

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
    void useKernel(reconcile::Reconciler::Ports ports, std::unique_ptr<reconcile::RoutePort> live);
    // Before useKernel(): the reconciler's start-up already asks the box.
    void useBox(Box box) { m_box = std::move(box); }

    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] logs::LogHub &logHub() { return m_hub; }
    [[nodiscard]] ConfigService &config() { return m_config; }
    [[nodiscard]] ProbeRunner &probes() { return m_probes; }
    // The VPN server's sessions (session.*).
    [[nodiscard]] SessionService &sessions() { return m_sessions; }
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

    // Probe options for the config's exits (direct ones: mark and device).
    [[nodiscard]] probe::Options probeOptions() const;
    // Turns on what `after` lists and off what only `before` listed.
    static void applyDebugChange(const QStringList &before, const QStringList &after);
    // {mode, ok, warn, fail, skipped, at} of the last probe, or null.
    [[nodiscard]] QJsonValue probeSummary() const;

    // The reconciler with the environment of the latest probe; null when
    // the kernel cannot be configured here (reconcileUnavailable() says why).
    [[nodiscard]] reconcile::Reconciler *reconciler();
    [[nodiscard]] const QString &reconcileUnavailable() const { return m_reconcileUnavailable; }
    // The compat capture, when it runs; null otherwise.
    [[nodiscard]] capture::Capture *capture() { return m_capture.get(); }
    // {active, tun, flows, reason} for status.get.
    [[nodiscard]] QJsonObject captureSummary() const;
    [[nodiscard]] reconcile::TopologyLive topologyLive();
    // {state: "applied" | "failed" | "unavailable", error?, at?}: whether the
    // kernel holds the stored config. "failed" stays (with the error) until
    // an apply, a drift repair or a restart succeeds.
    [[nodiscard]] QJsonObject applyState() const;
    // The one verdict for a config: parse and validate, then the live box
    // (config.validate, set, plan, apply all ask this).
    [[nodiscard]] reconcile::Verdict check(const QJsonObject &doc, config::Config *out);
    [[nodiscard]] reconcile::Verdict checkConfig(const config::Config &c);
    // Environment findings of the stored config, looked at no more than
    // once a second (status.get and topology.get are polled).
    [[nodiscard]] QJsonArray findings();
    // The probe report seen against the stored config's role: findings that
    // cannot matter for it become "info" with a note.
    [[nodiscard]] QJsonObject probeJson(const probe::Report &r) const;
    // The kernel state a config means here (probe verdict, capture).
    [[nodiscard]] reconcile::Environment environmentFor(const config::Config &c) const;
    // The live box's links, addresses and main routes (box.interfaces and
    // the environment checks); empty where bywayd has no routing port.
    [[nodiscard]] reconcile::LiveBox liveBox();
    // Drift checks that found Byway's kernel state changed by someone else.
    [[nodiscard]] qint64 driftCount() const { return m_driftCount; }

private:
    [[nodiscard]] Result<void> startMetrics();
    void stopCapture();
    void startReconciler();
    void watchDrift();
    void onDriftCheck(const QString &why);
    [[nodiscard]] reconcile::Environment environment() const;
    [[nodiscard]] bool probeSaysCompat() const;
    [[nodiscard]] Result<void> syncCapture(const config::Config &c);

    Options m_options;
    qint64 m_driftCount = 0;
    logs::LogHub &m_hub;
    std::unique_ptr<control::Authorizer> m_authorizer;
    Box m_box = realBox();
    ConfigService m_config;
    ProbeRunner m_probes;
    SessionService m_sessions;
    control::Dispatcher m_dispatcher;
    std::unique_ptr<control::ControlServer> m_server;
    std::unique_ptr<remote::RemoteAccess> m_remote;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<metrics::HttpServer> m_metricsServer;
    std::unique_ptr<reconcile::RoutePort> m_liveRouting;
    std::unique_ptr<reconcile::Reconciler> m_reconciler;
    QString m_reconcileUnavailable = QStringLiteral("bywayd has not started");
    std::optional<nft::Monitor> m_monitor;
    std::unique_ptr<capture::Capture> m_capture;
    // What stopped captures counted, per user and per exit (topology.get stays monotonic).
    struct {
        QJsonArray users;
        QJsonArray exits;
    } m_captureBefore;
    QString m_captureProblem;
    std::optional<Error> m_applyProblem; // the last start-up / drift apply that failed
    QDateTime m_applyProblemAt;
    QJsonArray m_findings;               // findings() of the stored config
    QElapsedTimer m_findingsAge;
    QTimer m_driftTimer;
    QTimer m_routeSettle;
    bool m_ipv6Egress = false;      // the last probe that checked IPv6 egress passed
    config::Ipv6 m_probedIpv6;      // the ipv6 section the last egress probe was run for
    QDateTime m_startedAt;
    QElapsedTimer m_uptime;
};

} // namespace byway::daemon
