// SPDX-License-Identifier: GPL-3.0-or-later
// What an AF_PACKET socket hands over, turned into the IP packet inside.
// PACKET_AUXDATA says what the frame alone does not:
//  - TP_STATUS_CSUMNOTREADY: the L4 checksum is partial (the pseudo-header
//    sum only): frames from a veth peer's local sockets, and every TCP
//    super-packet GRO made (the kernel leaves the checksum to "hardware",
//    having made or verified the bytes itself). A TCP segment without SYN
//    or a UDP datagram is taken on the kernel's word, left partial and
//    marked trusted (Packet::checksumTrusted: neither lwIP nor our UDP path
//    sums it again); anything else partial (a SYN, which may be held and
//    replayed; a TCP super-packet lwIP cannot take whole, cut into pieces
//    lwIP checks) is completed here.
//  - TP_STATUS_VLAN_VALID: the device stripped a VLAN tag. A tagged frame
//    seen on the parent interface belongs to a VLAN subinterface, and our
//    replies leave untagged through a raw socket on this interface: such
//    frames are refused, as are frames tagged in-band. Priority tags
//    (VLAN id 0) belong to the interface itself.
// A refused frame is a drop only when a pooled client sent it; anything
// else on the interface is the kernel's (Engine::refused).
// Frames larger than an MTU (GRO, GSO from local senders) are fine up to
// the receive buffer; a longer one is reported truncated, never cut short.
#pragma once

#include "capture/stats.h"

#include <cstddef>
#include <cstdint>
#include <expected>
#include <span>

namespace byway::capture::frame {

struct Info {
    int hatype = 0;          // sll_hatype: ARPHRD_ETHER, ARPHRD_NONE (xfrm, ipip, tun) ...
    uint32_t status = 0;     // tpacket_auxdata.tp_status (0 without auxdata)
    uint16_t vlanTci = 0;    // tpacket_auxdata.tp_vlan_tci, valid with TP_STATUS_VLAN_VALID
    size_t wireLength = 0;   // the frame's full length (recvmsg with MSG_TRUNC)
};

struct IpPacket {
    std::span<uint8_t> bytes;
    // A partial checksum, vouched for or completed: Packet::checksumTrusted.
    bool trusted = false;
};

// The IP packet in `frame`, or why not: Truncated, VlanTagged, Unsupported
// (not IPv4/IPv6), BadHeader. No lock needed.
[[nodiscard]] std::expected<IpPacket, Drop> ipPacket(std::span<uint8_t> frame, const Info &info);

// Where the IP packet in `frame` starts (link header and VLAN tags skipped,
// whether or not ipPacket() takes it), or empty when the frame carries none
// (not IP, cut short): whose a refused frame is. No lock needed.
[[nodiscard]] std::span<uint8_t> ipStart(std::span<uint8_t> frame, const Info &info);

} // namespace byway::capture::frame
