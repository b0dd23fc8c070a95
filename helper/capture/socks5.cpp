// SPDX-License-Identifier: GPL-3.0-or-later
#include "socks5.h"

namespace byway::capture {

Socks5Handshake::Socks5Handshake(const QString &username, const QString &password, const Endpoint &target)
    : m_user(username.toUtf8()), m_pass(password.toUtf8()), m_target(target)
{
    if (!m_user.isEmpty())
        m_out = {5, 2, 0x00, 0x02}; // offer "no auth" and "username/password"
    else
        m_out = {5, 1, 0x00};
}

std::vector<uint8_t> Socks5Handshake::takeOutput()
{
    return std::exchange(m_out, {});
}

Socks5Handshake::Step Socks5Handshake::failWith(const QString &why)
{
    m_state = State::Failed;
    m_error = why;
    return Step::Failed;
}

void Socks5Handshake::queueConnect()
{
    m_out = {5, 1, 0, uint8_t(m_target.addr.family == 4 ? 1 : 4)};
    auto b = m_target.addr.bytes();
    m_out.insert(m_out.end(), b.begin(), b.end());
    m_out.push_back(uint8_t(m_target.port >> 8));
    m_out.push_back(uint8_t(m_target.port));
    m_state = State::ReplyHead;
    m_want = 5; // VER REP RSV ATYP + first address byte (the length for names)
}

Socks5Handshake::Step Socks5Handshake::feed(std::span<const uint8_t> bytes)
{
    m_buf.insert(m_buf.end(), bytes.begin(), bytes.end());
    if (m_buf.size() < m_want)
        return Step::Continue;
    const std::vector<uint8_t> r = std::exchange(m_buf, {});
    switch (m_state) {
    case State::Greeting:
        if (r[0] != 5)
            return failWith(QStringLiteral("not a SOCKS5 server"));
        if (r[1] == 0x02) {
            if (m_user.isEmpty() || m_user.size() > 255 || m_pass.size() > 255)
                return failWith(QStringLiteral("server wants a username/password"));
            m_out = {1, uint8_t(m_user.size())};
            m_out.insert(m_out.end(), m_user.begin(), m_user.end());
            m_out.push_back(uint8_t(m_pass.size()));
            m_out.insert(m_out.end(), m_pass.begin(), m_pass.end());
            m_state = State::Auth;
            m_want = 2;
            return Step::Continue;
        }
        if (r[1] != 0x00)
            return failWith(QStringLiteral("no acceptable authentication method"));
        queueConnect();
        return Step::Continue;
    case State::Auth:
        if (r[1] != 0)
            return failWith(QStringLiteral("username/password refused"));
        queueConnect();
        return Step::Continue;
    case State::ReplyHead: {
        if (r[0] != 5)
            return failWith(QStringLiteral("bad reply version"));
        if (r[1] != 0)
            return failWith(QStringLiteral("CONNECT refused (reply %1)").arg(r[1]));
        const uint8_t atyp = r[3];
        size_t rest = 0;
        if (atyp == 1)
            rest = 4 - 1 + 2;
        else if (atyp == 4)
            rest = 16 - 1 + 2;
        else if (atyp == 3)
            rest = size_t(r[4]) + 2;
        else
            return failWith(QStringLiteral("bad reply address type"));
        m_state = State::ReplyTail;
        m_want = rest;
        return Step::Continue;
    }
    case State::ReplyTail:
        m_state = State::Done;
        m_want = 0;
        return Step::Done;
    case State::Connect:
    case State::Done:
    case State::Failed:
        break;
    }
    return failWith(QStringLiteral("unexpected bytes"));
}

} // namespace byway::capture
