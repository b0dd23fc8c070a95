// SPDX-License-Identifier: GPL-3.0-or-later
// UdpFlow's reads from its exit (for SOCKS5, from the relay) and their way
// to the client: on the owner's thread with the lock released once the flow
// is ready (onEventsUnlocked), else under it (onEvents).
#include "capture/craft.h"
#include "capture/log.h"
#include "capture/socks5.h"
#include "capture/udpforwarder.h"
#include "capture/udpoutbox.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>

#include <netinet/in.h>
#include <netinet/udp.h>
#include <sys/socket.h>

namespace byway::capture {

namespace {
// Datagrams read per recvmmsg, a slot each: a datagram, or with UDP_GRO
// up to 64 KiB of them (IPv6's limit is 65527 bytes of payload).
constexpr size_t kMaxBatch = FlowHost::kScratchSlots;
constexpr size_t kSlot = FlowHost::kScratchSlot;
// Left before each datagram read with the lock released (onEventsUnlocked):
// its IP and UDP headers and a virtio_net_hdr are written there.
constexpr size_t kRoom = craft::kUdpHeadersMax + FlowHost::kClientRoom;

// linux/udp.h's, which glibc's netinet/udp.h has only from 2.35 on.
#ifndef UDP_GRO
constexpr int UDP_GRO = 104;
#endif
} // namespace

template <typename Run>
bool UdpFlow::readExit(std::span<uint8_t> buf, size_t room, Run &&run)
{
    // Up to 64 datagrams per event, a batch per recvmmsg, a slot each.
    const size_t stride = room + kSlot;
    const size_t batch = std::min(kMaxBatch, buf.size() / stride);
    std::array<mmsghdr, kMaxBatch> msgs;
    std::array<iovec, kMaxBatch> iov;
    // UDP_GRO's segment size, one control message per read.
    union Control {
        char buf[CMSG_SPACE(sizeof(int))];
        cmsghdr align;
    };
    std::array<Control, kMaxBatch> control;
    bool wasRefused = false;
    for (size_t got = 0; batch && got < 64;) {
        for (size_t i = 0; i < batch; ++i) {
            iov[i] = {buf.data() + i * stride + room, kSlot};
            msgs[i] = {};
            msgs[i].msg_hdr.msg_iov = &iov[i];
            msgs[i].msg_hdr.msg_iovlen = 1;
            msgs[i].msg_hdr.msg_control = control[i].buf;
            msgs[i].msg_hdr.msg_controllen = sizeof control[i].buf;
        }
        // < 0: nothing queued, or ECONNREFUSED (an ICMP port unreachable
        // came back to a direct exit's connected socket: for the caller to
        // pass on; a SOCKS5 relay's refusal says nothing of the server).
        // The error is reported once; what is queued behind it is read on.
        const int n = ::recvmmsg(m_sock.get(), msgs.data(), unsigned(batch), MSG_DONTWAIT, nullptr);
        if (n < 0 && errno == ECONNREFUSED && !viaSocks() && !wasRefused) {
            wasRefused = true;
            continue;
        }
        if (n <= 0)
            break;
        auto groSegment = [&](size_t i) {
            int segment = 0;
            for (cmsghdr *c = CMSG_FIRSTHDR(&msgs[i].msg_hdr); c; c = CMSG_NXTHDR(&msgs[i].msg_hdr, c))
                if (c->cmsg_level == SOL_UDP && c->cmsg_type == UDP_GRO && c->cmsg_len >= CMSG_LEN(sizeof(int)))
                    std::memcpy(&segment, CMSG_DATA(c), sizeof segment);
            return segment > 0 && msgs[i].msg_len > unsigned(segment) ? size_t(segment) : 0;
        };
        for (size_t i = 0; i < size_t(n);) {
            const std::span<uint8_t> read{static_cast<uint8_t *>(iov[i].iov_base), msgs[i].msg_len};
            if (const size_t segment = groSegment(i)) {
                run(read, segment);
                ++i;
                continue;
            }
            // Datagrams read one by one (a sender that does not batch, an
            // exit without GRO): a run of equal-sized ones (the last no
            // longer) moved together and sent on as GRO would have read
            // them, one packet to the client instead of each.
            size_t j = i + 1, total = read.size();
            if (joinable() && !read.empty())
                while (j < size_t(n) && !groSegment(j) && msgs[j - 1].msg_len == read.size() && msgs[j].msg_len > 0
                       && msgs[j].msg_len <= read.size() && j - i < UdpOutbox::kMaxSegments
                       && total + msgs[j].msg_len <= UdpOutbox::kMaxJoinedBytes) {
                    // Slot j starts at or after where the run ends: each datagram fits its slot.
                    std::memmove(read.data() + total, iov[j].iov_base, msgs[j].msg_len);
                    total += msgs[j].msg_len;
                    ++j;
                }
            if (j - i > 1) {
                run(std::span<uint8_t>{read.data(), total}, read.size());
                Stats::count(m_host.stats().udpJoinedDown, int64_t(j - i));
            } else {
                run(read, 0);
            }
            i = j;
        }
        got += size_t(n);
        if (size_t(n) < batch)
            break;
    }
    return wasRefused;
}

void UdpFlow::refused(bool now)
{
    // Quoting what the client sent: its IP header and the UDP header, from
    // its port to the server's (the client's kernel finds its socket by them).
    std::array<uint8_t, 48> quoted{};
    const size_t q = craft::udp(quoted, key.client, key.dst, {});
    std::array<uint8_t, FlowHost::kClientRoom + 128> buf{};
    auto p = parse({quoted.data(), q}, false);
    const size_t n = p ? craft::unreachable(std::span<uint8_t>{buf}.subspan(FlowHost::kClientRoom), *p,
                                            craft::Unreachable::Port)
                       : 0;
    if (!n)
        return;
    const std::span<uint8_t> packet{buf.data() + FlowHost::kClientRoom, n};
    CLOG_DEBUG(Forwarder).noquote() << "udp flow" << id << "refused by" << key.dst.toString();
    if (now)
        m_host.writeToClientNow(ingress, packet, 0);
    else
        m_host.sendToClient(ingress, packet);
}

void UdpFlow::onEvents(uint32_t)
{
    if (dead)
        return;
    if (readExit(m_host.scratch(), kRoom, [this](std::span<uint8_t> payload, size_t segment) { deliver(payload, segment, false); }))
        refused(false);
    applyIo();
}

bool UdpFlow::onEventsUnlocked(uint32_t)
{
    // The owner's thread: m_ready and m_sock change only on it. (A flow that
    // another thread killed meanwhile delivers what it reads now, as it
    // would have a moment before.)
    const auto space = m_host.receiveSpace();
    if (!m_ready || space.size() < kRoom + kSlot)
        return false;
    if (readExit(space, kRoom, [this](std::span<uint8_t> payload, size_t segment) { deliver(payload, segment, true); }))
        refused(true);
    if (m_ioPackets && !m_ioQueued) {
        m_ioQueued = true;
        m_host.ioDone(this);
    }
    return true;
}

void UdpFlow::applyIo()
{
    if (m_ioPackets)
        lastMs = m_host.now();
    bytesDown += m_ioBytes;
    packets += m_ioPackets;
    packetsDown += m_ioPackets;
    m_ioBytes = m_ioPackets = 0;
    m_ioQueued = false;
}

void UdpFlow::deliver(std::span<uint8_t> payload, size_t segment, bool now)
{
    if (viaSocks()) {
        // Only what the relay says came from this flow's destination.
        const auto d = socks5::decapsulate(payload);
        if (!d || d->source != key.dst)
            return;
        payload = payload.subspan(size_t(d->payload.data() - payload.data()), d->payload.size());
    }
    // The IP and UDP headers in the room before the payload (kRoom of it at
    // least), the virtio_net_hdr's room before them; a single datagram
    // summed, a run's checksums left to where it is cut (gso.h). Written at
    // once, or (the lock held) queued for the worker to write after it.
    auto write = [&](std::span<uint8_t> p, size_t seg) {
        const std::span<uint8_t> around{p.data() - kRoom, kRoom + p.size()};
        const size_t start = craft::udpBefore(around, kRoom, key.dst, key.client, seg == 0);
        if (start == SIZE_MAX)
            return false;
        const auto packet = around.subspan(start);
        if (now)
            m_host.writeToClientNow(ingress, packet, seg);
        else if (seg)
            m_host.sendDatagramsToClient(ingress, packet, seg);
        else
            m_host.sendToClient(ingress, packet);
        return true;
    };
    if (segment == 0 || write(payload, segment)) {
        if (segment == 0 && !write(payload, 0))
            return;
        m_ioBytes += payload.size();
        m_ioPackets += segment ? (payload.size() + segment - 1) / segment : 1;
        return;
    }
    // Too long for one IP packet (IPv6 near 64 KiB): datagram by datagram,
    // each one's headers over the end of the one before it, handed on already.
    for (size_t off = 0; off < payload.size(); off += segment) {
        const auto d = payload.subspan(off, std::min(segment, payload.size() - off));
        if (write(d, 0)) {
            m_ioBytes += d.size();
            ++m_ioPackets;
        }
    }
}

} // namespace byway::capture
