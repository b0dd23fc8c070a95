// SPDX-License-Identifier: GPL-3.0-or-later
// The ReconcileService's kernel wiring: the reconciler on the real ports,
// its events, and the drift watch (nftables monitor, routing watch, the
// periodic sweep).
#include "services/reconcileservice.h"

#include "capture/qt.h"
#include "core/logging.h"
#include "core/messages/messages.h"
#include "probe/foreigndrops.h"
#include "probe/listeners.h"
#include "reconcile/ports.h"
#include "services/probestatus.h"

#include <QSocketNotifier>

#include <grp.h>
#include <unistd.h>

namespace byway::services {

ReconcileService::ReconcileService(Settings settings, ConfigService &config, ProbeRunner &probes,
                                   SessionService &sessions, QObject *parent)
    : QObject(parent), m_settings(std::move(settings)), m_config(config), m_probes(probes), m_sessions(sessions)
{
    connect(&m_probes, &ProbeRunner::finished, this, &ReconcileService::onProbeFinished);
}

ReconcileService::~ReconcileService() = default;

ReconcileService::Box ReconcileService::realBox()
{
    Box box;
    box.foreignDrops = [] {
        QList<reconcile::ForeignDrop> out;
        for (const probe::ForeignDropChain &f : probe::foreignDrops())
            out.append({f.family, f.table, f.chain, f.hook, f.priority, f.policyDrop, f.dropRules});
        return out;
    };
    box.groupId = [](const QString &name) -> std::optional<quint32> {
        // getgrnam_r: the probe thread may be resolving names at the same time.
        struct group grp {};
        struct group *out = nullptr;
        char buf[4096];
        if (::getgrnam_r(name.toLocal8Bit().constData(), &grp, buf, sizeof buf, &out) != 0 || !out)
            return std::nullopt;
        return quint32(out->gr_gid);
    };
    box.openMonitor = [] { return nft::Monitor::open(); };
    box.udpBound = [](quint16 port) { return probe::udpBound(port); };
    box.sysctl = reconcile::procSysctl();
    box.startCapture = [](const config::Config &c) {
        return capture::startFrom(c);
    };
    return box;
}

SessionService::Hooks ReconcileService::sessionHooks()
{
    SessionService::Hooks hooks;
    // What runs, not what is stored: after a config.set without an apply
    // (or while an apply is pending) the two differ, and a session's exit
    // takes effect on the running one.
    hooks.config = [this] { return m_reconciler ? m_reconciler->applied() : m_config.config(); };
    hooks.checkExit = [this](const config::Config &c, const reconcile::Session &s, const QString &exit) {
        return reconcile::checkSessionExit(c, liveBox(), s.user, exit,
                                           s.address.protocol() == QAbstractSocket::IPv6Protocol);
    };
    hooks.realise = [this](const QString &why, std::function<void(Result<int>)> done) {
        reconcile::Reconciler *r = reconciler();
        if (!r)
            return done(fail(ErrorCode::Unavailable, m_unavailable));
        r->refresh(reconcile::Caller{0, why}, [done = std::move(done)](Result<reconcile::ApplyReport> report) {
            if (!report)
                return done(std::unexpected(report.error()));
            done(report->writes);
        });
    };
    hooks.capture = [this] { return m_capture.get(); };
    return hooks;
}

void ReconcileService::start()
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
        m_unavailable = routing.error().message;
        qCWarning(lcReconcile).noquote() << "kernel changes unavailable:" << m_unavailable;
        return;
    }
    // The environment checks read links and addresses on this thread while
    // the reconciler's own sockets are busy on the kernel thread.
    auto live = reconcile::openRouting();
    useKernel(reconcile::Reconciler::Ports{std::move(nftPort), reconcile::procSysctl(), std::move(*routing)},
              live ? std::move(*live) : nullptr);
}

Result<qint64> ReconcileService::persist(const config::Config &c)
{
    // Applying what is stored (a no-change apply, a restart) writes nothing.
    if (m_config.holds(c))
        return m_config.revision();
    return m_config.save(c, std::nullopt);
}

