// SPDX-License-Identifier: GPL-3.0-or-later
// Flow-table NAT rewrite and checksum math (RFC 1624 against a full
// recompute on random packets), TIME_WAIT non-reuse, parser bounds, SOCKS5.
#include "capture/checksum.h"
#include "capture/qt.h"
#include "capture/craft.h"
#include "capture/enginegroup.h"
#include "capture/exits.h"
#include "capture/filelimit.h"
#include "capture/flowtable.h"
#include "capture/icmp.h"
#include "capture/icmperror.h"
#include "capture/localaddrs.h"
#include "capture/packet.h"
#include "capture/socks5.h"
#include "capture/tun.h"
#include "capture/usertotals.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <vector>

#include <fcntl.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace byway::capture;

namespace {

struct TestFlow : Flow {
    const char *state() const override { return "test"; }
};

Endpoint ep4(uint32_t a, uint16_t port) { return Endpoint{Addr::v4(a), port}; }

Endpoint randomEp(QRandomGenerator &r, uint8_t family)
{
    Endpoint e;
    e.addr.family = family;
    for (size_t i = 0; i < e.addr.size(); ++i)
        e.addr.b[i] = uint8_t(r.bounded(256));
    e.port = uint16_t(r.bounded(1, 65536));
    return e;
}

// A valid TCP or UDP packet with random addresses, ports and payload.
std::vector<uint8_t> randomPacket(QRandomGenerator &r, uint8_t family, uint8_t proto)
{
    std::vector<uint8_t> payload(size_t(r.bounded(0, 1400)));
    for (auto &b : payload)
        b = uint8_t(r.bounded(256));
    std::vector<uint8_t> out(1600);
    const Endpoint s = randomEp(r, family), d = randomEp(r, family);
    size_t n = craft::udp(out, s, d, payload);
    if (proto == kProtoTcp) {
        // Turn the UDP packet into a TCP one with a fresh full checksum.
        const size_t hl = family == 4 ? 20 : 40;
        std::vector<uint8_t> t(hl + 20 + payload.size());
        std::memcpy(t.data(), out.data(), hl);
        t[family == 4 ? 9 : 6] = kProtoTcp;
        if (family == 4) {
            csum::store16(&t[2], uint16_t(t.size()));
            csum::store16(&t[10], 0);
            csum::store16(&t[10], csum::finish(csum::add({t.data(), 20})));
        } else {
            csum::store16(&t[4], uint16_t(20 + payload.size()));
        }
        uint8_t *th = t.data() + hl;
        csum::store16(th, s.port);
        csum::store16(th + 2, d.port);
        for (int i = 4; i < 12; ++i)
            th[i] = uint8_t(r.bounded(256));
        th[12] = 5 << 4;
        th[13] = kTcpAck;
        csum::store16(th + 14, 65535);
        if (!payload.empty())
            std::memcpy(th + 20, payload.data(), payload.size());
        csum::store16(th + 16, csum::finish(csum::add({th, 20 + payload.size()}, csum::pseudo(s.addr.bytes(), d.addr.bytes(), kProtoTcp, uint32_t(20 + payload.size())))));
        return t;
    }
    out.resize(n);
    return out;
}

} // namespace

class TestCapturePacket : public QObject {
    Q_OBJECT
private slots:
    void incrementalMatchesFullRecompute()
    {
        QRandomGenerator r(1624);
        for (int i = 0; i < 4000; ++i) {
            const uint8_t family = i % 2 ? 4 : 6;
            const uint8_t proto = i % 4 < 2 ? kProtoTcp : kProtoUdp;
            auto pkt = randomPacket(r, family, proto);
            auto p = parse(pkt, true);
            QVERIFY2(p.has_value(), "generated packet must parse with valid checksums");
            rewrite(*p, randomEp(r, family), randomEp(r, family));
            // After the incremental update every checksum verifies in full.
            auto again = parse(pkt, true);
            QVERIFY2(again.has_value(), again ? "" : parseErrorName(again.error()));
            QCOMPARE(again->src, p->src);
            QCOMPARE(again->dst, p->dst);
        }
    }

