// SPDX-License-Identifier: GPL-3.0-or-later
// What the capture is told about pools, users and exits: the parts of
// bywayd's config::Pool and config::Exit it uses, without Qt (capture/qt.h
// converts; the standalone byway-capture reads them from its JSON file).
#pragma once

#include "capture/packet.h"

#include <cstdint>
#include <string>
#include <vector>

namespace byway::capture {

enum class ExitType { Direct, Socks5 };

struct ExitSpec {
    std::string name;
    ExitType type = ExitType::Direct;
    // direct: any of mark / table / device select the path (0/empty = unset)
    uint32_t mark = 0;
    uint32_t table = 0;
    std::string device;
    // socks5: the server's IP address (bywayd's validation refuses names)
    std::string server;
    uint16_t port = 0;
    std::string username;
    std::string password;
    friend bool operator==(const ExitSpec &, const ExitSpec &) = default;
};

struct PrefixSpec {
    Addr address;
    int length = -1; // -1: none
    [[nodiscard]] bool isValid() const { return length >= 0; }
    [[nodiscard]] bool contains(const Addr &a) const;
    // "10.9.0.0/24", "fd00::/64"; nullopt when it is not one.
    [[nodiscard]] static std::optional<PrefixSpec> parse(std::string_view text);
    friend bool operator==(const PrefixSpec &, const PrefixSpec &) = default;
};

struct UserSpec {
    std::string name;
    Addr address;     // static assignment inside the pool
    std::string exit; // overrides the pool's exit; empty = the pool's
    friend bool operator==(const UserSpec &, const UserSpec &) = default;
};

struct PoolSpec {
    std::string name;
    PrefixSpec subnet;
    std::string exit; // empty = main table
    std::vector<UserSpec> users;
    friend bool operator==(const PoolSpec &, const PoolSpec &) = default;
};

} // namespace byway::capture
