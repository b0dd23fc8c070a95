// SPDX-License-Identifier: GPL-3.0-or-later
// TUN offloads: the fast checksum against a byte-wise reference, partial
// checksum completion, TCP super-packets split the kernel's way and lwIP's
// segments joined back into one (what the kernel then cuts up must be the
// same bytes, flags and sequence numbers), and the checksum that takes the
// place of liblwip's own against the library's.
#include "capture/checksum.h"
#include "capture/craft.h"
#include "capture/gso.h"
#include "capture/packet.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>
#include <vector>

#include <dlfcn.h>

using namespace byway::capture;

// lwipstack.cpp's definition, which liblwip's calls bind to.
extern "C" uint16_t lwip_standard_chksum(const void *dataptr, int len);

namespace {

uint32_t referenceAdd(std::span<const uint8_t> d, uint32_t sum)
{
    uint64_t s = sum;
    for (size_t i = 0; i < d.size(); i += 2)
        s += uint32_t(d[i] << 8 | (i + 1 < d.size() ? d[i + 1] : 0));
    while (s >> 16)
        s = (s & 0xffff) + (s >> 16);
    return uint32_t(s);
}

uint16_t fold(uint32_t s)
{
    while (s >> 16)
        s = (s & 0xffff) + (s >> 16);
    return uint16_t(s);
}

struct Tcp {
    uint8_t family = 4;
    uint32_t seq = 1000, ack = 5000;
    uint8_t flags = kTcpAck;
    uint16_t window = 512;
    uint16_t srcPort = 40000, dstPort = 443;
    std::vector<uint8_t> payload;
};

std::vector<uint8_t> build(const Tcp &t)
{
    const size_t hl = t.family == 4 ? 20 : 40;
    std::vector<uint8_t> p(hl + 20 + t.payload.size());
    uint8_t *ip = p.data();
    std::span<const uint8_t> src, dst;
    if (t.family == 4) {
        ip[0] = 0x45;
        csum::store16(ip + 2, uint16_t(p.size()));
        csum::store16(ip + 4, 0x1234);
        ip[6] = 0x40;
        ip[8] = 64;
        ip[9] = kProtoTcp;
        const uint8_t a[] = {10, 9, 0, 2, 10, 0, 2, 1};
        std::memcpy(ip + 12, a, 8);
        csum::store16(ip + 10, csum::finish(csum::add({ip, 20})));
        src = {ip + 12, 4};
        dst = {ip + 16, 4};
    } else {
        ip[0] = 0x60;
        csum::store16(ip + 4, uint16_t(p.size() - 40));
        ip[6] = kProtoTcp;
        ip[7] = 64;
        ip[8] = 0xfd;
        ip[23] = 2;
        ip[24] = 0xfd;
        ip[39] = 1;
        src = {ip + 8, 16};
        dst = {ip + 24, 16};
    }
    uint8_t *th = ip + hl;
    csum::store16(th, t.srcPort);
    csum::store16(th + 2, t.dstPort);
    for (int i = 0; i < 4; ++i) {
        th[4 + i] = uint8_t(t.seq >> (24 - 8 * i));
        th[8 + i] = uint8_t(t.ack >> (24 - 8 * i));
    }
    th[12] = 5 << 4;
    th[13] = t.flags;
    csum::store16(th + 14, t.window);
    if (!t.payload.empty())
        std::memcpy(th + 20, t.payload.data(), t.payload.size());
    const size_t l4 = 20 + t.payload.size();
    csum::store16(th + 16, csum::finish(csum::add({th, l4}, csum::pseudo(src, dst, kProtoTcp, uint32_t(l4)))));
    return p;
}

std::vector<uint8_t> randomBytes(QRandomGenerator &r, size_t n)
{
    std::vector<uint8_t> v(n);
    for (auto &b : v)
        b = uint8_t(r.bounded(256));
    return v;
}

// What the kernel's TCP segmentation does with a GSO super-packet: here only
// the checksum (the offsets the header names), which is all a receiver of
// the unsegmented packet (veth, GRO) needs.
std::vector<uint8_t> completeAsKernel(std::span<const uint8_t> withHeader)
{
    const gso::VnetHeader h = gso::readHeader(withHeader);
    std::vector<uint8_t> pkt(withHeader.begin() + gso::kVnetLen, withHeader.end());
    if (h.flags & gso::kNeedsCsum) {
        const bool done = gso::completeChecksum(pkt, h.csumStart, h.csumOffset);
        if (!done)
            pkt.clear();
    }
    return pkt;
}

} // namespace

