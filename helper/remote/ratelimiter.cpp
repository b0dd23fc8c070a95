// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/ratelimiter.h"

#include <QElapsedTimer>
#include <QHostAddress>

#include <algorithm>

namespace byway::remote {

RateLimiter::RateLimiter(RateLimitPolicy policy, Clock clock)
    : m_policy(policy),
      m_clock(clock ? std::move(clock) : Clock([] {
          // CLOCK_MONOTONIC: a wall clock set back must not lift a block.
          QElapsedTimer t;
          t.start();
          return t.msecsSinceReference();
      }))
{
    m_policy.failures = std::max(1, m_policy.failures);
    m_policy.windowSec = std::max(1, m_policy.windowSec);
    m_policy.blockSec = std::max(1, m_policy.blockSec);
    m_policy.maxBlockSec = std::max(m_policy.blockSec, m_policy.maxBlockSec);
}

QString RateLimiter::sourceKey(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also ::ffff:a.b.c.d from a dual-stack socket
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR a = address.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        a[i] = 0;
    return QHostAddress(a).toString() + QStringLiteral("/64");
}

int RateLimiter::retryAfterSec(const QString &source)
{
    const qint64 now = m_clock();
    const auto it = m_entries.find(source);
    if (it == m_entries.end() || it->blockedUntil <= now)
        return 0;
    return int((it->blockedUntil - now + 999) / 1000);
}

int RateLimiter::failed(const QString &source)
{
    const qint64 now = m_clock();
    if (!m_entries.contains(source))
        makeRoom(now);
    Entry &e = m_entries[source];
    if (e.blockedUntil > now) {
        e.lastSeen = now;
        return 0; // not counted: attempts while blocked are refused unseen
    }
    if (now - e.lastSeen >= kForgetAfterMs)
        e = Entry{}; // an hour of quiet: start again from the first, short block
    e.lastSeen = now;
    const qint64 windowStart = now - qint64(m_policy.windowSec) * 1000;
    e.failures.removeIf([&](qint64 t) { return t <= windowStart || t < e.blockedUntil; });
    e.failures.append(now);
    if (e.failures.size() < m_policy.failures)
        return 0;
    const int shift = std::min(e.blocks, 20);
    const qint64 sec = std::min<qint64>(qint64(m_policy.blockSec) << shift, m_policy.maxBlockSec);
    e.blockedUntil = now + sec * 1000;
    ++e.blocks;
    e.failures.clear();
    return int(sec);
}

void RateLimiter::succeeded(const QString &source)
{
    m_entries.remove(source);
}

void RateLimiter::forgetOld(qint64 now)
{
    m_entries.removeIf([&](const QHash<QString, Entry>::iterator &it) {
        return it->blockedUntil <= now && now - it->lastSeen >= kForgetAfterMs;
    });
}

void RateLimiter::makeRoom(qint64 now)
{
    if (m_entries.size() < kMaxSources)
        return;
    forgetOld(now);
    while (m_entries.size() >= kMaxSources) {
        // The source quiet for longest: a flood from fresh addresses pushes
        // out old entries rather than growing the table.
        auto oldest = std::min_element(m_entries.begin(), m_entries.end(),
                                       [](const Entry &a, const Entry &b) { return a.lastSeen < b.lastSeen; });
        m_entries.erase(oldest);
    }
}

} // namespace byway::remote
