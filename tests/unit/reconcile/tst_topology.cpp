// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/ruleids.h"
#include "reconcile/topology.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace byway;
using namespace byway::reconcile;

namespace {

QJsonObject pathById(const QJsonObject &topo, const QString &id)
{
    for (const auto &v : topo.value(QStringLiteral("paths")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

config::Config parse(const char *json)
{
    auto c = config::fromJson(QJsonDocument::fromJson(json).object());
    if (!c)
        qFatal("test config invalid: %s", qPrintable(c.error().toString()));
    return *c;
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bypassReturnSkipsThisBox()
    {
        const auto c = parse(R"({"version": 1, "role": "bypass-router",
            "interfaces": {"lan": ["br-lan"], "alternate": "eth1"},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24", "ipv6Secondary": true},
            "ipv6": {"enabled": true}})");
        QJsonObject t = topology(c);
        const QJsonObject up = pathById(t, QStringLiteral("up"));
        const QJsonObject back = pathById(t, QStringLiteral("back"));
        QCOMPARE(up.value(QStringLiteral("kind")).toString(), QStringLiteral("upstream"));
        QVERIFY(up.value(QStringLiteral("hops")).toArray().contains(QStringLiteral("this")));
        QCOMPARE(back.value(QStringLiteral("kind")).toString(), QStringLiteral("return"));
        QVERIFY(!back.value(QStringLiteral("hops")).toArray().contains(QStringLiteral("this")));
        QVERIFY(!pathById(t, QStringLiteral("up6")).isEmpty());

        attachCounters(t, {{ruleid::forwardOut(QStringLiteral("br-lan")), Counter{10, 1500}}});
        QCOMPARE(pathById(t, QStringLiteral("up")).value(QStringLiteral("bytes")).toInteger(), 1500);
        QCOMPARE(pathById(t, QStringLiteral("back")).value(QStringLiteral("bytes")).toInteger(), 0);
    }

    void gatewayPathsPerPool()
    {
        const auto c = parse(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
            "pools": [{"name": "a", "subnet": "10.20.0.0/24"}, {"name": "b", "subnet": "10.21.0.0/24"}],
            "nat": {"masquerade": [{"source": "10.20.0.0/15", "out": "eth0"}]}})");
        const QJsonObject t = topology(c);
        const QJsonObject upA = pathById(t, QStringLiteral("up:a"));
        QCOMPARE(upA.value(QStringLiteral("hops")).toArray().first().toString(), QStringLiteral("pool:a"));
        QVERIFY(upA.value(QStringLiteral("ruleIds")).toArray().contains(ruleid::masquerade(0)));
        QVERIFY(!pathById(t, QStringLiteral("back:b")).isEmpty());
    }

    // Each LAN port with its own subnet, the alternate port linked to this box
    // and the main router, the known clients, and a direct exit that says
    // where it leads instead of "table 0 mark 0x0".
    void portsLinksClientsAndExits()
    {
        const auto c = parse(R"({"version": 1, "role": "bypass-router",
            "interfaces": {"lan": ["lan0", "lan1"], "alternate": "alt0"},
            "exits": [{"name": "direct", "type": "direct"}, {"name": "wan", "type": "direct", "device": "wan0"}],
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"}})");
        TopologyLive live;
        auto addr = [](const char *cidr, const char *dev) {
            route::AddressSpec a;
            a.address = *config::Prefix::parse(QString::fromLatin1(cidr));
            a.dev = QString::fromLatin1(dev);
            return a;
        };
        live.addresses = {addr("192.168.10.2/24", "lan0"), addr("192.168.20.1/24", "lan1"), addr("10.7.0.2/30", "alt0")};
        Session s;
        s.user = QStringLiteral("alice");
        s.address = QHostAddress(QStringLiteral("192.168.20.5"));
        live.sessions = {s};
        const QJsonObject t = topology(c, live);
        QJsonObject nodes;
        for (const auto &v : t.value(QStringLiteral("nodes")).toArray())
            nodes.insert(v.toObject().value(QStringLiteral("id")).toString(), v);
        const QJsonArray ports = nodes.value(QStringLiteral("this")).toObject().value(QStringLiteral("ports")).toArray();
        QCOMPARE(ports.size(), 3);
        QCOMPARE(ports[1].toObject().value(QStringLiteral("subnets")).toArray().first().toString(), QStringLiteral("192.168.20.0/24"));
        // The box's own address on the port, not only the subnet.
        QCOMPARE(ports[1].toObject().value(QStringLiteral("addresses")).toArray(), QJsonArray{QStringLiteral("192.168.20.1/24")});
        QCOMPARE(ports[2].toObject().value(QStringLiteral("addresses")).toArray(), QJsonArray{QStringLiteral("10.7.0.2/30")});
        QCOMPARE(ports[2].toObject().value(QStringLiteral("role")).toString(), QStringLiteral("alternate"));
        QCOMPARE(nodes.value(QStringLiteral("lan")).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("192.168.10.0/24, 192.168.20.0/24"));
        QCOMPARE(nodes.value(QStringLiteral("exit:direct")).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("main table"));
        QCOMPARE(nodes.value(QStringLiteral("exit:wan")).toObject().value(QStringLiteral("detail")).toString(),
                 QStringLiteral("dev wan0"));
        const QJsonArray members = nodes.value(QStringLiteral("clients")).toObject().value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members[0].toObject().value(QStringLiteral("address")).toString(), QStringLiteral("192.168.20.5"));
        QSet<QString> links;
        for (const auto &v : t.value(QStringLiteral("links")).toArray())
            links.insert(v.toObject().value(QStringLiteral("from")).toString() + QLatin1Char('-')
                         + v.toObject().value(QStringLiteral("to")).toString());
        for (const char *want : {"this-alternate", "alternate-main", "exit:direct-internet", "lan-main", "clients-lan"})
            QVERIFY2(links.contains(QLatin1String(want)), want);
    }

    // The LAN ports' neighbours are clients too ("neighbour"), after the
    // sessions; not the main router, not the box's own address, not a host
    // on another port, not a session's address twice; at most 12 listed.
    // Before lan0 has an address (a plan, the interface not up yet): the
    // configured address stands for it.
    void portFallsBackToTheConfiguredAddress()
    {
        const auto c = parse(R"({"version": 1, "role": "bypass-router", "interfaces": {"lan": ["lan0"]},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"}})");
        const QJsonObject t = topology(c, TopologyLive{});
        QJsonObject port;
        for (const auto &v : t.value(QStringLiteral("nodes")).toArray())
            if (v.toObject().value(QStringLiteral("id")) == QStringLiteral("this"))
                port = v.toObject().value(QStringLiteral("ports")).toArray().first().toObject();
        QCOMPARE(port.value(QStringLiteral("addresses")).toArray(), QJsonArray{QStringLiteral("192.168.10.2/24")});
        QCOMPARE(port.value(QStringLiteral("subnets")).toArray(), QJsonArray{QStringLiteral("192.168.10.0/24")});
    }

    // A VPN server's tunnels by pattern: the interfaces it matches now and
    // their addresses, each once (every tunnel has the same local address).
    void tunnelPatternNamesItsInterfaces()
    {
        const auto c = parse(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
            "pools": [{"name": "a", "subnet": "10.20.0.0/24"}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "eth0"}]}})");
        TopologyLive live;
        for (const char *dev : {"vpns1", "vpns0", "vpnsx"}) {
            route::AddressSpec a;
            a.address = *config::Prefix::parse(QStringLiteral("10.20.0.1/32"));
            a.dev = QString::fromLatin1(dev);
            live.addresses.append(a);
        }
        route::AddressSpec other;
        other.address = *config::Prefix::parse(QStringLiteral("203.0.113.2/24"));
        other.dev = QStringLiteral("eth0");
        live.addresses.append(other);
        QJsonObject tunnels;
        for (const auto &n : topology(c, live).value(QStringLiteral("nodes")).toArray())
            for (const auto &p : n.toObject().value(QStringLiteral("ports")).toArray())
                if (p.toObject().value(QStringLiteral("role")) == QStringLiteral("tunnel"))
                    tunnels = p.toObject();
        QCOMPARE(tunnels.value(QStringLiteral("name")).toString(), QStringLiteral("vpns*"));
        QCOMPARE(tunnels.value(QStringLiteral("addresses")).toArray(), QJsonArray{QStringLiteral("10.20.0.1/32")});
        QCOMPARE(tunnels.value(QStringLiteral("interfaces")).toArray(),
                 (QJsonArray{QStringLiteral("vpns0"), QStringLiteral("vpns1"), QStringLiteral("vpnsx")}));
        QCOMPARE(tunnels.value(QStringLiteral("interfaceCount")).toInt(), 3);
    }

    void neighboursAreClients()
    {
        const auto c = parse(R"({"version": 1, "role": "bypass-router",
            "interfaces": {"lan": ["lan0"], "alternate": "alt0"},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"}})");
        TopologyLive live;
        route::AddressSpec own;
        own.address = *config::Prefix::parse(QStringLiteral("192.168.10.2/24"));
        own.dev = QStringLiteral("lan0");
        live.addresses = {own};
        auto host = [](const char *a, const char *dev) {
            return route::Neighbour{QHostAddress(QString::fromLatin1(a)), QString::fromLatin1(dev),
                                    QStringLiteral("02:00:00:00:00:01"), true};
        };
        live.neighbours = {host("192.168.10.1", "lan0"), host("192.168.10.2", "lan0"), host("10.7.0.1", "alt0"),
                           host("192.168.10.50", "lan0"), host("192.168.10.7", "lan0")};
        Session s;
        s.user = QStringLiteral("alice");
        s.address = QHostAddress(QStringLiteral("192.168.10.7"));
        live.sessions = {s};
        auto clients = [&] {
            for (const auto &v : topology(c, live).value(QStringLiteral("nodes")).toArray())
                if (v.toObject().value(QStringLiteral("id")).toString() == u"clients")
                    return v.toObject();
            return QJsonObject();
        };
        const QJsonArray members = clients().value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members[0].toObject().value(QStringLiteral("source")).toString(), QStringLiteral("session"));
        const QJsonObject n = members[1].toObject();
        QCOMPARE(n.value(QStringLiteral("source")).toString(), QStringLiteral("neighbour"));
        QCOMPARE(n.value(QStringLiteral("address")).toString(), QStringLiteral("192.168.10.50"));
        QCOMPARE(n.value(QStringLiteral("dev")).toString(), QStringLiteral("lan0"));

        for (int i = 100; i < 130; ++i)
            live.neighbours.append(host(qPrintable(QStringLiteral("192.168.10.%1").arg(i)), "lan0"));
        const QJsonObject many = clients();
        QCOMPARE(many.value(QStringLiteral("members")).toArray().size(), kTopologyMaxMembers);
        QCOMPARE(many.value(QStringLiteral("membersMore")).toInt(), 2 + 30 - kTopologyMaxMembers);
    }

    // The capture's paths per exit carry its counters (bytes out up, bytes in
    // back; packets split by direction), and the rule counters leave them be.
    void capturePathsCountedByTheCapture()
    {
        const auto c = parse(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
            "exits": [{"name": "wan", "type": "direct", "device": "wan0"}],
            "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": "wan0"}]},
            "pools": [{"name": "office", "subnet": "10.0.1.0/24"}]})");
        TopologyLive live;
        live.captureActive = true;
        live.captureTun = QStringLiteral("byway0");
        const QJsonArray before = QJsonDocument::fromJson(
            R"([{"exit":"wan","flows":1,"bytesIn":100,"bytesOut":1000,"packets":30,"packetsIn":10}])").array();
        const QJsonArray now = QJsonDocument::fromJson(
            R"([{"exit":"wan","flows":2,"bytesIn":50,"bytesOut":500,"packets":15,"packetsIn":5},
                {"exit":"main","flows":0,"bytesIn":1,"bytesOut":2,"packets":3,"packetsIn":1}])").array();
        live.captureExits = addTotals(before, now, QStringLiteral("exit"));
        QJsonObject t = topology(c, live);
        attachCounters(t, {});
        const QJsonObject up = pathById(t, QStringLiteral("capture-up:wan"));
        const QJsonObject back = pathById(t, QStringLiteral("capture-back:wan"));
        QCOMPARE(up.value(QStringLiteral("bytes")).toInteger(), 1500);
        QCOMPARE(up.value(QStringLiteral("packets")).toInteger(), 30);
        QCOMPARE(back.value(QStringLiteral("bytes")).toInteger(), 150);
        QCOMPARE(back.value(QStringLiteral("packets")).toInteger(), 15);
        QCOMPARE(up.value(QStringLiteral("counter")).toString(), QStringLiteral("capture"));
        QVERIFY(up.value(QStringLiteral("hops")).toArray().contains(QStringLiteral("exit:wan")));
        QCOMPARE(back.value(QStringLiteral("hops")).toArray().last().toString(), QStringLiteral("pool:office"));
        // "main" is no configured exit: straight to the internet.
        QVERIFY(!pathById(t, QStringLiteral("capture-up:main")).value(QStringLiteral("hops")).toArray().contains(QStringLiteral("exit:main")));
        QVERIFY(up.value(QStringLiteral("note")).toString().isEmpty());
        // The node's detail is its state (its kind is said by the kind).
        auto captureDetail = [](const QJsonObject &topo) {
            for (const QJsonValue &v : topo.value(QStringLiteral("nodes")).toArray())
                if (v.toObject().value(QStringLiteral("id")).toString() == u"capture")
                    return v.toObject().value(QStringLiteral("detail")).toString();
            return QString();
        };
        QCOMPARE(captureDetail(t), QStringLiteral("running"));

        // Stopped (another role, compat no longer needed): the counts stay,
        // and each path says they are not traffic of now.
        live.captureActive = false;
        t = topology(c, live);
        QCOMPARE(pathById(t, QStringLiteral("capture-up:wan")).value(QStringLiteral("packets")).toInteger(), 30);
        QVERIFY(pathById(t, QStringLiteral("capture-back:wan")).value(QStringLiteral("note")).toString().contains(u"stopped"));
        QCOMPARE(captureDetail(t), QStringLiteral("stopped"));
    }

    void noneHasNoPaths()
    {
        const QJsonObject t = topology(config::defaults());
        QCOMPARE(t.value(QStringLiteral("role")).toString(), QStringLiteral("none"));
        QVERIFY(t.value(QStringLiteral("paths")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
