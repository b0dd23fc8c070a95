// SPDX-License-Identifier: GPL-3.0-or-later
// LogHub (ring, message handler, threads) and LogSubscription (filtering,
// backlog, drop accounting for a reader that does not read).
#include "control/linesink.h"
#include "core/logging.h"
#include "logs/loghub.h"
#include "logs/logsubscription.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <thread>

using namespace byway;
using namespace byway::logs;

namespace {

// A sink whose backlog the test sets by hand.
class FakeSink final : public control::LineSink
{
public:
    qsizetype unsent = 0;
    QList<QJsonObject> messages;

    qsizetype unsentBytes() const override { return unsent; }
    bool sendLine(const QByteArray &line) override
    {
        messages.append(QJsonDocument::fromJson(line).object());
        return true;
    }
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> out;
        for (const auto &m : messages)
            if (m.value(u"method").toString() == u"logs.line")
                out.append(m.value(u"params").toObject());
        return out;
    }
};

} // namespace

class TestLogHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringIsBounded()
    {
        LogHub hub(10);
        hub.setEchoToStderr(false);
        for (int i = 1; i <= 25; ++i)
            hub.add(Level::Info, QStringLiteral("control"), QStringLiteral("line %1").arg(i));
        const auto all = hub.since(0, 1000);
        QCOMPARE(all.size(), 10);
        QCOMPARE(all.first().seq, quint64(16));
        QCOMPARE(all.last().seq, quint64(25));
        QCOMPARE(hub.lastSeq(), quint64(25));
        QCOMPARE(hub.since(20, 2).size(), 2);
        QCOMPARE(hub.since(20, 2).first().seq, quint64(20));
    }

    void recordJson()
    {
        const LogRecord r{3, 1700000000123, QStringLiteral("probe"), Level::Warning, QStringLiteral("hello")};
        const QJsonObject o = r.toJson();
        QCOMPARE(o.value(u"seq").toInt(), 3);
        QCOMPARE(o.value(u"time").toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        QCOMPARE(o.value(u"category").toString(), QStringLiteral("probe"));
        QCOMPARE(o.value(u"level").toString(), QStringLiteral("warning"));
        QCOMPARE(syslogPriority(Level::Debug), 7);
        QCOMPARE(syslogPriority(Level::Error), 3);
        QCOMPARE(levelOf(QtCriticalMsg), Level::Error);
    }

    void messageHandlerCategoriesAndDebugGate()
    {
        LogHub hub;
        hub.setEchoToStderr(false);
        hub.install();
        const quint64 before = hub.lastSeq();
        qCInfo(lcProbe) << "probe info";
        qCDebug(lcProbe) << "probe debug while off"; // never made: debug is off
        logging::setDebug(QStringLiteral("probe"), true);
        qCDebug(lcProbe) << "probe debug while on";
        logging::setDebug(QStringLiteral("probe"), false);
        qWarning("plain warning");
        qCInfo(lcClient) << "not one of the helper's";
        const auto records = hub.since(before + 1);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0].category, QStringLiteral("probe"));
        QCOMPARE(records[0].level, Level::Info);
        QCOMPARE(records[1].level, Level::Debug);
        QCOMPARE(records[1].message, QStringLiteral("probe debug while on"));
        QCOMPARE(records[2].category, QStringLiteral("other"));
        QCOMPARE(records[2].level, Level::Warning);
        QCOMPARE(records[3].category, QStringLiteral("other"));
    }

    void recordsFromThreadsDeliveredOnMainThread()
    {
        LogHub hub;
        hub.setEchoToStderr(false);
        hub.install();
        QThread *mainThread = QThread::currentThread();
        QThread *seenOn = nullptr;
        connect(&hub, &LogHub::recordsAdded, this, [&] { seenOn = QThread::currentThread(); });
        const quint64 before = hub.lastSeq();
        std::thread a([] { for (int i = 0; i < 500; ++i) qCInfo(lcPacket) << "a" << i; });
        std::thread b([] { for (int i = 0; i < 500; ++i) qCInfo(lcTun) << "b" << i; });
        a.join();
        b.join();
        QTRY_VERIFY(seenOn != nullptr);
        QCOMPARE(seenOn, mainThread);
        const auto records = hub.since(before + 1, 5000);
        QCOMPARE(records.size(), 1000);
        for (qsizetype i = 1; i < records.size(); ++i)
            QCOMPARE(records[i].seq, records[i - 1].seq + 1);
    }

    void filterByLevelAndCategory()
    {
        LogHub hub;
        hub.setEchoToStderr(false);
        FakeSink sink;
        LogSubscription sub(hub, sink, LogFilter{{QStringLiteral("config")}, Level::Warning}, 0);
        hub.add(Level::Warning, QStringLiteral("config"), QStringLiteral("yes"));
        hub.add(Level::Info, QStringLiteral("config"), QStringLiteral("too low"));
        hub.add(Level::Error, QStringLiteral("probe"), QStringLiteral("other category"));
        hub.add(Level::Critical, QStringLiteral("config"), QStringLiteral("yes too"));
        sub.pump();
        const auto lines = sink.lines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(u"message").toString(), QStringLiteral("yes"));
        QCOMPARE(lines[1].value(u"message").toString(), QStringLiteral("yes too"));
        QVERIFY(!lines[0].contains(u"dropped"));
    }

    void backlogCountsMatchingOnly()
    {
        LogHub hub(100);
        hub.setEchoToStderr(false);
        for (int i = 0; i < 30; ++i)
            hub.add(i % 3 == 0 ? Level::Debug : Level::Info, QStringLiteral("control"), QString::number(i));
        FakeSink sink;
        LogSubscription sub(hub, sink, LogFilter{{}, Level::Info}, 5);
        QCOMPARE(sub.backlogCount(), 5);
        QCOMPARE(sub.backlogLastSeq(), quint64(30)); // seq = i + 1; the last record (i 29) is info
        sub.pump();
        const auto lines = sink.lines();
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.last().value(u"seq").toInteger(), 30);
        for (const auto &l : lines)
            QCOMPARE(l.value(u"level").toString(), QStringLiteral("info"));

        FakeSink none;
        LogSubscription zero(hub, none, LogFilter{}, 0);
        QCOMPARE(zero.backlogCount(), 0);
        zero.pump();
        QVERIFY(none.messages.isEmpty());
    }

    void backlogWaitsForDrainInsteadOfDropping()
    {
        LogHub hub(100);
        hub.setEchoToStderr(false);
        for (int i = 0; i < 20; ++i)
            hub.add(Level::Info, QStringLiteral("control"), QString::number(i));
        FakeSink sink;
        LogSubscription sub(hub, sink, LogFilter{}, 20, /*cap*/ 1000);
        sink.unsent = 1000;
        sub.pump();
        QVERIFY(sink.messages.isEmpty());
        QCOMPARE(sub.totalDropped(), 0);
        sink.unsent = 0;
        sub.pump();
        QCOMPARE(sink.lines().size(), 20);
        QCOMPARE(sub.totalDropped(), 0);
    }

    void slowSubscriberDropsAndIsTold()
    {
        LogHub hub(1000);
        hub.setEchoToStderr(false);
        FakeSink sink;
        LogSubscription sub(hub, sink, LogFilter{{QStringLiteral("config")}, Level::Info}, 0, /*cap*/ 4096);

        hub.add(Level::Info, QStringLiteral("config"), QStringLiteral("first"));
        sub.pump();
        QCOMPARE(sink.lines().size(), 1);

        // The reader stops reading: nothing more is queued, only counted
        // (and only what it asked for: the probe line is not its loss).
        sink.unsent = 4096;
        for (int i = 0; i < 7; ++i)
            hub.add(Level::Info, QStringLiteral("config"), QStringLiteral("lost %1").arg(i));
        hub.add(Level::Info, QStringLiteral("probe"), QStringLiteral("not subscribed"));
        sub.pump();
        QCOMPARE(sink.messages.size(), 1);
        QCOMPARE(sub.pendingDropped(), 7);

        // It drains: told at once, and the next line carries the count.
        sink.unsent = 0;
        sub.pump();
        QCOMPARE(sink.messages.size(), 2);
        QCOMPARE(sink.messages[1].value(u"method").toString(), QStringLiteral("logs.dropped"));
        QCOMPARE(sink.messages[1].value(u"params").toObject().value(u"count").toInt(), 7);
        sub.pump();
        QCOMPARE(sink.messages.size(), 2); // told once

        hub.add(Level::Info, QStringLiteral("config"), QStringLiteral("back"));
        hub.add(Level::Info, QStringLiteral("config"), QStringLiteral("again"));
        sub.pump();
        const auto lines = sink.lines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[1].value(u"message").toString(), QStringLiteral("back"));
        QCOMPARE(lines[1].value(u"dropped").toInt(), 7);
        QVERIFY(!lines[2].contains(u"dropped"));
        QCOMPARE(sub.pendingDropped(), 0);
        QCOMPARE(sub.totalDropped(), 7);
    }

    void cursorOverrunCountsTheGap()
    {
        // A stream that fell further behind than the ring holds.
        LogHub hub(10);
        hub.setEchoToStderr(false);
        FakeSink sink;
        LogSubscription sub(hub, sink, LogFilter{}, 0);
        for (int i = 0; i < 25; ++i)
            hub.add(Level::Info, QStringLiteral("control"), QString::number(i));
        sub.pump();
        QCOMPARE(sink.lines().size(), 10);
        QCOMPARE(sink.lines().first().value(u"dropped").toInt(), 15);
    }
};

QTEST_GUILESS_MAIN(TestLogHub)
#include "tst_helper_loghub.moc"