    void udpHeadersBeforePayloadInPlace()
    {
        // craft::udpBefore writes the same packet around a payload in place
        // as craft::udp does from a copy; too little room or a packet too
        // long for its IP header is refused, nothing written.
        QRandomGenerator r(2026);
        for (int i = 0; i < 200; ++i) {
            const uint8_t family = i % 2 ? 4 : 6;
            const Endpoint s = randomEp(r, family), d = randomEp(r, family);
            std::vector<uint8_t> payload(size_t(r.bounded(0, 2000)));
            for (auto &b : payload)
                b = uint8_t(r.bounded(256));
            const bool sum = i % 3 != 0;
            std::vector<uint8_t> copy(payload.size() + 64);
            const size_t n = craft::udp(copy, s, d, payload, sum);
            QVERIFY(n > 0);
            std::vector<uint8_t> place(64 + payload.size(), 0xee);
            std::ranges::copy(payload, place.begin() + 64);
            const size_t start = craft::udpBefore(place, 64, s, d, sum);
            QCOMPARE(start, size_t(64 - (family == 4 ? 28 : 48)));
            QVERIFY(std::equal(copy.begin(), copy.begin() + ptrdiff_t(n), place.begin() + ptrdiff_t(start), place.end()));
            if (sum)
                QVERIFY(parse(std::span<uint8_t>(place).subspan(start), true).has_value());
            std::vector<uint8_t> tight(payload.size() + 27, 0xee);
            QCOMPARE(craft::udpBefore(tight, 27, s, d), SIZE_MAX);
            QVERIFY(std::ranges::all_of(tight, [](uint8_t b) { return b == 0xee; }));
        }
        std::vector<uint8_t> huge(48 + 65536 - 27);
        QCOMPARE(craft::udpBefore(huge, 48, ep4(0x0a000001, 1), ep4(0x0a000002, 2)), SIZE_MAX);
        QVERIFY(craft::udpBefore(std::span<uint8_t>(huge).first(48 + 65507), 48, ep4(0x0a000001, 1), ep4(0x0a000002, 2)) != SIZE_MAX);
    }

    void rfc1624Example()
    {
        // RFC 1624 section 4: HC = 0xDD2F, m 0x5555 -> 0x3285 gives 0x0000.
        uint8_t hc[2] = {0xdd, 0x2f};
        csum::update16(hc, 0x5555, 0x3285);
        QCOMPARE(csum::load16(hc), uint16_t(0x0000));
    }

    void mappingRoundTrip()
    {
        FlowTable t({});
        auto f = std::make_unique<TestFlow>();
        f->key = FlowKey{kProtoTcp, ep4(0x0a090002, 40000), ep4(0x0a000201, 80)};
        auto in = t.insert(std::move(f), true, 0);
        QVERIFY(in.has_value());
        Flow *flow = *in;
        QVERIFY(flow->hasFake);
        QCOMPARE(t.findFake(flow->fake), flow);
        QCOMPARE(t.find(flow->key), flow);
        // The same client port towards another destination is another flow
        // with another fake endpoint (Linux reuses source ports).
        auto g = std::make_unique<TestFlow>();
        g->key = FlowKey{kProtoTcp, ep4(0x0a090002, 40000), ep4(0x0a000202, 80)};
        auto in2 = t.insert(std::move(g), true, 0);
        QVERIFY(in2.has_value());
        QVERIFY((*in2)->fake != flow->fake);
        QCOMPARE(t.size(), size_t(2));
    }

    void timeWaitNotReused()
    {
        FlowTable::Options o;
        o.fakeCount4 = 1;
        o.portCount = 2; // two fake endpoints in all
        o.quarantineMs = 120000;
        FlowTable t(o);
        auto make = [](uint16_t port) {
            auto f = std::make_unique<TestFlow>();
            f->key = FlowKey{kProtoTcp, ep4(0x0a090002, port), ep4(0x0a000201, 80)};
            return f;
        };
        Flow *a = *t.insert(make(1), true, 0);
        const Endpoint fa = a->fake;
        Flow *b = *t.insert(make(2), true, 0);
        const Endpoint fb = b->fake;
        QVERIFY(fa != fb);
        t.erase(a, 1000);
        // The only free endpoint is quarantined: refuse rather than reuse.
        auto c = t.insert(make(3), true, 2000);
        QVERIFY(!c.has_value());
        QCOMPARE(c.error(), InsertError::FakeExhausted);
        // After 2*MSL it may come back.
        auto d = t.insert(make(3), true, 1000 + 120000);
        QVERIFY(d.has_value());
        QCOMPARE((*d)->fake, fa);
    }

