// SPDX-License-Identifier: GPL-3.0-or-later
// An in-memory kernel for the tests and fuzz targets that reach the
// reconciler without root: the nftables table, sysctls, routes, rules and
// addresses live in a struct, failures can be injected. Nothing here opens a
// socket or a file.
#pragma once

#include "core/config/config.h"
#include "reconcile/ports.h"
#include "reconcile/reconciler.h"
#include "routing/changeset.h"

#include <QHash>
#include <QHostAddress>
#include <QStringList>

#include <memory>
#include <optional>

namespace byway::fake {

struct Kernel {
    std::optional<nft::Table> table;
    QHash<QString, QString> sysctls; // a key not here reads "0"
    route::State routes;
    int writes = 0;
    // The box's links and addresses (the environment checks read them).
    QStringList links{QStringLiteral("lo"), QStringLiteral("wan0"), QStringLiteral("lan0")};
    QList<route::AddressSpec> addresses;
    // Failures on demand, for the rollback paths.
    int failNftReplace = 0; // > 0: that many replace() calls fail
    int failRouteAt = -1;   // the N-th route change (0-based, counted in routeChanges) fails
    int routeChanges = 0;
    QString failSysctl;     // writing this key fails
    bool sysctlReadOnly = false; // /proc/sys mounted read-only: every write fails
    QString absentLink;          // its conf/<link>/ keys do not exist (not created yet)
};

class FakeNft final : public reconcile::NftPort
{
public:
    explicit FakeNft(Kernel &k) : m_k(k) {}
    Result<std::optional<nft::TableState>> read(const QString &) override
    {
        if (!m_k.table)
            return std::optional<nft::TableState>{};
        nft::TableState s;
        s.name = m_k.table->name;
        for (const nft::Chain &c : m_k.table->chains)
            s.chains.append(nft::ChainState{c.name, c.type, c.hook, c.priority, c.policyAccept, 0});
        for (const nft::Chain &c : m_k.table->chains)
            for (const nft::Rule &r : c.rules)
                s.rules.append(nft::RuleState{c.name, r.id, 0, 1, 100, {}});
        return std::optional<nft::TableState>{s};
    }
    Result<nft::Holds> holds(const nft::Table &want) override
    {
        if (!m_k.table)
            return nft::Holds::Absent;
        return *m_k.table == want ? nft::Holds::Same : nft::Holds::Differs;
    }
    Result<void> replace(const nft::Table &t) override
    {
        if (m_k.failNftReplace > 0) {
            --m_k.failNftReplace;
            return fail(ErrorCode::KernelFailed, QStringLiteral("nft: injected failure"));
        }
        ++m_k.writes;
        m_k.table = t;
        return {};
    }
    Result<void> remove(const QString &) override
    {
        ++m_k.writes;
        m_k.table.reset();
        return {};
    }

private:
    Kernel &m_k;
};

// Every key reads "0" until written: per-interface keys of whatever names a
// config holds exist, as they would for links that are there.
class FakeSysctl final : public reconcile::SysctlPort
{
public:
    explicit FakeSysctl(Kernel &k) : m_k(k) {}
    Result<QString> read(const QString &key) override
    {
        if (!m_k.absentLink.isEmpty() && key.contains(QStringLiteral("/conf/%1/").arg(m_k.absentLink)))
            return fail(ErrorCode::KernelFailed, key + QStringLiteral(": No such file or directory"));
        return m_k.sysctls.value(key, QStringLiteral("0"));
    }
    Result<void> write(const QString &key, const QString &value) override
    {
        if (key == m_k.failSysctl)
            return fail(ErrorCode::KernelFailed, key + QStringLiteral(": injected failure"));
        if (m_k.sysctlReadOnly)
            return fail(ErrorCode::KernelFailed, key + QStringLiteral(": Read-only file system"));
        ++m_k.writes;
        m_k.sysctls.insert(key, value);
        return {};
    }
    bool readOnly() override { return m_k.sysctlReadOnly; }

private:
    Kernel &m_k;
};

class FakeApplier final : public route::Applier
{
public:
    explicit FakeApplier(Kernel &k) : m_k(k) {}
    Result<void> addRoute(const route::RouteSpec &r) override { return step([&] { m_k.routes.routes.append(r.normalized()); }); }
    Result<void> deleteRoute(const route::RouteSpec &r) override
    {
        return step([&] { m_k.routes.routes.removeAll(r.normalized()); });
    }
    Result<void> addRule(const route::RuleSpec &r) override { return step([&] { m_k.routes.rules.append(r); }); }
    Result<void> deleteRule(const route::RuleSpec &r) override { return step([&] { m_k.routes.rules.removeAll(r); }); }
    Result<void> addAddress(const route::AddressSpec &a) override { return step([&] { m_k.routes.addresses.append(a); }); }
    Result<void> deleteAddress(const route::AddressSpec &a) override
    {
        return step([&] { m_k.routes.addresses.removeAll(a); });
    }
    Result<QString> setSysctl(const QString &key, const QString &value) override
    {
        const QString before = m_k.sysctls.value(key, QStringLiteral("0"));
        ++m_k.writes;
        m_k.sysctls.insert(key, value);
        return before;
    }

private:
    template <typename F>
    Result<void> step(F f)
    {
        if (m_k.routeChanges++ == m_k.failRouteAt)
            return fail(ErrorCode::KernelFailed, QStringLiteral("route: injected failure"));
        ++m_k.writes;
        f();
        return {};
    }
    Kernel &m_k;
};

class FakeRoute final : public reconcile::RoutePort
{
public:
    explicit FakeRoute(Kernel &k) : m_k(k) {}
    Result<route::State> readOwned() override { return m_k.routes; }
    Result<void> apply(route::ChangeSet &changes) override
    {
        FakeApplier a(m_k);
        return changes.apply(a);
    }
    Result<QList<route::RouteSpec>> mainRoutesVia(const QString &dev) override
    {
        route::RouteSpec def;
        def.dst = *config::Prefix::parse(QStringLiteral("0.0.0.0/0"));
        def.gateway = QHostAddress(QStringLiteral("192.0.2.1"));
        def.dev = dev;
        def.protocol = 4;
        return QList<route::RouteSpec>{def};
    }
    Result<route::LookupResult> lookup(const route::Query &) override { return route::LookupResult{}; }
    Result<QList<route::Link>> links() override
    {
        QList<route::Link> out;
        int index = 0;
        for (const QString &name : std::as_const(m_k.links)) {
            route::Link l;
            l.name = name;
            l.index = ++index;
            l.up = l.lowerUp = true;
            l.mtu = 1500;
            out.append(l);
        }
        return out;
    }
    Result<QList<route::AddressSpec>> addresses() override { return m_k.addresses; }

private:
    Kernel &m_k;
};

inline reconcile::Reconciler::Ports fakePorts(Kernel &k)
{
    return {std::make_unique<FakeNft>(k), std::make_unique<FakeSysctl>(k), std::make_unique<FakeRoute>(k)};
}

} // namespace byway::fake
