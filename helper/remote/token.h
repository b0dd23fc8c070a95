// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Access tokens for the remote listener (docs/protocol.md, "Remote access").
// A token reads "byw_<id>_<secret>": <id> names it in lists, logs and
// `token.revoke`; <secret> is what proves possession and is never stored.
namespace byway::remote {

inline constexpr qsizetype kTokenIdBytes = 6;      // 12 hex digits
inline constexpr qsizetype kTokenSecretBytes = 32; // 64 hex digits: 256 bits
inline constexpr qsizetype kTokenSaltBytes = 16;
inline constexpr QStringView kTokenPrefix = u"byw_";

struct TokenString {
    QString id;        // lower-case hex
    QByteArray secret; // the raw bytes
};

// Bytes from the kernel's CSPRNG (getrandom(2), blocking only until it is
// seeded at boot).
[[nodiscard]] Result<QByteArray> randomBytes(qsizetype n);

// "byw_<12 hex>_<64 hex>" -> id and secret; nullopt for anything else
// (other lengths, upper case, stray characters).
[[nodiscard]] std::optional<TokenString> parseToken(QStringView text);
[[nodiscard]] QString formatToken(const QString &id, const QByteArray &secret);
[[nodiscard]] bool isTokenId(QStringView id);

// SHA-256(salt || secret). A single fast hash is enough here: key
// stretching (argon2, scrypt) exists to slow down guessing low-entropy
// passwords from a stolen hash, but a 256-bit random secret cannot be
// guessed at any speed. A fast hash also keeps a flood of bad attempts cheap
// for bywayd. The per-token salt costs nothing and makes equal secrets
// (there are none, but still) look different on disk.
[[nodiscard]] QByteArray hashSecret(const QByteArray &salt, const QByteArray &secret);

// Compares without an early exit, so the time taken says nothing about how
// many leading bytes matched. Unequal lengths are unequal (lengths are not
// secret: every stored hash is 32 bytes).
[[nodiscard]] bool constantTimeEqual(const QByteArray &a, const QByteArray &b);

} // namespace byway::remote
