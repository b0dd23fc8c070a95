// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/usertotals.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <utility>
#include <vector>

namespace byway::capture {

UserCounters &UserTotals::at(const std::string &user, int64_t nowMs)
{
    auto it = m_users.find(user);
    if (it == m_users.end()) {
        if (m_users.size() >= m_max)
            forgetIdle();
        it = m_users.emplace(user, UserCounters{}).first;
        it->second.user = user;
    }
    it->second.lastMs = nowMs;
    return it->second;
}

void UserTotals::flowStarted(Flow &f, int64_t nowMs)
{
    UserCounters &c = at(f.user, nowMs);
    ++c.openFlows;
    ++c.flowsCreated;
    f.totals = &c;
    UserCounters &e = m_exits[f.exit];
    e.user = f.exit;
    ++e.openFlows;
    ++e.flowsCreated;
    e.lastMs = nowMs;
    f.exitTotals = &e;
}

void UserTotals::forgetIdle()
{
    // The oldest quarter of the users without open flows: one scan per many inserts.
    std::vector<std::pair<int64_t, const std::string *>> idle;
    for (const auto &[name, c] : m_users)
        if (c.openFlows == 0)
            idle.emplace_back(c.lastMs, &name);
    const size_t n = std::max<size_t>(1, m_users.size() / 4);
    if (idle.size() > n)
        std::nth_element(idle.begin(), idle.begin() + long(n), idle.end());
    std::vector<std::string> gone;
    for (size_t i = 0; i < std::min(n, idle.size()); ++i)
        gone.push_back(*idle[i].second);
    for (const std::string &name : gone)
        m_users.erase(name);
}

namespace {

// Ended flows' counters plus what the live ones carried so far, by name.
std::vector<UserCounters> summed(const std::unordered_map<std::string, UserCounters> &ended,
                                 std::span<const FlowTable *const> tables, UserCounters *Flow::*link)
{
    std::map<std::string, UserCounters> sum;
    for (const auto &[name, c] : ended)
        sum.emplace(name, c);
    for (const FlowTable *table : tables) {
        table->forEach([&](Flow &f) {
            if (!(f.*link))
                return;
            UserCounters &c = sum[(f.*link)->user];
            c.bytesIn += f.bytesDown;
            c.bytesOut += f.bytesUp;
            c.packets += f.packets;
            c.packetsDown += f.packetsDown;
        });
    }
    std::vector<UserCounters> out;
    out.reserve(sum.size());
    for (auto &[name, c] : sum) {
        c.user = name;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace

std::vector<UserCounters> UserTotals::users(std::span<const FlowTable *const> tables) const
{
    return summed(m_users, tables, &Flow::totals);
}

std::vector<UserCounters> UserTotals::exits(std::span<const FlowTable *const> tables) const
{
    return summed(m_exits, tables, &Flow::exitTotals);
}

namespace {

json::Object countersJson(const std::string &key, const std::string &name, const UserCounters &c, bool directions)
{
    json::Object o{
        {key, name},
        {"flows", int64_t(c.openFlows)},
        {"flowsCreated", int64_t(c.flowsCreated)},
        {"bytesIn", int64_t(c.bytesIn)},
        {"bytesOut", int64_t(c.bytesOut)},
        {"packets", int64_t(c.packets)},
        {"drops", int64_t(c.drops)},
    };
    if (directions)
        o.insert("packetsIn", int64_t(c.packetsDown));
    return o;
}

} // namespace

json::Array UserTotals::toJson(const std::vector<UserCounters> &users, bool directions)
{
    json::Array a;
    for (const UserCounters &c : users)
        a.push_back(countersJson("user", c.user, c, directions));
    return a;
}

json::Array UserTotals::busiestJson(std::vector<UserCounters> users, size_t bytes)
{
    std::sort(users.begin(), users.end(), [](const UserCounters &a, const UserCounters &b) {
        const uint64_t x = a.bytesIn + a.bytesOut;
        const uint64_t y = b.bytesIn + b.bytesOut;
        return x != y ? x > y : a.user < b.user;
    });
    std::vector<std::pair<const std::string *, json::Value>> kept;
    json::ArrayBudget budget(bytes);
    for (const UserCounters &c : users) {
        json::Value row(countersJson("user", c.user, c, false));
        if (!budget.take(row))
            break;
        kept.emplace_back(&c.user, std::move(row));
    }
    std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return *a.first < *b.first; });
    json::Array a;
    for (auto &[name, row] : kept)
        a.push_back(std::move(row));
    return a;
}

json::Array UserTotals::exitsJson(const std::vector<UserCounters> &exits)
{
    json::Array a;
    for (const UserCounters &c : exits)
        a.push_back(countersJson("exit", c.user.empty() ? std::string("main") : c.user, c, true));
    return a;
}

} // namespace byway::capture
