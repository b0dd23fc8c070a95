// SPDX-License-Identifier: GPL-3.0-or-later
// Owners for the C handles the probe opens: plain fds (TUN, AF_PACKET,
// raw and netlink sockets) and libmnl sockets. Move-only, closed exactly once.
#pragma once

#include "core/fd.h"

#include <libmnl/libmnl.h>

#include <memory>
#include <utility>

#include <unistd.h>

namespace byway::probe {

using Fd = byway::Fd; // one owner type for every fd in Byway: backend/core/fd.h

struct MnlSocketDeleter {
    void operator()(mnl_socket *s) const { mnl_socket_close(s); }
};
using MnlSocket = std::unique_ptr<mnl_socket, MnlSocketDeleter>;

} // namespace byway::probe
