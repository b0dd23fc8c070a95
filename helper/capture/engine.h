// SPDX-License-Identifier: GPL-3.0-or-later
// A packet thread's world: one epoll loop over its TUN queue, its AF_PACKET
// sockets (one per interface, in a fanout group) and its flows' outbound
// sockets; its flow table. The
// workers and what they share (lwIP, users, counters): enginegroup.h.
#pragma once

#include "capture/afpacket.h"
#include "capture/eventsource.h"
#include "capture/exits.h"
#include "capture/fd.h"
#include "capture/flowhost.h"
#include "capture/flowtable.h"
#include "capture/gso.h"
#include "capture/json.h"
#include "capture/localaddrs.h"
#include "capture/lwipstack.h"
#include "capture/memory.h"
#include "capture/socks5pool.h"
#include "capture/stats.h"
#include "capture/udpoutbox.h"
#include "capture/usertotals.h"

#include <atomic>
#include <memory>
#include <optional>
#include <span>
#include <thread>
#include <vector>

struct epoll_event;
struct pbuf;

namespace byway::capture {

class TcpFlow;
struct IcmpError;

enum class IcmpMode { Exit, Local };

// One flow as flows.list shows it (plain copies; `state` is a literal).
struct FlowRow {
    uint64_t id = 0;
    std::string user, exit;
    uint8_t proto = 0;
    Endpoint client, dst;
    int ingress = 0;
    uint64_t bytesUp = 0, bytesDown = 0;
    int64_t ageMs = 0, idleMs = 0;
    const char *state = "";
    int worker = 0;
};
// How much of the flow table a list holds: the `flows` busiest rows (bytes
// both ways), no more of them than fit in `bytes` of compact JSON.
struct FlowListLimits {
    size_t flows = SIZE_MAX;
    size_t bytes = SIZE_MAX;
};
// The rows as JSON objects, busiest first (equal ones by id), within `limits`.
[[nodiscard]] json::Array toJson(std::vector<FlowRow> rows, const FlowListLimits &limits = {});

struct EngineOptions {
    int maxFlows = 4096;
    // Packet threads (workers), each with its own TUN queue; 1 = one thread
    // and a single-queue TUN (what resolveWorkers(0) gives on one core).
    int workers = 1;
    uint32_t bypassMark = 0x00b70001;
    IcmpMode icmp = IcmpMode::Exit;
    Timeouts timeouts;
    LwipStack::Options stack;
    FlowTable::Options table;
    std::vector<std::string> packetInterfaces;
    int rescanMs = 2000;
};

// 0 = one worker per CPU this process may run on (sched_getaffinity);
// otherwise `configured`, at most kMaxTunQueues.
[[nodiscard]] int resolveWorkers(int configured);

class EngineGroup;

// One worker: a packet thread with its own epoll loop, TUN queue, flow
// table, buffers and output. Outside lwIP's core lock it reads its TUN
// queue and AF_PACKET interfaces (checksums completed or vouched for, each
// packet parsed and its UDP or ICMP checksum checked), writes what its
// flows send to the clients (TUN and AF_PACKET alike), and does its TCP
// flows' socket I/O (connect, SOCKS5 handshake, sendmsg of what lwIP
// delivered, recv of what lwIP can take) and its UDP flows' (the sends
// through UdpOutbox; the reads of a ready flow, written to the client at
// once), and its SOCKS5 pool's own connections' (connect, greeting,
// authentication); everything else (a packet to its flow, lwIP, the flows'
// lwIP side, the rest of UDP and ICMP flows) runs under the lock, which
// every worker and lwIP's timer thread share.
// A pass: the unlocked I/O (runIo: the flows sync() queued, then the
// sockets epoll reported), then a locked section that starts by handing
// that I/O's outcome to lwIP (lockedBegin: TcpFlow::applyIo) and ends by
// taking lwIP's news for the next I/O (lockedEnd: TcpFlow::sync), then the
// TUN writes; each run of packets read (handleRun) is such a pass of its own.
// What is guarded by what:
//  - core lock: the flow table and every flow's lwIP side (TcpFlow: m_pcb,
//    m_upIn, its phase and ends, m_wantRoom, m_resetServer, the queued
//    flags, its handshake; Flow's counters, lastMs, dead), m_pending (lwIP's
//    output and the flows' packets towards the TUN, appended by whichever
//    thread holds the lock), m_inbox, m_handedOver, m_packetsIn,
//    m_output, m_ioWanted, m_dead, m_graveyard, m_now (written by this
//    worker alone, which reads it anywhere), m_scratch and m_reply (the
//    flows'), the AF_PACKET interfaces (each worker's own, and the fanout
//    groups all of them share); a worker's own interfaces change only on
//    its thread (rescan), so it also reads and sends through them with the
//    lock released (their counters atomic);
//  - this worker's thread alone, with or without the lock: m_in, m_split,
//    m_trim and m_trimDue, m_writing, m_coalescer, the TUN queue's reads
//    and writes, the AF_PACKET reads and sends and the client MACs they
//    learn, m_ioQueue, m_ioDone, m_udpIoDone, m_receive and m_received,
//    m_socksPool (its counters behind a mutex of their own: others read
//    them), m_udpOut (its counts go to the flows under the lock:
//    UdpOutbox::apply), every UDP flow's reads from its exit once it is
//    ready (UdpFlow::onEventsUnlocked: the datagrams written to the client
//    at once, the counts applied under the lock: UdpFlow::applyIo), and
//    every TCP flow's socket side (TcpFlow: m_out and its epoll interest,
//    m_up and what was sent of it, the planned reads, the pass's received
//    bytes, EOF and error, m_upShut);
//    the flow's phase and m_serverEof are written only here, under the lock,
//    so this thread reads them anywhere, the others under the lock
//    (closeAll() runs after the thread is joined);
//  - atomics: Stats, m_stop, m_woken, m_thread.
// A flow ends on this thread: killed elsewhere (lwIP's error callback on
// its timer thread, another worker evicting it) it is only marked and
// queued; its socket is closed and its memory freed when this worker
// destroys it at the end of a locked section (endOfBatch), when m_ioQueue
// and m_ioDone are empty, so no unlocked I/O can be using it.
// Flows see their worker as their FlowHost (flowhost.h) only.
class Engine final : public FlowHost {
public:
    Engine(EngineGroup &group, int index, const EngineOptions &o, const FlowTable::Options &table);
    ~Engine();

