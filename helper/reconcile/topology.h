// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"

#include <QHash>
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

// Fills each path's packets/bytes from the rule counters.
void attachCounters(QJsonObject &topology, const QHash<QString, Counter> &counters);

} // namespace byway::reconcile
