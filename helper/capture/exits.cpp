// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/exits.h"

#include "capture/filelimit.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/socket.h>

namespace byway::capture {

size_t Users::AddrHash::operator()(const Addr &a) const noexcept
{
    size_t h = 1469598103934665603ull; // FNV-1a
    for (uint8_t byte : a.bytes())
        h = (h ^ byte) * 1099511628211ull;
    return h ^ a.family;
}

const UserMatch *Users::find(const Addr &a)
{
    auto it = m_memo.find(a);
    if (it == m_memo.end()) {
        if (m_memo.size() >= 65536) // sources change slowly; a flood of new ones starts over
            m_memo.clear();
        it = m_memo.emplace(a, lookup(a)).first;
    }
    return it->second ? &*it->second : nullptr;
}

void Users::configure(const std::vector<PoolSpec> &pools, const std::vector<ExitSpec> &exits)
{
    m_memo.clear();
    m_pools.assign(pools.begin(), pools.end());
    m_exits.clear();
    for (const auto &e : exits)
        m_exits.insert_or_assign(e.name, e);
}

void Users::setSession(const Addr &a, const std::string &user, const std::string &exitName)
{
    m_memo.clear();
    m_sessions.insert_or_assign(a, Session{user, exitName});
}

void Users::removeSession(const Addr &a)
{
    m_memo.clear();
    m_sessions.erase(a);
}

std::optional<ExitSpec> Users::exitByName(const std::string &name) const
{
    auto it = m_exits.find(name);
    if (it == m_exits.end())
        return std::nullopt;
    return it->second;
}

std::vector<SourcePrefix> Users::sourcePrefixes() const
{
    std::vector<SourcePrefix> out;
    for (const auto &pool : m_pools)
        if (pool.subnet.isValid())
            out.push_back({pool.subnet.address, pool.subnet.length});
    for (const auto &[a, session] : m_sessions) {
        if (std::none_of(m_pools.cbegin(), m_pools.cend(), [&](const PoolSpec &p) { return p.subnet.contains(a); }))
            out.push_back({a, int(a.size()) * 8});
    }
    return out;
}

std::optional<UserMatch> Users::lookup(const Addr &a) const
{
    if (auto s = m_sessions.find(a); s != m_sessions.end())
        return UserMatch{s->second.user, s->second.exit, exitByName(s->second.exit)};
    for (const auto &pool : m_pools) {
        if (!pool.subnet.contains(a))
            continue;
        for (const auto &u : pool.users) {
            if (u.address == a) {
                const std::string &exit = u.exit.empty() ? pool.exit : u.exit;
                return UserMatch{u.name, exit, exitByName(exit)};
            }
        }
        return UserMatch{pool.name + '/' + a.toString(), pool.exit, exitByName(pool.exit)};
    }
    return std::nullopt;
}

socklen_t toSockaddr(const Endpoint &e, sockaddr_storage &ss)
{
    std::memset(&ss, 0, sizeof ss);
    if (e.addr.family == 4) {
        auto *s = reinterpret_cast<sockaddr_in *>(&ss);
        s->sin_family = AF_INET;
        s->sin_port = htons(e.port);
        std::memcpy(&s->sin_addr, e.addr.b.data(), 4);
        return sizeof(sockaddr_in);
    }
    auto *s = reinterpret_cast<sockaddr_in6 *>(&ss);
    s->sin6_family = AF_INET6;
    s->sin6_port = htons(e.port);
    std::memcpy(&s->sin6_addr, e.addr.b.data(), 16);
    return sizeof(sockaddr_in6);
}

Result<Fd> openOutbound(const std::optional<ExitSpec> &exit, uint32_t bypassMark, int family, int type, int protocol)
{
    Fd fd(::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol));
    if (!fd) {
        return kernelFault("socket", errno);
    }
    if (!leavesFileReserve(fd.get()))
        return std::unexpected(
            Fault{FaultKind::Kernel, "socket: the flows would leave the rest of the process too few files", {}, EMFILE});
    // The mark is what keeps our own traffic out of the TUN table: the
    // reconciler's `fwmark` rule sits before `from <pool> lookup <table>`.
    const uint32_t mark = exit && exit->mark ? exit->mark : bypassMark;
    if (mark && ::setsockopt(fd.get(), SOL_SOCKET, SO_MARK, &mark, sizeof mark) < 0) {
        return kernelFault("SO_MARK", errno);
    }
    if (exit && exit->type == ExitType::Direct && !exit->device.empty()) {
        const std::string &dev = exit->device;
        if (::setsockopt(fd.get(), SOL_SOCKET, SO_BINDTODEVICE, dev.data(), socklen_t(dev.size())) < 0)
            return kernelFault("SO_BINDTODEVICE " + dev, errno);
    }
    // No SO_SNDBUF/SO_RCVBUF: setting them switches the kernel's autotuning
    // off for the socket and caps it at net.core.[rw]mem_max (208 KiB by
    // default), where autotuning grows it up to tcp_[rw]mem's maximum
    // (4-6 MiB); a flow's window through lwIP is 128-192 KiB anyway.
    if (type == SOCK_STREAM) {
        const int one = 1;
        ::setsockopt(fd.get(), IPPROTO_TCP, 1 /* TCP_NODELAY */, &one, sizeof one);
    }
    return fd;
}

Result<Fd> connectOutbound(const std::optional<ExitSpec> &exit, uint32_t bypassMark, const Endpoint &to, int type)
{
    auto fd = openOutbound(exit, bypassMark, to.addr.family == 4 ? AF_INET : AF_INET6, type);
    if (!fd)
        return fd;
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(to, ss);
    if (::connect(fd->get(), reinterpret_cast<sockaddr *>(&ss), len) < 0 && errno != EINPROGRESS) {
        const int err = errno; // before the message is made
        return kernelFault("connect " + to.toString(), err);
    }
    return fd;
}

} // namespace byway::capture
