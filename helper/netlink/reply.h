// SPDX-License-Identifier: GPL-3.0-or-later
// What the kernel answers to a request: NLMSG_ERROR (an ACK when its error
// is 0), NLMSG_DONE at the end of a dump, and the extended ack text that
// explains a refusal. Pure functions on buffers: the unit tests and the fuzz
// target feed them synthetic replies.
#pragma once

#include <cstdint>
#include <expected>
#include <functional>
#include <span>
#include <string>

#include <linux/netlink.h>

namespace byway::netlink {

// Where a netlink exchange failed, so callers can name the step.
enum class Stage { Open, Bind, Join, Send, Receive, Reply };

struct Failure {
    int error = 0;          // errno, positive
    std::string extack;     // NLMSGERR_ATTR_MSG, when the kernel explained itself
    Stage stage = Stage::Reply;
    int index = -1;         // in a batch: the refused message (0 = first after BEGIN)
};

template <typename T>
using Expected = std::expected<T, Failure>;

// The status an NLMSG_ERROR or NLMSG_DONE carries.
struct Status {
    int error = 0;          // errno, positive; 0 for an ACK or a clean end of dump
    std::string extack;
};

// NLMSG_ERROR: its errno (EBADMSG if the message cannot hold a nlmsgerr,
// EPROTO if the value is no errno) and, with NLM_F_ACK_TLVS, the text.
[[nodiscard]] Status parseError(const nlmsghdr *nlh);
// NLMSG_DONE: a dump that failed inside the kernel ends with a negative
// errno as payload (and, since 6.0, the same extended ack attributes).
[[nodiscard]] Status parseDone(const nlmsghdr *nlh);
// The NLMSGERR_ATTR_MSG string after `offset` payload bytes; empty if none
// or if it is not a NUL-terminated string.
[[nodiscard]] std::string extackText(const nlmsghdr *nlh, std::size_t offset);

using MessageFn = std::function<void(const nlmsghdr *)>;

// Calls `fn` for every whole message in one datagram.
void forEachMessage(std::span<const char> datagram, const MessageFn &fn);

// The replies to one request, read a datagram at a time. Messages with
// another sequence number or port (a late answer to a request that timed
// out, a notification) are skipped.
class Replies {
public:
    enum class Progress { More, Done };

    // `dump`: the exchange ends with NLMSG_DONE, else with the ACK.
    Replies(uint32_t seq, uint32_t portid, bool dump) : m_seq(seq), m_portid(portid), m_dump(dump) {}

    // Data messages go to `onMessage`; a refusal is the Failure.
    [[nodiscard]] Expected<Progress> feed(std::span<const char> datagram, const MessageFn &onMessage);
    // Some reply carried NLM_F_DUMP_INTR: the kernel's tables changed while
    // it dumped them (route/rule/address generation, nf_tables base_seq), so
    // what was read may mix old and new.
    [[nodiscard]] bool interrupted() const { return m_interrupted; }

private:
    uint32_t m_seq;
    uint32_t m_portid;
    bool m_dump;
    bool m_interrupted = false;
};

} // namespace byway::netlink
