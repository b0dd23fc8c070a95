// SPDX-License-Identifier: GPL-3.0-or-later
// The sizes of a download's reads from the server's socket: never more than
// lwIP can take (send buffer and send queue), and whole segments, so that no
// runt segment leaves outside a GSO super-packet.
#include "capture/memory.h"
#include "capture/tcpforwarder.h"

#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <numeric>

using namespace byway::capture;

class TestCaptureReadPlan : public QObject {
    Q_OBJECT

private slots:
    // Three 64 KiB send buffers' worth at an MSS of 1460: each read is 44
    // whole segments, and the last what is left, cut to whole segments too.
    void bulkIsWholeSegments()
    {
        std::array<uint16_t, 4> plan{};
        const size_t n = planReadSizes(3 * 0xffff, 0, 1000, 1460, 1460, plan);
        QCOMPARE(n, size_t(4));
        QCOMPARE(plan[0], uint16_t(44 * 1460));
        QCOMPARE(plan[1], uint16_t(44 * 1460));
        QCOMPARE(plan[2], uint16_t(44 * 1460));
        QCOMPARE(plan[3], uint16_t(2 * 1460)); // 3885 bytes of room left
    }

    // A flow's send buffer: the most while the capture's downloads hold
    // little, shrinking to the least as they near the budget.
    void sendRoomWithinTheBudget()
    {
        QCOMPARE(sendRoom(0, 0), kSendBufferMax);
        QCOMPARE(sendRoom(kSendBufferMax - 1000, 0), size_t(1000));
        QCOMPARE(sendRoom(0, kSendBudget - kSendBufferMax), kSendBufferMax);
        // Half a maximum left in the budget: that much.
        QCOMPARE(sendRoom(0, kSendBudget - kSendBufferMax / 2), kSendBufferMax / 2);
        // The budget spent by others: the least, and more never wraps.
        QCOMPARE(sendRoom(0, kSendBudget), kSendBufferMin);
        QCOMPARE(sendRoom(0, 4 * kSendBudget), kSendBufferMin);
        QCOMPARE(sendRoom(kSendBufferMin, kSendBudget), size_t(0));
        QCOMPARE(sendRoom(kSendBufferMax, kSendBudget), size_t(0));
    }

    // What the downloads' buffers left in malloc's free lists goes back once
    // they are down to a quarter of a peak worth it; so do a burst's flows.
    void memoryTrimAfterDownloadsAndFlows()
    {
        MemoryTrim t;
        const size_t mib = size_t(1) << 20;
        QVERIFY(!t.observe(0, mib));
        QVERIFY(!t.observe(0, 4 * mib)); // the peak
        QVERIFY(!t.observe(0, 2 * mib));
        QVERIFY(t.observe(0, mib));      // a quarter of it: trimmed
        QVERIFY(!t.observe(0, 0));       // the peak started over below the minimum
        QVERIFY(!t.observe(2000, 0));
        QVERIFY(t.observe(500, 0));
        QVERIFY(!t.observe(100, 0));
    }

    void tooLittleRoomPlansNothing()
    {
        std::array<uint16_t, 4> plan{};
        QCOMPARE(planReadSizes(1000, 0, 1000, 1460, 1460, plan), size_t(0));
        // The send queue full but for its last two pbufs: nothing either.
        QCOMPARE(planReadSizes(0xffff, 998, 1000, 1460, 536, plan), size_t(0));
    }

    // Less than a segment is read as it is: waiting for a whole one could
    // stall a small window.
    void lessThanASegment()
    {
        std::array<uint16_t, 4> plan{};
        QCOMPARE(planReadSizes(1000, 0, 1000, 1460, 536, plan), size_t(1));
        QCOMPARE(plan[0], uint16_t(1000));
    }

    void queueLimits()
    {
        std::array<uint16_t, 4> plan{};
        // Room for 3 more segments in the queue (limit - queued - 2).
        QCOMPARE(planReadSizes(0xffff, 995, 1000, 1460, 536, plan), size_t(1));
        QCOMPARE(plan[0], uint16_t(3 * 1460));
    }

    void zeroCutIsOneByte()
    {
        std::array<uint16_t, 2> plan{};
        QCOMPARE(planReadSizes(100, 0, 1000, 0, 1, plan), size_t(1));
        QCOMPARE(plan[0], uint16_t(100));
    }

    // Any input: within the buffer and the queue, and whole segments.
    void randomInputsKeepTheBounds()
    {
        QRandomGenerator rng(18);
        for (int i = 0; i < 20000; ++i) {
            const size_t room = rng.bounded(300000);
            const size_t limit = 4 + rng.bounded(2000);
            const size_t queued = rng.bounded(int(limit));
            const size_t cut = 1 + rng.bounded(9000);
            const size_t minRead = 1 + rng.bounded(2000);
            std::array<uint16_t, 4> plan{};
            const size_t n = planReadSizes(room, queued, limit, cut, minRead, plan);
            QVERIFY(n <= plan.size());
            size_t sum = 0, q = queued;
            for (size_t k = 0; k < n; ++k) {
                const size_t len = plan[k];
                QVERIFY2(len >= minRead, qPrintable(QStringLiteral("read %1 below %2").arg(len).arg(minRead)));
                QVERIFY(len <= 0xffff);
                if (len > cut && len - len % cut >= minRead)
                    QVERIFY2(len % cut == 0, qPrintable(QStringLiteral("read %1, segments of %2").arg(len).arg(cut)));
                sum += len;
                q += (len + cut - 1) / cut + 1;
                QVERIFY2(q < limit, "lwIP's send queue would overflow");
            }
            QVERIFY(sum <= room);
        }
    }
};

QTEST_GUILESS_MAIN(TestCaptureReadPlan)
#include "tst_capture_readplan.moc"
