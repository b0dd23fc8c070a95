// SPDX-License-Identifier: GPL-3.0-or-later
// Reachability plumbing: targets, routes, and the probing sockets.
#pragma once

#include "probe/probe.h"

#include <QHostAddress>

#include <expected>

namespace byway::probe {

struct Target {
    QString text;
    QHostAddress addr;
    quint16 port = 0; // 0 = ICMP echo
};
// "host[:port]" with IP literals: "192.0.2.1", "192.0.2.1:443", "2001:db8::1",
// "[2001:db8::1]:443". Error: a one-line reason.
[[nodiscard]] std::expected<Target, QString> parseTarget(const QString &text);

struct Gateway {
    int family = 0;        // AF_INET / AF_INET6
    QHostAddress via;      // null for a device route (point-to-point)
    QString device;
    quint32 metric = 0;
    quint32 table = 254;
};
// Default routes of `family` in the main table, via an RTM_GETROUTE dump.
[[nodiscard]] std::expected<QList<Gateway>, int> defaultRoutes(int family);

struct Probe {
    QString method;  // "tcp", "icmp-dgram", "icmp-raw"
    int err = 0;     // 0 = answered
    qint64 rttUs = 0;
};
// TCP connect or ICMP echo through `exit` (mark/device; nullptr = plain).
[[nodiscard]] Probe probeTarget(const Target &t, const Exit *exit, int timeoutMs);

// One DNS query (type A, recursion desired) for `name` to `server` (port 53
// when it has none) over UDP through `exit`: the answer's rcode (0 NOERROR,
// 3 NXDOMAIN, 2 SERVFAIL...) or an errno (ETIMEDOUT, ECONNREFUSED...).
[[nodiscard]] std::expected<int, int> dnsQuery(const QString &name, const Target &server, const Exit *exit, int timeoutMs);

// What the kernel knows as path MTU towards `t` (route MTU or cached PMTU)
// from a connected UDP socket with DF set; no packet is sent.
[[nodiscard]] std::expected<int, int> knownPathMtu(const Target &t, const Exit *exit);

// Does the kernel have an IPv6 route to the global unicast space?
// connect() on a UDP socket only performs the route lookup.
[[nodiscard]] int ipv6RouteLookup(const Exit *exit); // 0 or errno

} // namespace byway::probe