    // tun may be invalid (AF_PACKET only); vnetHdr: it was opened with
    // IFF_VNET_HDR (offloads, gso.h).
    [[nodiscard]] Result<void> init(Fd tun, bool vnetHdr);
    // The thread body; returns when stop() is called.
    void run();
    void stop();
    // Once the thread has ended: every flow ends (RST to both sides, written).
    void closeAll();

    // Under the core lock:
    [[nodiscard]] const FlowTable &table() const { return m_table; }
    [[nodiscard]] Flow *find(const FlowKey &k) const { return m_table.find(k); }
    [[nodiscard]] const PacketInterfaces &packetInterfaces() const { return m_packet; }
    [[nodiscard]] uint64_t handedOver() const { return m_handedOver; }
    // Packets that came in on this worker's TUN queue or interfaces.
    [[nodiscard]] uint64_t packetsIn() const { return m_packetsIn; }
    // lwIP's output to one of this worker's flows (any thread): queued
    // for its TUN queue, written once the lock is released.
    void stackOutput(const ::pbuf *p);
    int accept(tcp_pcb *pcb, const Endpoint &remote);
    // A packet of one of this worker's flows that arrived on another
    // worker's queue (the kernel's per-queue flow entries expire and can
    // collide): handled here, in order, never where it landed. Bounded.
    // `datagramSize`: Packet::datagramSize of a UDP super-packet.
    void handOver(int ingress, std::span<const uint8_t> packet, size_t datagramSize = 0, bool checksumTrusted = false);
    // Admission when the table is full: the flow ends at once (RST both
    // ways) and leaves this worker's table.
    void evict(TcpFlow *f);

