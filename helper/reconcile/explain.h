// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconcile/desired.h"
#include "reconcile/ports.h"
#include "reconcile/topology.h"
#include "reconcile/verdict.h"

#include <QJsonObject>

namespace byway::reconcile {

struct FlowQuery {
    QHostAddress src;
    QHostAddress dst;
    quint8 proto = 0;              // 6 tcp, 17 udp, 1 icmp; 0 any
    quint16 dport = 0;
    std::optional<quint32> mark;   // unset: the mark Byway's rules would set for src
    QString iif;                   // forwarded traffic arrives here (e.g. vpns0); empty: where the
                                   // route back to src points, or local when src is this box's
};

// "Explain this flow": who the source is (user, pool), the mark Byway sets,
// the FIB rule and table the kernel picks for it and the route (asked from
// the kernel with RTM_GETROUTE using the mark and source), and Byway's
// nftables rules the flow passes, with their counters, and the chains of
// others on its hooks that may drop it (`foreign`). As data and as text.
[[nodiscard]] Result<QJsonObject> explain(const FlowQuery &q, const config::Config &applied, const Desired &desired,
                                          RoutePort &routing, const QHash<QString, Counter> &counters,
                                          const QList<ForeignDrop> &foreign = {});

} // namespace byway::reconcile
