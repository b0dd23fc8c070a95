// SPDX-License-Identifier: GPL-3.0-or-later
// IR constructors and the structural checks done before anything is rendered.
#include "netfilter/ruleset.h"

#include <QSet>

namespace byway::nft {

namespace {

constexpr int kIfNameMax = 15;      // IFNAMSIZ - 1
constexpr int kObjNameMax = 255;    // NFT_NAME_MAXLEN - 1 (tables, chains)
constexpr int kCommentMax = 250;    // userdata is at most 256 bytes incl. TLV header + NUL

const char *const kHooks[] = {"prerouting", "input", "forward", "output", "postrouting"};

Match make(MatchKind k, bool neg)
{
    Match m;
    m.kind = k;
    m.negate = neg;
    return m;
}

std::unexpected<Error> invalid(const QString &where, const QString &what)
{
    return fail(ErrorCode::InvalidParams, where + QStringLiteral(": ") + what, where);
}

bool isIpKind(MatchKind k) { return k == MatchKind::IpSaddr || k == MatchKind::IpDaddr; }
bool isIp6Kind(MatchKind k) { return k == MatchKind::Ip6Saddr || k == MatchKind::Ip6Daddr; }

Result<void> validateMatch(const Match &m, const QString &where, bool &sawIp, bool &sawIp6, quint32 &l4)
{
    switch (m.kind) {
    case MatchKind::IifName:
    case MatchKind::OifName: {
        QString n = m.name;
        if (n.endsWith(QLatin1Char('*')))
            n.chop(1);
        if (n.isEmpty() || n.toUtf8().size() > kIfNameMax || n.contains(QLatin1Char('*'))
            || n.contains(QLatin1Char('"')))
            return invalid(where, QStringLiteral("bad interface name or pattern '%1'").arg(m.name));
        return {};
    }
    case MatchKind::IpSaddr:
    case MatchKind::IpDaddr:
    case MatchKind::Ip6Saddr:
    case MatchKind::Ip6Daddr:
        if (!m.prefix.isValid() || m.prefix.isIpv6() != isIp6Kind(m.kind))
            return invalid(where, QStringLiteral("prefix of the wrong family"));
        // A /0 match is no match at all; the config layer should omit it.
        if (m.prefix.length == 0)
            return invalid(where, QStringLiteral("a /0 prefix matches everything; omit it"));
        (isIpKind(m.kind) ? sawIp : sawIp6) = true;
        if (sawIp && sawIp6)
            return invalid(where, QStringLiteral("IPv4 and IPv6 matches in one rule never match"));
        return {};
    case MatchKind::CtState:
        if (m.value == 0 || (m.value & ~quint32(CtInvalid | CtEstablished | CtRelated | CtNew)) || m.negate)
            return invalid(where, QStringLiteral("bad ct state set"));
        return {};
    case MatchKind::L4Proto:
        if (m.value > 255)
            return invalid(where, QStringLiteral("l4proto out of range"));
        if (!m.negate)
            l4 = m.value;
        return {};
    case MatchKind::ThDport:
        if (l4 != 6 && l4 != 17)
            return invalid(where, QStringLiteral("a port match needs an earlier l4proto tcp or udp"));
        if (m.value == 0 || m.value > 65535)
            return invalid(where, QStringLiteral("port out of range"));
        return {};
    case MatchKind::TcpSyn:
        if (m.negate)
            return invalid(where, QStringLiteral("tcp syn cannot be negated"));
        if (l4 != 0 && l4 != 6)
            return invalid(where, QStringLiteral("tcp flags in a non-tcp rule"));
        l4 = 6;
        return {};
    case MatchKind::Mark:
        if (m.mask == 0 || (m.value & ~m.mask))
            return invalid(where, QStringLiteral("mark value has bits outside its mask"));
        return {};
    case MatchKind::SkUid:
    case MatchKind::SkGid:
        return {};
    }
    return invalid(where, QStringLiteral("unknown match"));
}

Result<void> validateStatement(const Statement &s, const QString &where, const QSet<QString> &regular,
                               bool sawIp6, quint32 l4)
{
    switch (s.kind) {
    case StatementKind::Jump:
        if (!regular.contains(s.chain))
            return invalid(where, QStringLiteral("jump to '%1', which is not a regular chain of this table").arg(s.chain));
        return {};
    case StatementKind::Snat:
    case StatementKind::Dnat:
        if (s.address.isNull() || (s.address.protocol() != QAbstractSocket::IPv4Protocol
                                   && s.address.protocol() != QAbstractSocket::IPv6Protocol))
            return invalid(where, QStringLiteral("nat needs an address"));
        if (sawIp6 && s.address.protocol() == QAbstractSocket::IPv4Protocol)
            return invalid(where, QStringLiteral("IPv4 nat in an IPv6 rule"));
        if (s.kind == StatementKind::Snat && s.port != 0)
            return invalid(where, QStringLiteral("snat takes no port"));
        if (s.port != 0 && l4 != 6 && l4 != 17)
            return invalid(where, QStringLiteral("a nat port needs l4proto tcp or udp in the rule"));
        return {};
    case StatementKind::Redirect:
        if (s.port == 0 || (l4 != 6 && l4 != 17))
            return invalid(where, QStringLiteral("redirect needs a port and l4proto tcp or udp"));
        return {};
    case StatementKind::SetMark:
        if (s.mask == 0 || (s.value & ~s.mask))
            return invalid(where, QStringLiteral("mark value has bits outside its mask"));
        return {};
    case StatementKind::ClampMss:
        if (s.value < 536 || s.value > 65535)
            return invalid(where, QStringLiteral("MSS out of range"));
        [[fallthrough]];
    case StatementKind::ClampMssPmtu:
        if (l4 != 6)
            return invalid(where, QStringLiteral("MSS clamping needs a tcp match (tcp syn)"));
        return {};
    default:
        return {};
    }
}

} // namespace

Match Match::iifname(const QString &n, bool neg) { auto m = make(MatchKind::IifName, neg); m.name = n; return m; }
Match Match::oifname(const QString &n, bool neg) { auto m = make(MatchKind::OifName, neg); m.name = n; return m; }
Match Match::saddr(const config::Prefix &p, bool neg)
{
    auto m = make(p.isIpv6() ? MatchKind::Ip6Saddr : MatchKind::IpSaddr, neg);
    m.prefix = p;
    return m;
}
Match Match::daddr(const config::Prefix &p, bool neg)
{
    auto m = make(p.isIpv6() ? MatchKind::Ip6Daddr : MatchKind::IpDaddr, neg);
    m.prefix = p;
    return m;
}
Match Match::ctState(quint32 bits) { auto m = make(MatchKind::CtState, false); m.value = bits; return m; }
Match Match::skuid(quint32 uid, bool neg) { auto m = make(MatchKind::SkUid, neg); m.value = uid; return m; }
Match Match::skgid(quint32 gid, bool neg) { auto m = make(MatchKind::SkGid, neg); m.value = gid; return m; }
Match Match::l4proto(quint8 proto, bool neg) { auto m = make(MatchKind::L4Proto, neg); m.value = proto; return m; }
Match Match::dport(quint16 port, bool neg) { auto m = make(MatchKind::ThDport, neg); m.value = port; return m; }
Match Match::tcpSyn() { return make(MatchKind::TcpSyn, false); }
Match Match::mark(quint32 value, quint32 mask, bool neg)
{
    auto m = make(MatchKind::Mark, neg);
    m.value = value;
    m.mask = mask;
    return m;
}

int Table::ruleCount() const
{
    int n = 0;
    for (const auto &c : chains)
        n += int(c.rules.size());
    return n;
}

bool isBywayName(const QString &table)
{
    return table.startsWith(QLatin1String("byway"));
}

int hookNumber(const QString &hook)
{
    for (int i = 0; i < 5; ++i)
        if (hook == QLatin1String(kHooks[i]))
            return i;
    return -1;
}

QString hookName(int num)
{
    return num >= 0 && num < 5 ? QString::fromLatin1(kHooks[num]) : QString();
}

Result<void> validate(const Table &t)
{
    if (!isBywayName(t.name) || t.name.toUtf8().size() > kObjNameMax)
        return invalid(QStringLiteral("table"), QStringLiteral("Byway only manages tables named byway*"));
    QSet<QString> names, regular;
    for (const auto &c : t.chains) {
        if (c.name.isEmpty() || c.name.toUtf8().size() > kObjNameMax || names.contains(c.name))
            return invalid(QStringLiteral("chain"), QStringLiteral("empty, too long or duplicate name '%1'").arg(c.name));
        names.insert(c.name);
        if (!c.isBase())
            regular.insert(c.name);
    }
    for (const auto &c : t.chains) {
        const QString cw = QStringLiteral("chain %1").arg(c.name);
        if (c.isBase()) {
            if (hookNumber(c.hook) < 0)
                return invalid(cw, QStringLiteral("unknown hook '%1'").arg(c.hook));
            if (c.type != QLatin1String("filter") && c.type != QLatin1String("nat") && c.type != QLatin1String("route"))
                return invalid(cw, QStringLiteral("unknown type '%1'").arg(c.type));
        } else if (!c.type.isEmpty()) {
            return invalid(cw, QStringLiteral("a chain with a type needs a hook"));
        }
        for (const auto &r : c.rules) {
            const QString rw = cw + QStringLiteral(" rule ") + r.id;
            // The id goes to the kernel as a C string: a NUL would cut it
            // short and the rule would never be recognised again (fuzz_nft_route).
            if (r.id.isEmpty() || r.id.toUtf8().size() > kCommentMax || r.id.contains(QLatin1Char('"'))
                || r.id.contains(QChar(u'\0')))
                return invalid(rw, QStringLiteral("rule id must be 1..250 bytes without quotes or NUL"));
            bool sawIp = false, sawIp6 = false;
            quint32 l4 = 0;
            for (const auto &m : r.matches)
                if (auto ok = validateMatch(m, rw, sawIp, sawIp6, l4); !ok)
                    return ok;
            if (auto ok = validateStatement(r.statement, rw, regular, sawIp6, l4); !ok)
                return ok;
        }
    }
    return {};
}

} // namespace byway::nft
