// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's AF_PACKET socket filter (sourcefilter.h) run by the real
// kernel. ctest runs this under `unshare --net`: frames are sent through a
// packet socket on the namespace's own loopback, which shows each twice to
// a reader bound there, once leaving (PACKET_OUTGOING) and once coming
// back in, so both halves of the program are exercised on any source and
// protocol: what leaves never comes up, IP from a source in no pool never
// comes up, the rest comes up once.
#ifndef Q_MOC_RUN // moc cannot parse what the capture's headers include
#include "capture/exits.h"
#include "capture/fd.h"
#include "capture/sourcefilter.h"
#endif

#include <QTest>

#include <cstring>
#include <set>
#include <vector>

#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

using namespace byway;
using namespace byway::capture;

namespace {

int loopbackUp()
{
    Fd s(::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    ifreq ifr{};
    std::strncpy(ifr.ifr_name, "lo", IFNAMSIZ - 1);
    if (!s || ::ioctl(s.get(), SIOCGIFFLAGS, &ifr) < 0)
        return -1;
    ifr.ifr_flags = short(ifr.ifr_flags | IFF_UP);
    if (::ioctl(s.get(), SIOCSIFFLAGS, &ifr) < 0 || ::ioctl(s.get(), SIOCGIFINDEX, &ifr) < 0)
        return -1;
    return ifr.ifr_ifindex;
}

Fd packetSocket(int ifindex)
{
    Fd s(::socket(AF_PACKET, SOCK_RAW | SOCK_NONBLOCK | SOCK_CLOEXEC, htons(ETH_P_ALL)));
    sockaddr_ll sll{};
    sll.sll_family = AF_PACKET;
    sll.sll_protocol = htons(ETH_P_ALL);
    sll.sll_ifindex = ifindex;
    if (s && ::bind(s.get(), reinterpret_cast<sockaddr *>(&sll), sizeof sll) < 0)
        s.reset();
    return s;
}

// An Ethernet frame (to lo's all-zero MAC: PACKET_HOST coming back) with
// an IPv4 or IPv6 header from `source` (to the loopback address unless
// `destination`), or an ARP-typed one; `id` ends it.
std::vector<uint8_t> frame(const QString &source, uint8_t proto, uint32_t id, uint16_t type = 0,
                           const QString &destination = {})
{
    std::vector<uint8_t> f(14, 0);
    const QHostAddress a(source);
    const bool v6 = a.protocol() == QAbstractSocket::IPv6Protocol;
    if (!type)
        type = v6 ? ETH_P_IPV6 : ETH_P_IP;
    f[12] = uint8_t(type >> 8);
    f[13] = uint8_t(type);
    std::vector<uint8_t> ip(v6 ? 40 : 20, 0);
    const size_t total = ip.size() + 8;
    if (v6) {
        ip[0] = 0x60;
        ip[5] = 8;
        ip[6] = proto;
        ip[7] = 64;
        const Q_IPV6ADDR s = a.toIPv6Address();
        std::memcpy(&ip[8], s.c, 16);
        ip[39] = 1; // ::1
        if (!destination.isEmpty())
            std::memcpy(&ip[24], QHostAddress(destination).toIPv6Address().c, 16);
    } else {
        ip[0] = 0x45;
        ip[2] = uint8_t(total >> 8);
        ip[3] = uint8_t(total);
        ip[8] = 64;
        ip[9] = proto;
        const quint32 s = a.toIPv4Address();
        for (int i = 0; i < 4; ++i)
            ip[12 + size_t(i)] = uint8_t(s >> (24 - 8 * i));
        const quint32 d = destination.isEmpty() ? 0x7f000001 : QHostAddress(destination).toIPv4Address();
        for (int i = 0; i < 4; ++i)
            ip[16 + size_t(i)] = uint8_t(d >> (24 - 8 * i));
    }
    f.insert(f.end(), ip.begin(), ip.end());
    for (int i = 0; i < 4; ++i)
        f.push_back(0);
    for (int i = 0; i < 4; ++i)
        f.push_back(uint8_t(id >> (24 - 8 * i)));
    return f;
}

struct Seen {
    std::multiset<uint32_t> in, out;
};

// Sends each frame through `tx`, then reads what `rx` was shown, by id.
Seen exchange(int tx, int rx, int ifindex, const std::vector<std::vector<uint8_t>> &frames)
{
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_ifindex = ifindex;
    to.sll_halen = 6;
    for (const auto &f : frames)
        if (::sendto(tx, f.data(), f.size(), 0, reinterpret_cast<sockaddr *>(&to), sizeof to) != ssize_t(f.size()))
            qFatal("send on lo: %s", strerror(errno));
    Seen seen;
    pollfd p{rx, POLLIN, 0};
    while (::poll(&p, 1, 300) > 0) {
        uint8_t buf[256];
        sockaddr_ll from{};
        socklen_t len = sizeof from;
        const ssize_t r = ::recvfrom(rx, buf, sizeof buf, 0, reinterpret_cast<sockaddr *>(&from), &len);
        if (r < 4)
            continue;
        const uint32_t id = uint32_t(buf[r - 4]) << 24 | uint32_t(buf[r - 3]) << 16 | uint32_t(buf[r - 2]) << 8 | buf[r - 1];
        (from.sll_pkttype == PACKET_OUTGOING ? seen.out : seen.in).insert(id);
    }
    return seen;
}

Addr addr(const char *text)
{
    const QHostAddress a(QString::fromLatin1(text));
    Addr r;
    if (a.protocol() == QAbstractSocket::IPv6Protocol) {
        r.family = 6;
        std::memcpy(r.b.data(), a.toIPv6Address().c, 16);
    } else {
        r = Addr::v4(a.toIPv4Address());
    }
    return r;
}

Fd filtered(int ifindex, const SourceFilter &f)
{
    Fd s = packetSocket(ifindex);
    sock_fprog prog{uint16_t(f.code.size()), const_cast<sock_filter *>(f.code.data())};
    if (s && ::setsockopt(s.get(), SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) < 0)
        qFatal("SO_ATTACH_FILTER: %s", strerror(errno));
    return s;
}

PoolSpec pool(const char *name, const char *subnet)
{
    PoolSpec p;
    p.name = name;
    p.subnet = *PrefixSpec::parse(subnet);
    return p;
}

} // namespace

class TestSourceFilter : public QObject {
    Q_OBJECT

