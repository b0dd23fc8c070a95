// SPDX-License-Identifier: GPL-3.0-or-later
// IR -> libnftnl. The bytecode is the one nft 1.0.x generates for the text
// toNftText() writes (checked with `nft --debug=netlink`), so an admin who
// lists the table sees exactly the rules config.plan showed.
#include "netfilter/nlrender.h"

#include "netlink/attrs.h"

#include <QCryptographicHash>

// glibc's headers first: linux/in.h defers to them only in this order.
#include <arpa/inet.h>
#include <net/if.h>

#include <linux/netfilter.h>
#include <linux/netfilter/nf_nat.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netfilter/nf_tables.h>

#include <array>
#include <cstring>

namespace byway::nft::detail {

namespace {

constexpr quint8 kTcpOptMaxseg = 2; // TCPOPT_MAXSEG: kind 2, length 4, value at offset 2

// One rule under construction plus what nft would already have emitted as a
// dependency, so a dependency is added once per rule, as nft does.
struct Builder {
    nftnl_rule *rule;
    bool nfprotoDone = false;
    bool l4TcpKnown = false;

    Owned<nftnl_expr> expr(const char *name) { return Owned<nftnl_expr>(nftnl_expr_alloc(name)); }
    void add(Owned<nftnl_expr> e) { nftnl_rule_add_expr(rule, e.release()); }

