// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the verdict's checks share across the files they are split into
// (verdict.cpp: names, addresses, DNS, exits, sessions; verdict_pools.cpp:
// the pools against the live box).

#include "reconcile/verdict.h"

#include "core/messages/messages.h"

namespace byway::reconcile::verdict_parts {

// An environment finding of `severity` at `path`, its English message made.
[[nodiscard]] FieldError finding(Severity severity, const QString &path, msg::Id id, QJsonObject args);
// Into the verdict's errors or findings by its severity.
void add(Verdict &v, FieldError f);

// VPN peers (point-to-point peers, routes through the tunnels) outside every pool.
void checkPeers(Verdict &v, const config::Config &c, const LiveBox &box);
// Pools that hold or overlap this box's own addresses.
void checkPoolAddresses(Verdict &v, const config::Config &c, const LiveBox &box);
// Pools and users sent out of an exit's device that nothing masquerades.
void checkExitNat(Verdict &v, const config::Config &c, const LiveBox &box);
// A bypass router's pools off its LAN, sent to the main router un-NATed.
void checkBypassPools(Verdict &v, const config::Config &c, const LiveBox &box);
// A direct exit's device that resolves next hops (Ethernet) with no default
// route through it to copy: "default dev X" would ask for every destination.
void checkExitGateway(Verdict &v, const config::Config &c, const LiveBox &box);
// Routes in a direct exit's table that Byway did not write: the table is the
// exit's, and a foreign route there takes traffic the exit should carry.
void checkExitTables(Verdict &v, const config::Config &c, const LiveBox &box);

} // namespace byway::reconcile::verdict_parts
