// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/craft.h"

#include "capture/checksum.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace byway::capture::craft {

namespace {

// Writes the IP header for `l4len` bytes of `proto`; returns its length.
size_t ipHeader(uint8_t *out, const Addr &src, const Addr &dst, uint8_t proto, size_t l4len)
{
    if (src.family == 4) {
        std::memset(out, 0, 20);
        out[0] = 0x45;
        csum::store16(out + 2, uint16_t(20 + l4len));
        out[6] = 0x40; // DF
        out[8] = 64;
        out[9] = proto;
        std::memcpy(out + 12, src.b.data(), 4);
        std::memcpy(out + 16, dst.b.data(), 4);
        csum::store16(out + 10, csum::finish(csum::add({out, 20})));
        return 20;
    }
    std::memset(out, 0, 40);
    out[0] = 0x60;
    csum::store16(out + 4, uint16_t(l4len));
    out[6] = proto;
    out[7] = 64;
    std::memcpy(out + 8, src.b.data(), 16);
    std::memcpy(out + 24, dst.b.data(), 16);
    return 40;
}

size_t ipHeaderLen(const Addr &a) { return a.family == 4 ? 20 : 40; }

} // namespace

size_t udp(std::span<uint8_t> out, const Endpoint &src, const Endpoint &dst, std::span<const uint8_t> payload, bool sum)
{
    const size_t head = ipHeaderLen(src.addr) + 8;
    if (head + payload.size() > out.size())
        return 0;
    if (!payload.empty()) // an empty span may carry a null pointer: memcpy must not see it
        std::memcpy(out.data() + head, payload.data(), payload.size());
    const size_t start = udpBefore(out.first(head + payload.size()), head, src, dst, sum);
    return start == SIZE_MAX ? 0 : head + payload.size();
}

size_t udpBefore(std::span<uint8_t> buf, size_t payloadOff, const Endpoint &src, const Endpoint &dst, bool sum)
{
    const size_t hl = ipHeaderLen(src.addr);
    if (payloadOff < hl + 8 || payloadOff > buf.size())
        return SIZE_MAX;
    const size_t l4len = 8 + (buf.size() - payloadOff);
    if (l4len > 0xffff - hl)
        return SIZE_MAX;
    const size_t start = payloadOff - 8 - hl;
    uint8_t *p = buf.data() + start;
    ipHeader(p, src.addr, dst.addr, kProtoUdp, l4len);
    uint8_t *u = p + hl;
    csum::store16(u, src.port);
    csum::store16(u + 2, dst.port);
    csum::store16(u + 4, uint16_t(l4len));
    csum::store16(u + 6, 0);
    if (sum) {
        const uint16_t c = csum::finish(csum::add({u, l4len}, csum::pseudo(src.addr.bytes(), dst.addr.bytes(), kProtoUdp, uint32_t(l4len))));
        csum::store16(u + 6, c == 0 ? 0xffff : c);
    }
    return start;
}

size_t icmp(std::span<uint8_t> out, const Addr &src, const Addr &dst, std::span<const uint8_t> msg)
{
    const size_t hl = ipHeaderLen(src);
    if (msg.size() < 8 || hl + msg.size() > out.size() || msg.size() > 0xffff - hl)
        return 0;
    const uint8_t proto = src.family == 4 ? kProtoIcmp : kProtoIcmp6;
    uint8_t *p = out.data();
    ipHeader(p, src, dst, proto, msg.size());
    uint8_t *m = p + hl;
    std::memcpy(m, msg.data(), msg.size());
    csum::store16(m + 2, 0);
    const uint32_t start = src.family == 4 ? 0 : csum::pseudo(src.bytes(), dst.bytes(), proto, uint32_t(msg.size()));
    csum::store16(m + 2, csum::finish(csum::add({m, msg.size()}, start)));
    return hl + msg.size();
}

size_t unreachable(std::span<uint8_t> out, const Packet &o, Unreachable why)
{
    const bool v4 = o.version == 4;
    // v4: net 0, host 1, port 3; v6: no route 0, address 3, port 4.
    static constexpr uint8_t kCodes4[] = {0, 1, 3}, kCodes6[] = {0, 3, 4};
    const size_t quote = std::min(o.len, v4 ? o.l4off + 8 : size_t(1280 - 40 - 8));
    std::array<uint8_t, 1280> msg{};
    msg[0] = v4 ? 3 : 1;
    msg[1] = (v4 ? kCodes4 : kCodes6)[size_t(why)];
    std::memcpy(msg.data() + 8, o.data, quote);
    return icmp(out, o.dst.addr, o.src.addr, {msg.data(), 8 + quote});
}

size_t tcpReset(std::span<uint8_t> out, const Packet &r)
{
    const size_t hl = ipHeaderLen(r.src.addr);
    if (hl + 20 > out.size())
        return 0;
    uint8_t *p = out.data();
    ipHeader(p, r.dst.addr, r.src.addr, kProtoTcp, 20);
    uint8_t *t = p + hl;
    std::memset(t, 0, 20);
    csum::store16(t, r.dst.port);
    csum::store16(t + 2, r.src.port);
    // RFC 793: answer an ACK with seq = its ack; anything else with
    // seq 0 and ack = seq + length of the segment (SYN/FIN count one).
    uint32_t seq = 0, ack = 0;
    uint8_t flags = kTcpRst;
    if (r.tcpFlags & kTcpAck) {
        seq = r.tcpAck;
    } else {
        ack = r.tcpSeq + uint32_t(r.payloadLen()) + ((r.tcpFlags & kTcpSyn) ? 1 : 0) + ((r.tcpFlags & kTcpFin) ? 1 : 0);
        flags |= kTcpAck;
    }
    for (int i = 0; i < 4; ++i) {
        t[4 + i] = uint8_t(seq >> (24 - 8 * i));
        t[8 + i] = uint8_t(ack >> (24 - 8 * i));
    }
    t[12] = 5 << 4;
    t[13] = flags;
    csum::store16(t + 16, csum::finish(csum::add({t, 20}, csum::pseudo(r.dst.addr.bytes(), r.src.addr.bytes(), kProtoTcp, 20))));
    return hl + 20;
}

} // namespace byway::capture::craft
