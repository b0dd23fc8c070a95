// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions: a VPN server's statement "user U holds address A on interface I",
// sent by its connect hook. They live in bywayd's state, not in the stored
// config: the reconciler renders them next to the config (Environment), the
// compat capture maps them, and each one expires unless the server asserts it
// again before then.
#pragma once

#include "core/config/config.h"
#include "core/error.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace byway::reconcile {

// A hook re-asserts well within this; a server that died without its
// disconnect hook leaves at most this long a stale mapping behind.
constexpr qint64 kSessionDefaultTtlSec = 3600;
constexpr qint64 kSessionMaxTtlSec = 7 * 24 * 3600;

struct Session {
    QString user;
    QHostAddress address;
    QString interface;
    QString exit;       // as asserted; empty: the user's exit in the config, else the pool's
    QString server;     // who asserted it ("uid 0", "token ocserv")
    QDateTime since;    // first asserted for this user on this address
    QDateTime expires;  // dropped unless asserted again before

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<Session> fromJson(const QJsonObject &o);
    friend bool operator==(const Session &, const Session &) = default;
};

// The exit a session's traffic takes under `c` and where that came from:
// "session" (asserted), "user" (the config's user of that name), "pool" (the
// pool holding the address), "main" (none: the main table).
struct SessionExit {
    QString name;
    QString from;
};
[[nodiscard]] SessionExit effectiveExit(const Session &s, const config::Config &c);
// The pool whose subnet holds `a`, or nullptr.
[[nodiscard]] const config::Pool *poolOf(const config::Config &c, const QHostAddress &a);
// Linux's rule for a device name (dev_valid_name): 1..15 bytes, not "." or
// "..", no '/', ':' or white space.
[[nodiscard]] bool validInterfaceName(const QString &name);

struct SessionRequest {
    QString user;
    QString address;
    QString interface;
    QString exit;        // empty: from the config
    qint64 ttlSec = kSessionDefaultTtlSec;
    QString server;
    bool interfaceRequired = true; // capture.session (the old form) does not name one
};
// session.add's checks against the config: every problem as a FieldError
// naming its field ("/address", "/exit", ...); the session otherwise.
[[nodiscard]] Result<Session> makeSession(const SessionRequest &r, const config::Config &c, const QDateTime &now);

// The live sessions, one per address, kept in a file in the state dir so a
// restart of bywayd keeps them (until they expire).
class SessionTable
{
public:
    explicit SessionTable(QString path = {}) : m_path(std::move(path)) {}

    // Reads the file; sessions that expired meanwhile are dropped (and counted).
    [[nodiscard]] Result<int> load(const QDateTime &now);
    [[nodiscard]] Result<void> save() const;

    // Adds or replaces the session on s.address. Keeps `since` when the same
    // user re-asserts it. Returns what was there before.
    std::optional<Session> put(Session s);
    // Puts back what put() returned (nullopt: removes the address).
    void restore(const QHostAddress &address, const std::optional<Session> &previous);
    QList<Session> removeAddress(const QHostAddress &a);
    QList<Session> removeUser(const QString &user);
    // Drops the sessions whose expiry is at or before `now`.
    QList<Session> expire(const QDateTime &now);
    [[nodiscard]] std::optional<QDateTime> nextExpiry() const;
    [[nodiscard]] const QList<Session> &all() const { return m_sessions; }
    // Whether two sessions lead to the same kernel state (times and the
    // asserting server aside): a re-assert that changes nothing else needs no apply.
    [[nodiscard]] static bool sameMapping(const Session &a, const Session &b);

private:
    QString m_path;
    QList<Session> m_sessions; // sorted by address: stable rule order in the plan
};

} // namespace byway::reconcile