    void workerTablesPartition()
    {
        // Three workers: fake ports in disjoint slices, each found again by
        // arithmetic (lwIP's output and accepts), flow ids unique across them.
        EngineOptions o;
        std::vector<std::unique_ptr<FlowTable>> tables;
        for (int w = 0; w < 3; ++w)
            tables.push_back(std::make_unique<FlowTable>(workerTable(o, w, 3)));
        QSet<quint64> ids;
        for (uint16_t i = 0; i < 200; ++i) {
            const int w = i % 3;
            auto f = std::make_unique<TestFlow>();
            f->key = FlowKey{kProtoTcp, ep4(0x0a090002, uint16_t(1000 + i)), ep4(0x0a000201, 80)};
            Flow *in = *tables[size_t(w)]->insert(std::move(f), true, 0);
            QCOMPARE(workerOfFakePort(o.table, 3, in->fake.port), w);
            QCOMPARE(in->id % 3, quint64(w + 1) % 3);
            ids.insert(in->id);
        }
        QCOMPARE(ids.size(), 200);
        const auto last = workerTable(o, 2, 3);
        QVERIFY(uint32_t(last.portFirst) + last.portCount <= uint32_t(o.table.portFirst) + o.table.portCount);
        QCOMPARE(workerOfFakePort(o.table, 3, uint16_t(o.table.portFirst - 1)), -1);
        QCOMPARE(workerOfFakePort(o.table, 1, 65535), 0);
        // The bound stays global: every worker's table is told the capture's maxFlows.
        QCOMPARE(workerTable(o, 1, 3).maxFlows, o.maxFlows);
        // Workers: as configured, at most one per TUN queue; 0 = the CPUs we may use.
        QCOMPARE(resolveWorkers(3), 3);
        QCOMPARE(resolveWorkers(1000), kMaxTunQueues);
        cpu_set_t set;
        CPU_ZERO(&set);
        QCOMPARE(::sched_getaffinity(0, sizeof set, &set), 0);
        QCOMPARE(resolveWorkers(0), std::clamp(CPU_COUNT(&set), 1, kMaxTunQueues));
    }

