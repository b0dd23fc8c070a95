// SPDX-License-Identifier: GPL-3.0-or-later
// The log tail under a flood: 10,000 synthetic lines per second for 3 s go
// into LogModel (and a filter on top). Memory stays bounded by the ring and
// the model changes come in batches, never one per line. No timing asserts:
// a slow CI machine makes bigger batches, not a failure.
#include "helperconnection.h"
#include "logfiltermodel.h"
#include "logmodel.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace byway::qml;

class TestLogStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("BYWAY_SOCKET", "/nonexistent/byway-test.sock"); }

    void tenThousandLinesPerSecond()
    {
        HelperConnection conn;
        LogModel model(&conn);
        model.setCapacity(2000);
        LogFilterModel filter;
        filter.setSourceModel(&model);
        filter.setMinLevel(LogModel::Warning);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        constexpr int kRate = 10000;     // lines per second
        constexpr int kSeconds = 3;
        constexpr int kTickMs = 10;      // fed in 10 ms slices, like a busy socket
        constexpr int kPerTick = kRate * kTickMs / 1000;
        qint64 seq = 0;
        int maxCount = 0;
        int maxPending = 0;
        QElapsedTimer clock;
        clock.start();
        QTimer feeder;
        feeder.setInterval(kTickMs);
        connect(&feeder, &QTimer::timeout, this, [&] {
            for (int i = 0; i < kPerTick; ++i) {
                ++seq;
                model.ingest({{QStringLiteral("seq"), seq},
                              {QStringLiteral("time"), QStringLiteral("2026-01-02T03:04:05.678Z")},
                              {QStringLiteral("category"), seq % 3 ? QStringLiteral("packet") : QStringLiteral("nft")},
                              {QStringLiteral("level"), seq % 10 ? QStringLiteral("info") : QStringLiteral("warning")},
                              {QStringLiteral("message"), QStringLiteral("synthetic line %1").arg(seq)}});
            }
            maxCount = std::max(maxCount, model.count());
            maxPending = std::max(maxPending, model.pendingCount());
        });
        feeder.start();
        // Fed by the clock, not a tick count: on a slow machine fewer, larger
        // slices arrive, which is what a real socket does too.
        while (seq < qint64(kRate) * kSeconds) {
            QTest::qWait(kTickMs);
            if (clock.elapsed() > 60000)
                QFAIL("the feeder starved: the event loop is blocked");
        }
        feeder.stop();
        model.flush();

        QVERIFY(seq >= qint64(kRate) * kSeconds);
        // Bounded: the ring never held more than its capacity, nor did the queue.
        QVERIFY2(maxCount <= model.capacity(), qPrintable(QString::number(maxCount)));
        QVERIFY(maxPending <= model.capacity());
        QCOMPARE(model.count(), model.capacity());
        QVERIFY(filter.count() <= model.count());
        QVERIFY(filter.count() > 0);
        // Batched: far fewer model insertions than lines, and no resets.
        QVERIFY2(inserts.size() * 50 < seq, qPrintable(QStringLiteral("%1 inserts for %2 lines").arg(inserts.size()).arg(seq)));
        QCOMPARE(resets.size(), 0);
        // The newest line is the last one fed; the oldest kept is capacity lines before.
        const QModelIndex last = model.index(model.count() - 1);
        QCOMPARE(model.data(last, LogModel::SeqRole).toLongLong(), seq);
        QCOMPARE(model.data(model.index(0), LogModel::SeqRole).toLongLong(), seq - model.capacity() + 1);
    }

    void pausedFloodStaysBounded()
    {
        HelperConnection conn;
        LogModel model(&conn);
        model.setCapacity(1000);
        model.setPaused(true);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        for (qint64 s = 1; s <= 30000; ++s)
            model.ingest({{QStringLiteral("seq"), s}, {QStringLiteral("level"), QStringLiteral("info")},
                          {QStringLiteral("message"), QStringLiteral("x")}});
        QTest::qWait(LogModel::kBatchMs * 2);
        QCOMPARE(inserts.size(), 0);       // paused: the view does not move
        QCOMPARE(model.pendingCount(), 1000);
        QCOMPARE(model.droppedCount(), 29000);
        model.setPaused(false);            // one batch on resume
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(model.count(), 1000);
    }
};

QTEST_MAIN(TestLogStream)
#include "tst_logstream.moc"
