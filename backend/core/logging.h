// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QStringList>

// One category per subsystem. Names on the wire (logs.subscribe, logs.setDebug,
// config debug.categories) are the short ones: "probe", "nft", ...
// The Qt category names are "byway.<short>".
Q_DECLARE_LOGGING_CATEGORY(lcControl)   // control socket, auth, dispatch
Q_DECLARE_LOGGING_CATEGORY(lcConfig)    // config load/store/validation
Q_DECLARE_LOGGING_CATEGORY(lcProbe)     // environment and reachability probes
Q_DECLARE_LOGGING_CATEGORY(lcNft)       // nftables (libnftnl/libmnl)
Q_DECLARE_LOGGING_CATEGORY(lcRoute)     // rtnetlink routes, rules, addresses, sysctls
Q_DECLARE_LOGGING_CATEGORY(lcReconcile) // plan/apply/confirm/rollback, drift
Q_DECLARE_LOGGING_CATEGORY(lcTun)       // TUN device reads/writes
Q_DECLARE_LOGGING_CATEGORY(lcPacket)    // AF_PACKET capture and raw injection
Q_DECLARE_LOGGING_CATEGORY(lcNetstack)  // lwIP userspace stack
Q_DECLARE_LOGGING_CATEGORY(lcForwarder) // per-flow outbound sockets, exits
Q_DECLARE_LOGGING_CATEGORY(lcClient)    // front-end side: client connection

namespace byway::logging {

// Short names of the helper's categories, in a stable order.
[[nodiscard]] const QStringList &categoryNames();
// "probe" -> the category object; nullptr if unknown.
[[nodiscard]] QLoggingCategory *category(const QString &shortName);
// Turns debug output of one category on or off at run time.
// Returns false for an unknown name.
bool setDebug(const QString &shortName, bool on);
[[nodiscard]] bool isDebug(const QString &shortName);

} // namespace byway::logging
