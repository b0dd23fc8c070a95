// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/packet.h"

#include "capture/checksum.h"

#include "capture/spec.h"

#include <cstring>

#include <arpa/inet.h>

namespace byway::capture {

Addr Addr::v4(uint32_t h)
{
    Addr a;
    a.b[0] = uint8_t(h >> 24);
    a.b[1] = uint8_t(h >> 16);
    a.b[2] = uint8_t(h >> 8);
    a.b[3] = uint8_t(h);
    return a;
}

std::string Addr::toString() const
{
    char buf[INET6_ADDRSTRLEN];
    if (!inet_ntop(family == 4 ? AF_INET : AF_INET6, b.data(), buf, sizeof buf))
        return {};
    return buf;
}

std::optional<Addr> Addr::parse(std::string_view text)
{
    if (text.empty() || text.size() >= INET6_ADDRSTRLEN)
        return std::nullopt;
    const std::string z(text);
    Addr a;
    if (inet_pton(AF_INET, z.c_str(), a.b.data()) == 1)
        return a;
    a.family = 6;
    if (inet_pton(AF_INET6, z.c_str(), a.b.data()) == 1)
        return a;
    return std::nullopt;
}

std::string Endpoint::toString() const
{
    const std::string port_ = std::to_string(port);
    return addr.family == 4 ? addr.toString() + ':' + port_ : '[' + addr.toString() + "]:" + port_;
}

bool PrefixSpec::contains(const Addr &a) const
{
    if (!isValid() || a.family != address.family)
        return false;
    int bits = length;
    for (size_t i = 0; i < a.size() && bits > 0; ++i, bits -= 8) {
        const uint8_t mask = bits >= 8 ? 0xff : uint8_t(0xff << (8 - bits));
        if ((a.b[i] & mask) != (address.b[i] & mask))
            return false;
    }
    return true;
}

std::optional<PrefixSpec> PrefixSpec::parse(std::string_view text)
{
    const size_t slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const auto a = Addr::parse(text.substr(0, slash));
    const std::string_view len = text.substr(slash + 1);
    if (!a || len.empty() || len.size() > 3)
        return std::nullopt;
    int n = 0;
    for (const char c : len) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n > int(a->size()) * 8)
        return std::nullopt;
    return PrefixSpec{*a, n};
}

const char *parseErrorName(ParseError e)
{
    switch (e) {
    case ParseError::Truncated: return "truncated";
    case ParseError::BadVersion: return "bad_version";
    case ParseError::BadHeader: return "bad_header";
    case ParseError::BadLength: return "bad_length";
    case ParseError::BadChecksum: return "bad_checksum";
    case ParseError::Fragment: return "fragment";
    case ParseError::Unsupported: return "unsupported_protocol";
    }
    return "unknown";
}