    // FlowHost
    void sendToClient(int ingress, std::span<const uint8_t> packet) override;
    void sendDatagramsToClient(int ingress, std::span<const uint8_t> packet, size_t segment) override;
    [[nodiscard]] bool tunOffload() const override { return m_tunVnet; }
    [[nodiscard]] LwipStack &stack() override;
    void watch(EventSource *src, int fd, uint32_t events, bool add) override;
    void unwatch(int fd) override;
    [[nodiscard]] uint32_t bypassMark() const override { return m_opt.bypassMark; }
    [[nodiscard]] const Timeouts &timeouts() const override { return m_opt.timeouts; }
    [[nodiscard]] Socks5Pool &socksPool() override { return m_socksPool; }
    [[nodiscard]] UdpOutbox &udpOutbox() override { return m_udpOut; }
    void kill(Flow *f) override;
    void wantOutput(TcpFlow *f) override;
    void wantIo(TcpFlow *f) override;
    [[nodiscard]] std::span<uint8_t> receiveSpace() override;
    void receiveUsed(size_t n) override;
    void ioDone(TcpFlow *f) override;
    void ioDone(UdpFlow *f) override;
    void writeToClientNow(int ingress, std::span<uint8_t> packet, size_t segment) override;
    void dropFor(Flow &f, Drop d) override;
    void dropFor(const UserMatch &u, Drop d) override;
    Stats &stats() override;
    [[nodiscard]] int64_t now() const override { return m_now; }
    [[nodiscard]] std::span<uint8_t> scratch() override { return m_scratch; }
    [[nodiscard]] std::span<uint8_t> replyBuffer() override { return m_reply; }

    // Packets read without the lock (the TUN queue's in readTun, an
    // AF_PACKET interface's in PacketInterfaces::Iface), handed to their
    // flows a run at a time: up to kRun packets of at most kSmall bytes
    // each, read into inputBuffer() one after the other while the rest of
    // it takes the largest packet (a virtio_net_hdr or an Ethernet header,
    // and a 64 KiB super-packet; IPv6: 65536 bytes). A larger one ends its run.
    static constexpr size_t kRun = 32;
    static constexpr size_t kSmall = 2048;
    static constexpr size_t kLargest = gso::kVnetLen + 65536 + 1024;
    struct Input {
        std::span<uint8_t> packet;
        size_t udpSegment = 0; // Packet::datagramSize
        bool trusted = false;  // Packet::checksumTrusted
        // Inspected as it was read, unless handleLarge splits it under the lock.
        std::optional<std::expected<Packet, ParseError>> inspected;
        // An AF_PACKET frame refused before it was an IP packet (a VLAN's,
        // cut short): `packet` is its IP header if it has one, else empty.
        std::optional<Drop> refusedAs;
    };
    // This worker's thread, no lock: where a run is read to.
    [[nodiscard]] std::span<uint8_t> inputBuffer() { return m_in; }
    // This worker's thread, no lock: `packet` inspected where it can be.
    [[nodiscard]] Input prepare(std::span<uint8_t> packet, size_t udpSegment, bool trusted);
    // This worker's thread, no lock: a run of packets from `ingress` to
    // their flows in one locked section; what it sends back (lwIP's ACKs)
    // written as soon as the lock is released, what it delivered sent on to
    // the servers right after, its datagrams once enough are queued.
    void handleRun(int ingress, std::span<Input> run);
    // A thread other than this worker's queued something for it, or
    // changed what it must apply (EngineGroup::usersChanged).
    void wake();

private:
    // Input from the TUN or an AF_PACKET interface (ingress = its
    // ifindex), core lock held: inspect(), then dispatch(). `trusted`:
    // Packet::checksumTrusted; `udpSegment`: the GSO size of a UDP
    // super-packet (Packet::datagramSize); `handed`: from the inbox,
    // counted already.
    void handlePacket(int ingress, std::span<uint8_t> buf, bool trusted, size_t udpSegment, bool handed = false);
    // The same for a packet that may be a super-packet (GSO, GRO) longer
    // than lwIP takes: split first (the pieces not trusted). Checksums
    // must be complete.
    void handleLarge(int ingress, std::span<uint8_t> packet, size_t udpSegment, bool trusted);

