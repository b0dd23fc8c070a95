// SPDX-License-Identifier: GPL-3.0-or-later
// ICMP errors from clients, read for the flow they are about (the engine
// counts them and ends a UDP flow whose client port is closed).
#pragma once

#include "capture/flowtable.h"
#include "capture/packet.h"

#include <optional>

namespace byway::capture {

// An ICMP error a client sent about a packet the capture wrote to it (the
// error's destination is the packet's source, the server): which flow it
// names, read from the packet it quotes (its IP header and the ports of
// its UDP or TCP header). None: not an error, or a quote of something
// else.
struct IcmpError {
    FlowKey flow;
    // Port or protocol unreachable: the client's socket is gone, nothing
    // more it is sent will be taken.
    bool clientGone = false;
};
[[nodiscard]] std::optional<IcmpError> icmpError(const Packet &p);

} // namespace byway::capture
