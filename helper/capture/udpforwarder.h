// SPDX-License-Identifier: GPL-3.0-or-later
// UDP without lwIP: one outbound socket per client 5-tuple; replies are
// crafted back to the client with full IP/UDP headers.
//
// Direct exits: a UDP socket connected to the destination. SOCKS5 exits:
// a UDP ASSOCIATE per flow (RFC 1928 section 7): a TCP control connection
// to the SOCKS server (username/password as for CONNECT), then datagrams
// with the SOCKS UDP header to and from the relay it names; the association
// lives as long as the control connection. Datagrams the client sends while
// it is being set up wait in a small queue.
//
// A direct exit's socket reads with UDP_GRO: a burst of equal-sized
// datagrams from the server (a QUIC download) comes in as one read, goes to
// the client as one USO super-packet on the TUN (FlowHost::
// sendDatagramsToClient), and the kernel cuts it back into the same
// datagrams; equal-sized datagrams read one by one (a sender that does not
// batch, an exit without GRO) are joined the same way. The other way, a
// client's UDP GSO batch (whole through the TUN's USO, or an AF_PACKET frame
// whose virtio_net_hdr gives its size: Packet::datagramSize) leaves a direct
// exit in one sendmsg with UDP_SEGMENT, a SOCKS5 relay datagram by datagram;
// every send goes through the worker's UdpOutbox (udpoutbox.h), after the
// core lock, where a client's single datagrams are joined too. A ready
// flow's reads (udpexit.cpp) run on its owner's thread without the lock:
// each datagram is read after room for its headers and written to the
// client from where it lies, no copy after the read.
#pragma once

#include "capture/fd.h"
#include "capture/flowhost.h"
#include "capture/socks5.h"

#include <deque>
#include <memory>
#include <vector>

namespace byway::capture {

class UdpFlow final : public Flow, public EventSource {
public:
    UdpFlow(FlowHost &host, const FlowKey &key, const UserMatch &u, int ingress);
    ~UdpFlow() override;
    [[nodiscard]] bool start();
    void fromClient(const Packet &p);
    // The UDP socket. A ready flow reads on its owner's thread with the lock
    // released and writes what it read to the client at once; the lock held,
    // onEvents does the same through the worker's queue (not yet ready, or
    // no room left in this pass's receive buffer).
    bool onEventsUnlocked(uint32_t events) override;
    void onEvents(uint32_t events) override;
    // Locked: the counts of what deliver() handed on, to the flow's.
    void applyIo();
    [[nodiscard]] const char *state() const override;
    [[nodiscard]] int64_t idleMs() const { return m_idleMs; }
    // The owner's thread (UdpOutbox::send): the socket towards the exit or
    // its relay, -1 while there is none; whether datagrams may leave joined
    // (UDP_SEGMENT: a direct exit's; a relay's each carry their own header).
    [[nodiscard]] int exitFd() const { return m_ready ? m_sock.get() : -1; }
    [[nodiscard]] bool joinable() const { return !viaSocks(); }
    // Towards the exit, joined sends until the kernel refused one (a
    // datagram beyond the path's MTU, no UDP GSO): the owner's thread.
    [[nodiscard]] bool joinableUp() const { return joinable() && !m_joinUpRefused; }
    void joinUpRefused() { m_joinUpRefused = true; }

    // The server's port unreachable passed on to the client, as a NAT
    // would: its connected socket sees ECONNREFUSED at once rather than
    // wait for its timeout. Written at once (`now`: the owner's thread, the
    // lock released, as UdpOutbox sends) or queued (the lock held).
    void refused(bool now);

private:
    class Association;
    friend class Association;

    // Association callbacks.
    void associated(const Endpoint &relay);
    void associationFailed(const std::string &why);
    // Into the owner's UdpOutbox, sent once the lock is released.
    void send(std::span<const uint8_t> payload);
    // One datagram from the client.
    void fromClient(std::span<const uint8_t> payload);
    // Reads the socket: up to 64 datagrams, a batch per recvmmsg into slots
    // of `buf`, each after `room` bytes left free; `run(payload, segment)`
    // for each datagram (segment 0) or run of them (UDP_GRO's, or equal-sized
    // ones joined: `segment` bytes each, the last may be shorter). True when
    // the server refused (an ICMP port unreachable came back on a direct exit).
    template <typename Run>
    [[nodiscard]] bool readExit(std::span<uint8_t> buf, size_t room, Run &&run);
    // What readExit read (for SOCKS5, from the relay) to the client: the
    // headers written in the room before `payload`, the packet written at
    // once (`now`: the owner's thread, the lock released) or queued (the
    // lock held); counted for applyIo.
    void deliver(std::span<uint8_t> payload, size_t segment, bool now);
    [[nodiscard]] bool viaSocks() const { return m_exit && m_exit->type == ExitType::Socks5; }

    FlowHost &m_host;
    std::optional<ExitSpec> m_exit;
    Fd m_sock;
    int64_t m_idleMs;
    std::unique_ptr<Association> m_assoc;
    bool m_ready = false;
    bool m_joinUpRefused = false; // the owner's thread alone (UdpOutbox::send)
    // Delivered, not yet in the flow's counts (applyIo).
    uint64_t m_ioBytes = 0, m_ioPackets = 0;
    bool m_ioQueued = false;
    std::deque<std::vector<uint8_t>> m_pending;
    size_t m_pendingBytes = 0;
};

} // namespace byway::capture
