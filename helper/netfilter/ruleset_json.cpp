// SPDX-License-Identifier: GPL-3.0-or-later
// The IR as JSON (for byway-nft-tool, tests and benches) and its digest.
#include "netfilter/ruleset.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace byway::nft {

namespace {

using MK = MatchKind;
using SK = StatementKind;

constexpr std::array<std::pair<MK, const char *>, 13> kMatchNames{{
    {MK::IifName, "iifname"}, {MK::OifName, "oifname"}, {MK::IpSaddr, "ip_saddr"},
    {MK::IpDaddr, "ip_daddr"}, {MK::Ip6Saddr, "ip6_saddr"}, {MK::Ip6Daddr, "ip6_daddr"},
    {MK::CtState, "ct_state"}, {MK::SkUid, "skuid"}, {MK::SkGid, "skgid"},
    {MK::L4Proto, "l4proto"}, {MK::ThDport, "th_dport"}, {MK::TcpSyn, "tcp_syn"}, {MK::Mark, "mark"},
}};

constexpr std::array<std::pair<SK, const char *>, 12> kStatementNames{{
    {SK::Counter, "counter"}, {SK::Accept, "accept"}, {SK::Drop, "drop"}, {SK::Return, "return"},
    {SK::Jump, "jump"}, {SK::Masquerade, "masquerade"}, {SK::Snat, "snat"}, {SK::Dnat, "dnat"},
    {SK::Redirect, "redirect"}, {SK::SetMark, "mark_set"}, {SK::ClampMssPmtu, "clamp_mss_pmtu"},
    {SK::ClampMss, "clamp_mss"},
}};

constexpr std::array<std::pair<quint32, const char *>, 4> kCtNames{{
    {CtInvalid, "invalid"}, {CtEstablished, "established"}, {CtRelated, "related"}, {CtNew, "new"},
}};

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[k, n] : table)
        if (k == v)
            return QString::fromLatin1(n);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char *>, N> &table, const QString &n)
{
    for (const auto &[k, name] : table)
        if (n == QLatin1String(name))
            return k;
    return std::nullopt;
}

// Numbers may be given as JSON numbers or as "0x..." strings (marks).
std::optional<quint32> toU32(const QJsonValue &v, quint32 dflt)
{
    if (v.isUndefined())
        return dflt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d > 4294967295.0 || d != double(quint64(d)))
            return std::nullopt;
        return quint32(d);
    }
    bool ok = false;
    const quint32 x = v.toString().toUInt(&ok, 0);
    return ok ? std::optional(x) : std::nullopt;
}

QJsonObject matchToJson(const Match &m)
{
    QJsonObject o{{QStringLiteral("kind"), nameOf(kMatchNames, m.kind)}};
    if (m.negate)
        o.insert(QStringLiteral("negate"), true);
    switch (m.kind) {
    case MK::IifName:
    case MK::OifName:
        o.insert(QStringLiteral("name"), m.name);
        break;
    case MK::IpSaddr:
    case MK::IpDaddr:
    case MK::Ip6Saddr:
    case MK::Ip6Daddr:
        o.insert(QStringLiteral("prefix"), m.prefix.toString());
        break;
    case MK::CtState: {
        QJsonArray states;
        for (const auto &[bit, n] : kCtNames)
            if (m.value & bit)
                states.append(QString::fromLatin1(n));
        o.insert(QStringLiteral("states"), states);
        break;
    }
    case MK::TcpSyn:
        break;
    case MK::Mark:
        o.insert(QStringLiteral("mask"), double(m.mask));
        [[fallthrough]];
    default:
        o.insert(QStringLiteral("value"), double(m.value));
    }
    return o;
}

