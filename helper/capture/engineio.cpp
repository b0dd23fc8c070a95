// SPDX-License-Identifier: GPL-3.0-or-later
// A worker's packets in and out: reading its TUN queue (offloads,
// super-packets split), what goes to the clients queued under the core lock
// and written to the TUN queue after it (coalesced) or sent on an AF_PACKET
// interface, lwIP's output and accepts for its flows, and the inbox of
// packets another worker's queue received for them.
#include "capture/engine.h"

#include "capture/enginegroup.h"
#include "capture/log.h"
#include "capture/tcpforwarder.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/pbuf.h>
#include <lwip/tcp.h>
}

#include <array>
#include <cerrno>
#include <cstring>
#include <optional>

#include <sys/uio.h>
#include <unistd.h>

namespace byway::capture {

namespace {
// The inbox of one worker: packets handed over by the others until it runs
// next. Beyond these the packet is dropped (counted as inbox_full).
constexpr size_t kInboxPackets = 1024;
constexpr size_t kInboxBytes = size_t(4) << 20;
// UDP datagrams queued across TUN reads before they are sent (UdpOutbox).
constexpr size_t kUdpOutBatch = 256 * 1024;
} // namespace

void Engine::OutQueue::clear()
{
    items.clear();
    if (m_bytes.clear(kKeep))
        items.shrink_to_fit();
}

void Engine::readTun()
{
    // Until the queue is empty, within bounds so the outbound sockets and
    // lwIP's output get their turn (epoll is level-triggered: the rest of
    // the queue is the next batch). The reads, the checksum completion, the
    // parsing and the UDP and ICMP checksum checks need no lock; a run of
    // small packets (the clients' ACKs to a download, single datagrams, DNS)
    // is handed to its flows in one locked section, a large one (a
    // super-packet) ends its run.
    const size_t hdr = m_tunVnet ? gso::kVnetLen : 0;
    std::array<Input, kRun> run;
    size_t bytes = 0;
    for (int i = 0; i < 256 && bytes < (size_t(4) << 20);) {
        size_t n = 0, off = 0;
        bool more = true;
        while (n < kRun && i < 256) {
            // Room for the largest packet at every read: a shorter buffer truncates.
            const ssize_t r = ::read(m_tun.get(), m_in.data() + off, m_in.size() - off);
            if (r <= 0) {
                more = false;
                break;
            }
            ++i;
            bytes += size_t(r);
            if (size_t(r) <= hdr) {
                stats().drop(Drop::Truncated);
                continue;
            }
            std::span<uint8_t> packet{m_in.data() + off + hdr, size_t(r) - hdr};
            const gso::VnetHeader h = hdr ? gso::readHeader({m_in.data() + off, size_t(r)}) : gso::VnetHeader{};
            if (hdr && !completeOffloaded(h, packet))
                continue;
            const size_t udpSegment = (h.gsoType & ~gso::kGsoEcn) == gso::kGsoUdpL4 ? h.gsoSize : 0;
            run[n++] = prepare(packet, udpSegment, (h.flags & gso::kNeedsCsum) != 0);
            off += size_t(r);
            if (size_t(r) > kSmall || m_in.size() - off < kLargest)
                break;
        }
        if (n)
            handleRun(0, {run.data(), n});
        if (!more)
            break;
    }
    sendUdp();
}

Engine::Input Engine::prepare(std::span<uint8_t> packet, size_t udpSegment, bool trusted)
{
    Input in{packet, udpSegment, trusted, std::nullopt, std::nullopt};
    if (whole(packet, udpSegment))
        in.inspected = inspect(packet, trusted, udpSegment, false);
    return in;
}

void Engine::handleRun(int ingress, std::span<Input> run)
{
    {
        CoreLock lock;
        lockedBegin();
        for (Input &in : run) {
            if (in.refusedAs) {
                refused(ingress, in.packet, *in.refusedAs);
                continue;
            }
            if (!in.inspected) {
                handleLarge(ingress, in.packet, in.udpSegment, in.trusted);
                continue;
            }
            ++m_packetsIn;
            if (*in.inspected)
                dispatch(ingress, **in.inspected);
            else
                refused(ingress, in.packet, in.inspected->error());
        }
        lockedEnd();
    }
    writePending();
    // What lwIP took from this run goes on to the server before the next read.
    runIo({}, {});
    // Datagrams wait for the reads after them (joined where they can be), within bounds.
    if (m_udpOut.bytes() >= kUdpOutBatch)
        sendUdp();
}

void Engine::sendUdp()
{
    if (!m_udpOut.empty())
        Stats::count(stats().udpJoinedUp, int64_t(m_udpOut.send()));
}

bool Engine::completeOffloaded(const gso::VnetHeader &h, std::span<uint8_t> packet)
{
    // A data segment or datagram the kernel made is taken on its word
    // (Packet::checksumTrusted): one pass over 64 KiB fewer. Anything else
    // it left partial (a SYN, which may be held and replayed) is completed.
    if ((h.flags & gso::kNeedsCsum) && !gso::vouchable(packet, h.csumStart, h.csumOffset)
        && !gso::completeChecksum(packet, h.csumStart, h.csumOffset)) {
        stats().drop(Drop::BadHeader);
        return false;
    }
    if (h.gsoType != gso::kGsoNone)
        stats().gsoIn.fetch_add(1, std::memory_order_relaxed);
    return true;
}

void Engine::handleLarge(int ingress, std::span<uint8_t> packet, size_t udpSegment, bool trusted)
{
    if (whole(packet, udpSegment)) {
        // Datagrams for a UdpFlow, never for lwIP: whole, whatever the size.
        // A TCP super-packet goes to lwIP whole: it takes segments larger
        // than its MSS as long as they fit the window.
        handlePacket(ingress, packet, trusted, udpSegment);
        return;
    }
    stats().gsoSplit.fetch_add(1, std::memory_order_relaxed);
    auto p = parse(packet, false);
    const size_t maxPayload = p ? gso::kMaxStackPacket - p->payloadOff : 0;
    // The pieces are not trusted: lwIP checks each.
    if (!p || !gso::splitTcp(*p, maxPayload, m_split, [&](std::span<uint8_t> piece) { handlePacket(ingress, piece, false, 0); })) {
        refused(ingress, packet, p ? ParseError::Unsupported : p.error());
        stats().packetsIn.fetch_add(1, std::memory_order_relaxed);
    }
}

void Engine::takePending()
{
    std::swap(m_pending, m_writing);
}

void Engine::writePending()
{
    for (const OutQueue::Item &item : m_writing.items) {
        std::span<uint8_t> packet{m_writing.at(item.off), item.len};
        if (item.ingress != 0) {
            writeInterface(item, packet);
            continue;
        }
        if (item.datagrams) {
            writeDatagrams(item.mss, packet);
            continue;
        }
        if (item.join) {
            // Consecutive data segments of one flow become one super-packet,
            // and lwIP's own large segments go out as GSO of the client's MSS,
            // from where they lie (stackOutput left room for the header).
            if (auto p = parse(packet, false)) {
                if (auto whole = gso::superPacketInPlace(*p, {packet.data() - gso::kVnetLen, gso::kVnetLen}, item.mss);
                    !whole.empty()) {
                    flushCoalesced();
                    writeSuper(whole);
                    continue;
                }
                bool joined = m_coalescer.append(*p, item.mss);
                if (!joined) {
                    flushCoalesced();
                    joined = m_coalescer.append(*p, item.mss);
                }
                if (joined) {
                    if (m_coalescer.closed())
                        flushCoalesced();
                    continue;
                }
            }
        }
        writeTun(packet);
    }
    flushCoalesced();
    m_writing.clear();
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
        stats().drop(Drop::WriteFailed);
        return;
    }
    countOut(packet.size(), false);
}

