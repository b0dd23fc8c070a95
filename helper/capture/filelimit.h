// SPDX-License-Identifier: GPL-3.0-or-later
// The process's file descriptors, shared by the capture's flows and the rest
// of bywayd (control clients, netlink and nftables sockets, state files).
// Each flow holds a socket to its exit (UDP through a SOCKS5 exit two): a flow
// table left to fill the file limit takes what bywayd needs to accept a
// client or apply a config (EMFILE). So the flow bound is fitted to the limit
// at start, and every flow's socket leaves the rest a reserve.
#pragma once

#include <cstdint>

namespace byway::capture {

// Descriptors kept for the rest of the process (bywayd serves 512 control
// clients by default).
inline constexpr int64_t kFileReserve = 1024;

// What bywayd holds open before its capture starts (17 measured), rounded up.
inline constexpr int64_t kFilesBeforeCapture = 64;

// The process's hard RLIMIT_NOFILE (0: unlimited).
[[nodiscard]] int64_t hardFileLimit();
// How many flows fit in `limit` files beside the reserve and `open` files
// already open (kFilesBeforeCapture: the estimate config checks use), and
// never fewer than the smallest capture.maxFlows, 16.
[[nodiscard]] int64_t flowsWithinFileLimit(int64_t limit, int64_t open = kFilesBeforeCapture);

// Raises the soft RLIMIT_NOFILE so that `maxFlows` flows fit with room to
// spare, as far as the hard limit allows; returns the flow bound that fits
// (`maxFlows`, or fewer, logged, when the hard limit is lower), and sets the
// limit leavesFileReserve() checks.
[[nodiscard]] int fitFlowsToFileLimit(int maxFlows);

// Whether the descriptor a flow just opened leaves the rest of the process
// half its reserve (false: close it, the flow fails). The kernel hands out
// the lowest free number, so every descriptor below `fd` is open.
[[nodiscard]] bool leavesFileReserve(int fd);

} // namespace byway::capture
