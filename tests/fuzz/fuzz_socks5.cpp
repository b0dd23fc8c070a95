// SPDX-License-Identifier: GPL-3.0-or-later
// The SOCKS5 client handshake fed whatever an exit's upstream server (or
// something pretending to be one) answers.
//
// Input layout: byte 0 = credentials, target and pipelining choice, byte 1 =
// read size, the rest = the server's bytes.
//
// Properties beyond "no sanitizer report", following how the packet thread
// drives it (read at most wantBytes(), never more):
//  - wantBytes() is small and positive while the handshake continues (a
//    wrapped-around size_t would make the engine read the exit's payload
//    into the handshake);
//  - Done is reached only after the full reply, Failed always has a reason,
//    and after either no further bytes are asked for or accepted silently;
//  - what the client sends is well-formed: the greeting first, the
//    username/password sub-negotiation only if the server chose it;
//    pipelined, all of it in the first output (one method offered, the
//    sub-negotiation if there are credentials, CONNECT) and nothing after.
#include "fuzz_common.h"

#include "capture/socks5.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

using namespace byway::capture;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t opts = data[0];
    const size_t readSize = 1 + data[1] % 32;
    std::span<const uint8_t> server(data + 2, size - 2);

    Endpoint target;
    if (opts & 1) {
        target.addr.family = 6;
        target.addr.b = {0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    } else {
        target.addr = Addr::v4(0xc0000201);
    }
    target.port = 443;
    const std::string user = (opts & 2) ? "alice" : "";
    const std::string pass = (opts & 4) ? std::string(300, 'p') : std::string("s3cret"); // >255 must be refused, not truncated

    const size_t connectSize = target.addr.family == 4 ? 10u : 22u;
    Socks5Handshake h(user, pass, target, Socks5Handshake::Command::Connect, {Socks5Part::Whole, (opts & 8) != 0});
    std::vector<uint8_t> greeting = h.takeOutput();
    if (h.pipelined()) {
        FUZZ_CHECK(greeting.size() > 3 && greeting[0] == 5 && greeting[1] == 1 && greeting[2] == (user.empty() ? 0 : 2));
        size_t at = 3;
        if (!user.empty()) {
            FUZZ_CHECK(greeting[at] == 1);
            at += 3 + size_t(greeting[at + 1]) + greeting[at + 2 + greeting[at + 1]];
        }
        FUZZ_CHECK(greeting.size() == at + connectSize && greeting[at] == 5 && greeting[at + 1] == 1);
    } else {
        FUZZ_CHECK(greeting.size() >= 3 && greeting[0] == 5 && greeting[1] == greeting.size() - 2);
    }

    Socks5Handshake::Step step = Socks5Handshake::Step::Continue;
    size_t consumed = 0;
    while (step == Socks5Handshake::Step::Continue && consumed < server.size()) {
        const size_t want = h.wantBytes();
        FUZZ_CHECK(want >= 1 && want <= 300);
        const size_t n = std::min({want, readSize, server.size() - consumed});
        step = h.feed(server.subspan(consumed, n));
        consumed += n;
        const std::vector<uint8_t> out = h.takeOutput();
        FUZZ_CHECK(out.empty() || !h.pipelined());
        if (!out.empty() && out[0] == 1) { // RFC 1929 sub-negotiation
            FUZZ_CHECK(!user.empty());
            FUZZ_CHECK(out.size() == 3 + size_t(out[1]) + out[2 + out[1]]);
        } else if (!out.empty()) {
            FUZZ_CHECK(out[0] == 5 && out[1] == 1); // CONNECT
            FUZZ_CHECK(out.size() == connectSize);
        }
    }
    if (step == Socks5Handshake::Step::Failed)
        FUZZ_CHECK(!h.error().empty());
    if (step == Socks5Handshake::Step::Done) {
        FUZZ_CHECK(consumed >= 2 + 10 - 3); // greeting reply + the shortest CONNECT reply
        FUZZ_CHECK(h.error().empty());
    }
    return 0;
}
