// SPDX-License-Identifier: GPL-3.0-or-later
// What the capture's memory costs while it is idle: buffers that are
// resident only once used, and what a burst of flows left behind in
// malloc's free lists given back.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>

#include <malloc.h>

namespace byway::capture {

// A fixed-size byte buffer left uninitialised: std::vector<uint8_t>(n)
// zero-fills, which makes every page of it resident at once, also for the
// 64 KiB buffers (TUN read, socket read, replies, GSO coalescing) an idle
// capture never writes. Here a page costs memory only once a packet is
// written into it.
class ByteBuffer {
public:
    explicit ByteBuffer(size_t size) : m_data(std::make_unique_for_overwrite<uint8_t[]>(size)), m_size(size) {}

    [[nodiscard]] uint8_t *data() { return m_data.get(); }
    [[nodiscard]] const uint8_t *data() const { return m_data.get(); }
    [[nodiscard]] size_t size() const { return m_size; }
    operator std::span<uint8_t>() { return {m_data.get(), m_size}; }
    operator std::span<const uint8_t>() const { return {m_data.get(), m_size}; }

private:
    std::unique_ptr<uint8_t[]> m_data;
    size_t m_size;
};

// Bytes appended back to back and taken all at once (a worker's queues),
// left uninitialised like ByteBuffer: the copy that fills them costs as much
// as zeroing would. Offsets stay valid across grow(); pointers until the next
// grow().
class GrowBuffer {
public:
    // `n` more bytes; where they start.
    [[nodiscard]] size_t grow(size_t n)
    {
        const size_t off = m_size;
        if (m_size + n > m_capacity) {
            const size_t cap = std::max({m_size + n, 2 * m_capacity, size_t(65536)});
            auto bytes = std::make_unique_for_overwrite<uint8_t[]>(cap);
            if (m_size)
                std::memcpy(bytes.get(), m_bytes.get(), m_size);
            m_bytes = std::move(bytes);
            m_capacity = cap;
        }
        m_size += n;
        return off;
    }
    void shrink(size_t size) { m_size = size; }
    [[nodiscard]] uint8_t *at(size_t off) { return m_bytes.get() + off; }
    [[nodiscard]] size_t size() const { return m_size; }
    // Empty; true when a burst had grown it beyond `keep` and it was given back.
    bool clear(size_t keep)
    {
        m_size = 0;
        if (m_capacity <= keep)
            return false;
        m_bytes.reset();
        m_capacity = 0;
        return true;
    }

private:
    std::unique_ptr<uint8_t[]> m_bytes;
    size_t m_size = 0, m_capacity = 0;
};

// Flows are allocated on the packet thread, in its own malloc arena, which
// glibc does not shrink by itself: after 10,000 flows had come and gone the
// capture kept 37 MiB. Told the flow count now and then (the sweep), this
// hands the free pages back (malloc_trim) once the table is down to a
// quarter of its peak. The same for the downloads' bytes in lwIP
// (Stats::sendBuffered): a few fast downloads at 1 MiB each left 6 MiB
// behind once they ended.
class MemoryTrim {
public:
    static constexpr size_t kMinPeak = 1024;
    static constexpr size_t kMinBufferedPeak = size_t(2) << 20;

    // True when a trim is due: trim() then, outside lwIP's core lock (it
    // walks every arena, and the other workers need not wait for it).
    [[nodiscard]] bool observe(size_t flows, size_t buffered)
    {
        m_peak = std::max(m_peak, flows);
        m_bufferedPeak = std::max(m_bufferedPeak, buffered);
        const bool flowsFell = m_peak >= kMinPeak && flows <= m_peak / 4;
        const bool buffersFell = m_bufferedPeak >= kMinBufferedPeak && buffered <= m_bufferedPeak / 4;
        if (!flowsFell && !buffersFell)
            return false;
        m_peak = flows;
        m_bufferedPeak = buffered;
        return true;
    }
    static void trim() { ::malloc_trim(0); }

private:
    size_t m_peak = 0, m_bufferedPeak = 0;
};

} // namespace byway::capture
