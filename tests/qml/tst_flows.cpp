// SPDX-License-Identifier: GPL-3.0-or-later
// FlowModel (flows.list keyed by flow id: ended flows removed, counters
// updated in place, new ones appended; rates from byte deltas; per-user
// totals from the helper when it sends them, else summed) and
// FlowFilterModel (filter text over user/addresses/exit, sort by a column).
#include "flowfiltermodel.h"
#include "flowmodel.h"
#include "helperconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace byway::qml;

namespace {

QJsonObject flow(qint64 id, const QString &user, const QString &dst, const QString &exit, qint64 up, qint64 down,
                 const QString &state = QStringLiteral("established"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("user"), user},
            {QStringLiteral("protocol"), QStringLiteral("tcp")},
            {QStringLiteral("source"), QStringLiteral("10.20.0.%1:4%2").arg(id).arg(id, 4, 10, QLatin1Char('0'))},
            {QStringLiteral("destination"), dst},
            {QStringLiteral("exit"), exit},
            {QStringLiteral("ingress"), QStringLiteral("tun")},
            {QStringLiteral("bytesUp"), up},
            {QStringLiteral("bytesDown"), down},
            {QStringLiteral("ageMs"), 1000 * id},
            {QStringLiteral("idleMs"), 10},
            {QStringLiteral("state"), state}};
}

QJsonObject reply(const QJsonArray &flows, const QJsonValue &users = QJsonValue::Undefined)
{
    QJsonObject r{{QStringLiteral("active"), true},
                  {QStringLiteral("tun"), QStringLiteral("byway0")},
                  {QStringLiteral("flows"), flows},
                  {QStringLiteral("stats"), QJsonObject{{QStringLiteral("flowTable"), flows.size()},
                                                        {QStringLiteral("bytesIn"), 1234},
                                                        {QStringLiteral("dropsTotal"), 2}}}};
    if (!users.isUndefined())
        r.insert(QStringLiteral("users"), users);
    return r;
}

QList<qint64> ids(const QAbstractItemModel &m)
{
    QList<qint64> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, 0).data(FlowModel::IdRole).toLongLong();
    return out;
}

} // namespace

