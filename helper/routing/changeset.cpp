// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/changeset.h"

#include "core/logging.h"
#include "routing/rtnl.h"
#include "routing/sysctl.h"

#include <QHash>
#include <QSet>

namespace byway::route {

Result<void> KernelApplier::addRoute(const RouteSpec &r) { return m_rtnl.addRoute(r); }
Result<void> KernelApplier::deleteRoute(const RouteSpec &r) { return m_rtnl.deleteRoute(r); }
Result<void> KernelApplier::addRule(const RuleSpec &r) { return m_rtnl.addRule(r); }
Result<void> KernelApplier::deleteRule(const RuleSpec &r) { return m_rtnl.deleteRule(r); }
Result<void> KernelApplier::addAddress(const AddressSpec &a) { return m_rtnl.addAddress(a); }
Result<void> KernelApplier::deleteAddress(const AddressSpec &a) { return m_rtnl.deleteAddress(a); }

Result<QString> KernelApplier::setSysctl(const QString &key, const QString &value)
{
    ++m_sysctlWrites;
    return m_sysctl.write(key, value);
}

Change Change::inverse() const
{
    Change c = *this;
    if (op == Op::Set) {
        const auto &s = std::get<SysctlValue>(object);
        c.object = SysctlValue{s.key, previous};
        c.previous = s.value;
    } else {
        c.op = op == Op::Add ? Op::Delete : Op::Add;
    }
    return c;
}

QString Change::toIpText() const
{
    const QString verb = op == Op::Delete ? QStringLiteral("del") : QStringLiteral("add");
    return std::visit([&](const auto &o) -> QString {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, SysctlValue>)
            return o.toIpText();
        else
            return o.toIpText(verb);
    }, object);
}

QJsonObject Change::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("op"), op == Op::Add ? QStringLiteral("add") : op == Op::Delete ? QStringLiteral("delete") : QStringLiteral("set"));
    std::visit([&](const auto &x) {
        using T = std::decay_t<decltype(x)>;
        const QString kind = std::is_same_v<T, RouteSpec> ? QStringLiteral("route")
            : std::is_same_v<T, RuleSpec>                 ? QStringLiteral("rule")
            : std::is_same_v<T, AddressSpec>              ? QStringLiteral("address")
                                                          : QStringLiteral("sysctl");
        o.insert(QStringLiteral("kind"), kind);
        o.insert(QStringLiteral("object"), x.toJson());
    }, object);
    if (op == Op::Set && !previous.isNull())
        o.insert(QStringLiteral("previous"), previous);
    o.insert(QStringLiteral("text"), toIpText());
    return o;
}

namespace {

Result<void> applyOne(Applier &a, Change &c)
{
    return std::visit([&](const auto &o) -> Result<void> {
        using T = std::decay_t<decltype(o)>;
        const bool add = c.op != Change::Op::Delete;
        if constexpr (std::is_same_v<T, RouteSpec>)
            return add ? a.addRoute(o) : a.deleteRoute(o);
        else if constexpr (std::is_same_v<T, RuleSpec>)
            return add ? a.addRule(o) : a.deleteRule(o);
        else if constexpr (std::is_same_v<T, AddressSpec>)
            return add ? a.addAddress(o) : a.deleteAddress(o);
        else {
            auto prev = a.setSysctl(o.key, o.value);
            if (!prev)
                return std::unexpected(prev.error());
            c.previous = *prev;
            return {};
        }
    }, c.object);
}

} // namespace

Result<void> ChangeSet::apply(Applier &a)
{
    for (qsizetype i = 0; i < changes.size(); ++i) {
        auto ok = applyOne(a, changes[i]);
        if (ok)
            continue;
        Error err = ok.error();
        qCDebug(lcRoute).noquote() << "step" << i + 1 << "of" << changes.size() << "failed, undoing" << i << "steps:" << err.message;
        QStringList leftOver;
        for (qsizetype j = i - 1; j >= 0; --j) {
            Change undo = changes.at(j).inverse();
            if (auto u = applyOne(a, undo); !u)
                leftOver << u.error().message;
        }
        if (!leftOver.isEmpty())
            err.message += QStringLiteral("; rollback incomplete: ") + leftOver.join(QStringLiteral("; "));
        return std::unexpected(err);
    }
    return {};
}