    class TunSource;
    class WakeSource;
    class AddressWatch;
    // Packets for the TUN queue, in order: bytes back to back, and where
    // each one starts. lwIP's TCP segments may be joined (`mss`: the flow's
    // segment size towards the client; 0 = write alone).
    struct OutQueue {
        struct Item {
            size_t off = 0, len = 0;
            uint16_t mss = 0;
            bool join = false;
            // The inbox: where the packet came in (and in `mss`, a UDP
            // super-packet's datagram size). m_pending: where it goes
            // out, 0 = the TUN, else an AF_PACKET interface's ifindex.
            int ingress = 0;
            // UDP datagrams of `mss` bytes in one packet (sendDatagramsToClient).
            bool datagrams = false;
            // The inbox: Packet::checksumTrusted, as the worker that read it found it.
            bool checksumTrusted = false;
        };
        std::vector<Item> items;
        // `n` more bytes, uninitialised (lwIP's segments are copied in whole);
        // where they start. Pointers into it are valid until the next grow().
        [[nodiscard]] size_t grow(size_t n) { return m_bytes.grow(n); }
        void shrink(size_t size) { m_bytes.shrink(size); }
        [[nodiscard]] uint8_t *at(size_t off) { return m_bytes.at(off); }
        [[nodiscard]] size_t size() const { return m_bytes.size(); }
        // Empty; a buffer grown far beyond kKeep by a burst is given back.
        void clear();

    private:
        static constexpr size_t kKeep = size_t(4) << 20;
        GrowBuffer m_bytes;
    };

    void batch(std::span<const ::epoll_event> events);
    // The unlocked I/O: the flows the last locked section queued, then the
    // events' sources that handle them without the lock (`handled`[i]).
    void runIo(std::span<const ::epoll_event> events, std::span<bool> handled);
    void readTun();
    // The lock released: the UDP flows' queued datagrams to their exits.
    void sendUdp();
    // A packet that came with a virtio_net_hdr (TUN offloads): partial
    // checksum completed (no lock), super-packets too big for lwIP split.
    [[nodiscard]] bool completeOffloaded(const gso::VnetHeader &h, std::span<uint8_t> packet);
    // Core lock held: the batch's clock, the last I/O handed to lwIP, and
    // what other threads queued for this worker ...
    void lockedBegin();
    // ... and at the end of every locked section, lwIP's news for the I/O
    // (TcpFlow::sync) and the packets for the TUN.
    void lockedEnd();
    void drainInbox();
    // Takes what is queued for the TUN (lock held) ...
    void takePending();
    // ... and writes it (lock released): consecutive segments of one flow
    // joined into super-packets, one connection's segments never reordered.
    void writePending();
    void writeTun(std::span<const uint8_t> packet);
    // Whether an lwIP segment of `f` gets its TCP checksum where it is
    // written (a super-packet's partial sum, or each cut piece's) rather
    // than in stackOutput.
    [[nodiscard]] bool checksumMadeLater(const Packet &p, const Flow &f) const;
    // An item for an AF_PACKET interface: sent through its raw socket, a
    // segment larger than the flow's MSS cut up first.
    void writeInterface(const OutQueue::Item &item, std::span<uint8_t> packet);
    // sendToClient (segment 0) and sendDatagramsToClient: into m_pending.
    void queueForClient(int ingress, std::span<const uint8_t> packet, size_t segment);
    // Datagrams of `segment` bytes in one packet to the TUN (room for a
    // virtio_net_hdr before it): one USO write, else one write per datagram.
    void writeDatagrams(size_t segment, std::span<uint8_t> packet);
    void flushCoalesced();
    // A packet behind its virtio_net_hdr to the TUN (counted).
    void writeSuper(std::span<const uint8_t> out);
    // A packet out (to the TUN or an interface): the counters.
    void countOut(size_t bytes, bool gso);
    // Whether handleLarge() would take `packet` whole.
    [[nodiscard]] static bool whole(std::span<const uint8_t> packet, size_t udpSegment)
    {
        return udpSegment != 0 || packet.size() <= gso::kMaxStackPacket;
    }
    // No lock needed: the packet parsed, and its UDP or ICMP checksum
    // checked unless the kernel vouched for it (lwIP checks TCP's); counted
    // in unless `handed`. One that does not parse goes to refused().
    [[nodiscard]] std::expected<Packet, ParseError> inspect(std::span<uint8_t> buf, bool trusted, size_t udpSegment,
                                                           bool handed);
    // Lock held: a packet inspect() or the frame's reader refused, counted
    // as a drop, or as not pooled when an AF_PACKET interface showed it from
    // a source in no pool.
    void refused(int ingress, std::span<const uint8_t> buf, Drop why);
    void refused(int ingress, std::span<const uint8_t> buf, ParseError e) { refused(ingress, buf, Drop(int(e))); }
    // Lock held: a packet inspect() passed, to its user's flow.
    void dispatch(int ingress, Packet &p);
    void handleTcp(int ingress, Packet &p, const UserMatch &u);
    void handleUdp(int ingress, Packet &p, const UserMatch &u);
    void handleIcmp(int ingress, Packet &p, const UserMatch &u);
    // A client's ICMP error about one of its flows (icmperror.h): counted, and a
    // UDP flow whose client port is closed ends (on the flow's owner).
    void icmpErrorFromClient(int ingress, const Packet &p, const IcmpError &e);
    // Another worker owns the flow of `k`: the packet goes to it.
    [[nodiscard]] bool handedToOwner(const FlowKey &k, int ingress, const Packet &p);
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
    // False (and logged, at most once per kUnknownExitLogMs) when `u` names
    // an exit the capture does not have: no flow starts for it.
    [[nodiscard]] bool exitKnown(const UserMatch &u);
    [[nodiscard]] bool onThisThread() const;

