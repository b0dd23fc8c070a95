// SPDX-License-Identifier: GPL-3.0-or-later
#include "netlink/owned.h"

#include <libmnl/libmnl.h>
#include <libnftnl/batch.h>
#include <libnftnl/chain.h>
#include <libnftnl/expr.h>
#include <libnftnl/rule.h>
#include <libnftnl/table.h>
#include <libnftnl/udata.h>

namespace byway::netlink {

void Free::operator()(mnl_socket *p) const { mnl_socket_close(p); }
void Free::operator()(nftnl_table *p) const { nftnl_table_free(p); }
void Free::operator()(nftnl_chain *p) const { nftnl_chain_free(p); }
void Free::operator()(nftnl_rule *p) const { nftnl_rule_free(p); }
void Free::operator()(nftnl_expr *p) const { nftnl_expr_free(p); }
void Free::operator()(nftnl_expr_iter *p) const { nftnl_expr_iter_destroy(p); }
void Free::operator()(nftnl_udata_buf *p) const { nftnl_udata_buf_free(p); }
void Free::operator()(nftnl_batch *p) const { nftnl_batch_free(p); }

} // namespace byway::netlink
