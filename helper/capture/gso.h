// SPDX-License-Identifier: GPL-3.0-or-later
// TUN offloads (IFF_VNET_HDR + TUNSETOFFLOAD): every packet across the TUN
// carries a virtio_net_hdr. The kernel then hands over TCP super-packets of
// up to 64 KiB with the L4 checksum left partial (one read instead of ~45),
// and takes super-packets back: lwIP's MSS-sized output is coalesced here
// (one write instead of ~45), and the kernel cuts them up again only where a
// device on the way needs it. Per-packet syscalls were what bounded the
// capture's throughput (docs/benchmarks.md, Capture).
#pragma once

#include "capture/memory.h"
#include "capture/packet.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace byway::capture::gso {

// struct virtio_net_hdr as the TUN exchanges it: host byte order (the TUN
// is in legacy/native mode unless TUNSETVNETLE/BE is set, which we never do).
struct VnetHeader {
    uint8_t flags = 0;
    uint8_t gsoType = 0;
    uint16_t hdrLen = 0;
    uint16_t gsoSize = 0;
    uint16_t csumStart = 0;
    uint16_t csumOffset = 0;
};
static_assert(sizeof(VnetHeader) == 10, "virtio_net_hdr is 10 bytes");
inline constexpr size_t kVnetLen = sizeof(VnetHeader);

enum : uint8_t { kNeedsCsum = 1, kDataValid = 2 };
// kGsoUdp is UFO (IP fragmentation, long gone); kGsoUdpL4 cuts a UDP
// packet into datagrams of gsoSize payload bytes (USO, Linux 6.2+ on a TUN).
enum : uint8_t { kGsoNone = 0, kGsoTcpV4 = 1, kGsoUdp = 3, kGsoTcpV6 = 4, kGsoUdpL4 = 5, kGsoEcn = 0x80 };

// The largest packet lwIP takes in one pbuf (u16 lengths); an IPv6
// super-packet can be 65536 bytes and is split before it goes in.
inline constexpr size_t kMaxStackPacket = 0xffff;

[[nodiscard]] VnetHeader readHeader(std::span<const uint8_t> bytes); // bytes.size() >= kVnetLen
void writeHeader(std::span<uint8_t> bytes, const VnetHeader &h);

// Completes a partial checksum (VIRTIO_NET_HDR_F_NEEDS_CSUM, AF_PACKET's
// TP_STATUS_CSUMNOTREADY): the 16-bit field at start + offset holds the
// folded pseudo-header sum; the complement of the sum from `start` to the
// end of the packet replaces it. false when the offsets lie outside.
[[nodiscard]] bool completeChecksum(std::span<uint8_t> packet, size_t start, size_t offset);

// Whether a partial checksum (start, offset from the virtio_net_hdr) is
// that of a TCP segment without SYN or of a UDP datagram, where the packet
// says it is: such a packet from the kernel need not be completed
// (Packet::checksumTrusted).
[[nodiscard]] bool vouchable(std::span<const uint8_t> packet, size_t start, size_t offset);

// Where the L4 checksum of a TCP or UDP packet starts and sits, read from
// the IP header (AF_PACKET says "partial" but gives no offsets). false for
// other protocols or headers that do not parse.
[[nodiscard]] bool checksumLocation(std::span<const uint8_t> packet, size_t &start, size_t &offset);

// Cuts a parsed TCP packet into packets of at most `maxPayload` payload
// bytes, the way the kernel's TCP segmentation does: headers copied, IP
// length and (IPv4) id and header checksum per piece, sequence numbers
// advanced, FIN/PSH only on the last piece and CWR only on the first, each
// TCP checksum computed in full. `sink` gets each piece (valid during the
// call). false when there is nothing to split (no payload, maxPayload 0).
bool splitTcp(const Packet &p, size_t maxPayload, std::vector<uint8_t> &scratch,
              const std::function<void(std::span<uint8_t>)> &sink);

