// SPDX-License-Identifier: GPL-3.0-or-later
#include "netlink/reply.h"

#include "netlink/attrs.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <libmnl/libmnl.h>

namespace byway::netlink {

namespace {

// The kernel sends -errno; anything else is a broken message, and negating
// INT_MIN would overflow.
int errnoOf(int negative)
{
    return negative < 0 && negative > -4096 ? -negative : EPROTO;
}

// The first whole message of `rest`, which then begins after it; nullptr when
// none is left. Not libmnl's mnl_nlmsg_ok/next: 1.0.4 (Debian 12) compares
// (int)nlmsg_len, so a length above 2 GiB passes as fitting and the next
// message is looked for far outside the buffer (fixed in libmnl 1.0.5).
const nlmsghdr *takeMessage(std::span<const char> &rest)
{
    if (rest.size() < sizeof(nlmsghdr))
        return nullptr;
    const auto *nlh = reinterpret_cast<const nlmsghdr *>(rest.data());
    if (nlh->nlmsg_len < sizeof(nlmsghdr) || nlh->nlmsg_len > rest.size())
        return nullptr;
    rest = rest.subspan(std::min<std::size_t>(NLMSG_ALIGN(std::size_t(nlh->nlmsg_len)), rest.size()));
    return nlh;
}

} // namespace

std::string extackText(const nlmsghdr *nlh, std::size_t offset)
{
    static constexpr AttrRule rules[] = {{NLMSGERR_ATTR_MSG, MNL_TYPE_NUL_STRING}};
    Attrs<NLMSGERR_ATTR_MAX + 1> tb;
    if (!parse(nlh, offset, rules, tb) || !tb[NLMSGERR_ATTR_MSG])
        return {};
    return mnl_attr_get_str(tb[NLMSGERR_ATTR_MSG]);
}

Status parseError(const nlmsghdr *nlh)
{
    if (nlh->nlmsg_len < NLMSG_HDRLEN || mnl_nlmsg_get_payload_len(nlh) < sizeof(nlmsgerr))
        return {EBADMSG, {}};
    nlmsgerr err;
    std::memcpy(&err, mnl_nlmsg_get_payload(nlh), sizeof err);
    if (err.error == 0)
        return {}; // an ACK; TLVs on it are warnings, not reasons
    Status st{errnoOf(err.error), {}};
    if (nlh->nlmsg_flags & NLM_F_ACK_TLVS) {
        // The kernel echoes the whole request after nlmsgerr unless
        // NETLINK_CAP_ACK is on (NLM_F_CAPPED): then only its header, which
        // is part of nlmsgerr. The attributes follow, 4-byte aligned.
        std::size_t offset = sizeof(nlmsgerr);
        if (!(nlh->nlmsg_flags & NLM_F_CAPPED)) {
            if (err.msg.nlmsg_len < sizeof(nlmsghdr))
                return st;
            offset += err.msg.nlmsg_len - sizeof(nlmsghdr);
        }
        st.extack = extackText(nlh, offset);
    }
    return st;
}

Status parseDone(const nlmsghdr *nlh)
{
    if (nlh->nlmsg_len < NLMSG_HDRLEN || mnl_nlmsg_get_payload_len(nlh) < sizeof(int))
        return {}; // old kernels and some families end dumps with an empty DONE
    int value = 0;
    std::memcpy(&value, mnl_nlmsg_get_payload(nlh), sizeof value);
    if (value >= 0)
        return {};
    Status st{errnoOf(value), {}};
    if (nlh->nlmsg_flags & NLM_F_ACK_TLVS)
        st.extack = extackText(nlh, sizeof(int));
    return st;
}

void forEachMessage(std::span<const char> datagram, const MessageFn &fn)
{
    while (const nlmsghdr *nlh = takeMessage(datagram))
        fn(nlh);
}

Expected<Replies::Progress> Replies::feed(std::span<const char> datagram, const MessageFn &onMessage)
{
    while (const nlmsghdr *nlh = takeMessage(datagram)) {
        if (nlh->nlmsg_pid != m_portid || nlh->nlmsg_seq != m_seq)
            continue;
        if (nlh->nlmsg_flags & NLM_F_DUMP_INTR)
            m_interrupted = true;
        switch (nlh->nlmsg_type) {
        case NLMSG_NOOP:
        case NLMSG_OVERRUN:
            continue;
        case NLMSG_ERROR: {
            Status st = parseError(nlh);
            if (st.error)
                return std::unexpected(Failure{st.error, std::move(st.extack), Stage::Reply});
            // A dump is not acked (the kernel answers NLM_F_ACK on a dump
            // with DONE); an ACK inside one is not the end.
            if (!m_dump)
                return Progress::Done;
            continue;
        }
        case NLMSG_DONE: {
            Status st = parseDone(nlh);
            if (st.error)
                return std::unexpected(Failure{st.error, std::move(st.extack), Stage::Reply});
            return Progress::Done;
        }
        default:
            if (onMessage)
                onMessage(nlh);
        }
    }
    return Progress::More;
}

} // namespace byway::netlink