void Engine::countOut(size_t bytes, bool gso)
{
    if (gso)
        stats().gsoOut.fetch_add(1, std::memory_order_relaxed);
    stats().packetsOut.fetch_add(1, std::memory_order_relaxed);
    stats().bytesOut.fetch_add(bytes, std::memory_order_relaxed);
}

void Engine::flushCoalesced()
{
    if (!m_coalescer.empty())
        writeSuper(m_coalescer.take());
}

void Engine::writeSuper(std::span<const uint8_t> out)
{
    if (::write(m_tun.get(), out.data(), out.size()) != ssize_t(out.size())) {
        stats().drop(Drop::WriteFailed);
        return;
    }
    countOut(out.size() - gso::kVnetLen, gso::readHeader(out).gsoType != gso::kGsoNone);
}

void Engine::sendToClient(int ingress, std::span<const uint8_t> packet)
{
    queueForClient(ingress, packet, 0);
}

void Engine::sendDatagramsToClient(int ingress, std::span<const uint8_t> packet, size_t segment)
{
    queueForClient(ingress, packet, segment);
}

void Engine::queueForClient(int ingress, std::span<const uint8_t> packet, size_t segment)
{
    if (ingress == 0 && !m_tun) {
        stats().drop(Drop::WriteFailed);
        return;
    }
    // Written by this worker once the lock is released, the TUN's and the
    // AF_PACKET interfaces' alike (no syscall under the lock). Datagrams are
    // cut up then, or made a USO super-packet in the room left before them
    // (writeDatagrams, writeInterface).
    const size_t head = segment && ingress == 0 && m_tunVnet ? gso::kVnetLen : 0;
    const size_t off = m_pending.grow(head + packet.size()) + head;
    std::memcpy(m_pending.at(off), packet.data(), packet.size());
    m_pending.items.push_back({off, packet.size(), uint16_t(segment), false, ingress, segment != 0});
    wake();
}

