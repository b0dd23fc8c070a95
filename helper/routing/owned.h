// SPDX-License-Identifier: GPL-3.0-or-later
// How Byway recognises its own routes and FIB rules in the kernel.
#pragma once

#include <QtGlobal>

namespace byway::route {

// rtm_protocol of every route and FRA_PROTOCOL of every FIB rule Byway makes.
//
// The kernel stores the protocol byte with each route (and, since 4.17, with
// each FIB rule) and never interprets values above RTPROT_STATIC: they exist so
// that each routing daemon can find its own entries again. 183 (0xb7, "b" for
// Byway) is free in /etc/iproute2/rt_protos (0-18, babel 42, openr 99, FRR's
// 186-198: bgp, isis, ospf, rip, ripng, nhrp, eigrp, ldp, sharp, pbr,
// zstatic, openfabric, srte) and not used by bird (12), keepalived (18),
// NetworkManager/systemd-networkd (boot/static/dhcp/ra), wg-quick (static),
// Docker or kube-proxy. `ip route` shows it as "proto 183" unless
// /etc/iproute2/rt_protos.d/byway.conf names it.
//
// The kernel also honours the protocol when deleting: a delete request that
// carries it only removes an entry with that protocol (fib_table_delete,
// ip6_route_del, fib_nl_delrule), so a foreign route or rule with the same
// prefix/priority can never be taken by mistake.
inline constexpr quint8 kProtocol = 183;

// The kernel assigns IPv6 routes added without a metric this priority
// (IP6_RT_PRIO_USER); compared specs are normalised to it.
inline constexpr quint32 kIpv6DefaultMetric = 1024;

} // namespace byway::route
