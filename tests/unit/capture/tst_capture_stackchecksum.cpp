// SPDX-License-Identifier: GPL-3.0-or-later
// lwIP's TCP checksum check against the system liblwip, with the capture's
// interposed lwip_standard_chksum: a segment whose checksum the capture did
// not compute itself (a real NIC's, AF_PACKET's, the TUN's without
// NEEDS_CSUM) is summed and checked by lwIP in full, so a corrupted one is
// dropped; a segment whose checksum the capture computed (the TUN's partial
// checksum completed) is not summed again, and the sum handed over instead
// gives lwIP the same verdict for it (lwIP takes it on trust: a corrupted
// segment flagged as computed passes, so it shows the segment was not
// summed). Both IPv4 and IPv6 SYNs to the stack's
// listener: a SYN-ACK comes back for a segment lwIP takes, nothing for one
// it drops.
#ifndef Q_MOC_RUN // moc cannot parse what the capture's headers include
#include "capture/checksum.h"
#include "capture/lwipstack.h"
#include "capture/packet.h"

// lwipopts.h declares the port's lock functions without C linkage guards.
extern "C" {
#include <lwip/pbuf.h>
#include <lwip/tcp.h>
}
#endif

#include <QTest>

#include <algorithm>
#include <cstring>
#include <thread>
#include <vector>

#include <dlfcn.h>

using namespace byway::capture;

// lwipstack.cpp's definition, which liblwip's tcp_write binds to.
extern "C" u16_t lwip_chksum_copy(void *dst, const void *src, u16_t len);

namespace {

class SynAcks final : public LwipStack::Hooks {
public:
    int count = 0;
    void onStackOutput(const pbuf *p) override
    {
        uint8_t h[64];
        const u16_t n = pbuf_copy_partial(p, h, sizeof h, 0);
        const size_t l4 = n >= 20 && h[0] >> 4 == 4 ? size_t(h[0] & 0x0f) * 4 : 40;
        if (n >= l4 + 14 && (h[l4 + 13] & 0x12) == 0x12)
            ++count;
    }
    int onAccept(tcp_pcb *pcb) override
    {
        tcp_abort(pcb);
        return ERR_ABRT;
    }
};

// A SYN from `src` port `port` to the stack's listener, checksums right.
std::vector<uint8_t> syn(const Endpoint &listener, const Addr &src, uint16_t port)
{
    const bool v4 = listener.addr.family == 4;
    const size_t ip = v4 ? 20 : 40, tcp = 24; // with an MSS option
    std::vector<uint8_t> b(ip + tcp);
    uint8_t *t = b.data() + ip;
    if (v4) {
        b[0] = 0x45;
        csum::store16(&b[2], uint16_t(b.size()));
        b[8] = 64;
        b[9] = kProtoTcp;
        std::memcpy(&b[12], src.b.data(), 4);
        std::memcpy(&b[16], listener.addr.b.data(), 4);
        csum::store16(&b[10], csum::finish(csum::add({b.data(), 20})));
    } else {
        b[0] = 0x60;
        csum::store16(&b[4], uint16_t(tcp));
        b[6] = kProtoTcp;
        b[7] = 64;
        std::memcpy(&b[8], src.b.data(), 16);
        std::memcpy(&b[24], listener.addr.b.data(), 16);
    }
    csum::store16(t, port);
    csum::store16(t + 2, listener.port);
    t[4] = 0x12, t[5] = 0x34; // sequence number
    t[12] = 6 << 4;           // data offset: 6 words
    t[13] = 0x02;             // SYN
    csum::store16(t + 14, 65535);
    t[20] = 2, t[21] = 4;
    csum::store16(t + 22, 1460);
    const size_t a = v4 ? 12 : 8, alen = v4 ? 4 : 16;
    const uint32_t pseudo = csum::pseudo({&b[a], alen}, {&b[a + alen], alen}, kProtoTcp, uint32_t(tcp));
    csum::store16(t + 16, csum::finish(csum::add({t, tcp}, pseudo)));
    return b;
}

} // namespace

