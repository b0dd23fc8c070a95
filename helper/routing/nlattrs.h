// SPDX-License-Identifier: GPL-3.0-or-later
// Internal: address packing and the attribute tables (netlink/attrs.h),
// shared by the rtnl_*.cpp files.
#pragma once

#include "core/config/config.h"
#include "netlink/attrs.h"

#include <QHostAddress>

#include <libmnl/libmnl.h>

namespace byway::route::nl {

// Room for one request: a header and a handful of attributes.
inline constexpr size_t kRequestSize = 4096;

// Attribute tables come from the netlink foundation.
using netlink::AttrRule;
using netlink::Attrs;
using netlink::parse;
using netlink::parseNested;

// The address in an attribute of a message of family af (4 or 16 bytes).
[[nodiscard]] QHostAddress address(const nlattr *a, int af);
// Appends an address attribute in network byte order.
void putAddress(nlmsghdr *nlh, int type, const QHostAddress &a);

} // namespace byway::route::nl
