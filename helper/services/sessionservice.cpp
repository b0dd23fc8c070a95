// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/sessionservice.h"

#include "capture/qt.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace byway::services {

using reconcile::Session;

SessionService::SessionService(QString path, QObject *parent)
    : QObject(parent)
    , m_table(std::move(path))
{
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, &SessionService::onExpiry);
}

void SessionService::load()
{
    auto dropped = m_table.load(QDateTime::currentDateTimeUtc());
    if (!dropped) {
        qCWarning(lcReconcile).noquote() << "sessions not loaded:" << dropped.error().toString();
        return;
    }
    if (*dropped > 0) {
        qCInfo(lcReconcile).noquote() << *dropped << "session(s) expired while bywayd was down";
        saved();
    }
    if (!m_table.all().isEmpty())
        qCInfo(lcReconcile).noquote() << m_table.all().size() << "session(s) kept from the last run";
    schedule();
}

QJsonObject SessionService::describe(const Session &s, const config::Config &c) const
{
    QJsonObject o = s.toJson();
    const reconcile::SessionExit e = reconcile::effectiveExit(s, c);
    o.insert(QStringLiteral("exit"), e.name);
    o.insert(QStringLiteral("exitFrom"), e.from);
    if (const config::Pool *p = reconcile::poolOf(c, s.address))
        o.insert(QStringLiteral("pool"), p->name);
    o.insert(QStringLiteral("ttlSec"), qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(s.expires)));
    return o;
}

QJsonObject SessionService::list(const QString &user, qint64 limit, qsizetype bytes) const
{
    const config::Config c = m_hooks.config ? m_hooks.config() : config::defaults();
    QJsonArray out;
    qint64 count = 0;
    qsizetype used = 2; // [ and ]
    bool full = false;
    for (const Session &s : m_table.all()) {
        if (!user.isEmpty() && s.user != user)
            continue;
        ++count;
        if (full || out.size() >= limit)
            continue;
        const QJsonObject row = describe(s, c);
        if (bytes != std::numeric_limits<qsizetype>::max()) {
            used += QJsonDocument(row).toJson(QJsonDocument::Compact).size() + (out.isEmpty() ? 0 : 1);
            if (used > bytes) {
                full = true; // the rest are counted, not listed
                continue;
            }
        }
        out.append(row);
    }
    return QJsonObject{{QStringLiteral("sessions"), out}, {QStringLiteral("count"), count}};
}

void SessionService::captureSet(const Session &s) const
{
    capture::Capture *cap = m_hooks.capture ? m_hooks.capture() : nullptr;
    if (!cap)
        return;
    const config::Config c = m_hooks.config ? m_hooks.config() : config::defaults();
    capture::setSession(*cap, s.address, s.user, reconcile::effectiveExit(s, c).name);
}

void SessionService::captureRemove(const Session &s) const
{
    if (capture::Capture *cap = m_hooks.capture ? m_hooks.capture() : nullptr)
        capture::removeSession(*cap, s.address);
}

void SessionService::pushTo(capture::Capture &cap, const config::Config &applying) const
{
    // The exits as the config being applied gives them (a user's, a
    // pool's): the stored one is still the previous config here.
    for (const Session &s : m_table.all())
        capture::setSession(cap, s.address, s.user, reconcile::effectiveExit(s, applying).name);
}

