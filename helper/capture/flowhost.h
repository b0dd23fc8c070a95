// SPDX-License-Identifier: GPL-3.0-or-later
// What a flow (TcpFlow, UdpFlow, IcmpFlow) may ask of the packet thread that
// runs it, and nothing more: the flows include this, never engine.h, so the
// engine can change (or be one of several workers) without the flows
// knowing. Every call happens with lwIP's core lock held (see engine.h):
// mostly on the worker that owns the flow, sometimes on lwIP's timer thread
// (its callbacks) or on another worker (a full table evicting the flow) —
// except the "owner's I/O side" below, which only the owner's thread calls,
// without the lock.
#pragma once

#include "capture/eventsource.h"
#include "capture/exits.h"
#include "capture/flowtable.h"
#include "capture/stats.h"

#include <cstdint>
#include <span>

namespace byway::capture {

class LwipStack;
class Socks5Pool;
class TcpFlow;
class UdpFlow;
class UdpOutbox;

struct Timeouts {
    int64_t dnsMs = 10000;
    int64_t udpMs = 60000;
    int64_t icmpMs = 10000;
    int64_t tcpIdleMs = 2 * 3600 * 1000;
    int64_t halfOpenMs = 30000; // outbound connect + lwIP handshake
};

class FlowHost {
public:
    // --- the clients' side ---------------------------------------------------
    // An IP packet to the client behind `ingress` (0 = the TUN, otherwise an
    // AF_PACKET ifindex); counted, or dropped as WriteFailed.
    virtual void sendToClient(int ingress, std::span<const uint8_t> packet) = 0;
    // A UDP packet whose payload is datagrams of `segment` bytes each (the
    // last may be shorter; its UDP checksum need not be set), as UDP_GRO
    // reads them: to the TUN as one USO super-packet where the kernel takes
    // it, else cut into one packet per datagram. Counted like sendToClient.
    virtual void sendDatagramsToClient(int ingress, std::span<const uint8_t> packet, size_t segment) = 0;
    // TUN packets carry a virtio_net_hdr: lwIP may send TUN flows segments
    // larger than their MSS, written as GSO (TcpFlow::attach). (AF_PACKET
    // flows get them too, cut to their MSS before they are sent.)
    [[nodiscard]] virtual bool tunOffload() const = 0;
    [[nodiscard]] virtual LwipStack &stack() = 0;

    // --- the outbound side ---------------------------------------------------
    // Adds (add) or changes the epoll interest of `fd`; events go to `src`.
    virtual void watch(EventSource *src, int fd, uint32_t events, bool add) = 0;
    virtual void unwatch(int fd) = 0;
    [[nodiscard]] virtual uint32_t bypassMark() const = 0;
    [[nodiscard]] virtual const Timeouts &timeouts() const = 0;
    // Ready connections to SOCKS5 exits, and what their servers allow.
    [[nodiscard]] virtual Socks5Pool &socksPool() = 0;
    // UDP flows' datagrams towards their exits, sent by the owner once the
    // lock is released (the owner's flows only).
    [[nodiscard]] virtual UdpOutbox &udpOutbox() = 0;

    // --- life and counters ---------------------------------------------------
    // Out of the table and destroyed when the current batch ends (pointers in
    // this batch's epoll events stay valid until then).
    virtual void kill(Flow *f) = 0;
    // tcp_output for `f` once the batch ends (one per flow and batch): the
    // flow calls it at most once until its flushQueuedOutput() runs.
    virtual void wantOutput(TcpFlow *f) = 0;
    // lwIP's side of `f` has news for the socket side (client bytes to send
    // on, room for more of the server's, the connection accepted): its owner
    // takes them at the end of its current or next locked section
    // (TcpFlow::sync) and does the socket I/O after it. Any thread; at most
    // once until that sync.
    virtual void wantIo(TcpFlow *f) = 0;
    // A packet of `f`'s (or of a user's) dropped: the stats and its user's counters.
    virtual void dropFor(Flow &f, Drop d) = 0;
    virtual void dropFor(const UserMatch &u, Drop d) = 0;
    [[nodiscard]] virtual Stats &stats() = 0;
    // The batch's clock (monotonic ms).
    [[nodiscard]] virtual int64_t now() const = 0;

    // --- per-thread buffers --------------------------------------------------
    // kScratchSlots slots of kScratchSlot bytes: one socket read, or a batch
    // of datagrams (recvmmsg, a slot each); resident only as far as written
    // (memory.h). Not the packet being handled (AF_PACKET's buffer is
    // separate), but a flow must not hold it across calls.
    static constexpr size_t kScratchSlot = 65536;
    static constexpr size_t kScratchSlots = 16;
    [[nodiscard]] virtual std::span<uint8_t> scratch() = 0;
    // 64 KiB for one packet crafted towards a client or an exit.
    [[nodiscard]] virtual std::span<uint8_t> replyBuffer() = 0;

    // --- the owner's I/O side: its thread alone, without the lock ------------
    // What is left of this I/O pass's receive buffer (kScratchSlots slots of
    // kScratchSlot bytes, the server bytes of every TCP flow of the pass, back
    // to back); receiveUsed(n) takes its first n bytes. They stay until the
    // owner's next locked section has given them to lwIP (TcpFlow::applyIo).
    [[nodiscard]] virtual std::span<uint8_t> receiveSpace() = 0;
    virtual void receiveUsed(size_t n) = 0;
    // `f` did I/O (bytes sent or received, EOF, an error) that its owner's
    // next locked section hands to lwIP (TcpFlow::applyIo).
    virtual void ioDone(TcpFlow *f) = 0;
    // `f` delivered datagrams (writeToClientNow) whose counts its owner's
    // next locked section adds to the flow's (UdpFlow::applyIo).
    virtual void ioDone(UdpFlow *f) = 0;
    // An IP packet to the client behind `ingress`, written at once: `packet`
    // lies in a buffer of the flow's with kClientRoom bytes free before it
    // (a virtio_net_hdr goes there); `segment` as sendDatagramsToClient.
    // Counted, or dropped as WriteFailed.
    static constexpr size_t kClientRoom = 16;
    virtual void writeToClientNow(int ingress, std::span<uint8_t> packet, size_t segment) = 0;

protected:
    ~FlowHost() = default;
};

} // namespace byway::capture
