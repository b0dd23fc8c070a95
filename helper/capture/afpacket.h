// SPDX-License-Identifier: GPL-3.0-or-later
// AF_PACKET capture on per-tunnel interfaces (xfrm-style `ikec*`): a
// SOCK_RAW packet socket bound to each matching interface; PACKET_OUTGOING
// is dropped (our own injected replies would loop forever otherwise);
// replies leave through a raw IP socket (IPPROTO_RAW, so IP_HDRINCL) bound to
// the interface, so the kernel encapsulates them. On an Ethernet-type
// interface or a TUN device in L3 mode lwIP's large TCP segments leave whole
// instead, as GSO packets through a PACKET_VNET_HDR packet socket (on
// Ethernet, to the MAC the client's frames came from, learnt per client
// address on each worker); the kernel segments them only where a device on
// the way needs it. Such a reply skips the routing lookup and OUTPUT
// netfilter hooks the raw socket's go through: it goes back the way the
// client's frames came. Interfaces are followed by
// a periodic rescan (if_nameindex), which also catches a changed ifindex.
// Frames come with PACKET_AUXDATA (partial checksums, stripped VLAN tags:
// frame.h) into the worker's input buffer, which holds a 64 KiB GRO/GSO
// frame whole (Engine::inputBuffer), read without the core lock.
//
// Every worker has its own socket on each interface, all of them in one
// PACKET_FANOUT_HASH group per interface: the kernel gives each flow's
// frames to one socket by the flow's symmetric hash, and the worker whose
// socket got a flow's first frame owns it (frames that reach another
// worker, while the group is forming, are handed over as the TUN's are).
// Worker 0 opens an interface first; where the kernel refuses its fanout
// group, worker 0 reads that interface alone (logged once) and the other
// workers leave it to it.
#pragma once

#include "capture/eventsource.h"
#include "capture/fd.h"
#include "capture/json.h"
#include "capture/packet.h"
#include "capture/sourcefilter.h"

#include <array>
#include <atomic>
#include <string>

#include <map>
#include <memory>
#include <span>
#include <vector>

namespace byway::capture {

class Engine;

// What worker 0 found for each interface it opened (core lock held): true
// when its socket is in a fanout group the other workers join, false when
// the kernel refused the group.
struct FanoutGroups {
    std::map<int, bool> joined; // by ifindex
};

class PacketInterfaces {
public:
    struct Iface : EventSource {
        Engine *engine = nullptr;
        std::string name;
        int ifindex = 0;
        int hatype = 0;
        Fd sock, raw4, raw6;
        // `sock` reads a virtio_net_hdr before each frame (PACKET_VNET_HDR):
        // a GSO frame's type and size; a client's UDP GSO is datagrams of
        // that size, which the frame alone does not tell.
        bool rxVnet = false;
        // The kernel keeps PACKET_OUTGOING copies from `sock`; and the
        // frames of sources in no pool, and those to the router itself (the
        // filter took).
        bool ignoresOutgoing = false, bySource = false, byDestination = false, filterRefused = false;
        void attach(const SourceFilter &f);
        // Ethernet-type interfaces and L3 TUN devices: a PACKET_VNET_HDR
        // sender that takes a TCP super-packet whole (the kernel segments it
        // only where a device needs it); on Ethernet, this interface's MAC,
        // and the MAC each client address's frames came from (the reply's
        // next hop): the worker's thread alone.
        Fd gsoTx;
        std::array<uint8_t, 6> mac{};
        std::map<std::array<uint8_t, 16>, std::array<uint8_t, 6>> peers;
        void learnPeer(std::span<const uint8_t> frame, std::span<const uint8_t> ip);
        // Written by the worker with the core lock released, read by toJson.
        std::atomic<uint64_t> captured{0}, outgoing{0}, injected{0};
        std::atomic<uint64_t> partialChecksums{0}; // TP_STATUS_CSUMNOTREADY frames (vouched for or completed)
        std::atomic<uint64_t> largest{0};          // longest frame seen (GRO/GSO: beyond the MTU)
        // The frames, read and inspected without the lock, handed to their
        // flows a run at a time (Engine::handleRun).
        bool onEventsUnlocked(uint32_t events) override;
        void onEvents(uint32_t events) override;
    };

    void setPatterns(const std::vector<std::string> &patterns) { m_patterns = patterns; }
    // The program on every socket, now and as they open (sourcefilter.h).
    void setFilter(const SourceFilter &f);
    // This set is worker `worker`'s; `groups` is every worker's.
    void setWorker(int worker, FanoutGroups *groups) { m_worker = worker, m_groups = groups; }
    [[nodiscard]] bool enabled() const { return !m_patterns.empty(); }
    // Opens sockets for new matches, closes vanished or re-indexed ones.
    void rescan(Engine &engine);
    [[nodiscard]] bool send(int ifindex, std::span<const uint8_t> packet);
    // A TCP segment larger than `mss` to a client on `ifindex` as one GSO
    // packet (Ethernet-type interfaces whose client's MAC is known, L3 TUN
    // devices; the segment is made a super-packet in place). false: not
    // sent, the caller cuts it up and sends the pieces.
    [[nodiscard]] bool sendSuper(int ifindex, const Packet &p, size_t mss);
    // flows.list's packetInterfaces: every worker's sockets on an interface
    // summed (`sockets`: how many workers read it).
    [[nodiscard]] static json::Array toJson(std::span<const PacketInterfaces *const> workers);
    void closeAll(Engine &engine);

private:
    // Worker 0: its socket on `i` joins a new fanout group (or is refused);
    // another worker: joins worker 0's, false if it cannot.
    [[nodiscard]] bool joinFanout(Iface &i);

    std::vector<std::string> m_patterns;
    SourceFilter m_filter;
    int m_worker = 0;
    FanoutGroups *m_groups = nullptr;
    std::map<int, std::unique_ptr<Iface>> m_ifaces; // by ifindex
};

} // namespace byway::capture
