// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/health.h"

#include "core/messages/messages.h"
#include "probe/reach.h"

#include <QRegularExpression>

namespace byway::reconcile {
namespace {

const QStringList kKinds{QStringLiteral("tcp"), QStringLiteral("icmp"), QStringLiteral("dns"), QStringLiteral("reconnect")};
const QStringList kCheckMembers{QStringLiteral("kind"),    QStringLiteral("target"), QStringLiteral("timeoutMs"),
                                QStringLiteral("name"),    QStringLiteral("exit"),   QStringLiteral("fromPool"),
                                QStringLiteral("server")};
const QStringList kReconnectMembers{QStringLiteral("kind"), QStringLiteral("address"), QStringLiteral("name")};
const QStringList kConfirmMembers{QStringLiteral("withinSec"), QStringLiteral("checks"), QStringLiteral("wait")};

// The refusal at `path`, with its message as an id the GUI translates (the
// one field error) and in English (the message, for logs and the CLI).
std::unexpected<Error> bad(const QString &path, msg::Id id, QJsonObject args = {})
{
    Error e = Error::make(ErrorCode::InvalidParams, msg::english(id, args), path);
    e.errors.append(FieldError(path, QStringLiteral("invalid"), e.message, id.toString(), std::move(args)));
    return std::unexpected(std::move(e));
}

QJsonObject member(const QString &key)
{
    return {{QStringLiteral("member"), key}};
}

Result<void> unknownMembers(const QJsonObject &o, const QStringList &known, const QString &at)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return bad(at + QLatin1Char('/') + it.key(), msg::Id("confirm.member.unknown"),
                       {{QStringLiteral("member"), it.key()}, {QStringLiteral("known"), known.join(QStringLiteral(", "))}});
    return {};
}

Result<QString> stringMember(const QJsonObject &o, const QString &key, const QString &at, bool required)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            return bad(at + QLatin1Char('/') + key, msg::Id("confirm.member.required"), member(key));
        return QString();
    }
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return bad(at + QLatin1Char('/') + key, msg::Id("confirm.member.empty"), member(key));
    return v.toString().trimmed();
}

Result<int> intMember(const QJsonObject &o, const QString &key, const QString &at, int def, int min, int max)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return def;
    const double d = v.toDouble();
    if (!v.isDouble() || d != double(qint64(d)))
        return bad(at + QLatin1Char('/') + key, msg::Id("confirm.member.integer"), member(key));
    if (d < min || d > max)
        return bad(at + QLatin1Char('/') + key, msg::Id("confirm.member.range"),
                   {{QStringLiteral("member"), key}, {QStringLiteral("min"), min}, {QStringLiteral("max"), max}});
    return int(d);
}

