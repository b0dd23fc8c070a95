// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP flow's lwIP side: the accepted pcb tuned (MSS, windows), lwIP's
// callbacks, and the bytes spliced between lwIP and the outbound socket
// with backpressure both ways. The flow's life and its outbound connect:
// tcpforwarder.cpp.
#include "capture/tcpforwarder.h"

#include "capture/lwipstack.h"
#include "core/logging.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/pbuf.h>
#include <lwip/priv/tcp_priv.h>
#include <lwip/tcp.h>
}

#include <algorithm>
#include <cerrno>

#include <sys/socket.h>
#include <sys/uio.h>

namespace byway::capture {

namespace {

// Debian's liblwip has TCP_WND = TCP_SND_BUF = 0xFFFF compiled in, with
// window scaling on (TCP_RCV_SCALE 1). At 64 KiB per direction a flow
// through the box is window-bound long before it is CPU-bound, so flows
// that negotiated scaling get more, set on the pcb rather than compiled in:
//  - receive: up to 0xFFFF << TCP_RCV_SCALE, the most the window field can
//    announce. tcp_recved() caps rcv_wnd at TCP_WND; openWindow() does the
//    same bookkeeping without that cap (lwIP's input path checks segments
//    against rcv_wnd, whatever its size).
//  - send: tcp_write() checks pcb->snd_buf, which ACKs refill without a
//    cap; starting it (and ssthresh) higher lets more be in flight. The
//    pbuf queue limit (TCP_SND_QUEUELEN, ~180 segments) stays in force.
// Both stay bounded per flow: what lwIP can hold for one flow is these two.
constexpr tcpwnd_size_t kRecvWindow = tcpwnd_size_t(0xFFFF) << TCP_RCV_SCALE;
constexpr tcpwnd_size_t kSendBuffer = 3 * tcpwnd_size_t(TCP_SND_BUF);
// Towards TUN clients lwIP's segments may be 64 KiB (IPv6 header, TCP header
// and some option room off pbuf's u16 length), a whole number of the
// client's MSS: the kernel cuts each into exactly that (GSO). Per-segment
// costs in lwIP (pbuf and segment allocation, output, our rewrite) were a
// sixth of the packet thread's time in the download direction.
constexpr size_t kMaxSegmentPayload = 0xffff - 40 - 20 - 40;

tcpwnd_size_t maxRecvWindow(const tcp_pcb *pcb)
{
    return (pcb->flags & TF_WND_SCALE) ? kRecvWindow : TCP_WND;
}

// tcp_recved() with the flow's own maximum window.
void openWindow(tcp_pcb *pcb, size_t len)
{
    const size_t wnd = std::min<size_t>(size_t(pcb->rcv_wnd) + len, maxRecvWindow(pcb));
    pcb->rcv_wnd = tcpwnd_size_t(wnd);
    if (tcp_update_rcv_ann_wnd(pcb) >= TCP_WND_UPDATE_THRESHOLD) {
        tcp_ack_now(pcb);
        tcp_output(pcb); // inside tcp_input lwIP defers it to the end of the segment
    }
}

// lwIP calls these with the flow as `arg`; they never throw.
err_t recvThunk(void *arg, tcp_pcb *, pbuf *p, err_t)
{
    PbufPtr owned(p);
    if (!arg)
        return ERR_OK;
    return static_cast<TcpFlow *>(arg)->lwipRecv(std::move(owned));
}
err_t sentThunk(void *arg, tcp_pcb *, u16_t)
{
    return arg ? static_cast<TcpFlow *>(arg)->lwipSent() : err_t(ERR_OK);
}
void errThunk(void *arg, err_t err)
{
    if (arg)
        static_cast<TcpFlow *>(arg)->lwipError(err);
}
} // namespace

void TcpFlow::attach(tcp_pcb *pcb)
{
    m_pcb = TcpPcb(pcb);
    tcp_arg(pcb, this);
    tcp_recv(pcb, recvThunk);
    tcp_sent(pcb, sentThunk);
    tcp_err(pcb, errThunk);
    tcp_nagle_disable(pcb); // latency inside the box bounds throughput
    // lwIP's netif MTU is 64 KiB: its MSS for this flow came from the
    // client's option alone; the clients' MTU caps it as it capped the MSS
    // offered in our SYN-ACK.
    mss = std::min<uint16_t>(pcb->mss, m_host.stack().mssFor(key.client.addr.family));
    // Larger segments where the way out takes them: the TUN with offloads
    // as GSO, an AF_PACKET interface cut to `mss` after the lock is released
    // (Engine::writeInterface); one trip through lwIP per 64 KiB, not ~45.
    if (ingress != 0 || m_host.tunOffload()) {
        pcb->mss = u16_t(kMaxSegmentPayload / mss * mss);
        // lwIP never splits a segment to fit the congestion window: it has
        // to hold one such segment from the start.
        pcb->cwnd = std::max(pcb->cwnd, kSendBuffer);
    } else {
        pcb->mss = mss;
    }
    if (pcb->flags & TF_WND_SCALE) {
        pcb->rcv_wnd += kRecvWindow - TCP_WND;
        if (tcp_update_rcv_ann_wnd(pcb) > 0)
            tcp_ack_now(pcb);
    }
    pcb->snd_buf += kSendBuffer - TCP_SND_BUF;
    pcb->ssthresh = std::max(pcb->ssthresh, kSendBuffer);
    m_phase = Phase::Established;
    m_syn.clear();
    m_syn.shrink_to_fit();
    updateInterest();
    qCDebug(lcNetstack).noquote() << "flow" << id << "established" << key.client.toString() << "->" << key.dst.toString();
}

signed char TcpFlow::lwipRecv(PbufPtr p)
{
    lastMs = m_host.now();
    // The client's FIN; the pcb may be in TIME_WAIT already (our FIN went
    // first), ended at the end of the batch once lwIP sent its last ACK.
    if (!p)
        m_clientEof = true;
    else if (m_up)
        pbuf_cat(m_up.get(), p.release()); // the chain takes p's reference
    else
        m_up = std::move(p);
    // Errors are acted on at the end of the batch, outside lwIP's callback.
    if (!flushUp())
        m_failed = true;
    wantOutput();
    return ERR_OK;
}

signed char TcpFlow::lwipSent()
{
    if (m_readPaused && !pumpDown())
        m_failed = true;
    wantOutput();
    return ERR_OK;
}

void TcpFlow::lwipError(signed char err)
{
    // lwIP freed the pcb already.
    m_pcb.forget();
    pcbGone();
    if (err == ERR_CLSD) {
        // Our FIN was acknowledged in LAST_ACK: the client side ended
        // cleanly; what it sent before its FIN may still be on its way out.
        wantOutput();
        return;
    }
    // Client RST, retransmission timeout: pass the reset on to the server.
    m_up.reset();
    closeOutbound(true);
    m_host.kill(this);
}

bool TcpFlow::flushUp()
{
    while (m_up && m_out) {
        iovec iov[32];
        int n = 0;
        size_t total = 0;
        for (pbuf *q = m_up.get(); q && n < 32; q = q->next) {
            iov[n++] = {q->payload, q->len};
            total += q->len;
        }
        msghdr mh{};
        mh.msg_iov = iov;
        mh.msg_iovlen = size_t(n);
        const ssize_t w = ::sendmsg(m_out.get(), &mh, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (w < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK;
        bytesUp += uint64_t(w);
        // Only now lwIP may open its window again: backpressure reaches the client.
        for (size_t left = size_t(w); left > 0;) {
            const u16_t chunk = u16_t(std::min<size_t>(left, 0xffff));
            m_up.reset(pbuf_free_header(m_up.release(), chunk)); // consumes the old head
            left -= chunk;
        }
        if (m_pcb)
            openWindow(m_pcb.get(), size_t(w));
        if (size_t(w) < total)
            return true;
    }
    return true;
}

bool TcpFlow::pumpDown()
{
    while (m_pcb && !m_serverEof) {
        const size_t mss = std::max<size_t>(tcp_mss(m_pcb.get()), 536);
        size_t space = m_pcb->snd_buf;
        const size_t queued = tcp_sndqueuelen(m_pcb.get());
        const size_t segs = queued + 2 < TCP_SND_QUEUELEN ? TCP_SND_QUEUELEN - queued - 2 : 0;
        space = std::min(space, segs * mss);
        if (space < std::min<size_t>(mss, TCP_SND_BUF / 4)) {
            m_readPaused = true; // resumed from lwIP's sent callback
            updateInterest();
            return true;
        }
        m_readPaused = false;
        auto buf = m_host.scratch();
        const size_t want = std::min({space, buf.size(), size_t(0xffff)}); // tcp_write takes u16_t
        const ssize_t r = ::recv(m_out.get(), buf.data(), want, MSG_DONTWAIT);
        if (r > 0) {
            if (tcp_write(m_pcb.get(), buf.data(), u16_t(r), TCP_WRITE_FLAG_COPY) != ERR_OK)
                return false; // cannot happen with the room checked above
            bytesDown += uint64_t(r);
            wantOutput();
            if (size_t(r) < want)
                break;
            continue;
        }
        if (r == 0) {
            m_serverEof = true;
            break;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
        return false;
    }
    updateInterest();
    return true;
}

} // namespace byway::capture
