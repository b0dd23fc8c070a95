// SPDX-License-Identifier: GPL-3.0-or-later
// A worker's inbox (packets of its flows that another worker's TUN queue
// received) against the real EngineGroup, lwIP included: bounded (the
// packet beyond the bound is counted as inbox_full and dropped at once, the
// caller never waits), and drained in order by the owner's thread once it
// runs. The workers read two SOCK_SEQPACKET sockets in place of TUN queues
// (a packet per read, as a TUN queue gives); unit tests have no root for a
// TUN. The lab test (tests/lab/test_capture_handover.py) makes the kernel
// put a flow's packets on another worker's queue and checks the bytes.
#ifndef Q_MOC_RUN // moc cannot parse what the capture's headers include
#include "capture/craft.h"
#include "capture/enginegroup.h"
#endif

#include <QTest>

#include <sys/socket.h>

using namespace byway::capture;

namespace {

// A UDP packet from an address no user has: handled, it counts unknown_source.
std::vector<uint8_t> strayPacket(uint16_t port)
{
    std::vector<uint8_t> buf(1500);
    const uint8_t payload[100] = {};
    const size_t n = craft::udp(buf, Endpoint{Addr::v4(0xc0000201), port}, Endpoint{Addr::v4(0xc6336401), 53},
                                payload);
    buf.resize(n);
    return buf;
}

} // namespace

class TestCaptureInbox : public QObject
{
    Q_OBJECT

private slots:
    void boundedThenDrained()
    {
        EngineOptions o;
        o.workers = 2;
        std::vector<Fd> queues, peers;
        for (int i = 0; i < 2; ++i) {
            int sv[2];
            QCOMPARE(::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, sv), 0);
            queues.emplace_back(sv[0]);
            peers.emplace_back(sv[1]);
        }
        EngineGroup g(o);
        auto r = g.init(std::move(queues), false);
        QVERIFY2(r.has_value(), r ? "" : r.error().toString().c_str());
        QCOMPARE(g.workers(), 2);
        const auto packet = strayPacket(4000);
        QVERIFY(!packet.empty());
        const uint64_t bound = 1024;
        {
            // Worker 1 has its packets for worker 0, which is not running: the
            // inbox fills up to its bound, then refuses without waiting.
            CoreLock lock;
            for (uint64_t i = 0; i < bound; ++i)
                g.worker(0).handOver(0, packet);
            QCOMPARE(g.worker(0).handedOver(), bound);
            QCOMPARE(g.stats().dropped(Drop::InboxFull), uint64_t(0));
            g.worker(0).handOver(0, packet);
            g.worker(0).handOver(0, packet);
            QCOMPARE(g.worker(0).handedOver(), bound);
            QCOMPARE(g.stats().dropped(Drop::InboxFull), uint64_t(2));
            QCOMPARE(g.worker(1).handedOver(), uint64_t(0));
        }
        // Worker 0 runs: every packet of its inbox is handled there (and, as
        // handed, not counted in again), and its inbox takes packets again.
        g.start();
        QTRY_COMPARE_WITH_TIMEOUT(g.stats().dropped(Drop::UnknownSource), bound, 10000);
        QCOMPARE(g.stats().packetsIn.load(), uint64_t(0));
        // A packet on worker 1's own queue is its own (and counted in).
        QCOMPARE(::send(peers[1].get(), packet.data(), packet.size(), 0), ssize_t(packet.size()));
        QTRY_COMPARE_WITH_TIMEOUT(g.stats().dropped(Drop::UnknownSource), bound + 1, 10000);
        {
            CoreLock lock;
            QCOMPARE(g.worker(1).packetsIn(), uint64_t(1));
            QCOMPARE(g.worker(0).packetsIn(), uint64_t(0));
            g.worker(0).handOver(0, packet);
            QCOMPARE(g.worker(0).handedOver(), bound + 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(g.stats().dropped(Drop::UnknownSource), bound + 2, 10000);
        QCOMPARE(g.stats().dropped(Drop::InboxFull), uint64_t(2));
        g.stop();
    }
};

QTEST_GUILESS_MAIN(TestCaptureInbox)
#include "tst_capture_inbox.moc"
