// SPDX-License-Identifier: GPL-3.0-or-later
// Owners for lwIP's pcbs and pbufs, so no raw lwIP pointer is ever the only
// thing that frees what it points at. Every member runs under lwIP's core
// lock (CoreLock), like every other call into lwIP.
//
// Ownership rules (lwIP 2.1, the system liblwip):
//  - pbuf: whoever holds the reference frees it. A recv callback's pbuf is
//    ours when the callback returns ERR_OK, which TcpFlow's always does
//    (PbufPtr takes it); ip_input() consumes the pbuf it is given in
//    every case (`.release()` at the call); pbuf_cat() consumes its second
//    argument; pbuf_free_header() consumes its argument and returns the new
//    head (or nullptr). The pbuf a netif's output function is handed stays
//    lwIP's: it is read, never owned.
//  - tcp_pcb of a connection (TcpPcb): ours from the accept callback until
//    one of
//      * lwIP's err callback: lwIP has freed the pcb already (RST from the
//        peer, retransmission timeout, ERR_CLSD once our FIN was
//        acknowledged in LAST_ACK): the owner must forget() it without
//        touching it;
//      * abort(): tcp_abort(), a RST to the peer, the pcb freed;
//      * abandon(): tcp_abandon(pcb, 0), freed without a RST (TIME_WAIT
//        ended early, see tcpforwarder.h).
//    Callbacks are cleared before abort() and abandon(), so lwIP calls no
//    callback of ours during or after them; the destructor aborts a pcb
//    still held. Returning ERR_ABRT from an lwIP callback is only allowed
//    after tcp_abort() of that very pcb.
//  - the listener pcb (ListenerPcb): tcp_close() on destruction (a listening
//    pcb has no connection to reset).
#pragma once

#include <memory>

struct pbuf;
struct tcp_pcb;

namespace byway::capture {

struct PbufFree {
    void operator()(pbuf *p) const noexcept;
};
// A pbuf chain (one reference to its head).
using PbufPtr = std::unique_ptr<pbuf, PbufFree>;

struct ListenerClose {
    void operator()(tcp_pcb *pcb) const noexcept;
};
using ListenerPcb = std::unique_ptr<tcp_pcb, ListenerClose>;

// One connection's pcb; see the rules above.
class TcpPcb {
public:
    TcpPcb() = default;
    explicit TcpPcb(tcp_pcb *pcb) : m_pcb(pcb) {}
    ~TcpPcb() { abort(); }
    TcpPcb(TcpPcb &&o) noexcept : m_pcb(o.m_pcb) { o.m_pcb = nullptr; }
    TcpPcb &operator=(TcpPcb &&o) noexcept;
    TcpPcb(const TcpPcb &) = delete;
    TcpPcb &operator=(const TcpPcb &) = delete;

    [[nodiscard]] tcp_pcb *get() const { return m_pcb; }
    tcp_pcb *operator->() const { return m_pcb; }
    explicit operator bool() const { return m_pcb != nullptr; }

    // Callbacks cleared, RST sent, pcb freed.
    void abort();
    // Callbacks cleared, pcb freed without a RST.
    void abandon();
    // lwIP freed the pcb itself (err callback): drop the pointer only.
    void forget() { m_pcb = nullptr; }

private:
    tcp_pcb *m_pcb = nullptr;
};

} // namespace byway::capture
