// SPDX-License-Identifier: GPL-3.0-or-later
#include "capture/socks5.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace byway::capture {

Socks5Handshake::Socks5Handshake(const std::string &username, const std::string &password, const Endpoint &target,
                                 Command command, Options options)
    : m_user(username), m_pass(password), m_target(target), m_command(command), m_part(options.part)
{
    if (m_part == Part::Request) {
        appendRequest();
        m_state = State::ReplyHead;
        m_want = 5;
        return;
    }
    const bool auth = !m_user.empty();
    // Credentials RFC 1929 cannot carry are refused when the server asks
    // for them, as without pipelining.
    m_pipeline = options.pipeline && (!auth || (m_user.size() <= 255 && m_pass.size() <= 255));
    if (m_pipeline) {
        m_out = {5, 1, uint8_t(auth ? 0x02 : 0x00)};
        if (auth)
            appendAuth();
        if (m_part == Part::Whole)
            appendRequest();
        // A pipelined greeting with nothing after it is a plain one.
        m_pipeline = m_out.size() > 3;
    } else if (auth) {
        m_out = {5, 2, 0x00, 0x02}; // offer "no auth" and "username/password"
    } else {
        m_out = {5, 1, 0x00};
    }
}

std::vector<uint8_t> Socks5Handshake::takeOutput()
{
    return std::exchange(m_out, {});
}

Socks5Handshake::Step Socks5Handshake::failWith(const std::string &why)
{
    m_state = State::Failed;
    m_error = why;
    return Step::Failed;
}

void Socks5Handshake::appendAuth()
{
    m_out.push_back(1);
    m_out.push_back(uint8_t(m_user.size()));
    m_out.insert(m_out.end(), m_user.begin(), m_user.end());
    m_out.push_back(uint8_t(m_pass.size()));
    m_out.insert(m_out.end(), m_pass.begin(), m_pass.end());
}

void Socks5Handshake::appendRequest()
{
    const uint8_t head[] = {5, uint8_t(m_command), 0, uint8_t(m_target.addr.family == 4 ? 1 : 4)};
    m_out.insert(m_out.end(), std::begin(head), std::end(head));
    auto b = m_target.addr.bytes();
    m_out.insert(m_out.end(), b.begin(), b.end());
    m_out.push_back(uint8_t(m_target.port >> 8));
    m_out.push_back(uint8_t(m_target.port));
}

Socks5Handshake::Step Socks5Handshake::authenticated()
{
    if (m_part == Part::Authenticate) {
        m_state = State::Done;
        m_want = 0;
        return Step::Done;
    }
    if (!m_pipeline)
        appendRequest();
    m_state = State::ReplyHead;
    m_want = 5; // VER REP RSV ATYP + first address byte (the length for names)
    return Step::Continue;
}

Socks5Handshake::Step Socks5Handshake::feed(std::span<const uint8_t> bytes)
{
    if (m_state == State::Done || m_state == State::Failed)
        return failWith("unexpected bytes");
    m_answered = m_answered || !bytes.empty();
    m_buf.insert(m_buf.end(), bytes.begin(), bytes.end());
    if (m_buf.size() < m_want)
        return Step::Continue;
    const std::vector<uint8_t> r = std::exchange(m_buf, {});
    switch (m_state) {
    case State::Greeting:
        if (r[0] != 5)
            return failWith("not a SOCKS5 server");
        if (r[1] == 0x02) {
            if (m_user.empty() || m_user.size() > 255 || m_pass.size() > 255)
                return failWith("server wants a username/password");
            if (!m_pipeline)
                appendAuth();
            m_state = State::Auth;
            m_want = 2;
            return Step::Continue;
        }
        // Pipelined, only one method was offered: the credentials (and the
        // request) already sent would be misread under another.
        if (r[1] != 0x00 || (m_pipeline && !m_user.empty()))
            return failWith("no acceptable authentication method");
        return authenticated();
    case State::Auth:
        if (r[1] != 0)
            return failWith("username/password refused");
        return authenticated();
    case State::ReplyHead: {
        if (r[0] != 5)
            return failWith("bad reply version");
        m_reply = r[1];
        if (r[1] != 0)
            return failWith(std::string(m_command == Command::Connect ? "CONNECT" : "UDP ASSOCIATE") + " refused (reply "
                            + std::to_string(r[1]) + ")");
        const uint8_t atyp = r[3];
        size_t rest = 0;
        if (atyp == 1)
            rest = 4 - 1 + 2;
        else if (atyp == 4)
            rest = 16 - 1 + 2;
        else if (atyp == 3)
            rest = size_t(r[4]) + 2;
        else
            return failWith("bad reply address type");
        m_state = State::ReplyTail;
        m_want = rest;
        m_head = r;
        return Step::Continue;
    }
    case State::ReplyTail: {
        // BND.ADDR: its first byte came with the head (the length for names).
        const uint8_t atyp = m_head[3];
        if (atyp == 1 || atyp == 4) {
            Endpoint b;
            b.addr.family = atyp == 1 ? 4 : 6;
            const size_t n = b.addr.size();
            b.addr.b[0] = m_head[4];
            std::copy(r.begin(), r.begin() + long(n - 1), b.addr.b.begin() + 1);
            b.port = uint16_t(r[n - 1] << 8 | r[n]);
            m_bound = b;
        }
        m_state = State::Done;
        m_want = 0;
        return Step::Done;
    }
    case State::Done:
    case State::Failed:
        break;
    }
    return failWith("unexpected bytes");
}

namespace socks5 {

size_t encapsulate(std::span<uint8_t> out, const Endpoint &dst, std::span<const uint8_t> payload)
{
    const size_t head = 4 + dst.addr.size() + 2;
    if (out.size() < head || payload.size() > out.size() - head)
        return 0;
    uint8_t *p = out.data();
    p[0] = p[1] = p[2] = 0; // RSV, FRAG
    p[3] = dst.addr.family == 4 ? 1 : 4;
    const auto a = dst.addr.bytes();
    std::copy(a.begin(), a.end(), p + 4);
    p[4 + a.size()] = uint8_t(dst.port >> 8);
    p[5 + a.size()] = uint8_t(dst.port);
    if (!payload.empty())
        std::copy(payload.begin(), payload.end(), p + head);
    return head + payload.size();
}

std::optional<Datagram> decapsulate(std::span<const uint8_t> d)
{
    if (d.size() < 4 || d[2] != 0) // FRAG: fragments are dropped (RFC 1928 allows it)
        return std::nullopt;
    Endpoint src;
    if (d[3] == 1)
        src.addr.family = 4;
    else if (d[3] == 4)
        src.addr.family = 6;
    else
        return std::nullopt;
    const size_t n = src.addr.size();
    if (d.size() < 4 + n + 2)
        return std::nullopt;
    std::copy(d.begin() + 4, d.begin() + long(4 + n), src.addr.b.begin());
    src.port = uint16_t(d[4 + n] << 8 | d[5 + n]);
    return Datagram{src, d.subspan(4 + n + 2)};
}

} // namespace socks5

} // namespace byway::capture
