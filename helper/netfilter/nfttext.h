// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "netfilter/ruleset.h"

namespace byway::nft {

// The `nft -f` text equivalent to what Netfilter::replace() loads: same
// chains, same rules, same bytecode once nft has compiled it (nft adds the
// `meta nfproto` / `meta l4proto` dependencies the netlink rendering adds by
// hand). For config.plan and for tests/benches that load it with `nft -f`.
[[nodiscard]] QString toNftText(const Table &t);

// The same as one atomic `nft -f` transaction that replaces the table:
// create it if missing, delete it with everything in it, define it anew.
[[nodiscard]] QString toNftReplaceText(const Table &t);

// One rule as it stands in a chain of that text ("iifname \"eth0\" counter
// accept comment \"id\""), and a base chain's "type … hook … priority …;
// policy …;" line (empty for a regular chain): the pieces config.plan's diff
// lists.
[[nodiscard]] QString ruleText(const Rule &r);
[[nodiscard]] QString chainHeaderText(const Chain &c);

} // namespace byway::nft