void Engine::writeToClientNow(int ingress, std::span<uint8_t> packet, size_t segment)
{
    static_assert(kClientRoom >= gso::kVnetLen);
    if (ingress != 0) {
        writeInterface({0, packet.size(), uint16_t(segment), false, ingress, segment != 0}, packet);
    } else if (!m_tun) {
        stats().drop(Drop::WriteFailed);
    } else if (segment) {
        writeDatagrams(segment, packet);
    } else {
        writeTun(packet);
    }
}

void Engine::writeDatagrams(size_t segment, std::span<uint8_t> packet)
{
    flushCoalesced();
    auto p = parse(packet, false);
    if (!p) { // crafted here: cannot happen
        stats().drop(Drop::BadHeader);
        return;
    }
    if (m_tunVnet && m_usoOut) {
        if (const auto h = gso::makeUdpSuper(*p, segment)) {
            const std::span<uint8_t> whole{packet.data() - gso::kVnetLen, gso::kVnetLen + packet.size()};
            gso::writeHeader(whole, *h);
            if (::write(m_tun.get(), whole.data(), whole.size()) == ssize_t(whole.size())) {
                countOut(packet.size(), true);
                return;
            }
            if (errno != EINVAL) {
                stats().drop(Drop::WriteFailed);
                return;
            }
            m_usoOut = false;
            CLOG_INFO(Tun) << "the TUN takes no UDP segmentation offload (Linux before 6.2): datagrams are cut here";
        }
    }
    if (!gso::splitUdp(*p, segment, m_split, [this](std::span<uint8_t> d) { writeTun(d); }))
        writeTun(packet);
}

void Engine::writeInterface(const OutQueue::Item &item, std::span<uint8_t> packet)
{
    auto send = [&](std::span<const uint8_t> piece) {
        if (m_packet.send(item.ingress, piece))
            countOut(piece.size(), false);
        else
            stats().drop(Drop::WriteFailed);
    };
    if (item.datagrams) {
        if (auto p = parse(packet, false); !p || !gso::splitUdp(*p, item.mss, m_split, send))
            send(packet);
        return;
    }
    // lwIP's large segments (TcpFlow::attach) go whole where the interface
    // takes GSO from us, else they are cut to the flow's MSS here: the raw
    // IP socket takes no more than the interface's MTU.
    if (item.mss != 0 && packet.size() > size_t(item.mss) + 40) {
        if (auto p = parse(packet, false); p && p->payloadLen() > item.mss) {
            if (m_packet.sendSuper(item.ingress, *p, item.mss)) {
                countOut(p->len, true);
                return;
            }
            // (Not sent, perhaps made a super-packet already: the pieces
            // get their lengths and checksums computed anew.)
            if (gso::splitTcp(*p, item.mss, m_split, send))
                return;
        }
    }
    send(packet);
}

