// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/allocations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace byway;
using namespace byway::reconcile;

namespace {

QStringList paths(const QList<FieldError> &errors)
{
    QStringList out;
    for (const auto &e : errors)
        out.append(e.path);
    return out;
}

} // namespace

class TestAllocations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void collisionsAreNamed()
    {
        auto c = config::fromJson(QJsonDocument::fromJson(R"({"version": 1, "role": "wan-separated",
            "interfaces": {"wan": ["eth0"]},
            "exits": [{"name": "wan", "mark": "0x00010000", "table": 2022}]})").object());
        QVERIFY(c.has_value());
        Environment env;
        auto d = desiredState(*c, env);
        QVERIFY(d.has_value());
        // What the probe reports on a box with pbr, sing-box and an unknown table in Byway's range.
        const QJsonObject owners = QJsonDocument::fromJson(R"({
            "marks": [{"mark": "0x10000", "mask": "0xff0000", "owner": "pbr", "source": "ipv4 rule 30000"},
                      {"mark": "0x2023", "mask": "0xffffffff", "owner": "sing-box", "source": "ipv4 rule 9000"},
                      {"mark": "0x100", "mask": "0x3f00", "owner": "mwan3", "source": "ipv4 rule 1001"},
                      {"mark": "0x10000", "mask": "0xb70000", "owner": "byway", "source": "ipv4 rule 21100"}],
            "tables": [{"table": 2022, "owner": "sing-box"}, {"table": 2150, "owner": "unknown"}],
            "priorities": [{"priority": 21100, "owner": "unknown"}, {"priority": 9000, "owner": "sing-box"}]})").object();
        const QList<FieldError> errors = checkAllocations(*c, *d, owners);
        const QStringList p = paths(errors);
        QVERIFY2(p.contains(QStringLiteral("/routing/markMask")), qPrintable(p.join(QLatin1Char('|'))));
        QVERIFY(p.contains(QStringLiteral("/exits/0/table")));
        QVERIFY(p.contains(QStringLiteral("/routing/tableBase")));
        QVERIFY(p.contains(QStringLiteral("/routing/priorityBase")));
        QCOMPARE(p.count(QStringLiteral("/routing/markMask")), 1); // pbr only: sing-box, mwan3 and Byway itself do not clash
        bool namesPbr = false;
        for (const auto &e : errors)
            namesPbr = namesPbr || (e.path == QStringLiteral("/routing/markMask") && e.message.contains(QStringLiteral("pbr")));
        QVERIFY(namesPbr);
        // Each says what it is by id and args (the GUI renders them in its language).
        for (const auto &e : errors)
            QVERIFY2(e.id.startsWith(u"plan.owners.") && e.args.contains(u"owner"), qPrintable(e.path + u' ' + e.message));
    }

    void defaultsCoexistWithCommonOwners()
    {
        auto c = config::fromJson(QJsonDocument::fromJson(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24"}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "eth0"}]}})").object());
        QVERIFY(c.has_value());
        auto d = desiredState(*c, Environment{});
        const QJsonObject owners = QJsonDocument::fromJson(R"({
            "marks": [{"mark": "0x2023", "owner": "sing-box"}, {"mark": "0x100", "owner": "mwan3"}],
            "tables": [{"table": 2022, "owner": "sing-box"}, {"table": 52, "owner": "tailscale"}],
            "priorities": [{"priority": 9000, "owner": "sing-box"}, {"priority": 5270, "owner": "tailscale"}]})").object();
        QVERIFY(checkAllocations(*c, *d, owners).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAllocations)
#include "tst_allocations.moc"
