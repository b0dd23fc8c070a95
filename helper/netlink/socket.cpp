// SPDX-License-Identifier: GPL-3.0-or-later
#include "netlink/socket.h"

#include <libmnl/libmnl.h>

#include <cerrno>
#include <ctime>

#include <sys/socket.h>
#include <sys/time.h>

namespace byway::netlink {

namespace {

// The kernel fills dump datagrams up to 32 KiB (more with big pages); one
// receive must hold a whole datagram or the rest of it is lost (ENOSPC).
constexpr std::size_t kReceiveSize = 64 * 1024;
// A dump the kernel keeps interrupting is answered with EINTR after this.
constexpr int kDumpAttempts = 3;

std::unexpected<Failure> failure(int error, Stage stage)
{
    return std::unexpected(Failure{error, {}, stage});
}

void setBuffer(int fd, int forced, int plain, int bytes)
{
    if (::setsockopt(fd, SOL_SOCKET, forced, &bytes, sizeof bytes) < 0)
        (void)::setsockopt(fd, SOL_SOCKET, plain, &bytes, sizeof bytes);
}

} // namespace

Socket::Socket(Owned<mnl_socket> sock)
    : m_sock(std::move(sock))
    , m_portid(mnl_socket_get_portid(m_sock.get()))
    , m_buf(kReceiveSize)
{
    // Sequence numbers start at the clock so that two sockets of one run,
    // or of two runs sharing a port, do not echo the same ones.
    timespec ts{};
    ::clock_gettime(CLOCK_MONOTONIC, &ts);
    m_seq = static_cast<uint32_t>(ts.tv_sec);
}

Expected<Socket> Socket::open(int protocol, const Options &options)
{
    const int flags = SOCK_CLOEXEC | (options.nonblocking ? SOCK_NONBLOCK : 0);
    Owned<mnl_socket> sock(mnl_socket_open2(protocol, flags));
    if (!sock)
        return failure(errno, Stage::Open);
    if (mnl_socket_bind(sock.get(), 0, MNL_SOCKET_AUTOPID) < 0)
        return failure(errno, Stage::Bind);
    const int fd = mnl_socket_get_fd(sock.get());
    if (options.timeoutMs > 0) {
        const timeval tv{options.timeoutMs / 1000, (options.timeoutMs % 1000) * 1000};
        if (::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) < 0)
            return failure(errno, Stage::Open);
    }
    int on = 1;
    // CAP_ACK: an error echoes only the header of the refused request.
    // EXT_ACK: the kernel explains EINVAL & co. in a string attribute.
    // Both are best effort: older kernels answer without them.
    (void)mnl_socket_setsockopt(sock.get(), NETLINK_CAP_ACK, &on, sizeof on);
    (void)mnl_socket_setsockopt(sock.get(), NETLINK_EXT_ACK, &on, sizeof on);
    if (options.strictCheck)
        (void)mnl_socket_setsockopt(sock.get(), NETLINK_GET_STRICT_CHK, &on, sizeof on);
    if (options.receiveBuffer > 0)
        setBuffer(fd, SO_RCVBUFFORCE, SO_RCVBUF, options.receiveBuffer);
    return Socket(std::move(sock));
}

int Socket::fd() const
{
    return mnl_socket_get_fd(m_sock.get());
}

Expected<void> Socket::join(unsigned group)
{
    int g = static_cast<int>(group);
    if (mnl_socket_setsockopt(m_sock.get(), NETLINK_ADD_MEMBERSHIP, &g, sizeof g) < 0)
        return failure(errno, Stage::Join);
    return {};
}

void Socket::reserve(int sendBytes, int receiveBytes)
{
    setBuffer(fd(), SO_SNDBUFFORCE, SO_SNDBUF, sendBytes);
    setBuffer(fd(), SO_RCVBUFFORCE, SO_RCVBUF, receiveBytes);
}

Expected<std::span<const char>> Socket::receive()
{
    for (;;) {
        const ssize_t n = mnl_socket_recvfrom(m_sock.get(), m_buf.data(), m_buf.size());
        if (n >= 0)
            return std::span<const char>(m_buf.data(), static_cast<std::size_t>(n));
        // EINTR: a signal; ESRCH: libmnl dropped a datagram that did not
        // come from the kernel (port 0). Neither ends the wait.
        if (errno == EINTR || errno == ESRCH)
            continue;
        return failure(errno == EWOULDBLOCK ? EAGAIN : errno, Stage::Receive);
    }
}

Expected<void> Socket::send(std::span<const iovec> parts)
{
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    msghdr msg{};
    msg.msg_name = &kernel;
    msg.msg_namelen = sizeof kernel;
    msg.msg_iov = const_cast<iovec *>(parts.data());
    msg.msg_iovlen = parts.size();
    if (::sendmsg(fd(), &msg, 0) < 0)
        return failure(errno, Stage::Send);
    return {};
}

Expected<bool> Socket::exchange(nlmsghdr *req, bool dump, const MessageFn &onMessage)
{
    req->nlmsg_seq = nextSeq();
    req->nlmsg_pid = 0; // to the kernel
    if (mnl_socket_sendto(m_sock.get(), req, req->nlmsg_len) < 0)
        return failure(errno, Stage::Send);
    Replies replies(req->nlmsg_seq, m_portid, dump);
    for (;;) {
        auto datagram = receive();
        if (!datagram) {
            // SO_RCVTIMEO expired: say so rather than "try again".
            if (datagram.error().error == EAGAIN)
                datagram.error().error = ETIMEDOUT;
            return std::unexpected(datagram.error());
        }
        auto progress = replies.feed(*datagram, onMessage);
        if (!progress)
            return std::unexpected(progress.error());
        if (*progress == Replies::Progress::Done)
            return replies.interrupted();
    }
}

Expected<void> Socket::request(nlmsghdr *req, const MessageFn &onMessage)
{
    req->nlmsg_flags |= NLM_F_REQUEST | NLM_F_ACK;
    auto done = exchange(req, false, onMessage);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Expected<void> Socket::dump(nlmsghdr *req, const MessageFn &onMessage, const std::function<void()> &restart)
{
    req->nlmsg_flags |= NLM_F_REQUEST | NLM_F_DUMP;
    for (int attempt = 1;; ++attempt) {
        auto interrupted = exchange(req, true, onMessage);
        if (!interrupted)
            return std::unexpected(interrupted.error());
        if (!*interrupted)
            return {};
        if (!restart || attempt == kDumpAttempts)
            return failure(EINTR, Stage::Reply);
        restart();
    }
}

} // namespace byway::netlink
