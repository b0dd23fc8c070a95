// SPDX-License-Identifier: GPL-3.0-or-later
#include "usertotals.h"

#include <QJsonObject>

#include <algorithm>
#include <map>
#include <vector>

namespace byway::capture {

UserCounters &UserTotals::at(const QString &user, int64_t nowMs)
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

QString UserTotals::keyOf(const Flow &f) const
{
    if (m_key == Key::User)
        return f.user;
    return f.exit.isEmpty() ? QStringLiteral("main") : f.exit;
}

UserCounters *const &UserTotals::slot(const Flow &f) const
{
    return m_key == Key::User ? f.totals : f.exitTotals;
}

void UserTotals::flowStarted(Flow &f, int64_t nowMs)
{
    UserCounters &c = at(keyOf(f), nowMs);
    ++c.openFlows;
    ++c.flowsCreated;
    (m_key == Key::User ? f.totals : f.exitTotals) = &c;
}

void UserTotals::forgetIdle()
{
    // The oldest quarter of the users without open flows: one scan per many inserts.
    std::vector<std::pair<int64_t, const QString *>> idle;
    for (const auto &[name, c] : m_users)
        if (c.openFlows == 0)
            idle.emplace_back(c.lastMs, &name);
    const size_t n = std::max<size_t>(1, m_users.size() / 4);
    if (idle.size() > n)
        std::nth_element(idle.begin(), idle.begin() + long(n), idle.end());
    std::vector<QString> gone;
    for (size_t i = 0; i < std::min(n, idle.size()); ++i)
        gone.push_back(*idle[i].second);
    for (const QString &name : gone)
        m_users.erase(name);
}

QJsonArray UserTotals::toJson(const FlowTable &table, bool directions) const
{
    std::map<QString, UserCounters> sum;
    for (const auto &[name, c] : m_users)
        sum.emplace(name, c);
    table.forEach([&](Flow &f) {
        const UserCounters *t = slot(f);
        if (!t)
            return;
        UserCounters &c = sum[t->user];
        c.bytesIn += f.bytesDown;
        c.bytesOut += f.bytesUp;
        c.packets += f.packets;
        c.packetsDown += f.packetsDown;
    });
    QJsonArray a;
    for (const auto &[name, c] : sum) {
        QJsonObject o{
            {m_key == Key::User ? QStringLiteral("user") : QStringLiteral("exit"), name},
            {QStringLiteral("flows"), qint64(c.openFlows)},
            {QStringLiteral("flowsCreated"), qint64(c.flowsCreated)},
            {QStringLiteral("bytesIn"), qint64(c.bytesIn)},
            {QStringLiteral("bytesOut"), qint64(c.bytesOut)},
            {QStringLiteral("packets"), qint64(c.packets)},
            {QStringLiteral("drops"), qint64(c.drops)},
        };
        if (directions)
            o.insert(QStringLiteral("packetsIn"), qint64(c.packetsDown));
        a.append(o);
    }
    return a;
}

} // namespace byway::capture
