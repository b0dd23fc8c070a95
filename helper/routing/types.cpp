// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/types.h"

#include <sys/socket.h>

namespace byway::route {

int afOf(Family f)
{
    return f == Family::V6 ? AF_INET6 : AF_INET;
}

QString familyName(Family f)
{
    return f == Family::V6 ? QStringLiteral("inet6") : QStringLiteral("inet");
}

Family familyOf(const QHostAddress &a)
{
    return a.protocol() == QAbstractSocket::IPv6Protocol ? Family::V6 : Family::V4;
}

QString routeTypeName(RouteType t)
{
    switch (t) {
    case RouteType::Unicast: return QStringLiteral("unicast");
    case RouteType::Blackhole: return QStringLiteral("blackhole");
    case RouteType::Unreachable: return QStringLiteral("unreachable");
    case RouteType::Prohibit: return QStringLiteral("prohibit");
    }
    return {};
}

QString ruleActionName(RuleAction a)
{
    switch (a) {
    case RuleAction::Lookup: return QStringLiteral("lookup");
    case RuleAction::Blackhole: return QStringLiteral("blackhole");
    case RuleAction::Unreachable: return QStringLiteral("unreachable");
    case RuleAction::Prohibit: return QStringLiteral("prohibit");
    }
    return {};
}

namespace {

QString familyFlag(Family f)
{
    return f == Family::V6 ? QStringLiteral("ip -6 ") : QStringLiteral("ip ");
}

QString hex(quint32 v)
{
    return QStringLiteral("0x") + QString::number(v, 16);
}

Prefix allOf(Family f)
{
    return f == Family::V6 ? Prefix{QHostAddress(QStringLiteral("::")), 0}
                           : Prefix{QHostAddress(QStringLiteral("0.0.0.0")), 0};
}

QString scopeName(Scope s)
{
    switch (s) {
    case Scope::Link: return QStringLiteral("link");
    case Scope::Host: return QStringLiteral("host");
    default: return QStringLiteral("global");
    }
}

} // namespace

Scope RouteSpec::effectiveScope() const
{
    if (scope != Scope::Auto)
        return scope;
    // iproute2's rule: a unicast route without gateway is on-link.
    if (type == RouteType::Unicast && gateway.isNull() && !dev.isEmpty())
        return Scope::Link;
    return Scope::Universe;
}

RouteSpec RouteSpec::normalized() const
{
    RouteSpec n = *this;
    n.dst = dst.isValid() ? config::networkOf(dst) : allOf(family);
    n.scope = effectiveScope();
    // The kernel keeps no scope for IPv6 routes and reports universe.
    if (family == Family::V6)
        n.scope = Scope::Universe;
    if (family == Family::V6 && metric == 0)
        n.metric = kIpv6DefaultMetric;
    return n;
}

QString RouteSpec::toIpText(const QString &verb) const
{
    QString s = familyFlag(family) + QStringLiteral("route ") + verb + QLatin1Char(' ');
    if (type != RouteType::Unicast)
        s += routeTypeName(type) + QLatin1Char(' ');
    s += (!dst.isValid() || dst.length == 0) ? QStringLiteral("default") : dst.toString();
    if (!gateway.isNull())
        s += QStringLiteral(" via ") + gateway.toString();
    if (!dev.isEmpty())
        s += QStringLiteral(" dev ") + dev;
    if (table != 254)
        s += QStringLiteral(" table ") + QString::number(table);
    if (metric)
        s += QStringLiteral(" metric ") + QString::number(metric);
    if (!prefsrc.isNull())
        s += QStringLiteral(" src ") + prefsrc.toString();
    RouteSpec automatic = *this;
    automatic.scope = Scope::Auto;
    if (scope != Scope::Auto && scope != automatic.effectiveScope())
        s += QStringLiteral(" scope ") + scopeName(scope);
    s += QStringLiteral(" proto ") + QString::number(protocol);
    return s;
}

QString RuleSpec::toIpText(const QString &verb) const
{
    QString s = familyFlag(family) + QStringLiteral("rule ") + verb;
    if (invert)
        s += QStringLiteral(" not");
    s += QStringLiteral(" from ") + (from.isValid() && from.length > 0 ? from.toString() : QStringLiteral("all"));
    if (to.isValid() && to.length > 0)
        s += QStringLiteral(" to ") + to.toString();
    if (fwmark || fwmask) {
        s += QStringLiteral(" fwmark ") + hex(fwmark);
        if (fwmask && fwmask != 0xffffffffu)
            s += QLatin1Char('/') + hex(fwmask);
    }
    if (!iif.isEmpty())
        s += QStringLiteral(" iif ") + iif;
    if (!oif.isEmpty())
        s += QStringLiteral(" oif ") + oif;
    if (priority)
        s += QStringLiteral(" priority ") + QString::number(priority);
    if (action == RuleAction::Lookup)
        s += QStringLiteral(" lookup ") + QString::number(table);
    else
        s += QLatin1Char(' ') + ruleActionName(action);
    if (suppressPrefix >= 0)
        s += QStringLiteral(" suppress_prefixlength ") + QString::number(suppressPrefix);
    s += QStringLiteral(" proto ") + QString::number(protocol);
    return s;
}

RuleSpec RuleSpec::normalized() const
{
    RuleSpec n = *this;
    // "from all" is stored as a zero-length prefix and dumped without FRA_SRC.
    if (n.from.isValid() && n.from.length == 0)
        n.from = {};
    if (n.to.isValid() && n.to.length == 0)
        n.to = {};
    if (n.from.isValid())
        n.from = config::networkOf(n.from);
    if (n.to.isValid())
        n.to = config::networkOf(n.to);
    if (n.fwmark && !n.fwmask)
        n.fwmask = 0xffffffffu;
    if (n.action != RuleAction::Lookup) {
        n.table = 0;
        n.suppressPrefix = -1;
    }
    if (n.suppressPrefix < 0)
        n.suppressPrefix = -1; // the kernel's "none" is 0xffffffff
    return n;
}

QString AddressSpec::toIpText(const QString &verb) const
{
    return familyFlag(family()) + QStringLiteral("addr ") + verb + QLatin1Char(' ') + address.toString()
        + QStringLiteral(" dev ") + dev + QStringLiteral(" proto ") + QString::number(protocol);
}

QString SysctlValue::toIpText() const
{
    // sysctl(8) separates with dots and writes a dot inside a name as '/'.
    QString dotted;
    for (const QChar c : key)
        dotted += c == QLatin1Char('/') ? QLatin1Char('.') : c == QLatin1Char('.') ? QLatin1Char('/') : c;
    return QStringLiteral("sysctl -w ") + dotted + QLatin1Char('=') + value;
}

} // namespace byway::route
