// SPDX-License-Identifier: GPL-3.0-or-later
// Capture counters: written by the workers and lwIP's thread, read by
// any thread (relaxed atomics: figures, not synchronisation).
#pragma once

#include "capture/json.h"

#include <array>
#include <atomic>
#include <cstdint>

namespace byway::capture {

enum class Drop : int {
    Truncated, BadVersion, BadHeader, BadLength, BadChecksum, Fragment, Unsupported, // parser
    UnknownSource,   // source address maps to no user
    FlowLimit,       // maxFlows reached: new flow refused
    FakeExhausted,   // no fake endpoint outside TIME_WAIT quarantine
    NoFlow,          // TCP segment of no known flow (answered with RST)
    NotReady,        // segment while the outbound connect is pending
    StackForeign,    // lwIP output belonging to no flow (RS, MLD, DAD, ICMP)
    WriteFailed,     // TUN/raw socket refused the packet (queue full)
    ExitFailed,      // outbound socket could not be opened
    UdpUnsupported,  // UDP for a user whose exit cannot carry it (SOCKS5 relay given by name)
    IcmpUnsupported, // ICMP other than echo request and errors about a flow
    IcmpSocket,      // ping socket refused (net.ipv4.ping_group_range)
    VlanTagged,      // AF_PACKET frame of a VLAN (it belongs to the VLAN's interface)
    InboxFull,       // arrived on another worker's TUN queue; its owner's inbox was full
    Count
};
[[nodiscard]] const char *dropName(Drop d);

struct Stats {
    std::atomic<uint64_t> packetsIn{0}, packetsOut{0}, bytesIn{0}, bytesOut{0};
    std::atomic<uint64_t> outgoingFiltered{0}; // AF_PACKET PACKET_OUTGOING
    // AF_PACKET frames from addresses in no pool: left to the kernel, not dropped.
    std::atomic<uint64_t> notPooled{0};
    // AF_PACKET packets from pooled clients to the router's own addresses,
    // multicast or broadcast: the kernel answers them, the capture does not.
    std::atomic<uint64_t> localDestination{0};
    // ICMP errors from pooled clients about their flows (a port unreachable
    // for a late UDP reply): taken, not drops; a closed port ends the UDP flow.
    std::atomic<uint64_t> icmpErrors{0};
    // IPv6 from a link-local or unspecified source read from the TUN: the
    // router's own kernel on the device (router solicitations, MLD
    // reports), never routed there; ignored, not drops.
    std::atomic<uint64_t> linkScope{0};
    std::atomic<uint64_t> flowsCreated{0}, tcpFlows{0}, udpFlows{0}, icmpFlows{0};
    // TUN offloads: super-packets read and written, and those split because
    // lwIP's pbufs could not take them whole (IPv6, 65536 bytes).
    std::atomic<uint64_t> gsoIn{0}, gsoOut{0}, gsoSplit{0};
    // UDP datagrams that came one by one and left joined: towards an exit
    // in UDP_SEGMENT sends (UdpOutbox), towards a client in USO packets.
    std::atomic<uint64_t> udpJoinedUp{0}, udpJoinedDown{0};
    // SOCKS5 exits (socks5pool.h): TCP flows that found a ready connection
    // in their exit's pool or had to make one; connections ready in the
    // pools now (a gauge); flows whose handshake went out in one write;
    // exits found not to take pipelined handshakes; flows whose pooled or
    // pipelined connection failed before any reply and that started over
    // on a fresh, sequential one.
    std::atomic<uint64_t> socksPoolHits{0}, socksPoolMisses{0}, socksPoolReady{0};
    std::atomic<uint64_t> socksPipelined{0}, socksPipelineRefused{0}, socksRetries{0};
    // Flows through a SOCKS5 exit that got no connection from it (the
    // reason by exit: Socks5Pool::failed).
    std::atomic<uint64_t> socksFailed{0};
    // Bytes of downloads in lwIP, written towards clients and not yet
    // acknowledged (a gauge, brought up to date as lwIP takes and frees
    // them; past kSendBudget each flow keeps to kSendBufferMin, tcpforwarder.h).
    std::atomic<uint64_t> sendBuffered{0};
    std::array<std::atomic<uint64_t>, size_t(Drop::Count)> drops{};

    void drop(Drop d) { drops[size_t(d)].fetch_add(1, std::memory_order_relaxed); }
    static void count(std::atomic<uint64_t> &c, int64_t delta = 1)
    {
        c.fetch_add(uint64_t(delta), std::memory_order_relaxed); // a negative delta wraps back
    }
    [[nodiscard]] uint64_t dropped(Drop d) const { return drops[size_t(d)].load(std::memory_order_relaxed); }
    // flowTable: current size, taken by the caller under the core lock.
    [[nodiscard]] json::Object toJson(int64_t flowTable) const;
};

} // namespace byway::capture
