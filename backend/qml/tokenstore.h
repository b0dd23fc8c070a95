// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QObject>
#include <QString>

#include <functional>

namespace byway::qml {

// Appliance API tokens in the OS keychain (QtKeychain: the Secret Service on
// Linux, e.g. gnome-keyring or KWallet). Never anywhere else: without a
// keychain the store says so and keeps nothing; no plaintext fallback.
// Every operation is asynchronous (the secret service may prompt or be slow).
class TokenStore : public QObject
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };

    explicit TokenStore(QString service = QStringLiteral("byway"), QObject *parent = nullptr);

    void write(const QString &key, const QString &token, std::function<void(Result<void>)> done);
    // not_found when there is no entry for `key`.
    void read(const QString &key, std::function<void(Result<QString>)> done);
    // Removing an entry that does not exist succeeds.
    void remove(const QString &key, std::function<void(Result<void>)> done);

    // Finds out whether a keychain answers, by reading an entry that does not exist.
    void probe();
    [[nodiscard]] Availability availability() const { return m_availability; }
    // Why the keychain cannot be used (the backend's words), when Unavailable.
    [[nodiscard]] QString problem() const { return m_problem; }

Q_SIGNALS:
    void availabilityChanged();

private:
    void noteResult(bool reachedBackend, const QString &problem);

    QString m_service;
    Availability m_availability = Availability::Unknown;
    QString m_problem;
};

} // namespace byway::qml
