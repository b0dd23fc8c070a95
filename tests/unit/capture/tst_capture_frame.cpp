// SPDX-License-Identifier: GPL-3.0-or-later
// AF_PACKET frames to IP packets (frame.h): link headers by device type,
// partial checksums (TP_STATUS_CSUMNOTREADY) vouched for where the kernel's
// word is enough and completed where not, without summing the Ethernet padding, VLAN-tagged frames refused whether the tag was stripped
// (auxdata) or is in-band, priority tags accepted, truncation reported.
#include "capture/checksum.h"
#include "capture/craft.h"
#include "capture/frame.h"
#include "capture/gso.h"
#include "capture/packet.h"

#include <QTest>

#include <linux/if_arp.h>
#include <linux/if_packet.h>

#include <cstring>
#include <vector>

using namespace byway::capture;

namespace {

Endpoint ep(uint8_t family, uint8_t last, uint16_t port)
{
    Endpoint e;
    e.addr.family = family;
    if (family == 4) {
        e.addr = Addr::v4(0x0a4d0000u | last);
    } else {
        e.addr.b = {0xfd, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, last};
    }
    e.port = port;
    return e;
}

// An IP packet with a UDP or TCP payload whose L4 checksum is left partial
// (the pseudo-header sum only), as the kernel hands it with CHECKSUM_PARTIAL.
std::vector<uint8_t> partialPacket(uint8_t family, uint8_t proto, size_t payload, uint8_t tcpFlags = kTcpAck)
{
    std::vector<uint8_t> data(payload, 0x5a);
    std::vector<uint8_t> out(payload + 100);
    const Endpoint s = ep(family, 2, 40000), d = ep(family, 1, 53);
    size_t n = craft::udp(out, s, d, data);
    out.resize(n);
    auto p = parse(out, true);
    if (proto == kProtoTcp) {
        // Same bytes as TCP: a 20-byte header in front of the payload.
        std::vector<uint8_t> t(p->l4off + 20 + payload);
        std::memcpy(t.data(), out.data(), p->l4off);
        t[family == 4 ? 9 : 6] = kProtoTcp;
        if (family == 4) {
            csum::store16(&t[2], uint16_t(t.size()));
            csum::store16(&t[10], 0);
            csum::store16(&t[10], csum::finish(csum::add({t.data(), 20})));
        } else {
            csum::store16(&t[4], uint16_t(20 + payload));
        }
        t[p->l4off + 12] = 5 << 4;
        t[p->l4off + 13] = tcpFlags;
        out = t;
        p = parse(out, false);
    }
    const size_t sumAt = p->l4off + (proto == kProtoTcp ? 16 : 6);
    csum::store16(&out[sumAt], uint16_t(~csum::finish(csum::pseudo(p->src.addr.bytes(), p->dst.addr.bytes(), proto,
                                                                    uint32_t(p->l4len())))));
    return out;
}

std::vector<uint8_t> ethernet(const std::vector<uint8_t> &ip, std::vector<uint16_t> tags = {}, size_t padTo = 0)
{
    std::vector<uint8_t> f(12, 0x11);
    for (uint16_t tci : tags) {
        f.push_back(0x81);
        f.push_back(0x00);
        f.push_back(uint8_t(tci >> 8));
        f.push_back(uint8_t(tci));
    }
    const bool v4 = (ip[0] >> 4) == 4;
    f.push_back(v4 ? 0x08 : 0x86);
    f.push_back(v4 ? 0x00 : 0xdd);
    f.insert(f.end(), ip.begin(), ip.end());
    if (f.size() < padTo)
        f.resize(padTo, 0xee);
    return f;
}

frame::Info info(int hatype, size_t len, uint32_t status = 0, uint16_t tci = 0)
{
    frame::Info i;
    i.hatype = hatype;
    i.wireLength = len;
    i.status = status;
    i.vlanTci = tci;
    return i;
}

} // namespace

