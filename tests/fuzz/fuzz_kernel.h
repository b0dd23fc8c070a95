// SPDX-License-Identifier: GPL-3.0-or-later
// An in-memory kernel for the fuzz targets that reach the reconciler (after
// tests/unit/reconcile/tst_reconciler_fakes.cpp and
// tests/unit/helper/tst_helper_verdict.cpp): nftables table, sysctls,
// routes, rules and addresses live in a struct, and the daemon's box (foreign
// drops, groups, nftables monitor, compat capture) answers from fixed data.
// Nothing here opens a socket or a file.
#pragma once

#include "core/config/config.h"
#include "daemon/daemon.h"
#include "reconcile/ports.h"
#include "routing/changeset.h"

#include <QHash>
#include <QHostAddress>

#include <memory>
#include <optional>

namespace byway::fuzz {

struct Kernel {
    std::optional<nft::Table> table;
    QHash<QString, QString> sysctls;
    route::State routes;
    int writes = 0;
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
    Result<QString> read(const QString &key) override { return m_k.sysctls.value(key, QStringLiteral("0")); }
    Result<void> write(const QString &key, const QString &value) override
    {
        ++m_k.writes;
        m_k.sysctls.insert(key, value);
        return {};
    }

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
    // The names the seeds and the dictionary use, so configs get past the
    // "interface missing" environment check and reach plan and apply.
    Result<QList<route::Link>> links() override
    {
        QList<route::Link> out;
        int index = 0;
        for (const char *name : {"lo", "eth0", "eth1", "wan0", "wan1", "lan0", "br-lan", "vpns0", "byway0"}) {
            route::Link l;
            l.name = QLatin1String(name);
            l.index = ++index;
            l.up = l.lowerUp = true;
            l.mtu = 1500;
            out.append(l);
        }
        return out;
    }
    Result<QList<route::AddressSpec>> addresses() override
    {
        route::AddressSpec a;
        a.address = *config::Prefix::parse(QStringLiteral("10.8.0.1/24"));
        a.dev = QStringLiteral("vpns0");
        a.peer = QHostAddress(QStringLiteral("10.8.0.5"));
        return QList<route::AddressSpec>{a};
    }

private:
    Kernel &m_k;
};

inline reconcile::Reconciler::Ports fakePorts(Kernel &k)
{
    return {std::make_unique<FakeNft>(k), std::make_unique<FakeSysctl>(k), std::make_unique<FakeRoute>(k)};
}

// One foreign drop chain (Docker's FORWARD policy), groups "root" and
// "byway" only, no nftables monitor and no compat capture: a config that
// wants the capture fails to apply here and is rolled back.
inline daemon::Daemon::Box fakeBox()
{
    daemon::Daemon::Box box;
    box.foreignDrops = [] {
        return QList<reconcile::ForeignDrop>{
            {QStringLiteral("ip"), QStringLiteral("filter"), QStringLiteral("FORWARD"), QStringLiteral("forward"), 0,
             true, 0}};
    };
    box.groupId = [](const QString &name) -> std::optional<quint32> {
        if (name == u"root")
            return 0;
        if (name == u"byway")
            return 990;
        return std::nullopt;
    };
    box.openMonitor = []() -> Result<nft::Monitor> {
        return std::unexpected(Error::make(ErrorCode::Unavailable, QStringLiteral("no nftables monitor in the fuzzer")));
    };
    box.startCapture = [](const config::Config &) -> Result<std::unique_ptr<capture::Capture>> {
        return std::unexpected(Error::make(ErrorCode::Unavailable, QStringLiteral("no compat capture in the fuzzer")));
    };
    return box;
}

} // namespace byway::fuzz
