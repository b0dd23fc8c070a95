// SPDX-License-Identifier: GPL-3.0-or-later
#include "remote/tlsidentity.h"

#include "core/config/configstore.h"
#include "core/logging.h"
#include "remote/token.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <sys/stat.h>

namespace byway::remote {
namespace {

template <auto Free>
struct Deleter {
    template <typename T>
    void operator()(T *p) const { Free(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using BigNum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using GeneralNames = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

// libcrypto keeps its errors in a per-thread queue: take them all (so the
// next call does not see stale ones) and keep the last for the message.
QString sslError(const char *what)
{
    unsigned long code = 0;
    unsigned long last = 0;
    while ((code = ERR_get_error()) != 0)
        last = code;
    char buf[256] = {};
    if (last != 0)
        ERR_error_string_n(last, buf, sizeof buf);
    return last ? QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(buf)) : QLatin1String(what);
}

std::unexpected<Error> tlsFail(const QString &message)
{
    return std::unexpected(Error::make(ErrorCode::Internal, message));
}

Result<QByteArray> readPem(const QString &path, const char *what)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::StorageFailed, QStringLiteral("cannot read the TLS %1 %2: %3")
                                                  .arg(QLatin1String(what), path, f.errorString()));
    return f.read(1024 * 1024);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, n);
}

bool addExtension(X509 *x, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x, x, nullptr, nullptr, 0);
    Extension ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(x, ext.get(), -1) == 1;
}

// subjectAltName built from GENERAL_NAMEs rather than a config string, so a
// hostname holding a comma cannot smuggle in another entry.
bool addSubjectAltNames(X509 *x, const QString &hostName, const QList<QHostAddress> &addresses)
{
    GeneralNames names(sk_GENERAL_NAME_new_null());
    if (!names)
        return false;
    auto push = [&](int type, const QByteArray &bytes) {
        GENERAL_NAME *gn = GENERAL_NAME_new();
        ASN1_STRING *s = ASN1_STRING_type_new(type == GEN_DNS ? V_ASN1_IA5STRING : V_ASN1_OCTET_STRING);
        if (!gn || !s || ASN1_STRING_set(s, bytes.constData(), int(bytes.size())) != 1) {
            GENERAL_NAME_free(gn);
            ASN1_STRING_free(s);
            return false;
        }
        GENERAL_NAME_set0_value(gn, type, s);
        if (sk_GENERAL_NAME_push(names.get(), gn) == 0) {
            GENERAL_NAME_free(gn);
            return false;
        }
        return true;
    };
    if (!push(GEN_DNS, hostName.toUtf8()))
        return false;
    if (hostName != u"localhost" && !push(GEN_DNS, QByteArrayLiteral("localhost")))
        return false;
    for (const QHostAddress &a : addresses) {
        bool v4 = false;
        const quint32 ip4 = a.toIPv4Address(&v4);
        QByteArray raw;
        if (v4) {
            const quint32 be = qToBigEndian(ip4);
            raw = QByteArray(reinterpret_cast<const char *>(&be), 4);
        } else if (a.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR ip6 = a.toIPv6Address();
            raw = QByteArray(reinterpret_cast<const char *>(ip6.c), 16);
        } else {
            continue;
        }
        if (!push(GEN_IPADD, raw))
            return false;
    }
    return X509_add1_ext_i2d(x, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

} // namespace

QByteArray TlsIdentity::fingerprint() const
{
    return chain.isEmpty() ? QByteArray() : chain.first().digest(QCryptographicHash::Sha256);
}

QString TlsIdentity::fingerprintText() const
{
    return QString::fromLatin1(fingerprint().toHex(':').toUpper());
}

QDateTime TlsIdentity::notAfter() const
{
    return chain.isEmpty() ? QDateTime() : chain.first().expiryDate();
}

Result<TlsIdentity> loadTlsIdentity(const QString &certPath, const QString &keyPath)
{
    auto certPem = readPem(certPath, "certificate");
    if (!certPem)
        return std::unexpected(certPem.error());
    auto keyPem = readPem(keyPath, "key");
    if (!keyPem)
        return std::unexpected(keyPem.error());

    // libcrypto checks that key and certificate belong together; Qt would
    // only find out at the first handshake.
    Bio certBio(BIO_new_mem_buf(certPem->constData(), int(certPem->size())));
    Bio keyBio(BIO_new_mem_buf(keyPem->constData(), int(keyPem->size())));
    X509Ptr leaf(certBio ? PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!leaf)
        return tlsFail(sslError(qPrintable(QStringLiteral("%1 holds no PEM certificate").arg(certPath))));
    // An empty passphrase callback: an encrypted key fails here instead of
    // libcrypto prompting on a terminal bywayd does not have.
    PKey key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, [](char *, int, int, void *) { return 0; }, nullptr)
                    : nullptr);
    if (!key)
        return tlsFail(sslError(qPrintable(QStringLiteral("%1 holds no unencrypted PEM private key").arg(keyPath))));
    if (X509_check_private_key(leaf.get(), key.get()) != 1)
        return tlsFail(sslError(qPrintable(QStringLiteral("the key in %1 does not belong to the certificate in %2")
                                               .arg(keyPath, certPath))));

    QSsl::KeyAlgorithm algorithm;
    switch (EVP_PKEY_get_base_id(key.get())) {
    case EVP_PKEY_EC: algorithm = QSsl::Ec; break;
    case EVP_PKEY_RSA: algorithm = QSsl::Rsa; break;
    default:
        return tlsFail(QStringLiteral("%1: only EC and RSA keys are supported").arg(keyPath));
    }
    TlsIdentity id;
    id.chain = QSslCertificate::fromData(*certPem, QSsl::Pem);
    id.key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
    id.certPath = certPath;
    id.keyPath = keyPath;
    if (id.chain.isEmpty() || id.key.isNull())
        return tlsFail(QStringLiteral("Qt cannot use %1 / %2 (is the OpenSSL TLS backend installed?)").arg(certPath, keyPath));
    if (id.notAfter().isValid() && id.notAfter() < QDateTime::currentDateTimeUtc())
        qCWarning(lcControl).noquote() << "the TLS certificate" << certPath << "expired at"
                                       << id.notAfter().toString(Qt::ISODate)
                                       << "(pinned clients still accept it; others will not)";
    return id;
}

