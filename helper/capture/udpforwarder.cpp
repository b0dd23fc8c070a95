// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/udpforwarder.h"

#include "capture/log.h"
#include "capture/socks5pool.h"
#include "capture/udpoutbox.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <netinet/udp.h>
#include <sys/epoll.h>
#include <sys/socket.h>

namespace byway::capture {

namespace {
// While a SOCKS5 association is set up: a DNS query and its retries fit,
// a bulk sender does not grow it.
constexpr size_t kMaxPendingDatagrams = 16;
constexpr size_t kMaxPendingBytes = 64 * 1024;
// linux/udp.h's, which glibc's netinet/udp.h has only from 2.35 on.
#ifndef UDP_GRO
constexpr int UDP_GRO = 104;
#endif

std::optional<Endpoint> localEndpoint(int fd)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&ss), &len) < 0)
        return std::nullopt;
    Endpoint e;
    if (ss.ss_family == AF_INET) {
        const auto *s = reinterpret_cast<const sockaddr_in *>(&ss);
        e.addr.family = 4;
        std::memcpy(e.addr.b.data(), &s->sin_addr, 4);
        e.port = ntohs(s->sin_port);
    } else if (ss.ss_family == AF_INET6) {
        const auto *s = reinterpret_cast<const sockaddr_in6 *>(&ss);
        e.addr.family = 6;
        std::memcpy(e.addr.b.data(), &s->sin6_addr, 16);
        e.port = ntohs(s->sin6_port);
    } else {
        return std::nullopt;
    }
    return e;
}

bool unspecified(const Addr &a)
{
    for (size_t i = 0; i < a.size(); ++i)
        if (a.b[i])
            return false;
    return true;
}
} // namespace

// The SOCKS5 control connection: connect (or one ready from the exit's
// pool), handshake with UDP ASSOCIATE for the flow's UDP socket, then watch
// for the server ending the association.
class UdpFlow::Association final : public EventSource {
public:
    explicit Association(UdpFlow &flow) : m_flow(flow) {}
    ~Association() override = default;

    bool start()
    {
        const ExitSpec &x = *m_flow.m_exit;
        // Literal addresses only: resolving names would block the packet thread.
        auto a = Addr::parse(x.server);
        if (!a) {
            CLOG_WARNING(Forwarder).noquote() << "SOCKS5 exit" << x.name << "needs an IP address, not" << x.server;
            return false;
        }
        m_server = Endpoint{*a, x.port};
        auto s = m_flow.m_host.socksPool().begin(x, m_server);
        m_options = s.options;
        if (!s.ready)
            return connect();
        // Greeted and authenticated already: the UDP ASSOCIATE goes out now.
        m_ctrl = std::move(s.ready);
        m_pooled = m_connected = true;
        m_flow.m_host.watch(this, m_ctrl.get(), EPOLLIN, true);
        if (!openUdp() || !sendOutput())
            return startOver();
        return true;
    }