    void metaLoad(quint32 key)
    {
        auto e = expr("meta");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_META_KEY, key);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_META_DREG, NFT_REG_1);
        add(std::move(e));
    }
    void metaSet(quint32 key)
    {
        auto e = expr("meta");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_META_KEY, key);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_META_SREG, NFT_REG_1);
        add(std::move(e));
    }
    void cmp(bool negate, const void *data, quint32 len)
    {
        auto e = expr("cmp");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_CMP_SREG, NFT_REG_1);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_CMP_OP, negate ? NFT_CMP_NEQ : NFT_CMP_EQ);
        nftnl_expr_set(e.get(), NFTNL_EXPR_CMP_DATA, data, len);
        add(std::move(e));
    }
    void cmp8(bool negate, quint8 v) { cmp(negate, &v, 1); }
    void cmp32(bool negate, quint32 v) { cmp(negate, &v, 4); }
    void payload(quint32 base, quint32 offset, quint32 len)
    {
        auto e = expr("payload");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_PAYLOAD_BASE, base);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_PAYLOAD_OFFSET, offset);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_PAYLOAD_LEN, len);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_PAYLOAD_DREG, NFT_REG_1);
        add(std::move(e));
    }
    // reg1 = (reg1 & mask) ^ xor
    void bitwise(const void *mask, const void *xorv, quint32 len)
    {
        auto e = expr("bitwise");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_BITWISE_SREG, NFT_REG_1);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_BITWISE_DREG, NFT_REG_1);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_BITWISE_LEN, len);
        nftnl_expr_set(e.get(), NFTNL_EXPR_BITWISE_MASK, mask, len);
        nftnl_expr_set(e.get(), NFTNL_EXPR_BITWISE_XOR, xorv, len);
        add(std::move(e));
    }
    void bitwise32(quint32 mask, quint32 xorv) { bitwise(&mask, &xorv, 4); }
    void immData(quint32 reg, const void *data, quint32 len)
    {
        auto e = expr("immediate");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_IMM_DREG, reg);
        nftnl_expr_set(e.get(), NFTNL_EXPR_IMM_DATA, data, len);
        add(std::move(e));
    }
    void verdict(int v, const QString &chain = {})
    {
        auto e = expr("immediate");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_IMM_DREG, NFT_REG_VERDICT);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_IMM_VERDICT, quint32(v));
        if (!chain.isEmpty())
            nftnl_expr_set_str(e.get(), NFTNL_EXPR_IMM_CHAIN, chain.toUtf8().constData());
        add(std::move(e));
    }

    // In an inet table an ip/ip6 header match is only meaningful after the
    // family is known; nft inserts `meta nfproto` before the first one.
    void nfproto(quint8 family)
    {
        if (nfprotoDone)
            return;
        metaLoad(NFT_META_NFPROTO);
        cmp8(false, family);
        nfprotoDone = true;
    }

    void ifname(quint32 key, const Match &m)
    {
        metaLoad(key);
        const QByteArray n = m.name.toUtf8();
        if (n.endsWith('*')) {
            // "vpns*": compare only the prefix bytes; the kernel compares
            // the register for the given length, which is nft's wildcard.
            cmp(m.negate, n.constData(), quint32(n.size() - 1));
            return;
        }
        std::array<char, IFNAMSIZ> buf{};
        std::memcpy(buf.data(), n.constData(), size_t(n.size()));
        cmp(m.negate, buf.data(), IFNAMSIZ);
    }

    void address(const Match &m, quint32 offset)
    {
        const config::Prefix p = config::networkOf(m.prefix);
        const bool v6 = p.isIpv6();
        nfproto(v6 ? NFPROTO_IPV6 : NFPROTO_IPV4);
        std::array<quint8, 16> addr{};
        const quint32 size = v6 ? 16 : 4;
        if (v6) {
            const Q_IPV6ADDR a = p.address.toIPv6Address();
            std::memcpy(addr.data(), a.c, 16);
        } else {
            const quint32 a = htonl(p.address.toIPv4Address());
            std::memcpy(addr.data(), &a, 4);
        }
        if (p.length % 8 == 0) {
            // Byte-aligned prefix: load and compare only the leading bytes.
            payload(NFT_PAYLOAD_NETWORK_HEADER, offset, quint32(p.length / 8));
            cmp(m.negate, addr.data(), quint32(p.length / 8));
            return;
        }
        std::array<quint8, 16> mask{};
        std::array<quint8, 16> zero{};
        for (int i = 0; i < int(size); ++i)
            mask[size_t(i)] = quint8(0xff00 >> qBound(0, p.length - i * 8, 8));
        payload(NFT_PAYLOAD_NETWORK_HEADER, offset, size);
        bitwise(mask.data(), zero.data(), size);
        cmp(m.negate, addr.data(), size);
    }

    void match(const Match &m)
    {
        switch (m.kind) {
        case MatchKind::IifName: ifname(NFT_META_IIFNAME, m); break;
        case MatchKind::OifName: ifname(NFT_META_OIFNAME, m); break;
        case MatchKind::IpSaddr: address(m, 12); break;
        case MatchKind::IpDaddr: address(m, 16); break;
        case MatchKind::Ip6Saddr: address(m, 8); break;
        case MatchKind::Ip6Daddr: address(m, 24); break;
        case MatchKind::CtState: {
            auto e = expr("ct");
            nftnl_expr_set_u32(e.get(), NFTNL_EXPR_CT_KEY, NFT_CT_STATE);
            nftnl_expr_set_u32(e.get(), NFTNL_EXPR_CT_DREG, NFT_REG_1);
            add(std::move(e));
            bitwise32(m.value, 0);
            cmp32(true, 0); // any of the bits set
            break;
        }
        case MatchKind::SkUid: metaLoad(NFT_META_SKUID); cmp32(m.negate, m.value); break;
        case MatchKind::SkGid: metaLoad(NFT_META_SKGID); cmp32(m.negate, m.value); break;
        case MatchKind::L4Proto:
            metaLoad(NFT_META_L4PROTO);
            cmp8(m.negate, quint8(m.value));
            if (m.value == IPPROTO_TCP && !m.negate)
                l4TcpKnown = true;
            break;
        case MatchKind::ThDport: {
            const quint16 port = htons(quint16(m.value));
            payload(NFT_PAYLOAD_TRANSPORT_HEADER, 2, 2);
            cmp(m.negate, &port, 2);
            break;
        }
        case MatchKind::TcpSyn: {
            if (!l4TcpKnown) {
                metaLoad(NFT_META_L4PROTO);
                cmp8(false, IPPROTO_TCP);
                l4TcpKnown = true;
            }
            const quint8 synRst = 0x02 | 0x04, syn = 0x02, zero = 0;
            payload(NFT_PAYLOAD_TRANSPORT_HEADER, 13, 1);
            bitwise(&synRst, &zero, 1);
            cmp(false, &syn, 1);
            break;
        }
        case MatchKind::Mark:
            metaLoad(NFT_META_MARK);
            if (m.mask != 0xffffffffu)
                bitwise32(m.mask, 0);
            cmp32(m.negate, m.value);
            break;
        }
    }

    void nat(quint32 type, const QHostAddress &a, quint16 port)
    {
        const bool v6 = a.protocol() == QAbstractSocket::IPv6Protocol;
        if (v6) {
            const Q_IPV6ADDR x = a.toIPv6Address();
            immData(NFT_REG_1, x.c, 16);
        } else {
            const quint32 x = htonl(a.toIPv4Address());
            immData(NFT_REG_1, &x, 4);
        }
        if (port) {
            const quint16 p = htons(port);
            immData(NFT_REG_2, &p, 2);
        }
        // Written as the kernel stores it (max = min when no range is given,
        // NF_NAT_RANGE_MAP_IPS with an address) so that a dump compares equal
        // to this rendering. nft sends less; the kernel ends up the same.
        auto e = expr("nat");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_NAT_TYPE, type);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_NAT_FAMILY, v6 ? NFPROTO_IPV6 : NFPROTO_IPV4);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_NAT_REG_ADDR_MIN, NFT_REG_1);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_NAT_REG_ADDR_MAX, NFT_REG_1);
        quint32 flags = NF_NAT_RANGE_MAP_IPS;
        if (port) {
            nftnl_expr_set_u32(e.get(), NFTNL_EXPR_NAT_REG_PROTO_MIN, NFT_REG_2);
            nftnl_expr_set_u32(e.get(), NFTNL_EXPR_NAT_REG_PROTO_MAX, NFT_REG_2);
            flags |= NF_NAT_RANGE_PROTO_SPECIFIED;
        }
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_NAT_FLAGS, flags);
        add(std::move(e));
    }

    void mssWrite()
    {
        auto e = expr("exthdr");
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_EXTHDR_SREG, NFT_REG_1);
        nftnl_expr_set_u8(e.get(), NFTNL_EXPR_EXTHDR_TYPE, kTcpOptMaxseg);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_EXTHDR_OFFSET, 2);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_EXTHDR_LEN, 2);
        nftnl_expr_set_u32(e.get(), NFTNL_EXPR_EXTHDR_OP, NFT_EXTHDR_OP_TCPOPT);
        add(std::move(e));
    }

    void statement(const Statement &s)
    {
        switch (s.kind) {
        case StatementKind::Counter: break;
        case StatementKind::Accept: verdict(NF_ACCEPT); break;
        case StatementKind::Drop: verdict(NF_DROP); break;
        case StatementKind::Return: verdict(NFT_RETURN); break;
        case StatementKind::Jump: verdict(NFT_JUMP, s.chain); break;
        case StatementKind::Masquerade: add(expr("masq")); break;
        case StatementKind::Snat: nat(NFT_NAT_SNAT, s.address, 0); break;
        case StatementKind::Dnat: nat(NFT_NAT_DNAT, s.address, s.port); break;
        case StatementKind::Redirect: {
            const quint16 p = htons(s.port);
            immData(NFT_REG_1, &p, 2);
            auto e = expr("redir");
            nftnl_expr_set_u32(e.get(), NFTNL_EXPR_REDIR_REG_PROTO_MIN, NFT_REG_1);
            nftnl_expr_set_u32(e.get(), NFTNL_EXPR_REDIR_REG_PROTO_MAX, NFT_REG_1); // as stored, see nat()
            nftnl_expr_set_u32(e.get(), NFTNL_EXPR_REDIR_FLAGS, NF_NAT_RANGE_PROTO_SPECIFIED);
            add(std::move(e));
            break;
        }
        case StatementKind::SetMark:
            if (s.mask == 0xffffffffu) {
                immData(NFT_REG_1, &s.value, 4);
            } else {
                // mark = (mark & ~mask) ^ value; value has no bits outside mask.
                metaLoad(NFT_META_MARK);
                bitwise32(~s.mask, s.value);
            }
            metaSet(NFT_META_MARK);
            break;
        case StatementKind::ClampMssPmtu: {
            // rt mtu yields the MSS for the route's MTU in host order; the
            // option field is big-endian.
            auto rt = expr("rt");
            nftnl_expr_set_u32(rt.get(), NFTNL_EXPR_RT_KEY, NFT_RT_TCPMSS);
            nftnl_expr_set_u32(rt.get(), NFTNL_EXPR_RT_DREG, NFT_REG_1);
            add(std::move(rt));
            auto bo = expr("byteorder");
            nftnl_expr_set_u32(bo.get(), NFTNL_EXPR_BYTEORDER_SREG, NFT_REG_1);
            nftnl_expr_set_u32(bo.get(), NFTNL_EXPR_BYTEORDER_DREG, NFT_REG_1);
            nftnl_expr_set_u32(bo.get(), NFTNL_EXPR_BYTEORDER_OP, NFT_BYTEORDER_HTON);
            nftnl_expr_set_u32(bo.get(), NFTNL_EXPR_BYTEORDER_LEN, 2);
            nftnl_expr_set_u32(bo.get(), NFTNL_EXPR_BYTEORDER_SIZE, 2);
            add(std::move(bo));
            mssWrite();
            break;
        }
        case StatementKind::ClampMss: {
            const quint16 mss = htons(quint16(s.value));
            immData(NFT_REG_1, &mss, 2);
            mssWrite();
            break;
        }
        }
    }
};

} // namespace

