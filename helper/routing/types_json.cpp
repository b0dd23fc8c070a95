// SPDX-License-Identifier: GPL-3.0-or-later
// JSON form of the routing values: what config.plan shows and what the lab
// tool reads. Field names follow `ip -j` where one exists.
#include "routing/types.h"

#include <QJsonArray>

namespace byway::route {

namespace {

std::unexpected<Error> bad(const QString &path, const QString &what)
{
    return fail(ErrorCode::InvalidParams, what, path);
}

// "default", "10.0.0.0/8" or a bare address (a host prefix).
std::optional<Prefix> prefixOf(const QString &text, Family family)
{
    if (text == QLatin1String("default") || text == QLatin1String("all"))
        return Prefix{family == Family::V6 ? QHostAddress(QStringLiteral("::")) : QHostAddress(QStringLiteral("0.0.0.0")), 0};
    if (!text.contains(QLatin1Char('/'))) {
        QHostAddress a;
        if (!a.setAddress(text))
            return std::nullopt;
        return Prefix{a, familyOf(a) == Family::V6 ? 128 : 32};
    }
    return Prefix::parse(text);
}

Result<Family> familyField(const QJsonObject &o, const QString &path, const QStringList &addressKeys)
{
    const QString f = o.value(QStringLiteral("family")).toString();
    if (f == QLatin1String("inet6"))
        return Family::V6;
    if (f == QLatin1String("inet"))
        return Family::V4;
    if (!f.isEmpty())
        return bad(path + QStringLiteral("/family"), QStringLiteral("family must be inet or inet6"));
    // Without a family, the first address present decides.
    for (const QString &k : addressKeys) {
        const QString v = o.value(k).toString().section(QLatin1Char('/'), 0, 0);
        QHostAddress a;
        if (a.setAddress(v))
            return familyOf(a);
    }
    return Family::V4;
}

Result<quint32> u32(const QJsonObject &o, const QString &key, const QString &path, quint32 dflt = 0)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return dflt;
    if (v.isString()) {
        bool ok = false;
        const quint32 n = v.toString().toUInt(&ok, 0);
        if (ok)
            return n;
    } else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 4294967295.0 && v.toDouble() == qint64(v.toDouble())) {
        return quint32(v.toInteger());
    }
    return bad(path + QLatin1Char('/') + key, QStringLiteral("%1 must be an unsigned 32-bit number").arg(key));
}

Result<Prefix> prefixField(const QJsonObject &o, const QString &key, const QString &path, Family family)
{
    const QString text = o.value(key).toString();
    if (text.isEmpty())
        return Prefix{};
    const auto p = prefixOf(text, family);
    if (!p || familyOf(p->address) != family)
        return bad(path + QLatin1Char('/') + key, QStringLiteral("%1: not a prefix of family %2").arg(text, familyName(family)));
    return *p;
}

Result<QHostAddress> addressField(const QJsonObject &o, const QString &key, const QString &path, Family family)
{
    const QString text = o.value(key).toString();
    if (text.isEmpty())
        return QHostAddress();
    QHostAddress a;
    if (!a.setAddress(text) || familyOf(a) != family)
        return bad(path + QLatin1Char('/') + key, QStringLiteral("%1: not an address of family %2").arg(text, familyName(family)));
    return a;
}

template <typename E>
Result<E> enumField(const QJsonObject &o, const QString &key, const QString &path, QString (*name)(E), std::initializer_list<E> all)
{
    const QString text = o.value(key).toString();
    if (text.isEmpty())
        return *all.begin();
    for (E e : all)
        if (name(e) == text)
            return e;
    return bad(path + QLatin1Char('/') + key, QStringLiteral("unknown %1 \"%2\"").arg(key, text));
}

void putIf(QJsonObject &o, const QString &key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(key, v);
}

} // namespace

QJsonObject RouteSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("family"), familyName(family)},
                  {QStringLiteral("table"), qint64(table)},
                  {QStringLiteral("dst"), dst.isValid() && dst.length > 0 ? dst.toString() : QStringLiteral("default")},
                  {QStringLiteral("type"), routeTypeName(type)},
                  {QStringLiteral("protocol"), int(protocol)},
                  {QStringLiteral("ip"), toIpText()}};
    putIf(o, QStringLiteral("gateway"), gateway.isNull() ? QString() : gateway.toString());
    putIf(o, QStringLiteral("dev"), dev);
    putIf(o, QStringLiteral("prefsrc"), prefsrc.isNull() ? QString() : prefsrc.toString());
    if (metric)
        o.insert(QStringLiteral("metric"), qint64(metric));
    if (scope != Scope::Auto)
        o.insert(QStringLiteral("scope"), scope == Scope::Link ? QStringLiteral("link") : scope == Scope::Host ? QStringLiteral("host") : QStringLiteral("global"));
    return o;
}

