// SPDX-License-Identifier: GPL-3.0-or-later
// Move-only owner of one file descriptor (TUN, sockets, epoll, eventfd).
#pragma once

#include "core/fd.h"

#include <utility>

#include <unistd.h>

namespace byway::capture {

using Fd = byway::Fd; // one owner type for every fd in Byway: backend/core/fd.h

} // namespace byway::capture
