// SPDX-License-Identifier: GPL-3.0-or-later
// The packet thread's world: one epoll loop over the TUN, the AF_PACKET
// sockets and every outbound socket; the flow table; lwIP. Everything here
// runs with lwIP's core lock held (lwIP's timer thread takes it between our
// batches), so flows need no locks of their own. Flows see it as their
// FlowHost (flowhost.h) only.
#pragma once

#include "capture/afpacket.h"
#include "capture/eventsource.h"
#include "capture/exits.h"
#include "capture/fd.h"
#include "capture/flowhost.h"
#include "capture/flowtable.h"
#include "capture/gso.h"
#include "capture/lwipstack.h"
#include "capture/memory.h"
#include "capture/socks5pool.h"
#include "capture/stats.h"
#include "capture/usertotals.h"

#include <QJsonArray>

#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace byway::capture {

class TcpFlow;

enum class IcmpMode { Exit, Local };

// One flow as flows.list shows it (plain copies; `state` is a literal).
struct FlowRow {
    uint64_t id = 0;
    QString user, exit;
    uint8_t proto = 0;
    Endpoint client, dst;
    int ingress = 0;
    uint64_t bytesUp = 0, bytesDown = 0;
    int64_t ageMs = 0, idleMs = 0;
    const char *state = "";
};
[[nodiscard]] QJsonArray toJson(const std::vector<FlowRow> &rows);

struct EngineOptions {
    int maxFlows = 4096;
    uint32_t bypassMark = 0x00b70001;
    IcmpMode icmp = IcmpMode::Exit;
    Timeouts timeouts;
    LwipStack::Options stack;
    FlowTable::Options table;
    QStringList packetInterfaces;
    int rescanMs = 2000;
};

class Engine final : public LwipStack::Hooks, public FlowHost {
public:
    explicit Engine(const EngineOptions &o);
    ~Engine() override;

    // tun may be invalid (AF_PACKET only); vnetHdr: it was opened with
    // IFF_VNET_HDR (offloads, gso.h).
    [[nodiscard]] Result<void> init(Fd tun, bool vnetHdr);
    // The thread body; returns when stop() is called.
    void run();
    void stop();

    Users &users() { return m_users; } // under the core lock
    // What flows.list and the stats show, copied under the core lock (the
    // caller holds it) and JSON-encoded after it is released: encoding
    // thousands of flows under the lock would stall the packet thread.
    [[nodiscard]] std::vector<FlowRow> flowRows() const;
    [[nodiscard]] std::vector<UserCounters> userTotals() const { return m_userTotals.users(m_table); }
    [[nodiscard]] std::vector<UserCounters> exitTotals() const { return m_userTotals.exits(m_table); }
    [[nodiscard]] qint64 flowCount() const { return qint64(m_table.size()); }
    [[nodiscard]] QJsonArray packetInterfacesJson() const;
    [[nodiscard]] const EngineOptions &options() const { return m_opt; }

    // FlowHost
    void sendToClient(int ingress, std::span<const uint8_t> packet) override;
    [[nodiscard]] bool tunOffload() const override { return m_tunVnet; }
    [[nodiscard]] LwipStack &stack() override { return *m_stack; }
    void watch(EventSource *src, int fd, uint32_t events, bool add) override;
    void unwatch(int fd) override;
    [[nodiscard]] uint32_t bypassMark() const override { return m_opt.bypassMark; }
    [[nodiscard]] const Timeouts &timeouts() const override { return m_opt.timeouts; }
    [[nodiscard]] Socks5Pool &socksPool() override { return m_socksPool; }
    void kill(Flow *f) override;
    void wantOutput(TcpFlow *f) override { m_output.push_back(f); }
    void dropFor(Flow &f, Drop d) override;
    void dropFor(const UserMatch &u, Drop d) override;
    Stats &stats() override { return m_stats; }
    [[nodiscard]] int64_t now() const override { return m_now; }
    [[nodiscard]] std::span<uint8_t> scratch() override { return m_scratch; }
    [[nodiscard]] std::span<uint8_t> replyBuffer() override { return m_reply; }

    // Input from the TUN or an AF_PACKET interface (ingress = its ifindex).
    void handlePacket(int ingress, std::span<uint8_t> buf);
    // The same for a packet that may be a super-packet (GSO, GRO) longer
    // than lwIP takes: split first. Checksums must be complete.
    void handleLarge(int ingress, std::span<uint8_t> packet);

    // LwipStack::Hooks
    void onStackOutput(std::span<uint8_t> packet) override;
    int onAccept(tcp_pcb *pcb) override;

private:
    class TunSource;
    class WakeSource;
    void readTun();
    // A packet that came with a virtio_net_hdr (TUN offloads): partial
    // checksum completed, super-packets too big for lwIP split.
    void handleOffloaded(int ingress, const gso::VnetHeader &h, std::span<uint8_t> packet);
    // Everything to the TUN goes through here: the pending super-packet
    // first, so one connection's segments never overtake each other.
    void writeTun(std::span<const uint8_t> packet);
    void flushCoalesced();
    void handleTcp(int ingress, Packet &p, const UserMatch &u);
    void handleUdp(int ingress, Packet &p, const UserMatch &u);
    void handleIcmp(int ingress, Packet &p, const UserMatch &u);
    // The flow for `k`, started if new (admission, table insert, counters,
    // outbound socket); nullptr when it is dead or could not start (counted).
    template <typename F>
    F *flowFor(const FlowKey &k, int ingress, const UserMatch &u, std::atomic<uint64_t> &created, Drop startFailed);
    void replyReset(int ingress, const Packet &p);
    void endOfBatch();
    // Out of the table at once, destroyed when the batch ends.
    void retireNow(Flow *f);
    void sweep();
    [[nodiscard]] bool admit(Drop &why);

    EngineOptions m_opt;
    Fd m_epoll, m_wake, m_tun;
    std::unique_ptr<EventSource> m_tunSource, m_wakeSource;
    std::unique_ptr<LwipStack> m_stack;
    UserTotals m_userTotals; // before m_table: flows give their bytes back to it as they go
    FlowTable m_table;
    Users m_users;
    Stats m_stats;
    PacketInterfaces m_packet;
    Socks5Pool m_socksPool{*this};
    std::vector<Flow *> m_dead;
    std::vector<std::unique_ptr<Flow>> m_graveyard;
    std::vector<TcpFlow *> m_output;
    ByteBuffer m_scratch, m_in, m_reply; // memory.h: resident once used
    MemoryTrim m_trim;
    std::vector<uint8_t> m_split;
    bool m_tunVnet = false;
    // lwIP's output to TUN flows during a batch of the packet thread is
    // joined into super-packets and written at the latest when the batch
    // ends; lwIP's timer thread (retransmits, delayed ACKs) writes directly.
    bool m_batching = false;
    gso::TcpCoalescer m_coalescer;
    std::atomic<bool> m_stop{false};
    int64_t m_now = 0;
    int64_t m_lastSweep = 0, m_lastRescan = 0;
};

[[nodiscard]] int64_t monotonicMs();

} // namespace byway::capture