void SessionService::add(const reconcile::SessionRequest &r, Done done)
{
    const config::Config c = m_hooks.config ? m_hooks.config() : config::defaults();
    auto made = reconcile::makeSession(r, c, QDateTime::currentDateTimeUtc());
    if (!made)
        return done(std::unexpected(made.error()));
    const Session s = *made;
    const QString exit = reconcile::effectiveExit(s, c).name;
    if (m_hooks.checkExit) {
        const QList<FieldError> errors = m_hooks.checkExit(c, s, exit);
        if (!errors.isEmpty()) {
            Error e = Error::make(ErrorCode::ValidationFailed, errors.first().message, errors.first().path);
            e.errors = errors;
            return done(std::unexpected(e));
        }
    }
    const std::optional<Session> previous = m_table.put(s);
    const Session now = [&] {
        for (const Session &x : m_table.all())
            if (x.address == s.address)
                return x;
        return s;
    }();
    if (previous && reconcile::SessionTable::sameMapping(*previous, s)) {
        // The hook's periodic re-assert: only the expiry moves.
        saved();
        QJsonObject reply = describe(now, c);
        reply.insert(QStringLiteral("writes"), 0);
        return done(reply);
    }
    captureSet(s);
    const QString why = QStringLiteral("session.add %1 %2 by %3").arg(s.user, s.address.toString(), s.server);
    m_hooks.realise(why, [this, s, now, previous, why, done = std::move(done)](Result<int> writes) {
        if (!writes) {
            m_table.restore(s.address, previous);
            if (previous)
                captureSet(*previous);
            else
                captureRemove(s);
            qCWarning(lcReconcile).noquote() << why << "refused:" << writes.error().toString();
            return done(std::unexpected(writes.error()));
        }
        qCInfo(lcReconcile).noquote() << why << "(exit" << (now.exit.isEmpty() ? QStringLiteral("from the config") : now.exit)
                                      << "until" << now.expires.toString(Qt::ISODate) + ")";
        saved();
        QJsonObject reply = describe(now, m_hooks.config ? m_hooks.config() : config::defaults());
        reply.insert(QStringLiteral("writes"), *writes);
        done(reply);
    });
}

void SessionService::remove(const std::optional<QHostAddress> &address, const QString &user, const QString &who, Done done)
{
    QList<Session> removed;
    if (address)
        removed = m_table.removeAddress(*address);
    else
        removed = m_table.removeUser(user);
    QJsonArray list;
    for (const Session &s : removed)
        list.append(s.toJson());
    if (removed.isEmpty())
        return done(QJsonObject{{QStringLiteral("removed"), list}, {QStringLiteral("writes"), 0}});
    for (const Session &s : removed)
        captureRemove(s);
    const QString why = QStringLiteral("session.remove %1 by %2").arg(address ? address->toString() : user, who);
    m_hooks.realise(why, [this, removed, list, why, done = std::move(done)](Result<int> writes) {
        if (!writes) {
            for (const Session &s : removed) {
                m_table.put(s);
                captureSet(s);
            }
            qCWarning(lcReconcile).noquote() << why << "failed:" << writes.error().toString();
            return done(std::unexpected(writes.error()));
        }
        qCInfo(lcReconcile).noquote() << why << "removed" << removed.size() << "session(s)";
        saved();
        done(QJsonObject{{QStringLiteral("removed"), list}, {QStringLiteral("writes"), *writes}});
    });
}

void SessionService::saved()
{
    if (auto r = m_table.save(); !r)
        qCWarning(lcReconcile).noquote() << "sessions not saved:" << r.error().toString();
    schedule();
}

void SessionService::schedule()
{
    const std::optional<QDateTime> next = m_table.nextExpiry();
    if (!next) {
        m_expiry.stop();
        return;
    }
    const qint64 ms = qBound<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(*next) + 50, 24LL * 3600 * 1000);
    m_expiry.start(int(ms));
}

void SessionService::onExpiry()
{
    const QList<Session> gone = m_table.expire(QDateTime::currentDateTimeUtc());
    if (gone.isEmpty())
        return schedule();
    for (const Session &s : gone) {
        captureRemove(s);
        qCInfo(lcReconcile).noquote() << "session" << s.user << s.address.toString()
                                      << "expired: its VPN server did not assert it again";
    }
    saved();
    m_hooks.realise(QStringLiteral("session expiry"), [](Result<int> writes) {
        if (!writes)
            qCWarning(lcReconcile).noquote() << "expired sessions not removed from the kernel:" << writes.error().toString();
    });
}

} // namespace byway::services