class TestStackChecksum : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto s = LwipStack::create(&m_hooks, {});
        QVERIFY2(s.has_value(), s ? "" : s.error().toString().c_str());
        m_stack = std::move(*s);
    }

    void verdicts_data()
    {
        QTest::addColumn<int>("family");
        QTest::newRow("ipv4") << 4;
        QTest::newRow("ipv6") << 6;
    }

    void verdicts()
    {
        QFETCH(int, family);
        const Endpoint l = m_stack->listener(uint8_t(family));
        Addr src = l.addr; // a fake client beside the stack's own address
        src.b[family == 4 ? 3 : 15] = uint8_t(src.b[family == 4 ? 3 : 15] + 7);
        const size_t window = (family == 4 ? 20 : 40) + 14;
        CoreLock lock;
        const int before = m_hooks.count;

        // Right checksums: lwIP answers, summing it itself or not.
        auto good = syn(l, src, 40001);
        m_stack->input(good, false);
        QCOMPARE(m_hooks.count, before + 1);
        good = syn(l, src, 40002);
        m_stack->input(good, true);
        QCOMPARE(m_hooks.count, before + 2);

        // One bit flipped after the checksum, as on a bad wire: a packet the
        // capture did not compute the checksum of is dropped by lwIP's check
        // (right after a computed one: nothing of it is left over).
        auto bad = syn(l, src, 40003);
        bad[window] ^= 0x01;
        m_stack->input(bad, false);
        QCOMPARE(m_hooks.count, before + 2);
        // ... and its intact twin is taken.
        bad[window] ^= 0x01;
        m_stack->input(bad, false);
        QCOMPARE(m_hooks.count, before + 3);

        // Flagged as computed, lwIP does not sum the segment at all: even a
        // corrupted one passes (which is why only the TUN's completed
        // checksums are flagged, never a packet from a wire).
        bad = syn(l, src, 40004);
        bad[window] ^= 0x01;
        m_stack->input(bad, true);
        QCOMPARE(m_hooks.count, before + 4);
    }

    void copyUnsummedWhereAsked()
    {
        // tcp_write's checksum-on-copy (LWIP_CHKSUM_COPY), interposed like
        // lwip_standard_chksum: the library's result outside UnsummedCopy,
        // the copy alone (and 0) inside it, on this thread only.
        void *lib = dlopen("liblwip.so.0", RTLD_NOW | RTLD_NOLOAD);
        QVERIFY2(lib, "liblwip is linked");
        auto original = reinterpret_cast<u16_t (*)(void *, const void *, u16_t)>(dlsym(lib, "lwip_chksum_copy"));
        QVERIFY(original && reinterpret_cast<void *>(original) != reinterpret_cast<void *>(&lwip_chksum_copy));
        QCOMPARE(dlsym(RTLD_DEFAULT, "lwip_chksum_copy"), reinterpret_cast<void *>(&lwip_chksum_copy));
        std::vector<uint8_t> src(3001), a(3001), b(3001);
        for (size_t i = 0; i < src.size(); ++i)
            src[i] = uint8_t(i * 7 + 3);
        const u16_t sum = original(a.data(), src.data(), u16_t(src.size()));
        QVERIFY(sum != 0);
        QCOMPARE(lwip_chksum_copy(b.data(), src.data(), u16_t(src.size())), sum);
        QCOMPARE(b, src);
        std::fill(b.begin(), b.end(), 0);
        {
            const UnsummedCopy unsummed;
            QCOMPARE(lwip_chksum_copy(b.data(), src.data(), u16_t(src.size())), u16_t(0));
            QCOMPARE(b, src);
            u16_t elsewhere = 0;
            std::thread([&] { elsewhere = lwip_chksum_copy(a.data(), src.data(), u16_t(src.size())); }).join();
            QCOMPARE(elsewhere, sum);
        }
        QCOMPARE(lwip_chksum_copy(b.data(), src.data(), u16_t(src.size())), sum);
        dlclose(lib);
    }

    void cleanupTestCase() { m_stack.reset(); }

private:
    SynAcks m_hooks;
    std::unique_ptr<LwipStack> m_stack;
};

QTEST_GUILESS_MAIN(TestStackChecksum)
#include "tst_capture_stackchecksum.moc"