Owned<nftnl_table> buildTable(const QString &name)
{
    Owned<nftnl_table> t(nftnl_table_alloc());
    nftnl_table_set_u32(t.get(), NFTNL_TABLE_FAMILY, NFPROTO_INET);
    nftnl_table_set_str(t.get(), NFTNL_TABLE_NAME, name.toUtf8().constData());
    return t;
}

Owned<nftnl_chain> buildChain(const QString &table, const Chain &c)
{
    Owned<nftnl_chain> ch(nftnl_chain_alloc());
    nftnl_chain_set_u32(ch.get(), NFTNL_CHAIN_FAMILY, NFPROTO_INET);
    nftnl_chain_set_str(ch.get(), NFTNL_CHAIN_TABLE, table.toUtf8().constData());
    nftnl_chain_set_str(ch.get(), NFTNL_CHAIN_NAME, c.name.toUtf8().constData());
    if (c.isBase()) {
        nftnl_chain_set_u32(ch.get(), NFTNL_CHAIN_HOOKNUM, quint32(hookNumber(c.hook)));
        nftnl_chain_set_s32(ch.get(), NFTNL_CHAIN_PRIO, c.priority);
        nftnl_chain_set_str(ch.get(), NFTNL_CHAIN_TYPE, c.type.toUtf8().constData());
        nftnl_chain_set_u32(ch.get(), NFTNL_CHAIN_POLICY, c.policyAccept ? NF_ACCEPT : NF_DROP);
    }
    return ch;
}

