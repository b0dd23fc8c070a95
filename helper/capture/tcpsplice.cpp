// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP flow's lwIP side: the accepted pcb tuned (MSS, windows), lwIP's
// callbacks, and the bytes spliced between lwIP and the outbound socket
// with backpressure both ways. The flow's life and its outbound connect:
// tcpforwarder.cpp.
#include "capture/tcpforwarder.h"

#include "capture/log.h"
#include "capture/lwipstack.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/pbuf.h>
#include <lwip/priv/tcp_priv.h>
#include <lwip/tcp.h>
}

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <utility>

#include <sys/epoll.h>

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
//    cap. It starts at kSendBufferMax, and planReads() keeps what lwIP holds
//    of the flow within sendRoom(): enough that each client ACK is answered
//    from lwIP's queue at once, not after a read from the server that the
//    ACK had to ask for. At 3 x 64 KiB that round bound one download to
//    ~9 Gbit/s, at 1-1.5 MiB it is 12-13; 4 MiB was slower again (the
//    bytes likely out of cache by then; docs/benchmarks.md). kSendBudget
//    bounds the sum over a capture's flows (a fast server and slow clients
//    fill every flow's buffer). The pbuf queue limit (TCP_SND_QUEUELEN,
//    ~180 segments) stays in force.
// Both stay bounded per flow: what lwIP can hold for one flow is these two.
constexpr tcpwnd_size_t kRecvWindow = tcpwnd_size_t(0xFFFF) << TCP_RCV_SCALE;
static_assert(kSendBufferMax <= std::numeric_limits<tcpwnd_size_t>::max());
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
        pcb->cwnd = std::max(pcb->cwnd, tcpwnd_size_t(kSendBufferMin));
    } else {
        pcb->mss = mss;
    }
    if (pcb->flags & TF_WND_SCALE) {
        pcb->rcv_wnd += kRecvWindow - TCP_WND;
        if (tcp_update_rcv_ann_wnd(pcb) > 0)
            tcp_ack_now(pcb);
    }
    pcb->snd_buf += tcpwnd_size_t(kSendBufferMax - TCP_SND_BUF);
    pcb->ssthresh = std::max(pcb->ssthresh, tcpwnd_size_t(kSendBufferMax));
    m_phase = Phase::Established;
    m_syn.clear();
    m_syn.shrink_to_fit();
    wantIo(); // the owner plans the reads and watches the socket for them
    CLOG_DEBUG(Netstack).noquote() << "flow" << id << "established" << key.client.toString() << "->" << key.dst.toString();
}

signed char TcpFlow::lwipRecv(PbufPtr p)
{
    lastMs = m_host.now();
    // The client's FIN; the pcb may be in TIME_WAIT already (our FIN went
    // first), ended at the end of the batch once lwIP sent its last ACK.
    if (!p)
        m_clientEof = true;
    else if (m_upIn)
        pbuf_cat(m_upIn.get(), p.release()); // the chain takes p's reference
    else
        m_upIn = std::move(p);
    // The socket is the owner's: it sends these after its locked section.
    wantIo();
    wantOutput();
    return ERR_OK;
}

signed char TcpFlow::lwipSent()
{
    noteSendHeld();
    if (m_wantRoom) // the owner stopped reading the server for want of room
        wantIo();
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
    // Client RST, retransmission timeout: the reset goes on to the server
    // when the owner closes the socket (it may be sending on it right now).
    m_upIn.reset();
    m_resetServer = true;
    m_host.kill(this);
}

void TcpFlow::sync()
{
    m_ioQueued = false;
    takeUp();
    planReads();
    m_wantRoom = m_planned == 0 && m_pcb && m_out && !m_serverEof;
}

void TcpFlow::takeUp()
{
    if (!m_upIn)
        return;
    for (const pbuf *q = m_upIn.get(); q; q = q->next)
        m_upBytes += q->len;
    if (m_up)
        pbuf_cat(m_up.get(), m_upIn.release()); // the chain takes m_upIn's reference
    else
        m_up = std::move(m_upIn);
}

