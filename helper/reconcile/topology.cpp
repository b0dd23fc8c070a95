// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/topology.h"

#include "reconcile/topology_build.h"

#include <QJsonArray>

#include <map>

namespace byway::reconcile {
using config::Role;

QJsonObject topology(const config::Config &c)
{
    return topology(c, TopologyLive{});
}

QJsonObject topology(const config::Config &c, const TopologyLive &live)
{
    topo::Builder b;
    switch (c.role) {
    case Role::None:
        break;
    case Role::VpnGateway:
        topo::vpnGateway(b, c, live);
        break;
    case Role::BypassRouter:
        topo::bypass(b, c, live, false);
        break;
    case Role::SecondaryRouter:
        topo::bypass(b, c, live, true);
        break;
    case Role::WanSeparated:
        topo::wanSeparated(b, c, live);
        break;
    }
    return b.build(c);
}

QJsonArray addTotals(const QJsonArray &before, const QJsonArray &now, const QString &key)
{
    std::map<QString, QJsonObject> sum;
    for (const QJsonArray *list : {&before, &now}) {
        for (const QJsonValue &v : *list) {
            const QJsonObject o = v.toObject();
            QJsonObject &s = sum[o.value(key).toString()];
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == key)
                    s.insert(key, it.value());
                else if (it.key() == QLatin1String("flows"))
                    s.insert(it.key(), it.value()); // open now: not a running total
                else
                    s.insert(it.key(), qint64(s.value(it.key()).toDouble() + it.value().toDouble()));
            }
        }
    }
    QJsonArray out;
    for (const auto &[name, o] : sum)
        out.append(o);
    return out;
}

namespace {

// Drops are counted by every rule that carries their id (one per VPN
// interface pattern and WAN): the sum is what was dropped.
void attachDropCounters(QJsonObject &topology, const QHash<QString, Counter> &counters)
{
    QJsonArray drops = topology.value(QStringLiteral("drops")).toArray();
    for (qsizetype i = 0; i < drops.size(); ++i) {
        QJsonObject d = drops[i].toObject();
        quint64 packets = 0;
        quint64 bytes = 0;
        for (const QJsonValue &id : d.value(QStringLiteral("ruleIds")).toArray()) {
            const Counter ctr = counters.value(id.toString());
            packets += ctr.packets;
            bytes += ctr.bytes;
        }
        d.insert(QStringLiteral("packets"), qint64(packets));
        d.insert(QStringLiteral("bytes"), qint64(bytes));
        drops[i] = d;
    }
    topology.insert(QStringLiteral("drops"), drops);
}

} // namespace

void attachCounters(QJsonObject &topology, const QHash<QString, Counter> &counters)
{
    attachDropCounters(topology, counters);
    QJsonArray paths = topology.value(QStringLiteral("paths")).toArray();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QJsonObject p = paths[i].toObject();
        if (p.value(QStringLiteral("counter")).toString() == QLatin1String("capture"))
            continue; // counted by the capture, not by a rule
        quint64 packets = 0;
        quint64 bytes = 0;
        // A path's traffic is what its first counting rule saw; later rules on
        // the same path (masquerade after forward) count the same packets again.
        const QJsonArray ids = p.value(QStringLiteral("ruleIds")).toArray();
        if (!ids.isEmpty()) {
            const Counter ctr = counters.value(ids.first().toString());
            packets = ctr.packets;
            bytes = ctr.bytes;
        }
        p.insert(QStringLiteral("packets"), qint64(packets));
        p.insert(QStringLiteral("bytes"), qint64(bytes));
        paths[i] = p;
    }
    topology.insert(QStringLiteral("paths"), paths);
}

} // namespace byway::reconcile
