// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "netfilter/netfilter.h"

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
};

class SysctlPort
{
public:
    virtual ~SysctlPort() = default;
    // key: "net/ipv4/ip_forward" (a path under /proc/sys)
    [[nodiscard]] virtual Result<QString> read(const QString &key) = 0;
    [[nodiscard]] virtual Result<void> write(const QString &key, const QString &value) = 0;
};

[[nodiscard]] Result<std::unique_ptr<NftPort>> openNetfilter();
[[nodiscard]] std::unique_ptr<SysctlPort> procSysctl(const QString &root = QStringLiteral("/proc/sys"));

} // namespace byway::reconcile