class TestCaptureGso : public QObject {
    Q_OBJECT
private slots:
    void checksumMatchesReference()
    {
        QRandomGenerator r(1071);
        for (int i = 0; i < 3000; ++i) {
            auto d = randomBytes(r, size_t(r.bounded(0, 3000)));
            const size_t off = d.empty() ? 0 : size_t(r.bounded(int(std::min<size_t>(d.size(), 9))));
            const uint32_t start = r.generate();
            std::span<const uint8_t> s(d.data() + off, d.size() - off);
            QCOMPARE(fold(csum::add(s, start)), fold(referenceAdd(s, start)));
        }
        std::vector<uint8_t> ones(65536, 0xff);
        QCOMPARE(fold(csum::add(ones)), fold(referenceAdd(ones, 0)));
    }

    void lwipChecksumInterposed()
    {
        // What liblwip's PLT calls bind to is the executable's definition...
        QCOMPARE(dlsym(RTLD_DEFAULT, "lwip_standard_chksum"), reinterpret_cast<void *>(&lwip_standard_chksum));
        // ...and it keeps the library's contract, at every alignment and length.
        void *lib = dlopen("liblwip.so.0", RTLD_NOW | RTLD_NOLOAD);
        QVERIFY2(lib, "liblwip is linked");
        auto original = reinterpret_cast<uint16_t (*)(const void *, int)>(dlsym(lib, "lwip_standard_chksum"));
        QVERIFY(original && reinterpret_cast<void *>(original) != reinterpret_cast<void *>(&lwip_standard_chksum));
        QRandomGenerator r(8);
        for (int i = 0; i < 3000; ++i) {
            auto d = randomBytes(r, size_t(r.bounded(0, 2000)) + 8);
            const size_t off = size_t(r.bounded(8));
            const int len = int(d.size() - off);
            QCOMPARE(lwip_standard_chksum(d.data() + off, len), original(d.data() + off, len));
        }
        std::vector<uint8_t> ones(65535, 0xff);
        QCOMPARE(lwip_standard_chksum(ones.data(), 65535), original(ones.data(), 65535));
        dlclose(lib);
    }

