// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace byway::remote {

// The certificate and key the remote listener presents. Clients do not
// check it against a CA: they pin the SHA-256 of the leaf certificate's DER,
// which an admin compares with `bywayctl status` on first use.
struct TlsIdentity {
    QList<QSslCertificate> chain; // leaf first
    QSslKey key;
    QString certPath;
    QString keyPath;
    bool generated = false;       // made by this start

    [[nodiscard]] QByteArray fingerprint() const; // SHA-256 of the leaf's DER
    [[nodiscard]] QString fingerprintText() const; // "AB:CD:...", as `openssl x509 -fingerprint -sha256` prints it
    [[nodiscard]] QDateTime notAfter() const;
};

// Reads a PEM certificate (chain) and its PEM private key (EC or RSA,
// unencrypted) and checks that they belong together.
[[nodiscard]] Result<TlsIdentity> loadTlsIdentity(const QString &certPath, const QString &keyPath);

// A new EC P-256 key and a self-signed certificate for it, made with
// libcrypto: CN = hostName, subjectAltName DNS:hostName (and the given IP
// addresses), valid from an hour ago for ten years, serverAuth. Written
// atomically, both 0600, key first.
[[nodiscard]] Result<void> generateTlsIdentity(const QString &certPath, const QString &keyPath, const QString &hostName,
                                               const QList<QHostAddress> &addresses = {});

// The identity in <dir>/cert.pem + key.pem, generated when neither exists.
// When only one exists, or they do not load, it fails rather than replace
// them: clients pinned that certificate, a new one must be the admin's call.
[[nodiscard]] Result<TlsIdentity> ensureTlsIdentity(const QString &dir, const QString &hostName,
                                                    const QList<QHostAddress> &addresses = {});

} // namespace byway::remote
