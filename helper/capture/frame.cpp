// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/frame.h"

#include "capture/checksum.h"
#include "capture/gso.h"

#include <linux/if_arp.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>

namespace byway::capture::frame {

namespace {

struct Link {
    size_t offset = 0;   // where the IP packet starts
    bool tagged = false; // a VLAN id in a tag, stripped or in-band
};

// The link header and the in-band VLAN tags in front of the IP packet.
std::expected<Link, Drop> linkHeader(std::span<const uint8_t> frame, const Info &info)
{
    Link l;
    l.tagged = (info.status & TP_STATUS_VLAN_VALID) && (info.vlanTci & 0x0fff) != 0;
    // Everything but Ethernet (ARPHRD_NONE, tunnels) carries the IP packet bare.
    if (info.hatype != ARPHRD_ETHER)
        return l;
    l.offset = ETH_HLEN;
    if (frame.size() < l.offset)
        return std::unexpected(Drop::Truncated);
    uint16_t type = csum::load16(&frame[12]);
    // In-band tags (no offload): 802.1Q, 802.1ad, the old QinQ type.
    while (type == ETH_P_8021Q || type == ETH_P_8021AD || type == 0x9100) {
        if (frame.size() < l.offset + 4)
            return std::unexpected(Drop::Truncated);
        if ((csum::load16(&frame[l.offset]) & 0x0fff) != 0) // the TCI's VLAN id
            l.tagged = true;
        type = csum::load16(&frame[l.offset + 2]);
        l.offset += 4;
    }
    if (type != ETH_P_IP && type != ETH_P_IPV6)
        return std::unexpected(Drop::Unsupported);
    return l;
}

} // namespace

std::expected<IpPacket, Drop> ipPacket(std::span<uint8_t> frame, const Info &info)
{
    if (info.wireLength > frame.size())
        return std::unexpected(Drop::Truncated);
    const auto link = linkHeader(frame, info);
    if (!link)
        return std::unexpected(link.error());
    if (link->tagged)
        return std::unexpected(Drop::VlanTagged);
    const size_t off = link->offset;
    std::span<uint8_t> packet = frame.subspan(off);
    if (packet.empty() || ((packet[0] >> 4) != 4 && (packet[0] >> 4) != 6))
        return std::unexpected(Drop::Unsupported);
    // Ethernet pads short frames: the checksum must not run over the padding.
    const bool v4 = (packet[0] >> 4) == 4;
    if (packet.size() >= (v4 ? 20u : 40u)) {
        const size_t declared = v4 ? csum::load16(&packet[2]) : 40 + size_t(csum::load16(&packet[4]));
        if (declared >= (v4 ? 20u : 40u) && declared < packet.size())
            packet = packet.first(declared);
    }
    size_t start = 0, where = 0;
    // Only TCP and UDP are left partial; anything else is as it came.
    if (!(info.status & TP_STATUS_CSUMNOTREADY) || !gso::checksumLocation(packet, start, where))
        return IpPacket{packet, false};
    const bool udp = where == 6; // the UDP header's checksum field
    if (gso::vouchable(packet, start, where) && (udp || packet.size() <= gso::kMaxStackPacket))
        return IpPacket{packet, true};
    if (!gso::completeChecksum(packet, start, where))
        return std::unexpected(Drop::BadHeader);
    return IpPacket{packet, true};
}

std::span<uint8_t> ipStart(std::span<uint8_t> frame, const Info &info)
{
    const auto link = linkHeader(frame, info);
    if (!link || frame.size() <= link->offset)
        return {};
    std::span<uint8_t> packet = frame.subspan(link->offset);
    if ((packet[0] >> 4) != 4 && (packet[0] >> 4) != 6)
        return {};
    return packet;
}

} // namespace byway::capture::frame
