// SPDX-License-Identifier: GPL-3.0-or-later
// The flow table in front of lwIP. The stock liblwip only accepts TCP for its
// own address, so each new TCP flow (client ip:port -> original dst ip:port)
// gets a unique fake client endpoint inside the stack's prefix and is fed to
// lwIP as (fake client) -> (stack address, listener port); output is mapped
// back through the fake endpoint. UDP and ICMP flows use the table for
// lookup, bounds and visibility only (they never enter lwIP).
#pragma once

#include "capture/packet.h"

#include <cstdint>
#include <deque>
#include <expected>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

namespace byway::capture {

struct FlowKey {
    uint8_t proto = 0;
    Endpoint client; // as the client sent it
    Endpoint dst;    // the original destination
    friend bool operator==(const FlowKey &, const FlowKey &) = default;
};

struct EndpointHash {
    size_t operator()(const Endpoint &e) const noexcept;
};
struct FlowKeyHash {
    size_t operator()(const FlowKey &k) const noexcept;
};

// One user's counters (flows.list `users`): what ended flows carried, and
// drops. Live flows add theirs when asked (UserTotals) and when they end.
struct UserCounters {
    std::string user;
    int64_t openFlows = 0;
    uint64_t flowsCreated = 0;
    uint64_t bytesIn = 0;  // towards the user's clients (flows' bytesDown)
    uint64_t bytesOut = 0; // from them out through the exit (flows' bytesUp)
    uint64_t packets = 0;  // exchanged with them, both ways (a GSO super-packet is one)
    uint64_t packetsDown = 0; // ... of which towards them
    uint64_t drops = 0;    // their packets dropped (flow limit, no flow, exit failed...)
    int64_t lastMs = 0;
};

// Common part of every flow; TcpFlow/UdpFlow/IcmpFlow add their sockets.
class Flow {
public:
    // Adds what the flow carried to its user's and its exit's counters.
    virtual ~Flow();
    [[nodiscard]] virtual const char *state() const = 0;

    uint64_t id = 0;
    FlowKey key;
    Endpoint fake;      // TCP only: the client endpoint lwIP sees
    bool hasFake = false;
    std::string user;
    std::string exit;
    int ingress = 0;    // 0 = the TUN, otherwise the AF_PACKET ifindex
    int64_t createdMs = 0;
    int64_t lastMs = 0;
    uint64_t bytesUp = 0;   // client -> exit payload bytes
    uint64_t bytesDown = 0; // exit -> client payload bytes
    uint64_t packets = 0;   // from and to the client
    uint64_t packetsDown = 0; // ... of which to the client
    UserCounters *totals = nullptr; // its user's, alive while the flow is
    UserCounters *exitTotals = nullptr; // its exit's (topology.get), likewise
    bool dead = false;      // removed at the end of the current batch
    uint16_t mss = 0;       // TCP: segment size towards the client
    // lwIP may still hold a pcb for `fake` (until its owner knows better):
    // then the endpoint is quarantined when the flow goes.
    bool stackHolds = true;
};

enum class InsertError { FlowLimit, FakeExhausted, Duplicate };

class FlowTable {
public:
    struct Options {
        int maxFlows = 4096;
        Addr fakeBase4 = Addr::v4(0xc6120002);   // 198.18.0.2 ...
        uint32_t fakeCount4 = 131070 - 1;         // ... 198.19.255.254
        Addr fakeBase6;                           // low 32 bits counted up (the engine sets it)
        uint32_t fakeCount6 = 1u << 20;
        uint16_t portFirst = 1024;
        uint32_t portCount = 64512;
        int64_t quarantineMs = 2 * 60000 + 5000;  // lwIP's 2*TCP_MSL + margin
        uint64_t idFirst = 1, idStep = 1;         // flow ids: first, first + step, ...
    };

    explicit FlowTable(Options o);

    // Takes ownership; allocates a fake endpoint when `needFake`.
    [[nodiscard]] std::expected<Flow *, InsertError> insert(std::unique_ptr<Flow> f, bool needFake, int64_t nowMs);
    [[nodiscard]] Flow *find(const FlowKey &k) const;
    [[nodiscard]] Flow *findFake(const Endpoint &fake) const;
    // Removes and destroys `f`. While lwIP may still hold a pcb for its fake
    // endpoint (f->stackHolds), the endpoint is not handed out again before
    // quarantineMs: lwIP would answer a new SYN from it with a RST.
    void erase(Flow *f, int64_t nowMs) { take(f, nowMs).reset(); }
    // Same, handing the flow back (destroyed later by the caller); nullptr
    // when `f` is no longer in the table.
    [[nodiscard]] std::unique_ptr<Flow> take(Flow *f, int64_t nowMs);
    void forEach(const std::function<void(Flow &)> &fn) const;
    [[nodiscard]] size_t size() const { return m_flows.size(); }
    [[nodiscard]] size_t quarantined() const { return m_quarantine.size(); }
    [[nodiscard]] uint64_t inserted() const { return m_inserted; }
    [[nodiscard]] const Options &options() const { return m_opt; }

private:
    [[nodiscard]] bool allocateFake(uint8_t family, int64_t nowMs, Endpoint &out);
    void prune(int64_t nowMs);

    Options m_opt;
    uint64_t m_nextId;
    uint64_t m_inserted = 0;
    uint64_t m_next4 = 0, m_next6 = 0;
    std::unordered_map<FlowKey, std::unique_ptr<Flow>, FlowKeyHash> m_flows;
    std::unordered_map<Endpoint, Flow *, EndpointHash> m_byFake;
    std::unordered_map<Endpoint, int64_t, EndpointHash> m_quarantine;
    std::deque<std::pair<int64_t, Endpoint>> m_quarantineOrder;
};

} // namespace byway::capture