class TestFlows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("BYWAY_SOCKET", "/nonexistent/byway-test.sock"); }

    void captureOff()
    {
        HelperConnection conn;
        FlowModel m(&conn);
        // What flows.list says without a capture: the summary and no flows.
        m.apply(QJsonDocument::fromJson(R"({"active":false,"problem":"TUN: /dev/net/tun: No such file","flows":[]})").object(), 0);
        QVERIFY(m.loaded());
        QVERIFY(!m.captureRunning());
        QCOMPARE(m.captureProblem(), QStringLiteral("TUN: /dev/net/tun: No such file"));
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(m.users()->rowCount(), 0);
    }

    void keyedUpdatesAndRates()
    {
        HelperConnection conn;
        FlowModel m(&conn);
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 100, 1000),
                       flow(2, QStringLiteral("bob"), QStringLiteral("198.51.100.7:22"), QStringLiteral("socks"), 50, 50),
                       flow(3, QStringLiteral("alice"), QStringLiteral("192.0.2.9:80"), QStringLiteral("main"), 0, 0)}), 0);
        QVERIFY(m.captureRunning());
        QCOMPARE(m.tun(), QStringLiteral("byway0"));
        QCOMPARE(m.stats().value(QStringLiteral("dropsTotal")).toInt(), 2);
        QCOMPARE(ids(m), (QList<qint64>{1, 2, 3}));
        QCOMPARE(m.index(0).data(FlowModel::BytesRole).toLongLong(), 1100);
        QCOMPARE(m.index(0).data(FlowModel::RateRole).toDouble(), -1.0); // one sample: no rate yet

        // One second later: flow 2 ended, 1 moved 2000 bytes, 4 is new.
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 600, 2500),
                       flow(3, QStringLiteral("alice"), QStringLiteral("192.0.2.9:80"), QStringLiteral("main"), 0, 0),
                       flow(4, QStringLiteral("carol"), QStringLiteral("203.0.113.5:53"), QStringLiteral("wan"), 80, 120)}), 1000);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1); // one range over the rows that changed
        QCOMPARE(ids(m), (QList<qint64>{1, 3, 4}));
        QCOMPARE(m.index(0).data(FlowModel::RateRole).toDouble(), 2000.0);
        QCOMPARE(m.index(1).data(FlowModel::RateRole).toDouble(), 0.0);
        QCOMPARE(m.index(2).data(FlowModel::RateRole).toDouble(), -1.0);
        QCOMPARE(m.count(), 3);

        // The same sample again changes nothing.
        changed.clear();
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 600, 2500),
                       flow(3, QStringLiteral("alice"), QStringLiteral("192.0.2.9:80"), QStringLiteral("main"), 0, 0),
                       flow(4, QStringLiteral("carol"), QStringLiteral("203.0.113.5:53"), QStringLiteral("wan"), 80, 120)}), 0);
        QCOMPARE(changed.size(), 0);
    }

    // bywayd lists the busiest flows and counts them all (flowCount): the
    // page says how many are open, not how many came.
    void totalBeyondTheListed()
    {
        HelperConnection conn;
        FlowModel m(&conn);
        QSignalSpy counted(&m, &FlowModel::countChanged);
        QJsonObject r = reply({flow(7, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 900, 9000)});
        r.insert(QStringLiteral("flowCount"), 12000);
        m.apply(r, 0);
        QCOMPARE(m.count(), 1);
        QCOMPARE(m.property("total").toInt(), 12000);
        // Fewer open now: the total follows (a signal), the row stays.
        counted.clear();
        r.insert(QStringLiteral("flowCount"), 11000);
        m.apply(r, 1000);
        QCOMPARE(m.property("total").toInt(), 11000);
        QCOMPARE(counted.size(), 1);
        // An older bywayd without flowCount: the rows are all there is.
        m.apply(reply({}), 1000);
        QCOMPARE(m.property("total").toInt(), 0);
    }

    void perUserTotalsAggregated()
    {
        HelperConnection conn;
        FlowModel m(&conn);
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 100, 1000),
                       flow(2, QString(), QStringLiteral("198.51.100.7:22"), QStringLiteral("main"), 5, 5),
                       flow(3, QStringLiteral("alice"), QStringLiteral("192.0.2.9:80"), QStringLiteral("main"), 10, 20)}), 0);
        QVERIFY(!m.helperUserTotals());
        FlowUserModel *u = m.users();
        QCOMPARE(u->rowCount(), 2);
        // Sorted by name: "" (no session) first, then alice.
        QCOMPARE(u->index(1).data(FlowUserModel::UserRole).toString(), QStringLiteral("alice"));
        QCOMPARE(u->index(1).data(FlowUserModel::FlowsRole).toLongLong(), 2);
        QCOMPARE(u->index(1).data(FlowUserModel::BytesUpRole).toLongLong(), 110);
        QCOMPARE(u->index(1).data(FlowUserModel::BytesDownRole).toLongLong(), 1020);
        QCOMPARE(u->index(1).data(FlowUserModel::RateRole).toDouble(), -1.0);
        QSignalSpy uchanged(u, &QAbstractItemModel::dataChanged);
        QSignalSpy ureset(u, &QAbstractItemModel::modelReset);
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 600, 1000),
                       flow(2, QString(), QStringLiteral("198.51.100.7:22"), QStringLiteral("main"), 5, 5),
                       flow(3, QStringLiteral("alice"), QStringLiteral("192.0.2.9:80"), QStringLiteral("main"), 10, 520)}), 2000);
        QCOMPARE(ureset.size(), 0);
        QCOMPARE(uchanged.size(), 2); // alice's bytes; the no-session row's rate appeared
        QCOMPARE(u->index(1).data(FlowUserModel::RateRole).toDouble(), 500.0); // 1000 bytes in 2 s
    }

    void perUserTotalsFromHelper()
    {
        HelperConnection conn;
        FlowModel m(&conn);
        // The helper's counters also hold flows that already ended: they win over a sum.
        const auto users = QJsonDocument::fromJson(R"([{"user":"alice","flows":1,"bytesUp":9000,"bytesDown":90000},
                                                       {"user":"bob","flows":0,"bytesUp":10,"bytesDown":20}])").array();
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 100, 1000)}, users), 0);
        QVERIFY(m.helperUserTotals());
        FlowUserModel *u = m.users();
        QCOMPARE(u->rowCount(), 2);
        QCOMPARE(u->index(0).data(FlowUserModel::BytesRole).toLongLong(), 99000);
        QCOMPARE(u->index(1).data(FlowUserModel::UserRole).toString(), QStringLiteral("bob"));
        const auto later = QJsonDocument::fromJson(R"([{"user":"alice","flows":1,"bytesUp":9000,"bytesDown":91000},
                                                       {"user":"bob","flows":0,"bytesUp":10,"bytesDown":20}])").array();
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 100, 2000)}, later), 1000);
        QCOMPARE(u->index(0).data(FlowUserModel::RateRole).toDouble(), 1000.0);
        QCOMPARE(u->index(1).data(FlowUserModel::RateRole).toDouble(), 0.0);
        QCOMPARE(m.property("userTotal").toInt(), 2); // no userCount: the listed are all

        // bywayd listed the busiest users of many: the page says how many there are.
        QSignalSpy counted(&m, &FlowModel::countChanged);
        QJsonObject r = reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 100, 2000)}, later);
        r.insert(QStringLiteral("userCount"), 9000);
        m.apply(r, 1000);
        QCOMPARE(m.property("userCount").toInt(), 2);
        QCOMPARE(m.property("userTotal").toInt(), 9000);
        QCOMPARE(counted.size(), 1);
    }

    void filterAndSort()
    {
        HelperConnection conn;
        FlowModel m(&conn);
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 100, 1000),
                       flow(2, QStringLiteral("bob"), QStringLiteral("198.51.100.7:22"), QStringLiteral("socks-de"), 5000, 50),
                       flow(3, QStringLiteral("Carol"), QStringLiteral("192.0.2.9:80"), QStringLiteral("main"), 1, 2)}), 0);
        FlowFilterModel f;
        f.setSourceModel(&m);
        QCOMPARE(f.count(), 3);
        QCOMPARE(ids(f), (QList<qint64>{1, 2, 3})); // no sort key: the model's order

        f.toggleSort(QStringLiteral("bytes")); // numbers: biggest first
        QVERIFY(f.descending());
        QCOMPARE(ids(f), (QList<qint64>{2, 1, 3}));
        f.toggleSort(QStringLiteral("bytes")); // again: the other way
        QCOMPARE(ids(f), (QList<qint64>{3, 1, 2}));
        f.toggleSort(QStringLiteral("user")); // names: A first, case-insensitive
        QVERIFY(!f.descending());
        QCOMPARE(ids(f), (QList<qint64>{1, 2, 3}));

        f.setFilterText(QStringLiteral("192.0.2")); // address
        QCOMPARE(ids(f), (QList<qint64>{1, 3}));
        f.setFilterText(QStringLiteral("SOCKS")); // exit, any case
        QCOMPARE(ids(f), (QList<qint64>{2}));
        f.setFilterText(QStringLiteral("carol")); // user
        QCOMPARE(ids(f), (QList<qint64>{3}));

        // A live update re-sorts: bob's flow is now the biggest by far.
        f.setFilterText({});
        f.setSortKey(QStringLiteral("bytesDown"));
        f.setDescending(true);
        m.apply(reply({flow(1, QStringLiteral("alice"), QStringLiteral("192.0.2.1:443"), QStringLiteral("wan"), 100, 1000),
                       flow(2, QStringLiteral("bob"), QStringLiteral("198.51.100.7:22"), QStringLiteral("socks-de"), 5000, 80000),
                       flow(3, QStringLiteral("Carol"), QStringLiteral("192.0.2.9:80"), QStringLiteral("main"), 1, 2)}), 1000);
        QCOMPARE(ids(f), (QList<qint64>{2, 1, 3}));

        // The per-user totals through the same proxy.
        FlowFilterModel users;
        users.setSourceModel(m.users());
        users.setFilterRoles({QStringLiteral("user")});
        users.setSortKey(QStringLiteral("bytes"));
        users.setDescending(true);
        QCOMPARE(users.count(), 3);
        QCOMPARE(users.index(0, 0).data(FlowUserModel::UserRole).toString(), QStringLiteral("bob"));
        users.setFilterText(QStringLiteral("ALI"));
        QCOMPARE(users.count(), 1);
    }

    void pollsOnlyWhileActive()
    {
        HelperConnection conn;
        FlowModel m(&conn);
        QVERIFY(!m.active());
        m.setActive(true);
        // Not connected: no request goes out, nothing loads, no error pile-up.
        QTest::qWait(FlowModel::kPollMs + 200);
        QVERIFY(!m.loading());
        QVERIFY(!m.loaded());
        m.setActive(false);
    }
};

QTEST_MAIN(TestFlows)
#include "tst_flows.moc"
