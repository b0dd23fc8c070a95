// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "netfilter/monitor.h"
#include "reconcile/reconciler.h"
#include "reconcile/verdict.h"
#include "services/configservice.h"
#include "services/proberunner.h"
#include "services/sessionservice.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace byway::services {

// The reconciler and what it needs of the box: the environment of the latest
// probe, the compat capture it starts and stops with the config an apply is
// about to write, the stored config it persists to, and the drift watch
// (nftables monitor, routing watch, the periodic sweep) that repairs what
// someone else changed. Its own callbacks end here, in the services, never
// in the Daemon that owns it.
class ReconcileService final : public QObject
{
    Q_OBJECT
public:
    // What the service asks of the box outside the reconciler's ports: the
    // verdict's foreign drop chains and group ids, the nftables monitor for
    // drift, the compat capture. The real ones by default; the dispatch
    // fuzzer passes fakes so that nothing reads or changes the kernel.
    struct Box {
        std::function<QList<reconcile::ForeignDrop>()> foreignDrops;
        std::function<std::optional<quint32>(const QString &group)> groupId;
        std::function<Result<nft::Monitor>()> openMonitor;
        std::function<Result<std::unique_ptr<capture::Capture>>(const config::Config &c)> startCapture;
        // /proc/sys read on this thread, for the verdict (reads only); null: not checked.
        std::shared_ptr<reconcile::SysctlPort> sysctl;
        std::function<bool(quint16 port)> udpBound; // see reconcile::LiveBox
    };
    [[nodiscard]] static Box realBox();

    struct Settings {
        QString stateDir;          // history and state of the reconciler
        bool kernelThread = true;  // kernel work off the event loop after start-up
        bool probeAtStart = true;  // quick probes after an apply that wrote something
    };

    ReconcileService(Settings settings, ConfigService &config, ProbeRunner &probes, SessionService &sessions,
                     QObject *parent = nullptr);
    ~ReconcileService() override;

    // Before start() or useKernel(): the reconciler's start-up already asks the box.
    void useBox(Box box) { m_box = std::move(box); }
    // The reconciler on the real ports, brought back to the stored config;
    // when the kernel cannot be configured here, unavailableReason() says why.
    void start();
    // The same on these ports (unit tests pass in-memory fakes). `live`
    // answers the environment checks (links, addresses) on this thread.
    void useKernel(reconcile::Reconciler::Ports ports, std::unique_ptr<reconcile::RoutePort> live);
    // The hooks SessionService needs: the stored config, the live box's
    // checks, one apply per change and the capture.
    [[nodiscard]] SessionService::Hooks sessionHooks();

    // The reconciler with the environment of the latest probe; null when
    // the kernel cannot be configured here (unavailableReason() says why).
    [[nodiscard]] reconcile::Reconciler *reconciler();
    [[nodiscard]] const QString &unavailableReason() const { return m_unavailable; }
    // The compat capture, when it runs; null otherwise.
    [[nodiscard]] capture::Capture *capture() { return m_capture.get(); }
    // {active, tun, stats, problem} for status.get.
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
    // The kernel state a config means here (probe verdict, capture).
    [[nodiscard]] reconcile::Environment environmentFor(const config::Config &c) const;
    // The live box's links, addresses and main routes (box.interfaces and
    // the environment checks); empty where there is no routing port.
    [[nodiscard]] reconcile::LiveBox liveBox();
    // Drift checks that found Byway's kernel state changed by someone else.
    [[nodiscard]] qint64 driftCount() const { return m_driftCount; }

signals:
    // Every event of the reconciler, the start-up apply's included (metrics).
    void event(const QString &kind, const QJsonObject &data);

private:
    void startReconciler();
    void onApplied(const QJsonObject &data);
    void watchDrift();
    void watchNetfilter();
    void watchRouting();
    void onDriftCheck(const QString &why);
    void noteProblem(const Error &e);
    [[nodiscard]] Result<qint64> persist(const config::Config &c);
    [[nodiscard]] reconcile::Environment environment() const;
    [[nodiscard]] bool probeSaysCompat() const;
    void onProbeFinished();
    [[nodiscard]] Result<void> syncCapture(const config::Config &c);
    void stopCapture();

    Settings m_settings;
    ConfigService &m_config;
    ProbeRunner &m_probes;
    SessionService &m_sessions;
    Box m_box = realBox();
    std::unique_ptr<reconcile::RoutePort> m_liveRouting;
    std::unique_ptr<reconcile::Reconciler> m_reconciler;
    QString m_unavailable = QStringLiteral("bywayd has not started");
    std::optional<nft::Monitor> m_monitor;
    std::unique_ptr<capture::Capture> m_capture;
    config::Capture m_captureSettings; // what m_capture was started with
    // What stopped captures counted, per user and per exit (topology.get stays monotonic).
    struct {
        QJsonArray users;
        QJsonArray exits;
    } m_captureBefore;
    QString m_captureProblem;
    std::optional<Error> m_applyProblem; // the last start-up / drift apply that failed
    QDateTime m_applyProblemAt;
    qint64 m_driftCount = 0;
    QJsonArray m_findings;               // findings() of the stored config
    QElapsedTimer m_findingsAge;
    QElapsedTimer m_reprobedAfterFailure; // a failed drift check looks again, at most every 10 s
    QTimer m_driftTimer;
    QTimer m_routeSettle;
    bool m_ipv6Egress = false;      // the last probe that checked IPv6 egress passed
    config::Ipv6 m_probedIpv6;      // the ipv6 section the last egress probe was run for
};

} // namespace byway::services
