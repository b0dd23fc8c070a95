// SPDX-License-Identifier: GPL-3.0-or-later
// The Daemon's kernel wiring: the reconciler on the real ports, its events,
// and the drift watch (nftables monitor, routing watch, the periodic sweep).
#include "daemon/daemon.h"

#include "core/logging.h"
#include "reconcile/ports.h"

#include <QSocketNotifier>

#include <unistd.h>

namespace byway::daemon {

void Daemon::startReconciler()
{
    auto nft = reconcile::openNetfilter();
    std::unique_ptr<reconcile::NftPort> nftPort;
    if (nft) {
        nftPort = std::move(*nft);
    } else {
        // Router systems with a broken netfilter: routes, rules and the
        // compat capture still work.
        qCWarning(lcReconcile).noquote() << "nftables unusable, continuing without it:" << nft.error().message;
        nftPort = reconcile::noNetfilter(nft.error().message);
    }
    auto routing = reconcile::openRouting();
    if (!routing) {
        m_reconcileUnavailable = routing.error().message;
        qCWarning(lcReconcile).noquote() << "kernel changes unavailable:" << m_reconcileUnavailable;
        return;
    }
    // The environment checks read links and addresses on this thread while
    // the reconciler's own sockets are busy on the kernel thread.
    auto live = reconcile::openRouting();
    useKernel(reconcile::Reconciler::Ports{std::move(nftPort), reconcile::procSysctl(), std::move(*routing)},
              live ? std::move(*live) : nullptr);
}

void Daemon::useKernel(reconcile::Reconciler::Ports ports, std::unique_ptr<reconcile::RoutePort> live)
{
    m_liveRouting = std::move(live);
    m_reconciler = std::make_unique<reconcile::Reconciler>(
        std::move(ports), m_options.stateDir,
        [this](const config::Config &c) -> Result<qint64> {
            // Applying what is stored (a no-change apply, a restart) writes nothing.
            if (m_config.holds(c))
                return m_config.revision();
            return m_config.save(c, std::nullopt);
        },
        this);
    m_reconcileUnavailable.clear();
    connect(m_reconciler.get(), &reconcile::Reconciler::event, m_metrics.get(), &Metrics::onReconcilerEvent);
    m_reconciler->setEnvironment(environment());
    m_reconciler->setEnvironmentFor([this](const config::Config &c) { return environmentFor(c); });
    m_reconciler->setPrepare([this](const config::Config &c) { return syncCapture(c); });
    // The probe may find Compat after start-up: look again when it finishes.
    connect(&m_probes, &ProbeRunner::finished, this, [this] { onDriftCheck(QStringLiteral("probe finished")); });
    // Restart after a crash or reboot: clear leftovers, come back to the stored config.
    connect(m_reconciler.get(), &reconcile::Reconciler::event, this, [this](const QString &kind, const QJsonObject &d) {
        if (kind != QLatin1String("applied"))
            return;
        m_applyProblem.reset();
        m_findingsAge.invalidate();
        // Findings that this apply fixed (ip_forward, rp_filter...) must not
        // stay on screen: look again (quick checks only, on the probe thread).
        // A session's apply changes one rule: nothing a probe would see differently.
        const bool wrote = d.value(u"report").toObject().value(u"writes").toInt() > 0
            && d.value(u"action").toString() != u"session";
        if (wrote && m_options.probeAtStart && !m_probes.run(probe::Options{}, [](const probe::Report &) {}))
            qCWarning(lcProbe).noquote() << "probe after apply not started";
    });
    // Inline: bywayd serves requests once the kernel holds the stored config.
    if (auto r = m_reconciler->startup(m_config.config()); !r) {
        qCCritical(lcReconcile).noquote() << "start-up reconcile failed, the stored config is NOT applied:"
                                          << r.error().toString();
        m_applyProblem = r.error();
        m_applyProblemAt = QDateTime::currentDateTimeUtc();
    }
    // From here on the kernel work runs on its own thread: a big apply does
    // not hold up the other clients, the log streams or the drift watch.
    if (m_options.kernelThread)
        m_reconciler->useWorker();
    // An apply that changes how IPv6 egress is verified gets a probe that
    // looks; its verdict (probe finished -> drift check) turns IPv6 on or off.
    m_probedIpv6 = m_config.config().ipv6;
    connect(m_reconciler.get(), &reconcile::Reconciler::event, this, [this](const QString &kind, const QJsonObject &) {
        if (kind != QLatin1String("applied") || m_reconciler->applied().ipv6 == m_probedIpv6)
            return;
        m_probedIpv6 = m_reconciler->applied().ipv6;
        if (m_probedIpv6.enabled && !m_probes.run(probeOptions(), [](const probe::Report &) {}))
            qCWarning(lcProbe).noquote() << "IPv6 egress probe not started";
    });
    watchDrift();
}

void Daemon::watchDrift()
{
    auto monitor = m_box.openMonitor();
    if (monitor) {
        m_monitor = std::move(*monitor);
        auto *notifier = new QSocketNotifier(m_monitor->fd(), QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            auto events = m_monitor->readEvents();
            bool foreign = !events; // lost events: look again
            for (const nft::ChangeEvent &e : events.value_or(QList<nft::ChangeEvent>{}))
                foreign = foreign || e.pid != quint32(::getpid());
            if (foreign)
                onDriftCheck(QStringLiteral("nftables change by another process"));
        });
    } else {
        qCWarning(lcReconcile).noquote() << "no nftables monitor, drift is checked every 30 s only:"
                                         << monitor.error().message;
    }
    // Routes, rules, addresses: someone flushing a table, or the kernel
    // dropping a link's routes without a word when it goes down. A burst (a
    // flapping link, `ip route flush`) becomes one check a moment later.
    if (const int fd = m_reconciler->routing().watchFd(); fd >= 0) {
        m_routeSettle.setSingleShot(true);
        m_routeSettle.setInterval(300);
        connect(&m_routeSettle, &QTimer::timeout, this,
                [this] { onDriftCheck(QStringLiteral("routing change by another process or the kernel")); });
        auto *notifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this, notifier] {
            // The watch is read on the kernel thread (it owns the socket);
            // until then this notifier would fire again and again.
            notifier->setEnabled(false);
            m_reconciler->takeForeignChange([this, notifier](bool foreign) {
                notifier->setEnabled(true);
                if (foreign)
                    m_routeSettle.start();
            });
        });
    }
    // Sysctls and a monitor that missed something: a slow sweep as well.
    connect(&m_driftTimer, &QTimer::timeout, this, [this] { onDriftCheck(QStringLiteral("periodic check")); });
    m_driftTimer.start(30000);
}

void Daemon::onDriftCheck(const QString &why)
{
    if (!m_reconciler)
        return;
    reconciler()->checkDrift([this, why](Result<bool> drift) {
        if (!drift) {
            qCWarning(lcReconcile).noquote() << "drift check (" + why + ") failed:" << drift.error().toString();
            m_applyProblem = drift.error();
            m_applyProblemAt = QDateTime::currentDateTimeUtc();
        } else if (*drift) {
            qCWarning(lcReconcile).noquote() << "drift found after" << why;
            ++m_driftCount; // a plan made before is no longer against this kernel
        }
    });
}

} // namespace byway::daemon
