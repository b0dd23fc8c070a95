// SPDX-License-Identifier: GPL-3.0-or-later
// The remote listener's per-source limit on failed authentications, with an
// injected monotonic clock.
#include "remote/ratelimiter.h"

#include <QHostAddress>
#include <QTest>

using namespace byway::remote;

class TstRateLimiter : public QObject
{
    Q_OBJECT

    qint64 m_ms = 1000000;
    RateLimiter make(RateLimitPolicy p = {5, 60, 30, 900})
    {
        return RateLimiter(p, [this] { return m_ms; });
    }
    void advance(qint64 sec) { m_ms += sec * 1000; }

private Q_SLOTS:
    void blocksAfterFailuresInWindow()
    {
        auto r = make();
        const QString a = QStringLiteral("192.0.2.7");
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(r.retryAfterSec(a), 0);
            QCOMPARE(r.failed(a), 0);
        }
        QCOMPARE(r.failed(a), 30); // the fifth starts the block
        QCOMPARE(r.retryAfterSec(a), 30);
        advance(10);
        QCOMPARE(r.retryAfterSec(a), 20);
        QCOMPARE(r.failed(a), 0); // refused while blocked: does not count or extend
        QCOMPARE(r.retryAfterSec(a), 20);
        QCOMPARE(r.retryAfterSec(QStringLiteral("192.0.2.8")), 0); // others are not affected
        advance(20);
        QCOMPARE(r.retryAfterSec(a), 0);
    }

    void slowFailuresNeverBlock()
    {
        auto r = make();
        const QString a = QStringLiteral("192.0.2.7");
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(r.failed(a), 0);
            advance(16); // never 5 within a minute
        }
        QCOMPARE(r.retryAfterSec(a), 0);
    }

    void blocksGrowUpToTheCap()
    {
        auto r = make({3, 60, 30, 200});
        const QString a = QStringLiteral("2001:db8::/64");
        QList<int> blocks;
        for (int round = 0; round < 5; ++round) {
            int b = 0;
            for (int i = 0; i < 3; ++i)
                b = r.failed(a);
            blocks << b;
            advance(b);
            QCOMPARE(r.retryAfterSec(a), 0);
        }
        QCOMPARE(blocks, (QList<int>{30, 60, 120, 200, 200}));
    }

    void successForgets()
    {
        auto r = make({3, 60, 30, 900});
        const QString a = QStringLiteral("192.0.2.7");
        for (int i = 0; i < 3; ++i)
            r.failed(a);
        advance(30);
        r.succeeded(a);
        QCOMPARE(r.sources(), 0);
        int b = 0;
        for (int i = 0; i < 3; ++i)
            b = r.failed(a);
        QCOMPARE(b, 30); // back to the first, short block
    }

    void quietHourForgets()
    {
        auto r = make({3, 60, 30, 900});
        const QString a = QStringLiteral("192.0.2.7");
        for (int i = 0; i < 3; ++i)
            r.failed(a);
        advance(3600);
        int b = 0;
        for (int i = 0; i < 3; ++i)
            b = r.failed(a);
        QCOMPARE(b, 30);
    }

    void boundedTable()
    {
        auto r = make();
        for (int i = 0; i < RateLimiter::kMaxSources + 50; ++i) {
            r.failed(QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255));
            m_ms += 1;
        }
        QVERIFY(r.sources() <= RateLimiter::kMaxSources);
    }

    void sourceKeys()
    {
        QCOMPARE(RateLimiter::sourceKey(QHostAddress(QStringLiteral("192.0.2.7"))), QStringLiteral("192.0.2.7"));
        // A dual-stack socket reports IPv4 peers as mapped addresses.
        QCOMPARE(RateLimiter::sourceKey(QHostAddress(QStringLiteral("::ffff:192.0.2.7"))), QStringLiteral("192.0.2.7"));
        QCOMPARE(RateLimiter::sourceKey(QHostAddress(QStringLiteral("2001:db8:1:2:3:4:5:6"))),
                 QStringLiteral("2001:db8:1:2::/64"));
        QCOMPARE(RateLimiter::sourceKey(QHostAddress(QStringLiteral("2001:db8:1:2::ffff"))),
                 QStringLiteral("2001:db8:1:2::/64"));
    }
};

QTEST_GUILESS_MAIN(TstRateLimiter)
#include "tst_helper_ratelimiter.moc"
