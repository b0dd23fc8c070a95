// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/daemon.h"

#include "control/groupauthorizer.h"
#include "core/logging.h"
#include "probe/foreigndrops.h"
#include "reconcile/rpc/reconcilemethods.h"

#include <QDir>
#include <QJsonObject>

#include <grp.h>

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
    reconcile::MethodContext ctx;
    ctx.reconciler = [this] { return reconciler(); };
    ctx.unavailableReason = [this] { return m_reconcileUnavailable; };
    ctx.storedConfig = [this] { return m_config.config(); };
    ctx.check = [this](const QJsonObject &doc, config::Config *out) { return check(doc, out); };
    ctx.checkConfig = [this](const config::Config &c) { return checkConfig(c); };
    ctx.findings = [this] { return findings(); };
    ctx.topologyLive = [this] { return topologyLive(); };
    ctx.remoteListener = [this] {
        return reconcile::RemoteListener{m_remote->server() != nullptr, m_options.remoteAddress, m_options.remotePort};
    };
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
    if (remote::RemoteServer *server = m_remote->server())
        connect(server, &remote::RemoteServer::adminRequest, this, [this](const QHostAddress &local, quint16 port) {
            if (m_reconciler)
                m_reconciler->remoteRequest(local, port);
        });
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

} // namespace byway::daemon
