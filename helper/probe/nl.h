// SPDX-License-Identifier: GPL-3.0-or-later
// Netlink request/response plumbing shared by the probe's checks.
#pragma once

#include "probe/fd.h"

#include <expected>
#include <functional>
#include <span>

#include <linux/netlink.h>

namespace byway::probe::nl {

// errno on failure, so callers can say exactly what the kernel answered.
template <typename T>
using Expected = std::expected<T, int>;

// AF_NETLINK socket for `bus`, bound with a kernel-chosen portid, CLOEXEC,
// and a receive timeout so a silent kernel cannot hang the probe.
[[nodiscard]] Expected<MnlSocket> open(int bus, int timeoutMs = 2000);

// Sends `req` (a dump, or a request with NLM_F_ACK) and feeds every reply
// message to `onMessage` until NLMSG_DONE or the ACK. libmnl's mnl_cb_run
// checks sequence number and portid of each reply; NLMSG_ERROR becomes its
// errno. `onMessage` returns MNL_CB_OK / MNL_CB_STOP / MNL_CB_ERROR.
using MessageFn = std::function<int(const nlmsghdr *)>;
[[nodiscard]] Expected<void> request(mnl_socket *sock, nlmsghdr *req, const MessageFn &onMessage);

// How an attribute must look before it is used.
enum class AttrKind { U8, U16, U32, U64, String, NulString, Binary, Nested };
struct AttrRule {
    int type;
    AttrKind kind;
    size_t minLen = 0; // for Binary
};

// Validates the attributes after `offset` bytes of payload into `table`
// (indexed by type, size `table.size()`); attributes without a rule are
// ignored, ill-formed ones make the whole message rejected.
[[nodiscard]] bool parseAttrs(const nlmsghdr *nlh, size_t offset, std::span<const AttrRule> rules,
                              std::span<const nlattr *> table);

} // namespace byway::probe::nl
