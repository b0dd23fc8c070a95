// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace byway {
inline constexpr const char *kVersion = BYWAY_VERSION;
// Bumped whenever a method, parameter or reply changes shape; clients
// compare it from status.get.
inline constexpr int kProtocolVersion = 1;
} // namespace byway
