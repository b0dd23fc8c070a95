// SPDX-License-Identifier: GPL-3.0-or-later
// Ordered routing changes that apply all-or-nothing, and the diff that
// produces the fewest of them.
#pragma once

#include "routing/types.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <variant>

namespace byway::route {

class Rtnl;
class Sysctl;

// What a ChangeSet needs from the kernel. The real one is KernelApplier;
// unit tests pass a recording fake that can fail at step N.
class Applier {
public:
    virtual ~Applier() = default;
    [[nodiscard]] virtual Result<void> addRoute(const RouteSpec &r) = 0;
    [[nodiscard]] virtual Result<void> deleteRoute(const RouteSpec &r) = 0;
    [[nodiscard]] virtual Result<void> addRule(const RuleSpec &r) = 0;
    [[nodiscard]] virtual Result<void> deleteRule(const RuleSpec &r) = 0;
    [[nodiscard]] virtual Result<void> addAddress(const AddressSpec &a) = 0;
    [[nodiscard]] virtual Result<void> deleteAddress(const AddressSpec &a) = 0;
    // Returns the value before the write.
    [[nodiscard]] virtual Result<QString> setSysctl(const QString &key, const QString &value) = 0;
};

class KernelApplier final : public Applier {
public:
    KernelApplier(Rtnl &rtnl, const Sysctl &sysctl) : m_rtnl(rtnl), m_sysctl(sysctl) {}
    Result<void> addRoute(const RouteSpec &r) override;
    Result<void> deleteRoute(const RouteSpec &r) override;
    Result<void> addRule(const RuleSpec &r) override;
    Result<void> deleteRule(const RuleSpec &r) override;
    Result<void> addAddress(const AddressSpec &a) override;
    Result<void> deleteAddress(const AddressSpec &a) override;
    Result<QString> setSysctl(const QString &key, const QString &value) override;
    [[nodiscard]] quint64 sysctlWrites() const { return m_sysctlWrites; }

private:
    Rtnl &m_rtnl;
    const Sysctl &m_sysctl;
    quint64 m_sysctlWrites = 0;
};

struct Change {
    enum class Op : quint8 { Add, Delete, Set };
    Op op = Op::Add;
    std::variant<RouteSpec, RuleSpec, AddressSpec, SysctlValue> object;
    QString previous; // Set: the value before (known from the diff or the write)

    [[nodiscard]] Change inverse() const;
    [[nodiscard]] QString toIpText() const;
    [[nodiscard]] QJsonObject toJson() const;
};

class ChangeSet {
public:
    QList<Change> changes;

    void add(Change::Op op, std::variant<RouteSpec, RuleSpec, AddressSpec, SysctlValue> object, QString previous = {})
    {
        changes.append(Change{op, std::move(object), std::move(previous)});
    }
    [[nodiscard]] bool isEmpty() const { return changes.isEmpty(); }
    [[nodiscard]] qsizetype size() const { return changes.size(); }

    // Applies in order. On the first failure, undoes the steps already done
    // in reverse order and returns that failure (with any undo that failed
    // too named in the message, so a person knows what is left over).
    // On success the sysctl Sets carry the values they replaced.
    [[nodiscard]] Result<void> apply(Applier &a);
    // The changes that take an applied set back, in reverse order.
    [[nodiscard]] ChangeSet inverse() const;

    [[nodiscard]] QStringList toIpText() const;
    [[nodiscard]] QJsonArray toJson() const;
};

// The fewest changes that turn `current` (Byway's own objects as dumped,
// and the present values of the sysctls in `desired`) into `desired`.
// Order: delete rules, routes, addresses (a route is gone before its
// replacement, which EXCL would otherwise refuse as EEXIST); sysctls; add
// addresses, routes (they may need the address), rules last (a rule must
// never point at a table that is not filled yet).
// A sysctl missing from `desired` is left alone.
[[nodiscard]] ChangeSet diff(const State &desired, const State &current);

// Byway's objects in the kernel now: owned routes and rules of both
// families, owned addresses, and the current values of the sysctl keys of
// `desired`.
[[nodiscard]] Result<State> readOwned(Rtnl &rtnl, const Sysctl &sysctl, const State &desired);

} // namespace byway::route