void ReconcileService::useKernel(reconcile::Reconciler::Ports ports, std::unique_ptr<reconcile::RoutePort> live)
{
    m_liveRouting = std::move(live);
    m_reconciler = std::make_unique<reconcile::Reconciler>(
        std::move(ports), m_settings.stateDir, [this](const config::Config &c) { return persist(c); }, this);
    m_unavailable.clear();
    connect(m_reconciler.get(), &reconcile::Reconciler::event, this, &ReconcileService::event);
    m_reconciler->setEnvironment(environment());
    m_reconciler->setEnvironmentFor([this](const config::Config &c) { return environmentFor(c); });
    m_reconciler->setPrepare([this](const config::Config &c) { return syncCapture(c); });
    // The probe may find Compat after start-up: look again when it finishes.
    connect(&m_probes, &ProbeRunner::finished, this, [this] { onDriftCheck(QStringLiteral("probe finished")); });
    // Restart after a crash or reboot: clear leftovers, come back to the stored config.
    connect(m_reconciler.get(), &reconcile::Reconciler::event, this, [this](const QString &kind, const QJsonObject &d) {
        if (kind == QLatin1String("applied"))
            onApplied(d);
    });
    // Inline: bywayd serves requests once the kernel holds the stored config.
    // None it can read (after an upgrade whose rules refuse it, say): the
    // kernel keeps what it runs rather than the defaults' role none.
    if (m_config.unusable()) {
        const msg::Id id("apply.held");
        Error why = Error::make(ErrorCode::Unavailable, msg::english(id, {}));
        why.errors.append(FieldError(QString(), QStringLiteral("held"), why.message, id.toString()));
        qCCritical(lcReconcile).noquote() << why.message + ":" << m_config.problem();
        m_reconciler->holdKernel(why);
        noteProblem(why);
    } else if (auto r = m_reconciler->startup(m_config.config()); !r) {
        qCCritical(lcReconcile).noquote() << "start-up reconcile failed, the stored config is NOT applied:"
                                          << r.error().toString();
        noteProblem(r.error());
    }
    // From here on the kernel work runs on its own thread: a big apply does
    // not hold up the other clients, the log streams or the drift watch.
    if (m_settings.kernelThread)
        m_reconciler->useWorker();
    // An apply that changes how IPv6 egress is verified gets a probe that
    // looks; its verdict (probe finished -> drift check) turns IPv6 on or off.
    m_probedIpv6 = m_config.config().ipv6;
    connect(m_reconciler.get(), &reconcile::Reconciler::event, this, [this](const QString &kind, const QJsonObject &) {
        if (kind != QLatin1String("applied") || m_reconciler->applied().ipv6 == m_probedIpv6)
            return;
        m_probedIpv6 = m_reconciler->applied().ipv6;
        if (m_probedIpv6.enabled && !m_probes.run(probeOptions(m_config.config()), [](const probe::Report &) {}))
            qCWarning(lcProbe).noquote() << "IPv6 egress probe not started";
    });
    watchDrift();
}

void ReconcileService::onApplied(const QJsonObject &d)
{
    m_applyProblem.reset();
    m_findingsAge.invalidate();
    // Findings that this apply fixed (ip_forward, rp_filter...) must not
    // stay on screen: look again (quick checks only, on the probe thread).
    // A session's apply changes one rule: nothing a probe would see differently.
    const bool wrote = d.value(u"report").toObject().value(u"writes").toInt() > 0
        && d.value(u"action").toString() != u"session";
    if (wrote && m_settings.probeAtStart && !m_probes.run(probe::Options{}, [](const probe::Report &) {}))
        qCWarning(lcProbe).noquote() << "probe after apply not started";
}

void ReconcileService::noteProblem(const Error &e)
{
    m_applyProblem = e;
    m_applyProblemAt = QDateTime::currentDateTimeUtc();
}

void ReconcileService::watchDrift()
{
    watchNetfilter();
    watchRouting();
    // Sysctls and a monitor that missed something: a slow sweep as well.
    connect(&m_driftTimer, &QTimer::timeout, this, [this] { onDriftCheck(QStringLiteral("periodic check")); });
    m_driftTimer.start(30000);
}

void ReconcileService::watchNetfilter()
{
    auto monitor = m_box.openMonitor();
    if (!monitor) {
        qCWarning(lcReconcile).noquote() << "no nftables monitor, drift is checked every 30 s only:"
                                         << monitor.error().message;
        return;
    }
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
}

void ReconcileService::watchRouting()
{
    // Routes, rules, addresses: someone flushing a table, or the kernel
    // dropping a link's routes without a word when it goes down. A burst (a
    // flapping link, `ip route flush`) becomes one check a moment later.
    const int fd = m_reconciler->routing().watchFd();
    if (fd < 0)
        return;
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

void ReconcileService::onDriftCheck(const QString &why)
{
    if (!m_reconciler)
        return;
    reconciler()->checkDrift([this, why](Result<bool> drift) {
        if (!drift) {
            qCWarning(lcReconcile).noquote() << "drift check (" + why + ") failed:" << drift.error().toString();
            noteProblem(drift.error());
            // What refused it may be the probe's picture of other owners (a
            // rule at Byway's priorities since removed): a fresh probe, whose
            // end starts another drift check.
            if (!m_reprobedAfterFailure.isValid() || m_reprobedAfterFailure.hasExpired(10000)) {
                m_reprobedAfterFailure.start();
                if (!m_probes.run(probe::Options{}, [](const probe::Report &) {}))
                    qCWarning(lcProbe).noquote() << "probe after a failed drift check not started";
            }
            return;
        }
        if (*drift) {
            qCWarning(lcReconcile).noquote() << "drift found after" << why;
            ++m_driftCount; // a plan made before is no longer against this kernel
        }
        // The kernel holds the stored config again (repaired, or back by
        // itself): a failure noted before is no longer the state.
        const bool holds = !*drift || m_reconciler->applied().routing.repairDrift;
        if (m_applyProblem && holds && !m_reconciler->held() && m_reconciler->applied() == m_config.config()) {
            qCInfo(lcReconcile).noquote() << "the kernel holds the stored config again; cleared:" << m_applyProblem->message;
            m_applyProblem.reset();
        }
    });
}

} // namespace byway::services