    void partialChecksumCompleted()
    {
        QRandomGenerator r(2);
        for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
            Tcp t;
            t.family = family;
            t.payload = randomBytes(r, 3001);
            auto pkt = build(t);
            size_t start = 0, offset = 0;
            QVERIFY(gso::checksumLocation(pkt, start, offset));
            QCOMPARE(offset, size_t(16));
            // What the kernel leaves in a CHECKSUM_PARTIAL packet.
            auto p = parse(pkt, false);
            QVERIFY(p.has_value());
            csum::store16(&pkt[start + offset],
                          uint16_t(~csum::finish(csum::pseudo(p->src.addr.bytes(), p->dst.addr.bytes(), kProtoTcp,
                                                              uint32_t(p->l4len())))));
            QVERIFY(!parse(pkt, true).has_value());
            QVERIFY(gso::completeChecksum(pkt, start, offset));
            QVERIFY(parse(pkt, true).has_value());
        }
        std::vector<uint8_t> tiny(30);
        QVERIFY(!gso::completeChecksum(tiny, 20, 16)); // the field would lie outside
    }

    void vouchedForDataAndDatagramsOnly()
    {
        // What the kernel leaves partial and the capture takes on its word
        // (Packet::checksumTrusted): a data segment, a datagram. A SYN is
        // completed (it may be held and replayed), and so is anything whose
        // offsets are not where the packet's own headers put its checksum.
        QRandomGenerator r(5);
        for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
            Tcp t;
            t.family = family;
            t.payload = randomBytes(r, 100);
            auto data = build(t);
            const size_t l4 = family == 4 ? 20 : 40;
            QVERIFY(gso::vouchable(data, l4, 16));
            QVERIFY(!gso::vouchable(data, l4, 6));
            QVERIFY(!gso::vouchable(data, l4 + 4, 16));
            t.flags = kTcpSyn;
            QVERIFY(!gso::vouchable(build(t), l4, 16));
            t.flags = kTcpSyn | kTcpAck;
            QVERIFY(!gso::vouchable(build(t), l4, 16));
            Endpoint a{Addr::v4(0x0a090002), 5000}, b{Addr::v4(0x0a000201), 53};
            if (family == 6) {
                a.addr = b.addr = Addr{};
                a.addr.family = b.addr.family = 6;
                a.addr.b[0] = b.addr.b[0] = 0xfd;
                a.addr.b[15] = 2;
                b.addr.b[15] = 1;
            }
            std::vector<uint8_t> udp(200);
            udp.resize(craft::udp(udp, a, b, std::vector<uint8_t>(20, 7)));
            QVERIFY(!udp.empty());
            QVERIFY(gso::vouchable(udp, l4, 6));
            QVERIFY(!gso::vouchable(udp, l4, 16));
        }
        std::vector<uint8_t> icmp{0x45, 0, 0, 28, 0, 0, 0, 0, 64, kProtoIcmp};
        icmp.resize(28);
        QVERIFY(!gso::vouchable(icmp, 20, 2));
    }

    void checksumFilledInFull()
    {
        // lwIP's segments leave its checksum-on-copy unsummed: the capture
        // computes the whole TCP checksum, whatever the field held.
        QRandomGenerator r(6);
        for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
            for (size_t n : {size_t(0), size_t(1), size_t(1459), size_t(40000)}) {
                Tcp t;
                t.family = family;
                t.payload = randomBytes(r, n);
                auto pkt = build(t);
                const auto good = pkt;
                auto p = parse(pkt, false);
                QVERIFY(p.has_value());
                csum::store16(pkt.data() + p->l4off + 16, uint16_t(r.generate()));
                gso::fillTcpChecksum(*p);
                QCOMPARE(pkt, good);
            }
        }
    }

    void splitAndJoinRoundTrip()
    {
        QRandomGenerator r(3);
        for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
            Tcp t;
            t.family = family;
            t.flags = kTcpAck | kTcpPsh;
            t.seq = 0xfffff000; // wraps inside the super-packet
            t.payload = randomBytes(r, 60000);
            auto super = build(t);
            auto sp = parse(super, true);
            QVERIFY(sp.has_value());

            std::vector<std::vector<uint8_t>> pieces;
            std::vector<uint8_t> scratch;
            QVERIFY(gso::splitTcp(*sp, 1448, scratch, [&](std::span<uint8_t> piece) { pieces.emplace_back(piece.begin(), piece.end()); }));
            QCOMPARE(pieces.size(), size_t((60000 + 1447) / 1448));
            uint32_t seq = t.seq;
            gso::TcpCoalescer join;
            for (size_t i = 0; i < pieces.size(); ++i) {
                auto p = parse(pieces[i], true);
                QVERIFY2(p.has_value(), "every piece carries exact checksums");
                QCOMPARE(p->tcpSeq, seq);
                seq += uint32_t(p->payloadLen());
                const bool last = i + 1 == pieces.size();
                QCOMPARE(bool(p->tcpFlags & kTcpPsh), last);
                QVERIFY(join.append(*p));
                QCOMPARE(join.closed(), last);
            }
            QCOMPARE(join.segments(), int(pieces.size()));
            const auto out = join.take();
            QVERIFY(join.empty());
            const gso::VnetHeader h = gso::readHeader(out);
            QCOMPARE(h.flags, gso::kNeedsCsum);
            QCOMPARE(h.gsoType, family == 4 ? gso::kGsoTcpV4 : gso::kGsoTcpV6);
            QCOMPARE(h.gsoSize, uint16_t(1448));
            QCOMPARE(h.hdrLen, uint16_t(sp->payloadOff));
            QCOMPARE(h.csumStart, uint16_t(sp->l4off));
            auto joined = completeAsKernel(out);
            auto jp = parse(joined, true);
            QVERIFY2(jp.has_value(), "the joined packet verifies once the kernel completes its checksum");
            QCOMPARE(jp->tcpSeq, t.seq);
            QCOMPARE(jp->tcpFlags, uint8_t(kTcpAck | kTcpPsh));
            QCOMPARE(jp->payloadLen(), t.payload.size());
            QVERIFY(std::memcmp(joined.data() + jp->payloadOff, t.payload.data(), t.payload.size()) == 0);
        }
    }

    void splitForLwipLimit()
    {
        // An IPv6 super-packet of 65536 bytes does not fit one pbuf.
        QRandomGenerator r(4);
        Tcp t;
        t.family = 6;
        t.payload = randomBytes(r, 65536 - 60);
        auto super = build(t);
        auto sp = parse(super, true);
        QVERIFY(sp.has_value());
        std::vector<uint8_t> scratch;
        size_t total = 0;
        int n = 0;
        QVERIFY(gso::splitTcp(*sp, gso::kMaxStackPacket - sp->payloadOff, scratch, [&](std::span<uint8_t> piece) {
            QVERIFY(piece.size() <= gso::kMaxStackPacket);
            auto p = parse(piece, true);
            QVERIFY(p.has_value());
            total += p->payloadLen();
            ++n;
        }));
        QCOMPARE(n, 2);
        QCOMPARE(total, t.payload.size());
    }

    void largeSegmentGoesAsGso()
    {
        // lwIP with a raised MSS: one segment of 44 wire segments.
        QRandomGenerator r(9);
        for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
            Tcp t;
            t.family = family;
            t.flags = kTcpAck | kTcpPsh;
            t.payload = randomBytes(r, 44 * 1460);
            auto pkt = build(t);
            auto p = parse(pkt, true);
            gso::TcpCoalescer c;
            Tcp small;
            small.family = family;
            small.payload = randomBytes(r, 1460);
            auto sp = build(small);
            QVERIFY(c.append(*parse(sp, true), 1460));
            QVERIFY(!c.append(*p, 1460)); // never joined to another
            (void)c.take();
            QVERIFY(c.append(*p, 1460));
            QVERIFY(c.closed());
            QCOMPARE(c.segments(), 44);
            const auto out = c.take();
            const gso::VnetHeader h = gso::readHeader(out);
            QCOMPARE(h.flags, gso::kNeedsCsum);
            QCOMPARE(h.gsoSize, uint16_t(1460));
            QCOMPARE(h.gsoType, family == 4 ? gso::kGsoTcpV4 : gso::kGsoTcpV6);
            auto done = completeAsKernel(out);
            QVERIFY(parse(done, true).has_value());
            QVERIFY(std::equal(done.begin(), done.end(), pkt.begin(), pkt.end()));
        }
    }

    void largeSegmentInPlace()
    {
        // The same without a copy: the header goes into the room before the
        // packet, the packet itself becomes the super-packet.
        QRandomGenerator r(10);
        // A packet behind kVnetLen bytes of room.
        auto withRoom = [](const std::vector<uint8_t> &pkt) {
            std::vector<uint8_t> b(gso::kVnetLen, 0xee);
            b.insert(b.end(), pkt.begin(), pkt.end());
            return b;
        };
        for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
            const Tcp t{.family = family, .flags = uint8_t(kTcpAck | kTcpFin), .payload = randomBytes(r, 30 * 1400 + 77)};
            const auto pkt = build(t);
            auto buf = withRoom(pkt);
            std::span<uint8_t> room{buf.data(), gso::kVnetLen}, inPlace{buf.data() + gso::kVnetLen, pkt.size()};
            auto p = parse(inPlace, true);
            QVERIFY(p.has_value());
            const auto out = gso::superPacketInPlace(*p, room, 1400);
            QCOMPARE(out.data(), buf.data());
            QCOMPARE(out.size(), buf.size());
            const gso::VnetHeader h = gso::readHeader(out);
            QCOMPARE(h.flags, gso::kNeedsCsum);
            QCOMPARE(h.gsoSize, uint16_t(1400));
            QCOMPARE(h.gsoType, family == 4 ? gso::kGsoTcpV4 : gso::kGsoTcpV6);
            auto done = completeAsKernel(out);
            QVERIFY(std::equal(done.begin(), done.end(), pkt.begin(), pkt.end()));

            // Not larger than the MSS, or not plain data, or no room right
            // before it: nothing is touched.
            auto again = withRoom(pkt);
            auto q = parse(std::span<uint8_t>{again.data() + gso::kVnetLen, pkt.size()}, true);
            QVERIFY(gso::superPacketInPlace(*q, {again.data(), gso::kVnetLen}, 64000).empty());
            QVERIFY(gso::superPacketInPlace(*q, {again.data() + 1, gso::kVnetLen}, 1400).empty());
            Tcp syn = t;
            syn.flags = kTcpSyn | kTcpAck;
            auto synPkt = build(syn);
            auto synBuf = withRoom(synPkt);
            auto sp = parse(std::span<uint8_t>{synBuf.data() + gso::kVnetLen, synPkt.size()}, true);
            QVERIFY(gso::superPacketInPlace(*sp, {synBuf.data(), gso::kVnetLen}, 1400).empty());
            QVERIFY(std::equal(again.begin() + gso::kVnetLen, again.end(), pkt.begin(), pkt.end()));
            QVERIFY(std::equal(synBuf.begin() + gso::kVnetLen, synBuf.end(), synPkt.begin(), synPkt.end()));
        }
    }

    void mssClamped()
    {
        // SYN-ACKs from lwIP offer 1460 whatever the clients' MTU: clamped,
        // with the option at an even and at an odd offset.
        for (bool odd : {false, true}) {
            for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
                Tcp t;
                t.family = family;
                t.flags = kTcpSyn | kTcpAck;
                auto pkt = build(t);
                const size_t hl = family == 4 ? 20 : 40;
                // Rebuild with options: [NOP] MSS 1460 [NOP NOP NOP] / padding to 8 bytes.
                std::vector<uint8_t> opts = odd ? std::vector<uint8_t>{1, 2, 4, 0x05, 0xb4, 1, 1, 1}
                                                : std::vector<uint8_t>{2, 4, 0x05, 0xb4, 1, 1, 1, 0};
                pkt.insert(pkt.begin() + long(hl + 20), opts.begin(), opts.end());
                uint8_t *ip = pkt.data();
                uint8_t *th = ip + hl;
                th[12] = 7 << 4;
                std::span<const uint8_t> src, dst;
                if (family == 4) {
                    csum::store16(ip + 2, uint16_t(pkt.size()));
                    csum::store16(ip + 10, 0);
                    csum::store16(ip + 10, csum::finish(csum::add({ip, 20})));
                    src = {ip + 12, 4};
                    dst = {ip + 16, 4};
                } else {
                    csum::store16(ip + 4, uint16_t(pkt.size() - 40));
                    src = {ip + 8, 16};
                    dst = {ip + 24, 16};
                }
                csum::store16(th + 16, 0);
                csum::store16(th + 16, csum::finish(csum::add({th, 28}, csum::pseudo(src, dst, kProtoTcp, 28))));
                auto p = parse(pkt, true);
                QVERIFY(p.has_value());
                QVERIFY(!clampMss(*p, 1460)); // not larger: untouched
                QVERIFY(clampMss(*p, 1240));
                QVERIFY2(parse(pkt, true).has_value(), "the checksum follows the clamp");
                const size_t at = hl + 20 + (odd ? 3 : 2);
                QCOMPARE(csum::load16(&pkt[at]), uint16_t(1240));
            }
        }
        Tcp data; // not a SYN: nothing to clamp
        auto pkt = build(data);
        auto dp = parse(pkt, true);
        QVERIFY(!clampMss(*dp, 500));
    }

    void singleSegmentUnchanged()
    {
        QRandomGenerator r(5);
        Tcp t;
        t.payload = randomBytes(r, 700);
        auto pkt = build(t);
        auto p = parse(pkt, true);
        gso::TcpCoalescer c;
        QVERIFY(c.append(*p));
        QVERIFY(!c.closed());
        const auto out = c.take();
        const gso::VnetHeader h = gso::readHeader(out);
        QCOMPARE(h.flags, uint8_t(0));
        QCOMPARE(h.gsoType, gso::kGsoNone);
        QVERIFY(std::equal(out.begin() + gso::kVnetLen, out.end(), pkt.begin(), pkt.end()));
    }

    // UDP_GRO's reads (datagrams of one size back to back) to the client:
    // one USO super-packet, or cut here into the same datagrams.
    void udpDatagramsSuperAndSplit()
    {
        QRandomGenerator r(11);
        for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
            Endpoint server, client;
            server.addr = family == 4 ? Addr::v4(0x0a000201) : Addr{{0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}, 6};
            client.addr = family == 4 ? Addr::v4(0x0a090002) : Addr{{0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2}, 6};
            server.port = 443;
            client.port = 50000;
            const size_t segment = 1200;
            const auto payload = randomBytes(r, 40 * segment + 700);
            std::vector<uint8_t> whole(70000), unsummed(70000);
            whole.resize(craft::udp(whole, server, client, payload)); // one datagram with it all: the reference
            unsummed.resize(craft::udp(unsummed, server, client, payload, false));
            QVERIFY(!whole.empty() && whole.size() == unsummed.size());

            // Cut here: 41 datagrams, each with its own lengths and an exact checksum.
            std::vector<std::vector<uint8_t>> pieces;
            std::vector<uint8_t> scratch;
            auto p = parse(unsummed, false);
            QVERIFY(p.has_value());
            QVERIFY(gso::splitUdp(*p, segment, scratch, [&](std::span<uint8_t> d) { pieces.emplace_back(d.begin(), d.end()); }));
            QCOMPARE(pieces.size(), size_t(41));
            for (size_t i = 0; i < pieces.size(); ++i) {
                auto d = parse(pieces[i], true);
                QVERIFY2(d.has_value(), "each datagram verifies");
                QCOMPARE(d->src, server);
                QCOMPARE(d->dst, client);
                const size_t want = i < 40 ? segment : 700;
                QCOMPARE(d->payloadLen(), want);
                QVERIFY(std::equal(d->data + d->payloadOff, d->data + d->len, payload.begin() + ptrdiff_t(i * segment)));
                if (family == 4)
                    QCOMPARE(csum::load16(pieces[i].data() + 4), uint16_t(csum::load16(unsummed.data() + 4) + i));
            }

            // USO: the header asks the kernel for that cut; what it sums per
            // datagram starts from the whole's pseudo-header, as its own UDP
            // GSO sends do: completed over the whole, the reference's checksum.
            std::vector<uint8_t> buf(gso::kVnetLen);
            buf.insert(buf.end(), unsummed.begin(), unsummed.end());
            auto q = parse(std::span<uint8_t>{buf.data() + gso::kVnetLen, unsummed.size()}, false);
            const auto h = gso::makeUdpSuper(*q, segment);
            QVERIFY(h.has_value());
            QCOMPARE(h->flags, gso::kNeedsCsum);
            QCOMPARE(h->gsoType, gso::kGsoUdpL4);
            QCOMPARE(h->gsoSize, uint16_t(segment));
            QCOMPARE(h->csumStart, uint16_t(q->l4off));
            QCOMPARE(h->csumOffset, uint16_t(6));
            QCOMPARE(h->hdrLen, uint16_t(q->payloadOff));
            gso::writeHeader(buf, *h);
            const auto done = completeAsKernel(buf);
            QVERIFY(std::equal(done.begin(), done.end(), whole.begin(), whole.end()));

            // One datagram or less, or not UDP: no super-packet, nothing changed.
            std::vector<uint8_t> one(2000);
            one.resize(craft::udp(one, server, client, std::span(payload).first(segment)));
            const auto before = one;
            auto o = parse(one, true);
            QVERIFY(!gso::makeUdpSuper(*o, segment).has_value());
            QVERIFY(one == before);
            Tcp t;
            t.family = family;
            t.payload = randomBytes(r, 3000);
            auto tcp = build(t);
            auto tp = parse(tcp, true);
            QVERIFY(!gso::makeUdpSuper(*tp, 1000).has_value());
            QVERIFY(!gso::splitUdp(*tp, 1000, scratch, [](std::span<uint8_t>) {}));
        }
    }

    void refusesWhatSegmentationWouldChange()
    {
        QRandomGenerator r(6);
        Tcp base;
        base.payload = randomBytes(r, 1000);
        auto first = build(base);
        auto firstParsed = parse(first, true);

        auto refused = [&](Tcp next) {
            gso::TcpCoalescer c;
            if (!c.append(*firstParsed))
                return false;
            auto pkt = build(next);
            auto p = parse(pkt, true);
            return !c.append(*p);
        };
        Tcp next = base;
        next.seq += 1000;
        QVERIFY(!refused(next)); // the contiguous next segment joins
        Tcp gap = next;
        gap.seq += 1;
        QVERIFY(refused(gap));
        Tcp otherAck = next;
        otherAck.ack += 1;
        QVERIFY(refused(otherAck));
        Tcp otherWindow = next;
        otherWindow.window = 100;
        QVERIFY(refused(otherWindow));
        Tcp otherPort = next;
        otherPort.srcPort = 40001;
        QVERIFY(refused(otherPort));
        Tcp bigger = next;
        bigger.payload.resize(1001);
        QVERIFY(refused(bigger)); // larger than the first: not the kernel's cut
        Tcp v6 = next;
        v6.family = 6;
        QVERIFY(refused(v6));

        // Never joined at all: no payload, SYN, RST.
        gso::TcpCoalescer c;
        Tcp pure = base;
        pure.payload.clear();
        auto pp = build(pure);
        QVERIFY(!c.append(*parse(pp, true)));
        Tcp syn = base;
        syn.flags = kTcpSyn | kTcpAck;
        auto sy = build(syn);
        QVERIFY(!c.append(*parse(sy, true)));
        Tcp rst = base;
        rst.flags = kTcpRst | kTcpAck;
        auto rs = build(rst);
        QVERIFY(!c.append(*parse(rs, true)));
        QVERIFY(c.empty());

        // A short segment ends the super-packet.
        QVERIFY(c.append(*firstParsed));
        Tcp shortNext = next;
        shortNext.payload.resize(10);
        auto sh = build(shortNext);
        QVERIFY(c.append(*parse(sh, true)));
        QVERIFY(c.closed());
        Tcp after = shortNext;
        after.seq += 10;
        auto af = build(after);
        QVERIFY(!c.append(*parse(af, true)));
    }
};

QTEST_GUILESS_MAIN(TestCaptureGso)
#include "tst_capture_gso.moc"