Result<void> generateTlsIdentity(const QString &certPath, const QString &keyPath, const QString &hostName,
                                 const QList<QHostAddress> &addresses)
{
    const QString host = hostName.isEmpty() ? QStringLiteral("localhost") : hostName;
    PKey key(EVP_EC_gen("P-256"));
    if (!key)
        return tlsFail(sslError("cannot generate an EC P-256 key"));
    X509Ptr x(X509_new());
    if (!x)
        return tlsFail(sslError("X509_new"));

    // A random 127-bit serial: positive, and unique without keeping a counter.
    auto serialBytes = randomBytes(16);
    if (!serialBytes)
        return std::unexpected(serialBytes.error());
    (*serialBytes)[0] = char(uchar((*serialBytes)[0]) & 0x7f);
    BigNum serial(BN_bin2bn(reinterpret_cast<const unsigned char *>(serialBytes->constData()), 16, nullptr));
    X509_NAME *name = X509_get_subject_name(x.get());
    const QByteArray cn = host.toUtf8().left(64); // ub-common-name
    bool ok = serial && X509_set_version(x.get(), X509_VERSION_3) == 1
              && BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(x.get())) != nullptr
              // An hour back: a client whose clock is a little behind still accepts it.
              && X509_gmtime_adj(X509_getm_notBefore(x.get()), -3600) != nullptr
              && X509_time_adj_ex(X509_getm_notAfter(x.get()), 3650, 0, nullptr) != nullptr
              && X509_set_pubkey(x.get(), key.get()) == 1
              && X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                            reinterpret_cast<const unsigned char *>("Byway"), -1, -1, 0) == 1
              && X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                            reinterpret_cast<const unsigned char *>(cn.constData()), int(cn.size()), -1, 0) == 1
              && X509_set_issuer_name(x.get(), name) == 1
              // No keyUsage: with one that lacks keyCertSign, OpenSSL no longer
              // sees the certificate as self-signed, and `curl --cacert
              // cert.pem` could not use it as its own trust anchor.
              && addExtension(x.get(), NID_basic_constraints, "critical,CA:FALSE")
              && addExtension(x.get(), NID_ext_key_usage, "serverAuth")
              && addExtension(x.get(), NID_subject_key_identifier, "hash")
              && addSubjectAltNames(x.get(), host, addresses)
              && X509_sign(x.get(), key.get(), EVP_sha256()) > 0;
    if (!ok)
        return tlsFail(sslError("cannot make the self-signed certificate"));

    Bio keyOut(BIO_new(BIO_s_mem()));
    Bio certOut(BIO_new(BIO_s_mem()));
    if (!keyOut || !certOut || PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509(certOut.get(), x.get()) != 1)
        return tlsFail(sslError("cannot encode the key and certificate as PEM"));

    // The key first: a crash between the two leaves a key without a
    // certificate, which the next start reports instead of trusting.
    if (auto r = config::ConfigStore::writeAtomically(keyPath, bioBytes(keyOut.get())); !r)
        return r;
    return config::ConfigStore::writeAtomically(certPath, bioBytes(certOut.get()));
}

Result<TlsIdentity> ensureTlsIdentity(const QString &dir, const QString &hostName, const QList<QHostAddress> &addresses)
{
    const QString certPath = dir + QStringLiteral("/cert.pem");
    const QString keyPath = dir + QStringLiteral("/key.pem");
    const bool haveCert = QFileInfo::exists(certPath);
    const bool haveKey = QFileInfo::exists(keyPath);
    if (haveCert != haveKey)
        return fail(ErrorCode::StorageFailed,
                    QStringLiteral("%1 exists but %2 does not; remove it to have bywayd make a new pair (clients that "
                                   "pinned the old certificate will have to accept the new one)")
                        .arg(haveCert ? certPath : keyPath, haveCert ? keyPath : certPath));
    bool generated = false;
    if (!haveCert) {
        if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST)
            return fail(ErrorCode::StorageFailed,
                        QStringLiteral("cannot create %1: %2").arg(dir, QString::fromLocal8Bit(std::strerror(errno))));
        if (auto r = generateTlsIdentity(certPath, keyPath, hostName, addresses); !r)
            return std::unexpected(r.error());
        generated = true;
    }
    auto id = loadTlsIdentity(certPath, keyPath);
    if (!id)
        return id;
    id->generated = generated;
    return id;
}

} // namespace byway::remote