// A host name as a DNS query carries it: labels of 1-63 letters, digits,
// '-' or '_', at most 253 characters; a trailing dot is allowed.
bool validDnsName(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9_]([A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (const QString &l : name.split(QLatin1Char('.')))
        if (!label.match(l).hasMatch())
            return false;
    return true;
}

// The exit's route as a socket can take it: its mark, its device.
Result<void> resolveExit(HealthCheck &check, const config::Config &c, const QString &at, const QString &field)
{
    const config::Exit *e = nullptr;
    for (const config::Exit &x : c.exits)
        if (x.name == check.exit)
            e = &x;
    if (!e) {
        QStringList names;
        for (const config::Exit &x : c.exits)
            names.append(x.name);
        return bad(at + field, msg::Id("confirm.exit.unknown"),
                   {{QStringLiteral("exit"), check.exit},
                    {QStringLiteral("exits"), names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "))}});
    }
    if (e->type != config::ExitType::Direct)
        return bad(at + field, msg::Id("confirm.exit.socks5"), {{QStringLiteral("exit"), e->name}});
    if (e->mark == 0 && e->device.isEmpty())
        return bad(at + field, msg::Id("confirm.exit.no_route"), {{QStringLiteral("exit"), e->name}});
    check.mark = e->mark;
    check.device = e->device;
    return {};
}

bool isWildcard(const QHostAddress &a)
{
    return a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6;
}

// 0.0.0.0 and :: reach this box itself, so a probe of them passes whatever
// was applied; broadcast and multicast are no one host's.
Result<void> oneHost(const QHostAddress &a, const QString &at)
{
    if (!config::isUnicast(a))
        return bad(at, msg::Id("confirm.check.not_one_host"), {{QStringLiteral("address"), a.toString()}});
    return {};
}

// Each kind's target as its probe reads it.
Result<void> checkTarget(const HealthCheck &check, const QString &targetAt)
{
    switch (check.kind) {
    case HealthCheck::Kind::Tcp: {
        auto t = probe::parseTarget(check.target);
        if (!t || t->port == 0)
            return bad(targetAt, msg::Id("confirm.check.tcp_target"),
                       {{QStringLiteral("value"), check.target}});
        return oneHost(t->addr, targetAt);
    }
    case HealthCheck::Kind::Icmp: {
        auto t = probe::parseTarget(check.target);
        if (!t || t->port != 0)
            return bad(targetAt, msg::Id("confirm.check.icmp_target"), {{QStringLiteral("value"), check.target}});
        return oneHost(t->addr, targetAt);
    }
    case HealthCheck::Kind::Dns:
        if (!validDnsName(check.target))
            return bad(targetAt, msg::Id("confirm.check.dns_name"), {{QStringLiteral("value"), check.target}});
        return {};
    case HealthCheck::Kind::Reconnect:
        break;
    }
    return {};
}

// fromPool (the pool's exit) or exit: the route the probe's socket takes.
Result<void> resolveRoute(HealthCheck &check, const QJsonObject &o, const config::Config &c, const QString &at)
{
    if (!o.contains(QStringLiteral("fromPool"))) {
        if (check.exit.isEmpty())
            return {};
        return resolveExit(check, c, at, QStringLiteral("/exit"));
    }
    if (!check.exit.isEmpty())
        return bad(at + QStringLiteral("/fromPool"), msg::Id("confirm.check.exit_and_pool"));
    const QJsonValue p = o.value(QStringLiteral("fromPool"));
    const config::Pool *pool = nullptr;
    if (p.isString()) {
        for (const config::Pool &x : c.pools)
            if (x.name == p.toString())
                pool = &x;
    } else if (p.isDouble() && p.toDouble() >= 0 && p.toDouble() < double(c.pools.size())
               && p.toDouble() == double(qint64(p.toDouble()))) {
        pool = &c.pools[qsizetype(p.toDouble())];
    }
    if (!pool)
        return bad(at + QStringLiteral("/fromPool"), msg::Id("confirm.check.pool_unknown"),
                   {{QStringLiteral("count"), c.pools.size()}});
    check.fromPool = pool->name.isEmpty() ? QString::number(pool - c.pools.constData()) : pool->name;
    check.exit = pool->exit; // empty: the main table, a plain socket
    if (check.exit.isEmpty())
        return {};
    return resolveExit(check, c, at, QStringLiteral("/fromPool"));
}

// tcp, icmp and dns: a probe bywayd sends itself.
Result<HealthCheck> parseProbeCheck(HealthCheck check, const QJsonObject &o, const config::Config &c, const QString &at)
{
    auto target = stringMember(o, QStringLiteral("target"), at, true);
    auto server = stringMember(o, QStringLiteral("server"), at, check.kind == HealthCheck::Kind::Dns);
    auto name = stringMember(o, QStringLiteral("name"), at, false);
    auto exitName = stringMember(o, QStringLiteral("exit"), at, false);
    auto timeout = intMember(o, QStringLiteral("timeoutMs"), at, 3000, 100, 30000);
    if (!target || !server || !name || !exitName || !timeout)
        return std::unexpected(!target ? target.error() : !server ? server.error() : !name ? name.error()
                                                        : !exitName ? exitName.error()
                                                                  : timeout.error());
    check.target = *target;
    check.name = *name;
    check.exit = *exitName;
    check.timeoutMs = *timeout;
    if (auto r = checkTarget(check, at + QStringLiteral("/target")); !r)
        return std::unexpected(r.error());
    if (o.contains(QStringLiteral("server"))) {
        if (check.kind != HealthCheck::Kind::Dns)
            return bad(at + QStringLiteral("/server"), msg::Id("confirm.check.server_not_dns"));
        auto s = probe::parseTarget(*server);
        if (!s)
            return bad(at + QStringLiteral("/server"), msg::Id("confirm.check.dns_server"),
                       {{QStringLiteral("value"), *server}});
        if (auto r = oneHost(s->addr, at + QStringLiteral("/server")); !r)
            return std::unexpected(r.error());
        check.server = *server;
    }
    if (auto r = resolveRoute(check, o, c, at); !r)
        return std::unexpected(r.error());
    if (check.name.isEmpty()) {
        check.name = kindName(check.kind) + QLatin1Char(' ') + check.target;
        if (!check.fromPool.isEmpty())
            check.name += QStringLiteral(" from pool ") + check.fromPool;
        else if (!check.exit.isEmpty())
            check.name += QStringLiteral(" via ") + check.exit;
    }
    return check;
}

// The address an IPv4 client reaches a dual-stack socket on is ::ffff:a.b.c.d.
QHostAddress plain(const QHostAddress &a)
{
    bool v4 = false;
    const quint32 x = a.toIPv4Address(&v4);
    return v4 ? QHostAddress(x) : a;
}

// reconnect: {kind, address, name?}. The address is where the admin's
// remote client reaches the box once the config is in force: its own
// bypass.address, on which the remote listener can accept.
Result<HealthCheck> parseReconnectCheck(HealthCheck check, const QJsonObject &o, const config::Config &c,
                                        const RemoteListener &remote, const QString &at)
{
    if (auto r = unknownMembers(o, kReconnectMembers, at); !r)
        return std::unexpected(r.error());
    auto address = stringMember(o, QStringLiteral("address"), at, true);
    auto name = stringMember(o, QStringLiteral("name"), at, false);
    if (!address || !name)
        return std::unexpected(!address ? address.error() : name.error());
    const QString addressAt = at + QStringLiteral("/address");
    if (!remote.enabled)
        return bad(at + QStringLiteral("/kind"), msg::Id("confirm.reconnect.no_listener"));
    auto t = probe::parseTarget(*address);
    if (!t)
        return bad(addressAt, msg::Id("confirm.reconnect.address"),
                   {{QStringLiteral("value"), *address}});
    const bool managed = c.role == config::Role::BypassRouter || c.role == config::Role::SecondaryRouter;
    if (!managed || !c.bypass.address.isValid())
        return bad(addressAt, msg::Id("confirm.reconnect.no_own_address"));
    if (plain(t->addr) != plain(c.bypass.address.address))
        return bad(addressAt, msg::Id("confirm.reconnect.not_this_box"),
                   {{QStringLiteral("address"), t->addr.toString()}, {QStringLiteral("own"), c.bypass.address.address.toString()}});
    if (!isWildcard(remote.address) && plain(remote.address) != plain(t->addr))
        return bad(addressAt, msg::Id("confirm.reconnect.listener_address"),
                   {{QStringLiteral("listener"), plain(remote.address).toString()},
                    {QStringLiteral("port"), int(remote.port)},
                    {QStringLiteral("address"), t->addr.toString()}});
    if (t->port != 0 && t->port != remote.port)
        return bad(addressAt, msg::Id("confirm.reconnect.listener_port"),
                   {{QStringLiteral("port"), int(remote.port)}, {QStringLiteral("given"), int(t->port)}});
    check.target = *address;
    check.name = name->isEmpty() ? QStringLiteral("reconnect ") + *address : *name;
    return check;
}

Result<HealthCheck> parseCheck(const QJsonValue &v, const config::Config &c, const RemoteListener &remote,
                               const QString &at)
{
    if (!v.isObject())
        return bad(at, msg::Id("confirm.check.not_object"));
    const QJsonObject o = v.toObject();
    HealthCheck check;
    auto kind = stringMember(o, QStringLiteral("kind"), at, true);
    if (!kind)
        return std::unexpected(kind.error());
    if (!kKinds.contains(*kind))
        return bad(at + QStringLiteral("/kind"), msg::Id("confirm.check.kind"), {{QStringLiteral("value"), *kind}});
    check.kind = HealthCheck::Kind(kKinds.indexOf(*kind));
    if (check.kind == HealthCheck::Kind::Reconnect)
        return parseReconnectCheck(check, o, c, remote, at);
    if (auto r = unknownMembers(o, kCheckMembers, at); !r)
        return std::unexpected(r.error());
    return parseProbeCheck(check, o, c, at);
}

} // namespace

QString kindName(HealthCheck::Kind k)
{
    return kKinds.value(int(k));
}

bool reconnectMatches(const HealthCheck &c, const QHostAddress &local, quint16 port)
{
    if (c.kind != HealthCheck::Kind::Reconnect)
        return false;
    auto t = probe::parseTarget(c.target);
    return t && plain(t->addr) == plain(local) && (t->port == 0 || t->port == port);
}

QJsonObject HealthCheck::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindName(kind)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("target"), target},
                  {QStringLiteral("timeoutMs"), timeoutMs}};
    if (!server.isEmpty())
        o.insert(QStringLiteral("server"), server);
    if (!exit.isEmpty())
        o.insert(QStringLiteral("exit"), exit);
    if (!fromPool.isEmpty())
        o.insert(QStringLiteral("fromPool"), fromPool);
    if (mark)
        o.insert(QStringLiteral("mark"), QStringLiteral("0x%1").arg(mark, 8, 16, QLatin1Char('0')));
    if (!device.isEmpty())
        o.insert(QStringLiteral("device"), device);
    return o;
}

