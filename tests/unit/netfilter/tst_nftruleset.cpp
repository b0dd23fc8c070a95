// SPDX-License-Identifier: GPL-3.0-or-later
// The nftables IR without a kernel: text rendering, JSON, validation,
// digests, and the libnftnl rendering of representative rules.
#include "netfilter/nfttext.h"
#include "netfilter/nlrender.h"
#include "netfilter/ruleset.h"

#include <QtTest>

using namespace byway;
using namespace byway::nft;

namespace {

config::Prefix pfx(const char *s)
{
    return *config::Prefix::parse(QString::fromLatin1(s));
}

Rule rule(const char *id, QList<Match> m, Statement s)
{
    return Rule{QString::fromLatin1(id), std::move(m), std::move(s)};
}

Statement st(StatementKind k)
{
    Statement s;
    s.kind = k;
    return s;
}

// The vpn-gateway of the field note, plus MSS clamping, marks and a DNS redirect.
Table sample()
{
    Statement clamp = st(StatementKind::ClampMss);
    clamp.value = 1360;
    Statement mark = st(StatementKind::SetMark);
    mark.value = 0x100;
    mark.mask = 0xff00;
    Statement dns = st(StatementKind::Redirect);
    dns.port = 54;
    Statement snat = st(StatementKind::Snat);
    snat.address = QHostAddress(QStringLiteral("192.0.2.1"));
    Statement jump = st(StatementKind::Jump);
    jump.chain = QStringLiteral("marks");

    Table t{QStringLiteral("byway"), {}};
    t.chains.append(Chain{QStringLiteral("forward"), QStringLiteral("filter"), QStringLiteral("forward"), 0, true, {
        rule("fwd.mss", {Match::tcpSyn()}, st(StatementKind::ClampMssPmtu)),
        rule("fwd.mss.l2tp", {Match::oifname(QStringLiteral("ppp*")), Match::tcpSyn()}, clamp),
        rule("fwd.tunnel.vpns*", {Match::iifname(QStringLiteral("vpns*")), Match::oifname(QStringLiteral("eth0"))}, st(StatementKind::Accept)),
        rule("fwd.return.vpns*", {Match::iifname(QStringLiteral("eth0")), Match::oifname(QStringLiteral("vpns*")),
                                  Match::ctState(CtEstablished | CtRelated)}, st(StatementKind::Accept)),
        rule("fwd.invalid", {Match::ctState(CtInvalid)}, st(StatementKind::Drop)),
    }});
    t.chains.append(Chain{QStringLiteral("mangle"), QStringLiteral("route"), QStringLiteral("output"), -150, true, {
        rule("exits.wan.uid", {Match::skuid(1000), Match::mark(0, 0xff00)}, jump),
    }});
    t.chains.append(Chain{QStringLiteral("marks"), {}, {}, 0, true, {
        rule("exits.wan.mark", {}, mark),
    }});
    t.chains.append(Chain{QStringLiteral("dns"), QStringLiteral("nat"), QStringLiteral("output"), -100, true, {
        rule("dns.wan", {Match::skgid(1001), Match::l4proto(17), Match::dport(53)}, dns),
    }});
    t.chains.append(Chain{QStringLiteral("postrouting"), QStringLiteral("nat"), QStringLiteral("postrouting"), 100, true, {
        rule("masq.0", {Match::saddr(pfx("10.20.0.0/24")), Match::oifname(QStringLiteral("eth0"))}, st(StatementKind::Masquerade)),
        rule("snat.1", {Match::saddr(pfx("10.21.0.7/20")), Match::daddr(pfx("10.0.0.0/8"), true)}, snat),
        rule("masq6.0", {Match::saddr(pfx("fd00:20::/64")), Match::oifname(QStringLiteral("eth0"))}, st(StatementKind::Masquerade)),
    }});
    return t;
}

} // namespace