    void flowLimit()
    {
        FlowTable::Options o;
        o.maxFlows = 3;
        FlowTable t(o);
        for (uint16_t i = 0; i < 3; ++i) {
            auto f = std::make_unique<TestFlow>();
            f->key = FlowKey{kProtoUdp, ep4(0x0a090002, uint16_t(1000 + i)), ep4(0x08080808, 53)};
            QVERIFY(t.insert(std::move(f), false, 0).has_value());
        }
        auto f = std::make_unique<TestFlow>();
        f->key = FlowKey{kProtoUdp, ep4(0x0a090002, 999), ep4(0x08080808, 53)};
        auto r = t.insert(std::move(f), false, 0);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error(), InsertError::FlowLimit);
    }

    // A full flow table leaves the rest of bywayd its files (EMFILE stalls
    // accepting clients and applying configs). In a child: limits are per process.
    void flowsFitTheFileLimit()
    {
        auto inChild = [](auto body) {
            const pid_t pid = ::fork();
            if (pid == 0)
                ::_exit(body());
            int status = 0;
            ::waitpid(pid, &status, 0);
            return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
        };
        // A hard limit of 1300: the bound is what fits beside the reserve, and the
        // flows' sockets stop half way into it. Exit codes say which check failed.
        const auto lowHardLimit = [] {
            const rlimit low{1300, 1300};
            if (::setrlimit(RLIMIT_NOFILE, &low) != 0)
                return 1;
            const int bound = fitFlowsToFileLimit(4096);
            if (bound >= 1300 - 1024 || bound < 1300 - 1024 - 64)
                return 2;
            if (fitFlowsToFileLimit(10) != 10)
                return 3;
            if (!leavesFileReserve(1300 - 513) || leavesFileReserve(1300 - 512))
                return 4;
            std::vector<int> held;
            for (int fd = ::open("/dev/null", O_RDONLY); fd >= 0 && fd < 1300 - 512; fd = ::open("/dev/null", O_RDONLY))
                held.push_back(fd);
            auto refused = openOutbound(std::nullopt, 0, AF_INET, SOCK_DGRAM);
            if (refused || refused.error().sysErrno != EMFILE)
                return 5;
            ::close(held.at(100));
            return openOutbound(std::nullopt, 0, AF_INET, SOCK_DGRAM) ? 0 : 6;
        };
        QCOMPARE(inChild(lowHardLimit), 0);
        // Room beneath the hard limit: the soft limit rises to fit the flows twice over.
        const auto roomBeneath = [] {
            rlimit rl{};
            ::getrlimit(RLIMIT_NOFILE, &rl);
            rl.rlim_cur = 1100;
            rl.rlim_max = std::max<rlim_t>(rl.rlim_max, 8192); // root may raise it
            if (::setrlimit(RLIMIT_NOFILE, &rl) != 0)
                return 1;
            if (fitFlowsToFileLimit(1000) != 1000)
                return 2;
            ::getrlimit(RLIMIT_NOFILE, &rl);
            return rl.rlim_cur >= 1024 + 2000 && rl.rlim_cur < 1024 + 2000 + 200 ? 0 : 3;
        };
        QCOMPARE(inChild(roomBeneath), 0);
    }

    void parserRejectsGarbage()
    {
        QRandomGenerator r(7);
        auto good = randomPacket(r, 4, kProtoTcp);
        // Every truncation of a valid packet is refused, never read past.
        for (size_t n = 0; n < good.size(); ++n) {
            std::vector<uint8_t> cut(good.begin(), good.begin() + long(n));
            QVERIFY(!parse(cut, true).has_value());
        }
        // Random garbage never crashes; almost all is refused.
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            std::vector<uint8_t> g(size_t(r.bounded(0, 120)));
            for (auto &b : g)
                b = uint8_t(r.bounded(256));
            if (!g.empty())
                g[0] = uint8_t((i % 2 ? 0x40 : 0x60) | (g[0] & 0x0f));
            accepted += parse(g, true).has_value() ? 1 : 0;
        }
        QVERIFY(accepted < 5);
        // Bad IP header checksum and fragments are named.
        auto bad = good;
        bad[10] ^= 0xff;
        QCOMPARE(parse(bad, false).error(), ParseError::BadChecksum);
        auto frag = randomPacket(r, 4, kProtoUdp);
        frag[6] |= 0x20; // MF
        csum::store16(&frag[10], 0);
        csum::store16(&frag[10], csum::finish(csum::add({frag.data(), 20})));
        QCOMPARE(parse(frag, false).error(), ParseError::Fragment);
        // A refused packet's source is still read where its fixed header is
        // all there (an AF_PACKET copy from a source in no pool is not a drop).
        QCOMPARE(sourceAddress(frag)->bytes().size(), size_t(4));
        QVERIFY(std::ranges::equal(sourceAddress(frag)->bytes(), std::span<const uint8_t>(&frag[12], 4)));
        QVERIFY(sourceAddress(good) == parse(good, false)->src.addr);
        QVERIFY(!sourceAddress(std::span<const uint8_t>(good).first(19)).has_value());
        auto six = randomPacket(r, 6, kProtoUdp);
        six[6] = 47; // GRE: refused, its source read
        QCOMPARE(parse(six, false).error(), ParseError::Unsupported);
        QCOMPARE(sourceAddress(six)->family, uint8_t(6));
        QVERIFY(std::ranges::equal(sourceAddress(six)->bytes(), std::span<const uint8_t>(&six[8], 16)));
        QVERIFY(!sourceAddress(std::span<const uint8_t>(six).first(39)).has_value());
        QVERIFY(destinationAddress(good) == parse(good, false)->dst.addr);
        QVERIFY(std::ranges::equal(destinationAddress(six)->bytes(), std::span<const uint8_t>(&six[24], 16)));
        QVERIFY(!destinationAddress(std::span<const uint8_t>(six).first(39)).has_value());
    }

    void icmpErrorsNameTheirFlow()
    {
        // A client's ICMP error quotes what the capture wrote to it (from
        // the server): the flow it names is the client's, both families.
        for (const uint8_t family : {uint8_t(4), uint8_t(6)}) {
            Endpoint server = ep4(0x0a000201, 53), client = ep4(0x0a090002, 40000), other = ep4(0x0a000202, 53);
            if (family == 6)
                for (Endpoint *e : {&server, &client, &other}) {
                    const Addr v4 = e->addr;
                    e->addr = Addr{};
                    e->addr.family = 6;
                    e->addr.b[0] = 0xfd;
                    std::copy(v4.b.begin(), v4.b.begin() + 4, e->addr.b.begin() + 12);
                }
            const uint8_t unreachable = family == 4 ? 3 : 1, portCode = family == 4 ? 3 : 4;
            const uint8_t exceeded = family == 4 ? 11 : 3, echo = family == 4 ? 8 : 128;
            // type, code, the quoted packet from `from` (cut to `quote` bytes).
            auto error = [&](uint8_t type, uint8_t code, const Endpoint &from, size_t quote = SIZE_MAX) {
                std::vector<uint8_t> late(200), out(400);
                const uint8_t payload[] = {'l', 'a', 't', 'e'};
                late.resize(std::min(craft::udp(late, from, client, payload), quote));
                std::vector<uint8_t> msg = {type, code, 0, 0, 0, 0, 0, 0};
                msg.insert(msg.end(), late.begin(), late.end());
                out.resize(craft::icmp(out, client.addr, server.addr, msg));
                auto p = parse(out, true);
                if (!p)
                    qFatal("the ICMP error did not parse");
                return icmpError(*p);
            };
            const auto gone = error(unreachable, portCode, server);
            QVERIFY(gone);
            QVERIFY(gone->flow == (FlowKey{kProtoUdp, client, server}));
            QVERIFY(gone->clientGone);
            const auto ttl = error(exceeded, 0, server);
            QVERIFY(ttl && ttl->flow == (FlowKey{kProtoUdp, client, server}) && !ttl->clientGone);
            // Minimal quotes: the IP header and the ports are enough, less is not.
            const size_t ip = family == 4 ? 20 : 40;
            QVERIFY(error(unreachable, portCode, server, ip + 4));
            QVERIFY(!error(unreachable, portCode, server, ip + 3));
            // A quote of a packet from elsewhere, and an echo request: none.
            QVERIFY(!error(unreachable, portCode, other));
            QVERIFY(!error(echo, 0, server));
        }
    }

    void unreachableQuotesTheOffendingPacket()
    {
        // From the packet's destination back to its source, a valid ICMP
        // checksum, the codes of each family, the quote RFC 792 / 4443 ask.
        QRandomGenerator r(7);
        for (const uint8_t family : {uint8_t(4), uint8_t(6)}) {
            std::vector<uint8_t> sent = randomPacket(r, family, kProtoUdp);
            auto o = parse(sent, false);
            QVERIFY(o);
            std::vector<uint8_t> out(1500);
            const size_t n = craft::unreachable(out, *o, craft::Unreachable::Host);
            QVERIFY(n > 0);
            auto p = parse({out.data(), n}, true);
            QVERIFY(p);
            QCOMPARE(p->src.addr, o->dst.addr);
            QCOMPARE(p->dst.addr, o->src.addr);
            QCOMPARE(p->icmpType, uint8_t(family == 4 ? 3 : 1));
            QCOMPARE(p->icmpCode, uint8_t(family == 4 ? 1 : 3));
            const size_t quote = family == 4 ? 28 : std::min<size_t>(o->len, 1232);
            QCOMPARE(p->l4len(), 8 + quote);
            QVERIFY(std::equal(out.begin() + std::ptrdiff_t(p->l4off + 8), out.begin() + std::ptrdiff_t(n), sent.begin()));
            QVERIFY(n <= 1280);
        }
    }

    void localAddresses()
    {
        Addr own = Addr::v4(0x0a4d0001), other = Addr::v4(0x0a4d0002), six;
        six.family = 6;
        six.b = {0xfd, 0x77, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
        const LocalAddresses local({other, own, six, own});
        QCOMPARE(local.size(), size_t(3));
        QVERIFY(local.kernelsOwn(own) && local.kernelsOwn(six) && local.kernelsOwn(other));
        QVERIFY(!local.kernelsOwn(Addr::v4(0x0a4d0003)));
        Addr sixOther = six;
        sixOther.b[15] = 2;
        QVERIFY(!local.kernelsOwn(sixOther));
        // Multicast and broadcast, whatever the addresses.
        const LocalAddresses none;
        QVERIFY(none.kernelsOwn(Addr::v4(0xe00000fb))); // 224.0.0.251
        QVERIFY(none.kernelsOwn(Addr::v4(0xefffffff)));
        QVERIFY(none.kernelsOwn(Addr::v4(0xffffffff)));
        QVERIFY(!none.kernelsOwn(Addr::v4(0xdfffffff)));
        QVERIFY(!none.kernelsOwn(Addr::v4(0xf0000000)));
        Addr group;
        group.family = 6;
        group.b = {0xff, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0xff, 0, 0, 1}; // solicited-node
        QVERIFY(none.kernelsOwn(group));
        QVERIFY(!none.kernelsOwn(six));
        // Read from the kernel: loopback is in every namespace.
        const LocalAddresses here = LocalAddresses::read();
        QVERIFY(here.kernelsOwn(Addr::v4(0x7f000001)));
    }

    void resetAnswersSyn()
    {
        QRandomGenerator r(3);
        auto pkt = randomPacket(r, 4, kProtoTcp);
        auto p = parse(pkt, true);
        QVERIFY(p.has_value());
        p->tcpFlags = kTcpSyn;
        uint8_t out[80];
        const size_t n = craft::tcpReset(out, *p);
        QVERIFY(n == 40);
        auto rst = parse({out, n}, true);
        QVERIFY(rst.has_value());
        QCOMPARE(rst->src, p->dst);
        QCOMPARE(rst->tcpFlags, uint8_t(kTcpRst | kTcpAck));
        QCOMPARE(rst->tcpAck, p->tcpSeq + uint32_t(p->payloadLen()) + 1);
    }

    void socks5UserPass()
    {
        Socks5Handshake h("u", "pw", ep4(0x0a000201, 443));
        QCOMPARE(h.takeOutput(), (std::vector<uint8_t>{5, 2, 0, 2}));
        const uint8_t sel[] = {5, 2};
        QCOMPARE(h.feed(sel), Socks5Handshake::Step::Continue);
        QCOMPARE(h.takeOutput(), (std::vector<uint8_t>{1, 1, 'u', 2, 'p', 'w'}));
        const uint8_t ok[] = {1, 0};
        QCOMPARE(h.feed(ok), Socks5Handshake::Step::Continue);
        QCOMPARE(h.takeOutput(), (std::vector<uint8_t>{5, 1, 0, 1, 10, 0, 2, 1, 1, 187}));
        QCOMPARE(h.wantBytes(), size_t(5));
        const uint8_t head[] = {5, 0, 0, 1, 1};
        QCOMPARE(h.feed(head), Socks5Handshake::Step::Continue);
        QCOMPARE(h.wantBytes(), size_t(5));
        const uint8_t tail[] = {2, 3, 4, 0, 80};
        QCOMPARE(h.feed(tail), Socks5Handshake::Step::Done);
        Socks5Handshake refused({}, {}, ep4(1, 1));
        (void)refused.takeOutput();
        const uint8_t noMethod[] = {5, 0xff};
        QCOMPARE(refused.feed(noMethod), Socks5Handshake::Step::Failed);
    }

    void rpsMaskFormat()
    {
        // As the kernel's rps_cpus shows and takes it: hex, 32 CPUs a group,
        // highest group first, every group after the first eight digits.
        QCOMPARE(cpuMask({0, 1}), std::string("3"));
        QCOMPARE(cpuMask({1, 3}), std::string("a"));
        QCOMPARE(cpuMask({0, 33}), std::string("2,00000001"));
        std::vector<int> many(40);
        std::iota(many.begin(), many.end(), 0);
        QCOMPARE(cpuMask(many), std::string("ff,ffffffff"));
        QCOMPARE(cpuMask({64}), std::string("1,00000000,00000000"));
    }

    void rpsQueuesAllOrNone()
    {
        // steerQueues over a queues/ directory: every rx-*/rps_cpus gets the
        // mask; when one refuses (here a directory where the file should
        // be), those written before it get back what they had, and the
        // error names the one that refused.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir q(dir.path());
        auto put = [&](const QString &rel, const QByteArray &v) {
            QFile f(q.filePath(rel));
            return f.open(QIODevice::WriteOnly) && f.write(v) == v.size();
        };
        auto get = [&](const QString &rel) {
            QFile f(q.filePath(rel));
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
        };
        for (const char *rx : {"rx-0", "rx-1", "rx-2"})
            QVERIFY(q.mkdir(QLatin1String(rx)));
        QVERIFY(put(QStringLiteral("rx-0/rps_cpus"), "0\n"));
        QVERIFY(put(QStringLiteral("rx-1/rps_cpus"), "4\n"));
        QVERIFY(q.mkdir(QStringLiteral("rx-2/rps_cpus")));
        const auto refused = steerQueues(q.path().toStdString(), "3");
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, FaultKind::Kernel);
        QVERIFY2(refused.error().message.find("rx-2/rps_cpus") != std::string::npos, refused.error().message.c_str());
        QCOMPARE(get(QStringLiteral("rx-0/rps_cpus")), QByteArray("0"));
        QCOMPARE(get(QStringLiteral("rx-1/rps_cpus")), QByteArray("4"));

        QVERIFY(q.rmdir(QStringLiteral("rx-2/rps_cpus")));
        QVERIFY(put(QStringLiteral("rx-2/rps_cpus"), "0\n"));
        QVERIFY(steerQueues(q.path().toStdString(), "3").has_value());
        for (const char *rx : {"rx-0", "rx-1", "rx-2"})
            QCOMPARE(get(QLatin1String(rx) + QStringLiteral("/rps_cpus")), QByteArray("3"));
        QVERIFY(!steerQueues(q.filePath(QStringLiteral("none")).toStdString(), "3"));
    }

    void socks5UdpAssociate()
    {
        // The request names where our datagrams come from; the reply the relay.
        Socks5Handshake h("u", "pw", ep4(0x0a000202, 40000),
                          Socks5Handshake::Command::UdpAssociate);
        (void)h.takeOutput();
        const uint8_t sel[] = {5, 2};
        QCOMPARE(h.feed(sel), Socks5Handshake::Step::Continue);
        (void)h.takeOutput();
        const uint8_t ok[] = {1, 0};
        QCOMPARE(h.feed(ok), Socks5Handshake::Step::Continue);
        QCOMPARE(h.takeOutput(), (std::vector<uint8_t>{5, 3, 0, 1, 10, 0, 2, 2, 0x9c, 0x40}));
        const uint8_t head[] = {5, 0, 0, 1, 10};
        QCOMPARE(h.feed(head), Socks5Handshake::Step::Continue);
        const uint8_t tail[] = {0, 2, 1, 0x04, 0x38}; // 10.0.2.1:1080
        QCOMPARE(h.feed(tail), Socks5Handshake::Step::Done);
        QVERIFY(h.bound().has_value());
        QCOMPARE(*h.bound(), ep4(0x0a000201, 1080));

        // IPv6 relay; a refused association names the command.
        Socks5Handshake h6({}, {}, ep4(0, 0), Socks5Handshake::Command::UdpAssociate);
        (void)h6.takeOutput();
        const uint8_t none[] = {5, 0};
        QCOMPARE(h6.feed(none), Socks5Handshake::Step::Continue);
        QCOMPARE(h6.takeOutput()[1], uint8_t(3));
        std::vector<uint8_t> reply6 = {5, 0, 0, 4, 0x20};
        QCOMPARE(h6.feed(reply6), Socks5Handshake::Step::Continue);
        std::vector<uint8_t> rest6 = {0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0x13, 0x88};
        QCOMPARE(h6.feed(rest6), Socks5Handshake::Step::Done);
        QCOMPARE(h6.bound()->addr.family, uint8_t(6));
        QCOMPARE(h6.bound()->port, uint16_t(5000));
        QCOMPARE(h6.bound()->addr.b[15], uint8_t(7));
        Socks5Handshake refused({}, {}, ep4(0, 0), Socks5Handshake::Command::UdpAssociate);
        (void)refused.takeOutput();
        QCOMPARE(refused.feed(none), Socks5Handshake::Step::Continue);
        const uint8_t denied[] = {5, 2, 0, 1, 0};
        QCOMPARE(refused.feed(denied), Socks5Handshake::Step::Failed);
        QVERIFY(refused.error().find("UDP ASSOCIATE") != std::string::npos);
    }

    void socks5DatagramFraming()
    {
        const uint8_t payload[] = {'q', 'u', 'e', 'r', 'y'};
        uint8_t buf[64];
        const Endpoint dst = ep4(0x08080808, 53);
        const size_t n = socks5::encapsulate(buf, dst, payload);
        QCOMPARE(n, size_t(10 + 5));
        QCOMPARE((std::vector<uint8_t>(buf, buf + 10)), (std::vector<uint8_t>{0, 0, 0, 1, 8, 8, 8, 8, 0, 53}));
        auto d = socks5::decapsulate({buf, n});
        QVERIFY(d.has_value());
        QCOMPARE(d->source, dst);
        QCOMPARE(d->payload.size(), size_t(5));
        QCOMPARE(d->payload[0], uint8_t('q'));
        // Fragments, host names and short headers are refused, never read past.
        buf[2] = 1;
        QVERIFY(!socks5::decapsulate({buf, n}).has_value());
        buf[2] = 0;
        buf[3] = 3;
        QVERIFY(!socks5::decapsulate({buf, n}).has_value());
        buf[3] = 4; // IPv6 needs 22 header bytes
        for (size_t len = 0; len < 22; ++len)
            QVERIFY(!socks5::decapsulate({buf, len}).has_value());
        uint8_t small[12];
        QCOMPARE(socks5::encapsulate(small, dst, payload), size_t(0));
    }

    void userCountersOutliveFlows()
    {
        UserTotals users(8);
        // Two workers' tables: live flows are summed over both.
        FlowTable t({}), t2({});
        const FlowTable *const tables[] = {&t, &t2};
        auto add = [&](const std::string &user, uint16_t port, const std::string &exit = {}) {
            auto f = std::make_unique<TestFlow>();
            f->key = FlowKey{kProtoTcp, ep4(0x0a090002, port), ep4(0x0a000201, 80)};
            f->user = user;
            f->exit = exit;
            Flow *raw = *(port % 2 ? t : t2).insert(std::move(f), true, 0);
            users.flowStarted(*raw, 0);
            return raw;
        };
        Flow *a1 = add("alice", 1, "wan2");
        Flow *a2 = add("alice", 2);
        a1->bytesDown = 1000;
        a1->bytesUp = 10;
        a1->packets = 5;
        a2->bytesDown = 7;
        users.drop("alice", 0);
        t.erase(a1, 1); // ended: its bytes stay with alice
        const QJsonObject alice = toQt(UserTotals::toJson(users.users(tables))).at(0).toObject();
        QCOMPARE(alice.value(u"user").toString(), QStringLiteral("alice"));
        QCOMPARE(alice.value(u"flows").toInteger(), 1);
        QCOMPARE(alice.value(u"flowsCreated").toInteger(), 2);
        QCOMPARE(alice.value(u"bytesIn").toInteger(), 1007); // ended + live
        QCOMPARE(alice.value(u"bytesOut").toInteger(), 10);
        QCOMPARE(alice.value(u"packets").toInteger(), 5);
        QCOMPARE(alice.value(u"drops").toInteger(), 1);
        // The same per exit (for /metrics): "" is the main table.
        const auto exits = users.exits(tables);
        QCOMPARE(exits.size(), size_t(2));
        QCOMPARE(exits[0].user, std::string());
        QCOMPARE(exits[0].openFlows, 1);
        QCOMPARE(exits[0].bytesIn, uint64_t(7)); // live
        QCOMPARE(exits[1].user, std::string("wan2"));
        QCOMPARE(exits[1].openFlows, 0);
        QCOMPARE(exits[1].flowsCreated, uint64_t(1));
        QCOMPARE(exits[1].bytesIn, uint64_t(1000)); // ended
        QCOMPARE(exits[1].bytesOut, uint64_t(10));
        QCOMPARE(users.users(tables).size(), size_t(1));

        // Bounded: users without open flows are forgotten, oldest first;
        // alice (one open flow) stays whatever her age.
        for (int i = 0; i < 100; ++i)
            users.drop("pool/10.9.0." + std::to_string(i), 10 + i);
        QVERIFY(users.size() <= 8);
        bool aliceThere = false, newestThere = false;
        for (const auto &v : toQt(UserTotals::toJson(users.users(tables)))) {
            aliceThere = aliceThere || v.toObject().value(u"user").toString() == QStringLiteral("alice");
            newestThere = newestThere || v.toObject().value(u"user").toString() == QStringLiteral("pool/10.9.0.99");
        }
        QVERIFY(aliceThere);
        QVERIFY(newestThere);
        t.erase(a2, 2);
    }
};

QTEST_GUILESS_MAIN(TestCapturePacket)
#include "tst_capture_packet.moc"
