// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netfilter/ruleset.h"
#include "routing/changeset.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace byway::reconcile {

struct SysctlChange {
    QString key;
    QString from;
    QString to;
    QString why;
    bool restore = false; // back to the value Byway found before it changed it
};

// The difference between what the kernel holds and what the config wants.
// Empty means: applying changes nothing, not one netlink write.
struct Plan {
    enum class NftAction { None, Create, Replace, Remove };
    NftAction nftAction = NftAction::None;
    std::optional<nft::Table> table; // desired (nullopt: Byway wants no table)
    QList<SysctlChange> sysctls;
    route::ChangeSet routes;         // routes, FIB rules (Byway's protocol id), in apply order
    route::State desiredRouting;     // for verification after apply
    QList<FieldError> notes;         // {id, args}: see Desired::notes

    [[nodiscard]] bool isEmpty() const { return nftAction == NftAction::None && sysctls.isEmpty() && routes.isEmpty(); }
    // Changes the config wants that wait for something (IPv6 egress): an
    // empty plan with deferred notes is not "nothing to do".
    [[nodiscard]] bool hasDeferred() const;
    // The same change as commands an admin can read (nft -f text, sysctl -w).
    [[nodiscard]] QString toText() const;
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace byway::reconcile