class TestNftRuleset : public QObject {
    Q_OBJECT
private slots:
    void textOfSample()
    {
        const QString want = QStringLiteral(
            "table inet byway {\n"
            "\tchain forward {\n"
            "\t\ttype filter hook forward priority 0; policy accept;\n"
            "\t\ttcp flags & (syn | rst) == syn counter tcp option maxseg size set rt mtu comment \"fwd.mss\"\n"
            "\t\toifname \"ppp*\" tcp flags & (syn | rst) == syn counter tcp option maxseg size set 1360 comment \"fwd.mss.l2tp\"\n"
            "\t\tiifname \"vpns*\" oifname \"eth0\" counter accept comment \"fwd.tunnel.vpns*\"\n"
            "\t\tiifname \"eth0\" oifname \"vpns*\" ct state established,related counter accept comment \"fwd.return.vpns*\"\n"
            "\t\tct state invalid counter drop comment \"fwd.invalid\"\n"
            "\t}\n\n"
            "\tchain mangle {\n"
            "\t\ttype route hook output priority -150; policy accept;\n"
            "\t\tmeta skuid 1000 meta mark & 0x0000ff00 == 0x00000000 counter jump marks comment \"exits.wan.uid\"\n"
            "\t}\n\n"
            "\tchain marks {\n"
            "\t\tcounter meta mark set meta mark & 0xffff00ff | 0x00000100 comment \"exits.wan.mark\"\n"
            "\t}\n\n"
            "\tchain dns {\n"
            "\t\ttype nat hook output priority -100; policy accept;\n"
            "\t\tmeta skgid 1001 meta l4proto udp th dport 53 counter redirect to :54 comment \"dns.wan\"\n"
            "\t}\n\n"
            "\tchain postrouting {\n"
            "\t\ttype nat hook postrouting priority 100; policy accept;\n"
            "\t\tip saddr 10.20.0.0/24 oifname \"eth0\" counter masquerade comment \"masq.0\"\n"
            "\t\tip saddr 10.21.0.0/20 ip daddr != 10.0.0.0/8 counter snat ip to 192.0.2.1 comment \"snat.1\"\n"
            "\t\tip6 saddr fd00:20::/64 oifname \"eth0\" counter masquerade comment \"masq6.0\"\n"
            "\t}\n"
            "}\n");
        QCOMPARE(toNftText(sample()), want);
        QVERIFY(toNftReplaceText(sample()).startsWith(
            QStringLiteral("table inet byway\ndelete table inet byway\ntable inet byway {\n")));
    }

    void jsonRoundTrip()
    {
        const Table t = sample();
        auto back = tableFromJson(toJson(t));
        QVERIFY2(back.has_value(), back ? "" : qPrintable(back.error().toString()));
        QCOMPARE(*back, t);
    }

    void fingerprintStableAndDifferent()
    {
        QCOMPARE(fingerprint(sample()), fingerprint(sample()));
        Table other = sample();
        other.chains[4].rules[0].matches[0].prefix = pfx("10.20.1.0/24");
        QVERIFY(fingerprint(other) != fingerprint(sample()));
        Table reordered = sample();
        reordered.chains[0].rules.swapItemsAt(0, 1);
        QVERIFY(fingerprint(reordered) != fingerprint(sample()));
    }

    void exprFingerprintStableAndDifferent()
    {
        const Table t = sample();
        const Rule &masq = t.chains[4].rules[0];
        const auto a = detail::buildRule(t.name, QStringLiteral("postrouting"), masq);
        const auto b = detail::buildRule(t.name, QStringLiteral("postrouting"), masq);
        QCOMPARE(detail::exprFingerprint(a.get()), detail::exprFingerprint(b.get()));
        QCOMPARE(detail::ruleComment(a.get()), QStringLiteral("masq.0"));

        Rule changed = masq;
        changed.matches[1].name = QStringLiteral("eth1");
        const auto c = detail::buildRule(t.name, QStringLiteral("postrouting"), changed);
        QVERIFY(detail::exprFingerprint(a.get()) != detail::exprFingerprint(c.get()));
        Rule negated = masq;
        negated.matches[1].negate = true;
        const auto d = detail::buildRule(t.name, QStringLiteral("postrouting"), negated);
        QVERIFY(detail::exprFingerprint(a.get()) != detail::exprFingerprint(d.get()));
    }

