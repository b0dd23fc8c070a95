// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's packet parser, the flow-NAT rewrite and the flow table, fed
// what a TUN or AF_PACKET socket could hand bywayd: any bytes (IPv4, IPv6,
// fragments, bad lengths, bad checksums).
//
// Input layout: byte 0 = options (verify checksums, table operations, read
// as an AF_PACKET frame too), bytes 1..12 = endpoints to rewrite to (and
// the frame's auxdata), the rest = one packet.
//
// Properties beyond "no sanitizer report":
//  - an accepted packet's offsets are ordered and inside the buffer;
//  - rewriting an accepted packet (incremental checksum updates) gives a
//    packet the parser accepts again with verification on, carrying exactly
//    the new endpoints — lwIP and the kernel drop packets whose checksum the
//    rewrite got wrong, which would be silent data loss;
//  - the flow table never holds more than maxFlows, hands out each fake
//    endpoint to one live flow only, and finds every flow by key and fake;
//  - read as an AF_PACKET frame, the IP packet found is inside the frame
//    and starts where frame::ipStart says, and a frame refused still has
//    its IP header found when it has one (whose it is decides the count).
#include "fuzz_common.h"

#include "capture/flowtable.h"
#include "capture/frame.h"
#include "capture/icmperror.h"
#include "capture/packet.h"

#include <linux/if_arp.h>
#include <linux/if_packet.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <set>
#include <vector>

using namespace byway::capture;

namespace {

class FuzzFlow final : public Flow
{
public:
    const char *state() const override { return "fuzz"; }
};

Endpoint endpointFrom(const uint8_t *b, uint8_t family)
{
    Endpoint e;
    e.addr.family = family;
    if (family == 4) {
        std::memcpy(e.addr.b.data(), b, 4);
    } else {
        // Keep it varied without needing 16 input bytes per address.
        for (size_t i = 0; i < 16; ++i)
            e.addr.b[i] = uint8_t(b[i % 4] ^ (i * 37));
    }
    e.port = uint16_t(b[4] << 8 | b[5]);
    return e;
}

// One table for the whole run, so state builds up across inputs the way it
// does in a long-running bywayd (quarantine, exhaustion, id counters).
FlowTable &table()
{
    static FlowTable *t = [] {
        FlowTable::Options o;
        o.maxFlows = 64;
        o.fakeCount4 = 40; // small pools: exhaustion and quarantine paths get exercised
        o.fakeCount6 = 40;
        o.fakeBase6.family = 6;
        o.fakeBase6.b = {0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
        o.portCount = 3;
        o.quarantineMs = 50;
        return new FlowTable(o); // leaked on purpose: lives for the process
    }();
    return *t;
}

void checkTable(const FlowTable &t)
{
    FUZZ_CHECK(t.size() <= size_t(t.options().maxFlows));
    std::set<std::pair<std::array<uint8_t, 16>, uint16_t>> fakes;
    t.forEach([&](Flow &f) {
        FUZZ_CHECK(t.find(f.key) == &f);
        if (f.hasFake) {
            FUZZ_CHECK(t.findFake(f.fake) == &f);
            FUZZ_CHECK(fakes.insert({f.fake.addr.b, f.fake.port}).second);
        }
    });
}

void checkFrame(std::vector<uint8_t> frame, const uint8_t *aux)
{
    frame::Info info;
    info.hatype = (aux[0] & 1) ? ARPHRD_ETHER : ARPHRD_NONE;
    info.status = ((aux[0] & 2) ? TP_STATUS_CSUMNOTREADY : 0) | ((aux[0] & 4) ? TP_STATUS_VLAN_VALID : 0);
    info.vlanTci = uint16_t(aux[1] << 8 | aux[2]);
    info.wireLength = frame.size() + ((aux[0] & 8) ? 1 : 0);
    const auto start = frame::ipStart(frame, info);
    if (!start.empty()) {
        FUZZ_CHECK(start.data() >= frame.data() && start.data() + start.size() == frame.data() + frame.size());
        FUZZ_CHECK((start[0] >> 4) == 4 || (start[0] >> 4) == 6);
    }
    const auto packet = frame::ipPacket(frame, info);
    if (!packet)
        return;
    FUZZ_CHECK(start.data() == packet->bytes.data() && packet->bytes.size() <= start.size());
    FUZZ_CHECK(info.wireLength <= frame.size());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int64_t now = 0;
    if (size < 13)
        return 0;
    const uint8_t opts = data[0];
    const bool verify = opts & 1;
    std::vector<uint8_t> buf(data + 13, data + size);
    if (opts & 4)
        checkFrame(buf, data + 1);

    auto parsed = parse(buf, verify);
    const auto source = sourceAddress(buf);
    if (!parsed) {
        FUZZ_CHECK(parseErrorName(parsed.error()) != nullptr);
        return 0;
    }
    // What parses has its fixed header: the source read alone is the same.
    FUZZ_CHECK(source && *source == parsed->src.addr);
    FUZZ_CHECK(destinationAddress(buf) == parsed->dst.addr);
    Packet p = *parsed;
    FUZZ_CHECK(p.data == buf.data());
    FUZZ_CHECK(p.l4off <= p.payloadOff && p.payloadOff <= p.len && p.len <= buf.size());
    FUZZ_CHECK(p.src.addr.family == p.version && p.dst.addr.family == p.version);
    // An ICMP error names a flow of this client to the error's destination.
    if (const auto e = icmpError(p)) {
        FUZZ_CHECK(p.proto == kProtoIcmp || p.proto == kProtoIcmp6);
        FUZZ_CHECK(e->flow.proto == kProtoUdp || e->flow.proto == kProtoTcp);
        FUZZ_CHECK(e->flow.client.addr == p.src.addr && e->flow.dst.addr == p.dst.addr);
    }

    // The flow table, keyed like the engine keys it.
    now += opts >> 5; // 0..7 ms per input: quarantine expires now and then
    FlowTable &t = table();
    FlowKey key{p.proto, p.src, p.dst};
    if (Flow *f = t.find(key)) {
        if (opts & 2)
            t.erase(f, now);
    } else {
        auto flow = std::make_unique<FuzzFlow>();
        flow->key = key;
        auto inserted = t.insert(std::move(flow), p.proto == kProtoTcp, now);
        if (inserted)
            FUZZ_CHECK((*inserted)->key == key);
    }
    checkTable(t);

    // Rewrite the way the engine does (to a fake endpoint and back) and
    // check the result still verifies. ICMP echo carries one identifier for
    // both directions, so both ends get the same "port".
    Endpoint src = endpointFrom(data + 1, p.version);
    Endpoint dst = endpointFrom(data + 7, p.version);
    if (p.proto == kProtoIcmp || p.proto == kProtoIcmp6)
        dst.port = src.port;
    const bool udpNoSum = p.proto == kProtoUdp && p.version == 4 && buf[p.l4off + 6] == 0 && buf[p.l4off + 7] == 0;
    const bool wasVerified = verify || udpNoSum;
    rewrite(p, src, dst);
    auto again = parse(buf, wasVerified);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->src.addr == src.addr && again->dst.addr == dst.addr);
    if (p.proto == kProtoTcp || p.proto == kProtoUdp)
        FUZZ_CHECK(again->src.port == src.port && again->dst.port == dst.port);
    else
        FUZZ_CHECK(again->src.port == src.port);
    return 0;
}
