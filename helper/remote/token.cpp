// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/token.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>

#include <cerrno>
#include <cstring>

#include <sys/random.h>

namespace byway::remote {
namespace {

bool isLowerHex(QStringView s)
{
    for (const QChar c : s)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

} // namespace

Result<QByteArray> randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    qsizetype done = 0;
    while (done < n) {
        const ssize_t got = ::getrandom(out.data() + done, size_t(n - done), 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            Error e = Error::make(ErrorCode::Internal,
                                  QStringLiteral("getrandom: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            e.sysErrno = errno;
            return std::unexpected(e);
        }
        done += got;
    }
    return out;
}

bool isTokenId(QStringView id)
{
    return id.size() == 2 * kTokenIdBytes && isLowerHex(id);
}

std::optional<TokenString> parseToken(QStringView text)
{
    constexpr qsizetype idLen = 2 * kTokenIdBytes;
    constexpr qsizetype secretLen = 2 * kTokenSecretBytes;
    if (text.size() != kTokenPrefix.size() + idLen + 1 + secretLen || !text.startsWith(kTokenPrefix))
        return std::nullopt;
    const QStringView id = text.mid(kTokenPrefix.size(), idLen);
    const QStringView secret = text.mid(kTokenPrefix.size() + idLen + 1);
    if (text[kTokenPrefix.size() + idLen] != u'_' || !isLowerHex(id) || !isLowerHex(secret))
        return std::nullopt;
    return TokenString{id.toString(), QByteArray::fromHex(secret.toLatin1())};
}

QString formatToken(const QString &id, const QByteArray &secret)
{
    return kTokenPrefix.toString() + id + u'_' + QString::fromLatin1(secret.toHex());
}

QByteArray hashSecret(const QByteArray &salt, const QByteArray &secret)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(salt);
    h.addData(secret);
    return h.result();
}

bool constantTimeEqual(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace byway::remote
