// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/ports.h"

#include "routing/rtnl_watch.h"
#include "routing/sysctl.h"

#include "core/logging.h"

#include <sys/statvfs.h>

#include <utility>

namespace byway::reconcile {

Result<nft::Holds> NftPort::holds(const nft::Table &want)
{
    auto live = read(want.name);
    if (!live)
        return std::unexpected(live.error());
    if (!*live)
        return nft::Holds::Absent;
    return nft::matches(**live, want) ? nft::Holds::Same : nft::Holds::Differs;
}

namespace {

class NetfilterPort final : public NftPort
{
public:
    explicit NetfilterPort(nft::Netfilter nf) : m_nf(std::move(nf)) {}
    Result<std::optional<nft::TableState>> read(const QString &table) override { return m_nf.read(table); }
    Result<void> replace(const nft::Table &t) override { return m_nf.replace(t); }
    Result<void> remove(const QString &table) override { return m_nf.remove(table); }
    Result<nft::Holds> holds(const nft::Table &want) override { return m_nf.holds(want); }

private:
    nft::Netfilter m_nf;
};

// /proc/sys through the routing layer's Sysctl, which refuses keys that
// could walk out of /proc/sys/net.
class ProcSysctl final : public SysctlPort
{
public:
    explicit ProcSysctl(const QString &root) : m_sysctl(root), m_root(root) {}
    Result<QString> read(const QString &key) override { return m_sysctl.read(key); }
    bool readOnly() override
    {
        struct statvfs st {};
        return ::statvfs(QString(m_root + QStringLiteral("/net")).toLocal8Bit().constData(), &st) == 0
            && (st.f_flag & ST_RDONLY) != 0;
    }
    Result<void> write(const QString &key, const QString &value) override
    {
        auto previous = m_sysctl.write(key, value);
        if (!previous)
            return std::unexpected(previous.error());
        return {};
    }

private:
    route::Sysctl m_sysctl;
    QString m_root;
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
    RtnlPort(route::Rtnl rtnl, std::optional<route::Watch> watch) : m_rtnl(std::move(rtnl)), m_watch(std::move(watch)) {}

    // Byway's routes, rules and addresses. The last dump is reused while the
    // watch has seen nothing that could change them (the kernel queues a
    // notification before the change's syscall returns, so draining first
    // is enough); without a watch every call dumps.
    Result<route::State> readOwned() override
    {
        absorb();
        if (m_cached)
            return *m_cached;
        auto s = route::readOwned(m_rtnl, m_sysctl, {});
        if (s && m_watch) {
            m_stale = false;
            absorb(); // a change during the dump: do not trust it next time
            if (!m_stale)
                m_cached = *s;
        }
        return s;
    }
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
    Result<QList<route::RouteSpec>> routesIn(quint32 table) override
    {
        QList<route::RouteSpec> out;
        for (route::Family f : {route::Family::V4, route::Family::V6}) {
            auto routes = m_rtnl.routes(f, table, false);
            if (!routes)
                return std::unexpected(routes.error());
            out += *routes;
        }
        return out;
    }
    Result<route::LookupResult> lookup(const route::Query &q) override { return m_rtnl.lookup(q); }
    Result<QList<route::Link>> links() override { return m_rtnl.links(); }
    Result<QList<route::AddressSpec>> addresses() override { return m_rtnl.addresses(); }
    Result<QList<route::Neighbour>> neighbours(int limit) override { return m_rtnl.neighbours(limit); }
    int watchFd() const override { return m_watch ? m_watch->fd() : -1; }
    bool takeForeignChange() override
    {
        absorb();
        return std::exchange(m_foreign, false);
    }

private:
    void absorb()
    {
        if (!m_watch)
            return;
        const route::Watch::Seen seen = m_watch->drain(m_rtnl.portid());
        if (seen.stale) {
            m_stale = true;
            m_cached.reset();
        }
        m_foreign = m_foreign || seen.foreign;
    }

    route::Rtnl m_rtnl;
    route::Sysctl m_sysctl;
    std::optional<route::Watch> m_watch;
    std::optional<route::State> m_cached;
    bool m_stale = false;
    bool m_foreign = false;
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
    auto watch = route::Watch::open();
    if (!watch)
        qCWarning(lcRoute).noquote() << "no rtnetlink watch: every plan dumps the routes, drift is found by the periodic check only:"
                                     << watch.error().message;
    return std::make_unique<RtnlPort>(std::move(*rtnl), watch ? std::optional<route::Watch>(std::move(*watch)) : std::nullopt);
}

std::unique_ptr<SysctlPort> procSysctl(const QString &root)
{
    return std::make_unique<ProcSysctl>(root);
}

} // namespace byway::reconcile
