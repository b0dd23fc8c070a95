// SPDX-License-Identifier: GPL-3.0-or-later
// The sockets of the reachability probes. Each is opened with the exit's
// SO_MARK / SO_BINDTODEVICE before connect, so the kernel routes it exactly
// as it will route that exit's traffic.
#include "probe/reach.h"
#include "core/config/config.h"
#include "probe/fd.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/icmp6.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <netinet/ip_icmp.h>
#include <poll.h>
#include <sys/socket.h>

namespace byway::probe {

std::expected<Target, QString> parseTarget(const QString &text)
{
    Target t;
    t.text = text.trimmed();
    QString host = t.text, port;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return std::unexpected(QStringLiteral("missing ]"));
        port = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!port.isEmpty() && !port.startsWith(u':'))
            return std::unexpected(QStringLiteral("expected :port after ]"));
        port = port.mid(1);
    } else if (host.count(u':') == 1) {
        port = host.section(u':', 1);
        host = host.section(u':', 0, 0);
    }
    const auto addr = config::parseAddress(host);
    if (!addr)
        return std::unexpected(QStringLiteral("not an IP literal: %1").arg(host));
    t.addr = *addr;
    if (!port.isEmpty() || t.text.endsWith(u':')) {
        bool ok = false;
        const uint p = port.toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return std::unexpected(QStringLiteral("bad port: %1").arg(port));
        t.port = static_cast<quint16>(p);
    }
    return t;
}

namespace {

socklen_t toSockaddr(const QHostAddress &a, quint16 port, sockaddr_storage &ss)
{
    std::memset(&ss, 0, sizeof ss);
    if (a.protocol() == QHostAddress::IPv6Protocol) {
        auto *s6 = reinterpret_cast<sockaddr_in6 *>(&ss);
        s6->sin6_family = AF_INET6;
        s6->sin6_port = htons(port);
        const Q_IPV6ADDR b = a.toIPv6Address();
        std::memcpy(&s6->sin6_addr, b.c, 16);
        return sizeof(sockaddr_in6);
    }
    auto *s4 = reinterpret_cast<sockaddr_in *>(&ss);
    s4->sin_family = AF_INET;
    s4->sin_port = htons(port);
    s4->sin_addr.s_addr = htonl(a.toIPv4Address());
    return sizeof(sockaddr_in);
}

int applyExit(int fd, const Exit *exit)
{
    if (!exit)
        return 0;
    if (exit->mark && ::setsockopt(fd, SOL_SOCKET, SO_MARK, &exit->mark, sizeof exit->mark) < 0)
        return errno;
    if (!exit->device.isEmpty()) {
        const QByteArray dev = exit->device.toLocal8Bit();
        if (::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, dev.constData(), static_cast<socklen_t>(dev.size())) < 0)
            return errno;
    }
    return 0;
}

// Waits for `events` until the deadline; 0, ETIMEDOUT or errno.
int waitFor(int fd, short events, const QElapsedTimer &t, int timeoutMs)
{
    for (;;) {
        const qint64 left = timeoutMs - t.elapsed();
        if (left <= 0)
            return ETIMEDOUT;
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, static_cast<int>(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return ETIMEDOUT;
        return 0;
    }
}

quint16 inetChecksum(const unsigned char *p, size_t n)
{
    quint32 sum = 0;
    for (size_t i = 0; i + 1 < n; i += 2)
        sum += static_cast<quint32>(p[i] << 8 | p[i + 1]);
    if (n & 1)
        sum += static_cast<quint32>(p[n - 1] << 8);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return htons(static_cast<quint16>(~sum));
}

Probe tcpProbe(const Target &t, const Exit *exit, int timeoutMs)
{
    Probe r{QStringLiteral("tcp")};
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(t.addr, t.port, ss);
    Fd fd(::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!fd)
        return r.err = errno, r;
    if ((r.err = applyExit(fd.get(), exit)))
        return r;
    QElapsedTimer timer;
    timer.start();
    if (::connect(fd.get(), reinterpret_cast<sockaddr *>(&ss), len) < 0 && errno != EINPROGRESS)
        return r.err = errno, r;
    if ((r.err = waitFor(fd.get(), POLLOUT, timer, timeoutMs)))
        return r;
    socklen_t el = sizeof r.err;
    ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &r.err, &el);
    r.rttUs = timer.nsecsElapsed() / 1000;
    return r;
}