    // The bytecode nft 1.0.6 generates for the same text (nft --debug=netlink),
    // with the nat/redir register ranges and flags the kernel fills in itself.
    void bytecodeLikeNft_data()
    {
        QTest::addColumn<int>("chain");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("want");
        QTest::newRow("masquerade /24 wildcard-free oifname") << 4 << 0 << QStringLiteral(
            "[meta load nfproto => reg 1 ][cmp eq reg 1 0x00000002 ][payload load 3b @ network header + 12 => reg 1 ]"
            "[cmp eq reg 1 0x0000140a ][meta load oifname => reg 1 ][cmp eq reg 1 0x30687465 0x00000000 0x00000000 0x00000000 ]"
            "[counter][masq ]");
        QTest::newRow("prefix wildcard") << 0 << 2 << QStringLiteral(
            "[meta load iifname => reg 1 ][cmp eq reg 1 0x736e7076 ][meta load oifname => reg 1 ]"
            "[cmp eq reg 1 0x30687465 0x00000000 0x00000000 0x00000000 ][counter][immediate reg 0 accept ]");
        QTest::newRow("mss pmtu") << 0 << 0 << QStringLiteral(
            "[meta load l4proto => reg 1 ][cmp eq reg 1 0x00000006 ][payload load 1b @ transport header + 13 => reg 1 ]"
            "[bitwise reg 1 = ( reg 1 & 0x00000006 ) ^ 0x00000000 ][cmp eq reg 1 0x00000002 ][counter]"
            "[rt load tcpmss => reg 1 ][byteorder reg 1 = hton(reg 1, 2, 2) ][exthdr write tcpopt reg 1 => 2b @ 2 + 2 ]");
        QTest::newRow("non-aligned prefix, negated") << 4 << 1 << QStringLiteral(
            "[meta load nfproto => reg 1 ][cmp eq reg 1 0x00000002 ][payload load 4b @ network header + 12 => reg 1 ]"
            "[bitwise reg 1 = ( reg 1 & 0x00f0ffff ) ^ 0x00000000 ][cmp eq reg 1 0x0000150a ]"
            "[payload load 1b @ network header + 16 => reg 1 ][cmp neq reg 1 0x0000000a ][counter]"
            "[immediate reg 1 0x010200c0 ][nat snat ip addr_min reg 1 addr_max reg 1 flags 0x1 ]");
        QTest::newRow("redirect") << 3 << 0 << QStringLiteral(
            "[meta load skgid => reg 1 ][cmp eq reg 1 0x000003e9 ][meta load l4proto => reg 1 ][cmp eq reg 1 0x00000011 ]"
            "[payload load 2b @ transport header + 2 => reg 1 ][cmp eq reg 1 0x00003500 ][counter]"
            "[immediate reg 1 0x00003600 ][redir proto_min reg 1 proto_max reg 1 flags 0x2 ]");
        QTest::newRow("mark set") << 2 << 0 << QStringLiteral(
            "[counter][meta load mark => reg 1 ][bitwise reg 1 = ( reg 1 & 0xffff00ff ) ^ 0x00000100 ][meta set mark with reg 1 ]");
    }
    void bytecodeLikeNft()
    {
        QFETCH(int, chain);
        QFETCH(int, index);
        QFETCH(QString, want);
        const Table t = sample();
        const auto r = detail::buildRule(t.name, t.chains[chain].name, t.chains[chain].rules[index]);
        QCOMPARE(detail::exprText(r.get()), want);
    }

    void validation()
    {
        QVERIFY(validate(sample()).has_value());
        Table foreign = sample();
        foreign.name = QStringLiteral("filter");
        QVERIFY(!validate(foreign));
        Table noProto = sample();
        noProto.chains[3].rules[0].matches.removeAt(1);
        QVERIFY(!validate(noProto));
        Table badJump = sample();
        badJump.chains[1].rules[0].statement.chain = QStringLiteral("nowhere");
        QVERIFY(!validate(badJump));
        Table mixed = sample();
        mixed.chains[4].rules[0].matches.append(Match::daddr(pfx("fd00::/8")));
        QVERIFY(!validate(mixed));
        Table longIf = sample();
        longIf.chains[0].rules[2].matches[0].name = QStringLiteral("abcdefghijklmnop");
        QVERIFY(!validate(longIf));
        Table badMark = sample();
        badMark.chains[2].rules[0].statement.value = 0x1;
        QVERIFY(!validate(badMark));
    }
};

QTEST_GUILESS_MAIN(TestNftRuleset)
#include "tst_nftruleset.moc"