    int m_lo = -1;

private slots:
    void initTestCase()
    {
        m_lo = loopbackUp();
        if (m_lo < 0 && qEnvironmentVariableIsSet("CI"))
            QFAIL("no loopback to bring up in this namespace (root and unshare --net needed)");
        if (m_lo < 0)
            QSKIP("needs root in a network namespace of its own");
    }

    void poolsAndSessions()
    {
        Users users;
        users.configure({pool("v4", "10.77.0.0/24"), pool("v6", "fd77::/64"), pool("odd", "2001:db8:e000::/35")}, {});
        users.setSession(*Addr::parse("10.77.0.9"), "in-pool", {});
        users.setSession(*Addr::parse("192.0.2.7"), "outside", {});
        users.setSession(*Addr::parse("2001:db8:1::5"), "outside6", {});
        const auto prefixes = users.sourcePrefixes();
        // The session inside a pool adds nothing; the two outside, a host each.
        QCOMPARE(prefixes.size(), size_t(5));
        const SourceFilter f = sourceFilter(prefixes);
        QVERIFY(f.bySource);

        Fd rx = packetSocket(m_lo), tx = packetSocket(m_lo);
        QVERIFY(rx && tx);
        sock_fprog prog{uint16_t(f.code.size()), const_cast<sock_filter *>(f.code.data())};
        QVERIFY2(::setsockopt(rx.get(), SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) == 0, strerror(errno));
        exchange(tx.get(), rx.get(), m_lo, {}); // what came before the filter

        struct Case {
            const char *source;
            uint8_t proto;
            bool comesUp;
            uint16_t type = 0;
        };
        const std::vector<Case> cases = {
            {"10.77.0.2", 17, true},      {"10.77.0.255", 47, true},   {"10.77.1.2", 17, false},
            {"10.76.0.2", 6, false},      {"192.0.2.7", 17, true},     {"192.0.2.8", 17, false},
            {"fd77::2", 17, true},        {"fd77::1:2", 6, true},      {"fd78::2", 17, false},
            {"fe80::1", 58, false},       {"2001:db8:e000::1", 17, true}, {"2001:db8:ffff::1", 17, true},
            {"2001:db8:c000::1", 17, false}, {"2001:db8:1::5", 17, true}, {"2001:db8:1::6", 17, false},
            {"10.80.0.2", 0, true, ETH_P_ARP}, // not IP: the reader sorts it
        };
        std::vector<std::vector<uint8_t>> frames;
        for (size_t i = 0; i < cases.size(); ++i)
            frames.push_back(frame(QString::fromLatin1(cases[i].source), cases[i].proto, uint32_t(i), cases[i].type));
        const Seen seen = exchange(tx.get(), rx.get(), m_lo, frames);
        QVERIFY2(seen.out.empty(), "a frame leaving came up");
        for (size_t i = 0; i < cases.size(); ++i)
            QVERIFY2(seen.in.count(uint32_t(i)) == (cases[i].comesUp ? 1u : 0u), cases[i].source);

        // Without the filter the same frames all come up, twice (the
        // namespace and the sending path are as above).
        Fd plain = packetSocket(m_lo);
        const Seen all = exchange(tx.get(), plain.get(), m_lo, frames);
        QCOMPARE(all.in.size(), cases.size());
        QCOMPARE(all.out.size(), cases.size());
    }

