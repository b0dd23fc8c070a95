// SPDX-License-Identifier: GPL-3.0-or-later
// What the kernel delivers to itself. An AF_PACKET interface shows the
// capture a copy of every packet it carries, those addressed to the router
// too: a pooled client's DNS query to the router's tunnel address, SSH to
// it, a ping; its IGMP, MLD and neighbour solicitations; mDNS and DHCP.
// The kernel answers them (the policy rule that keeps it from forwarding
// the capture's traffic comes after its local table), so the capture
// answering too would give the client two replies, and two SYN-ACKs that
// reset its connection. Such packets are left to the kernel: the AF_PACKET
// sockets' program keeps them there (sourcefilter.h), and what comes up
// anyway is sorted by kernelsOwn(). Worker 0
// reads the addresses again on every rtnetlink address notification, and
// every second besides (Engine::AddressWatch).
#pragma once

#include "capture/packet.h"

#include <algorithm>
#include <span>
#include <vector>

namespace byway::capture {

// An IPv6 source that routing never forwards (link-local, or the
// unspecified address): read from the TUN, it is the router's own kernel
// speaking on the device (router solicitations, MLD reports), not a client.
[[nodiscard]] inline bool linkScopeSource(const Addr &src)
{
    if (src.family != 6)
        return false;
    if (src.b[0] == 0xfe && (src.b[1] & 0xc0) == 0x80)
        return true;
    return std::all_of(src.b.begin(), src.b.end(), [](uint8_t b) { return b == 0; });
}

class LocalAddresses {
public:
    // This network namespace's addresses now (every interface's, IPv4 and
    // IPv6, and its IPv4 broadcast address). No lock needed: a system call.
    [[nodiscard]] static LocalAddresses read();
    explicit LocalAddresses(std::vector<Addr> addrs = {});

    // Whether a packet to `dst` is the kernel's to answer: to one of these
    // addresses, or to a multicast or broadcast one.
    [[nodiscard]] bool kernelsOwn(const Addr &dst) const;
    [[nodiscard]] size_t size() const { return m_addrs.size(); }
    [[nodiscard]] std::span<const Addr> addresses() const { return m_addrs; }
    friend bool operator==(const LocalAddresses &, const LocalAddresses &) = default;

private:
    std::vector<Addr> m_addrs; // sorted
};

} // namespace byway::capture
