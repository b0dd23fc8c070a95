// SPDX-License-Identifier: GPL-3.0-or-later
// The classic BPF program on the capture's AF_PACKET sockets. An interface
// shows its packet sockets a copy of everything it carries: what leaves
// through it (our replies among them), and what the kernel forwards for
// clients in no pool. Neither is ever the capture's, and each copy read
// costs a syscall and a copy of up to 64 KiB; the program keeps them in the
// kernel, as it keeps what pooled clients send the router itself. Anything
// not IP (ARP, in-band VLAN tags) still comes up and is sorted by the
// reader, as are pooled sources' packets.
#pragma once

#include "capture/packet.h"

#include <cstdint>
#include <span>
#include <vector>

#include <linux/filter.h>

namespace byway::capture {

// The sources a capture takes: a pool's subnet, a session's address.
struct SourcePrefix {
    Addr addr; // bits beyond `length` are not looked at
    int length = 0;
};

struct SourceFilter {
    std::vector<sock_filter> code;
    // false: the prefixes would not fit in the kernel's limit on a program
    // (BPF_MAXINSNS): outgoing copies are left out, every source comes up.
    bool bySource = false;
    // Packets to the router itself (`local`, multicast, broadcast) are kept
    // in the kernel too (false: more than one program holds; the reader
    // sorts them, LocalAddresses).
    bool byDestination = false;
};

// The program for `prefixes` (IPv4 and IPv6 mixed; none: no IP packet
// comes up at all) and the router's own addresses `local`.
[[nodiscard]] SourceFilter sourceFilter(std::span<const SourcePrefix> prefixes, std::span<const Addr> local = {});

} // namespace byway::capture
