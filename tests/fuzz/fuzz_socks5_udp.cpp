// SPDX-License-Identifier: GPL-3.0-or-later
// The SOCKS5 UDP relay path (RFC 1928 section 7 and the UDP ASSOCIATE
// reply): what a relay, or something pretending to be one, sends back to the
// capture's UDP flows. fuzz_socks5 drives only the CONNECT handshake.
//
// Input layout: byte 0 picks the mode, the rest is the mode's bytes.
//  - mode 0: a datagram from the relay, parsed by socks5::decapsulate;
//  - mode 1: a destination and payload taken from the bytes, framed by
//    socks5::encapsulate into a buffer of a size the input chooses;
//  - mode 2: the relay's answers to a UDP ASSOCIATE handshake.
//
// Properties beyond "no sanitizer report" (every buffer is a heap copy of
// exactly its size, so a read one byte past the end is an ASan report):
//  - a parsed datagram's payload lies inside it and ends where it ends, its
//    source is IPv4 or IPv6 (the only kinds the flows compare against), and
//    framing it again gives back the same bytes after RSV;
//  - a frame that fits round-trips through decapsulate (source, payload);
//    one that does not fit is refused with 0, never truncated;
//  - UDP ASSOCIATE is what the client sends after the greeting, and a Done
//    handshake's bound() is the address and port the relay's reply named.
#include "fuzz_common.h"

#include "capture/socks5.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

using namespace byway::capture;

namespace {

void parse(std::span<const uint8_t> bytes)
{
    const std::vector<uint8_t> d(bytes.begin(), bytes.end());
    const auto got = socks5::decapsulate(d);
    if (!got)
        return;
    const Endpoint &src = got->source;
    FUZZ_CHECK(src.addr.family == 4 || src.addr.family == 6);
    FUZZ_CHECK(d[2] == 0 && d[3] == (src.addr.family == 4 ? 1 : 4));
    const size_t head = 4 + src.addr.size() + 2;
    FUZZ_CHECK(got->payload.data() == d.data() + head);
    FUZZ_CHECK(got->payload.size() == d.size() - head);
    // The parts of an IPv4 address beyond its 4 bytes stay zero: flows
    // compare whole Endpoints (UdpFlow::onEvents, d->source != key.dst).
    if (src.addr.family == 4)
        FUZZ_CHECK(std::all_of(src.addr.b.begin() + 4, src.addr.b.end(), [](uint8_t b) { return b == 0; }));
    std::vector<uint8_t> again(d.size());
    FUZZ_CHECK(socks5::encapsulate(again, src, got->payload) == d.size());
    FUZZ_CHECK(std::equal(again.begin() + 2, again.end(), d.begin() + 2));
}

void build(std::span<const uint8_t> bytes)
{
    if (bytes.size() < 21)
        return;
    Endpoint dst;
    dst.addr.family = (bytes[0] & 1) ? 6 : 4;
    std::copy_n(bytes.begin() + 1, dst.addr.size(), dst.addr.b.begin());
    dst.port = uint16_t(bytes[17] << 8 | bytes[18]);
    const size_t room = size_t(bytes[19]) << 8 | bytes[20];
    const std::vector<uint8_t> payload(bytes.begin() + 21, bytes.end());
    std::vector<uint8_t> out(room);
    const size_t n = socks5::encapsulate(out, dst, payload);
    const size_t head = 4 + dst.addr.size() + 2;
    if (room < head + payload.size()) {
        FUZZ_CHECK(n == 0);
        return;
    }
    FUZZ_CHECK(n == head + payload.size());
    const auto back = socks5::decapsulate(std::span<const uint8_t>(out).first(n));
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(back->source.addr.family == dst.addr.family);
    FUZZ_CHECK(std::equal(back->source.addr.b.begin(), back->source.addr.b.begin() + long(dst.addr.size()),
                          dst.addr.b.begin()));
    FUZZ_CHECK(back->source.port == dst.port);
    FUZZ_CHECK(std::equal(back->payload.begin(), back->payload.end(), payload.begin(), payload.end()));
}

void associate(std::span<const uint8_t> bytes)
{
    if (bytes.empty())
        return;
    const size_t readSize = 1 + bytes[0] % 32;
    const std::vector<uint8_t> server(bytes.begin() + 1, bytes.end());
    Endpoint from; // 0.0.0.0:0, "unknown", as UdpFlow asks
    Socks5Handshake h({}, {}, from, Socks5Handshake::Command::UdpAssociate);
    (void)h.takeOutput();
    Socks5Handshake::Step step = Socks5Handshake::Step::Continue;
    size_t consumed = 0;
    size_t replyAt = 0; // where the UDP ASSOCIATE reply starts in `server`
    while (step == Socks5Handshake::Step::Continue && consumed < server.size()) {
        const size_t want = h.wantBytes();
        FUZZ_CHECK(want >= 1 && want <= 300);
        const size_t n = std::min({want, readSize, server.size() - consumed});
        // A heap copy of exactly the bytes handed over.
        const std::vector<uint8_t> chunk(server.begin() + long(consumed), server.begin() + long(consumed + n));
        step = h.feed(chunk);
        consumed += n;
        const std::vector<uint8_t> out = h.takeOutput();
        if (!out.empty()) {
            FUZZ_CHECK(out.size() == 10 && out[0] == 5 && out[1] == 3 && out[3] == 1); // UDP ASSOCIATE 0.0.0.0:0
            replyAt = consumed;
        }
    }
    if (step != Socks5Handshake::Step::Done) {
        FUZZ_CHECK(!h.bound().has_value());
        if (step == Socks5Handshake::Step::Failed)
            FUZZ_CHECK(!h.error().empty());
        return;
    }
    const uint8_t *r = server.data() + replyAt;
    FUZZ_CHECK(r[0] == 5 && r[1] == 0);
    if (r[3] == 3) { // a host name: the flow cannot send to it
        FUZZ_CHECK(!h.bound().has_value());
        FUZZ_CHECK(consumed - replyAt == 5 + size_t(r[4]) + 2);
        return;
    }
    FUZZ_CHECK(h.bound().has_value());
    const Endpoint &b = *h.bound();
    FUZZ_CHECK(b.addr.family == (r[3] == 1 ? 4 : 6));
    FUZZ_CHECK(consumed - replyAt == 4 + b.addr.size() + 2);
    FUZZ_CHECK(std::equal(b.addr.b.begin(), b.addr.b.begin() + long(b.addr.size()), r + 4));
    FUZZ_CHECK(b.port == uint16_t(r[4 + b.addr.size()] << 8 | r[5 + b.addr.size()]));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const std::span<const uint8_t> rest(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0: parse(rest); break;
    case 1: build(rest); break;
    default: associate(rest); break;
    }
    return 0;
}
