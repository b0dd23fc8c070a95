// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "netfilter/netfilter.h"
#include "routing/changeset.h"
#include "routing/rtnl.h"

#include <QString>

#include <memory>
#include <optional>

namespace byway::reconcile {

// The kernel as the reconciler sees it. Small on purpose: the real ports
// wrap libnftnl/rtnetlink/procfs, the unit tests pass fakes.
class NftPort
{
public:
    virtual ~NftPort() = default;
    [[nodiscard]] virtual Result<std::optional<nft::TableState>> read(const QString &table) = 0;
    [[nodiscard]] virtual Result<void> replace(const nft::Table &t) = 0;
    [[nodiscard]] virtual Result<void> remove(const QString &table) = 0;
    // Whether the kernel holds exactly `want`; the real port answers a
    // repeated question from the nftables generation without a dump.
    [[nodiscard]] virtual Result<nft::Holds> holds(const nft::Table &want);
};

class SysctlPort
{
public:
    virtual ~SysctlPort() = default;
    // key: "net/ipv4/ip_forward" (a path under /proc/sys)
    [[nodiscard]] virtual Result<QString> read(const QString &key) = 0;
    [[nodiscard]] virtual Result<void> write(const QString &key, const QString &value) = 0;
    // Whether /proc/sys/net is mounted read-only (an unprivileged container:
    // the values are the ones the container engine set, e.g. docker/podman
    // --sysctl): every write would fail with EROFS.
    [[nodiscard]] virtual bool readOnly() { return false; }
};

class RoutePort
{
public:
    virtual ~RoutePort() = default;
    // Routes, FIB rules and addresses carrying Byway's protocol id.
    [[nodiscard]] virtual Result<route::State> readOwned() = 0;
    // In order; on a failure the changes already made are undone.
    [[nodiscard]] virtual Result<void> apply(route::ChangeSet &changes) = 0;
    // Main-table routes out of `dev` (to copy into an exit's table).
    [[nodiscard]] virtual Result<QList<route::RouteSpec>> mainRoutesVia(const QString &dev) = 0;
    [[nodiscard]] virtual Result<route::LookupResult> lookup(const route::Query &q) = 0;
    // Every route of a table, both families, whoever wrote it; fakes may leave it empty.
    [[nodiscard]] virtual Result<QList<route::RouteSpec>> routesIn(quint32 /*table*/) { return QList<route::RouteSpec>{}; }
    // The box's links and addresses (with point-to-point peers), for the
    // environment checks; fakes may leave them empty.
    [[nodiscard]] virtual Result<QList<route::Link>> links() { return QList<route::Link>{}; }
    [[nodiscard]] virtual Result<QList<route::AddressSpec>> addresses() { return QList<route::AddressSpec>{}; }
    // The neighbour table (at most `limit` hosts), for topology.get's clients.
    [[nodiscard]] virtual Result<QList<route::Neighbour>> neighbours(int /*limit*/) { return QList<route::Neighbour>{}; }
    // Readable when routes, rules, addresses or links change; -1: no watch.
    [[nodiscard]] virtual int watchFd() const { return -1; }
    // Whether someone other than Byway (or the kernel, e.g. a link going
    // down) touched what Byway owns since the last call.
    [[nodiscard]] virtual bool takeForeignChange() { return false; }
};

[[nodiscard]] Result<std::unique_ptr<NftPort>> openNetfilter();
// For boxes whose nftables cannot be used: reads as "no table", refuses writes.
[[nodiscard]] std::unique_ptr<NftPort> noNetfilter(QString reason);
[[nodiscard]] Result<std::unique_ptr<RoutePort>> openRouting();
[[nodiscard]] std::unique_ptr<SysctlPort> procSysctl(const QString &root = QStringLiteral("/proc/sys"));

} // namespace byway::reconcile
