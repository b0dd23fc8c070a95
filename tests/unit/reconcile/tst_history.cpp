// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/history.h"
#include "reconcile/pending.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace byway;
using namespace byway::reconcile;

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsNewestWithWho()
    {
        QTemporaryDir dir;
        History h(dir.filePath(QStringLiteral("history")), 3);
        for (int i = 1; i <= 5; ++i) {
            config::Config c = config::defaults();
            c.capture.mtu = 1280 + i;
            auto id = h.append({0, i, QDateTime::currentDateTimeUtc(), uint(1000 + i), QStringLiteral("uid %1").arg(1000 + i),
                                QStringLiteral("apply"), c});
            QVERIFY(id.has_value());
            QCOMPARE(*id, i);
        }
        const auto list = h.list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().id, 5);
        QCOMPARE(list.first().uid, 1005u);
        QCOMPARE(list.first().config.capture.mtu, 1285);
        QCOMPARE(list.last().id, 3);
        QVERIFY(!h.get(1).has_value());
        QCOMPARE(h.get(1).error().code, ErrorCode::NotFound);
    }

    void damagedEntryIsSkipped()
    {
        QTemporaryDir dir;
        History h(dir.path(), 50);
        QVERIFY(h.append({0, 1, QDateTime::currentDateTimeUtc(), 0, QStringLiteral("startup"), QStringLiteral("apply"),
                          config::defaults()})
                    .has_value());
        QFile bad(dir.filePath(QStringLiteral("00000002.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"config\": {\"version\": 1, \"role\": \"nope\"}}");
        bad.close();
        QCOMPARE(h.list().size(), 1);
        QCOMPARE(h.get(2).error().code, ErrorCode::StorageFailed);
    }

    void pendingSurvivesAndDamageMeansExpired()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pending.json"));
        PendingStore store(path);
        QVERIFY(!store.load().has_value());
        const QDateTime deadline = QDateTime::currentDateTimeUtc().addSecs(30);
        QVERIFY(store.save({deadline, 7, 12, 1000}).has_value());
        auto p = PendingStore(path).load();
        QVERIFY(p.has_value());
        QCOMPARE(p->restoreHistoryId, 7);
        QCOMPARE(p->deadline.toSecsSinceEpoch(), deadline.toSecsSinceEpoch());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"deadl");
        f.close();
        auto damaged = store.load();
        QVERIFY(damaged.has_value());
        QVERIFY(damaged->deadline < QDateTime::currentDateTimeUtc());
        QVERIFY(store.clear().has_value());
        QVERIFY(!store.load().has_value());
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
