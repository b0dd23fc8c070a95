// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's packets in and out: reading the TUN (offloads, super-packets
// split), writing to the TUN (coalesced) or an AF_PACKET interface, and
// lwIP's hooks (its output rewritten back to the client, its accepts).
#include "capture/engine.h"

#include "capture/tcpforwarder.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/tcp.h>
}

#include <arpa/inet.h>
#include <cstring>

#include <sys/uio.h>

namespace byway::capture {

void Engine::readTun()
{
    // Until the queue is empty, within bounds so the outbound sockets and
    // lwIP's output get their turn (epoll is level-triggered: the rest of
    // the queue is the next batch).
    const size_t hdr = m_tunVnet ? gso::kVnetLen : 0;
    size_t bytes = 0;
    for (int i = 0; i < 256 && bytes < (size_t(4) << 20); ++i) {
        const ssize_t r = ::read(m_tun.get(), m_in.data(), m_in.size());
        if (r <= 0)
            return;
        bytes += size_t(r);
        if (size_t(r) <= hdr) {
            m_stats.drop(Drop::Truncated);
            continue;
        }
        std::span<uint8_t> packet{m_in.data() + hdr, size_t(r) - hdr};
        if (hdr)
            handleOffloaded(0, gso::readHeader(m_in), packet);
        else
            handlePacket(0, packet);
    }
}

void Engine::handleOffloaded(int ingress, const gso::VnetHeader &h, std::span<uint8_t> packet)
{
    if ((h.flags & gso::kNeedsCsum) && !gso::completeChecksum(packet, h.csumStart, h.csumOffset)) {
        m_stats.drop(Drop::BadHeader);
        return;
    }
    if (h.gsoType != gso::kGsoNone)
        m_stats.gsoIn.fetch_add(1, std::memory_order_relaxed);
    handleLarge(ingress, packet);
}

void Engine::handleLarge(int ingress, std::span<uint8_t> packet)
{
    if (packet.size() <= gso::kMaxStackPacket) {
        // A TCP super-packet goes to lwIP whole: it takes segments larger
        // than its MSS as long as they fit the window.
        handlePacket(ingress, packet);
        return;
    }
    m_stats.gsoSplit.fetch_add(1, std::memory_order_relaxed);
    auto p = parse(packet, false);
    const size_t maxPayload = p ? gso::kMaxStackPacket - p->payloadOff : 0;
    if (!p || !gso::splitTcp(*p, maxPayload, m_split, [&](std::span<uint8_t> piece) { handlePacket(ingress, piece); })) {
        m_stats.drop(p ? Drop::Unsupported : Drop(int(p.error())));
        m_stats.packetsIn.fetch_add(1, std::memory_order_relaxed);
    }
}

void Engine::writeTun(std::span<const uint8_t> packet)
{
    flushCoalesced();
    bool ok = false;
    if (m_tunVnet) {
        // A packet with complete checksums: an all-zero virtio_net_hdr.
        static constexpr uint8_t none[gso::kVnetLen] = {};
        iovec iov[2] = {{const_cast<uint8_t *>(none), sizeof none}, {const_cast<uint8_t *>(packet.data()), packet.size()}};
        ok = ::writev(m_tun.get(), iov, 2) == ssize_t(sizeof none + packet.size());
    } else {
        ok = ::write(m_tun.get(), packet.data(), packet.size()) == ssize_t(packet.size());
    }
    if (!ok) {
        m_stats.drop(Drop::WriteFailed);
        return;
    }
    m_stats.packetsOut.fetch_add(1, std::memory_order_relaxed);
    m_stats.bytesOut.fetch_add(packet.size(), std::memory_order_relaxed);
}

void Engine::flushCoalesced()
{
    if (m_coalescer.empty())
        return;
    const auto out = m_coalescer.take();
    if (::write(m_tun.get(), out.data(), out.size()) != ssize_t(out.size())) {
        m_stats.drop(Drop::WriteFailed);
        return;
    }
    if (gso::readHeader(out).gsoType != gso::kGsoNone)
        m_stats.gsoOut.fetch_add(1, std::memory_order_relaxed);
    m_stats.packetsOut.fetch_add(1, std::memory_order_relaxed);
    m_stats.bytesOut.fetch_add(out.size() - gso::kVnetLen, std::memory_order_relaxed);
}

void Engine::sendToClient(int ingress, std::span<const uint8_t> packet)
{
    if (ingress == 0) {
        if (m_tun)
            writeTun(packet);
        else
            m_stats.drop(Drop::WriteFailed);
        return;
    }
    if (!m_packet.send(ingress, packet)) {
        m_stats.drop(Drop::WriteFailed);
        return;
    }
    m_stats.packetsOut.fetch_add(1, std::memory_order_relaxed);
    m_stats.bytesOut.fetch_add(packet.size(), std::memory_order_relaxed);
}

void Engine::onStackOutput(std::span<uint8_t> buf)
{
    auto p = parse(buf, false);
    if (!p || p->proto != kProtoTcp) {
        m_stats.drop(Drop::StackForeign); // RS, MLD, ICMP about fake addresses
        return;
    }
    Flow *f = m_table.findFake(p->dst);
    if (!f || p->src != m_stack->listener(p->src.addr.family)) {
        m_stats.drop(Drop::StackForeign);
        return;
    }
    rewrite(*p, f->key.dst, f->key.client);
    ++f->packets;
    ++f->packetsDown;
    // lwIP's netif MTU is 64 KiB (it must not fragment its large segments):
    // the MSS it offers clients is clamped to theirs here.
    if (p->tcpFlags & kTcpSyn)
        clampMss(*p, m_stack->mssFor(p->version));
    if (f->ingress == 0 && m_tunVnet) {
        // Consecutive data segments of one flow become one super-packet, and
        // lwIP's own large segments go out as GSO of the client's MSS. Out
        // of a batch (lwIP's timer thread) it is written at once.
        bool joined = m_coalescer.append(*p, f->mss);
        if (!joined) {
            flushCoalesced();
            joined = m_coalescer.append(*p, f->mss);
        }
        if (joined) {
            if (!m_batching || m_coalescer.closed())
                flushCoalesced();
            return;
        }
    }
    sendToClient(f->ingress, {p->data, p->len});
}

int Engine::onAccept(tcp_pcb *pcb)
{
    Endpoint remote;
    if (IP_IS_V6_VAL(pcb->remote_ip)) {
        remote.addr.family = 6;
        std::memcpy(remote.addr.b.data(), ip_2_ip6(&pcb->remote_ip)->addr, 16);
    } else {
        const uint32_t a = ntohl(ip_2_ip4(&pcb->remote_ip)->addr);
        remote.addr = Addr::v4(a);
    }
    remote.port = pcb->remote_port;
    auto *f = static_cast<TcpFlow *>(m_table.findFake(remote));
    if (!f || f->dead || f->phase() != TcpFlow::Phase::Handshake) {
        tcp_abort(pcb);
        return ERR_ABRT;
    }
    f->attach(pcb);
    return ERR_OK;
}

} // namespace byway::capture
