// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace byway::probe {

// Someone else's base chain on forward or postrouting that drops what an
// accept in Byway's table lets through: policy drop, or drop/reject rules.
// Legacy x_tables count when filter FORWARD has policy drop (Docker).
struct ForeignDropChain {
    QString family; // "ip", "ip6", "inet", or "legacy ip" / "legacy ip6"
    QString table;
    QString chain;
    QString hook;
    int priority = 0;
    bool policyDrop = false;
    int dropRules = 0;
};

// Blocking but quick (two netlink dumps and the legacy tables' getsockopt),
// read fresh on every call: plan and apply must see the chain that Docker
// added a second ago. Empty when nothing drops or nothing can be read.
[[nodiscard]] QList<ForeignDropChain> foreignDrops();

} // namespace byway::probe