    EngineGroup &m_group;
    const int m_index;
    EngineOptions m_opt;
    Fd m_epoll, m_wake, m_tun, m_addressWatch;
    std::unique_ptr<EventSource> m_tunSource, m_wakeSource, m_addressWatchSource;
    UdpOutbox m_udpOut; // before the table: flows leave it as they go
    FlowTable m_table;
    PacketInterfaces m_packet;
    Socks5Pool m_socksPool{*this};
    std::vector<Flow *> m_dead;
    std::vector<std::unique_ptr<Flow>> m_graveyard;
    std::vector<TcpFlow *> m_output, m_ioWanted;
    std::vector<TcpFlow *> m_ioQueue, m_ioDone;
    std::vector<UdpFlow *> m_udpIoDone;
    ByteBuffer m_scratch, m_in, m_reply; // memory.h: resident once used
    ByteBuffer m_receive; // the I/O pass's server bytes (receiveSpace)
    size_t m_received = 0;
    MemoryTrim m_trim;
    bool m_trimDue = false; // the sweep found a trim due: done once the lock is released
    std::vector<uint8_t> m_split;
    OutQueue m_pending, m_writing, m_inbox, m_inboxTaken;
    uint64_t m_handedOver = 0, m_packetsIn = 0;
    bool m_tunVnet = false;
    // This worker's thread: false once the TUN refused a USO super-packet
    // (Linux before 6.2); datagrams are cut here from then on.
    bool m_usoOut = true;
    gso::TcpCoalescer m_coalescer;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_woken{false};
    std::atomic<std::thread::id> m_thread{};
    int64_t m_now = 0;
    int64_t m_lastSweep = 0, m_lastRescan = 0;
    int64_t m_lastUnknownExitLog = 0;
    static constexpr int64_t kUnknownExitLogMs = 10000;
    uint64_t m_filterGeneration = 0; // the group's packetFilter() this worker's sockets have
    int64_t m_localRead = 0;         // worker 0: when it last read the local addresses (0: due now)
    static constexpr int64_t kLocalAddressesMs = 1000;
    // This thread, no lock: the local addresses read anew when due (worker 0 only).
    [[nodiscard]] std::optional<LocalAddresses> readLocalAddresses(int64_t now);
    // Worker 0 with AF_PACKET interfaces, at init, before the first read: AddressWatch on.
    void watchAddresses();
};

[[nodiscard]] int64_t monotonicMs();

} // namespace byway::capture
