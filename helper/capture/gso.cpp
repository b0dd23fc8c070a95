// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/gso.h"

#include "capture/checksum.h"

#include <algorithm>
#include <cstring>

namespace byway::capture::gso {

namespace {

inline uint32_t load32(const uint8_t *p) { return uint32_t(p[0]) << 24 | p[1] << 16 | p[2] << 8 | p[3]; }
inline void store32(uint8_t *p, uint32_t v)
{
    p[0] = uint8_t(v >> 24);
    p[1] = uint8_t(v >> 16);
    p[2] = uint8_t(v >> 8);
    p[3] = uint8_t(v);
}

constexpr uint8_t kTcpUrg = 0x20, kTcpCwr = 0x80;

// Sets the IP length fields for a packet of `total` bytes (IPv4: and the
// header checksum, which covers the length).
void setIpLength(uint8_t *ip, uint8_t version, size_t l4off, size_t total)
{
    if (version == 4) {
        csum::store16(ip + 2, uint16_t(total));
        csum::store16(ip + 10, 0);
        csum::store16(ip + 10, csum::finish(csum::add({ip, l4off})));
    } else {
        csum::store16(ip + 4, uint16_t(total - 40));
    }
}

std::span<const uint8_t> addrOf(const uint8_t *ip, uint8_t version, bool dst)
{
    if (version == 4)
        return {ip + (dst ? 16 : 12), 4};
    return {ip + (dst ? 24 : 8), 16};
}

// Piece `index` of `p` cut up the kernel's way, into `out` (room for the
// headers and `n` bytes): its headers and the payload's `n` bytes from
// `off`, its IP length and (IPv4) id, the first piece's plus `index`.
void cutPiece(uint8_t *out, const Packet &p, size_t index, size_t off, size_t n)
{
    const size_t hdr = p.payloadOff;
    std::memcpy(out, p.data, hdr);
    std::memcpy(out + hdr, p.data + hdr + off, n);
    if (p.version == 4)
        csum::store16(out + 4, uint16_t(csum::load16(p.data + 4) + index));
    setIpLength(out, p.version, p.l4off, hdr + n);
}

// The full L4 checksum (pseudo-header included) of the packet at `packet`,
// stored at `field` bytes into its L4 header; UDP's 0 goes out as 0xffff
// (0 means "none" there).
void storeL4Checksum(uint8_t *packet, uint8_t version, size_t l4off, size_t l4len, uint8_t proto, size_t field)
{
    uint8_t *l4 = packet + l4off;
    csum::store16(l4 + field, 0);
    const uint32_t ph = csum::pseudo(addrOf(packet, version, false), addrOf(packet, version, true), proto, uint32_t(l4len));
    const uint16_t sum = csum::finish(csum::add({l4, l4len}, ph));
    csum::store16(l4 + field, proto == kProtoUdp && sum == 0 ? 0xffff : sum);
}

// Cuts `p`'s payload (protocol `proto`) into pieces of at most `size` bytes
// the kernel's way: each piece's headers, payload, IP length and id
// (cutPiece), then `fix` for the rest of its L4 header (the piece's payload
// offset and length; it returns where the L4 checksum sits), then the L4
// checksum in full. false when there is nothing to cut.
bool cut(const Packet &p, uint8_t proto, size_t size, std::vector<uint8_t> &scratch,
         const std::function<void(std::span<uint8_t>)> &sink,
         const std::function<size_t(uint8_t *out, size_t off, size_t n)> &fix)
{
    const size_t payload = p.payloadLen();
    if (p.proto != proto || payload == 0 || size == 0)
        return false;
    const size_t hdr = p.payloadOff;
    scratch.resize(hdr + std::min(payload, size));
    size_t index = 0;
    for (size_t off = 0; off < payload; off += size, ++index) {
        const size_t n = std::min(size, payload - off);
        uint8_t *out = scratch.data();
        cutPiece(out, p, index, off, n);
        const size_t field = fix(out, off, n);
        storeL4Checksum(out, p.version, p.l4off, hdr - p.l4off + n, proto, field);
        sink({out, hdr + n});
    }
    return true;
}

} // namespace

VnetHeader readHeader(std::span<const uint8_t> b)
{
    VnetHeader h;
    std::memcpy(&h, b.data(), kVnetLen);
    return h;
}

void writeHeader(std::span<uint8_t> b, const VnetHeader &h)
{
    std::memcpy(b.data(), &h, kVnetLen);
}

bool completeChecksum(std::span<uint8_t> packet, size_t start, size_t offset)
{
    if (start >= packet.size() || offset + 2 > packet.size() - start)
        return false;
    uint8_t *field = packet.data() + start + offset;
    // The field holds the pseudo-header sum and takes part in the sum.
    csum::store16(field, csum::finish(csum::add(packet.subspan(start))));
    return true;
}

bool vouchable(std::span<const uint8_t> packet, size_t start, size_t offset)
{
    size_t s = 0, o = 0;
    if (!checksumLocation(packet, s, o) || s != start || o != offset)
        return false;
    if (o == 6)
        return true; // UDP
    return start + 14 <= packet.size() && !(packet[start + 13] & kTcpSyn);
}

bool checksumLocation(std::span<const uint8_t> packet, size_t &start, size_t &offset)
{
    if (packet.empty())
        return false;
    uint8_t proto = 0;
    if ((packet[0] >> 4) == 4 && packet.size() >= 20) {
        start = size_t(packet[0] & 0x0f) * 4;
        proto = packet[9];
    } else if ((packet[0] >> 4) == 6 && packet.size() >= 40) {
        start = 40;
        proto = packet[6];
    } else {
        return false;
    }
    if (proto == kProtoTcp)
        offset = 16;
    else if (proto == kProtoUdp)
        offset = 6;
    else
        return false;
    return start >= 20 && start + offset + 2 <= packet.size();
}

bool splitTcp(const Packet &p, size_t maxPayload, std::vector<uint8_t> &scratch,
              const std::function<void(std::span<uint8_t>)> &sink)
{
    const size_t payload = p.payloadLen();
    const uint8_t flags = p.data[p.l4off + 13];
    const uint32_t seq = load32(p.data + p.l4off + 4);
    return cut(p, kProtoTcp, maxPayload, scratch, sink, [&](uint8_t *out, size_t off, size_t n) {
        uint8_t *tcp = out + p.l4off;
        store32(tcp + 4, seq + uint32_t(off));
        uint8_t f = flags;
        if (off + n < payload)
            f &= uint8_t(~(kTcpFin | kTcpPsh));
        if (off > 0)
            f &= uint8_t(~kTcpCwr);
        tcp[13] = f;
        return size_t(16);
    });
}

std::optional<VnetHeader> makeUdpSuper(const Packet &p, size_t segment)
{
    if (p.proto != kProtoUdp || segment == 0 || segment > 0xffff || p.payloadLen() <= segment)
        return std::nullopt;
    uint8_t *udp = p.data + p.l4off;
    const size_t l4len = p.l4len();
    // What the kernel's own UDP GSO sends: length and pseudo-header sum over
    // the whole; its segmentation adjusts both per datagram.
    csum::store16(udp + 4, uint16_t(l4len));
    const uint32_t ph = csum::pseudo(addrOf(p.data, p.version, false), addrOf(p.data, p.version, true), kProtoUdp,
                                     uint32_t(l4len));
    csum::store16(udp + 6, uint16_t(~csum::finish(ph)));
    VnetHeader h;
    h.flags = kNeedsCsum;
    h.gsoType = kGsoUdpL4;
    h.hdrLen = uint16_t(p.payloadOff);
    h.gsoSize = uint16_t(segment);
    h.csumStart = uint16_t(p.l4off);
    h.csumOffset = 6;
    return h;
}

bool splitUdp(const Packet &p, size_t segment, std::vector<uint8_t> &scratch,
              const std::function<void(std::span<uint8_t>)> &sink)
{
    return cut(p, kProtoUdp, segment, scratch, sink, [&](uint8_t *out, size_t, size_t n) {
        csum::store16(out + p.l4off + 4, uint16_t(p.payloadOff - p.l4off + n));
        return size_t(6);
    });
}

TcpCoalescer::TcpCoalescer(size_t maxPacket) : m_buf(kVnetLen + maxPacket), m_maxPacket(maxPacket) {}

bool TcpCoalescer::continues(const Packet &p) const
{
    if (m_closed || p.version != m_version || p.l4off != m_l4off || p.payloadOff != m_payloadOff)
        return false;
    const uint8_t *first = m_buf.data() + kVnetLen;
    const size_t n = p.payloadLen();
    if (n > m_gsoSize || m_len + n > m_maxPacket || p.tcpSeq != m_nextSeq)
        return false;
    // IP header: all but the length, id and checksum (IPv4); IPv6 has none
    // of those past the payload length.
    if (m_version == 4) {
        if (std::memcmp(first, p.data, 2) != 0 || std::memcmp(first + 6, p.data + 6, 4) != 0
            || std::memcmp(first + 12, p.data + 12, m_l4off - 12) != 0)
            return false;
    } else if (std::memcmp(first, p.data, 4) != 0 || std::memcmp(first + 6, p.data + 6, 34) != 0) {
        return false;
    }
    // TCP header: ports, then ACK to the end of the options; the flags'
    // header-length nibble must match too (same offsets checked above).
    const uint8_t *t0 = first + m_l4off;
    const uint8_t *t1 = p.data + p.l4off;
    return std::memcmp(t0, t1, 4) == 0 && std::memcmp(t0 + 8, t1 + 8, 5) == 0
        && std::memcmp(t0 + 14, t1 + 14, 2) == 0
        && std::memcmp(t0 + 18, t1 + 18, m_payloadOff - m_l4off - 18) == 0;
}

namespace {

// A data segment the kernel's segmentation restores exactly: ACK, maybe
// PSH/FIN (they go on the last piece), no SYN, RST or URG.
bool segmentable(const Packet &p)
{
    return p.proto == kProtoTcp && p.payloadLen() != 0 && (p.tcpFlags & ~(kTcpPsh | kTcpFin)) == kTcpAck
        && !(p.tcpFlags & kTcpUrg);
}

// `pkt` (the whole IP packet, `len` bytes) as one GSO super-packet of
// `gsoSize` segments: IP length set, the TCP checksum partial (the
// pseudo-header sum with the whole L4 length, folded; the kernel sums the
// rest per segment); its virtio_net_hdr. One segment or less: unchanged,
// exact checksums, an all-zero header.
VnetHeader superPacket(uint8_t *pkt, uint8_t version, size_t l4off, size_t payloadOff, size_t len, size_t gsoSize)
{
    VnetHeader h;
    if (len - payloadOff <= gsoSize)
        return h;
    setIpLength(pkt, version, l4off, len);
    const uint32_t ph = csum::pseudo(addrOf(pkt, version, false), addrOf(pkt, version, true), kProtoTcp,
                                     uint32_t(len - l4off));
    csum::store16(pkt + l4off + 16, uint16_t(~csum::finish(ph)));
    h.flags = kNeedsCsum;
    h.gsoType = version == 4 ? kGsoTcpV4 : kGsoTcpV6;
    h.hdrLen = uint16_t(payloadOff);
    h.gsoSize = uint16_t(gsoSize);
    h.csumStart = uint16_t(l4off);
    h.csumOffset = 16;
    return h;
}

} // namespace

bool superable(const Packet &p, size_t wireMss)
{
    return wireMss != 0 && p.payloadLen() > wireMss && p.len <= kMaxStackPacket && segmentable(p);
}

std::optional<VnetHeader> makeSuper(const Packet &p, size_t wireMss)
{
    if (!superable(p, wireMss))
        return std::nullopt;
    return superPacket(p.data, p.version, p.l4off, p.payloadOff, p.len, wireMss);
}

void fillTcpChecksum(const Packet &p)
{
    storeL4Checksum(p.data, p.version, p.l4off, p.l4len(), kProtoTcp, 16);
}

std::span<const uint8_t> superPacketInPlace(const Packet &p, std::span<uint8_t> headroom, size_t wireMss)
{
    if (headroom.size() != kVnetLen || headroom.data() + kVnetLen != p.data)
        return {};
    const auto h = makeSuper(p, wireMss);
    if (!h)
        return {};
    writeHeader(headroom, *h);
    return {headroom.data(), kVnetLen + p.len};
}

bool TcpCoalescer::append(const Packet &p, size_t wireMss)
{
    const size_t n = p.payloadLen();
    if (!segmentable(p) || p.len > m_maxPacket)
        return false;
    const bool last = (p.tcpFlags & (kTcpPsh | kTcpFin)) != 0;
    uint8_t *pkt = m_buf.data() + kVnetLen;
    if (wireMss && n > wireMss) {
        if (m_segments != 0)
            return false;
        std::memcpy(pkt, p.data, p.len);
        m_len = p.len;
        m_version = p.version;
        m_l4off = p.l4off;
        m_payloadOff = p.payloadOff;
        m_gsoSize = wireMss;
        m_segments = int((n + wireMss - 1) / wireMss);
        m_closed = true;
        return true;
    }
    if (m_segments == 0) {
        std::memcpy(pkt, p.data, p.len);
        m_len = p.len;
        m_version = p.version;
        m_l4off = p.l4off;
        m_payloadOff = p.payloadOff;
        m_gsoSize = n;
        m_lastPayload = n;
        m_nextSeq = p.tcpSeq + uint32_t(n);
        m_segments = 1;
        m_closed = last || m_len + m_gsoSize > m_maxPacket;
        return true;
    }
    if (!continues(p))
        return false;
    std::memcpy(pkt + m_len, p.data + p.payloadOff, n);
    m_len += n;
    m_lastPayload = n;
    m_nextSeq += uint32_t(n);
    ++m_segments;
    // The kernel puts the super-packet's flags on its last segment only.
    pkt[m_l4off + 13] |= p.tcpFlags & (kTcpPsh | kTcpFin);
    m_closed = last || n < m_gsoSize || m_len + m_gsoSize > m_maxPacket;
    return true;
}

std::span<const uint8_t> TcpCoalescer::take()
{
    writeHeader(m_buf, superPacket(m_buf.data() + kVnetLen, m_version, m_l4off, m_payloadOff, m_len, m_gsoSize));
    const size_t total = kVnetLen + m_len;
    m_segments = 0;
    m_len = 0;
    m_closed = false;
    return {m_buf.data(), total};
}

} // namespace byway::capture::gso
