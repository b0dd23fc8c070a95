// SPDX-License-Identifier: GPL-3.0-or-later
// A TCP flow's life and its outbound side: the connect (direct or SOCKS5),
// the client's SYN held until then, epoll events, closing and aborting.
// lwIP's side and the bytes between the two: tcpsplice.cpp.
#include "capture/tcpforwarder.h"

#include "capture/craft.h"
#include "capture/log.h"
#include "capture/lwipstack.h"
#include "capture/socks5pool.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/tcp.h>
}

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include <sys/epoll.h>
#include <sys/socket.h>

namespace byway::capture {

TcpFlow::TcpFlow(FlowHost &host, const FlowKey &k, const UserMatch &u, int in) : m_host(host), m_exit(u.exit)
{
    key = k;
    user = u.user;
    exit = u.exitName;
    ingress = in;
    stackHolds = false; // until its SYN goes into lwIP
}

// m_pcb aborts a pcb still held, m_up and m_upIn free what was not sent.
TcpFlow::~TcpFlow()
{
    closeOutbound(m_resetServer);
    m_pcb.abort(); // as its destructor would, but before the count below
    noteSendHeld();
}

void TcpFlow::pcbGone()
{
    stackHolds = false;
    noteSendHeld();
}

void TcpFlow::wantOutput()
{
    if (m_outputQueued)
        return;
    m_outputQueued = true;
    m_host.wantOutput(this);
}

void TcpFlow::wantIo()
{
    if (m_ioQueued)
        return;
    m_ioQueued = true;
    m_host.wantIo(this);
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
    if (!m_exit || m_exit->type != ExitType::Socks5) {
        linkTo(key.dst);
        return true;
    }
    // Literal addresses only: resolving names would block the packet thread.
    auto a = Addr::parse(m_exit->server);
    if (!a) {
        CLOG_WARNING(Forwarder).noquote() << "SOCKS5 exit" << m_exit->name << "needs an IP address, not" << m_exit->server;
        return false;
    }
    m_server = Endpoint{*a, m_exit->port};
    auto s = m_host.socksPool().begin(*m_exit, m_server);
    m_socks.emplace(m_exit->username, m_exit->password, key.dst, Socks5Handshake::Command::Connect, s.options);
    if (s.ready) {
        // Greeted and authenticated already: only the request goes out.
        m_out = std::move(s.ready);
        m_pooled = true;
        m_link = Link::Greet;
        wantIo();
        return true;
    }
    linkTo(m_server);
    return true;
}

void TcpFlow::linkTo(const Endpoint &to)
{
    // socket(), its options, connect() and epoll_ctl() are a handful of
    // syscalls (connect() takes the SYN through the router's stack): made
    // without the lock, where they hold up no other worker.
    m_connectTo = to;
    m_link = Link::Connect;
    wantIo();
}

bool TcpFlow::retrySocks()
{
    if (m_socksRetried || !m_host.socksPool().startOver(*m_exit, *m_socks, m_pooled))
        return false;
    CLOG_DEBUG(Forwarder).noquote() << "flow" << id << "SOCKS5:" << (m_pooled ? "pooled" : "pipelined")
                                    << "connection ended before any reply; once more, sequentially";
    closeOutbound(false);
    m_socksRetried = true;
    m_pooled = false;
    m_phase = Phase::Connecting;
    m_socks.emplace(m_exit->username, m_exit->password, key.dst);
    linkTo(m_server);
    return true;
}

std::string TcpFlow::socksFailure() const
{
    if (m_linkFailure != LinkFailure::Socks)
        return "cannot connect to " + m_server.toString() + ": " + strerror(m_linkErrno ? m_linkErrno : EIO);
    if (!m_socks->error().empty())
        return m_socks->error();
    return m_server.toString() + " closed the connection during the handshake";
}

uint32_t TcpFlow::wantedEvents() const
{
    if (m_link != Link::Up)
        return m_link == Link::Connecting ? uint32_t(EPOLLOUT) : m_link == Link::Socks ? uint32_t(EPOLLIN) : 0u;
    switch (m_phase) {
    case Phase::Connecting:
    case Phase::Socks:
    case Phase::Handshake: return 0;
    case Phase::Established:
    case Phase::Closing: {
        // Epoll only says what the owner does not know: that the drained
        // socket has more while lwIP has room (planned at the last sync),
        // that the full socket takes more while lwIP's bytes wait. A socket
        // known to have more is read when lwIP has room (sync queues it).
        uint32_t ev = 0;
        if (m_planned && !m_ioEof && !m_readable)
            ev |= EPOLLIN;
        if (m_upSent < m_upBytes && !m_writable)
            ev |= EPOLLOUT;
        return ev;
    }
    }
    return 0;
}

bool TcpFlow::needsIo() const
{
    if (m_link != Link::Up)
        return m_link == Link::Connect || m_link == Link::Greet || m_linkEvents != 0;
    return m_out && (wantedEvents() != m_events || (m_upSent < m_upBytes && m_writable)
                     || (m_readable && m_planned && !m_ioEof));
}

void TcpFlow::updateInterest()
{
    const uint32_t ev = wantedEvents();
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
    m_host.stack().input({p.data, p.len}, p.checksumTrusted);
}

void TcpFlow::onEvents(uint32_t ev)
{
    if (dead)
        return;
    lastMs = m_host.now();
    if (m_link != Link::Up) {
        // The outbound side's steps are io()'s, without the lock.
        m_linkEvents |= ev;
        wantIo();
        return;
    }
    if (m_phase == Phase::Handshake) {
        if (ev & EPOLLERR)
            abortBoth(true);
        return;
    }
    // Established since the batch's unlocked part looked (accepted in this
    // batch): the I/O is the owner's, after the lock.
    noteEvents(ev);
    wantIo();
}

void TcpFlow::linkIo(uint32_t ev)
{
    m_linkEvents |= ev;
    if (m_ioPending)
        return; // the last step's outcome waits for applyIo
    switch (m_link) {
    case Link::Connect: {
        auto fd = capture::connectOutbound(m_exit, m_host.bypassMark(), m_connectTo, SOCK_STREAM);
        if (!fd) {
            CLOG_DEBUG(Forwarder).noquote() << "flow" << id << "outbound:" << fd.error().toString();
            m_linkErrno = fd.error().sysErrno;
            linkFailed(LinkFailure::Unusable);
            return;
        }
        m_out = std::move(*fd);
        m_link = Link::Connecting;
        m_linkEvents = 0;
        updateInterest();
        return;
    }
    case Link::Connecting: {
        if (!std::exchange(m_linkEvents, 0))
            return;
        int err = 0;
        socklen_t l = sizeof err;
        ::getsockopt(m_out.get(), SOL_SOCKET, SO_ERROR, &err, &l);
        if (err) {
            CLOG_DEBUG(Forwarder).noquote() << "flow" << id << "connect failed:" << strerror(err);
            m_linkErrno = err;
            linkFailed(LinkFailure::Refused);
            return;
        }
        m_link = Link::Greet;
        [[fallthrough]];
    }
    case Link::Greet:
        if (!m_socks) {
            m_link = Link::Ready;
            updateInterest(); // none until lwIP has the connection
            linkReport();
            return;
        }
        {
            // A fresh socket's buffer takes a few hundred bytes whole.
            const auto out = m_socks->takeOutput();
            if (::send(m_out.get(), out.data(), out.size(), MSG_NOSIGNAL) != ssize_t(out.size())) {
                linkFailed(LinkFailure::Socks);
                return;
            }
        }
        m_link = Link::Socks;
        m_linkEvents = 0;
        updateInterest();
        linkReport(); // the phase shown
        return;
    case Link::Socks:
        if (std::exchange(m_linkEvents, 0))
            socksStep();
        return;
    case Link::Ready:
    case Link::Failed:
    case Link::Up: return;
    }
}

void TcpFlow::socksStep()
{
    uint8_t buf[300];
    const size_t want = std::min(m_socks->wantBytes(), sizeof buf);
    const ssize_t r = ::recv(m_out.get(), buf, want, MSG_DONTWAIT);
    if (r < 0) {
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            linkFailed(LinkFailure::Socks);
        return;
    }
    if (r == 0) {
        linkFailed(LinkFailure::Socks);
        return;
    }
    switch (m_socks->feed({buf, size_t(r)})) {
    case Socks5Handshake::Step::Failed:
        CLOG_DEBUG(Forwarder).noquote() << "flow" << id << "SOCKS5:" << m_socks->error();
        linkFailed(LinkFailure::Socks);
        return;
    case Socks5Handshake::Step::Done:
        m_link = Link::Ready;
        updateInterest();
        linkReport();
        return;
    case Socks5Handshake::Step::Continue: {
        const auto out = m_socks->takeOutput();
        if (!out.empty() && ::send(m_out.get(), out.data(), out.size(), MSG_NOSIGNAL) != ssize_t(out.size()))
            linkFailed(LinkFailure::Socks);
        return;
    }
    }
}

void TcpFlow::linkFailed(LinkFailure why)
{
    m_link = Link::Failed;
    m_linkFailure = why;
    linkReport();
}

void TcpFlow::linkReport()
{
    m_ioPending = true;
    m_host.ioDone(this);
}

void TcpFlow::applyLink()
{
    if (dead)
        return;
    lastMs = m_host.now();
    switch (m_link) {
    case Link::Socks:
        m_phase = Phase::Socks;
        wantIo(); // what epoll said meanwhile
        return;
    case Link::Ready:
        m_link = Link::Up;
        feedSyn();
        return;
    case Link::Failed:
        if (m_linkFailure == LinkFailure::Socks && retrySocks())
            return;
        if (m_linkFailure == LinkFailure::Unusable)
            m_host.dropFor(*this, Drop::ExitFailed);
        // The destination's own refusal, relayed by a working exit, is the
        // client's answer (its RST), not the exit failing.
        if (m_socks && !m_socks->destinationRefused())
            m_host.socksPool().failed(m_exit->name, socksFailure());
        abortBoth(true);
        return;
    case Link::Connect:
    case Link::Connecting:
    case Link::Greet:
    case Link::Up: return;
    }
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

void TcpFlow::flushOutput()
{
    if (dead)
        return;
    if (m_pcb)
        tcp_output(m_pcb.get());
    finishIfDone();
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
    // The owner's thread: the socket side is its own (lock held as well).
    const bool upEmpty = !m_up && !m_upIn;
    if (m_clientEof && upEmpty && !m_upShut && m_out) {
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
    if (upDone && !m_pcb && upEmpty) {
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
        // The client still waits on its SYN: a direct exit's "no route"
        // reaches it as the ICMP a router would send (its connect fails
        // with EHOSTUNREACH or ENETUNREACH, not "refused"); the rest as a RST.
        if (auto p = parse(m_syn, false)) {
            const bool direct = !m_socks;
            const bool host = direct && m_linkErrno == EHOSTUNREACH, net = direct && m_linkErrno == ENETUNREACH;
            std::array<uint8_t, 1280> out;
            const size_t n = host || net
                ? craft::unreachable(out, *p, host ? craft::Unreachable::Host : craft::Unreachable::Net)
                : craft::tcpReset(out, *p);
            if (n)
                m_host.sendToClient(ingress, {out.data(), n});
        }
    }
    // The socket may be in use by its owner right now (this can run on
    // another worker evicting the flow): it closes with a RST, and what was
    // not sent is freed, when the owner destroys the flow.
    m_upIn.reset();
    m_resetServer = true;
    m_host.kill(this);
}

} // namespace byway::capture
