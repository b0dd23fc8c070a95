// SPDX-License-Identifier: GPL-3.0-or-later
// Per-user counters for flows.list's `users` and `bywayctl flows`: flows open
// and started, bytes each way, packets and drops, including flows that
// already ended. The same per exit (Key::Exit) for topology.get's capture
// paths. Bounded: beyond `maxUsers` entries, users with no open flow
// are forgotten, least recently active first (a /16 pool of "pool/address"
// users would otherwise grow it for ever). Packet thread, core lock held.
#pragma once

#include "flowtable.h"

#include <QJsonArray>
#include <QString>

#include <unordered_map>

namespace byway::capture {

class UserTotals {
public:
    // What a flow is counted under: its user, or its exit ("main" without one).
    enum class Key { User, Exit };
    explicit UserTotals(size_t maxUsers = 8192) : m_max(maxUsers) {}
    explicit UserTotals(Key key, size_t maxUsers = 8192) : m_key(key), m_max(maxUsers) {}

    // The user's counters (created if new); the reference stays valid while
    // the user has an open flow (flowStarted), else until the next call.
    UserCounters &at(const QString &user, int64_t nowMs);
    // Links the flow to its user's (exit's) counters; ~Flow gives its bytes back.
    void flowStarted(Flow &f, int64_t nowMs);
    void drop(const QString &user, int64_t nowMs) { ++at(user, nowMs).drops; }
    // Sorted by user (exit); ended flows' counters plus the live ones in `table`.
    // Objects {user|exit, flows, flowsCreated, bytesIn, bytesOut, packets, drops}, with
    // `packetsIn` (of `packets`, those towards the clients) when `directions`.
    [[nodiscard]] QJsonArray toJson(const FlowTable &table, bool directions = false) const;
    [[nodiscard]] size_t size() const { return m_users.size(); }

private:
    void forgetIdle();
    [[nodiscard]] QString keyOf(const Flow &f) const;
    [[nodiscard]] UserCounters *const &slot(const Flow &f) const;

    Key m_key = Key::User;
    size_t m_max;
    std::unordered_map<QString, UserCounters> m_users;
};

} // namespace byway::capture