    void routersOwnDestinations()
    {
        // Pooled clients' packets to the router itself (its addresses, its
        // subnet's broadcast, multicast, the limited broadcast) stay in the
        // kernel; to anywhere else they come up.
        const std::vector<SourcePrefix> prefixes = {{addr("10.77.0.0"), 24}, {addr("fd77::"), 64}};
        const std::vector<Addr> local = {addr("10.77.0.1"), addr("10.77.0.255"), addr("192.0.2.1"), addr("fd77::1"),
                                         addr("fe80::1")};
        const SourceFilter f = sourceFilter(prefixes, local);
        QVERIFY(f.bySource && f.byDestination);
        Fd rx = filtered(m_lo, f), tx = packetSocket(m_lo);
        QVERIFY(rx && tx);
        exchange(tx.get(), rx.get(), m_lo, {});
        struct Case {
            const char *source, *destination;
            bool comesUp;
        };
        const std::vector<Case> cases = {
            {"10.77.0.2", "10.77.0.1", false},  {"10.77.0.2", "192.0.2.1", false}, {"10.77.0.2", "10.77.0.255", false},
            {"10.77.0.2", "224.0.0.251", false}, {"10.77.0.2", "239.1.2.3", false}, {"10.77.0.2", "255.255.255.255", false},
            {"10.77.0.2", "192.0.2.2", true},   {"10.77.0.2", "10.77.0.3", true},  {"10.77.0.2", "240.0.0.1", true},
            {"10.78.0.2", "192.0.2.2", false},  {"fd77::2", "fd77::1", false},     {"fd77::2", "fe80::1", false},
            {"fd77::2", "ff02::1", false},      {"fd77::2", "ff05::1:3", false},   {"fd77::2", "fd77::3", true},
            {"fd77::2", "2001:db8::1", true},   {"fd77::2", "fe80::2", true},      {"fd78::2", "2001:db8::1", false},
        };
        std::vector<std::vector<uint8_t>> frames;
        for (size_t i = 0; i < cases.size(); ++i)
            frames.push_back(frame(QString::fromLatin1(cases[i].source), 17, uint32_t(i), 0,
                                   QString::fromLatin1(cases[i].destination)));
        const Seen seen = exchange(tx.get(), rx.get(), m_lo, frames);
        QVERIFY(seen.out.empty());
        for (size_t i = 0; i < cases.size(); ++i)
            QVERIFY2(seen.in.count(uint32_t(i)) == (cases[i].comesUp ? 1u : 0u),
                     qPrintable(QStringLiteral("%1 -> %2").arg(QLatin1String(cases[i].source), QLatin1String(cases[i].destination))));

        // More addresses than one program holds beside the sources: the
        // sources still filtered, packets to the router come up to be sorted.
        std::vector<Addr> many;
        for (int i = 0; i < 600; ++i) {
            Addr a = addr("fd99::");
            a.b[14] = uint8_t(i >> 8);
            a.b[15] = uint8_t(i);
            many.push_back(a);
        }
        const SourceFilter big = sourceFilter(prefixes, many);
        QVERIFY(big.bySource);
        QVERIFY(!big.byDestination);
        Fd rx2 = filtered(m_lo, big);
        exchange(tx.get(), rx2.get(), m_lo, {});
        const Seen seen2 = exchange(tx.get(), rx2.get(), m_lo,
                                    {frame(QStringLiteral("fd77::2"), 17, 1, 0, QStringLiteral("fd99::5")),
                                     frame(QStringLiteral("10.78.0.2"), 17, 2, 0, QStringLiteral("10.77.0.1"))});
        QCOMPARE(seen2.in, (std::multiset<uint32_t>{1}));
    }