void Engine::stackOutput(const pbuf *q)
{
    // Copied once, straight into the queue for the TUN, and rewritten there;
    // with the TUN's offloads, after room for a virtio_net_hdr, so that a
    // large segment is written from here as it is (writePending).
    const size_t head = m_tunVnet ? gso::kVnetLen : 0;
    const size_t off = m_pending.grow(head + q->tot_len) + head;
    std::span<uint8_t> buf{m_pending.at(off), q->tot_len};
    pbuf_copy_partial(q, buf.data(), q->tot_len, 0);
    auto p = parse(buf, false);
    Flow *f = p && p->proto == kProtoTcp ? m_table.findFake(p->dst) : nullptr;
    if (!f || p->src != stack().listener(p->src.addr.family)) {
        m_pending.shrink(off - head);
        stats().drop(Drop::StackForeign);
        return;
    }
    rewrite(*p, f->key.dst, f->key.client);
    ++f->packets;
    ++f->packetsDown;
    // lwIP's netif MTU is 64 KiB (it must not fragment its large segments):
    // the MSS it offers clients is clamped to theirs here.
    if (p->tcpFlags & kTcpSyn)
        clampMss(*p, stack().mssFor(p->version));
    // lwIP copied the data unsummed (UnsummedCopy): the checksum is made
    // here, unless the segment leaves as a super-packet, whose checksum
    // becomes partial (writePending) or whose pieces are summed as they are
    // cut (writeInterface).
    if (p->payloadLen() != 0 && !checksumMadeLater(*p, *f))
        gso::fillTcpChecksum(*p);
    if (f->ingress != 0) {
        m_pending.shrink(off + p->len);
        m_pending.items.push_back({off, p->len, f->mss, false, f->ingress});
        wake();
        return;
    }
    if (!m_tun) {
        m_pending.shrink(off - head);
        stats().drop(Drop::WriteFailed);
        return;
    }
    m_pending.shrink(off + p->len);
    m_pending.items.push_back({off, p->len, f->mss, m_tunVnet, 0});
    wake(); // lwIP's timer thread (retransmits, delayed ACKs)
}

bool Engine::checksumMadeLater(const Packet &p, const Flow &f) const
{
    if (f.ingress != 0)
        return f.mss != 0 && p.payloadLen() > f.mss; // GSO or cut up (writeInterface)
    return m_tunVnet && gso::superable(p, f.mss);   // GSO (writePending)
}

int Engine::accept(tcp_pcb *pcb, const Endpoint &remote)
{
    auto *f = static_cast<TcpFlow *>(m_table.findFake(remote));
    if (!f || f->dead || f->phase() != TcpFlow::Phase::Handshake) {
        tcp_abort(pcb);
        return ERR_ABRT;
    }
    f->attach(pcb);
    return ERR_OK;
}

void Engine::handOver(int ingress, std::span<const uint8_t> packet, size_t datagramSize, bool checksumTrusted)
{
    if (m_inbox.items.size() >= kInboxPackets || m_inbox.size() + packet.size() > kInboxBytes) {
        stats().drop(Drop::InboxFull);
        return;
    }
    const size_t off = m_inbox.grow(packet.size());
    std::memcpy(m_inbox.at(off), packet.data(), packet.size());
    m_inbox.items.push_back({off, packet.size(), uint16_t(datagramSize), false, ingress, false, checksumTrusted});
    ++m_handedOver;
    wake();
}

void Engine::drainInbox()
{
    if (m_inbox.items.empty())
        return;
    std::swap(m_inbox, m_inboxTaken);
    // (The inbox's mss: a UDP super-packet's datagram size.)
    for (const OutQueue::Item &item : m_inboxTaken.items)
        handlePacket(item.ingress, {m_inboxTaken.at(item.off), item.len}, item.checksumTrusted, item.mss, true);
    m_inboxTaken.clear();
}

} // namespace byway::capture
