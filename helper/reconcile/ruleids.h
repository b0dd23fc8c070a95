// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Ids of the nftables rules Byway generates. They are stored with each rule
// (userdata) and tie kernel counters back to the paths of the topology, so
// the generator and the topology must use the same names: they both come
// from here.
namespace byway::reconcile::ruleid {

inline QString forwardOut(const QString &from) { return QStringLiteral("fwd.out:") + from; }
inline QString forwardBack(const QString &to) { return QStringLiteral("fwd.back:") + to; }
// Packets from the VPN interfaces whose source is in no pool, dropped before the WAN.
inline QString forwardForeign(const QString &from) { return QStringLiteral("fwd.foreign:") + from; }
// IPv6 pool packets from the VPN interfaces while IPv6 egress is unverified, dropped before the WAN.
inline QString forwardHeld6(const QString &from) { return QStringLiteral("fwd6.held:") + from; }
// A secondary router with NAT: connections the WAN side opens towards the LAN, dropped.
inline QString forwardIn(const QString &to) { return QStringLiteral("fwd.in:") + to; }
inline QString forwardOut6(const QString &via) { return QStringLiteral("fwd6.out:") + via; }
inline QString masquerade(qsizetype index) { return QStringLiteral("masq:%1").arg(index); }
// A secondary router's own NAT (bypass.nat), beside nat.masquerade's.
inline QString lanMasquerade() { return QStringLiteral("masq:lan"); }
inline QString mssClamp(const QString &iface) { return QStringLiteral("mss:") + iface; }
inline QString markPool(const QString &pool) { return QStringLiteral("mark.pool:") + pool; }
inline QString markUser(const QString &user) { return QStringLiteral("mark.user:") + user; }
// A VPN server's session (session.add) for one client address.
inline QString markSession(const QString &address) { return QStringLiteral("mark.session:") + address; }
// Counters only (no verdict), first in the forward chain: what a pool sent
// and received through this box, whichever way it left.
inline QString countUp(const QString &pool) { return QStringLiteral("count.up:") + pool; }
inline QString countBack(const QString &pool) { return QStringLiteral("count.back:") + pool; }
// Above this many pools the per-pool counters are left out (each is a rule
// every forwarded packet passes) and pools share their role's counters.
inline constexpr qsizetype kCountedPools = 32;
inline QString dnsRedirect() { return QStringLiteral("dns.redirect"); }

} // namespace byway::reconcile::ruleid
