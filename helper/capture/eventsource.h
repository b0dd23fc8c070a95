// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace byway::capture {

// Something with a descriptor in the packet thread's epoll set; epoll's
// data.ptr points at it. Flows are destroyed only at the end of a batch, so a
// pointer in the current batch's event array stays valid.
class EventSource {
public:
    virtual ~EventSource() = default;
    // On the worker's thread without lwIP's core lock, before the batch's
    // locked part: true when the events were handled here (a TCP flow's
    // socket I/O, an AF_PACKET interface's reads, the wake eventfd), and
    // onEvents is not called for them.
    virtual bool onEventsUnlocked(uint32_t) { return false; }
    // With the core lock held.
    virtual void onEvents(uint32_t events) = 0;
};

} // namespace byway::capture
