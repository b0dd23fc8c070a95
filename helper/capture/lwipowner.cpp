// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/lwipowner.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/pbuf.h>
#include <lwip/priv/tcp_priv.h> // tcp_abandon
#include <lwip/tcp.h>
}

namespace byway::capture {

namespace {
void detach(tcp_pcb *pcb)
{
    tcp_arg(pcb, nullptr);
    tcp_recv(pcb, nullptr);
    tcp_sent(pcb, nullptr);
    tcp_err(pcb, nullptr);
}
} // namespace

void PbufFree::operator()(pbuf *p) const noexcept
{
    pbuf_free(p);
}

void ListenerClose::operator()(tcp_pcb *pcb) const noexcept
{
    tcp_arg(pcb, nullptr);
    tcp_accept(pcb, nullptr);
    tcp_close(pcb); // never fails for a listening pcb
}

TcpPcb &TcpPcb::operator=(TcpPcb &&o) noexcept
{
    if (this != &o) {
        abort();
        m_pcb = o.m_pcb;
        o.m_pcb = nullptr;
    }
    return *this;
}

void TcpPcb::abort()
{
    if (!m_pcb)
        return;
    tcp_pcb *pcb = m_pcb;
    m_pcb = nullptr;
    detach(pcb);
    tcp_abort(pcb);
}

void TcpPcb::abandon()
{
    if (!m_pcb)
        return;
    tcp_pcb *pcb = m_pcb;
    m_pcb = nullptr;
    detach(pcb);
    tcp_abandon(pcb, 0);
}

} // namespace byway::capture