namespace {

uint32_t l4Pseudo(const Packet &p)
{
    return csum::pseudo(p.src.addr.bytes(), p.dst.addr.bytes(), p.proto, uint32_t(p.l4len()));
}

std::expected<void, ParseError> parseL4(Packet &p, bool verify)
{
    const uint8_t *l4 = p.data + p.l4off;
    const size_t n = p.l4len();
    switch (p.proto) {
    case kProtoTcp: {
        if (n < 20)
            return std::unexpected(ParseError::Truncated);
        const size_t doff = size_t(l4[12] >> 4) * 4;
        if (doff < 20 || doff > n)
            return std::unexpected(ParseError::BadHeader);
        p.src.port = csum::load16(l4);
        p.dst.port = csum::load16(l4 + 2);
        p.tcpSeq = uint32_t(l4[4]) << 24 | l4[5] << 16 | l4[6] << 8 | l4[7];
        p.tcpAck = uint32_t(l4[8]) << 24 | l4[9] << 16 | l4[10] << 8 | l4[11];
        p.tcpFlags = l4[13];
        p.payloadOff = p.l4off + doff;
        break;
    }
    case kProtoUdp: {
        if (n < 8)
            return std::unexpected(ParseError::Truncated);
        const size_t ulen = csum::load16(l4 + 4);
        if (ulen < 8 || ulen > n)
            return std::unexpected(ParseError::BadLength);
        p.len = p.l4off + ulen;
        p.src.port = csum::load16(l4);
        p.dst.port = csum::load16(l4 + 2);
        p.payloadOff = p.l4off + 8;
        if (p.version == 4 && csum::load16(l4 + 6) == 0)
            verify = false; // IPv4 UDP may carry no checksum
        break;
    }
    case kProtoIcmp:
    case kProtoIcmp6: {
        if (n < 8)
            return std::unexpected(ParseError::Truncated);
        if ((p.proto == kProtoIcmp) != (p.version == 4))
            return std::unexpected(ParseError::Unsupported);
        p.icmpType = l4[0];
        p.icmpCode = l4[1];
        p.src.port = p.dst.port = csum::load16(l4 + 4); // echo identifier
        p.payloadOff = p.l4off + 8;
        break;
    }
    default:
        return std::unexpected(ParseError::Unsupported);
    }
    if (verify) {
        const uint32_t start = p.proto == kProtoIcmp ? 0 : l4Pseudo(p);
        if (csum::finish(csum::add({l4, p.l4len()}, start)) != 0)
            return std::unexpected(ParseError::BadChecksum);
    }
    return {};
}

} // namespace

std::expected<Packet, ParseError> parse(std::span<uint8_t> buf, bool verifyL4)
{
    Packet p;
    p.data = buf.data();
    if (buf.empty())
        return std::unexpected(ParseError::Truncated);
    p.version = buf[0] >> 4;
    if (p.version == 4) {
        if (buf.size() < 20)
            return std::unexpected(ParseError::Truncated);
        const size_t ihl = size_t(buf[0] & 0x0f) * 4;
        const size_t total = csum::load16(&buf[2]);
        if (ihl < 20 || ihl > total)
            return std::unexpected(ParseError::BadHeader);
        if (total > buf.size())
            return std::unexpected(ParseError::BadLength);
        if (csum::finish(csum::add(buf.first(ihl))) != 0)
            return std::unexpected(ParseError::BadChecksum);
        // MF set or a non-zero offset: the kernel reassembles for local
        // delivery only, forwarded fragments reach us as they are.
        if ((csum::load16(&buf[6]) & 0x3fff) != 0)
            return std::unexpected(ParseError::Fragment);
        p.len = total;
        p.proto = buf[9];
        p.l4off = ihl;
        std::memcpy(p.src.addr.b.data(), &buf[12], 4);
        std::memcpy(p.dst.addr.b.data(), &buf[16], 4);
    } else if (p.version == 6) {
        if (buf.size() < 40)
            return std::unexpected(ParseError::Truncated);
        const size_t total = 40 + size_t(csum::load16(&buf[4]));
        if (total > buf.size())
            return std::unexpected(ParseError::BadLength);
        p.len = total;
        p.proto = buf[6]; // extension headers are not followed: counted unsupported
        if (p.proto == 44)
            return std::unexpected(ParseError::Fragment);
        p.l4off = 40;
        p.src.addr.family = p.dst.addr.family = 6;
        std::memcpy(p.src.addr.b.data(), &buf[8], 16);
        std::memcpy(p.dst.addr.b.data(), &buf[24], 16);
    } else {
        return std::unexpected(ParseError::BadVersion);
    }
    if (auto r = parseL4(p, verifyL4); !r)
        return std::unexpected(r.error());
    return p;
}

namespace {

std::optional<Addr> headerAddress(std::span<const uint8_t> buf, bool dst)
{
    Addr a;
    if (!buf.empty() && (buf[0] >> 4) == 4 && buf.size() >= 20) {
        std::memcpy(a.b.data(), &buf[dst ? 16 : 12], 4);
        return a;
    }
    if (!buf.empty() && (buf[0] >> 4) == 6 && buf.size() >= 40) {
        a.family = 6;
        std::memcpy(a.b.data(), &buf[dst ? 24 : 8], 16);
        return a;
    }
    return std::nullopt;
}

} // namespace

