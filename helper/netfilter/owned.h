// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The libnftnl objects byway_nft builds and parses, held by the netlink
// foundation's owners (netlink/owned.h). Internal to byway_nft.

#include "netlink/owned.h"

#include <libmnl/libmnl.h>
#include <libnftnl/batch.h>
#include <libnftnl/chain.h>
#include <libnftnl/expr.h>
#include <libnftnl/rule.h>
#include <libnftnl/table.h>
#include <libnftnl/udata.h>

#include <cstddef>

namespace byway::nft::detail {

using netlink::Owned;

// A get or dump request (header + a table/chain name filter).
constexpr std::size_t kRequestSize = 8192;

} // namespace byway::nft::detail
