// SPDX-License-Identifier: GPL-3.0-or-later
#include "netlink/batch.h"

#include <libnftnl/batch.h>
#include <libnftnl/common.h>

#include <optional>
#include <vector>

namespace byway::netlink {

namespace {

// Each batch page is sent as one iovec; a message must fit in the overrun.
constexpr uint32_t kPageSize = 128 * 1024;
constexpr uint32_t kMaxMessage = 64 * 1024;

} // namespace

Batch::Batch(Socket &sock)
    : m_sock(sock)
    , m_pages(nftnl_batch_alloc(kPageSize, kMaxMessage))
    , m_beginSeq(sock.nextSeq())
{
    nftnl_batch_begin(static_cast<char *>(nftnl_batch_buffer(m_pages.get())), m_beginSeq);
    nftnl_batch_update(m_pages.get());
}

void Batch::close()
{
    if (m_open)
        nftnl_batch_update(m_pages.get());
    m_open = false;
}

nlmsghdr *Batch::add(uint16_t type, uint16_t family, uint16_t flags)
{
    close();
    ++m_count;
    m_open = true;
    return nftnl_nlmsg_build_hdr(static_cast<char *>(nftnl_batch_buffer(m_pages.get())), type, family,
                                 flags | NLM_F_ACK, m_sock.nextSeq());
}

Expected<void> Batch::commit()
{
    close();
    const uint32_t endSeq = m_sock.nextSeq();
    nftnl_batch_end(static_cast<char *>(nftnl_batch_buffer(m_pages.get())), endSeq);
    nftnl_batch_update(m_pages.get());

    std::vector<iovec> iov(static_cast<std::size_t>(nftnl_batch_iovec_len(m_pages.get())));
    nftnl_batch_iovec(m_pages.get(), iov.data(), static_cast<uint32_t>(iov.size()));
    m_bytes = 0;
    for (const auto &v : iov)
        m_bytes += v.iov_len;
    // The kernel takes the whole batch as one datagram and queues one ack
    // per message before we read any: both buffers must hold all of it.
    m_sock.reserve(static_cast<int>(m_bytes + 4096), static_cast<int>(m_count * 1024 + 256 * 1024));
    if (auto sent = m_sock.send(iov); !sent)
        return sent;
    return readAcks(endSeq);
}

Expected<void> Batch::readAcks(uint32_t endSeq)
{
    // Every message has NLM_F_ACK, so the kernel answers each one, also when
    // it aborts the batch; BEGIN and END are answered only when refused.
    const uint32_t firstSeq = m_beginSeq + 1;
    std::size_t pending = m_count;
    std::optional<Failure> first;
    while (pending > 0) {
        auto datagram = m_sock.receive();
        if (!datagram)
            return std::unexpected(datagram.error());
        Expected<void> refused;
        forEachMessage(*datagram, [&](const nlmsghdr *nlh) {
            if (!refused || nlh->nlmsg_pid != m_sock.portid() || nlh->nlmsg_type != NLMSG_ERROR)
                return;
            Status st = parseError(nlh);
            if (nlh->nlmsg_seq == m_beginSeq || nlh->nlmsg_seq == endSeq) {
                // BEGIN or END refused (EPERM, an unknown subsystem): nothing else comes.
                if (st.error)
                    refused = std::unexpected(Failure{st.error, std::move(st.extack), Stage::Reply, -1});
                return;
            }
            const uint32_t idx = nlh->nlmsg_seq - firstSeq;
            if (idx >= m_count)
                return; // a late answer to an earlier request
            --pending;
            if (st.error && !first)
                first = Failure{st.error, std::move(st.extack), Stage::Reply, static_cast<int>(idx)};
        });
        if (!refused)
            return refused;
    }
    if (first)
        return std::unexpected(*first);
    return {};
}

} // namespace byway::netlink