// One TCP segment larger than `wireMss` (lwIP with a raised MSS) made a
// GSO super-packet in place (IP length, partial TCP checksum); its
// virtio_net_hdr, with offsets from the IP header. nullopt (nothing
// changed) when the kernel's segmentation would not restore it exactly
// (SYN, RST, URG, no payload) or it is not larger than `wireMss`.
[[nodiscard]] std::optional<VnetHeader> makeSuper(const Packet &p, size_t wireMss);
// Whether makeSuper() makes `p` a super-packet (and its checksum partial).
[[nodiscard]] bool superable(const Packet &p, size_t wireMss);

// Computes `p`'s TCP checksum in full (pseudo-header, header, payload).
void fillTcpChecksum(const Packet &p);

// The same where it lies, without a copy: `headroom` is the kVnetLen
// bytes right before p.data, where its virtio_net_hdr goes; the TCP
// checksum becomes partial. The header and packet, ready for one write();
// empty (nothing changed) when the segment is not one the kernel's
// segmentation restores exactly or is not larger than `wireMss`.
[[nodiscard]] std::span<const uint8_t> superPacketInPlace(const Packet &p, std::span<uint8_t> headroom, size_t wireMss);

// A UDP packet whose payload is several datagrams of `segment` bytes (the
// last may be shorter), as a socket with UDP_GRO reads them, made a USO
// super-packet in place: UDP length over all of it, checksum partial; its
// virtio_net_hdr. The kernel cuts it into one datagram per segment, each
// with its own lengths and checksum. nullopt (nothing changed) when it is
// not UDP or holds no more than one segment.
[[nodiscard]] std::optional<VnetHeader> makeUdpSuper(const Packet &p, size_t segment);

// The same cut done here (no USO on the way out): headers copied, IP
// length, (IPv4) id and header checksum, UDP length and full checksum per
// datagram. `sink` gets each (valid during the call). false when there is
// nothing to cut (not UDP, no payload, segment 0).
bool splitUdp(const Packet &p, size_t segment, std::vector<uint8_t> &scratch,
              const std::function<void(std::span<uint8_t>)> &sink);

// Joins consecutive TCP segments of one connection into one super-packet
// with a virtio_net_hdr asking the kernel for TCP segmentation. Only what
// the kernel's segmentation restores exactly is joined: the same IP and TCP
// header up to the sequence number (addresses, ports, ACK, window, options,
// TTL), contiguous sequence numbers, every segment but the last of the first
// one's size, PSH/FIN only on the last.
class TcpCoalescer {
public:
    explicit TcpCoalescer(size_t maxPacket = kMaxStackPacket);

    // Adds `p` (a parsed TCP segment with exact checksums) to the pending
    // super-packet, or starts one when none is pending. false when `p` does
    // not continue the pending one (write take(), then call again) or can
    // never be joined (no payload, SYN/RST/URG): send it as it is.
    // `wireMss`: the connection's segment size towards the client; a segment
    // larger than that (lwIP with a raised MSS) goes alone, cut up by the
    // kernel into segments of that size.
    [[nodiscard]] bool append(const Packet &p, size_t wireMss = 0);
    [[nodiscard]] bool empty() const { return m_segments == 0; }
    // Nothing can follow any more (short or PSH/FIN segment, or full).
    [[nodiscard]] bool closed() const { return m_closed; }
    [[nodiscard]] int segments() const { return m_segments; }
    // The pending packet behind its virtio_net_hdr, ready for one write();
    // the coalescer is empty afterwards. One wire segment goes out as it
    // came (flags 0, checksums exact); more as GSO with a partial sum.
    [[nodiscard]] std::span<const uint8_t> take();

private:
    [[nodiscard]] bool continues(const Packet &p) const;

    ByteBuffer m_buf; // kVnetLen + packet
    size_t m_maxPacket;
    size_t m_len = 0;           // packet bytes in m_buf after the header
    size_t m_l4off = 0, m_payloadOff = 0;
    size_t m_gsoSize = 0, m_lastPayload = 0;
    uint32_t m_nextSeq = 0;
    uint8_t m_version = 4;
    int m_segments = 0;
    bool m_closed = false;
};

} // namespace byway::capture::gso
