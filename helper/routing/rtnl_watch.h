// SPDX-License-Identifier: GPL-3.0-or-later
// rtnetlink notifications for routes, FIB rules, addresses and links: what
// lets the reconciler trust its last dump of Byway's objects, and notice when
// someone (or the kernel, on a link going down) takes them away.
#pragma once

#include "core/error.h"
#include "netlink/socket.h"
#include "routing/rtnl.h"

namespace byway::route {

class Watch {
public:
    [[nodiscard]] static Result<Watch> open();

    [[nodiscard]] int fd() const;

    struct Seen {
        // Byway's objects may differ from the last dump: an owned route,
        // rule or address changed, an address went away (IPv4 drops the
        // routes using it without a word) or a link changed (down removes
        // its routes, also silently). The socket overflowing counts too.
        bool stale = false;
        // The same, caused by someone other than `ownPortid`: worth a drift check.
        bool foreign = false;
    };
    // Reads every queued notification without blocking. `ownPortid` is the
    // port of the socket Byway changes the kernel through.
    [[nodiscard]] Seen drain(unsigned ownPortid);

private:
    explicit Watch(netlink::Socket sock) : m_sock(std::move(sock)) {}
    netlink::Socket m_sock;
};

} // namespace byway::route
