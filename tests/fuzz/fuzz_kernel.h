// SPDX-License-Identifier: GPL-3.0-or-later
// The in-memory kernel of tests/common/fakekernel.h with the links and
// addresses the fuzz seeds name, and the daemon's box (foreign drops, groups,
// nftables monitor, compat capture) answering from fixed data. Nothing here
// opens a socket or a file.
#pragma once

#include "../common/fakekernel.h"
#include "daemon/daemon.h"

#include <QHostAddress>

namespace byway::fuzz {

using fake::FakeRoute;
using fake::fakePorts;

// The names the seeds and the dictionary use, so configs get past the
// "interface missing" environment check and reach plan and apply; a VPN
// peer inside the seeds' pool.
struct Kernel : fake::Kernel {
    Kernel()
    {
        links = {QStringLiteral("lo"), QStringLiteral("eth0"), QStringLiteral("eth1"), QStringLiteral("wan0"),
                 QStringLiteral("wan1"), QStringLiteral("lan0"), QStringLiteral("br-lan"), QStringLiteral("vpns0"),
                 QStringLiteral("byway0")};
        route::AddressSpec a;
        a.address = *config::Prefix::parse(QStringLiteral("10.8.0.1/24"));
        a.dev = QStringLiteral("vpns0");
        a.peer = QHostAddress(QStringLiteral("10.8.0.5"));
        addresses = {a};
    }
};

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