Owned<nftnl_rule> buildRule(const QString &table, const QString &chain, const Rule &r)
{
    Owned<nftnl_rule> rule(nftnl_rule_alloc());
    nftnl_rule_set_u32(rule.get(), NFTNL_RULE_FAMILY, NFPROTO_INET);
    nftnl_rule_set_str(rule.get(), NFTNL_RULE_TABLE, table.toUtf8().constData());
    nftnl_rule_set_str(rule.get(), NFTNL_RULE_CHAIN, chain.toUtf8().constData());

    Builder b{rule.get()};
    for (const auto &m : r.matches)
        b.match(m);
    b.add(b.expr("counter"));
    b.statement(r.statement);

    // The id travels as nft's comment TLV: `nft list` shows it, and dumps
    // give it back so counters map to config paths.
    Owned<nftnl_udata_buf> ud(nftnl_udata_buf_alloc(NFT_USERDATA_MAXLEN));
    nftnl_udata_put_strz(ud.get(), NFTNL_UDATA_RULE_COMMENT, r.id.toUtf8().constData());
    nftnl_rule_set_data(rule.get(), NFTNL_RULE_USERDATA, nftnl_udata_buf_data(ud.get()),
                        nftnl_udata_buf_len(ud.get()));
    return rule;
}

QString exprText(const nftnl_rule *r)
{
    QString out;
    Owned<nftnl_expr_iter> it(nftnl_expr_iter_create(r));
    std::array<char, 1024> buf{};
    for (nftnl_expr *e = nftnl_expr_iter_next(it.get()); e; e = nftnl_expr_iter_next(it.get())) {
        const char *name = nftnl_expr_get_str(e, NFTNL_EXPR_NAME);
        if (std::strcmp(name, "counter") == 0) {
            out += QStringLiteral("[counter]");
            continue;
        }
        nftnl_expr_snprintf(buf.data(), buf.size(), e, NFTNL_OUTPUT_DEFAULT, 0);
        out += QStringLiteral("[%1 %2]").arg(QLatin1String(name), QLatin1String(buf.data()));
    }
    return out;
}

