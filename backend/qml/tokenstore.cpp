// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include <QPointer>

#include <qt6keychain/keychain.h>

namespace byway::qml {
namespace {

// The keychain's error as one of ours; `reached` says whether a backend answered at all.
Error keychainError(const QKeychain::Job *job, bool *reached)
{
    *reached = true;
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Error::make(ErrorCode::NotFound, QStringLiteral("no token stored in the keychain"));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(ErrorCode::PermissionDenied, QStringLiteral("the keychain refused access: %1").arg(job->errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    default:
        // libsecret without a secret service on D-Bus ends up here too.
        *reached = false;
        return Error::make(ErrorCode::Unavailable, QStringLiteral("no keychain available: %1").arg(job->errorString()));
    }
}

template <typename J>
J *makeJob(const QString &service, const QString &key)
{
    auto *job = new J(service);
    job->setAutoDelete(true);
    // Never write the secret to a plain file when no keychain answers.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

TokenStore::TokenStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void TokenStore::noteResult(bool reachedBackend, const QString &problem)
{
    const Availability a = reachedBackend ? Availability::Available : Availability::Unavailable;
    const QString p = reachedBackend ? QString() : problem;
    if (a == m_availability && p == m_problem)
        return;
    m_availability = a;
    m_problem = p;
    Q_EMIT availabilityChanged();
}

void TokenStore::write(const QString &key, const QString &token, std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(token);
    QPointer<TokenStore> self(this);
    connect(job, &QKeychain::Job::finished, this, [self, done = std::move(done)](QKeychain::Job *j) {
        if (!self)
            return;
        if (j->error() == QKeychain::NoError) {
            self->noteResult(true, {});
            return done({});
        }
        bool reached = false;
        const Error e = keychainError(j, &reached);
        self->noteResult(reached, j->errorString());
        done(std::unexpected(e));
    });
    job->start();
}

void TokenStore::read(const QString &key, std::function<void(Result<QString>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QPointer<TokenStore> self(this);
    connect(job, &QKeychain::Job::finished, this, [self, done = std::move(done)](QKeychain::Job *j) {
        if (!self)
            return;
        if (j->error() == QKeychain::NoError) {
            self->noteResult(true, {});
            return done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
        }
        bool reached = false;
        const Error e = keychainError(j, &reached);
        self->noteResult(reached, j->errorString());
        done(std::unexpected(e));
    });
    job->start();
}

void TokenStore::remove(const QString &key, std::function<void(Result<void>)> done)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    QPointer<TokenStore> self(this);
    connect(job, &QKeychain::Job::finished, this, [self, done = std::move(done)](QKeychain::Job *j) {
        if (!self)
            return;
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            self->noteResult(true, {});
            return done({});
        }
        bool reached = false;
        const Error e = keychainError(j, &reached);
        self->noteResult(reached, j->errorString());
        done(std::unexpected(e));
    });
    job->start();
}

void TokenStore::probe()
{
    read(QStringLiteral("byway-probe-%1").arg(quintptr(this), 0, 16), [](Result<QString>) {});
}

} // namespace byway::qml
