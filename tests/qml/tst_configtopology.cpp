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

    // The capture's paths are counted (by the capture, not by rules), each
    // path keeps the rates of its last polls for the chart, and the physical
    // links and this box's ports reach the drawing.
    void topologyCaptureHistoryAndLinks()
    {
        HelperConnection conn;
        TopologyModel t(&conn);
        auto topo = [](qint64 bytes) {
            return QJsonDocument::fromJson(QStringLiteral(R"({"role":"vpn-gateway","pending":{},
              "nodes":[{"id":"internet","kind":"internet","label":"Internet","detail":""},
                       {"id":"this","kind":"this-box","label":"This box","detail":"WAN wan0",
                        "ports":[{"name":"wan0","role":"wan","subnets":["10.0.2.0/24"]}]},
                       {"id":"pool:office","kind":"pool","label":"office","detail":"10.0.1.0/24",
                        "members":[{"name":"alice","source":"capture","bytesIn":1,"bytesOut":2}],"membersMore":0},
                       {"id":"capture","kind":"capture","label":"byway0","detail":"running"}],
              "links":[{"from":"pool:office","to":"capture"},{"from":"capture","to":"this"},{"from":"this","to":"internet"}],
              "paths":[{"id":"capture-up:main","kind":"upstream","hops":["pool:office","capture","this","internet"],
                        "ruleIds":[],"counter":"capture","exit":"main","note":"","packets":5,"bytes":%1}],
              "capture":{"active":true,"users":[{"user":"alice","bytesIn":1,"bytesOut":2,"packets":3}]}})").arg(bytes).toUtf8()).object();
        };
        t.apply(topo(1000), 0);
        t.apply(topo(3000), 2000);
        t.apply(topo(7000), 2000);
        TopologyPathModel *paths = t.paths();
        const QModelIndex up = paths->index(0);
        QVERIFY(paths->data(up, TopologyPathModel::CountedRole).toBool());
        QVERIFY(paths->data(up, TopologyPathModel::ViaCaptureRole).toBool());
        QCOMPARE(paths->data(up, TopologyPathModel::ExitRole).toString(), QStringLiteral("main"));
        QCOMPARE(paths->data(up, TopologyPathModel::HistoryRole).value<QList<double>>(), (QList<double>{1000.0, 2000.0}));
        QCOMPARE(t.linkShapes().size(), 3);
        QCOMPARE(t.node(QStringLiteral("this")).value(QStringLiteral("ports")).toList().size(), 1);
        QCOMPARE(t.node(QStringLiteral("capture")).value(QStringLiteral("column")).toInt(), 2); // internet, this, capture, pool
        QCOMPARE(t.captureUsers().size(), 1);
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

    // A role switch hides the other role's sections: their values stay in
    // the form (switching back shows them) but are not sent, so they cannot
    // refuse an Apply (e.g. a secondary router's bypass.nat under
    // bypass-router). Pools, exits and NAT are both roles': they go along,
    // shown, and bywayd says what does not fit.
    void roleSwitchSendsOnlyTheRolesValues()
    {
        HelperConnection conn;
        ConfigModel m(&conn);
        m.setLoaded(QJsonDocument::fromJson(R"({"version":1,"role":"vpn-gateway",
            "interfaces":{"wan":["eth0"],"tunnels":["vpns*"],"lan":["br0"]},
            "pools":[{"name":"vpn","subnet":"10.20.0.0/24","users":[]}],
            "nat":{"masquerade":[{"source":"10.20.0.0/24","out":"eth0"}]},
            "bypass":{"mainRouter":"192.168.10.1","nat":true}, "exits":[],
            "dns":{"redirectGroup":"wan"}})").object(), 1);
        QJsonObject e = m.effectiveDocument();
        QVERIFY(e.contains(u"pools"));
        QVERIFY(e.contains(u"nat"));
        QVERIFY(!e.contains(u"bypass"));
        QVERIFY(!e.value(u"interfaces").toObject().contains(u"lan"));
        QVERIFY(e.contains(u"dns")); // a wan-separated setting, but never dropped (bywayd warns instead)
        m.setRole(QStringLiteral("bypass-router"));
        e = m.effectiveDocument();
        QVERIFY(e.contains(u"pools"));
        QVERIFY(e.contains(u"nat"));
        QVERIFY(m.sectionApplies(QStringLiteral("exits")));
        QVERIFY(!m.sectionApplies(QStringLiteral("tunnels")));
        QCOMPARE(e.value(u"interfaces").toObject().keys(), QStringList{QStringLiteral("lan")});
        QVERIFY(e.value(u"bypass").toObject().contains(u"mainRouter"));
        QVERIFY(!e.value(u"bypass").toObject().contains(u"nat")); // a bypass router refuses it, and hides it
        QVERIFY(m.document().contains(u"pools")); // kept for switching back
        m.setRole(QStringLiteral("secondary-router"));
        QVERIFY(m.effectiveDocument().value(u"bypass").toObject().value(u"nat").toBool());
        m.setRole(QStringLiteral("none"));
        QCOMPARE(m.effectiveDocument(), m.document()); // none keeps everything

        // An exit switched from SOCKS5 to direct leaves no SOCKS5 settings behind.
        m.setRole(QStringLiteral("vpn-gateway"));
        m.addExit();
        m.setField(QStringLiteral("/exits/0/type"), QStringLiteral("string"), QStringLiteral("socks5"));
        m.setField(QStringLiteral("/exits/0/server"), QStringLiteral("string"), QStringLiteral("192.0.2.9"));
        m.setField(QStringLiteral("/exits/0/port"), QStringLiteral("int"), QStringLiteral("1080"));
        QCOMPARE(m.effectiveDocument().value(u"exits")[0].toObject().value(u"port").toInt(), 1080);
        m.setField(QStringLiteral("/exits/0/type"), QStringLiteral("string"), QStringLiteral("direct"));
        QVERIFY(!m.effectiveDocument().value(u"exits")[0].toObject().contains(u"server"));
        QVERIFY(!m.effectiveDocument().value(u"exits")[0].toObject().contains(u"port"));
        QCOMPARE(m.fieldText(QStringLiteral("/exits/0/server"), QStringLiteral("string")), QStringLiteral("192.0.2.9"));
        // And back to SOCKS5: no table or device (refused there); the mark stays (both have one).
        m.setField(QStringLiteral("/exits/0/table"), QStringLiteral("int"), QStringLiteral("120"));
        m.setField(QStringLiteral("/exits/0/device"), QStringLiteral("interface"), QStringLiteral("wan0"));
        m.setField(QStringLiteral("/exits/0/mark"), QStringLiteral("mark"), QStringLiteral("0x10000"));
        m.setField(QStringLiteral("/exits/0/type"), QStringLiteral("string"), QStringLiteral("socks5"));
        const QJsonObject socks = m.effectiveDocument().value(u"exits")[0].toObject();
        QVERIFY(!socks.contains(u"table") && !socks.contains(u"device"));
        QVERIFY(socks.contains(u"mark") && socks.contains(u"server"));
        m.removeExit(0);
        m.setRole(QStringLiteral("none"));
        m.setRole(QStringLiteral("vpn-gateway"));
        QVERIFY(!m.dirty());
    }

    // Each problem names where the form shows it; "Show" focuses that field
    // (or the section when it has none) and says which section it is in.
    void problemsJumpToTheirField()
    {
        HelperConnection conn;
        ConfigModel m(&conn);
        m.setLoaded(QJsonDocument::fromJson(R"({"version":1,"role":"vpn-gateway","interfaces":{"wan":["eth0"]},
            "pools":[{"name":"office","subnet":"10.20.0.1/24","users":[{"name":"a","address":"10.9.0.2"}]}]})").object(), 1);
        FieldError subnet{QStringLiteral("/pools/0/subnet"), QStringLiteral("format"), QStringLiteral("host bits set")};
        subnet.id = QStringLiteral("config.prefix.host_bits");
        m.setErrors({subnet,
                     {QStringLiteral("/pools/0/users/0/address"), QStringLiteral("conflict"), QStringLiteral("outside")},
                     {QStringLiteral("/interfaces/tunnels"), QStringLiteral("required"), QStringLiteral("needs tunnels")},
                     {QStringLiteral("/exits"), QStringLiteral("required"), QStringLiteral("needs an exit")},
                     {QStringLiteral("/dns/resolver"), QStringLiteral("unknown"), QStringLiteral("bad")},
                     {QStringLiteral("/telemetry"), QStringLiteral("unknown"), QStringLiteral("bad")}});
        const QVariantList problems = m.problems();
        QCOMPARE(problems.size(), 6);
        auto at = [&](int i, const char *key) { return problems.at(i).toMap().value(QLatin1String(key)); };
        QCOMPARE(at(0, "field").toString(), QStringLiteral("/pools/0/subnet"));
        QCOMPARE(at(0, "section").toString(), QStringLiteral("pools"));
        QCOMPARE(at(0, "item").toInt(), 0);
        QCOMPARE(at(0, "id").toString(), QStringLiteral("config.prefix.host_bits"));
        QCOMPARE(at(1, "field").toString(), QStringLiteral("/pools/0/users"));
        QCOMPARE(at(2, "field").toString(), QStringLiteral("/interfaces/tunnels"));
        QCOMPARE(at(2, "section").toString(), QStringLiteral("interfaces"));
        QCOMPARE(at(3, "field").toString(), QString());
        QCOMPARE(at(3, "section").toString(), QStringLiteral("exits"));
        QCOMPARE(at(4, "section").toString(), QStringLiteral("dns")); // a typo in a section the form edits
        QCOMPARE(at(4, "field").toString(), QString());
        QCOMPARE(at(5, "section").toString(), QString()); // a member the form has no section for

        QSignalSpy focus(&m, &ConfigModel::focusRequested);
        QVERIFY(m.showProblem(QStringLiteral("/pools/0/users/0/address")));
        QCOMPARE(focus.size(), 1);
        QCOMPARE(m.focusField(), QStringLiteral("/pools/0/users"));
        QCOMPARE(m.focusSection(), QStringLiteral("pools"));
        QVERIFY(m.showProblem(QStringLiteral("/nat/masquerade/0/out")));
        QCOMPARE(m.focusField(), QStringLiteral("/nat/masquerade"));
        QCOMPARE(m.focusSection(), QStringLiteral("nat"));
        QVERIFY(m.showProblem(QStringLiteral("/dns/resolver")));
        QCOMPARE(m.focusSection(), QStringLiteral("dns"));
        QVERIFY(m.showProblem(QStringLiteral("/routing/markMask")));
        QCOMPARE(m.focusField(), QStringLiteral("/routing/markMask"));
        QVERIFY(!m.showProblem(QStringLiteral("/telemetry")));

        // A problem in a section the role does not use shows that section.
        QVERIFY(!m.sectionApplies(QStringLiteral("bypass")));
        QVERIFY(!m.shows(QStringLiteral("bypass"), QStringLiteral("/bypass")));
        m.setErrors({{QStringLiteral("/bypass/mainRouter"), QStringLiteral("format"), QStringLiteral("bad")}});
        QVERIFY(m.shows(QStringLiteral("bypass"), QStringLiteral("/bypass")));
    }

    // topology.get "drops" (packets from the VPN interfaces with a source in
    // no pool) and the findings about the paths; an older bywayd has neither.
    void topologyDropsAndFindings()
    {
        HelperConnection conn;
        TopologyModel m(&conn);
        m.apply(bypassTopology(0), 0);
        QVERIFY(!m.foreignDropCounted());
        QJsonObject t = bypassTopology(0);
        t.insert(QStringLiteral("drops"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("foreign")},
                                                                 {QStringLiteral("reason"), QStringLiteral("source-outside-pools")},
                                                                 {QStringLiteral("packets"), 12},
                                                                 {QStringLiteral("bytes"), 1008}}});
        t.insert(QStringLiteral("findings"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("env.pool.peers_outside")},
                                        {QStringLiteral("severity"), QStringLiteral("warning")}},
                            QJsonObject{{QStringLiteral("id"), QStringLiteral("env.dns.redirect_unused")},
                                        {QStringLiteral("severity"), QStringLiteral("info")}}});
        QSignalSpy drops(&m, &TopologyModel::dropsChanged);
        m.apply(t, 2000);
        QVERIFY(m.foreignDropCounted());
        QCOMPARE(m.foreignDropPackets(), 12.0);
        QCOMPARE(m.foreignDropBytes(), 1008.0);
        QCOMPARE(drops.size(), 1);
        QCOMPARE(m.findings().size(), 1); // the DNS note is not about these paths
        m.apply(t, 2000);
        QCOMPARE(drops.size(), 1); // the same numbers: no signal
    }
};

QTEST_MAIN(TestConfigTopology)
#include "tst_configtopology.moc"
