// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "control/authorizer.h"
#include "core/error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <expected>
#include <functional>
#include <optional>

namespace byway::remote {

// One access token as stored: everything but the secret, which exists only
// in the string handed out at creation.
struct TokenInfo {
    QString id;
    QString name;
    control::Role role = control::Role::View;
    QDateTime created;
    QString createdBy;                 // "uid 0", "token laptop"
    std::optional<QDateTime> expires;
    std::optional<QDateTime> lastUsed;
    QByteArray salt;
    QByteArray hash;                   // hashSecret(salt, secret)

    [[nodiscard]] bool expiredAt(const QDateTime &now) const { return expires && *expires <= now; }
};

struct CreatedToken {
    QString token; // "byw_<id>_<secret>": shown once, never kept
    TokenInfo info;
};

// <stateDir>/tokens.json: the access tokens of the remote listener, hashed,
// 0600, written atomically. A missing file is no tokens; an unreadable or
// corrupt one is reported and leaves the store refusing every token (and
// every change, so the admin's file is not overwritten) until it is fixed.
class TokenStore final : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>; // UTC now; tests inject their own

    static constexpr int kMaxTokens = 1000;
    static constexpr qsizetype kMaxNameLength = 64;
    static constexpr int kMaxExpiresInDays = 3650;
    // lastUsed is written to disk at most this often per token, so a client
    // reconnecting in a loop does not turn into a stream of fsyncs.
    static constexpr qint64 kLastUsedPersistSec = 60;

    explicit TokenStore(QString path, Clock clock = {}, QObject *parent = nullptr);

    [[nodiscard]] Result<void> load();
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &problem() const { return m_problem; }

    // Validates (errors name the field: /name, /expiresInDays) and stores.
    [[nodiscard]] Result<CreatedToken> create(const QString &name, control::Role role,
                                              std::optional<int> expiresInDays, const QString &createdBy);
    // NotFound (/id) when there is no such token. Emits revoked().
    [[nodiscard]] Result<void> revoke(const QString &id);
    // Oldest first.
    [[nodiscard]] const QList<TokenInfo> &list() const { return m_tokens; }
    [[nodiscard]] std::optional<TokenInfo> find(const QString &id) const;
    // A token that exists and has not expired.
    [[nodiscard]] bool valid(const QString &id) const;

    // The token a client presented. On failure the reason is for bywayd's
    // log only: the client is told nothing but "unauthenticated".
    [[nodiscard]] std::expected<TokenInfo, QString> verify(QStringView token);

    [[nodiscard]] QDateTime now() const { return m_clock(); }

Q_SIGNALS:
    void revoked(const QString &id);

private:
    [[nodiscard]] Result<void> save(const QList<TokenInfo> &tokens);
    [[nodiscard]] Result<void> usable() const;

    QString m_path;
    Clock m_clock;
    QList<TokenInfo> m_tokens;
    QString m_problem; // why the file could not be used; empty when fine
    QHash<QString, QDateTime> m_lastUsedOnDisk;
};

} // namespace byway::remote
