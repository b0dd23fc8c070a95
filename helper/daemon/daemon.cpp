// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/daemon.h"

#include "control/groupauthorizer.h"
#include "core/logging.h"
#include "methods/methods.h"
#include "core/messages/messages.h"
#include "probe/foreigndrops.h"
#include "reconcile/ports.h"
#include "reconcile/rpc/reconcilemethods.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>

#include <grp.h>
#include <unistd.h>

namespace byway::daemon {

Daemon::Daemon(Options options, logs::LogHub &hub, std::unique_ptr<control::Authorizer> authorizer,
               ProbeRunner::ProbeFn probe, QObject *parent)
    : QObject(parent),
      m_options(std::move(options)),
      m_hub(hub),
      m_authorizer(authorizer ? std::move(authorizer)
                              : std::make_unique<control::GroupAuthorizer>(m_options.adminGroup, m_options.viewGroup)),
      m_config(m_options.configPath),
      m_probes(probe ? std::move(probe) : ProbeRunner::ProbeFn(&probe::run), this),
      m_sessions(QDir(m_options.stateDir).filePath(QStringLiteral("sessions.json")), this)
{
    SessionService::Hooks hooks;
    hooks.config = [this] { return m_config.config(); };
    hooks.checkExit = [this](const config::Config &c, const reconcile::Session &s, const QString &exit) {
        return reconcile::checkSessionExit(c, liveBox(), s.user, exit,
                                           s.address.protocol() == QAbstractSocket::IPv6Protocol);
    };
    hooks.realise = [this](const QString &why, std::function<void(Result<int>)> done) {
        reconcile::Reconciler *r = reconciler();
        if (!r)
            return done(fail(ErrorCode::Unavailable, m_reconcileUnavailable));
        r->refresh(reconcile::Caller{0, why}, [done = std::move(done)](Result<reconcile::ApplyReport> report) {
            if (!report)
                return done(std::unexpected(report.error()));
            done(report->writes);
        });
    };
    hooks.capture = [this] { return m_capture.get(); };
    m_sessions.setHooks(std::move(hooks));
    m_dispatcher.setAdminHint(QStringLiteral("root or group %1").arg(m_options.adminGroup));
    // IPv6 egress is known only from probes that looked (reachability on):
    // a quick probe without it leaves the verdict, and IPv6 features, as they were.
    connect(&m_probes, &ProbeRunner::finished, this, [this] {
        for (const probe::Finding &f : m_probes.last() ? m_probes.last()->findings : QList<probe::Finding>{})
            if (f.check == QLatin1String("ipv6.egress"))
                m_ipv6Egress = f.code == QLatin1String("ipv6.egress.ok");
    });
    m_remote = std::make_unique<remote::RemoteAccess>(
        m_dispatcher, remote::RemoteOptions{m_options.remoteAddress, m_options.remotePort, m_options.tlsCert,
                                            m_options.tlsKey, m_options.stateDir, m_options.remoteRateLimit, {}});
    m_metrics = std::make_unique<Metrics>(*this);
    m_dispatcher.setErrorObserver([m = m_metrics.get()](const Error &e) { m->onControlError(e); });
    // With a token, a Prometheus can scrape over the TLS listener as well.
    m_remote->setMetrics([m = m_metrics.get()](std::function<void(const QByteArray &)> reply) {
        m->render(std::move(reply));
    });
    methods::addStatusMethods(m_dispatcher, *this);
    methods::addConfigMethods(m_dispatcher, *this);
    methods::addLogMethods(m_dispatcher, *this);
    methods::addProbeMethods(m_dispatcher, *this);
    methods::addFlowMethods(m_dispatcher, *this);
    methods::addTokenMethods(m_dispatcher, *this);
    methods::addSessionMethods(m_dispatcher, *this);
    methods::addBoxMethods(m_dispatcher, *this);
    reconcile::MethodContext ctx;
    ctx.reconciler = [this] { return reconciler(); };
    ctx.unavailableReason = [this] { return m_reconcileUnavailable; };
    ctx.storedConfig = [this] { return m_config.config(); };
    ctx.check = [this](const QJsonObject &doc, config::Config *out) { return check(doc, out); };
    ctx.checkConfig = [this](const config::Config &c) { return checkConfig(c); };
    ctx.findings = [this] { return findings(); };
    ctx.topologyLive = [this] { return topologyLive(); };
    reconcile::registerReconcileMethods(m_dispatcher, std::move(ctx));
}

Daemon::Box Daemon::realBox()
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
    box.startCapture = [](const config::Config &c) {
        return capture::Capture::start(capture::optionsFrom(c), c.pools, c.exits);
    };
    return box;
}

