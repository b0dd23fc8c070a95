// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/fd.h"

#include <utility>

#include <unistd.h>

namespace byway::control {

// Owner of one file descriptor: move-only, closed exactly once. Every fd
// bywayd opens lives in one of these so an early return cannot leak it
// (thousands of short connections would otherwise exhaust the fd table).
using Fd = byway::Fd; // one owner type for every fd in Byway: backend/core/fd.h

} // namespace byway::control
