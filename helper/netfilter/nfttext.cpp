// SPDX-License-Identifier: GPL-3.0-or-later
#include "netfilter/nfttext.h"

namespace byway::nft {

namespace {

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

QString op(bool negate)
{
    return negate ? QStringLiteral("!= ") : QString();
}

QString prefixText(const config::Prefix &p)
{
    const config::Prefix n = config::networkOf(p);
    const int full = n.isIpv6() ? 128 : 32;
    return n.length == full ? n.address.toString() : n.toString();
}

QString l4Name(quint32 proto)
{
    switch (proto) {
    case 1: return QStringLiteral("icmp");
    case 6: return QStringLiteral("tcp");
    case 17: return QStringLiteral("udp");
    case 58: return QStringLiteral("ipv6-icmp");
    default: return QString::number(proto);
    }
}

QString matchText(const Match &m)
{
    switch (m.kind) {
    case MatchKind::IifName:
        return QStringLiteral("iifname %1\"%2\"").arg(op(m.negate), m.name);
    case MatchKind::OifName:
        return QStringLiteral("oifname %1\"%2\"").arg(op(m.negate), m.name);
    case MatchKind::IpSaddr:
        return QStringLiteral("ip saddr %1%2").arg(op(m.negate), prefixText(m.prefix));
    case MatchKind::IpDaddr:
        return QStringLiteral("ip daddr %1%2").arg(op(m.negate), prefixText(m.prefix));
    case MatchKind::Ip6Saddr:
        return QStringLiteral("ip6 saddr %1%2").arg(op(m.negate), prefixText(m.prefix));
    case MatchKind::Ip6Daddr:
        return QStringLiteral("ip6 daddr %1%2").arg(op(m.negate), prefixText(m.prefix));
    case MatchKind::CtState: {
        QStringList s;
        if (m.value & CtInvalid) s << QStringLiteral("invalid");
        if (m.value & CtEstablished) s << QStringLiteral("established");
        if (m.value & CtRelated) s << QStringLiteral("related");
        if (m.value & CtNew) s << QStringLiteral("new");
        return QStringLiteral("ct state ") + s.join(QLatin1Char(','));
    }
    case MatchKind::SkUid:
        return QStringLiteral("meta skuid %1%2").arg(op(m.negate)).arg(m.value);
    case MatchKind::SkGid:
        return QStringLiteral("meta skgid %1%2").arg(op(m.negate)).arg(m.value);
    case MatchKind::L4Proto:
        return QStringLiteral("meta l4proto %1%2").arg(op(m.negate), l4Name(m.value));
    case MatchKind::ThDport:
        return QStringLiteral("th dport %1%2").arg(op(m.negate)).arg(m.value);
    case MatchKind::TcpSyn:
        return QStringLiteral("tcp flags & (syn | rst) == syn");
    case MatchKind::Mark:
        if (m.mask == 0xffffffffu)
            return QStringLiteral("meta mark %1%2").arg(op(m.negate), hex32(m.value));
        return QStringLiteral("meta mark & %1 %2 %3")
            .arg(hex32(m.mask), m.negate ? QStringLiteral("!=") : QStringLiteral("=="), hex32(m.value));
    }
    return {};
}

QString natTarget(const QHostAddress &a, quint16 port)
{
    const bool v6 = a.protocol() == QAbstractSocket::IPv6Protocol;
    QString s = v6 ? QStringLiteral("ip6 to ") : QStringLiteral("ip to ");
    if (port == 0)
        return s + a.toString();
    return s + (v6 ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2")).arg(a.toString()).arg(port);
}

QString statementText(const Statement &s)
{
    switch (s.kind) {
    case StatementKind::Counter: return {};
    case StatementKind::Accept: return QStringLiteral("accept");
    case StatementKind::Drop: return QStringLiteral("drop");
    case StatementKind::Return: return QStringLiteral("return");
    case StatementKind::Jump: return QStringLiteral("jump ") + s.chain;
    case StatementKind::Masquerade: return QStringLiteral("masquerade");
    case StatementKind::Snat: return QStringLiteral("snat ") + natTarget(s.address, 0);
    case StatementKind::Dnat: return QStringLiteral("dnat ") + natTarget(s.address, s.port);
    case StatementKind::Redirect: return QStringLiteral("redirect to :%1").arg(s.port);
    case StatementKind::SetMark:
        if (s.mask == 0xffffffffu)
            return QStringLiteral("meta mark set ") + hex32(s.value);
        return QStringLiteral("meta mark set meta mark & %1 | %2").arg(hex32(~s.mask), hex32(s.value));
    case StatementKind::ClampMssPmtu: return QStringLiteral("tcp option maxseg size set rt mtu");
    case StatementKind::ClampMss: return QStringLiteral("tcp option maxseg size set %1").arg(s.value);
    }
    return {};
}

} // namespace

QString chainHeaderText(const Chain &c)
{
    if (!c.isBase())
        return {};
    return QStringLiteral("type %1 hook %2 priority %3; policy %4;")
        .arg(c.type, c.hook)
        .arg(c.priority)
        .arg(c.policyAccept ? QStringLiteral("accept") : QStringLiteral("drop"));
}

QString ruleText(const Rule &r)
{
    QStringList parts;
    for (const auto &m : r.matches)
        parts << matchText(m);
    parts << QStringLiteral("counter");
    if (const QString st = statementText(r.statement); !st.isEmpty())
        parts << st;
    parts << QStringLiteral("comment \"%1\"").arg(r.id);
    return parts.join(QLatin1Char(' '));
}

QString toNftText(const Table &t)
{
    QString out = QStringLiteral("table inet %1 {\n").arg(t.name);
    bool first = true;
    for (const auto &c : t.chains) {
        if (!first)
            out += QLatin1Char('\n');
        first = false;
        out += QStringLiteral("\tchain %1 {\n").arg(c.name);
        if (c.isBase())
            out += QStringLiteral("\t\t") + chainHeaderText(c) + QLatin1Char('\n');
        for (const auto &r : c.rules)
            out += QStringLiteral("\t\t") + ruleText(r) + QLatin1Char('\n');
        out += QStringLiteral("\t}\n");
    }
    out += QStringLiteral("}\n");
    return out;
}

QString toNftReplaceText(const Table &t)
{
    // `table` is a no-op when the table exists, so the delete never fails;
    // nft -f sends all three as one batch.
    return QStringLiteral("table inet %1\ndelete table inet %1\n").arg(t.name) + toNftText(t);
}

} // namespace byway::nft
