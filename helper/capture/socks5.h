// SPDX-License-Identifier: GPL-3.0-or-later
// SOCKS5 client handshake (RFC 1928 CONNECT, RFC 1929 username/password)
// as a byte-level state machine, so the packet thread drives it from epoll
// events and tests drive it from buffers.
#pragma once

#include "packet.h"

#include <QByteArray>
#include <QString>

#include <span>
#include <vector>

namespace byway::capture {

class Socks5Handshake {
public:
    enum class Step { Continue, Done, Failed };

    Socks5Handshake(const QString &username, const QString &password, const Endpoint &target);

    // Bytes to send now (greeting first); empty while waiting for a reply.
    [[nodiscard]] std::vector<uint8_t> takeOutput();
    // Exactly how many reply bytes to read next: reading no more than that
    // keeps the first payload bytes of the server in the socket.
    [[nodiscard]] size_t wantBytes() const { return m_want - m_buf.size(); }
    [[nodiscard]] Step feed(std::span<const uint8_t> bytes);
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    enum class State { Greeting, Auth, Connect, ReplyHead, ReplyTail, Done, Failed };
    Step failWith(const QString &why);
    void queueConnect();

    QByteArray m_user, m_pass;
    Endpoint m_target;
    State m_state = State::Greeting;
    std::vector<uint8_t> m_out, m_buf;
    size_t m_want = 2;
    QString m_error;
};

} // namespace byway::capture