size_t planReadSizes(size_t room, size_t queued, size_t queueLimit, size_t cut, size_t minRead,
                     std::span<uint16_t> out)
{
    cut = std::max<size_t>(cut, 1);
    size_t planned = 0;
    while (planned < out.size()) {
        const size_t segs = queued + 2 < queueLimit ? queueLimit - queued - 2 : 0;
        const size_t space = std::min(room, segs * cut);
        if (space < minRead)
            break; // read again once lwIP's sent callback says it has room
        size_t n = std::min<size_t>(space, 0xffff); // tcp_write takes u16_t
        // Whole segments: 0xffff bytes would leave a runt of 1295 at an MSS
        // of 1460, which goes to the client as a packet of its own, outside
        // the GSO super-packet, and costs the client an ACK and us a TUN
        // write and read per 64 KiB.
        if (n > cut && n - n % cut >= minRead)
            n -= n % cut;
        out[planned++] = uint16_t(n);
        room -= n;
        queued += (n + cut - 1) / cut + 1;
    }
    return planned;
}

size_t sendRoom(size_t held, size_t others)
{
    const size_t cap = std::clamp(kSendBudget > others ? kSendBudget - others : 0, kSendBufferMin, kSendBufferMax);
    return cap > held ? cap - held : 0;
}

size_t TcpFlow::noteSendHeld()
{
    // snd_buf started at kSendBufferMax (attach): the rest is lwIP's.
    const tcp_pcb *pcb = m_pcb.get();
    const size_t held = pcb && kSendBufferMax > pcb->snd_buf ? kSendBufferMax - pcb->snd_buf : 0;
    Stats::count(m_host.stats().sendBuffered, int64_t(held) - int64_t(m_sendHeld));
    m_sendHeld = held;
    return held;
}

void TcpFlow::planReads()
{
    // A flow never reads more from its socket than lwIP can take: what
    // pumping used to check before each read, planned for the reads of the
    // next pass. tcp_write cuts segments of at most mss_local (the pcb's MSS,
    // or half the largest window the client offered if less) and queues one
    // pbuf per segment plus one when it fills the last queued segment; a
    // read's bytes go to lwIP in one tcp_write (applyIo), so the plan counts
    // those pbufs as if each read were full. Between this and applyIo, lwIP
    // can only gain room (ACKs): the plan stays true.
    m_planned = 0;
    const size_t held = noteSendHeld();
    if (!m_pcb || !m_out || m_serverEof || m_ioEof)
        return;
    tcp_pcb *pcb = m_pcb.get();
    const size_t room = sendRoom(held, m_host.stats().sendBuffered.load(std::memory_order_relaxed) - held);
    const size_t mss = std::max<size_t>(tcp_mss(pcb), 536);
    const size_t halfWindow = TCPWND_MIN16(pcb->snd_wnd_max / 2);
    const size_t cut = halfWindow ? std::min<size_t>(pcb->mss, halfWindow) : pcb->mss;
    m_planned = uint8_t(planReadSizes(room, tcp_sndqueuelen(pcb), TCP_SND_QUEUELEN, cut,
                                      std::min<size_t>(mss, TCP_SND_BUF / 4), m_plan));
}

bool TcpFlow::onEventsUnlocked(uint32_t ev)
{
    if (m_link != Link::Up) {
        linkIo(ev);
        return true;
    }
    if ((m_phase != Phase::Established && m_phase != Phase::Closing) || !m_out)
        return false;
    io(ev);
    return true;
}

void TcpFlow::noteEvents(uint32_t ev)
{
    if (ev & (EPOLLIN | EPOLLHUP | EPOLLERR))
        m_readable = true;
    if (ev & (EPOLLOUT | EPOLLHUP | EPOLLERR))
        m_writable = true;
}

void TcpFlow::io(uint32_t ev)
{
    if (m_link != Link::Up) {
        linkIo(ev);
        return;
    }
    noteEvents(ev);
    // Once a pass: what it did waits for applyIo, and the receive buffer
    // holds this flow's reads back to back.
    if (m_ioPending || !m_out)
        return;
    const bool ok = sendUp() && receiveDown();
    // Starved: the reads wait for the next pass, which applyIo's sync queues.
    const bool starved = std::exchange(m_starved, false);
    if (!ok || m_upSent || m_downLen || starved || (m_ioEof && !m_serverEof)) {
        m_ioPending = true;
        m_host.ioDone(this);
    }
    if (ok)
        updateInterest();
}

