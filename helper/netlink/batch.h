// SPDX-License-Identifier: GPL-3.0-or-later
// An nfnetlink transaction: BATCH_BEGIN, the messages, BATCH_END, sent as one
// datagram. nf_tables applies all of it or, on the first refusal, none.
#pragma once

#include "netlink/owned.h"
#include "netlink/socket.h"

#include <cstddef>
#include <cstdint>

namespace byway::netlink {

class Batch {
public:
    // Starts the transaction (BEGIN) on `sock`, which must outlive the batch.
    explicit Batch(Socket &sock);

    // The header of the next message, NLM_F_ACK set so the kernel answers
    // each one; build its payload before the next add() or commit().
    [[nodiscard]] nlmsghdr *add(uint16_t type, uint16_t family, uint16_t flags);
    [[nodiscard]] std::size_t size() const { return m_count; }
    // The size of the datagram commit() sent (or tried to).
    [[nodiscard]] std::size_t bytes() const { return m_bytes; }

    // Ends the batch, sends it and reads one answer per message. The first
    // refused message (in seq order) is the Failure, its `index` counted
    // from the first add(); a refused BEGIN or END has index -1. Stage Send:
    // nothing reached the kernel.
    [[nodiscard]] Expected<void> commit();

private:
    void close();
    [[nodiscard]] Expected<void> readAcks(uint32_t endSeq);

    Socket &m_sock;
    Owned<nftnl_batch> m_pages;
    uint32_t m_beginSeq = 0;
    std::size_t m_count = 0;
    std::size_t m_bytes = 0;
    bool m_open = false; // the last add()'s message is not yet counted in
};

} // namespace byway::netlink
