// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/ruleids.h"
#include "reconcile/topology.h"

#include <QJsonArray>
#include <QJsonDocument>
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

    void noneHasNoPaths()
    {
        const QJsonObject t = topology(config::defaults());
        QCOMPARE(t.value(QStringLiteral("role")).toString(), QStringLiteral("none"));
        QVERIFY(t.value(QStringLiteral("paths")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
