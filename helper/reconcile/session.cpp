// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/session.h"

#include "core/config/configstore.h"
#include "core/messages/messages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace byway::reconcile {
namespace {

constexpr qsizetype kMaxUserLength = 256;

FieldError problem(const QString &path, const char *code, msg::Id id, QJsonObject args)
{
    FieldError f(path, QLatin1String(code), QString(), id.toString(), std::move(args));
    f.message = msg::english(f.id, f.args);
    return f;
}

// Sorting by address keeps the rules in the same order on every render.
bool byAddress(const Session &a, const Session &b)
{
    if (a.address.protocol() != b.address.protocol())
        return a.address.protocol() == QAbstractSocket::IPv4Protocol;
    if (a.address.protocol() == QAbstractSocket::IPv4Protocol)
        return a.address.toIPv4Address() < b.address.toIPv4Address();
    const Q_IPV6ADDR x = a.address.toIPv6Address(), y = b.address.toIPv6Address();
    return std::lexicographical_compare(std::begin(x.c), std::end(x.c), std::begin(y.c), std::end(y.c));
}

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QJsonObject Session::toJson() const
{
    QJsonObject o{{QStringLiteral("user"), user},
                  {QStringLiteral("address"), address.toString()},
                  {QStringLiteral("interface"), interface},
                  {QStringLiteral("server"), server},
                  {QStringLiteral("since"), iso(since)},
                  {QStringLiteral("expires"), iso(expires)}};
    if (!exit.isEmpty())
        o.insert(QStringLiteral("exit"), exit);
    return o;
}

std::optional<Session> Session::fromJson(const QJsonObject &o)
{
    Session s;
    s.user = o.value(u"user").toString();
    s.interface = o.value(u"interface").toString();
    s.exit = o.value(u"exit").toString();
    s.server = o.value(u"server").toString();
    s.since = QDateTime::fromString(o.value(u"since").toString(), Qt::ISODate);
    s.expires = QDateTime::fromString(o.value(u"expires").toString(), Qt::ISODate);
    const auto address = config::parseAddress(o.value(u"address").toString());
    if (s.user.isEmpty() || !address || !s.expires.isValid())
        return std::nullopt;
    s.address = *address;
    return s;
}

const config::Pool *poolOf(const config::Config &c, const QHostAddress &a)
{
    for (const config::Pool &p : c.pools)
        if (p.subnet.isValid() && p.subnet.contains(a))
            return &p;
    return nullptr;
}

SessionExit effectiveExit(const Session &s, const config::Config &c)
{
    if (!s.exit.isEmpty())
        return {s.exit, QStringLiteral("session")};
    const config::Pool *pool = poolOf(c, s.address);
    // The config's user of that name, in the session's pool first (names may
    // repeat across pools), then anywhere.
    QList<const config::Pool *> order;
    if (pool)
        order.append(pool);
    for (const config::Pool &p : c.pools)
        if (&p != pool)
            order.append(&p);
    for (const config::Pool *p : order)
        for (const config::User &u : p->users)
            if (u.name == s.user && !u.exit.isEmpty())
                return {u.exit, QStringLiteral("user")};
    if (pool && !pool->exit.isEmpty())
        return {pool->exit, QStringLiteral("pool")};
    return {QString(), QStringLiteral("main")};
}

bool validInterfaceName(const QString &name)
{
    const QByteArray b = name.toUtf8();
    if (b.isEmpty() || b.size() > 15 || b == "." || b == "..")
        return false;
    return std::none_of(b.begin(), b.end(), [](char ch) {
        return ch == '/' || ch == ':' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
    });
}

Result<Session> makeSession(const SessionRequest &r, const config::Config &c, const QDateTime &now)
{
    QList<FieldError> errors;
    const bool badUser = r.user.size() > kMaxUserLength
        || std::any_of(r.user.begin(), r.user.end(), [](QChar ch) { return ch.category() == QChar::Other_Control; });
    if (r.user.trimmed().isEmpty())
        errors.append(problem(QStringLiteral("/user"), "required", msg::Id("session.user.missing"), {}));
    else if (badUser)
        errors.append(problem(QStringLiteral("/user"), "format", msg::Id("session.user.invalid"),
                              {{QStringLiteral("max"), kMaxUserLength}}));
    const QHostAddress address = config::parseAddress(r.address).value_or(QHostAddress());
    if (address.isNull()) {
        errors.append(problem(QStringLiteral("/address"), "format", msg::Id("session.address.invalid"),
                              {{QStringLiteral("address"), r.address}}));
    } else if (const config::Pool *pool = poolOf(c, address); pool && config::isNetworkOrBroadcast(pool->subnet, address)) {
        errors.append(problem(QStringLiteral("/address"), "conflict", msg::Id("config.address.not_a_host"),
                              {{QStringLiteral("address"), address.toString()}, {QStringLiteral("subnet"), pool->subnet.toString()}}));
    } else if (!pool) {
        QStringList pools;
        for (const config::Pool &p : c.pools)
            pools << p.subnet.toString();
        errors.append(problem(QStringLiteral("/address"), "range", msg::Id("session.address.outside_pools"),
                              {{QStringLiteral("address"), address.toString()},
                               {QStringLiteral("pools"), pools.isEmpty() ? QStringLiteral("-") : pools.join(QStringLiteral(", "))}}));
    }
    if ((r.interfaceRequired || !r.interface.isEmpty()) && !validInterfaceName(r.interface))
        errors.append(problem(QStringLiteral("/interface"), "format", msg::Id("session.interface.invalid"),
                              {{QStringLiteral("interface"), r.interface}}));
    if (!r.exit.isEmpty()) {
        QStringList names;
        for (const config::Exit &e : c.exits)
            names << e.name;
        if (!names.contains(r.exit))
            errors.append(problem(QStringLiteral("/exit"), "unknown", msg::Id("session.exit.unknown"),
                                  {{QStringLiteral("exit"), r.exit},
                                   {QStringLiteral("exits"), names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "))}}));
    }
    if (r.ttlSec < 1 || r.ttlSec > kSessionMaxTtlSec)
        errors.append(problem(QStringLiteral("/ttlSec"), "range", msg::Id("session.ttl.range"),
                              {{QStringLiteral("max"), kSessionMaxTtlSec}}));
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::InvalidParams, errors.first().message, errors.first().path);
        e.errors = errors;
        return std::unexpected(e);
    }
    Session s;
    s.user = r.user;
    s.address = address;
    s.interface = r.interface;
    s.exit = r.exit;
    s.server = r.server;
    s.since = now;
    s.expires = now.addSecs(r.ttlSec);
    return s;
}

Result<int> SessionTable::load(const QDateTime &now)
{
    m_sessions.clear();
    QFile f(m_path);
    if (!f.exists())
        return 0;
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::StorageFailed, QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString()));
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    int dropped = 0;
    for (const QJsonValue &v : doc.object().value(u"sessions").toArray()) {
        std::optional<Session> s = Session::fromJson(v.toObject());
        if (!s || s->expires <= now) {
            ++dropped;
            continue;
        }
        put(*s);
    }
    return dropped;
}

Result<void> SessionTable::save() const
{
    if (m_path.isEmpty())
        return {};
    QJsonArray list;
    for (const Session &s : m_sessions)
        list.append(s.toJson());
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath()))
        return fail(ErrorCode::StorageFailed, QStringLiteral("cannot create the directory of %1").arg(m_path));
    return config::ConfigStore::writeAtomically(
        m_path, QJsonDocument(QJsonObject{{QStringLiteral("sessions"), list}}).toJson(QJsonDocument::Indented));
}