ChangeSet ChangeSet::inverse() const
{
    ChangeSet out;
    for (qsizetype i = changes.size() - 1; i >= 0; --i)
        out.changes.append(changes.at(i).inverse());
    return out;
}

QStringList ChangeSet::toIpText() const
{
    QStringList out;
    for (const Change &c : changes)
        out << c.toIpText();
    return out;
}

QJsonArray ChangeSet::toJson() const
{
    QJsonArray out;
    for (const Change &c : changes)
        out.append(c.toJson());
    return out;
}

namespace {

// Identity of an object for the diff: its `ip` line after normalisation
// (which names every field), so 1000-route states compare in a hash, not
// pairwise.
QString keyOf(const RouteSpec &r)
{
    const RouteSpec n = r.normalized();
    return n.toIpText() + QStringLiteral(" |scope ") + QString::number(int(n.scope));
}
QString keyOf(const RuleSpec &r) { return r.normalized().toIpText(); }
QString keyOf(const AddressSpec &a) { return a.toIpText(); }

template <typename T>
QSet<QString> keysOf(const QList<T> &in)
{
    QSet<QString> out;
    out.reserve(in.size());
    for (const T &x : in)
        out.insert(keyOf(x));
    return out;
}

template <typename T>
void deletes(ChangeSet &cs, const QList<T> &current, const QSet<QString> &want)
{
    // Deletes name the object as the kernel reported it.
    for (const T &x : current)
        if (!want.contains(keyOf(x)))
            cs.add(Change::Op::Delete, x);
}

template <typename T>
void adds(ChangeSet &cs, const QList<T> &desired, const QSet<QString> &have)
{
    QSet<QString> seen; // a duplicate in desired is added once
    for (const T &x : desired) {
        const QString k = keyOf(x);
        if (!have.contains(k) && !seen.contains(k)) {
            seen.insert(k);
            cs.add(Change::Op::Add, x);
        }
    }
}

} // namespace

ChangeSet diff(const State &desired, const State &current)
{
    ChangeSet cs;
    deletes(cs, current.rules, keysOf(desired.rules));
    deletes(cs, current.routes, keysOf(desired.routes));
    deletes(cs, current.addresses, keysOf(desired.addresses));

    QHash<QString, QString> now;
    for (const SysctlValue &s : current.sysctls)
        now.insert(s.key, s.value);
    for (const SysctlValue &s : desired.sysctls)
        if (!now.contains(s.key) || now.value(s.key) != s.value)
            cs.add(Change::Op::Set, s, now.value(s.key));

    adds(cs, desired.addresses, keysOf(current.addresses));
    adds(cs, desired.routes, keysOf(current.routes));
    adds(cs, desired.rules, keysOf(current.rules));
    return cs;
}

Result<State> readOwned(Rtnl &rtnl, const Sysctl &sysctl, const State &desired)
{
    State s;
    for (Family f : {Family::V4, Family::V6}) {
        auto routes = rtnl.routes(f, std::nullopt, true);
        if (!routes)
            return std::unexpected(routes.error());
        s.routes += *routes;
        auto rules = rtnl.rules(f, true);
        if (!rules)
            return std::unexpected(rules.error());
        s.rules += *rules;
    }
    auto addresses = rtnl.addresses({}, true);
    if (!addresses)
        return std::unexpected(addresses.error());
    s.addresses = *addresses;
    for (const SysctlValue &d : desired.sysctls) {
        auto v = sysctl.read(d.key);
        if (!v)
            return std::unexpected(v.error());
        s.sysctls.append({d.key, *v});
    }
    return s;
}

} // namespace byway::route