QByteArray exprFingerprint(const nftnl_rule *r, quint64 *packets, quint64 *bytes)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    Owned<nftnl_expr_iter> it(nftnl_expr_iter_create(r));
    std::array<char, 1024> buf{};
    for (nftnl_expr *e = nftnl_expr_iter_next(it.get()); e; e = nftnl_expr_iter_next(it.get())) {
        const char *name = nftnl_expr_get_str(e, NFTNL_EXPR_NAME);
        h.addData(QByteArrayView(name, qsizetype(std::strlen(name) + 1)));
        if (std::strcmp(name, "counter") == 0) {
            // The values change with traffic; the position is what counts.
            if (packets)
                *packets = nftnl_expr_get_u64(e, NFTNL_EXPR_CTR_PACKETS);
            if (bytes)
                *bytes = nftnl_expr_get_u64(e, NFTNL_EXPR_CTR_BYTES);
            continue;
        }
        const int n = nftnl_expr_snprintf(buf.data(), buf.size(), e, NFTNL_OUTPUT_DEFAULT, 0);
        h.addData(QByteArrayView(buf.data(), qBound(0, n, int(buf.size()) - 1)));
    }
    return h.result();
}

QString ruleComment(const nftnl_rule *r)
{
    if (!nftnl_rule_is_set(r, NFTNL_RULE_USERDATA))
        return {};
    uint32_t len = 0;
    const void *data = nftnl_rule_get_data(r, NFTNL_RULE_USERDATA, &len);
    QString out;
    nftnl_udata_parse(data, len, [](const nftnl_udata *attr, void *ctx) -> int {
        if (nftnl_udata_type(attr) == NFTNL_UDATA_RULE_COMMENT && nftnl_udata_len(attr) > 0) {
            const auto *s = static_cast<const char *>(nftnl_udata_get(attr));
            // strz: the length includes the NUL.
            *static_cast<QString *>(ctx) = QString::fromUtf8(s, qstrnlen(s, nftnl_udata_len(attr)));
        }
        return 0;
    }, &out);
    return out;
}

Generation generationOf(const nlmsghdr *nlh)
{
    static constexpr netlink::AttrRule rules[] = {{NFTA_GEN_ID, MNL_TYPE_U32}, {NFTA_GEN_PROC_PID, MNL_TYPE_U32}};
    netlink::Attrs<NFTA_GEN_MAX + 1> tb;
    if (!netlink::parse(nlh, sizeof(nfgenmsg), rules, tb))
        return {};
    Generation g;
    // Both in network byte order, like every nf_tables integer.
    if (tb[NFTA_GEN_ID])
        g.id = ntohl(mnl_attr_get_u32(tb[NFTA_GEN_ID]));
    if (tb[NFTA_GEN_PROC_PID])
        g.pid = ntohl(mnl_attr_get_u32(tb[NFTA_GEN_PROC_PID]));
    return g;
}

} // namespace byway::nft::detail