std::optional<Session> SessionTable::put(Session s)
{
    for (Session &old : m_sessions) {
        if (old.address != s.address)
            continue;
        const Session previous = old;
        if (old.user == s.user)
            s.since = old.since;
        old = std::move(s);
        return previous;
    }
    const auto at = std::lower_bound(m_sessions.begin(), m_sessions.end(), s, byAddress);
    m_sessions.insert(at, std::move(s));
    return std::nullopt;
}

void SessionTable::restore(const QHostAddress &address, const std::optional<Session> &previous)
{
    if (previous) {
        for (Session &s : m_sessions)
            if (s.address == address)
                s = *previous;
        return;
    }
    removeAddress(address);
}

QList<Session> SessionTable::removeAddress(const QHostAddress &a)
{
    QList<Session> out;
    m_sessions.removeIf([&](const Session &s) {
        if (s.address != a)
            return false;
        out.append(s);
        return true;
    });
    return out;
}

QList<Session> SessionTable::removeUser(const QString &user)
{
    QList<Session> out;
    m_sessions.removeIf([&](const Session &s) {
        if (s.user != user)
            return false;
        out.append(s);
        return true;
    });
    return out;
}

QList<Session> SessionTable::expire(const QDateTime &now)
{
    QList<Session> out;
    m_sessions.removeIf([&](const Session &s) {
        if (s.expires > now)
            return false;
        out.append(s);
        return true;
    });
    return out;
}

std::optional<QDateTime> SessionTable::nextExpiry() const
{
    std::optional<QDateTime> next;
    for (const Session &s : m_sessions)
        if (!next || s.expires < *next)
            next = s.expires;
    return next;
}

bool SessionTable::sameMapping(const Session &a, const Session &b)
{
    return a.user == b.user && a.address == b.address && a.interface == b.interface && a.exit == b.exit;
}

} // namespace byway::reconcile
