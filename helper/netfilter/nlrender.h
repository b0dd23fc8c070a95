// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// IR -> libnftnl objects, and the canonical form of a rule's expressions
// used to compare what the kernel holds with what the IR wants. Internal.

#include "netfilter/owned.h"
#include "netfilter/ruleset.h"

#include <QByteArray>

#include <optional>

namespace byway::nft::detail {

[[nodiscard]] Owned<nftnl_table> buildTable(const QString &name);
[[nodiscard]] Owned<nftnl_chain> buildChain(const QString &table, const Chain &c);
[[nodiscard]] Owned<nftnl_rule> buildRule(const QString &table, const QString &chain, const Rule &r);

// The rule's expressions without counter values, as libnftnl prints them,
// hashed. Counter values are returned through the pointers when given.
[[nodiscard]] QByteArray exprFingerprint(const nftnl_rule *r, quint64 *packets = nullptr, quint64 *bytes = nullptr);
// The expressions as text (for debug logs when a rule differs).
[[nodiscard]] QString exprText(const nftnl_rule *r);

// The rule id kept in the userdata's comment TLV; empty if there is none.
[[nodiscard]] QString ruleComment(const nftnl_rule *r);

// NFT_MSG_NEWGEN, which closes every committed transaction: the ruleset
// generation and the process that committed it (0: not said).
struct Generation {
    std::optional<quint32> id;
    quint32 pid = 0;
};
[[nodiscard]] Generation generationOf(const nlmsghdr *nlh);

} // namespace byway::nft::detail