Result<Match> matchFromJson(const QJsonObject &o, const QString &path)
{
    Match m;
    const auto kind = valueOf(kMatchNames, o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail(ErrorCode::InvalidParams, QStringLiteral("unknown match kind"), path + QStringLiteral("/kind"));
    m.kind = *kind;
    m.negate = o.value(QStringLiteral("negate")).toBool(false);
    m.name = o.value(QStringLiteral("name")).toString();
    if (o.contains(QStringLiteral("prefix"))) {
        const auto p = config::Prefix::parse(o.value(QStringLiteral("prefix")).toString());
        if (!p)
            return fail(ErrorCode::InvalidParams, QStringLiteral("not a prefix"), path + QStringLiteral("/prefix"));
        m.prefix = *p;
    }
    for (const auto &s : o.value(QStringLiteral("states")).toArray()) {
        bool found = false;
        for (const auto &[bit, n] : kCtNames)
            if (s.toString() == QLatin1String(n)) {
                m.value |= bit;
                found = true;
            }
        if (!found)
            return fail(ErrorCode::InvalidParams, QStringLiteral("unknown ct state"), path + QStringLiteral("/states"));
    }
    const auto value = toU32(o.value(QStringLiteral("value")), m.value);
    const auto mask = toU32(o.value(QStringLiteral("mask")), 0xffffffffu);
    if (!value || !mask)
        return fail(ErrorCode::InvalidParams, QStringLiteral("not a 32-bit number"), path);
    m.value = *value;
    m.mask = *mask;
    return m;
}

QJsonObject statementToJson(const Statement &s)
{
    QJsonObject o{{QStringLiteral("kind"), nameOf(kStatementNames, s.kind)}};
    if (!s.address.isNull())
        o.insert(QStringLiteral("address"), s.address.toString());
    if (s.port)
        o.insert(QStringLiteral("port"), s.port);
    if (!s.chain.isEmpty())
        o.insert(QStringLiteral("chain"), s.chain);
    if (s.kind == SK::SetMark || s.kind == SK::ClampMss)
        o.insert(QStringLiteral("value"), double(s.value));
    if (s.kind == SK::SetMark)
        o.insert(QStringLiteral("mask"), double(s.mask));
    return o;
}

Result<Statement> statementFromJson(const QJsonObject &o, const QString &path)
{
    Statement s;
    const auto kind = valueOf(kStatementNames, o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return fail(ErrorCode::InvalidParams, QStringLiteral("unknown statement kind"), path + QStringLiteral("/kind"));
    s.kind = *kind;
    if (o.contains(QStringLiteral("address")) && !s.address.setAddress(o.value(QStringLiteral("address")).toString()))
        return fail(ErrorCode::InvalidParams, QStringLiteral("not an address"), path + QStringLiteral("/address"));
    const auto port = toU32(o.value(QStringLiteral("port")), 0);
    const auto value = toU32(o.value(QStringLiteral("value")), 0);
    const auto mask = toU32(o.value(QStringLiteral("mask")), 0xffffffffu);
    if (!port || *port > 65535 || !value || !mask)
        return fail(ErrorCode::InvalidParams, QStringLiteral("number out of range"), path);
    s.port = quint16(*port);
    s.value = *value;
    s.mask = *mask;
    s.chain = o.value(QStringLiteral("chain")).toString();
    return s;
}

} // namespace

QJsonObject toJson(const Table &t)
{
    QJsonArray chains;
    for (const auto &c : t.chains) {
        QJsonArray rules;
        for (const auto &r : c.rules) {
            QJsonArray matches;
            for (const auto &m : r.matches)
                matches.append(matchToJson(m));
            rules.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("match"), matches},
                                     {QStringLiteral("statement"), statementToJson(r.statement)}});
        }
        QJsonObject co{{QStringLiteral("name"), c.name}, {QStringLiteral("rules"), rules}};
        if (c.isBase()) {
            co.insert(QStringLiteral("type"), c.type);
            co.insert(QStringLiteral("hook"), c.hook);
            co.insert(QStringLiteral("priority"), c.priority);
            co.insert(QStringLiteral("policy"), c.policyAccept ? QStringLiteral("accept") : QStringLiteral("drop"));
        }
        chains.append(co);
    }
    return {{QStringLiteral("name"), t.name}, {QStringLiteral("chains"), chains}};
}

Result<Table> tableFromJson(const QJsonObject &o)
{
    Table t;
    t.name = o.value(QStringLiteral("name")).toString();
    const QJsonArray chains = o.value(QStringLiteral("chains")).toArray();
    for (qsizetype ci = 0; ci < chains.size(); ++ci) {
        const QJsonObject co = chains.at(ci).toObject();
        const QString cp = QStringLiteral("/chains/%1").arg(ci);
        Chain c;
        c.name = co.value(QStringLiteral("name")).toString();
        c.type = co.value(QStringLiteral("type")).toString();
        c.hook = co.value(QStringLiteral("hook")).toString();
        c.priority = co.value(QStringLiteral("priority")).toInt(0);
        const QString policy = co.value(QStringLiteral("policy")).toString(QStringLiteral("accept"));
        if (policy != QLatin1String("accept") && policy != QLatin1String("drop"))
            return fail(ErrorCode::InvalidParams, QStringLiteral("policy is accept or drop"), cp + QStringLiteral("/policy"));
        c.policyAccept = policy == QLatin1String("accept");
        const QJsonArray rules = co.value(QStringLiteral("rules")).toArray();
        for (qsizetype ri = 0; ri < rules.size(); ++ri) {
            const QJsonObject ro = rules.at(ri).toObject();
            const QString rp = cp + QStringLiteral("/rules/%1").arg(ri);
            Rule r;
            r.id = ro.value(QStringLiteral("id")).toString();
            const QJsonArray ms = ro.value(QStringLiteral("match")).toArray();
            for (qsizetype mi = 0; mi < ms.size(); ++mi) {
                auto m = matchFromJson(ms.at(mi).toObject(), rp + QStringLiteral("/match/%1").arg(mi));
                if (!m)
                    return std::unexpected(m.error());
                r.matches.append(*m);
            }
            auto s = statementFromJson(ro.value(QStringLiteral("statement")).toObject(), rp + QStringLiteral("/statement"));
            if (!s)
                return std::unexpected(s.error());
            r.statement = *s;
            c.rules.append(r);
        }
        t.chains.append(c);
    }
    return t;
}

QByteArray fingerprint(const Table &t)
{
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QCryptographicHash::hash(QJsonDocument(toJson(t)).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha256).toHex();
}

} // namespace byway::nft
