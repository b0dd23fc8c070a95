// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/icmp.h"

#include "capture/checksum.h"
#include "capture/craft.h"
#include "capture/log.h"

#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>

namespace byway::capture {

IcmpFlow::IcmpFlow(FlowHost &host, const FlowKey &k, const UserMatch &u, int in) : m_host(host), m_exit(u.exit)
{
    key = k;
    user = u.user;
    exit = u.exitName;
    ingress = in;
}

bool IcmpFlow::start()
{
    const bool v4 = key.dst.addr.family == 4;
    auto fd = openOutbound(m_exit, m_host.bypassMark(), v4 ? AF_INET : AF_INET6, SOCK_DGRAM,
                           v4 ? int(IPPROTO_ICMP) : int(IPPROTO_ICMPV6));
    if (!fd) {
        CLOG_DEBUG(Forwarder).noquote() << "ping socket:" << fd.error().toString();
        return false;
    }
    m_sock = std::move(*fd);
    m_host.watch(this, m_sock.get(), EPOLLIN, true);
    return true;
}

void IcmpFlow::fromClient(const Packet &p)
{
    lastMs = m_host.now();
    ++packets;
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(Endpoint{key.dst.addr, 0}, ss);
    // The kernel puts the socket's own identifier in and recomputes the sum.
    if (::sendto(m_sock.get(), p.data + p.l4off, p.l4len(), MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&ss), len) >= 0)
        bytesUp += p.l4len();
}

void IcmpFlow::onEvents(uint32_t)
{
    if (dead)
        return;
    auto buf = m_host.scratch();
    auto out = m_host.replyBuffer();
    for (int i = 0; i < 16; ++i) {
        const ssize_t r = ::recv(m_sock.get(), buf.data(), std::min<size_t>(buf.size(), 65000), MSG_DONTWAIT);
        if (r < 8)
            break;
        lastMs = m_host.now();
        bytesDown += uint64_t(r);
        ++packets;
        ++packetsDown;
        csum::store16(buf.data() + 4, key.client.port); // the client's identifier back
        if (const size_t n = craft::icmp(out, key.dst.addr, key.client.addr, {buf.data(), size_t(r)}))
            m_host.sendToClient(ingress, {out.data(), n});
    }
}

void IcmpFlow::close()
{
    if (m_sock) {
        m_host.unwatch(m_sock.get());
        m_sock.reset();
    }
}

void answerEchoLocally(FlowHost &host, int ingress, const Packet &req)
{
    std::vector<uint8_t> msg(req.data + req.l4off, req.data + req.len);
    msg[0] = req.version == 4 ? 0 : 129; // echo reply
    std::vector<uint8_t> out(msg.size() + 40);
    if (const size_t n = craft::icmp(out, req.dst.addr, req.src.addr, msg))
        host.sendToClient(ingress, {out.data(), n});
}

} // namespace byway::capture
