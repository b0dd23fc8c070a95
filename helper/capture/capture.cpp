// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/capture.h"

#include "capture/enginegroup.h"
#include "capture/filelimit.h"
#include "capture/log.h"
#include "capture/tun.h"

namespace byway::capture {

Result<std::unique_ptr<Capture>> Capture::start(const CaptureOptions &o, const std::vector<PoolSpec> &pools,
                                                const std::vector<ExitSpec> &exits)
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
    eo.maxFlows = fitFlowsToFileLimit(eo.maxFlows);
    c->m_group = std::make_unique<EngineGroup>(eo);
    if (auto r = c->m_group->init(std::move(queues), vnetHdr); !r)
        return std::unexpected(r.error());
    c->reconfigure(pools, exits);
    c->m_group->start();
    std::string patterns;
    for (const std::string &p : o.engine.packetInterfaces)
        patterns += (patterns.empty() ? "" : ", ") + p;
    CLOG_INFO(Tun) << "capture running on" << (c->m_tunName.empty() ? std::string("(no TUN)") : c->m_tunName) << "workers"
                   << c->m_group->workers() << "packet interfaces" << (patterns.empty() ? std::string("none") : patterns);
    return c;
}

void Capture::steer()
{
    auto mask = steerReceive(m_tunName);
    if (!mask) {
        m_steering = "failed: " + mask.error().message;
        CLOG_WARNING(Tun) << "receive steering on" << m_tunName << "not set, the workers' CPUs deliver what they write:"
                          << mask.error().message;
        return;
    }
    m_steering = mask->empty() ? std::string("off") : *mask;
    if (!mask->empty())
        CLOG_INFO(Tun) << "receive steering on" << m_tunName << "over CPUs" << *mask;
}

Capture::~Capture()
{
    m_group.reset(); // stops and joins the workers first
}

void Capture::reconfigure(const std::vector<PoolSpec> &pools, const std::vector<ExitSpec> &exits)
{
    CoreLock lock;
    m_group->users().configure(pools, exits);
    m_group->usersChanged();
}

void Capture::setSession(const Addr &address, const std::string &user, const std::string &exitName)
{
    CoreLock lock;
    m_group->users().setSession(address, user, exitName);
    m_group->usersChanged();
}

void Capture::removeSession(const Addr &address)
{
    CoreLock lock;
    m_group->users().removeSession(address);
    m_group->usersChanged();
}

json::Object Capture::stats() const
{
    CoreLock lock;
    return statsLocked();
}

json::Object Capture::statsLocked() const
{
    json::Object s = m_group->stats().toJson(m_group->flowCount());
    s.insert("workers", m_group->workersJson());
    s.insert("receiveSteering", m_steering);
    s.insert("flowLimit", m_group->options().maxFlows);
    json::Object socks;
    for (const auto &[exit, c] : m_group->socksCounters()) {
        json::Object o{{"hits", c.hits},
                       {"misses", c.misses},
                       {"ready", c.ready},
                       {"pipelined", c.pipelined},
                       {"pipelineRefused", c.pipelineRefused},
                       {"retries", c.retries},
                       {"failed", c.failed}};
        if (!c.lastError.empty()) {
            o.insert("lastError", c.lastError);
            o.insert("lastErrorAgoMs", monotonicMs() - c.lastErrorMs);
        }
        socks.insert(exit, std::move(o));
    }
    s.insert("socksExits", std::move(socks));
    return s;
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
    f.flowLimit = m_group->options().maxFlows;
    f.users = m_group->userTotals();
    f.exits = m_group->exitTotals();
    f.socks = m_group->socksCounters();
    f.workers = m_group->workerCounters();
    return f;
}

json::Object Capture::totals() const
{
    std::vector<UserCounters> users, exits;
    {
        CoreLock lock; // copies only
        users = m_group->userTotals();
        exits = m_group->exitTotals();
    }
    return json::Object{{"users", UserTotals::toJson(users, true)}, {"exits", UserTotals::exitsJson(exits)}};
}

json::Object Capture::snapshot(const FlowListLimits &limits) const
{
    std::vector<FlowRow> rows;
    std::vector<UserCounters> users;
    json::Object stats;
    json::Array packet;
    {
        CoreLock lock; // copies only: the workers wait for this block
        rows = m_group->flowRows();
        users = m_group->userTotals();
        stats = statsLocked();
        packet = m_group->packetInterfacesJson();
    }
    const auto count = int64_t(rows.size());
    const auto userCount = int64_t(users.size());
    // The users get at most half the budget (some 4,900 IPv4 ones), the flows what the rest leaves.
    const size_t userBytes = limits.bytes == SIZE_MAX ? SIZE_MAX : limits.bytes / 2;
    json::Object out{{"flowCount", count},
                     {"users", UserTotals::busiestJson(std::move(users), userBytes)},
                     {"userCount", userCount},
                     {"stats", std::move(stats)},
                     {"packetInterfaces", std::move(packet)},
                     {"tun", m_tunName}};
    // The flows get what the rest leaves of the budget.
    FlowListLimits rowLimits = limits;
    if (limits.bytes != SIZE_MAX) {
        const size_t rest = json::Value(out).serialize().size() + sizeof(",\"flows\":");
        rowLimits.bytes = limits.bytes > rest ? limits.bytes - rest : 0;
    }
    out.insert("flows", toJson(std::move(rows), rowLimits));
    return out;
}

} // namespace byway::capture
