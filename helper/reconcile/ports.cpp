// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/ports.h"

#include "routing/sysctl.h"

namespace byway::reconcile {
namespace {

class NetfilterPort final : public NftPort
{
public:
    explicit NetfilterPort(nft::Netfilter nf) : m_nf(std::move(nf)) {}
    Result<std::optional<nft::TableState>> read(const QString &table) override { return m_nf.read(table); }
    Result<void> replace(const nft::Table &t) override { return m_nf.replace(t); }
    Result<void> remove(const QString &table) override { return m_nf.remove(table); }

private:
    nft::Netfilter m_nf;
};

// /proc/sys through the routing layer's Sysctl, which refuses keys that
// could walk out of /proc/sys/net.
class ProcSysctl final : public SysctlPort
{
public:
    explicit ProcSysctl(const QString &root) : m_sysctl(root) {}
    Result<QString> read(const QString &key) override { return m_sysctl.read(key); }
    Result<void> write(const QString &key, const QString &value) override
    {
        auto previous = m_sysctl.write(key, value);
        if (!previous)
            return std::unexpected(previous.error());
        return {};
    }

private:
    route::Sysctl m_sysctl;
};

class NoNetfilter final : public NftPort
{
public:
    explicit NoNetfilter(QString reason) : m_reason(std::move(reason)) {}
    Result<std::optional<nft::TableState>> read(const QString &) override { return std::optional<nft::TableState>{}; }
    Result<void> replace(const nft::Table &) override
    {
        return fail(ErrorCode::Unavailable, QStringLiteral("nftables is not usable here: %1").arg(m_reason));
    }
    Result<void> remove(const QString &) override { return {}; }

private:
    QString m_reason;
};

class RtnlPort final : public RoutePort
{
public:
    explicit RtnlPort(route::Rtnl rtnl) : m_rtnl(std::move(rtnl)) {}

    Result<route::State> readOwned() override { return route::readOwned(m_rtnl, m_sysctl, {}); }
    Result<void> apply(route::ChangeSet &changes) override
    {
        route::KernelApplier applier(m_rtnl, m_sysctl);
        return changes.apply(applier);
    }
    Result<QList<route::RouteSpec>> mainRoutesVia(const QString &dev) override
    {
        QList<route::RouteSpec> out;
        for (route::Family f : {route::Family::V4, route::Family::V6}) {
            auto routes = m_rtnl.routes(f, 254u, false);
            if (!routes)
                return std::unexpected(routes.error());
            for (const route::RouteSpec &r : *routes)
                if (r.dev == dev && r.type == route::RouteType::Unicast)
                    out.append(r);
        }
        return out;
    }
    Result<route::LookupResult> lookup(const route::Query &q) override { return m_rtnl.lookup(q); }

private:
    route::Rtnl m_rtnl;
    route::Sysctl m_sysctl;
};

} // namespace

Result<std::unique_ptr<NftPort>> openNetfilter()
{
    auto nf = nft::Netfilter::open();
    if (!nf)
        return std::unexpected(nf.error());
    return std::make_unique<NetfilterPort>(std::move(*nf));
}

std::unique_ptr<NftPort> noNetfilter(QString reason)
{
    return std::make_unique<NoNetfilter>(std::move(reason));
}

Result<std::unique_ptr<RoutePort>> openRouting()
{
    auto rtnl = route::Rtnl::open();
    if (!rtnl)
        return std::unexpected(rtnl.error());
    return std::make_unique<RtnlPort>(std::move(*rtnl));
}

std::unique_ptr<SysctlPort> procSysctl(const QString &root)
{
    return std::make_unique<ProcSysctl>(root);
}

} // namespace byway::reconcile