Daemon::~Daemon()
{
    stop();
}

Result<void> Daemon::start()
{
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_uptime.start();

    if (auto loaded = m_config.load(); !loaded)
        return loaded;
    QStringList debug = m_config.config().debug.categories;
    applyDebugChange({}, debug + m_options.debug);

    if (!QDir().mkpath(m_options.stateDir))
        qCWarning(lcControl).noquote() << "cannot create the state directory" << m_options.stateDir;

    control::ServerLimits limits;
    limits.maxClients = m_options.maxClients;
    limits.maxPerUid = m_options.maxPerUid;
    m_server = std::make_unique<control::ControlServer>(m_dispatcher, *m_authorizer, limits);
    control::ListenOptions listen{m_options.socketPath, m_options.socketMode, m_options.socketGroup};
    if (auto ok = m_server->listen(listen); !ok) {
        m_server.reset();
        return ok;
    }
    if (auto ok = m_remote->start(); !ok) {
        m_server.reset();
        return ok;
    }
    if (auto ok = startMetrics(); !ok) {
        m_remote->stop();
        m_server.reset();
        return ok;
    }

    // Before the first apply: the kernel comes back with the live sessions.
    m_sessions.load();
    startReconciler();
    if (m_options.probeAtStart) {
        if (!m_probes.run(probeOptions(), [](const probe::Report &) {}))
            qCWarning(lcProbe).noquote() << "startup probe not started";
    }
    return {};
}

Result<void> Daemon::startMetrics()
{
    if (m_options.metricsPort == 0)
        return {};
    m_metricsServer = std::make_unique<metrics::HttpServer>(
        [this](metrics::HttpServer::Reply reply) { m_metrics->render(std::move(reply)); });
    if (auto ok = m_metricsServer->listen(m_options.metricsAddress, m_options.metricsPort); !ok) {
        m_metricsServer.reset();
        return ok;
    }
    qCInfo(lcControl).noquote() << "metrics on http://" + m_metricsServer->address() + "/metrics";
    if (!m_options.metricsAddress.isLoopback())
        qCWarning(lcControl).noquote() << "metrics listener" << m_options.metricsListen
                                       << "is not a loopback address: anyone who reaches it can read the metrics "
                                          "(no authentication); restrict it with a firewall or listen on 127.0.0.1";
    return {};
}

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

reconcile::Environment Daemon::environment() const
{
    reconcile::Environment env;
    env.ipv6Egress = m_ipv6Egress;
    if (const auto &last = m_probes.last())
        for (const probe::Finding &f : last->findings)
            if (f.check == QLatin1String("owners"))
                env.owners = f.data;
    if (m_reconciler)
        env.mainRoutesVia = [r = m_reconciler.get()](const QString &dev) {
            return r->routing().mainRoutesVia(dev).value_or(QList<route::RouteSpec>{});
        };
    env.groupId = m_box.groupId;
    return env;
}

bool Daemon::probeSaysCompat() const
{
    const auto &last = m_probes.last();
    return last && last->mode == probe::Mode::Compat;
}

reconcile::Environment Daemon::environmentFor(const config::Config &c) const
{
    reconcile::Environment env = environment();
    const bool compat = probeSaysCompat();
    env.nftUsable = !compat;
    if (config::captureWanted(c, compat))
        env.captureTun = c.capture.tun;
    env.sessions = m_sessions.sessions();
    return env;
}

Result<void> Daemon::syncCapture(const config::Config &c)
{
    if (!config::captureWanted(c, probeSaysCompat())) {
        if (m_capture)
            qCInfo(lcTun).noquote() << "compat capture stopped";
        stopCapture();
        m_captureProblem.clear();
        return {};
    }
    if (m_capture && m_capture->tunName() == c.capture.tun) {
        m_capture->reconfigure(c.pools, c.exits);
        return {};
    }
    stopCapture();
    auto started = m_box.startCapture(c);
    if (!started) {
        m_captureProblem = started.error().message;
        qCWarning(lcTun).noquote() << "compat capture could not start:" << m_captureProblem;
        return std::unexpected(started.error());
    }
    m_capture = std::move(*started);
    m_sessions.pushTo(*m_capture);
    m_captureProblem.clear();
    qCInfo(lcTun).noquote() << "compat capture running on" << m_capture->tunName();
    return {};
}