    void onEvents(uint32_t ev) override
    {
        if (m_flow.dead)
            return;
        if (!m_connected) {
            int err = 0;
            socklen_t l = sizeof err;
            ::getsockopt(m_ctrl.get(), SOL_SOCKET, SO_ERROR, &err, &l);
            if (err || (ev & (EPOLLERR | EPOLLHUP)))
                return m_flow.associationFailed(std::string("connect: ") + strerror(err));
            m_connected = true;
            if (!openUdp())
                return m_flow.associationFailed("UDP socket");
            if (!sendOutput())
                return failed("send");
            m_flow.m_host.watch(this, m_ctrl.get(), EPOLLIN, false);
            return;
        }
        uint8_t buf[300];
        const size_t want = m_handshake->wantBytes() ? std::min(m_handshake->wantBytes(), sizeof buf) : sizeof buf;
        const ssize_t r = ::recv(m_ctrl.get(), buf, want, MSG_DONTWAIT);
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (r <= 0)
            return failed(m_flow.m_ready ? std::string("the server ended the association")
                                         : std::string("the server closed the connection"));
        if (m_flow.m_ready)
            return; // nothing is expected on an established association; ignore it
        switch (m_handshake->feed({buf, size_t(r)})) {
        case Socks5Handshake::Step::Failed:
            return m_flow.associationFailed(m_handshake->error());
        case Socks5Handshake::Step::Continue:
            if (!sendOutput())
                m_flow.associationFailed("send");
            return;
        case Socks5Handshake::Step::Done: {
            const auto &bound = m_handshake->bound();
            if (!bound) {
                m_flow.m_host.stats().drop(Drop::UdpUnsupported);
                return m_flow.associationFailed("the relay is given by name");
            }
            Endpoint relay = *bound;
            if (unspecified(relay.addr)) // RFC 1928: the server's own address
                relay.addr = m_server.addr;
            return m_flow.associated(relay);
        }
        }
    }

private:
    bool connect()
    {
        auto fd = connectOutbound(m_flow.m_exit, m_flow.m_host.bypassMark(), m_server, SOCK_STREAM);
        if (!fd)
            return false;
        m_ctrl = std::move(*fd);
        m_flow.m_host.watch(this, m_ctrl.get(), EPOLLOUT, true);
        return true;
    }

    // The control connection ended before the association stood.
    void failed(const std::string &why)
    {
        if (m_flow.m_ready || !startOver())
            m_flow.associationFailed(why);
    }

    // A pooled or pipelined connection that ended before any reply: once,
    // a fresh one with a sequential handshake (socks5pool.h).
    bool startOver()
    {
        if (m_retried || !m_handshake || !m_flow.m_host.socksPool().startOver(*m_flow.m_exit, *m_handshake, m_pooled))
            return false;
        m_flow.m_host.unwatch(m_ctrl.get());
        m_ctrl.reset();
        m_flow.m_sock.reset();
        m_handshake.reset();
        m_retried = true;
        m_pooled = m_connected = false;
        m_options = {};
        return connect();
    }

    // The flow's UDP socket, bound to the control connection's local
    // address: the ASSOCIATE request names it, servers may insist on it.
    bool openUdp()
    {
        const auto local = localEndpoint(m_ctrl.get());
        if (!local)
            return false;
        auto fd = openOutbound(m_flow.m_exit, m_flow.m_host.bypassMark(),
                               local->addr.family == 4 ? AF_INET : AF_INET6, SOCK_DGRAM);
        if (!fd)
            return false;
        sockaddr_storage ss;
        const socklen_t len = toSockaddr(Endpoint{local->addr, 0}, ss);
        if (::bind(fd->get(), reinterpret_cast<sockaddr *>(&ss), len) < 0)
            return false;
        const auto bound = localEndpoint(fd->get());
        if (!bound)
            return false;
        m_flow.m_sock = std::move(*fd);
        const ExitSpec &x = *m_flow.m_exit;
        m_handshake.emplace(x.username, x.password, *bound, Socks5Handshake::Command::UdpAssociate, m_options);
        return true;
    }

    bool sendOutput()
    {
        const auto out = m_handshake->takeOutput();
        // A connected socket's buffer takes a few hundred bytes whole.
        return out.empty() || ::send(m_ctrl.get(), out.data(), out.size(), MSG_NOSIGNAL) == ssize_t(out.size());
    }

    UdpFlow &m_flow;
    Fd m_ctrl;
    Endpoint m_server;
    Socks5Options m_options;
    std::optional<Socks5Handshake> m_handshake;
    bool m_connected = false;
    bool m_pooled = false;
    bool m_retried = false;
};

UdpFlow::UdpFlow(FlowHost &host, const FlowKey &k, const UserMatch &u, int in)
    : m_host(host), m_exit(u.exit),
      m_idleMs(k.dst.port == 53 ? host.timeouts().dnsMs : host.timeouts().udpMs)
{
    key = k;
    user = u.user;
    exit = u.exitName;
    ingress = in;
}

UdpFlow::~UdpFlow()
{
    m_host.udpOutbox().forget(this);
}

