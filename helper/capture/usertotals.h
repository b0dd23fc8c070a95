// SPDX-License-Identifier: GPL-3.0-or-later
// Per-user counters for flows.list's `users` and `bywayctl flows`: flows open
// and started, bytes each way, packets and drops, including flows that
// already ended. Bounded: beyond `maxUsers` entries, users with no open flow
// are forgotten, least recently active first (a /16 pool of "pool/address"
// users would otherwise grow it for ever). The same counters per exit (for
// /metrics) are never forgotten: exits come from the config. One for all
// workers, core lock held.
#pragma once

#include "capture/flowtable.h"
#include "capture/json.h"

#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace byway::capture {

class UserTotals {
public:
    explicit UserTotals(size_t maxUsers = 8192) : m_max(maxUsers) {}

    // The user's counters (created if new); the reference stays valid while
    // the user has an open flow (flowStarted), else until the next call.
    UserCounters &at(const std::string &user, int64_t nowMs);
    // Links the flow to its user's counters; ~Flow gives its bytes back.
    void flowStarted(Flow &f, int64_t nowMs);
    void drop(const std::string &user, int64_t nowMs) { ++at(user, nowMs).drops; }
    // Ended flows' counters plus the live flows' of every worker's table
    // (under the core lock), by user and by exit ("" = the main table) ...
    [[nodiscard]] std::vector<UserCounters> users(std::span<const FlowTable *const> tables) const;
    [[nodiscard]] std::vector<UserCounters> exits(std::span<const FlowTable *const> tables) const;
    // ... and flows.list `users` from them (no lock needed): objects
    // {user, flows, flowsCreated, bytesIn, bytesOut, packets, drops}, with
    // `packetsIn` (of `packets`, those towards the clients) when `directions`.
    [[nodiscard]] static json::Array toJson(const std::vector<UserCounters> &users, bool directions = false);
    // The same within `bytes` of compact JSON: the busiest users (bytes both
    // ways; equal ones by name) that fit, listed by name. A gateway with a
    // large pool of unnamed addresses has thousands of users; one reply must
    // still fit in a message.
    [[nodiscard]] static json::Array busiestJson(std::vector<UserCounters> users, size_t bytes);
    // topology.get's capture paths: the same per exit, keyed `exit` ("main"
    // for the main table), with `packetsIn`.
    [[nodiscard]] static json::Array exitsJson(const std::vector<UserCounters> &exits);
    [[nodiscard]] size_t size() const { return m_users.size(); }

private:
    void forgetIdle();

    size_t m_max;
    std::unordered_map<std::string, UserCounters> m_users;
    std::unordered_map<std::string, UserCounters> m_exits;
};

} // namespace byway::capture