void Daemon::stopCapture()
{
    // What it counted stays in topology.get: the capture's paths count on
    // from there when it starts again (another TUN, compat again).
    if (m_capture) {
        const QJsonObject t = m_capture->totals();
        m_captureBefore.users = reconcile::addTotals(m_captureBefore.users, t.value(QStringLiteral("users")).toArray(),
                                                     QStringLiteral("user"));
        m_captureBefore.exits = reconcile::addTotals(m_captureBefore.exits, t.value(QStringLiteral("exits")).toArray(),
                                                     QStringLiteral("exit"));
    }
    m_capture.reset();
}

reconcile::TopologyLive Daemon::topologyLive()
{
    reconcile::TopologyLive live;
    if (m_liveRouting)
        live.addresses = m_liveRouting->addresses().value_or(QList<route::AddressSpec>{});
    live.sessions = m_sessions.sessions();
    live.captureActive = bool(m_capture);
    const QJsonObject now = m_capture ? m_capture->totals() : QJsonObject{};
    if (m_capture)
        live.captureTun = m_capture->tunName();
    live.captureUsers = reconcile::addTotals(m_captureBefore.users, now.value(QStringLiteral("users")).toArray(),
                                             QStringLiteral("user"));
    live.captureExits = reconcile::addTotals(m_captureBefore.exits, now.value(QStringLiteral("exits")).toArray(),
                                             QStringLiteral("exit"));
    return live;
}

QJsonObject Daemon::captureSummary() const
{
    QJsonObject o{{QStringLiteral("active"), bool(m_capture)}};
    if (m_capture) {
        o.insert(QStringLiteral("tun"), m_capture->tunName());
        o.insert(QStringLiteral("stats"), m_capture->stats());
    }
    if (!m_captureProblem.isEmpty())
        o.insert(QStringLiteral("problem"), m_captureProblem);
    return o;
}

reconcile::LiveBox Daemon::liveBox()
{
    reconcile::LiveBox box;
    box.groupId = environment().groupId;
    box.captureOn = [this](const config::Config &c) { return config::captureWanted(c, probeSaysCompat()); };
    box.foreignDrops = m_box.foreignDrops;
    if (!m_liveRouting)
        return box;
    reconcile::RoutePort *routing = m_liveRouting.get();
    box.links = [routing] { return routing->links().value_or(QList<route::Link>{}); };
    box.addresses = [routing] { return routing->addresses().value_or(QList<route::AddressSpec>{}); };
    box.mainRoutesVia = [routing](const QString &dev) {
        return routing->mainRoutesVia(dev).value_or(QList<route::RouteSpec>{});
    };
    return box;
}

reconcile::Verdict Daemon::check(const QJsonObject &doc, config::Config *out)
{
    return reconcile::check(doc, liveBox(), out);
}

reconcile::Verdict Daemon::checkConfig(const config::Config &c)
{
    reconcile::Verdict v;
    v.errors = config::validate(c);
    if (v.ok())
        v = reconcile::checkEnvironment(c, liveBox());
    return v;
}

QJsonArray Daemon::findings()
{
    if (m_findingsAge.isValid() && m_findingsAge.elapsed() < 1000)
        return m_findings;
    const reconcile::Verdict v = checkConfig(m_config.config());
    QJsonArray all;
    for (const FieldError &f : v.errors + v.findings)
        all.append(f.toJson());
    m_findings = all;
    m_findingsAge.start();
    return m_findings;
}

QJsonObject Daemon::applyState() const
{
    if (!m_reconciler)
        return QJsonObject{{QStringLiteral("state"), QStringLiteral("unavailable")},
                           {QStringLiteral("error"), Error::make(ErrorCode::Unavailable, m_reconcileUnavailable).toJson()}};
    if (!m_applyProblem)
        return QJsonObject{{QStringLiteral("state"), QStringLiteral("applied")}};
    return QJsonObject{{QStringLiteral("state"), QStringLiteral("failed")},
                       {QStringLiteral("error"), m_applyProblem->toJson()},
                       {QStringLiteral("at"), m_applyProblemAt.toString(Qt::ISODateWithMs)}};
}

reconcile::Reconciler *Daemon::reconciler()
{
    if (m_reconciler)
        m_reconciler->setEnvironment(environment());
    return m_reconciler.get();
}