const char *UdpFlow::state() const
{
    return m_ready ? "open" : "socks";
}

bool UdpFlow::start()
{
    if (viaSocks()) {
        m_assoc = std::make_unique<Association>(*this);
        return m_assoc->start();
    }
    auto fd = connectOutbound(m_exit, m_host.bypassMark(), key.dst, SOCK_DGRAM);
    if (!fd) {
        CLOG_WARNING(Forwarder).noquote() << "UDP socket:" << fd.error().toString();
        return false;
    }
    m_sock = std::move(*fd);
    // Coalesced reads (Linux 5.0+); without it, a datagram a read as before.
    const int on = 1;
    ::setsockopt(m_sock.get(), SOL_UDP, UDP_GRO, &on, sizeof on);
    m_host.watch(this, m_sock.get(), EPOLLIN, true);
    m_ready = true;
    return true;
}

void UdpFlow::associated(const Endpoint &relay)
{
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(relay, ss);
    const auto local = localEndpoint(m_sock.get());
    if (!local || local->addr.family != relay.addr.family
        || ::connect(m_sock.get(), reinterpret_cast<sockaddr *>(&ss), len) < 0) {
        associationFailed("cannot reach the relay " + relay.toString());
        return;
    }
    CLOG_DEBUG(Forwarder).noquote() << "udp flow" << id << "associated through" << (m_exit ? m_exit->name : std::string())
                                    << "relay" << relay.toString();
    m_host.watch(this, m_sock.get(), EPOLLIN, true);
    m_ready = true;
    for (const auto &d : m_pending)
        send(d);
    m_pending.clear();
    m_pendingBytes = 0;
}

void UdpFlow::associationFailed(const std::string &why)
{
    CLOG_DEBUG(Forwarder).noquote() << "udp flow" << id << "SOCKS5 UDP ASSOCIATE via" << (m_exit ? m_exit->name : std::string())
                                    << "failed:" << why;
    if (m_exit)
        m_host.socksPool().failed(m_exit->name, "UDP ASSOCIATE: " + why);
    m_host.dropFor(*this, Drop::ExitFailed);
    m_pending.clear();
    m_pendingBytes = 0;
    m_host.kill(this);
}

void UdpFlow::send(std::span<const uint8_t> payload)
{
    UdpOutbox &out = m_host.udpOutbox();
    if (viaSocks()) {
        // RSV RSV FRAG ATYP, an IPv6 address and a port before the payload.
        auto room = out.room(payload.size() + 22);
        if (const size_t n = socks5::encapsulate(room, key.dst, payload))
            out.add(this, n, 0);
        return;
    }
    out.add(this, payload, 0);
}

void UdpFlow::fromClient(const Packet &p)
{
    const std::span<const uint8_t> payload{p.data + p.payloadOff, p.payloadLen()};
    const size_t segment = p.datagramSize;
    if (segment == 0 || payload.size() <= segment) {
        fromClient(payload);
        return;
    }
    // A client's UDP GSO: one sendmsg with UDP_SEGMENT on a direct exit
    // (UdpOutbox), else datagram by datagram.
    if (m_ready && joinable()) {
        lastMs = m_host.now();
        packets += (payload.size() + segment - 1) / segment;
        m_host.udpOutbox().add(this, payload, segment);
        return;
    }
    for (size_t off = 0; off < payload.size(); off += segment)
        fromClient(payload.subspan(off, std::min(segment, payload.size() - off)));
}

void UdpFlow::fromClient(std::span<const uint8_t> payload)
{
    lastMs = m_host.now();
    ++packets;
    if (m_ready) {
        send(payload);
        return;
    }
    if (m_pending.size() >= kMaxPendingDatagrams || m_pendingBytes + payload.size() > kMaxPendingBytes) {
        m_host.dropFor(*this, Drop::NotReady);
        return;
    }
    m_pending.emplace_back(payload.begin(), payload.end());
    m_pendingBytes += payload.size();
}

} // namespace byway::capture