Result<RouteSpec> RouteSpec::fromJson(const QJsonObject &o, const QString &path)
{
    RouteSpec r;
    auto fam = familyField(o, path, {QStringLiteral("dst"), QStringLiteral("gateway")});
    if (!fam)
        return std::unexpected(fam.error());
    r.family = *fam;
    auto table = u32(o, QStringLiteral("table"), path, 254);
    auto metric = u32(o, QStringLiteral("metric"), path);
    auto dst = prefixField(o, QStringLiteral("dst"), path, r.family);
    auto gw = addressField(o, QStringLiteral("gateway"), path, r.family);
    auto src = addressField(o, QStringLiteral("prefsrc"), path, r.family);
    auto type = enumField<RouteType>(o, QStringLiteral("type"), path, routeTypeName,
                                     {RouteType::Unicast, RouteType::Blackhole, RouteType::Unreachable, RouteType::Prohibit});
    for (const Error *e : {table ? nullptr : &table.error(), metric ? nullptr : &metric.error(), dst ? nullptr : &dst.error(),
                           gw ? nullptr : &gw.error(), src ? nullptr : &src.error(), type ? nullptr : &type.error()})
        if (e)
            return std::unexpected(*e);
    if (table.value() == 0)
        return bad(path + QStringLiteral("/table"), QStringLiteral("table 0 is not a table"));
    r.table = *table;
    r.metric = *metric;
    r.dst = dst->isValid() ? *dst : *prefixOf(QStringLiteral("default"), r.family);
    r.gateway = *gw;
    r.prefsrc = *src;
    r.type = *type;
    r.dev = o.value(QStringLiteral("dev")).toString();
    const QString scope = o.value(QStringLiteral("scope")).toString();
    r.scope = scope == QLatin1String("link") ? Scope::Link : scope == QLatin1String("host") ? Scope::Host
            : scope == QLatin1String("global") ? Scope::Universe : Scope::Auto;
    if (r.type == RouteType::Unicast && r.gateway.isNull() && r.dev.isEmpty())
        return bad(path, QStringLiteral("a unicast route needs a gateway or a dev"));
    return r;
}

QJsonObject RuleSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("family"), familyName(family)},
                  {QStringLiteral("priority"), qint64(priority)},
                  {QStringLiteral("action"), ruleActionName(action)},
                  {QStringLiteral("protocol"), int(protocol)},
                  {QStringLiteral("ip"), toIpText()}};
    putIf(o, QStringLiteral("from"), from.isValid() && from.length > 0 ? from.toString() : QString());
    putIf(o, QStringLiteral("to"), to.isValid() && to.length > 0 ? to.toString() : QString());
    putIf(o, QStringLiteral("iif"), iif);
    putIf(o, QStringLiteral("oif"), oif);
    if (fwmark || fwmask) {
        o.insert(QStringLiteral("fwmark"), QStringLiteral("0x") + QString::number(fwmark, 16));
        o.insert(QStringLiteral("fwmask"), QStringLiteral("0x") + QString::number(fwmask ? fwmask : 0xffffffffu, 16));
    }
    if (action == RuleAction::Lookup)
        o.insert(QStringLiteral("table"), qint64(table));
    if (invert)
        o.insert(QStringLiteral("not"), true);
    if (suppressPrefix >= 0)
        o.insert(QStringLiteral("suppressPrefixLength"), suppressPrefix);
    return o;
}