void Daemon::stop()
{
    m_metricsServer.reset();
    m_remote->stop();
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

probe::Options Daemon::probeOptions() const
{
    probe::Options o;
    for (const config::Exit &e : m_config.config().exits) {
        if (e.type != config::ExitType::Direct || (e.mark == 0 && e.device.isEmpty()))
            continue;
        o.exits.append(probe::Exit{e.name, e.mark, e.device});
    }
    if (const config::Ipv6 &v6 = m_config.config().ipv6; v6.enabled && !v6.egressTargets.isEmpty()) {
        o.reachability = true;
        o.targets = v6.egressTargets;
    }
    return o;
}

void Daemon::applyDebugChange(const QStringList &before, const QStringList &after)
{
    auto expand = [](const QStringList &cats) {
        return cats.contains(u"all") ? logging::categoryNames() : cats;
    };
    const QStringList on = expand(after);
    for (const QString &cat : expand(before))
        if (!on.contains(cat))
            logging::setDebug(cat, false);
    for (const QString &cat : on)
        if (!logging::setDebug(cat, true))
            qCWarning(lcConfig).noquote() << "unknown debug category" << cat;
}

namespace {

// Whether a warning or failure of the probe can matter for what the config
// does: /dev/ppp means nothing to a bypass router, strict rp_filter nothing
// on a port the role never forwards through.
bool relevantFor(const QJsonObject &f, const config::Config &c)
{
    using config::Role;
    const QString code = f.value(u"code").toString();
    const QJsonObject data = f.value(u"data").toObject();
    if (c.role == Role::None)
        return true; // nothing picked yet: everything may matter
    if (code.startsWith(u"ppp.") || code.startsWith(u"xfrm."))
        return c.role == Role::VpnGateway;
    if (code.startsWith(u"foreign."))
        return c.role != Role::WanSeparated;
    if (code == u"sysctl.ip_forward.off")
        return c.role != Role::WanSeparated;
    if (code == u"sysctl.ipv6_forwarding.off")
        return c.ipv6.enabled && c.role != Role::WanSeparated;
    if (code == u"sysctl.src_valid_mark.off") {
        for (const config::Exit &e : c.exits)
            if (e.mark != 0)
                return true;
        return false;
    }
    if (code == u"sysctl.rp_filter.strict") {
        QStringList ports = c.interfaces.lan + c.interfaces.wan;
        if (!c.interfaces.alternate.isEmpty())
            ports << c.interfaces.alternate;
        if (config::captureWanted(c, false) || c.capture.mode == config::CaptureMode::Auto)
            ports << c.capture.tun;
        const QJsonObject ifs = data.value(u"interfaces").toObject();
        for (auto it = ifs.begin(); it != ifs.end(); ++it) {
            if (it.value().toObject().value(u"effective").toInt() != 1)
                continue;
            if (ports.contains(it.key()))
                return true;
            for (const QString &p : c.interfaces.tunnels)
                if (reconcile::matchesPattern(p, it.key()))
                    return true;
        }
        return false;
    }
    return true;
}

} // namespace

QJsonObject Daemon::probeJson(const probe::Report &r) const
{
    QJsonObject out = probe::toJson(r);
    const config::Config &c = m_config.config();
    QJsonArray findings;
    for (const QJsonValue &v : out.value(u"findings").toArray()) {
        QJsonObject f = v.toObject();
        const QString status = f.value(u"status").toString();
        if ((status == u"warn" || status == u"fail") && !relevantFor(f, c)) {
            const QJsonObject args{{QStringLiteral("role"), config::roleName(c.role)}};
            f.insert(QStringLiteral("status"), QStringLiteral("info"));
            f.insert(QStringLiteral("note"), QJsonObject{{QStringLiteral("id"), QStringLiteral("probe.not_for_role")},
                                                         {QStringLiteral("args"), args},
                                                         {QStringLiteral("message"), msg::english(QStringLiteral("probe.not_for_role"), args)}});
        }
        findings.append(f);
    }
    out.insert(QStringLiteral("findings"), findings);
    return out;
}

QJsonValue Daemon::probeSummary() const
{
    const auto &last = m_probes.last();
    if (!last)
        return QJsonValue::Null;
    QHash<QString, int> counts;
    for (const QJsonValue &f : probeJson(*last).value(u"findings").toArray())
        ++counts[f.toObject().value(u"status").toString()];
    return QJsonObject{
        {QStringLiteral("mode"), probe::modeName(last->mode)},
        {QStringLiteral("ok"), counts.value(QStringLiteral("ok"))},
        {QStringLiteral("warn"), counts.value(QStringLiteral("warn"))},
        {QStringLiteral("fail"), counts.value(QStringLiteral("fail"))},
        {QStringLiteral("info"), counts.value(QStringLiteral("info"))},
        {QStringLiteral("skipped"), counts.value(QStringLiteral("skipped"))},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(last->modeReasons)},
        {QStringLiteral("at"), last->at.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace byway::daemon
