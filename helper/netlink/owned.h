// SPDX-License-Identifier: GPL-3.0-or-later
// The one deleter set for the C handles of libmnl and libnftnl: every such
// object in bywayd is held in an Owned<T> and freed exactly once. Declared
// only, so a header holding an Owned<T> need not pull in the C libraries.
#pragma once

#include <memory>

struct mnl_socket;
struct nftnl_table;
struct nftnl_chain;
struct nftnl_rule;
struct nftnl_expr;
struct nftnl_expr_iter;
struct nftnl_udata_buf;
struct nftnl_batch;

namespace byway::netlink {

struct Free {
    void operator()(mnl_socket *p) const;
    void operator()(nftnl_table *p) const;
    void operator()(nftnl_chain *p) const;
    void operator()(nftnl_rule *p) const;
    void operator()(nftnl_expr *p) const;
    void operator()(nftnl_expr_iter *p) const;
    void operator()(nftnl_udata_buf *p) const;
    void operator()(nftnl_batch *p) const;
};

template <typename T>
using Owned = std::unique_ptr<T, Free>;

} // namespace byway::netlink
