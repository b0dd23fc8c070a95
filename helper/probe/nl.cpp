// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/nl.h"

#include <cerrno>
#include <ctime>
#include <vector>

#include <sys/socket.h>
#include <sys/time.h>

namespace byway::probe::nl {

Expected<MnlSocket> open(int bus, int timeoutMs)
{
    MnlSocket sock(mnl_socket_open2(bus, SOCK_CLOEXEC));
    if (!sock)
        return std::unexpected(errno);
    if (mnl_socket_bind(sock.get(), 0, MNL_SOCKET_AUTOPID) < 0)
        return std::unexpected(errno);
    timeval tv{timeoutMs / 1000, (timeoutMs % 1000) * 1000};
    if (::setsockopt(mnl_socket_get_fd(sock.get()), SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0)
        return std::unexpected(errno);
    // Extended ACKs give a reason string on errors; harmless if unsupported.
    int one = 1;
    (void)mnl_socket_setsockopt(sock.get(), NETLINK_EXT_ACK, &one, sizeof one);
    return sock;
}

namespace {
int trampoline(const nlmsghdr *nlh, void *data)
{
    return (*static_cast<const MessageFn *>(data))(nlh);
}
} // namespace

Expected<void> request(mnl_socket *sock, nlmsghdr *req, const MessageFn &onMessage)
{
    // A per-request sequence number; the kernel echoes it and mnl_cb_run
    // drops the exchange (ESRCH/EPROTO) on any mismatch.
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    static_assert(sizeof(unsigned) == 4);
    const unsigned seq = static_cast<unsigned>(ts.tv_nsec ^ (ts.tv_sec << 20));
    req->nlmsg_seq = seq;
    if (!(req->nlmsg_flags & NLM_F_DUMP))
        req->nlmsg_flags |= NLM_F_ACK;
    const unsigned portid = mnl_socket_get_portid(sock);
    if (mnl_socket_sendto(sock, req, req->nlmsg_len) < 0)
        return std::unexpected(errno);

    // 32 KiB: the size the kernel fills dump replies up to (libmnl 1.0.5
    // calls it MNL_SOCKET_DUMP_SIZE; Debian 12 ships 1.0.4).
    std::vector<char> buf(32768);
    for (;;) {
        const ssize_t n = mnl_socket_recvfrom(sock, buf.data(), buf.size());
        if (n < 0)
            return std::unexpected(errno == EAGAIN ? ETIMEDOUT : errno);
        const int rc = mnl_cb_run(buf.data(), static_cast<size_t>(n), seq, portid, trampoline,
                                  const_cast<MessageFn *>(&onMessage));
        if (rc == MNL_CB_ERROR)
            return std::unexpected(errno ? errno : EPROTO);
        if (rc == MNL_CB_STOP)
            return {};
    }
}

namespace {
struct ParseCtx {
    std::span<const AttrRule> rules;
    std::span<const nlattr *> table;
    bool ok = true;
};

bool validate(const nlattr *a, const AttrRule &r)
{
    switch (r.kind) {
    case AttrKind::U8: return mnl_attr_validate(a, MNL_TYPE_U8) >= 0;
    case AttrKind::U16: return mnl_attr_validate(a, MNL_TYPE_U16) >= 0;
    case AttrKind::U32: return mnl_attr_validate(a, MNL_TYPE_U32) >= 0;
    case AttrKind::U64: return mnl_attr_validate(a, MNL_TYPE_U64) >= 0;
    case AttrKind::String: return mnl_attr_validate(a, MNL_TYPE_STRING) >= 0;
    case AttrKind::NulString: return mnl_attr_validate(a, MNL_TYPE_NUL_STRING) >= 0;
    case AttrKind::Nested: return mnl_attr_validate(a, MNL_TYPE_NESTED) >= 0;
    case AttrKind::Binary: return mnl_attr_get_payload_len(a) >= r.minLen;
    }
    return false;
}

int attrCb(const nlattr *a, void *data)
{
    auto *ctx = static_cast<ParseCtx *>(data);
    const int type = mnl_attr_get_type(a);
    for (const AttrRule &r : ctx->rules) {
        if (r.type != type)
            continue;
        if (type < 0 || static_cast<size_t>(type) >= ctx->table.size() || !validate(a, r)) {
            ctx->ok = false;
            return MNL_CB_ERROR;
        }
        ctx->table[static_cast<size_t>(type)] = a;
        break;
    }
    return MNL_CB_OK;
}
} // namespace

bool parseAttrs(const nlmsghdr *nlh, size_t offset, std::span<const AttrRule> rules, std::span<const nlattr *> table)
{
    for (auto &t : table)
        t = nullptr;
    ParseCtx ctx{rules, table};
    if (nlh->nlmsg_len < NLMSG_HDRLEN + offset)
        return false;
    return mnl_attr_parse(nlh, static_cast<unsigned>(offset), attrCb, &ctx) >= 0 && ctx.ok;
}

} // namespace byway::probe::nl
