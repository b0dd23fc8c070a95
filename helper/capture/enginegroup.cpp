// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/enginegroup.h"

#include "capture/tcpforwarder.h"
#include "capture/tun.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/pbuf.h>
#include <lwip/tcp.h>
}

#include <arpa/inet.h>
#include <sched.h>

#include <algorithm>
#include <cstring>

namespace byway::capture {

int resolveWorkers(int configured)
{
    if (configured > 0)
        return std::min(configured, kMaxTunQueues);
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(0, sizeof set, &set) != 0)
        return 1;
    return std::clamp(CPU_COUNT(&set), 1, kMaxTunQueues);
}

EngineGroup::EngineGroup(const EngineOptions &o) : m_opt(o) {}

EngineGroup::~EngineGroup()
{
    stop();
    // Each worker erases its flows under the core lock (their pcbs are
    // lwIP's) while every worker is still there for lwIP's last output to
    // find; then the workers leave the group under the lock (lwIP's timer
    // thread may look for one). ~LwipStack takes the lock itself, and
    // lwIP's core mutex is not recursive: the stack goes last, outside any lock.
    for (auto &e : m_engines)
        e->closeAll();
    std::vector<std::unique_ptr<Engine>> engines;
    {
        CoreLock lock;
        engines.swap(m_engines);
    }
    engines.clear();
    m_stack.reset();
}

FlowTable::Options workerTable(const EngineOptions &o, int index, int workers)
{
    FlowTable::Options t = o.table;
    t.maxFlows = o.maxFlows;
    // IPv6 fake clients count up from the address after lwIP's own, in its /64.
    t.fakeBase6 = o.stack.address6;
    t.fakeBase6.b[15] = uint8_t(t.fakeBase6.b[15] + 1);
    const uint32_t slice = o.table.portCount / uint32_t(workers);
    t.portFirst = uint16_t(o.table.portFirst + uint32_t(index) * slice);
    t.portCount = slice;
    t.idFirst = uint64_t(index) + 1;
    t.idStep = uint64_t(workers);
    return t;
}

int workerOfFakePort(const FlowTable::Options &base, int workers, uint16_t port)
{
    const uint32_t slice = workers > 0 ? base.portCount / uint32_t(workers) : 0;
    if (slice == 0 || port < base.portFirst)
        return -1;
    const uint32_t i = (port - base.portFirst) / slice;
    return i < uint32_t(workers) ? int(i) : -1;
}

Result<void> EngineGroup::init(std::vector<Fd> tuns, bool vnetHdr)
{
    // AF_PACKET only: the workers share the interfaces through fanout groups.
    m_opt.workers = tuns.empty() ? resolveWorkers(m_opt.workers) : int(tuns.size());
    auto stack = LwipStack::create(this, m_opt.stack);
    if (!stack)
        return std::unexpected(stack.error());
    m_stack = std::move(*stack);
    for (int i = 0; i < m_opt.workers; ++i) {
        auto e = std::make_unique<Engine>(*this, i, m_opt, workerTable(m_opt, i, m_opt.workers));
        if (auto r = e->init(tuns.empty() ? Fd() : std::move(tuns[size_t(i)]), vnetHdr); !r)
            return r;
        // lwIP's timer thread runs already and looks workers up under the lock.
        CoreLock lock;
        m_engines.push_back(std::move(e));
    }
    return {};
}

void EngineGroup::start()
{
    for (auto &e : m_engines)
        m_threads.emplace_back([w = e.get()] { w->run(); });
}

void EngineGroup::stop()
{
    for (auto &e : m_engines)
        e->stop();
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
    m_threads.clear();
}

std::vector<const FlowTable *> EngineGroup::tables() const
{
    std::vector<const FlowTable *> t;
    for (const auto &e : m_engines)
        t.push_back(&e->table());
    return t;
}

std::vector<FlowRow> EngineGroup::flowRows() const
{
    std::vector<FlowRow> rows;
    rows.reserve(size_t(flowCount()));
    const int64_t now = monotonicMs();
    for (size_t w = 0; w < m_engines.size(); ++w) {
        m_engines[w]->table().forEach([&](Flow &f) {
            rows.push_back(FlowRow{f.id, f.user, f.exit, f.key.proto, f.key.client, f.key.dst, f.ingress, f.bytesUp,
                                   f.bytesDown, now - f.createdMs, now - f.lastMs, f.state(), int(w)});
        });
    }
    return rows;
}

