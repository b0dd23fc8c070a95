// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capture.h"

#include "capture/enginegroup.h"
#include "capture/tun.h"
#include "core/logging.h"

namespace byway::capture {

CaptureOptions optionsFrom(const config::Config &c)
{
    CaptureOptions o;
    o.tunName = c.capture.tun;
    o.mtu = c.capture.mtu;
    o.receiveSteering = c.capture.receiveSteering;
    o.engine.maxFlows = c.capture.maxFlows;
    o.engine.workers = c.capture.workers;
    o.engine.packetInterfaces = c.capture.packetInterfaces;
    // The capture's own sockets carry a reserved mark so they skip its FIB rules.
    o.engine.bypassMark = config::captureMark(c.routing);
    o.engine.stack.mtu = 1500;
    return o;
}

Result<std::unique_ptr<Capture>> Capture::start(const CaptureOptions &o, const QList<config::Pool> &pools,
                                                const QList<config::Exit> &exits)
{
    std::unique_ptr<Capture> c(new Capture);
    std::vector<Fd> queues;
    bool vnetHdr = false;
    if (o.tun) {
        auto tun = openTun(o.tunName, o.mtu, resolveWorkers(o.engine.workers));
        if (!tun)
            return std::unexpected(tun.error());
        c->m_tunName = tun->name;
        c->m_tunIndex = tun->ifindex;
        vnetHdr = tun->vnetHdr;
        queues = std::move(tun->queues);
        if (o.receiveSteering)
            c->steer();
    }
    EngineOptions eo = o.engine;
    eo.stack.mtu = std::max(o.mtu, 1280);
    c->m_group = std::make_unique<EngineGroup>(eo);
    if (auto r = c->m_group->init(std::move(queues), vnetHdr); !r)
        return std::unexpected(r.error());
    c->reconfigure(pools, exits);
    c->m_group->start();
    // Joined by hand: a streamed QStringList prints as QList("…") in the admin's log.
    qCInfo(lcTun).noquote() << "capture running on" << (c->m_tunName.isEmpty() ? QStringLiteral("(no TUN)") : c->m_tunName)
                            << "workers" << c->m_group->workers() << "packet interfaces"
                            << (o.engine.packetInterfaces.isEmpty() ? QStringLiteral("none")
                                                                    : o.engine.packetInterfaces.join(QStringLiteral(", ")));
    return c;
}

void Capture::steer()
{
    auto mask = steerReceive(m_tunName);
    if (!mask) {
        m_steering = QStringLiteral("failed: %1").arg(mask.error().message);
        qCWarning(lcTun).noquote() << "receive steering on" << m_tunName << "not set, the workers' CPUs deliver what they write:"
                                   << mask.error().message;
        return;
    }
    m_steering = mask->isEmpty() ? QStringLiteral("off") : *mask;
    if (!mask->isEmpty())
        qCInfo(lcTun).noquote() << "receive steering on" << m_tunName << "over CPUs" << *mask;
}

Capture::~Capture()
{
    m_group.reset(); // stops and joins the workers first
}

void Capture::reconfigure(const QList<config::Pool> &pools, const QList<config::Exit> &exits)
{
    CoreLock lock;
    m_group->users().configure(pools, exits);
    m_group->usersChanged();
}

void Capture::setSession(const QHostAddress &address, const QString &user, const QString &exitName)
{
    CoreLock lock;
    m_group->users().setSession(address, user, exitName);
    m_group->usersChanged();
}

void Capture::removeSession(const QHostAddress &address)
{
    CoreLock lock;
    m_group->users().removeSession(address);
    m_group->usersChanged();
}

QJsonObject Capture::stats() const
{
    CoreLock lock;
    return statsLocked();
}

QJsonObject Capture::statsLocked() const
{
    QJsonObject s = m_group->stats().toJson(m_group->flowCount());
    s.insert(QStringLiteral("workers"), m_group->workersJson());
    s.insert(QStringLiteral("receiveSteering"), m_steering);
    QJsonObject socks;
    for (const auto &[exit, c] : m_group->socksCounters()) {
        QJsonObject o{{QStringLiteral("hits"), qint64(c.hits)},
                      {QStringLiteral("misses"), qint64(c.misses)},
                      {QStringLiteral("ready"), qint64(c.ready)},
                      {QStringLiteral("pipelined"), qint64(c.pipelined)},
                      {QStringLiteral("pipelineRefused"), qint64(c.pipelineRefused)},
                      {QStringLiteral("retries"), qint64(c.retries)},
                      {QStringLiteral("failed"), qint64(c.failed)}};
        if (!c.lastError.isEmpty()) {
            o.insert(QStringLiteral("lastError"), c.lastError);
            o.insert(QStringLiteral("lastErrorAgoMs"), qint64(monotonicMs() - c.lastErrorMs));
        }
        socks.insert(exit, o);
    }
    s.insert(QStringLiteral("socksExits"), socks);
    return s;
}

QJsonArray Capture::flows() const
{
    std::vector<FlowRow> rows;
    {
        CoreLock lock;
        rows = m_group->flowRows();
    }
    return toJson(rows);
}

Capture::Figures Capture::figures() const
{
    CoreLock lock;
    const Stats &s = m_group->stats();
    auto v = [](const std::atomic<uint64_t> &a) { return a.load(std::memory_order_relaxed); };
    Figures f;
    f.packetsIn = v(s.packetsIn);
    f.packetsOut = v(s.packetsOut);
    f.bytesIn = v(s.bytesIn);
    f.bytesOut = v(s.bytesOut);
    f.tcpFlows = v(s.tcpFlows);
    f.udpFlows = v(s.udpFlows);
    f.icmpFlows = v(s.icmpFlows);
    f.outgoingFiltered = v(s.outgoingFiltered);
    f.notPooled = v(s.notPooled);
    f.localDestination = v(s.localDestination);
    f.icmpErrors = v(s.icmpErrors);
    f.linkScope = v(s.linkScope);
    f.gsoIn = v(s.gsoIn);
    f.gsoOut = v(s.gsoOut);
    f.gsoSplit = v(s.gsoSplit);
    f.udpJoinedUp = v(s.udpJoinedUp);
    f.udpJoinedDown = v(s.udpJoinedDown);
    for (size_t i = 0; i < f.drops.size(); ++i)
        f.drops[i] = v(s.drops[i]);
    f.flowTable = m_group->flowCount();
    f.users = m_group->userTotals();
    f.exits = m_group->exitTotals();
    f.socks = m_group->socksCounters();
    f.workers = m_group->workerCounters();
    return f;
}

QJsonObject Capture::totals() const
{
    std::vector<UserCounters> users, exits;
    {
        CoreLock lock; // copies only
        users = m_group->userTotals();
        exits = m_group->exitTotals();
    }
    return QJsonObject{{QStringLiteral("users"), UserTotals::toJson(users, true)},
                       {QStringLiteral("exits"), UserTotals::exitsJson(exits)}};
}

QJsonObject Capture::snapshot() const
{
    std::vector<FlowRow> rows;
    std::vector<UserCounters> users;
    QJsonObject stats;
    QJsonArray packet;
    {
        CoreLock lock; // copies only: the workers wait for this block
        rows = m_group->flowRows();
        users = m_group->userTotals();
        stats = statsLocked();
        packet = m_group->packetInterfacesJson();
    }
    return QJsonObject{{QStringLiteral("flows"), toJson(rows)},
                       {QStringLiteral("users"), UserTotals::toJson(users)},
                       {QStringLiteral("stats"), stats},
                       {QStringLiteral("packetInterfaces"), packet},
                       {QStringLiteral("tun"), m_tunName}};
}

} // namespace byway::capture