HealthCheck HealthCheck::fromJson(const QJsonObject &o)
{
    HealthCheck c;
    c.kind = HealthCheck::Kind(qMax(0, kKinds.indexOf(o.value(QStringLiteral("kind")).toString())));
    c.name = o.value(QStringLiteral("name")).toString();
    c.target = o.value(QStringLiteral("target")).toString();
    c.server = o.value(QStringLiteral("server")).toString();
    c.timeoutMs = o.value(QStringLiteral("timeoutMs")).toInt(3000);
    c.exit = o.value(QStringLiteral("exit")).toString();
    c.fromPool = o.value(QStringLiteral("fromPool")).toString();
    c.mark = o.value(QStringLiteral("mark")).toString().toUInt(nullptr, 16);
    c.device = o.value(QStringLiteral("device")).toString();
    return c;
}

Result<ConfirmSpec> parseConfirm(const QJsonValue &confirm, const config::Config &c, const RemoteListener &remote)
{
    const QString at = QStringLiteral("/confirm");
    if (!confirm.isObject())
        return bad(at, msg::Id("confirm.not_object"));
    const QJsonObject o = confirm.toObject();
    if (auto r = unknownMembers(o, kConfirmMembers, at); !r)
        return std::unexpected(r.error());
    ConfirmSpec spec;
    if (!o.contains(QStringLiteral("withinSec")))
        return bad(at + QStringLiteral("/withinSec"), msg::Id("confirm.member.required"), member(QStringLiteral("withinSec")));
    auto within = intMember(o, QStringLiteral("withinSec"), at, 0, 1, 3600);
    if (!within)
        return std::unexpected(within.error());
    spec.withinSec = *within;
    const QJsonValue waitValue = o.value(QStringLiteral("wait"));
    if (!waitValue.isUndefined() && !waitValue.isBool())
        return bad(at + QStringLiteral("/wait"), msg::Id("confirm.member.boolean"), member(QStringLiteral("wait")));
    spec.wait = waitValue.toBool(false);
    const QJsonValue checks = o.value(QStringLiteral("checks"));
    if (checks.isUndefined())
        return spec; // a plain commit-confirm
    if (!checks.isArray())
        return bad(at + QStringLiteral("/checks"), msg::Id("confirm.checks.not_array"));
    const QJsonArray list = checks.toArray();
    if (list.size() > kMaxHealthChecks)
        return bad(at + QStringLiteral("/checks"), msg::Id("confirm.checks.too_many"), {{QStringLiteral("max"), kMaxHealthChecks}});
    QStringList names;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString itemAt = at + QStringLiteral("/checks/") + QString::number(i);
        auto check = parseCheck(list.at(i), c, remote, itemAt);
        if (!check)
            return std::unexpected(check.error());
        if (names.contains(check->name))
            return bad(itemAt + QStringLiteral("/name"), msg::Id("confirm.check.same_name"), {{QStringLiteral("name"), check->name}});
        names.append(check->name);
        spec.checks.append(*check);
    }
    return spec;
}

