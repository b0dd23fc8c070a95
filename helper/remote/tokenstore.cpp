// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/tokenstore.h"

#include "core/config/configstore.h"
#include "core/logging.h"
#include "remote/token.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace byway::remote {
namespace {

constexpr int kFileVersion = 1;

QString roleText(control::Role r)
{
    return control::roleName(r);
}

std::optional<control::Role> roleFrom(const QString &s)
{
    if (s == u"admin")
        return control::Role::Admin;
    if (s == u"view")
        return control::Role::View;
    return std::nullopt;
}

QJsonValue timeJson(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(t->toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

std::optional<QDateTime> timeFrom(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QJsonObject toJson(const TokenInfo &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("role"), roleText(t.role)},
        {QStringLiteral("created"), QJsonObject{{QStringLiteral("at"), timeJson(t.created)},
                                                {QStringLiteral("by"), t.createdBy}}},
        {QStringLiteral("expires"), timeJson(t.expires)},
        {QStringLiteral("lastUsed"), timeJson(t.lastUsed)},
        {QStringLiteral("salt"), QString::fromLatin1(t.salt.toHex())},
        {QStringLiteral("sha256"), QString::fromLatin1(t.hash.toHex())},
    };
}

std::optional<TokenInfo> fromJson(const QJsonObject &o)
{
    TokenInfo t;
    t.id = o.value(u"id").toString();
    t.name = o.value(u"name").toString();
    const auto role = roleFrom(o.value(u"role").toString());
    const auto created = timeFrom(o.value(u"created").toObject().value(u"at"));
    t.salt = QByteArray::fromHex(o.value(u"salt").toString().toLatin1());
    t.hash = QByteArray::fromHex(o.value(u"sha256").toString().toLatin1());
    if (!isTokenId(t.id) || t.name.isEmpty() || !role || !created || t.salt.size() != kTokenSaltBytes
        || t.hash.size() != 32)
        return std::nullopt;
    t.role = *role;
    t.created = *created;
    t.createdBy = o.value(u"created").toObject().value(u"by").toString();
    t.expires = timeFrom(o.value(u"expires"));
    t.lastUsed = timeFrom(o.value(u"lastUsed"));
    return t;
}

} // namespace

TokenStore::TokenStore(QString path, Clock clock, QObject *parent)
    : QObject(parent),
      m_path(std::move(path)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

Result<void> TokenStore::load()
{
    m_tokens.clear();
    m_problem.clear();
    m_lastUsedOnDisk.clear();
    QFile f(m_path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly)) {
        m_problem = QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString());
        return fail(ErrorCode::StorageFailed, m_problem);
    }
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(16 * 1024 * 1024), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject()
        || doc.object().value(u"version").toInt() != kFileVersion) {
        m_problem = QStringLiteral("%1 is not a version %2 token file (%3); no token is accepted until it is "
                                   "repaired or moved away")
                        .arg(m_path)
                        .arg(kFileVersion)
                        .arg(perr.error != QJsonParseError::NoError ? perr.errorString() : QStringLiteral("wrong shape"));
        return fail(ErrorCode::StorageFailed, m_problem);
    }
    int index = 0;
    for (const QJsonValue &v : doc.object().value(u"tokens").toArray()) {
        auto t = fromJson(v.toObject());
        if (!t) {
            // One damaged entry costs that token, not all of them.
            qCWarning(lcControl).noquote() << m_path << ": token entry" << index << "is damaged; ignoring it";
        } else if (find(t->id)) {
            qCWarning(lcControl).noquote() << m_path << ": token id" << t->id << "appears twice; keeping the first";
        } else {
            m_lastUsedOnDisk.insert(t->id, t->lastUsed.value_or(QDateTime()));
            m_tokens.append(*t);
        }
        ++index;
    }
    return {};
}

Result<void> TokenStore::usable() const
{
    if (!m_problem.isEmpty())
        return fail(ErrorCode::StorageFailed, m_problem);
    return {};
}

Result<void> TokenStore::save(const QList<TokenInfo> &tokens)
{
    QJsonArray list;
    for (const TokenInfo &t : tokens)
        list.append(toJson(t));
    const QJsonObject doc{{QStringLiteral("version"), kFileVersion}, {QStringLiteral("tokens"), list}};
    // 0600 like the config: the hashes are not the tokens, but nobody else
    // needs to see which tokens exist or when they were used.
    return config::ConfigStore::writeAtomically(m_path, QJsonDocument(doc).toJson(QJsonDocument::Indented));
}

std::optional<TokenInfo> TokenStore::find(const QString &id) const
{
    for (const TokenInfo &t : m_tokens)
        if (t.id == id)
            return t;
    return std::nullopt;
}

bool TokenStore::valid(const QString &id) const
{
    const auto t = find(id);
    return t && !t->expiredAt(now());
}

