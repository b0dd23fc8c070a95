// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Owners for the C handles of libnftnl and libmnl. Internal to byway_nft.

#include <libmnl/libmnl.h>
#include <libnftnl/batch.h>
#include <libnftnl/chain.h>
#include <libnftnl/expr.h>
#include <libnftnl/rule.h>
#include <libnftnl/table.h>
#include <libnftnl/udata.h>

#include <memory>

namespace byway::nft::detail {

struct Free {
    void operator()(nftnl_table *p) const { nftnl_table_free(p); }
    void operator()(nftnl_chain *p) const { nftnl_chain_free(p); }
    void operator()(nftnl_rule *p) const { nftnl_rule_free(p); }
    void operator()(nftnl_expr *p) const { nftnl_expr_free(p); }
    void operator()(nftnl_expr_iter *p) const { nftnl_expr_iter_destroy(p); }
    void operator()(nftnl_udata_buf *p) const { nftnl_udata_buf_free(p); }
    void operator()(nftnl_batch *p) const { nftnl_batch_free(p); }
};

// A get or dump request (header + a table/chain name filter).
constexpr size_t kRequestSize = 8192;

template <typename T>
using Owned = std::unique_ptr<T, Free>;

} // namespace byway::nft::detail
