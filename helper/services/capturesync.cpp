// SPDX-License-Identifier: GPL-3.0-or-later
// The ReconcileService's compat capture: started, reconfigured or stopped with the
// config an apply is about to write, its summary for status.get, and
// what it counted for topology.get (kept across restarts of the capture).
#include "services/reconcileservice.h"

#include "capture/qt.h"
#include "core/logging.h"
#include "reconcile/topology.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::services {

Result<void> ReconcileService::syncCapture(const config::Config &c)
{
    if (!config::captureWanted(c, probeSaysCompat())) {
        if (m_capture)
            qCInfo(lcTun).noquote() << "compat capture stopped";
        stopCapture();
        m_captureProblem.clear();
        return {};
    }
    // Pools and exits change on the running capture; its own settings
    // (interfaces, workers, MTU, bounds) only when it starts.
    config::Capture wanted = c.capture, running = m_captureSettings;
    wanted.mode = running.mode = config::CaptureMode::On; // decides only whether it runs
    if (m_capture && wanted == running) {
        capture::reconfigureFrom(*m_capture, c);
        m_sessions.pushTo(*m_capture, c); // a user's or pool's exit may have changed
        return {};
    }
    if (m_capture)
        qCInfo(lcTun).noquote() << "compat capture restarting: its settings changed";
    stopCapture();
    auto started = m_box.startCapture(c);
    if (!started) {
        m_captureProblem = started.error().message;
        qCWarning(lcTun).noquote() << "compat capture could not start:" << m_captureProblem;
        return std::unexpected(started.error());
    }
    m_capture = std::move(*started);
    m_captureSettings = c.capture;
    m_sessions.pushTo(*m_capture, c);
    m_captureProblem.clear();
    qCInfo(lcTun).noquote() << "compat capture running on" << QString::fromStdString(m_capture->tunName());
    return {};
}

void ReconcileService::stopCapture()
{
    // What it counted stays in topology.get: the capture's paths count on
    // from there when it starts again (another TUN, compat again).
    if (m_capture) {
        const QJsonObject t = capture::toQt(m_capture->totals());
        m_captureBefore.users = reconcile::addTotals(m_captureBefore.users, t.value(QStringLiteral("users")).toArray(),
                                                     QStringLiteral("user"));
        m_captureBefore.exits = reconcile::addTotals(m_captureBefore.exits, t.value(QStringLiteral("exits")).toArray(),
                                                     QStringLiteral("exit"));
    }
    m_capture.reset();
}

reconcile::TopologyLive ReconcileService::topologyLive()
{
    reconcile::TopologyLive live;
    if (m_liveRouting) {
        live.addresses = m_liveRouting->addresses().value_or(QList<route::AddressSpec>{});
        live.neighbours = m_liveRouting->neighbours(reconcile::kTopologyMaxNeighbours).value_or(QList<route::Neighbour>{});
    }
    live.sessions = m_sessions.sessions();
    live.captureActive = bool(m_capture);
    const QJsonObject now = m_capture ? capture::toQt(m_capture->totals()) : QJsonObject{};
    if (m_capture)
        live.captureTun = QString::fromStdString(m_capture->tunName());
    live.captureUsers = reconcile::addTotals(m_captureBefore.users, now.value(QStringLiteral("users")).toArray(),
                                             QStringLiteral("user"));
    live.captureExits = reconcile::addTotals(m_captureBefore.exits, now.value(QStringLiteral("exits")).toArray(),
                                             QStringLiteral("exit"));
    return live;
}

QJsonObject ReconcileService::captureSummary() const
{
    QJsonObject o{{QStringLiteral("active"), bool(m_capture)}};
    if (m_capture) {
        o.insert(QStringLiteral("tun"), QString::fromStdString(m_capture->tunName()));
        o.insert(QStringLiteral("stats"), capture::toQt(m_capture->stats()));
    }
    if (!m_captureProblem.isEmpty())
        o.insert(QStringLiteral("problem"), m_captureProblem);
    // Asked for (on, or auto on a Compat box) but with nothing to carry.
    const config::Config &c = m_reconciler ? m_reconciler->applied() : m_config.config();
    if (!m_capture && config::captureAsked(c, probeSaysCompat()) && !config::hasIpv4Pool(c))
        o.insert(QStringLiteral("idle"), QStringLiteral("no_ipv4_pool"));
    return o;
}

} // namespace byway::services
