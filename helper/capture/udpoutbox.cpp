// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/udpoutbox.h"

#include "capture/udpforwarder.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <functional>
#include <utility>

#include <netinet/in.h>
#include <netinet/udp.h>
#include <sys/socket.h>
#include <sys/uio.h>

namespace byway::capture {

namespace {
// linux/udp.h's, which glibc's netinet/udp.h has only from 2.35 on.
#ifndef UDP_SEGMENT
constexpr int UDP_SEGMENT = 103;
#endif

bool full(int err)
{
    return err == EAGAIN || err == EWOULDBLOCK || err == ENOBUFS;
}
} // namespace

std::span<uint8_t> UdpOutbox::room(size_t max)
{
    m_bytes.shrink(m_end);
    const size_t off = m_bytes.grow(max);
    return {m_bytes.at(off), max};
}

void UdpOutbox::add(UdpFlow *flow, size_t len, size_t segment)
{
    m_items.push_back({flow, m_end, len, uint16_t(segment)});
    m_end += len;
    m_bytes.shrink(m_end);
}

void UdpOutbox::add(UdpFlow *flow, std::span<const uint8_t> bytes, size_t segment)
{
    std::memcpy(room(bytes.size()).data(), bytes.data(), bytes.size());
    add(flow, bytes.size(), segment);
}

void UdpOutbox::forget(const UdpFlow *flow)
{
    for (Item &i : m_items)
        if (i.flow == flow)
            i.flow = nullptr;
    for (auto &s : m_sent)
        if (s.first == flow)
            s.first = nullptr;
}

size_t UdpOutbox::send()
{
    // Each flow's datagrams together, in the order they came (clients'
    // flows interleave: four streams from one client alternate).
    const auto byFlow = [](const Item &a, const Item &b) { return std::less<>()(a.flow, b.flow); };
    if (!std::is_sorted(m_items.begin(), m_items.end(), byFlow))
        std::stable_sort(m_items.begin(), m_items.end(), byFlow);
    size_t joined = 0;
    for (size_t i = 0; i < m_items.size();) {
        size_t j = i + 1;
        while (j < m_items.size() && m_items[j].flow == m_items[i].flow)
            ++j;
        if (UdpFlow *f = m_items[i].flow)
            joined += sendRun(*f, std::span(m_items).subspan(i, j - i));
        i = j;
    }
    m_items.clear();
    m_end = 0;
    if (m_bytes.clear(kKeep))
        m_items.shrink_to_fit();
    return joined;
}

void UdpOutbox::apply()
{
    for (const auto &[flow, bytes] : m_sent)
        if (flow)
            flow->bytesUp += bytes;
    m_sent.clear();
}

size_t UdpOutbox::sendRun(UdpFlow &flow, std::span<const Item> items)
{
    const int fd = flow.exitFd();
    if (fd < 0)
        return 0;
    size_t sent = 0, joined = 0;
    m_each.clear();
    auto bytesOf = [&](const Item &i) { return std::span<const uint8_t>(m_bytes.at(i.off), i.len); };
    auto flushEach = [&] {
        sendEach(fd, m_each, sent);
        m_each.clear();
    };
    for (size_t k = 0; k < items.size();) {
        const Item &a = items[k];
        if (a.segment) { // a client's GSO batch: as it came, else one by one
            flushEach();
            const std::span<const uint8_t> whole = bytesOf(a);
            const int r = sendSegments(fd, {&whole, 1}, a.segment);
            if (r > 0)
                sent += a.len;
            else if (r < 0)
                for (size_t off = 0; off < a.len; off += a.segment)
                    m_each.push_back(bytesOf(a).subspan(off, std::min<size_t>(a.segment, a.len - off)));
            ++k;
            continue;
        }
        // Equal-sized datagrams, the last no longer: one GSO send.
        size_t e = k + 1, total = a.len;
        if (flow.joinableUp() && a.len > 0)
            while (e < items.size() && !items[e].segment && items[e - 1].len == a.len && items[e].len <= a.len
                   && e - k < kMaxSegments && total + items[e].len <= kMaxJoinedBytes) {
                total += items[e].len;
                ++e;
            }
        if (e - k > 1) {
            flushEach();
            std::array<std::span<const uint8_t>, kMaxSegments> parts;
            for (size_t i = k; i < e; ++i)
                parts[i - k] = bytesOf(items[i]);
            const int r = sendSegments(fd, std::span(parts).first(e - k), a.len);
            if (r > 0) {
                sent += total;
                joined += e - k;
            }
            if (r >= 0) {
                k = e;
                continue;
            }
            flow.joinUpRefused(); // one by one from now on, without asking again
        }
        for (; k < e; ++k)
            m_each.push_back(bytesOf(items[k]));
    }
    flushEach();
    if (sent)
        m_sent.emplace_back(&flow, sent);
    if (std::exchange(m_refused, false))
        flow.refused(true);
    return joined;
}

void UdpOutbox::sendEach(int fd, std::span<const std::span<const uint8_t>> datagrams, size_t &sent)
{
    std::array<mmsghdr, kMaxSegments> msgs;
    std::array<iovec, kMaxSegments> iov;
    for (size_t base = 0; base < datagrams.size(); base += kMaxSegments) {
        const size_t n = std::min(kMaxSegments, datagrams.size() - base);
        for (size_t i = 0; i < n; ++i) {
            iov[i] = {const_cast<uint8_t *>(datagrams[base + i].data()), datagrams[base + i].size()};
            msgs[i] = {};
            msgs[i].msg_hdr.msg_iov = &iov[i];
            msgs[i].msg_hdr.msg_iovlen = 1;
        }
        for (size_t pos = 0; pos < n;) {
            const int r = ::sendmmsg(fd, msgs.data() + pos, unsigned(n - pos), MSG_DONTWAIT | MSG_NOSIGNAL);
            if (r > 0) {
                for (size_t i = pos; i < pos + size_t(r); ++i)
                    sent += datagrams[base + i].size();
                pos += size_t(r);
                continue;
            }
            if (full(errno))
                return; // the rest is dropped
            if (errno == ECONNREFUSED && !m_refused) {
                // The server's refusal of an earlier datagram, reported on
                // this send: passed on to the client, this one sent again.
                m_refused = true;
                continue;
            }
            ++pos; // this one refused (too long, a second refusal): the next
        }
    }
}

int UdpOutbox::sendSegments(int fd, std::span<const std::span<const uint8_t>> parts, size_t segment)
{
    union {
        char buf[CMSG_SPACE(sizeof(uint16_t))];
        cmsghdr align;
    } control{};
    // The datagrams' bytes back to back, however they lie: the kernel cuts
    // what the iovecs hold together into `segment`s.
    std::array<iovec, kMaxSegments> iov;
    for (size_t i = 0; i < parts.size(); ++i)
        iov[i] = {const_cast<uint8_t *>(parts[i].data()), parts[i].size()};
    msghdr mh{};
    mh.msg_iov = iov.data();
    mh.msg_iovlen = parts.size();
    mh.msg_control = control.buf;
    mh.msg_controllen = sizeof control.buf;
    cmsghdr *c = CMSG_FIRSTHDR(&mh);
    c->cmsg_level = SOL_UDP;
    c->cmsg_type = UDP_SEGMENT;
    c->cmsg_len = CMSG_LEN(sizeof(uint16_t));
    const uint16_t size = uint16_t(segment);
    std::memcpy(CMSG_DATA(c), &size, sizeof size);
    if (::sendmsg(fd, &mh, MSG_DONTWAIT | MSG_NOSIGNAL) >= 0)
        return 1;
    // An earlier datagram's refusal reported on this send, as in sendEach():
    // passed on, and the batch sent again (the GSO is not what failed).
    if (errno == ECONNREFUSED && !m_refused) {
        m_refused = true;
        if (::sendmsg(fd, &mh, MSG_DONTWAIT | MSG_NOSIGNAL) >= 0)
            return 1;
    }
    // A kernel or route without UDP GSO (EINVAL, EIO; a segment beyond the
    // path's MTU): the datagrams one by one.
    return full(errno) ? 0 : -1;
}

} // namespace byway::capture
