// SPDX-License-Identifier: GPL-3.0-or-later
#include "daemon/daemon.h"

#include "control/groupauthorizer.h"
#include "core/logging.h"
#include "methods/methods.h"

#include <QDir>
#include <QJsonArray>
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
      m_probes(probe ? std::move(probe) : ProbeRunner::ProbeFn(&probe::run), this)
{
    m_dispatcher.setAdminHint(QStringLiteral("root or group %1").arg(m_options.adminGroup));
    methods::addStatusMethods(m_dispatcher, *this);
    methods::addConfigMethods(m_dispatcher, *this);
    methods::addLogMethods(m_dispatcher, *this);
    methods::addProbeMethods(m_dispatcher, *this);
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

    if (m_options.probeAtStart) {
        if (!m_probes.run(probeOptions(), [](const probe::Report &) {}))
            qCWarning(lcProbe) << "startup probe not started";
    }
    return {};
}

void Daemon::stop()
{
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

QJsonValue Daemon::probeSummary() const
{
    const auto &last = m_probes.last();
    if (!last)
        return QJsonValue::Null;
    int counts[4] = {0, 0, 0, 0};
    for (const auto &f : last->findings)
        ++counts[int(f.status)];
    return QJsonObject{
        {QStringLiteral("mode"), probe::modeName(last->mode)},
        {QStringLiteral("ok"), counts[int(probe::Finding::Status::Ok)]},
        {QStringLiteral("warn"), counts[int(probe::Finding::Status::Warn)]},
        {QStringLiteral("fail"), counts[int(probe::Finding::Status::Fail)]},
        {QStringLiteral("skipped"), counts[int(probe::Finding::Status::Skipped)]},
        {QStringLiteral("reasons"), QJsonArray::fromStringList(last->modeReasons)},
        {QStringLiteral("at"), last->at.toUTC().toString(Qt::ISODateWithMs)},
    };
}

} // namespace byway::daemon
