// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "reconcile/session.h"
#include "routing/types.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace byway::reconcile {

// Packet and byte counts of one nftables rule, keyed by the rule's id.
struct Counter {
    quint64 packets = 0;
    quint64 bytes = 0;
};

// The picture of where traffic goes for the configured role, as data for
// topology.get: nodes (internet, main router, this box, LAN bridge, alternate
// bridge, pools, exits) and paths. Each path names the nftables rule ids that
// count its traffic, so live counters attach without the GUI knowing rules.
// The return path of a bypass router skips this box: it is drawn from the
// main router straight to the clients, and says so.
[[nodiscard]] QJsonObject topology(const config::Config &c);

// What bywayd knows live beyond the config: every interface's addresses (the
// ports' subnets), the neighbour table, the VPN server's sessions and the
// compat capture's counters (monotonic: bywayd adds what a stopped capture
// had counted).
struct TopologyLive {
    QList<route::AddressSpec> addresses;
    QList<route::Neighbour> neighbours;
    QList<Session> sessions;
    bool captureActive = false;
    QString captureTun;
    QJsonArray captureUsers; // [{user, flows, bytesIn, bytesOut, packets, packetsIn, drops}]
    QJsonArray captureExits; // the same with "exit" ("main": no exit)
};
// Known clients and capture users listed per node are bounded by this.
inline constexpr int kTopologyMaxMembers = 12;
// Neighbour table entries read per topology.get (a /16 LAN must not make
// every poll walk thousands of hosts).
inline constexpr int kTopologyMaxNeighbours = 1024;

// The picture with the live parts: each port of this box with its subnets,
// the known clients (sessions, the capture's users, the client side's
// neighbours: `source` says which), the physical links
// between the nodes, and the capture's paths per exit with its counters.
[[nodiscard]] QJsonObject topology(const config::Config &c, const TopologyLive &live);

// `before + now`, summed per `key` ("user" or "exit"): the counters of a
// capture that was stopped, added to the running one's.
[[nodiscard]] QJsonArray addTotals(const QJsonArray &before, const QJsonArray &now, const QString &key);

// Fills each path's packets/bytes from the rule counters.
void attachCounters(QJsonObject &topology, const QHash<QString, Counter> &counters);

} // namespace byway::reconcile
