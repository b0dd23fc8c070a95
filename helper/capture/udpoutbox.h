// SPDX-License-Identifier: GPL-3.0-or-later
// A worker's UDP datagrams towards the exits: queued by its flows while the
// core lock is held, sent by the worker once it is released. No UDP send
// runs under the lock, and the datagrams a flow's client sent one per TUN
// read leave together: a run of one flow's equal-sized datagrams (the last
// may be shorter) in one sendmsg with UDP_SEGMENT on a direct exit, the
// rest of a flow's datagrams in sendmmsg calls. A full socket buffer drops what
// it cannot take, as a router's queue would.
#pragma once

#include "capture/memory.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace byway::capture {

class UdpFlow;

class UdpOutbox {
public:
    // UDP GSO's limits: segments per send (the kernel's UDP_MAX_SEGMENTS)
    // and payload bytes in one (an IP packet's, with room for the headers).
    static constexpr size_t kMaxSegments = 64;
    static constexpr size_t kMaxJoinedBytes = 65535 - 40 - 8 - 64;

    // --- the flows, core lock held, on the owner's thread -------------------
    // Room for a datagram of up to `max` bytes ...
    [[nodiscard]] std::span<uint8_t> room(size_t max);
    // ... whose first `len` are `flow`'s next datagram (`segment` 0), or its
    // datagrams of `segment` bytes back to back (a client's UDP GSO batch).
    void add(UdpFlow *flow, size_t len, size_t segment);
    // room() and add() for bytes that are ready: copied in.
    void add(UdpFlow *flow, std::span<const uint8_t> bytes, size_t segment);
    // `flow` is being destroyed: what it queued is dropped, uncounted.
    void forget(const UdpFlow *flow);

    // --- the owner ----------------------------------------------------------
    [[nodiscard]] bool empty() const { return m_items.empty(); }
    [[nodiscard]] size_t bytes() const { return m_end; }
    // Lock released: everything queued is sent or dropped; how many of the
    // datagrams sent had come one by one and left joined.
    size_t send();
    // Lock held: what send() sent is counted on its flows (bytesUp).
    void apply();

private:
    struct Item {
        UdpFlow *flow = nullptr;
        size_t off = 0, len = 0;
        uint16_t segment = 0;
    };
    // One flow's items, in order.
    // The datagrams it joined.
    size_t sendRun(UdpFlow &flow, std::span<const Item> items);
    // Datagrams one per message (sendmmsg), each sent or dropped alone.
    void sendEach(int fd, std::span<const std::span<const uint8_t>> datagrams, size_t &sent);
    // 1: sent, 0: dropped (full), -1: refused (send them one by one).
    // `parts`: at most kMaxSegments spans, the datagrams' bytes in order.
    [[nodiscard]] int sendSegments(int fd, std::span<const std::span<const uint8_t>> parts, size_t segment);

    static constexpr size_t kKeep = size_t(1) << 20;
    GrowBuffer m_bytes;
    size_t m_end = 0; // what add() took of m_bytes; room() may have grown it further
    std::vector<Item> m_items;
    std::vector<std::pair<UdpFlow *, size_t>> m_sent;
    std::vector<std::span<const uint8_t>> m_each;
    // A send reported the server's port unreachable (ECONNREFUSED) during
    // this sendRun(): the flow passes it on to its client.
    bool m_refused = false;
};

} // namespace byway::capture
