// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/tcpforwarder.h"

#include "capture/craft.h"
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
#include <cstring>

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

TcpFlow::TcpFlow(FlowHost &host, const FlowKey &k, const UserMatch &u, int in) : m_host(host), m_exit(u.exit)
{
    key = k;
    user = u.user;
    exit = u.exitName;
    ingress = in;
    stackHolds = false; // until its SYN goes into lwIP
}

// m_pcb aborts a pcb still held, m_up frees what was not sent.
TcpFlow::~TcpFlow() = default;

void TcpFlow::pcbGone()
{
    stackHolds = false;
}

void TcpFlow::wantOutput()
{
    if (m_outputQueued)
        return;
    m_outputQueued = true;
    m_host.wantOutput(this);
}

void TcpFlow::closeOutbound(bool reset)
{
    if (!m_out)
        return;
    if (reset) {
        const linger lg{1, 0}; // pass the reset on to the server
        ::setsockopt(m_out.get(), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    }
    m_host.unwatch(m_out.get());
    m_out.reset();
    m_registered = false;
}

const char *TcpFlow::state() const
{
    switch (m_phase) {
    case Phase::Connecting: return "connecting";
    case Phase::Socks: return "socks";
    case Phase::Handshake: return "handshake";
    case Phase::Established: return m_clientEof || m_serverEof ? "half-closed" : "established";
    case Phase::Closing: return "closing";
    }
    return "?";
}

bool TcpFlow::start(std::span<const uint8_t> syn)
{
    m_syn.assign(syn.begin(), syn.end());
    Endpoint target = key.dst;
    if (m_exit && m_exit->type == config::ExitType::Socks5) {
        // Literal addresses only: resolving names would block the packet thread.
        auto a = fromQt(QHostAddress(m_exit->server));
        if (!a) {
            qCWarning(lcForwarder).noquote() << "SOCKS5 exit" << m_exit->name << "needs an IP address, not" << m_exit->server;
            return false;
        }
        target = Endpoint{*a, m_exit->port};
        m_socks.emplace(m_exit->username, m_exit->password, key.dst);
    }
    auto fd = openOutbound(m_exit, m_host.bypassMark(), target.addr.family == 4 ? AF_INET : AF_INET6, SOCK_STREAM);
    if (!fd) {
        qCWarning(lcForwarder).noquote() << "outbound socket:" << fd.error().toString();
        return false;
    }
    m_out = std::move(*fd);
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(target, ss);
    if (::connect(m_out.get(), reinterpret_cast<sockaddr *>(&ss), len) < 0 && errno != EINPROGRESS) {
        qCDebug(lcForwarder).noquote() << "connect" << target.toString() << strerror(errno);
        return false;
    }
    updateInterest();
    return true;
}

void TcpFlow::updateInterest()
{
    uint32_t ev = 0;
    switch (m_phase) {
    case Phase::Connecting: ev = EPOLLOUT; break;
    case Phase::Socks: ev = EPOLLIN; break;
    case Phase::Handshake: ev = 0; break;
    case Phase::Established:
    case Phase::Closing:
        if (!m_readPaused && !m_serverEof)
            ev |= EPOLLIN;
        if (m_up)
            ev |= EPOLLOUT;
        break;
    }
    if (!m_out)
        return;
    if (!m_registered || ev != m_events) {
        m_host.watch(this, m_out.get(), ev, !m_registered);
        m_registered = true;
        m_events = ev;
    }
}

void TcpFlow::fromClient(Packet &p)
{
    lastMs = m_host.now();
    ++packets;
    if (m_phase == Phase::Connecting || m_phase == Phase::Socks) {
        if (p.tcpFlags & kTcpSyn)
            m_syn.assign(p.data, p.data + p.len); // a retransmitted SYN replaces the held one
        else
            m_host.dropFor(*this, Drop::NotReady);
        return;
    }
    rewrite(p, fake, m_host.stack().listener(fake.addr.family));
    m_host.stack().input({p.data, p.len});
}

void TcpFlow::onEvents(uint32_t ev)
{
    if (dead)
        return;
    lastMs = m_host.now();
    if (m_phase == Phase::Connecting) {
        int err = 0;
        socklen_t l = sizeof err;
        ::getsockopt(m_out.get(), SOL_SOCKET, SO_ERROR, &err, &l);
        if (err) {
            qCDebug(lcForwarder).noquote() << "flow" << id << "connect failed:" << strerror(err);
            abortBoth(true);
            return;
        }
        connected();
        return;
    }
    if (m_phase == Phase::Socks) {
        if (!socksStep())
            abortBoth(true);
        return;
    }
    if (m_phase == Phase::Handshake) {
        if (ev & EPOLLERR)
            abortBoth(true);
        return;
    }
    bool ok = true;
    if (ev & EPOLLOUT)
        ok = flushUp();
    if (ok && (ev & (EPOLLIN | EPOLLHUP | EPOLLERR)))
        ok = pumpDown();
    if (!ok) {
        abortBoth(true);
        return;
    }
    flushOutput();
}

void TcpFlow::connected()
{
    if (m_socks) {
        m_phase = Phase::Socks;
        const auto out = m_socks->takeOutput();
        // A fresh socket's buffer takes a few dozen bytes whole.
        if (::send(m_out.get(), out.data(), out.size(), MSG_NOSIGNAL) != ssize_t(out.size())) {
            abortBoth(true);
            return;
        }
        updateInterest();
        return;
    }
    feedSyn();
}

bool TcpFlow::socksStep()
{
    uint8_t buf[300];
    const size_t want = std::min(m_socks->wantBytes(), sizeof buf);
    const ssize_t r = ::recv(m_out.get(), buf, want, 0);
    if (r < 0)
        return errno == EAGAIN;
    if (r == 0)
        return false;
    switch (m_socks->feed({buf, size_t(r)})) {
    case Socks5Handshake::Step::Failed:
        qCDebug(lcForwarder).noquote() << "flow" << id << "SOCKS5:" << m_socks->error();
        return false;
    case Socks5Handshake::Step::Done:
        feedSyn();
        return true;
    case Socks5Handshake::Step::Continue: {
        const auto out = m_socks->takeOutput();
        if (!out.empty() && ::send(m_out.get(), out.data(), out.size(), MSG_NOSIGNAL) != ssize_t(out.size()))
            return false;
        return true;
    }
    }
    return false;
}

void TcpFlow::feedSyn()
{
    m_phase = Phase::Handshake;
    stackHolds = true; // lwIP makes a pcb for the fake endpoint from here on
    updateInterest();
    auto p = parse(m_syn, false);
    if (!p)
        return;
    rewrite(*p, fake, m_host.stack().listener(fake.addr.family));
    m_host.stack().input({p->data, p->len});
}

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
    if (ingress == 0 && m_host.tunOffload()) {
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

void TcpFlow::flushOutput()
{
    if (dead)
        return;
    if (m_failed) {
        abortBoth(true);
        return;
    }
    if (m_pcb)
        tcp_output(m_pcb.get());
    finishIfDone();
    if (!dead)
        updateInterest();
}

void TcpFlow::settle()
{
    if (!dead && (m_phase == Phase::Established || m_phase == Phase::Closing))
        finishIfDone();
}

void TcpFlow::finishIfDone()
{
    if (m_phase != Phase::Established && m_phase != Phase::Closing)
        return;
    if (m_clientEof && !m_up && !m_upShut && m_out) {
        ::shutdown(m_out.get(), SHUT_WR);
        m_upShut = true;
    }
    if (m_serverEof && !m_downShut && m_pcb && tcp_shutdown(m_pcb.get(), 0, 1) == ERR_OK)
        m_downShut = true;
    // Both FINs exchanged and ours acknowledged: nothing is left for lwIP to
    // do but wait out TIME_WAIT, which guards nothing here (see the header).
    if (m_pcb && m_pcb->state == TIME_WAIT) {
        m_pcb.abandon();
        pcbGone();
    }
    const bool upDone = m_upShut || (m_clientEof && !m_out);
    if (upDone && m_serverEof && m_out) {
        // Nothing more goes either way on the outbound socket.
        closeOutbound(false);
        m_phase = Phase::Closing;
    }
    if (upDone && !m_pcb && !m_up) {
        closeOutbound(false);
        m_phase = Phase::Closing;
        m_host.kill(this); // both sides are done
    }
}

void TcpFlow::abortBoth(bool resetClient)
{
    if (m_pcb) {
        m_pcb.abort(); // sends the RST
        pcbGone();
    } else if (resetClient && !m_syn.empty()) {
        if (auto p = parse(m_syn, false)) {
            uint8_t rst[80];
            if (const size_t n = craft::tcpReset(rst, *p))
                m_host.sendToClient(ingress, {rst, n});
        }
    }
    m_up.reset();
    closeOutbound(true);
    m_host.kill(this);
}

} // namespace byway::capture
