// SPDX-License-Identifier: GPL-3.0-or-later
// The one owner of a netlink socket in bywayd: opened by protocol, CLOEXEC,
// bound to a kernel-chosen port, with requests, dumps and notifications.
#pragma once

#include "netlink/owned.h"
#include "netlink/reply.h"

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include <sys/uio.h>

namespace byway::netlink {

struct Options {
    // How long a request waits for each reply datagram (SO_RCVTIMEO): a
    // kernel that never answers must not hang bywayd. 0: no limit.
    int timeoutMs = 0;
    // For monitors read from an event loop: receive() never blocks.
    bool nonblocking = false;
    // NETLINK_GET_STRICT_CHK (4.20): rtnetlink dumps honour the header and
    // attribute filters (table, protocol, ifindex) instead of ignoring them.
    bool strictCheck = false;
    // SO_RCVBUFFORCE (SO_RCVBUF without CAP_NET_ADMIN): room for a burst of
    // notifications before the kernel drops them and reports ENOBUFS.
    int receiveBuffer = 0;
};

class Socket {
public:
    [[nodiscard]] static Expected<Socket> open(int protocol, const Options &options = {});

    // Subscribes to a multicast group (RTNLGRP_*, NFNLGRP_*).
    [[nodiscard]] Expected<void> join(unsigned group);

    [[nodiscard]] int fd() const;
    [[nodiscard]] unsigned portid() const { return m_portid; }
    [[nodiscard]] uint32_t nextSeq() { return ++m_seq; }

    // Sends one request with NLM_F_ACK and a fresh sequence number; replies
    // before the ACK go to `onMessage`. NLMSG_ERROR is the Failure, with the
    // kernel's extended ack text.
    [[nodiscard]] Expected<void> request(nlmsghdr *req, const MessageFn &onMessage = {});
    // Sends a dump (NLM_F_DUMP) and feeds every object to `onMessage` until
    // NLMSG_DONE. If the kernel marks the dump interrupted (NLM_F_DUMP_INTR),
    // `restart` is called to forget what was collected and the dump is sent
    // again, a few times at most; without `restart`, or when the state keeps
    // changing, the Failure is EINTR.
    [[nodiscard]] Expected<void> dump(nlmsghdr *req, const MessageFn &onMessage,
                                      const std::function<void()> &restart = {});

    // One datagram from the kernel (anything else is dropped). EAGAIN: a
    // non-blocking socket has nothing queued, or a blocking one timed out.
    // The span is valid until the next receive().
    [[nodiscard]] Expected<std::span<const char>> receive();
    // Several messages as one datagram (a batch).
    [[nodiscard]] Expected<void> send(std::span<const iovec> parts);
    // Grows both socket buffers (forced where allowed) for one large batch.
    void reserve(int sendBytes, int receiveBytes);

private:
    explicit Socket(Owned<mnl_socket> sock);
    [[nodiscard]] Expected<bool> exchange(nlmsghdr *req, bool dump, const MessageFn &onMessage);

    Owned<mnl_socket> m_sock;
    unsigned m_portid = 0;
    uint32_t m_seq = 0;
    std::vector<char> m_buf;
};

} // namespace byway::netlink