Probe icmpProbe(const Target &t, const Exit *exit, int timeoutMs)
{
    const bool v6 = t.addr.protocol() == QHostAddress::IPv6Protocol;
    const int proto = v6 ? int(IPPROTO_ICMPV6) : int(IPPROTO_ICMP);
    // Unprivileged ping sockets first (net.ipv4.ping_group_range); raw
    // sockets (CAP_NET_RAW) otherwise.
    Probe r{QStringLiteral("icmp-dgram")};
    Fd fd(::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, proto));
    bool raw = false;
    if (!fd) {
        fd = Fd(::socket(v6 ? AF_INET6 : AF_INET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, proto));
        raw = true;
        r.method = QStringLiteral("icmp-raw");
        if (!fd)
            return r.err = errno, r;
    }
    if ((r.err = applyExit(fd.get(), exit)))
        return r;
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(t.addr, 0, ss);
    // Connected: the kernel reports ICMP errors (unreachable) as socket errors.
    if (::connect(fd.get(), reinterpret_cast<sockaddr *>(&ss), len) < 0)
        return r.err = errno, r;
    const quint16 id = static_cast<quint16>(::getpid() ^ reinterpret_cast<quintptr>(&r));
    unsigned char pkt[64]{};
    pkt[0] = static_cast<unsigned char>(v6 ? int(ICMP6_ECHO_REQUEST) : int(ICMP_ECHO));
    std::memcpy(pkt + 4, &id, 2);
    pkt[7] = 1; // sequence 1
    if (!v6) {
        const quint16 ck = inetChecksum(pkt, sizeof pkt);
        std::memcpy(pkt + 2, &ck, 2); // the kernel recomputes it for ping sockets, raw v6 does it itself
    }
    QElapsedTimer timer;
    timer.start();
    if (::send(fd.get(), pkt, sizeof pkt, 0) < 0)
        return r.err = errno, r;
    for (;;) {
        if ((r.err = waitFor(fd.get(), POLLIN, timer, timeoutMs)))
            return r;
        unsigned char buf[1500];
        const ssize_t n = ::recv(fd.get(), buf, sizeof buf, 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            return r.err = errno, r;
        }
        size_t off = 0;
        if (raw && !v6) // raw IPv4 sockets deliver the IP header too
            off = static_cast<size_t>(buf[0] & 0x0f) * 4;
        if (static_cast<size_t>(n) < off + 8)
            continue;
        const unsigned char type = buf[off];
        const bool reply = v6 ? type == ICMP6_ECHO_REPLY : type == ICMP_ECHOREPLY;
        // Ping sockets rewrite the id to their port and filter for us; raw
        // sockets see every ICMP message, so match id and sequence.
        if (!reply || buf[off + 7] != 1 || (raw && std::memcmp(buf + off + 4, &id, 2) != 0))
            continue;
        r.rttUs = timer.nsecsElapsed() / 1000;
        return r;
    }
}

} // namespace

Probe probeTarget(const Target &t, const Exit *exit, int timeoutMs)
{
    return t.port ? tcpProbe(t, exit, timeoutMs) : icmpProbe(t, exit, timeoutMs);
}

std::expected<int, int> dnsQuery(const QString &name, const Target &server, const Exit *exit, int timeoutMs)
{
    // Header: id, flags (RD), one question; then the name as labels, type A, class IN.
    const quint16 id = static_cast<quint16>(QDateTime::currentMSecsSinceEpoch() ^ reinterpret_cast<quintptr>(&name));
    QByteArray q;
    q.append(char(id >> 8)).append(char(id & 0xff)).append('\x01').append('\0');
    q.append("\0\x01\0\0\0\0\0\0", 8);
    for (const QString &label : name.split(u'.', Qt::SkipEmptyParts)) {
        const QByteArray l = label.toLatin1();
        q.append(char(l.size())).append(l);
    }
    q.append("\0\0\x01\0\x01", 5);

    sockaddr_storage ss;
    const socklen_t len = toSockaddr(server.addr, server.port ? server.port : 53, ss);
    Fd fd(::socket(ss.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0));
    if (!fd)
        return std::unexpected(errno);
    if (int e = applyExit(fd.get(), exit))
        return std::unexpected(e);
    // Connected: only the server's answers arrive, and an ICMP port
    // unreachable comes back as ECONNREFUSED.
    if (::connect(fd.get(), reinterpret_cast<sockaddr *>(&ss), len) < 0)
        return std::unexpected(errno);
    QElapsedTimer timer;
    timer.start();
    if (::send(fd.get(), q.constData(), size_t(q.size()), 0) < 0)
        return std::unexpected(errno);
    for (;;) {
        if (int e = waitFor(fd.get(), POLLIN, timer, timeoutMs))
            return std::unexpected(e);
        unsigned char buf[1500];
        const ssize_t n = ::recv(fd.get(), buf, sizeof buf, 0);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR)
                continue;
            return std::unexpected(errno);
        }
        // An answer to this query: same id, QR set.
        if (n < 12 || buf[0] != (id >> 8) || buf[1] != (id & 0xff) || !(buf[2] & 0x80))
            continue;
        return buf[3] & 0x0f;
    }
}

std::expected<int, int> knownPathMtu(const Target &t, const Exit *exit)
{
    const bool v6 = t.addr.protocol() == QHostAddress::IPv6Protocol;
    Fd fd(::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!fd)
        return std::unexpected(errno);
    if (int e = applyExit(fd.get(), exit))
        return std::unexpected(e);
    const int pmtu = v6 ? IPV6_PMTUDISC_DO : IP_PMTUDISC_DO;
    if (::setsockopt(fd.get(), v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_MTU_DISCOVER : IP_MTU_DISCOVER, &pmtu, sizeof pmtu) < 0)
        return std::unexpected(errno);
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(t.addr, t.port ? t.port : 9, ss);
    if (::connect(fd.get(), reinterpret_cast<sockaddr *>(&ss), len) < 0)
        return std::unexpected(errno);
    int mtu = 0;
    socklen_t ml = sizeof mtu;
    if (::getsockopt(fd.get(), v6 ? IPPROTO_IPV6 : IPPROTO_IP, v6 ? IPV6_MTU : IP_MTU, &mtu, &ml) < 0)
        return std::unexpected(errno);
    return mtu;
}

int ipv6RouteLookup(const Exit *exit)
{
    Fd fd(::socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    if (!fd)
        return errno;
    if (int e = applyExit(fd.get(), exit))
        return e;
    // 2001:4860:4860::8888 stands for "the IPv6 Internet"; nothing is sent.
    sockaddr_in6 s6{};
    s6.sin6_family = AF_INET6;
    s6.sin6_port = htons(53);
    ::inet_pton(AF_INET6, "2001:4860:4860::8888", &s6.sin6_addr);
    if (::connect(fd.get(), reinterpret_cast<sockaddr *>(&s6), sizeof s6) < 0)
        return errno;
    return 0;
}

} // namespace byway::probe