QString CheckState::stateName() const
{
    switch (state) {
    case State::Waiting:
        return QStringLiteral("waiting");
    case State::Passed:
        return QStringLiteral("passed");
    case State::Failing:
        return QStringLiteral("failing");
    }
    return {};
}

QJsonObject checkStateJson(const HealthCheck &c, const CheckState &s)
{
    QJsonObject o{{QStringLiteral("name"), c.name},
                  {QStringLiteral("kind"), kindName(c.kind)},
                  {QStringLiteral("target"), c.target},
                  {QStringLiteral("state"), s.stateName()}};
    if (!c.exit.isEmpty())
        o.insert(QStringLiteral("exit"), c.exit);
    if (!s.error.isEmpty())
        o.insert(QStringLiteral("error"), s.error);
    return o;
}

QJsonArray checkStatesJson(const QList<HealthCheck> &checks, const QList<CheckState> &states)
{
    QJsonArray out;
    for (qsizetype i = 0; i < checks.size(); ++i)
        out.append(checkStateJson(checks[i], states.value(i)));
    return out;
}

QString failingSummary(const QList<HealthCheck> &checks, const QList<CheckState> &states)
{
    QStringList parts;
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const CheckState s = states.value(i);
        if (s.state == CheckState::State::Passed)
            continue;
        parts.append(QStringLiteral("%1 (%2 %3): %4")
                         .arg(checks[i].name, kindName(checks[i].kind), checks[i].target,
                              s.error.isEmpty() ? QStringLiteral("no answer yet") : s.error));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace byway::reconcile
