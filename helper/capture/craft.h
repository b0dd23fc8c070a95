// SPDX-License-Identifier: GPL-3.0-or-later
// Packets we write back to clients ourselves (UDP replies, ICMP echo replies,
// TCP resets), with complete headers and checksums.
#pragma once

#include "capture/packet.h"

#include <cstdint>
#include <span>

namespace byway::capture::craft {

// All return the packet length written into `out`, 0 when it does not fit.
// IPv4 packets carry DF and TTL 64; IPv6 a hop limit of 64.
// `sum` false: the UDP checksum is left 0, for a packet that is cut into
// datagrams later (gso::makeUdpSuper, gso::splitUdp set theirs).
[[nodiscard]] size_t udp(std::span<uint8_t> out, const Endpoint &src, const Endpoint &dst,
                         std::span<const uint8_t> payload, bool sum = true);
// The same around a payload that lies in `buf` already, from `payloadOff`
// on (the rest of `buf`): its IP and UDP headers are written just before
// it. Returns where the packet starts, or SIZE_MAX when the headers do not
// fit before it or the packet would be too long.
[[nodiscard]] size_t udpBefore(std::span<uint8_t> buf, size_t payloadOff, const Endpoint &src, const Endpoint &dst,
                               bool sum = true);
// The most udpBefore() writes: an IPv6 and a UDP header.
inline constexpr size_t kUdpHeadersMax = 48;
// `icmp` is the whole ICMP message (header + data); its checksum is recomputed.
[[nodiscard]] size_t icmp(std::span<uint8_t> out, const Addr &src, const Addr &dst,
                          std::span<const uint8_t> icmp);
// Destination unreachable about `offending`, a parsed packet a client sent
// (from its destination back to its source), quoting it: IPv4 its header
// and 8 bytes (RFC 792), IPv6 as much as keeps the message within 1280
// bytes (RFC 4443). What the client's kernel makes of it: a connected UDP
// socket's ECONNREFUSED (Port), a connecting TCP socket's EHOSTUNREACH
// (Host) or ENETUNREACH (Net, IPv4; IPv6 says "no route").
enum class Unreachable { Net, Host, Port };
[[nodiscard]] size_t unreachable(std::span<uint8_t> out, const Packet &offending, Unreachable why);
// RST(+ACK) answering a segment we refuse (RFC 793 reset generation).
[[nodiscard]] size_t tcpReset(std::span<uint8_t> out, const Packet &refused);

} // namespace byway::capture::craft