    void noPrefixesNoIp()
    {
        const SourceFilter f = sourceFilter({});
        QVERIFY(f.bySource);
        Fd rx = packetSocket(m_lo), tx = packetSocket(m_lo);
        sock_fprog prog{uint16_t(f.code.size()), const_cast<sock_filter *>(f.code.data())};
        QVERIFY(::setsockopt(rx.get(), SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) == 0);
        exchange(tx.get(), rx.get(), m_lo, {});
        const Seen seen = exchange(tx.get(), rx.get(), m_lo,
                                   {frame(QStringLiteral("10.0.0.1"), 17, 1), frame(QStringLiteral("fd00::1"), 17, 2),
                                    frame(QStringLiteral("10.0.0.1"), 0, 3, ETH_P_ARP)});
        QCOMPARE(seen.in, (std::multiset<uint32_t>{3}));
        QVERIFY(seen.out.empty());
    }

    void tooManyForOneProgram()
    {
        // Sessions far beyond BPF_MAXINSNS: every source comes up (the
        // reader sorts them), what leaves still does not.
        std::vector<SourcePrefix> many;
        for (int i = 0; i < 2000; ++i) {
            Addr a;
            a.family = 6;
            a.b[0] = 0xfd;
            a.b[14] = uint8_t(i >> 8);
            a.b[15] = uint8_t(i);
            many.push_back({a, 128});
        }
        const SourceFilter f = sourceFilter(many);
        QVERIFY(!f.bySource);
        QVERIFY(f.code.size() <= BPF_MAXINSNS);
        Fd rx = packetSocket(m_lo), tx = packetSocket(m_lo);
        sock_fprog prog{uint16_t(f.code.size()), const_cast<sock_filter *>(f.code.data())};
        QVERIFY(::setsockopt(rx.get(), SOL_SOCKET, SO_ATTACH_FILTER, &prog, sizeof prog) == 0);
        exchange(tx.get(), rx.get(), m_lo, {});
        const Seen seen = exchange(tx.get(), rx.get(), m_lo, {frame(QStringLiteral("10.9.9.9"), 17, 7)});
        QCOMPARE(seen.in, (std::multiset<uint32_t>{7}));
        QVERIFY(seen.out.empty());
    }
};

QTEST_GUILESS_MAIN(TestSourceFilter)
#include "tst_capture_sourcefilter.moc"
