// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/exits.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/socket.h>

namespace byway::capture {

QHostAddress toQt(const Addr &a)
{
    if (a.family == 4)
        return QHostAddress(a.v4Host());
    Q_IPV6ADDR v;
    std::memcpy(v.c, a.b.data(), 16);
    return QHostAddress(v);
}

std::optional<Addr> fromQt(const QHostAddress &q)
{
    bool ok = false;
    const quint32 v4 = q.toIPv4Address(&ok);
    if (ok)
        return Addr::v4(v4);
    if (q.protocol() != QAbstractSocket::IPv6Protocol)
        return std::nullopt;
    Addr a;
    a.family = 6;
    const Q_IPV6ADDR v = q.toIPv6Address();
    std::memcpy(a.b.data(), v.c, 16);
    return a;
}

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

void Users::configure(const QList<config::Pool> &pools, const QList<config::Exit> &exits)
{
    m_memo.clear();
    m_pools = pools;
    m_exits.clear();
    for (const auto &e : exits)
        m_exits.insert(e.name, e);
}

void Users::setSession(const QHostAddress &a, const QString &user, const QString &exitName)
{
    m_memo.clear();
    m_sessions.insert(a.toString(), Session{user, exitName});
}

void Users::removeSession(const QHostAddress &a)
{
    m_memo.clear();
    m_sessions.remove(a.toString());
}

std::optional<config::Exit> Users::exitByName(const QString &name) const
{
    auto it = m_exits.find(name);
    if (it == m_exits.end())
        return std::nullopt;
    return *it;
}

std::vector<SourcePrefix> Users::sourcePrefixes() const
{
    std::vector<SourcePrefix> out;
    for (const auto &pool : m_pools)
        if (const auto a = fromQt(pool.subnet.address); a && pool.subnet.isValid())
            out.push_back({*a, pool.subnet.length});
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const QHostAddress q(it.key());
        const auto a = fromQt(q);
        if (a && std::none_of(m_pools.cbegin(), m_pools.cend(), [&](const config::Pool &p) { return p.subnet.contains(q); }))
            out.push_back({*a, int(a->size()) * 8});
    }
    return out;
}

std::optional<UserMatch> Users::lookup(const Addr &a) const
{
    const QHostAddress q = toQt(a);
    const QString key = q.toString();
    if (auto s = m_sessions.find(key); s != m_sessions.end())
        return UserMatch{s->user, s->exit, exitByName(s->exit)};
    for (const auto &pool : m_pools) {
        if (!pool.subnet.contains(q))
            continue;
        for (const auto &u : pool.users) {
            if (u.address == q) {
                const QString exit = u.exit.isEmpty() ? pool.exit : u.exit;
                return UserMatch{u.name, exit, exitByName(exit)};
            }
        }
        return UserMatch{pool.name + QLatin1Char('/') + key, pool.exit, exitByName(pool.exit)};
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

Result<Fd> openOutbound(const std::optional<config::Exit> &exit, uint32_t bypassMark, int family, int type, int protocol)
{
    Fd fd(::socket(family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol));
    if (!fd) {
        Error e = Error::make(ErrorCode::KernelFailed, QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        e.sysErrno = errno;
        return std::unexpected(e);
    }
    // The mark is what keeps our own traffic out of the TUN table: the
    // reconciler's `fwmark` rule sits before `from <pool> lookup <table>`.
    const uint32_t mark = exit && exit->mark ? exit->mark : bypassMark;
    if (mark && ::setsockopt(fd.get(), SOL_SOCKET, SO_MARK, &mark, sizeof mark) < 0) {
        Error e = Error::make(ErrorCode::KernelFailed, QStringLiteral("SO_MARK: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        e.sysErrno = errno;
        return std::unexpected(e);
    }
    if (exit && exit->type == config::ExitType::Direct && !exit->device.isEmpty()) {
        const QByteArray dev = exit->device.toLocal8Bit();
        if (::setsockopt(fd.get(), SOL_SOCKET, SO_BINDTODEVICE, dev.constData(), socklen_t(dev.size())) < 0) {
            Error e = Error::make(ErrorCode::KernelFailed, QStringLiteral("SO_BINDTODEVICE %1: %2").arg(exit->device, QString::fromLocal8Bit(strerror(errno))));
            e.sysErrno = errno;
            return std::unexpected(e);
        }
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

Result<Fd> connectOutbound(const std::optional<config::Exit> &exit, uint32_t bypassMark, const Endpoint &to, int type)
{
    auto fd = openOutbound(exit, bypassMark, to.addr.family == 4 ? AF_INET : AF_INET6, type);
    if (!fd)
        return fd;
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(to, ss);
    if (::connect(fd->get(), reinterpret_cast<sockaddr *>(&ss), len) < 0 && errno != EINPROGRESS) {
        const int err = errno; // before the message is made
        Error e = Error::make(ErrorCode::KernelFailed,
                              QStringLiteral("connect %1: %2").arg(to.toString(), QString::fromLocal8Bit(strerror(err))));
        e.sysErrno = err;
        return std::unexpected(e);
    }
    return fd;
}

} // namespace byway::capture