class TestCaptureFrame : public QObject {
    Q_OBJECT
private slots:
    void partialChecksums()
    {
        for (uint8_t family : {uint8_t(4), uint8_t(6)}) {
            for (uint8_t proto : {kProtoTcp, kProtoUdp}) {
                // A data segment or a datagram: taken on the kernel's word, not summed.
                auto ip = partialPacket(family, proto, 3000);
                auto f = ethernet(ip);
                const auto before = f;
                auto p = frame::ipPacket(f, info(ARPHRD_ETHER, f.size(), TP_STATUS_CSUMNOTREADY));
                QVERIFY(p.has_value());
                QVERIFY(p->trusted);
                QCOMPARE(p->bytes.data(), f.data() + 14);
                QCOMPARE(p->bytes.size(), ip.size());
                QVERIFY2(f == before, "vouched for, left partial");
                QVERIFY(parse(p->bytes, false).has_value());
            }
            // A SYN may be held and replayed: completed from the IP header's offsets.
            auto syn = partialPacket(family, kProtoTcp, 0, kTcpSyn);
            QVERIFY(!parse(syn, true).has_value());
            auto f = ethernet(syn);
            auto p = frame::ipPacket(f, info(ARPHRD_ETHER, f.size(), TP_STATUS_CSUMNOTREADY));
            QVERIFY(p.has_value());
            QVERIFY(p->trusted);
            QVERIFY2(parse(p->bytes, true).has_value(), "completed");
        }
        // A TCP super-packet larger than lwIP takes is cut into pieces lwIP
        // checks: completed first (IPv6: 40 + 65535 bytes).
        auto big = partialPacket(6, kProtoTcp, 3000);
        big.resize(40 + 0xffff, 0x5a);
        csum::store16(&big[4], 0xffff);
        csum::store16(&big[40 + 16], uint16_t(~csum::finish(csum::pseudo({&big[8], 16}, {&big[24], 16}, kProtoTcp, 0xffff))));
        QVERIFY(big.size() > gso::kMaxStackPacket);
        auto p = frame::ipPacket(big, info(ARPHRD_NONE, big.size(), TP_STATUS_CSUMNOTREADY));
        QVERIFY(p.has_value());
        QVERIFY(parse(p->bytes, true).has_value());
    }

    void paddingNotSummed()
    {
        // A SYN: 40 bytes of IP in a frame padded to Ethernet's 60.
        auto ip = partialPacket(4, kProtoTcp, 0, kTcpSyn);
        QCOMPARE(ip.size(), size_t(40));
        auto f = ethernet(ip, {}, 60);
        auto p = frame::ipPacket(f, info(ARPHRD_ETHER, f.size(), TP_STATUS_CSUMNOTREADY));
        QVERIFY(p.has_value());
        QCOMPARE(p->bytes.size(), size_t(40));
        QVERIFY(parse(p->bytes, true).has_value());
    }

    void bareIpDevices()
    {
        // xfrm, ipip, tun: no link header.
        auto ip = partialPacket(6, kProtoTcp, 100, kTcpSyn);
        auto p = frame::ipPacket(ip, info(ARPHRD_NONE, ip.size(), TP_STATUS_CSUMNOTREADY));
        QVERIFY(p.has_value());
        QCOMPARE(p->bytes.data(), ip.data());
        QVERIFY(parse(p->bytes, true).has_value());
        // Complete checksums are left alone, and not marked trusted.
        auto full = partialPacket(4, kProtoUdp, 10);
        QVERIFY(gso::completeChecksum(full, 20, 6));
        const auto before = full;
        auto q = frame::ipPacket(full, info(ARPHRD_NONE, full.size()));
        QVERIFY(q.has_value());
        QVERIFY(!q->trusted);
        QVERIFY(std::equal(full.begin(), full.end(), before.begin()));
    }