Result<RuleSpec> RuleSpec::fromJson(const QJsonObject &o, const QString &path)
{
    RuleSpec r;
    auto fam = familyField(o, path, {QStringLiteral("from"), QStringLiteral("to")});
    if (!fam)
        return std::unexpected(fam.error());
    r.family = *fam;
    auto prio = u32(o, QStringLiteral("priority"), path);
    auto mark = u32(o, QStringLiteral("fwmark"), path);
    auto mask = u32(o, QStringLiteral("fwmask"), path);
    auto table = u32(o, QStringLiteral("table"), path);
    auto from = prefixField(o, QStringLiteral("from"), path, r.family);
    auto to = prefixField(o, QStringLiteral("to"), path, r.family);
    auto action = enumField<RuleAction>(o, QStringLiteral("action"), path, ruleActionName,
                                        {RuleAction::Lookup, RuleAction::Blackhole, RuleAction::Unreachable, RuleAction::Prohibit});
    for (const Error *e : {prio ? nullptr : &prio.error(), mark ? nullptr : &mark.error(), mask ? nullptr : &mask.error(),
                           table ? nullptr : &table.error(), from ? nullptr : &from.error(), to ? nullptr : &to.error(),
                           action ? nullptr : &action.error()})
        if (e)
            return std::unexpected(*e);
    r.priority = *prio;
    r.fwmark = *mark;
    r.fwmask = *mask;
    r.table = *table;
    r.from = *from;
    r.to = *to;
    r.action = *action;
    r.iif = o.value(QStringLiteral("iif")).toString();
    r.oif = o.value(QStringLiteral("oif")).toString();
    r.invert = o.value(QStringLiteral("not")).toBool();
    const QJsonValue suppress = o.value(QStringLiteral("suppressPrefixLength"));
    if (!suppress.isUndefined()) {
        const int n = suppress.toInt(-1);
        if (!suppress.isDouble() || n < 0 || n > 128 || suppress.toDouble() != n)
            return bad(path + QStringLiteral("/suppressPrefixLength"), QStringLiteral("a prefix length, 0 to 128"));
        r.suppressPrefix = n;
    }
    if (r.priority == 0)
        return bad(path + QStringLiteral("/priority"), QStringLiteral("Byway's rules need an explicit priority"));
    if (r.action == RuleAction::Lookup && r.table == 0)
        return bad(path + QStringLiteral("/table"), QStringLiteral("a lookup rule needs a table"));
    return r;
}

QJsonObject AddressSpec::toJson() const
{
    return {{QStringLiteral("address"), address.toString()},
            {QStringLiteral("dev"), dev},
            {QStringLiteral("protocol"), int(protocol)},
            {QStringLiteral("ip"), toIpText()}};
}

Result<AddressSpec> AddressSpec::fromJson(const QJsonObject &o, const QString &path)
{
    const auto p = Prefix::parse(o.value(QStringLiteral("address")).toString());
    if (!p)
        return bad(path + QStringLiteral("/address"), QStringLiteral("address must be ADDRESS/LENGTH"));
    AddressSpec a{*p, o.value(QStringLiteral("dev")).toString()};
    if (a.dev.isEmpty())
        return bad(path + QStringLiteral("/dev"), QStringLiteral("an address needs a dev"));
    return a;
}

QJsonObject SysctlValue::toJson() const
{
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}, {QStringLiteral("text"), toIpText()}};
}

QJsonObject State::toJson() const
{
    QJsonArray rs, ru, ad, sy;
    for (const auto &r : routes)
        rs.append(r.toJson());
    for (const auto &r : rules)
        ru.append(r.toJson());
    for (const auto &a : addresses)
        ad.append(a.toJson());
    for (const auto &s : sysctls)
        sy.append(s.toJson());
    return {{QStringLiteral("routes"), rs}, {QStringLiteral("rules"), ru},
            {QStringLiteral("addresses"), ad}, {QStringLiteral("sysctls"), sy}};
}

Result<State> State::fromJson(const QJsonObject &o)
{
    State s;
    const auto each = [&](const QString &key, auto parse) -> Result<void> {
        const QJsonArray a = o.value(key).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            auto r = parse(a.at(i).toObject(), QStringLiteral("/%1/%2").arg(key).arg(i));
            if (!r)
                return std::unexpected(r.error());
        }
        return {};
    };
    auto ok = each(QStringLiteral("routes"), [&](const QJsonObject &j, const QString &p) -> Result<void> {
        auto r = RouteSpec::fromJson(j, p);
        if (!r)
            return std::unexpected(r.error());
        s.routes.append(*r);
        return {};
    });
    if (ok)
        ok = each(QStringLiteral("rules"), [&](const QJsonObject &j, const QString &p) -> Result<void> {
            auto r = RuleSpec::fromJson(j, p);
            if (!r)
                return std::unexpected(r.error());
            s.rules.append(*r);
            return {};
        });
    if (ok)
        ok = each(QStringLiteral("addresses"), [&](const QJsonObject &j, const QString &p) -> Result<void> {
            auto r = AddressSpec::fromJson(j, p);
            if (!r)
                return std::unexpected(r.error());
            s.addresses.append(*r);
            return {};
        });
    if (ok)
        ok = each(QStringLiteral("sysctls"), [&](const QJsonObject &j, const QString &p) -> Result<void> {
            SysctlValue v{j.value(QStringLiteral("key")).toString(), j.value(QStringLiteral("value")).toString()};
            if (v.key.isEmpty())
                return bad(p + QStringLiteral("/key"), QStringLiteral("a sysctl needs a key"));
            s.sysctls.append(v);
            return {};
        });
    if (!ok)
        return std::unexpected(ok.error());
    return s;
}

} // namespace byway::route
