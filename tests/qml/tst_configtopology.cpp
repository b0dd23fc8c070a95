// SPDX-License-Identifier: GPL-3.0-or-later
// TopologyModel (layout by kind, the bypass return path skipping this box,
// rates from byte deltas, fine-grained counter updates) and ConfigModel
// (JSON pointers ↔ form text, dirty state, errors at their fields).
#include "configmodel.h"
#include "configpointer.h"
#include "helperconnection.h"
#include "topologymodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace byway;
using namespace byway::qml;

namespace {

QJsonObject bypassTopology(qint64 upBytes)
{
    auto doc = QJsonDocument::fromJson(R"({"role":"bypass-router","pending":{},
      "nodes":[{"id":"internet","kind":"internet","label":"Internet","detail":""},
               {"id":"main","kind":"main-router","label":"Main router","detail":"192.168.10.1"},
               {"id":"this","kind":"this-box","label":"This box","detail":"192.168.10.2/24"},
               {"id":"lan","kind":"lan","label":"lan0","detail":"192.168.10.0/24"},
               {"id":"clients","kind":"clients","label":"Clients","detail":"gateway 192.168.10.2"}],
      "paths":[{"id":"up","kind":"upstream","hops":["clients","this","main","internet"],"ruleIds":["fwd-out"],"note":"","packets":10,"bytes":0},
               {"id":"back","kind":"return","hops":["internet","main","clients"],"ruleIds":[],"note":"replies skip this box","packets":0,"bytes":0}]})").object();
    QJsonArray paths = doc.value(u"paths").toArray();
    QJsonObject up = paths[0].toObject();
    up.insert(QStringLiteral("bytes"), upBytes);
    paths[0] = up;
    doc.insert(QStringLiteral("paths"), paths);
    return doc;
}

} // namespace

class TestConfigTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qputenv("BYWAY_SOCKET", "/nonexistent/byway-test.sock"); }

    void topologyLayoutAndReturnPath()
    {
        HelperConnection conn;
        TopologyModel t(&conn);
        t.apply(bypassTopology(1000), 0);
        QVERIFY(t.loaded());
        QCOMPARE(t.role(), QStringLiteral("bypass-router"));
        QCOMPARE(t.rowCount(), 5);
        QCOMPARE(t.columnCount(), 5); // internet, main, this, lan, clients: left → right
        const QStringList order{QStringLiteral("internet"), QStringLiteral("main"), QStringLiteral("this"),
                                QStringLiteral("lan"), QStringLiteral("clients")};
        for (int c = 0; c < order.size(); ++c)
            QCOMPARE(t.node(order[c]).value(QStringLiteral("column")).toInt(), c);
        TopologyPathModel *paths = t.paths();
        QCOMPARE(paths->rowCount(), 2);
        QCOMPARE(paths->data(paths->index(0), TopologyPathModel::SkipsThisBoxRole).toBool(), false);
        QCOMPARE(paths->data(paths->index(1), TopologyPathModel::SkipsThisBoxRole).toBool(), true);
        QCOMPARE(paths->data(paths->index(1), TopologyPathModel::CountedRole).toBool(), false);
        QCOMPARE(paths->data(paths->index(0), TopologyPathModel::RateRole).toDouble(), -1.0); // one sample: no rate yet

        // Second poll 2 s later, 4000 bytes more: 2000 B/s, as a dataChanged, not a reset.
        QSignalSpy changed(paths, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(paths, &QAbstractItemModel::modelReset);
        QSignalSpy nodesReset(&t, &QAbstractItemModel::modelReset);
        t.apply(bypassTopology(5000), 2000);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(nodesReset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(paths->data(paths->index(0), TopologyPathModel::RateRole).toDouble(), 2000.0);
        QCOMPARE(paths->data(paths->index(0), TopologyPathModel::BytesRole).toLongLong(), 5000);
    }

    void topologyRoleNone()
    {
        HelperConnection conn;
        TopologyModel t(&conn);
        t.apply(QJsonDocument::fromJson(R"({"role":"none","nodes":[],"paths":[],"pending":{}})").object(), 0);
        QCOMPARE(t.role(), QStringLiteral("none"));
        QCOMPARE(t.rowCount(), 0);
        QCOMPARE(t.paths()->rowCount(), 0);
    }

    void pointersAndText()
    {
        QJsonObject d;
        d = pointer::setAt(d, QStringLiteral("/interfaces/wan"), pointer::fromText(QStringLiteral(" eth0 , eth1,"), QStringLiteral("list")));
        QCOMPARE(pointer::toText(pointer::valueAt(d, QStringLiteral("/interfaces/wan")), QStringLiteral("list")), QStringLiteral("eth0, eth1"));
        d = pointer::setAt(d, QStringLiteral("/pools/0/users"),
                           pointer::fromText(QStringLiteral("alice 10.20.0.10, bob 10.20.0.11"), QStringLiteral("users")));
        QCOMPARE(pointer::valueAt(d, QStringLiteral("/pools/0/users/1/address")).toString(), QStringLiteral("10.20.0.11"));
        d = pointer::setAt(d, QStringLiteral("/capture/mtu"), pointer::fromText(QStringLiteral("1280"), QStringLiteral("int")));
        QCOMPARE(pointer::valueAt(d, QStringLiteral("/capture/mtu")).toInt(), 1280);
        // Not a number: kept as text so the helper reports the type at the field.
        QVERIFY(pointer::fromText(QStringLiteral("12a"), QStringLiteral("int")).isString());
        QCOMPARE(pointer::fromText(QStringLiteral("0x10000"), QStringLiteral("mark")).toInt(), 0x10000);
        // Emptying an optional field removes the member.
        d = pointer::setAt(d, QStringLiteral("/capture/mtu"), pointer::fromText(QString(), QStringLiteral("int")));
        QVERIFY(!d.value(u"capture").toObject().contains(u"mtu"));
        QVERIFY(pointer::covers(QStringLiteral("/interfaces/wan"), QStringLiteral("/interfaces/wan/1")));
        QVERIFY(!pointer::covers(QStringLiteral("/interfaces/wan"), QStringLiteral("/interfaces/wanx")));
    }

    void configDirtyAndErrorsAtFields()
    {
        HelperConnection conn;
        ConfigModel m(&conn);
        m.setLoaded(QJsonDocument::fromJson(R"({"version":1,"role":"vpn-gateway","interfaces":{"wan":["eth0"]},
            "pools":[{"name":"vpn","subnet":"10.20.0.0/24","users":[]}]})").object(), 3);
        QVERIFY(!m.dirty());
        QCOMPARE(m.revision(), 3);
        QCOMPARE(m.poolCount(), 1);
        QVERIFY(m.sectionApplies(QStringLiteral("pools")));
        QVERIFY(!m.sectionApplies(QStringLiteral("bypass")));
        QSignalSpy dirty(&m, &ConfigModel::dirtyChanged);
        m.setField(QStringLiteral("/interfaces/wan"), QStringLiteral("list"), QStringLiteral("eth0")); // same value
        QCOMPARE(dirty.size(), 0);
        m.setField(QStringLiteral("/pools/0/subnet"), QStringLiteral("string"), QStringLiteral("10.20.0.5/24"));
        QVERIFY(m.dirty());
        QCOMPARE(dirty.size(), 1);
        m.setErrors({{QStringLiteral("/pools/0/subnet"), QStringLiteral("format"), QStringLiteral("host bits set")},
                     {QStringLiteral("/interfaces/wan/0"), QStringLiteral("format"), QStringLiteral("bad name")},
                     {QStringLiteral("/colour"), QStringLiteral("unknown"), QStringLiteral("no such member")}});
        QCOMPARE(m.fieldError(QStringLiteral("/pools/0/subnet")).value(QStringLiteral("code")).toString(), QStringLiteral("format"));
        QCOMPARE(m.fieldError(QStringLiteral("/interfaces/wan")).value(QStringLiteral("path")).toString(), QStringLiteral("/interfaces/wan/0"));
        QVERIFY(m.fieldError(QStringLiteral("/pools/0/name")).isEmpty());
        // Only the error no field shows is listed apart.
        QCOMPARE(m.otherErrors().size(), 1);
        QCOMPARE(m.otherErrors().first().toMap().value(QStringLiteral("path")).toString(), QStringLiteral("/colour"));
        m.setRole(QStringLiteral("bypass-router"));
        QVERIFY(m.sectionApplies(QStringLiteral("bypass")));
        m.discard();
        QVERIFY(!m.dirty());
        QCOMPARE(m.role(), QStringLiteral("vpn-gateway"));
        QCOMPARE(m.errorCount(), 0);
    }
};

QTEST_MAIN(TestConfigTopology)
#include "tst_configtopology.moc"
