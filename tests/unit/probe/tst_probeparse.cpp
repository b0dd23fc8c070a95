// SPDX-License-Identifier: GPL-3.0-or-later
// Parsers and heuristics of the probe: targets, the legacy x_tables blob,
// owner patterns.
#include "probe/internal.h"
#include "probe/reach.h"

#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include <linux/netfilter_ipv4/ip_tables.h>
#pragma GCC diagnostic pop

#include <cstring>
#include <vector>

using namespace byway::probe;

namespace {

// Builds an x_tables blob the way the kernel hands it to IPT_SO_GET_ENTRIES.
struct Blob {
    std::vector<char> bytes;
    size_t add(const char *target, const void *data, size_t dataLen)
    {
        const size_t off = bytes.size();
        const size_t tsize = XT_ALIGN(sizeof(xt_entry_target) + dataLen);
        ipt_entry e{};
        e.target_offset = sizeof(ipt_entry);
        e.next_offset = static_cast<unsigned short>(sizeof(ipt_entry) + tsize);
        bytes.resize(off + e.next_offset);
        std::memcpy(bytes.data() + off, &e, sizeof e);
        xt_entry_target t{};
        t.u.target_size = static_cast<unsigned short>(tsize);
        std::strncpy(t.u.user.name, target, sizeof t.u.user.name - 1);
        std::memcpy(bytes.data() + off + sizeof(ipt_entry), &t, sizeof t);
        std::memcpy(bytes.data() + off + sizeof(ipt_entry) + sizeof t, data, dataLen);
        return off;
    }
    size_t verdict(int v) { return add("", &v, sizeof v); }
    size_t error(const char *name)
    {
        char n[XT_FUNCTION_MAXNAMELEN]{};
        std::strncpy(n, name, sizeof n - 1);
        return add("ERROR", n, sizeof n);
    }
};

} // namespace

class TestProbeParse : public QObject {
    Q_OBJECT
private slots:
    void targets()
    {
        auto a = parseTarget(QStringLiteral("192.0.2.1:443"));
        QVERIFY(a);
        QCOMPARE(a->addr, QHostAddress(QStringLiteral("192.0.2.1")));
        QCOMPARE(a->port, 443);
        auto b = parseTarget(QStringLiteral("192.0.2.1"));
        QVERIFY(b);
        QCOMPARE(b->port, 0);
        auto c = parseTarget(QStringLiteral("[2001:db8::1]:53"));
        QVERIFY(c);
        QCOMPARE(c->addr.protocol(), QHostAddress::IPv6Protocol);
        QCOMPARE(c->port, 53);
        auto d = parseTarget(QStringLiteral("2001:db8::1"));
        QVERIFY(d);
        QCOMPARE(d->port, 0);
        QVERIFY(!parseTarget(QStringLiteral("example.com:80")));
        QVERIFY(!parseTarget(QStringLiteral("192.0.2.1:0")));
        QVERIFY(!parseTarget(QStringLiteral("192.0.2.1:70000")));
        QVERIFY(!parseTarget(QStringLiteral("[2001:db8::1")));
        QVERIFY(!parseTarget(QStringLiteral("192.0.2.1:")));
    }

