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

// One group of config.plan's diff: what goes into the kernel and what comes
// out of it, each line in the words of nft or ip (no verb).
struct DiffGroup {
    QStringList add;
    QStringList remove;
    [[nodiscard]] bool isEmpty() const { return add.isEmpty() && remove.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
    friend bool operator==(const DiffGroup &, const DiffGroup &) = default;
};

// The rules and chains of `after` that `before` lacks (add) and those of
// `before` that `after` lacks (remove), each as "chain: rule text" (a rule
// twice in a chain counts twice); nullopt is no table. Pure.
[[nodiscard]] DiffGroup diffTables(const std::optional<nft::Table> &before, const std::optional<nft::Table> &after);
// The route changes by kind: FIB rules, routes, addresses.
struct RouteDiff {
    DiffGroup rules;
    DiffGroup routes;
    DiffGroup addresses;
};
[[nodiscard]] RouteDiff diffRoutes(const route::ChangeSet &changes);

// The difference between what the kernel holds and what the config wants.
// Empty means: applying changes nothing, not one netlink write.
struct Plan {
    enum class NftAction { None, Create, Replace, Remove };
    NftAction nftAction = NftAction::None;
    std::optional<nft::Table> table; // desired (nullopt: Byway wants no table)
    DiffGroup nftDiff;               // table against what the kernel holds now
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
    // {nft, rules, routes, addresses, sysctls}: each {add: [...], remove: [...]}.
    [[nodiscard]] QJsonObject diffJson() const;
};

} // namespace byway::reconcile