    void vlanTags()
    {
        auto ip = partialPacket(4, kProtoUdp, 10);
        QVERIFY(gso::completeChecksum(ip, 20, 6));
        auto f = ethernet(ip);
        // Stripped by the device: the auxdata tells.
        QCOMPARE(frame::ipPacket(f, info(ARPHRD_ETHER, f.size(), TP_STATUS_VLAN_VALID, 100)).error(), Drop::VlanTagged);
        QVERIFY(frame::ipPacket(f, info(ARPHRD_ETHER, f.size(), TP_STATUS_VLAN_VALID, 0x6000)).has_value()); // priority only
        QVERIFY(frame::ipPacket(f, info(ARPHRD_ETHER, f.size(), 0, 100)).has_value()); // TCI without VLAN_VALID means nothing
        // In-band tags.
        auto tagged = ethernet(ip, {100});
        QCOMPARE(frame::ipPacket(tagged, info(ARPHRD_ETHER, tagged.size())).error(), Drop::VlanTagged);
        auto prio = ethernet(ip, {0x2000});
        auto p = frame::ipPacket(prio, info(ARPHRD_ETHER, prio.size()));
        QVERIFY(p.has_value());
        QCOMPARE(p->bytes.data(), prio.data() + 18);
        QVERIFY(parse(p->bytes, true).has_value());
        auto qinq = ethernet(ip, {0, 0});
        auto pq = frame::ipPacket(qinq, info(ARPHRD_ETHER, qinq.size()));
        QVERIFY(pq.has_value());
        QCOMPARE(pq->bytes.data(), qinq.data() + 22);
        // A refused frame's IP header, so its source decides whether it is a drop.
        QCOMPARE(frame::ipStart(f, info(ARPHRD_ETHER, f.size(), TP_STATUS_VLAN_VALID, 100)).data(), f.data() + 14);
        QCOMPARE(frame::ipStart(tagged, info(ARPHRD_ETHER, tagged.size())).data(), tagged.data() + 18);
        QCOMPARE(frame::ipStart(tagged, info(ARPHRD_ETHER, tagged.size())).size(), ip.size());
        auto deep = ethernet(ip, {0, 200});
        QCOMPARE(frame::ipPacket(deep, info(ARPHRD_ETHER, deep.size())).error(), Drop::VlanTagged);
        QCOMPARE(frame::ipStart(deep, info(ARPHRD_ETHER, deep.size())).data(), deep.data() + 22);
    }

    void refusals()
    {
        auto ip = partialPacket(4, kProtoTcp, 500);
        auto f = ethernet(ip);
        // The socket said the frame was longer than what the buffer got.
        QCOMPARE(frame::ipPacket(f, info(ARPHRD_ETHER, f.size() + 1)).error(), Drop::Truncated);
        std::vector<uint8_t> arp = f;
        arp[12] = 0x08;
        arp[13] = 0x06;
        QCOMPARE(frame::ipPacket(arp, info(ARPHRD_ETHER, arp.size())).error(), Drop::Unsupported);
        std::vector<uint8_t> shortFrame(10);
        QCOMPARE(frame::ipPacket(shortFrame, info(ARPHRD_ETHER, 10)).error(), Drop::Truncated);
        std::vector<uint8_t> tagOnly = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x81, 0x00, 0};
        QCOMPARE(frame::ipPacket(tagOnly, info(ARPHRD_ETHER, tagOnly.size())).error(), Drop::Truncated);
        std::vector<uint8_t> notIp = {0x00, 1, 2, 3};
        QCOMPARE(frame::ipPacket(notIp, info(ARPHRD_NONE, 4)).error(), Drop::Unsupported);
        // Whose they are: the IP header where there is one, else nothing.
        QCOMPARE(frame::ipStart(f, info(ARPHRD_ETHER, f.size() + 1)).data(), f.data() + 14);
        QVERIFY(frame::ipStart(arp, info(ARPHRD_ETHER, arp.size())).empty());
        QVERIFY(frame::ipStart(shortFrame, info(ARPHRD_ETHER, 10)).empty());
        QVERIFY(frame::ipStart(tagOnly, info(ARPHRD_ETHER, tagOnly.size())).empty());
        QVERIFY(frame::ipStart(notIp, info(ARPHRD_NONE, 4)).empty());
        std::vector<uint8_t> headerOnly(f.begin(), f.begin() + 14);
        QVERIFY(frame::ipStart(headerOnly, info(ARPHRD_ETHER, headerOnly.size())).empty());
        QCOMPARE(frame::ipStart(ip, info(ARPHRD_NONE, ip.size())).data(), ip.data());
    }
};

QTEST_GUILESS_MAIN(TestCaptureFrame)
#include "tst_capture_frame.moc"
