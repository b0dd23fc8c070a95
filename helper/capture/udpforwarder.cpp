// SPDX-License-Identifier: GPL-3.0-or-later
#include "udpforwarder.h"

#include "craft.h"
#include "core/logging.h"

#include <cerrno>
#include <cstring>

#include <sys/epoll.h>
#include <sys/socket.h>

namespace byway::capture {

UdpFlow::UdpFlow(Engine &engine, const FlowKey &k, const UserMatch &u, int in)
    : m_engine(engine), m_exit(u.exit),
      m_idleMs(k.dst.port == 53 ? engine.options().timeouts.dnsMs : engine.options().timeouts.udpMs)
{
    key = k;
    user = u.user;
    exit = u.exitName;
    ingress = in;
}

bool UdpFlow::start()
{
    auto fd = openOutbound(m_exit, m_engine.options().bypassMark, key.dst.addr.family == 4 ? AF_INET : AF_INET6, SOCK_DGRAM);
    if (!fd) {
        qCWarning(lcForwarder) << "UDP socket:" << fd.error().toString();
        return false;
    }
    m_sock = std::move(*fd);
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(key.dst, ss);
    if (::connect(m_sock.get(), reinterpret_cast<sockaddr *>(&ss), len) < 0)
        return false;
    m_engine.watch(this, m_sock.get(), EPOLLIN, true);
    return true;
}

void UdpFlow::fromClient(const Packet &p)
{
    lastMs = m_engine.now();
    // A full socket buffer drops the datagram, as a router queue would.
    if (::send(m_sock.get(), p.data + p.payloadOff, p.payloadLen(), MSG_DONTWAIT | MSG_NOSIGNAL) >= 0)
        bytesUp += p.payloadLen();
}

void UdpFlow::onEvents(uint32_t)
{
    if (dead)
        return;
    auto buf = m_engine.scratch();
    auto out = m_engine.replyBuffer();
    for (int i = 0; i < 64; ++i) {
        const ssize_t r = ::recv(m_sock.get(), buf.data(), std::min<size_t>(buf.size(), 65507), MSG_DONTWAIT);
        if (r < 0) {
            // ECONNREFUSED: an ICMP port unreachable came back; the client
            // retries or times out like it would towards a silent host.
            break;
        }
        lastMs = m_engine.now();
        bytesDown += uint64_t(r);
        if (const size_t n = craft::udp(out, key.dst, key.client, {buf.data(), size_t(r)}))
            m_engine.sendToClient(ingress, {out.data(), n});
    }
}

void UdpFlow::close()
{
    if (m_sock) {
        m_engine.unwatch(m_sock.get());
        m_sock.reset();
    }
}

} // namespace byway::capture
