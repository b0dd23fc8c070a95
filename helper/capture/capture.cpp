// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capture.h"

#include "capture/tun.h"
#include "core/logging.h"

namespace byway::capture {

CaptureOptions optionsFrom(const config::Config &c)
{
    CaptureOptions o;
    o.tunName = c.capture.tun;
    o.mtu = c.capture.mtu;
    o.engine.maxFlows = c.capture.maxFlows;
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
    Fd tunFd;
    bool vnetHdr = false;
    if (o.tun) {
        auto tun = openTun(o.tunName, o.mtu);
        if (!tun)
            return std::unexpected(tun.error());
        c->m_tunName = tun->name;
        c->m_tunIndex = tun->ifindex;
        vnetHdr = tun->vnetHdr;
        tunFd = std::move(tun->fd);
    }
    EngineOptions eo = o.engine;
    eo.stack.mtu = std::max(o.mtu, 1280);
    c->m_engine = std::make_unique<Engine>(eo);
    if (auto r = c->m_engine->init(std::move(tunFd), vnetHdr); !r)
        return std::unexpected(r.error());
    c->reconfigure(pools, exits);
    Engine *e = c->m_engine.get();
    c->m_thread = std::thread([e] { e->run(); });
    // Joined by hand: a streamed QStringList prints as QList("…") in the admin's log.
    qCInfo(lcTun).noquote() << "capture running on" << (c->m_tunName.isEmpty() ? QStringLiteral("(no TUN)") : c->m_tunName)
                            << "packet interfaces"
                            << (o.engine.packetInterfaces.isEmpty() ? QStringLiteral("none")
                                                                    : o.engine.packetInterfaces.join(QStringLiteral(", ")));
    return c;
}

Capture::~Capture()
{
    if (m_engine)
        m_engine->stop();
    if (m_thread.joinable())
        m_thread.join();
    m_engine.reset();
}

void Capture::reconfigure(const QList<config::Pool> &pools, const QList<config::Exit> &exits)
{
    CoreLock lock;
    m_engine->users().configure(pools, exits);
}

void Capture::setSession(const QHostAddress &address, const QString &user, const QString &exitName)
{
    CoreLock lock;
    m_engine->users().setSession(address, user, exitName);
}

void Capture::removeSession(const QHostAddress &address)
{
    CoreLock lock;
    m_engine->users().removeSession(address);
}

QJsonObject Capture::stats() const
{
    CoreLock lock;
    return m_engine->stats().toJson(m_engine->flowCount());
}

QJsonArray Capture::flows() const
{
    std::vector<FlowRow> rows;
    {
        CoreLock lock;
        rows = m_engine->flowRows();
    }
    return toJson(rows);
}

Capture::Figures Capture::figures() const
{
    CoreLock lock;
    const Stats &s = m_engine->stats();
    auto v = [](const std::atomic<uint64_t> &a) { return a.load(std::memory_order_relaxed); };
    Figures f;
    f.packetsIn = v(s.packetsIn);
    f.packetsOut = v(s.packetsOut);
    f.bytesIn = v(s.bytesIn);
    f.bytesOut = v(s.bytesOut);
    f.tcpFlows = v(s.tcpFlows);
    f.udpFlows = v(s.udpFlows);
    f.icmpFlows = v(s.icmpFlows);
    for (size_t i = 0; i < f.drops.size(); ++i)
        f.drops[i] = v(s.drops[i]);
    f.flowTable = m_engine->flowCount();
    f.users = m_engine->userTotals();
    f.exits = m_engine->exitTotals();
    return f;
}

QJsonObject Capture::totals() const
{
    std::vector<UserCounters> users, exits;
    {
        CoreLock lock; // copies only
        users = m_engine->userTotals();
        exits = m_engine->exitTotals();
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
        CoreLock lock; // copies only: the packet thread waits for this block
        rows = m_engine->flowRows();
        users = m_engine->userTotals();
        stats = m_engine->stats().toJson(m_engine->flowCount());
        packet = m_engine->packetInterfacesJson();
    }
    return QJsonObject{{QStringLiteral("flows"), toJson(rows)},
                       {QStringLiteral("users"), UserTotals::toJson(users)},
                       {QStringLiteral("stats"), stats},
                       {QStringLiteral("packetInterfaces"), packet},
                       {QStringLiteral("tun"), m_tunName}};
}

} // namespace byway::capture
