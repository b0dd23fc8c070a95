// SPDX-License-Identifier: GPL-3.0-or-later
// What the ReconcileService knows of the box for the reconciler and the verdict:
// the environment, the live box, the checks, findings and the apply state.
#include "services/reconcileservice.h"

#include "capture/filelimit.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::services {

reconcile::Environment ReconcileService::environment() const
{
    reconcile::Environment env;
    env.ipv6Egress = m_ipv6Egress;
    if (const auto &last = m_probes.last())
        for (const probe::Finding &f : last->findings)
            if (f.check == QLatin1String("owners"))
                env.owners = f.data;
    if (m_reconciler) {
        env.mainRoutesVia = [r = m_reconciler.get()](const QString &dev) {
            return r->routing().mainRoutesVia(dev).value_or(QList<route::RouteSpec>{});
        };
        env.linkUp = [r = m_reconciler.get()](const QString &dev) {
            const auto links = r->routing().links();
            if (!links)
                return true; // not known: the apply says what the kernel thinks
            return std::any_of(links->begin(), links->end(), [&](const route::Link &l) { return l.name == dev && l.up; });
        };
    }
    env.groupId = m_box.groupId;
    return env;
}

void ReconcileService::onProbeFinished()
{
    // IPv6 egress is known only from probes that looked (reachability on):
    // a quick probe without it leaves the verdict, and IPv6 features, as they were.
    for (const probe::Finding &f : m_probes.last() ? m_probes.last()->findings : QList<probe::Finding>{})
        if (f.check == QLatin1String("ipv6.egress"))
            m_ipv6Egress = f.code == QLatin1String("ipv6.egress.ok");
}

bool ReconcileService::probeSaysCompat() const
{
    const auto &last = m_probes.last();
    return last && last->mode == probe::Mode::Compat;
}

reconcile::Environment ReconcileService::environmentFor(const config::Config &c) const
{
    reconcile::Environment env = environment();
    const bool compat = probeSaysCompat();
    env.nftUsable = !compat;
    if (config::captureWanted(c, compat))
        env.captureTun = c.capture.tun;
    env.sessions = m_sessions.sessions();
    return env;
}

reconcile::LiveBox ReconcileService::liveBox()
{
    reconcile::LiveBox box;
    box.groupId = environment().groupId;
    box.captureOn = [this](const config::Config &c) { return config::captureWanted(c, probeSaysCompat()); };
    box.foreignDrops = m_box.foreignDrops;
    box.udpBound = m_box.udpBound;
    box.sessions = [this] { return m_sessions.sessions(); };
    box.fileRoom = []() -> std::optional<reconcile::LiveBox::FileRoom> {
        const int64_t limit = capture::hardFileLimit();
        if (limit == 0)
            return std::nullopt;
        return reconcile::LiveBox::FileRoom{limit, capture::flowsWithinFileLimit(limit)};
    };
    if (m_box.sysctl)
        box.readOnlySysctls = [this, sysctl = m_box.sysctl](const config::Config &c) {
            // On this thread: not the reconciler's route port (the kernel
            // thread's); the sysctls a config needs do not depend on routes.
            reconcile::Environment env = environmentFor(c);
            env.mainRoutesVia = nullptr;
            env.linkUp = nullptr;
            return reconcile::readOnlySysctls(*sysctl, c, env);
        };
    if (!m_liveRouting)
        return box;
    reconcile::RoutePort *routing = m_liveRouting.get();
    box.links = [routing] { return routing->links().value_or(QList<route::Link>{}); };
    box.addresses = [routing] { return routing->addresses().value_or(QList<route::AddressSpec>{}); };
    box.mainRoutesVia = [routing](const QString &dev) {
        return routing->mainRoutesVia(dev).value_or(QList<route::RouteSpec>{});
    };
    box.routesIn = [routing](quint32 table) { return routing->routesIn(table).value_or(QList<route::RouteSpec>{}); };
    return box;
}

reconcile::Verdict ReconcileService::check(const QJsonObject &doc, config::Config *out)
{
    return reconcile::check(doc, liveBox(), out);
}

reconcile::Verdict ReconcileService::checkConfig(const config::Config &c)
{
    reconcile::Verdict v;
    v.errors = config::validate(c);
    if (v.ok())
        v = reconcile::checkEnvironment(c, liveBox());
    return v;
}

QJsonArray ReconcileService::findings()
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

QJsonObject ReconcileService::applyState() const
{
    if (!m_reconciler)
        return QJsonObject{{QStringLiteral("state"), QStringLiteral("unavailable")},
                           {QStringLiteral("error"), Error::make(ErrorCode::Unavailable, m_unavailable).toJson()}};
    if (!m_applyProblem)
        return QJsonObject{{QStringLiteral("state"), QStringLiteral("applied")}};
    return QJsonObject{{QStringLiteral("state"), QStringLiteral("failed")},
                       {QStringLiteral("error"), m_applyProblem->toJson()},
                       {QStringLiteral("at"), m_applyProblemAt.toString(Qt::ISODateWithMs)}};
}

reconcile::Reconciler *ReconcileService::reconciler()
{
    if (m_reconciler)
        m_reconciler->setEnvironment(environment());
    return m_reconciler.get();
}

} // namespace byway::services
