// SPDX-License-Identifier: GPL-3.0-or-later
// The owner for the plain fds the probe opens (TUN, AF_PACKET, raw
// sockets): move-only, closed exactly once. Netlink sockets are
// netlink::Socket (helper/netlink/socket.h).
#pragma once

#include "core/fd.h"

namespace byway::probe {

using Fd = byway::Fd; // one owner type for every fd in Byway: backend/core/fd.h

} // namespace byway::probe