int64_t EngineGroup::flowCount() const
{
    int64_t n = 0;
    for (const auto &e : m_engines)
        n += int64_t(e->table().size());
    return n;
}

json::Array EngineGroup::packetInterfacesJson() const
{
    std::vector<const PacketInterfaces *> all;
    for (const auto &e : m_engines)
        all.push_back(&e->packetInterfaces());
    return PacketInterfaces::toJson(all);
}

std::vector<WorkerCounters> EngineGroup::workerCounters() const
{
    std::vector<WorkerCounters> w;
    for (const auto &e : m_engines)
        w.push_back({e->table().size(), e->table().inserted(), e->packetsIn(), e->handedOver()});
    return w;
}

json::Array EngineGroup::workersJson() const
{
    json::Array a;
    for (const WorkerCounters &w : workerCounters())
        a.push_back(json::Object{{"flows", int64_t(w.flows)},
                                 {"flowsCreated", int64_t(w.flowsCreated)},
                                 {"packetsIn", int64_t(w.packetsIn)},
                                 {"handedOver", int64_t(w.handedOver)}});
    return a;
}

std::map<std::string, SocksCounters> EngineGroup::socksCounters() const
{
    std::map<std::string, SocksCounters> sum;
    for (const auto &e : m_engines)
        for (const auto &[exit, c] : e->socksPool().counters())
            sum[exit] += c;
    return sum;
}

Engine *EngineGroup::ownerOf(const FlowKey &k, const Engine *self) const
{
    for (const auto &e : m_engines)
        if (e.get() != self && e->find(k))
            return e.get();
    return nullptr;
}

void EngineGroup::setLocalAddresses(LocalAddresses local)
{
    if (local == m_local)
        return;
    m_local = std::move(local);
    usersChanged();
}

void EngineGroup::usersChanged()
{
    m_filter = sourceFilter(m_users.sourcePrefixes(), m_local.addresses());
    ++m_filterGeneration;
    for (auto &e : m_engines)
        e->wake();
}

bool EngineGroup::evictClosing()
{
    Engine *owner = nullptr;
    TcpFlow *oldest = nullptr;
    for (const auto &e : m_engines) {
        e->table().forEach([&](Flow &f) {
            auto *t = dynamic_cast<TcpFlow *>(&f);
            if (t && !t->dead && t->phase() == TcpFlow::Phase::Closing && (!oldest || t->lastMs < oldest->lastMs)) {
                oldest = t;
                owner = e.get();
            }
        });
    }
    if (!oldest)
        return false;
    owner->evict(oldest);
    return true;
}

Engine *EngineGroup::ownerOfFakePort(uint16_t port) const
{
    const int i = workerOfFakePort(m_opt.table, m_opt.workers, port);
    return i >= 0 && size_t(i) < m_engines.size() ? m_engines[size_t(i)].get() : nullptr;
}

void EngineGroup::onStackOutput(const pbuf *p)
{
    // Only the destination port is needed to find the owner: TCP to a fake
    // client, right behind the IP header (lwIP sends no IPv6 extension
    // headers). Anything else (RS, MLD, ICMP about fake addresses) is foreign.
    uint8_t h[64];
    const u16_t n = pbuf_copy_partial(p, h, sizeof h, 0);
    size_t l4 = 0;
    if (n >= 20 && h[0] >> 4 == 4 && h[9] == kProtoTcp)
        l4 = size_t(h[0] & 0x0f) * 4;
    else if (n >= 44 && h[0] >> 4 == 6 && h[6] == kProtoTcp)
        l4 = 40;
    Engine *owner = l4 && n >= l4 + 4 ? ownerOfFakePort(uint16_t(h[l4 + 2] << 8 | h[l4 + 3])) : nullptr;
    if (!owner) {
        m_stats.drop(Drop::StackForeign);
        return;
    }
    owner->stackOutput(p);
}

int EngineGroup::onAccept(tcp_pcb *pcb)
{
    Endpoint remote;
    if (IP_IS_V6_VAL(pcb->remote_ip)) {
        remote.addr.family = 6;
        std::memcpy(remote.addr.b.data(), ip_2_ip6(&pcb->remote_ip)->addr, 16);
    } else {
        remote.addr = Addr::v4(ntohl(ip_2_ip4(&pcb->remote_ip)->addr));
    }
    remote.port = pcb->remote_port;
    if (Engine *owner = ownerOfFakePort(remote.port))
        return owner->accept(pcb, remote);
    tcp_abort(pcb);
    return ERR_ABRT;
}

} // namespace byway::capture
