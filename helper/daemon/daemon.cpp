// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/daemon.h"

#include "control/groupauthorizer.h"
#include "core/logging.h"
#include "reconcile/reconciler.h"
#include "remote/remoteserver.h"
#include "services/probestatus.h"

#include <QDir>
#include <QJsonObject>

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
      m_sessions(QDir(m_options.stateDir).filePath(QStringLiteral("sessions.json")), this),
      m_reconcile({m_options.stateDir, m_options.kernelThread, m_options.probeAtStart}, m_config, m_probes, m_sessions,
                  this)
{
    m_sessions.setHooks(m_reconcile.sessionHooks());
    m_dispatcher.setAdminHint(QStringLiteral("root or group %1").arg(m_options.adminGroup));
    m_remote = std::make_unique<remote::RemoteAccess>(
        m_dispatcher, remote::RemoteOptions{m_options.remoteAddress, m_options.remotePort, m_options.tlsCert,
                                            m_options.tlsKey, m_options.stateDir, m_options.remoteRateLimit, {}});
    m_metrics = std::make_unique<Metrics>(*this);
    connect(&m_reconcile, &services::ReconcileService::event, m_metrics.get(), &Metrics::onReconcilerEvent);
    m_dispatcher.setErrorObserver([m = m_metrics.get()](const Error &e) { m->onControlError(e); });
    // With a token, a Prometheus can scrape over the TLS listener as well.
    m_remote->setMetrics([m = m_metrics.get()](std::function<void(const QByteArray &)> reply) {
        m->render(std::move(reply));
    });
    methods::addAll(m_dispatcher, contexts());
}

methods::Contexts Daemon::contexts()
{
    auto clients = [this] { return clientCount(); };
    return methods::Contexts{
        .status = {m_config, m_probes, m_reconcile, *m_remote, clients, m_startedAt, m_uptime},
        .config = {m_config, m_reconcile,
                   [this] {
                       return reconcile::RemoteListener{m_remote->server() != nullptr, m_options.remoteAddress,
                                                        m_options.remotePort};
                   }},
        .logs = {m_hub},
        .probe = {m_config, m_probes, m_reconcile},
        .kernel = {m_reconcile},
        .sessions = {m_sessions},
        .tokens = {*m_remote},
    };
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
    ConfigService::applyDebugChange({}, debug + m_options.debug);

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
    // An admin's request through an address: a reconnect check may pass.
    if (remote::RemoteServer *server = m_remote->server())
        connect(server, &remote::RemoteServer::adminRequest, this, [this](const QHostAddress &local, quint16 port) {
            if (reconcile::Reconciler *r = m_reconcile.reconciler())
                r->remoteRequest(local, port);
        });
    if (auto ok = startMetrics(); !ok) {
        m_remote->stop();
        m_server.reset();
        return ok;
    }

    // Before the first apply: the kernel comes back with the live sessions.
    m_sessions.load();
    m_reconcile.start();
    if (m_options.probeAtStart) {
        if (!m_probes.run(services::probeOptions(m_config.config()), [](const probe::Report &) {}))
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

} // namespace byway::daemon
