// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>

class QHostAddress;

namespace byway::remote {

// How many failed authentications a source may make before it has to wait.
struct RateLimitPolicy {
    int failures = 5;      // this many failures ...
    int windowSec = 60;    // ... within this many seconds start a block
    int blockSec = 30;     // the first block; each further one doubles
    int maxBlockSec = 900; // up to this
};

// Failed token attempts per source address. A source that fails `failures`
// times within `windowSec` is refused for `blockSec`, then twice as long
// the next time, up to `maxBlockSec`; a success or an hour of quiet forgets
// it. Attempts while blocked are refused without looking at the token (and
// do not count), so a guesser learns nothing during a block.
//
// Sources are keyed by IPv4 address or IPv6 /64: one IPv6 host usually has
// a whole /64 to pick addresses from. The table is bounded: when it is full
// the longest-quiet source is forgotten first.
class RateLimiter
{
public:
    using Clock = std::function<qint64()>; // monotonic milliseconds; tests inject their own

    static constexpr qsizetype kMaxSources = 10000;
    static constexpr qint64 kForgetAfterMs = 3600 * 1000;

    explicit RateLimiter(RateLimitPolicy policy = {}, Clock clock = {});

    // The key a peer address is counted under: "192.0.2.7", "2001:db8:1:2::/64".
    [[nodiscard]] static QString sourceKey(const QHostAddress &address);

    // 0 when `source` may try now, else the seconds (rounded up) until it may.
    [[nodiscard]] int retryAfterSec(const QString &source);
    // Records a failure. Returns the length of the block it started in
    // seconds, or 0 when it did not start one.
    int failed(const QString &source);
    void succeeded(const QString &source);

    [[nodiscard]] qsizetype sources() const { return m_entries.size(); }
    [[nodiscard]] const RateLimitPolicy &policy() const { return m_policy; }

private:
    struct Entry {
        QList<qint64> failures; // times within the window, oldest first
        qint64 blockedUntil = 0;
        int blocks = 0;         // blocks so far: the next one is blockSec << blocks
        qint64 lastSeen = 0;
    };
    void forgetOld(qint64 now);
    void makeRoom(qint64 now);

    RateLimitPolicy m_policy;
    Clock m_clock;
    QHash<QString, Entry> m_entries;
};

} // namespace byway::remote