bool TcpFlow::sendUp()
{
    while (m_upSent < m_upBytes && m_writable) {
        iovec iov[32];
        int n = 0;
        size_t total = 0, skip = m_upSent;
        for (pbuf *q = m_up.get(); q && n < 32; q = q->next) {
            if (skip >= q->len) { // sent this pass, freed by applyIo
                skip -= q->len;
                continue;
            }
            iov[n++] = {static_cast<uint8_t *>(q->payload) + skip, size_t(q->len) - skip};
            total += size_t(q->len) - skip;
            skip = 0;
        }
        msghdr mh{};
        mh.msg_iov = iov;
        mh.msg_iovlen = size_t(n);
        const ssize_t w = ::sendmsg(m_out.get(), &mh, MSG_NOSIGNAL | MSG_DONTWAIT);
        if (w < 0) {
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                m_ioError = errno;
                return false;
            }
            m_writable = false; // EPOLLOUT says when
            return true;
        }
        m_upSent += size_t(w);
        if (size_t(w) < total)
            m_writable = false; // the socket's buffer is full
    }
    return true;
}

bool TcpFlow::receiveDown()
{
    for (size_t i = 0; i < m_planned && m_readable && !m_ioEof; ++i) {
        // Right after this flow's earlier reads of the pass: one region.
        const auto space = m_host.receiveSpace();
        const size_t want = std::min<size_t>(m_plan[i], space.size());
        if (want == 0) {
            m_starved = true; // the pass's buffer is full
            return true;
        }
        const ssize_t r = ::recv(m_out.get(), space.data(), want, MSG_DONTWAIT);
        if (r > 0) {
            if (!m_down)
                m_down = space.data();
            m_host.receiveUsed(size_t(r));
            m_downLen += size_t(r);
            if (size_t(r) < want)
                m_readable = false; // the socket has no more for now
            if (size_t(r) < m_plan[i])
                break; // only a pass's last read is short of its plan
            continue;
        }
        if (r == 0) {
            m_ioEof = true;
            break;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            m_readable = false;
            break;
        }
        m_ioError = errno;
        return false;
    }
    return true;
}

void TcpFlow::applyIo()
{
    m_ioPending = false;
    if (m_link != Link::Up) {
        applyLink();
        return;
    }
    const size_t sent = std::exchange(m_upSent, 0);
    const std::span<const uint8_t> down{m_down, m_downLen};
    m_down = nullptr;
    m_downLen = 0;
    const int error = std::exchange(m_ioError, 0);
    m_upBytes -= sent;
    for (size_t left = sent; left > 0;) {
        const u16_t chunk = u16_t(std::min<size_t>(left, 0xffff));
        m_up.reset(pbuf_free_header(m_up.release(), chunk)); // consumes the old head
        left -= chunk;
    }
    if (dead)
        return; // killed meanwhile (lwIP's error, an eviction): the rest is dropped
    lastMs = m_host.now();
    bytesUp += sent;
    // Only now lwIP may open its window again: backpressure reaches the client.
    if (sent && m_pcb)
        openWindow(m_pcb.get(), sent);
    if (error) {
        CLOG_DEBUG(Forwarder).noquote() << "flow" << id << "outbound:" << strerror(error);
        abortBoth(true);
        return;
    }
    size_t off = 0;
    const UnsummedCopy unsummed; // the checksums are made on the way out (Engine::stackOutput)
    for (size_t i = 0; i < m_planned && off < down.size() && m_pcb; ++i) {
        const size_t len = std::min<size_t>(m_plan[i], down.size() - off);
        if (tcp_write(m_pcb.get(), down.data() + off, u16_t(len), TCP_WRITE_FLAG_COPY) != ERR_OK) {
            CLOG_WARNING(Forwarder).noquote() << "flow" << id << "lwIP refused" << len << "planned bytes";
            abortBoth(true);
            return;
        }
        off += len;
    }
    bytesDown += off;
    if (m_ioEof)
        m_serverEof = true;
    wantOutput();
    wantIo();
}

} // namespace byway::capture
