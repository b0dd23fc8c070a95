// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's workers (engine.h) and what they share: lwIP (one stack,
// one core lock per process), the users and their exits, the counters. A
// flow belongs to the worker whose TUN queue its first packet came from,
// for life; lwIP's output and accepts find that worker by the flow's fake
// endpoint, whose port range is the worker's own (no shared map). The flow
// table bound (maxFlows) is global: admission counts every worker's table
// under the core lock.
#pragma once

#include "capture/engine.h"
#include "capture/json.h"
#include "capture/localaddrs.h"

#include <map>
#include <memory>
#include <thread>
#include <vector>

namespace byway::capture {

// The flow table options of worker `index` of `workers`: the capture's
// table with its own slice of the fake ports (so lwIP's output finds the
// worker by arithmetic) and its own flow ids (index + 1, then every
// `workers`), the global maxFlows.
[[nodiscard]] FlowTable::Options workerTable(const EngineOptions &o, int index, int workers);
// The worker whose slice holds fake port `port`; -1 if none.
[[nodiscard]] int workerOfFakePort(const FlowTable::Options &base, int workers, uint16_t port);

struct WorkerCounters {
    uint64_t flows = 0, flowsCreated = 0, packetsIn = 0, handedOver = 0;
};

class EngineGroup final : public LwipStack::Hooks {
public:
    explicit EngineGroup(const EngineOptions &o);
    ~EngineGroup() override;

    // tuns: one queue per worker, or none (AF_PACKET only: the configured
    // workers, resolveWorkers()).
    [[nodiscard]] Result<void> init(std::vector<Fd> tuns, bool vnetHdr);
    // One thread per worker; stop() ends and joins them.
    void start();
    void stop();

    // Everything below: core lock held by the caller.
    Users &users() { return m_users; }
    // After each change to users(): the AF_PACKET sockets' program made
    // anew (sourcefilter.h); every worker is woken to put it on its own
    // sockets (filterGeneration tells it is new).
    void usersChanged();
    [[nodiscard]] const SourceFilter &packetFilter() const { return m_filter; }
    [[nodiscard]] uint64_t filterGeneration() const { return m_filterGeneration; }
    // This namespace's addresses, read again by worker 0 while AF_PACKET
    // interfaces are captured: on the kernel's news, and every second. A
    // change makes the program anew, as usersChanged() does.
    [[nodiscard]] const LocalAddresses &localAddresses() const { return m_local; }
    void setLocalAddresses(LocalAddresses local);
    // What flows.list and the stats show, copied under the core lock and
    // JSON-encoded after it is released: encoding thousands of flows under
    // the lock would stall every worker. The workers' flows one after the other.
    [[nodiscard]] std::vector<FlowRow> flowRows() const;
    [[nodiscard]] std::vector<UserCounters> userTotals() const { return m_totals.users(tables()); }
    [[nodiscard]] std::vector<UserCounters> exitTotals() const { return m_totals.exits(tables()); }
    [[nodiscard]] int64_t flowCount() const;
    [[nodiscard]] json::Array packetInterfacesJson() const;
    // Per worker: {"flows": open now, "flowsCreated", "packetsIn": read
    // from its own queue, "handedOver": packets that arrived on another
    // worker's queue and were handed to this one}.
    [[nodiscard]] json::Array workersJson() const;
    [[nodiscard]] std::vector<WorkerCounters> workerCounters() const;
    // The SOCKS5 pools' counters by exit name, every worker's summed.
    [[nodiscard]] std::map<std::string, SocksCounters> socksCounters() const;
    // Worker `i` (tests: its inbox).
    [[nodiscard]] Engine &worker(int i) { return *m_engines.at(size_t(i)); }
    [[nodiscard]] Stats &stats() { return m_stats; }
    [[nodiscard]] const Stats &stats() const { return m_stats; }
    [[nodiscard]] const EngineOptions &options() const { return m_opt; }
    [[nodiscard]] int workers() const { return int(m_engines.size()); }

    // For the workers (core lock held).
    [[nodiscard]] LwipStack &stack() { return *m_stack; }
    [[nodiscard]] UserTotals &totals() { return m_totals; }
    [[nodiscard]] FanoutGroups &fanout() { return m_fanout; }
    // The worker other than `self` whose table holds `k`, if any.
    [[nodiscard]] Engine *ownerOf(const FlowKey &k, const Engine *self) const;
    // The table is full: the oldest flow that is only finishing (outbound
    // side closed, lwIP delivering its last bytes or waiting for the
    // client's last ACK), in any worker, ends and gives way. false if none.
    [[nodiscard]] bool evictClosing();

    // LwipStack::Hooks (core lock held, any thread)
    void onStackOutput(const ::pbuf *p) override;
    int onAccept(tcp_pcb *pcb) override;

private:
    [[nodiscard]] std::vector<const FlowTable *> tables() const;
    // The worker whose fake port range holds `port`.
    [[nodiscard]] Engine *ownerOfFakePort(uint16_t port) const;

    EngineOptions m_opt;
    std::unique_ptr<LwipStack> m_stack;
    Users m_users;
    SourceFilter m_filter = sourceFilter({});
    uint64_t m_filterGeneration = 1;
    LocalAddresses m_local;
    UserTotals m_totals; // before m_engines: flows give their bytes back to it as they go
    Stats m_stats;
    FanoutGroups m_fanout; // before m_engines: their interfaces refer to it
    std::vector<std::unique_ptr<Engine>> m_engines;
    std::vector<std::thread> m_threads;
};

} // namespace byway::capture
