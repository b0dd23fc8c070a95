// SPDX-License-Identifier: GPL-3.0-or-later
// SOCKS5 client handshake (RFC 1928 CONNECT and UDP ASSOCIATE, RFC 1929
// username/password) as a byte-level state machine, so the packet thread
// drives it from epoll events and tests drive it from buffers; and the UDP
// relay's datagram header (RFC 1928 section 7).
#pragma once

#include "capture/packet.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace byway::capture {

// How much of a handshake a Socks5Handshake does: all of it, only the
// method negotiation and authentication (a connection made ahead for the
// exit's pool: Done once authenticated), or only the request (on such a
// connection, taken from the pool).
enum class Socks5Part : uint8_t { Whole, Authenticate, Request };
struct Socks5Options {
    Socks5Part part = Socks5Part::Whole;
    // Everything up to the request in the first output, without waiting for
    // the replies in between (one round trip instead of two or three). Only
    // one method is offered then, so the server's choice is known in
    // advance: username/password when a username is set, "no
    // authentication" otherwise. Not every server reads ahead: microsocks,
    // for one, drops what came after the greeting and waits.
    bool pipeline = false;
};

class Socks5Handshake {
public:
    enum class Step { Continue, Done, Failed };
    enum class Command : uint8_t { Connect = 1, UdpAssociate = 3 };
    using Part = Socks5Part;
    using Options = Socks5Options;

    // UdpAssociate: `target` is where our datagrams will come from (the
    // server may hold the association to it; 0.0.0.0:0 for "unknown").
    Socks5Handshake(const std::string &username, const std::string &password, const Endpoint &target,
                    Command command = Command::Connect, Options options = {});

    // Bytes to send now (greeting first); empty while waiting for a reply.
    [[nodiscard]] std::vector<uint8_t> takeOutput();
    // Exactly how many reply bytes to read next: reading no more than that
    // keeps the first payload bytes of the server in the socket.
    [[nodiscard]] size_t wantBytes() const { return m_want - m_buf.size(); }
    [[nodiscard]] Step feed(std::span<const uint8_t> bytes);
    [[nodiscard]] const std::string &error() const { return m_error; }
    // After Done: the server's BND.ADDR/BND.PORT (for UDP ASSOCIATE, where to
    // send datagrams); nullopt when the server named a host instead.
    [[nodiscard]] const std::optional<Endpoint> &bound() const { return m_bound; }
    // Whether the first output held more than the greeting (a pipelined
    // handshake whose credentials fit RFC 1929's 255 bytes).
    [[nodiscard]] bool pipelined() const { return m_pipeline; }
    // Whether any reply byte came yet: a connection that fails before
    // that failed on the transport (or the server dropped what it could
    // not take), not on the server's verdict.
    [[nodiscard]] bool answered() const { return m_answered; }
    // Whether the request failed on the destination, not on the server: a
    // CONNECT refused, its network or host unreachable, its TTL expired
    // (RFC 1928 replies 3-6). The server relayed the destination's answer.
    [[nodiscard]] bool destinationRefused() const { return m_reply >= 3 && m_reply <= 6; }

private:
    enum class State { Greeting, Auth, ReplyHead, ReplyTail, Done, Failed };
    Step failWith(const std::string &why);
    void appendAuth();
    void appendRequest();
    // After the method negotiation (and authentication): Done for
    // Part::Authenticate, otherwise the request's reply is next.
    Step authenticated();

    std::string m_user, m_pass;
    Endpoint m_target;
    Command m_command;
    Part m_part;
    bool m_pipeline = false;
    bool m_answered = false;
    uint8_t m_reply = 0; // the request's REP when it was not 0 (success)
    State m_state = State::Greeting;
    std::vector<uint8_t> m_out, m_buf, m_head;
    size_t m_want = 2;
    std::string m_error;
    std::optional<Endpoint> m_bound;
};

namespace socks5 {
// Writes RSV RSV FRAG=0 ATYP DST.ADDR DST.PORT and `payload` into `out`;
// the datagram's length, 0 when it does not fit.
[[nodiscard]] size_t encapsulate(std::span<uint8_t> out, const Endpoint &dst, std::span<const uint8_t> payload);
// A datagram from the relay: its source and payload. nullopt for a
// fragment (FRAG != 0, which we do not reassemble), a host name, or a
// truncated header.
struct Datagram {
    Endpoint source;
    std::span<const uint8_t> payload;
};
[[nodiscard]] std::optional<Datagram> decapsulate(std::span<const uint8_t> datagram);
} // namespace socks5

} // namespace byway::capture