    void legacyNatBlob()
    {
        // nat: PREROUTING 1 DNAT + policy, INPUT policy, OUTPUT policy,
        // POSTROUTING 2 MASQUERADE + policy DROP, user chain DOCKER, end.
        Blob b;
        LegacyInfo info;
        info.validHooks = (1 << NF_INET_PRE_ROUTING) | (1 << NF_INET_LOCAL_IN) | (1 << NF_INET_LOCAL_OUT)
                          | (1 << NF_INET_POST_ROUTING);
        const char pad[16]{};
        info.hookEntry[NF_INET_PRE_ROUTING] = static_cast<quint32>(b.add("DNAT", pad, sizeof pad));
        info.underflow[NF_INET_PRE_ROUTING] = static_cast<quint32>(b.verdict(-NF_ACCEPT - 1));
        info.hookEntry[NF_INET_LOCAL_IN] = info.underflow[NF_INET_LOCAL_IN] = static_cast<quint32>(b.verdict(-NF_ACCEPT - 1));
        info.hookEntry[NF_INET_LOCAL_OUT] = info.underflow[NF_INET_LOCAL_OUT] = static_cast<quint32>(b.verdict(-NF_ACCEPT - 1));
        info.hookEntry[NF_INET_POST_ROUTING] = static_cast<quint32>(b.add("MASQUERADE", pad, sizeof pad));
        b.add("WEIRDVENDOR", pad, sizeof pad);
        info.underflow[NF_INET_POST_ROUTING] = static_cast<quint32>(b.verdict(-NF_DROP - 1));
        b.error("DOCKER");
        b.verdict(XT_RETURN);
        b.error("ERROR");

        LegacyTable t;
        t.family = QStringLiteral("ip");
        t.name = QStringLiteral("nat");
        parseLegacyEntries(info, b.bytes.data(), b.bytes.size(), t);
        QCOMPARE(t.entries, 10);
        QCOMPARE(t.rules[NF_INET_PRE_ROUTING], 1);
        QCOMPARE(t.rules[NF_INET_LOCAL_IN], 0);
        QCOMPARE(t.rules[NF_INET_POST_ROUTING], 2);
        QCOMPARE(t.policy[NF_INET_PRE_ROUTING], NF_ACCEPT);
        QCOMPARE(t.policy[NF_INET_POST_ROUTING], NF_DROP);
        QCOMPARE(t.policy[NF_INET_FORWARD], -1);
        QCOMPARE(t.userChains, QStringList{QStringLiteral("DOCKER")});
        QCOMPARE(t.targets, (QStringList{"DNAT", "MASQUERADE", "WEIRDVENDOR"}));
    }

    void legacyBlobTruncatedIsSafe()
    {
        Blob b;
        LegacyInfo info;
        b.verdict(-NF_ACCEPT - 1);
        b.error("ERROR");
        LegacyTable t;
        t.family = QStringLiteral("ip");
        // Cut in the middle of the second entry: the parser stops, never reads past.
        parseLegacyEntries(info, b.bytes.data(), b.bytes.size() - 10, t);
        QCOMPARE(t.entries, 1);
        // Garbage offsets.
        std::vector<char> junk(200, '\x01');
        LegacyTable j;
        parseLegacyEntries(info, junk.data(), junk.size(), j);
        QCOMPARE(j.entries, 0);
    }

    void owners()
    {
        QCOMPARE(ownerOfTable("inet", "firewalld"), QStringLiteral("firewalld"));
        QCOMPARE(ownerOfTable("inet", "fw4"), QStringLiteral("fw4"));
        QCOMPARE(ownerOfTable("ip", "docker-bridges"), QStringLiteral("docker"));
        QCOMPARE(ownerOfTable("inet", "netavark"), QStringLiteral("netavark"));
        QCOMPARE(ownerOfTable("ip", "kube-proxy"), QStringLiteral("kubernetes"));
        QCOMPARE(ownerOfTable("inet", "sing-box"), QStringLiteral("sing-box"));
        QCOMPARE(ownerOfTable("ip", "nat"), QStringLiteral("iptables-nft"));
        QCOMPARE(ownerOfTable("inet", "byway"), QStringLiteral("byway"));
        QVERIFY(ownerOfTable("inet", "mine").isEmpty());
        QCOMPARE(ownerOfChain("DOCKER-USER"), QStringLiteral("docker"));
        QCOMPARE(ownerOfChain("KUBE-IPTABLES-HINT"), QStringLiteral("kubernetes"));
        QCOMPARE(ownerOfChain("mwan3_hook"), QStringLiteral("mwan3"));
        QCOMPARE(ownerOfChain("NETAVARK_FORWARD"), QStringLiteral("netavark"));

        FibRule r;
        r.hasMark = true;
        r.mark = 0x100;
        r.mask = 0x3f00;
        QCOMPARE(ownerOfRule(r), QStringLiteral("mwan3"));
        r.mask = 0xff0000;
        QCOMPARE(ownerOfRule(r), QStringLiteral("pbr"));
        FibRule s;
        s.priority = 9000;
        s.table = 2022;
        QCOMPARE(ownerOfRule(s), QStringLiteral("sing-box"));
        FibRule m;
        m.priority = 32766;
        m.table = 254;
        QCOMPARE(ownerOfRule(m), QStringLiteral("system"));
        FibRule u;
        u.priority = 1234;
        QCOMPARE(ownerOfRule(u), QStringLiteral("unknown"));
    }
};

QTEST_GUILESS_MAIN(TestProbeParse)
#include "tst_probeparse.moc"
