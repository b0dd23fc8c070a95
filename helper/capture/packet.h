// SPDX-License-Identifier: GPL-3.0-or-later
// Bounds-checked view of one IP packet as read from the TUN or AF_PACKET,
// and the address/port rewrite the flow table applies to it.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace byway::capture {

enum : uint8_t { kProtoIcmp = 1, kProtoTcp = 6, kProtoUdp = 17, kProtoIcmp6 = 58 };
enum : uint8_t { kTcpFin = 0x01, kTcpSyn = 0x02, kTcpRst = 0x04, kTcpPsh = 0x08, kTcpAck = 0x10 };

// An IPv4 (first 4 bytes used) or IPv6 address.
struct Addr {
    std::array<uint8_t, 16> b{};
    uint8_t family = 4; // 4 or 6
    [[nodiscard]] size_t size() const { return family == 4 ? 4 : 16; }
    [[nodiscard]] std::span<const uint8_t> bytes() const { return {b.data(), size()}; }
    [[nodiscard]] static Addr v4(uint32_t hostOrder);
    [[nodiscard]] uint32_t v4Host() const { return uint32_t(b[0]) << 24 | b[1] << 16 | b[2] << 8 | b[3]; }
    [[nodiscard]] std::string toString() const; // inet_ntop: "10.9.0.3", "fd00::1"
    // An IPv4 or IPv6 address in text; nullopt when it is not one.
    [[nodiscard]] static std::optional<Addr> parse(std::string_view text);
    friend auto operator<=>(const Addr &, const Addr &) = default;
};

struct Endpoint {
    Addr addr;
    uint16_t port = 0; // ICMP echo: the identifier
    [[nodiscard]] std::string toString() const; // "10.9.0.3:443", "[fd00::1]:443"
    friend auto operator<=>(const Endpoint &, const Endpoint &) = default;
};

// Why a packet was refused; each is a counter in the capture stats.
enum class ParseError { Truncated, BadVersion, BadHeader, BadLength, BadChecksum, Fragment, Unsupported };
[[nodiscard]] const char *parseErrorName(ParseError e);

struct Packet {
    uint8_t *data = nullptr;
    size_t len = 0;        // IP total length (trailing link padding cut off)
    uint8_t version = 4;
    uint8_t proto = 0;
    size_t l4off = 0;      // start of the TCP/UDP/ICMP header
    size_t payloadOff = 0; // start of the L4 payload
    Endpoint src, dst;
    uint8_t tcpFlags = 0;
    uint32_t tcpSeq = 0, tcpAck = 0;
    uint8_t icmpType = 0, icmpCode = 0;
    // Its TCP/UDP checksum need not be checked: computed here over these
    // very bytes (a partial checksum completed, changed since only by exact
    // incremental updates), or vouched for by the kernel that made the
    // packet (the TUN's NEEDS_CSUM on a data segment or datagram: the field
    // holds only the pseudo-header sum, and the packet never crossed a
    // wire, so the kernel itself would not verify it either). lwIP does not
    // sum it (LwipStack::input), nor does the UDP check (parse).
    bool checksumTrusted = false;
    // UDP that came as a super-packet (a client's UDP GSO through the TUN's
    // USO or an AF_PACKET interface): its payload is datagrams of this many
    // bytes, the last maybe shorter. 0: one datagram.
    size_t datagramSize = 0;
    [[nodiscard]] size_t l4len() const { return len - l4off; }
    [[nodiscard]] size_t payloadLen() const { return len - payloadOff; }
};

// `verifyL4`: also check the TCP/UDP/ICMP checksum (UDP and ICMP are
// answered by us, so a corrupt one must not be forwarded; lwIP checks TCP).
[[nodiscard]] std::expected<Packet, ParseError> parse(std::span<uint8_t> buf, bool verifyL4);

// The source (destination) address of a packet parse() may have refused:
// read from the fixed IPv4 or IPv6 header alone, none if that is not all there.
[[nodiscard]] std::optional<Addr> sourceAddress(std::span<const uint8_t> buf);
[[nodiscard]] std::optional<Addr> destinationAddress(std::span<const uint8_t> buf);

// Replaces source and destination address and port (ICMP echo: identifier)
// with incremental checksum updates of the IPv4 header and the L4 checksum.
void rewrite(Packet &p, const Endpoint &src, const Endpoint &dst);

// Lowers the MSS option of a TCP SYN to `maxMss` if it is larger, with an
// incremental checksum update. true when an option was changed.
bool clampMss(Packet &p, uint16_t maxMss);

} // namespace byway::capture