Result<CreatedToken> TokenStore::create(const QString &rawName, control::Role role, std::optional<int> expiresInDays,
                                        const QString &createdBy)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty())
        return fail(ErrorCode::InvalidParams, QStringLiteral("a token needs a name"), QStringLiteral("/name"));
    if (name.size() > kMaxNameLength)
        return fail(ErrorCode::InvalidParams, QStringLiteral("at most %1 characters").arg(kMaxNameLength),
                    QStringLiteral("/name"));
    if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return fail(ErrorCode::InvalidParams, QStringLiteral("control characters are not allowed"), QStringLiteral("/name"));
    if (role != control::Role::Admin && role != control::Role::View)
        return fail(ErrorCode::InvalidParams, QStringLiteral("must be admin or view"), QStringLiteral("/role"));
    if (expiresInDays && (*expiresInDays < 1 || *expiresInDays > kMaxExpiresInDays))
        return fail(ErrorCode::InvalidParams, QStringLiteral("must be between 1 and %1").arg(kMaxExpiresInDays),
                    QStringLiteral("/expiresInDays"));
    if (auto ok = usable(); !ok)
        return std::unexpected(ok.error());
    // Names are what admins revoke by eye and what the history shows:
    // "Laptop" next to "laptop" would only confuse.
    for (const TokenInfo &t : m_tokens)
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return fail(ErrorCode::InvalidParams,
                        QStringLiteral("a token named \"%1\" exists (id %2); pick another name or revoke it").arg(t.name, t.id),
                        QStringLiteral("/name"));
    if (m_tokens.size() >= kMaxTokens)
        return fail(ErrorCode::InvalidParams, QStringLiteral("there are already %1 tokens; revoke some first").arg(kMaxTokens));

    auto idBytes = randomBytes(kTokenIdBytes);
    auto secret = randomBytes(kTokenSecretBytes);
    auto salt = randomBytes(kTokenSaltBytes);
    if (!idBytes || !secret || !salt)
        return std::unexpected(!idBytes ? idBytes.error() : !secret ? secret.error() : salt.error());
    TokenInfo t;
    t.id = QString::fromLatin1(idBytes->toHex());
    if (find(t.id)) // 48 random bits: practically never, but never silently
        return fail(ErrorCode::Internal, QStringLiteral("token id collision; try again"));
    t.name = name;
    t.role = role;
    t.created = now();
    t.createdBy = createdBy;
    if (expiresInDays)
        t.expires = t.created.addDays(*expiresInDays);
    t.salt = *salt;
    t.hash = hashSecret(t.salt, *secret);

    QList<TokenInfo> next = m_tokens;
    next.append(t);
    if (auto ok = save(next); !ok)
        return std::unexpected(ok.error());
    m_tokens = std::move(next);
    m_lastUsedOnDisk.insert(t.id, QDateTime());
    return CreatedToken{formatToken(t.id, *secret), t};
}

Result<void> TokenStore::revoke(const QString &id)
{
    if (auto ok = usable(); !ok)
        return std::unexpected(ok.error());
    QList<TokenInfo> next = m_tokens;
    const auto removed = next.removeIf([&](const TokenInfo &t) { return t.id == id; });
    if (removed == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("no token with id %1").arg(id), QStringLiteral("/id"));
    if (auto ok = save(next); !ok)
        return std::unexpected(ok.error());
    m_tokens = std::move(next);
    m_lastUsedOnDisk.remove(id);
    Q_EMIT revoked(id);
    return {};
}

std::expected<TokenInfo, QString> TokenStore::verify(QStringView token)
{
    if (!m_problem.isEmpty())
        return std::unexpected(QStringLiteral("the token file is unusable: ") + m_problem);
    const auto parsed = parseToken(token);
    if (!parsed)
        return std::unexpected(QStringLiteral("not a Byway token (byw_<id>_<secret>)"));
    TokenInfo *match = nullptr;
    for (TokenInfo &t : m_tokens)
        if (t.id == parsed->id)
            match = &t;
    // Hash and compare even for an unknown id, so the time taken does not
    // tell ids that exist from ids that do not.
    static const QByteArray kNoSalt(kTokenSaltBytes, '\0');
    static const QByteArray kNoHash(32, '\0');
    const bool equal = constantTimeEqual(hashSecret(match ? match->salt : kNoSalt, parsed->secret),
                                         match ? match->hash : kNoHash);
    if (!match)
        return std::unexpected(QStringLiteral("no token with id %1 (revoked or never made)").arg(parsed->id));
    if (!equal)
        return std::unexpected(QStringLiteral("wrong secret for token %1 (%2)").arg(match->id, match->name));
    const QDateTime at = now();
    if (match->expiredAt(at))
        return std::unexpected(QStringLiteral("token %1 (%2) expired at %3")
                                   .arg(match->id, match->name, match->expires->toString(Qt::ISODate)));
    match->lastUsed = at;
    const QDateTime onDisk = m_lastUsedOnDisk.value(match->id);
    if (!onDisk.isValid() || onDisk.secsTo(at) >= kLastUsedPersistSec) {
        if (auto ok = save(m_tokens); ok)
            m_lastUsedOnDisk.insert(match->id, at);
        else
            qCWarning(lcControl).noquote() << "cannot record the token's last use:" << ok.error().message;
    }
    return *match;
}

} // namespace byway::remote