std::optional<Addr> sourceAddress(std::span<const uint8_t> buf)
{
    return headerAddress(buf, false);
}

std::optional<Addr> destinationAddress(std::span<const uint8_t> buf)
{
    return headerAddress(buf, true);
}

bool clampMss(Packet &p, uint16_t maxMss)
{
    if (p.proto != kProtoTcp || !(p.tcpFlags & kTcpSyn))
        return false;
    uint8_t *l4 = p.data + p.l4off;
    const size_t end = p.payloadOff - p.l4off; // parse() checked the data offset
    for (size_t i = 20; i < end;) {
        const uint8_t kind = l4[i];
        if (kind == 0) // end of options
            break;
        if (kind == 1) { // no-op
            ++i;
            continue;
        }
        if (i + 1 >= end || l4[i + 1] < 2 || i + l4[i + 1] > end)
            break;
        if (kind == 2 && l4[i + 1] == 4) {
            const uint16_t mss = csum::load16(l4 + i + 2);
            if (mss <= maxMss)
                return false;
            if ((i & 1) == 0) {
                csum::update16(l4 + 16, mss, maxMss);
            } else {
                // The value straddles two 16-bit words; the bytes around it
                // do not change, so zeros stand in for them on both sides.
                const uint8_t before[4] = {0, uint8_t(mss >> 8), uint8_t(mss), 0};
                const uint8_t after[4] = {0, uint8_t(maxMss >> 8), uint8_t(maxMss), 0};
                csum::update(l4 + 16, before, after);
            }
            csum::store16(l4 + i + 2, maxMss);
            return true;
        }
        i += l4[i + 1];
    }
    return false;
}

void rewrite(Packet &p, const Endpoint &src, const Endpoint &dst)
{
    uint8_t *l4 = p.data + p.l4off;
    uint8_t *l4sum = nullptr;
    if (p.proto == kProtoTcp)
        l4sum = l4 + 16;
    else if (p.proto == kProtoUdp && !(p.version == 4 && csum::load16(l4 + 6) == 0))
        l4sum = l4 + 6;
    else if (p.proto == kProtoIcmp || p.proto == kProtoIcmp6)
        l4sum = l4 + 2;

    const size_t alen = p.src.addr.size();
    uint8_t *srcField = p.version == 4 ? p.data + 12 : p.data + 8;
    uint8_t *dstField = p.version == 4 ? p.data + 16 : p.data + 24;
    const bool pseudoCovered = p.proto != kProtoIcmp; // ICMPv4 has no pseudo header
    auto swapAddr = [&](uint8_t *field, const Addr &to) {
        if (std::memcmp(field, to.b.data(), alen) == 0)
            return;
        if (p.version == 4)
            csum::update(p.data + 10, {field, alen}, to.bytes());
        if (l4sum && pseudoCovered)
            csum::update(l4sum, {field, alen}, to.bytes());
        std::memcpy(field, to.b.data(), alen);
    };
    swapAddr(srcField, src.addr);
    swapAddr(dstField, dst.addr);

    if (p.proto == kProtoTcp || p.proto == kProtoUdp) {
        if (l4sum) {
            csum::update16(l4sum, p.src.port, src.port);
            csum::update16(l4sum, p.dst.port, dst.port);
        }
        csum::store16(l4, src.port);
        csum::store16(l4 + 2, dst.port);
        // A computed UDP checksum of 0 is sent as all ones (RFC 768).
        if (p.proto == kProtoUdp && l4sum && csum::load16(l4sum) == 0)
            csum::store16(l4sum, 0xffff);
    } else if (src.port != p.src.port) { // ICMP echo identifier
        csum::update16(l4sum, p.src.port, src.port);
        csum::store16(l4 + 4, src.port);
    }
    p.src = src;
    p.dst = dst;
}

} // namespace byway::capture
