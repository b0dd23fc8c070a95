// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capture/capture.h"
#include "reconcile/session.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <limits>
#include <optional>

namespace byway::services {

// The VPN server's sessions (session.add|remove|list): checked against the
// stored config and the live box, realised by one reconciler apply per change
// (the kernel) or the capture's user map (compat), kept in the state dir and
// dropped when they expire.
class SessionService final : public QObject
{
public:
    using Done = std::function<void(Result<QJsonObject>)>;
    struct Hooks {
        std::function<config::Config()> config;
        // The env.exit.* errors for a session's exit on this box.
        std::function<QList<FieldError>(const config::Config &, const reconcile::Session &, const QString &exit)> checkExit;
        // One apply of the applied config with the sessions as they are now: kernel writes.
        std::function<void(const QString &why, std::function<void(Result<int>)>)> realise;
        std::function<capture::Capture *()> capture;
    };

    explicit SessionService(QString path, QObject *parent = nullptr);
    void setHooks(Hooks h) { m_hooks = std::move(h); }

    // Start-up, before the first apply: what a previous run left, minus what expired.
    void load();
    [[nodiscard]] const QList<reconcile::Session> &sessions() const { return m_table.all(); }

    void add(const reconcile::SessionRequest &r, Done done);
    // By address or by user (all of that user's); nothing matching is no error.
    void remove(const std::optional<QHostAddress> &address, const QString &user, const QString &who, Done done);
    // {sessions: [...]}, each with its effective exit and where that came from.
    // session.list: `user`'s sessions (all when empty) by address, at most
    // `limit` of them and no more than fit in `bytes` of compact JSON;
    // `count` says how many there are.
    [[nodiscard]] QJsonObject list(const QString &user = {}, qint64 limit = std::numeric_limits<qint64>::max(),
                                   qsizetype bytes = std::numeric_limits<qsizetype>::max()) const;
    // A capture that (re)started, or whose pools and exits changed, learns
    // every session with its exit under `applying`.
    void pushTo(capture::Capture &c, const config::Config &applying) const;

private:
    [[nodiscard]] QJsonObject describe(const reconcile::Session &s, const config::Config &c) const;
    void captureSet(const reconcile::Session &s) const;
    void captureRemove(const reconcile::Session &s) const;
    void saved();
    void schedule();
    void onExpiry();

    reconcile::SessionTable m_table;
    Hooks m_hooks;
    QTimer m_expiry;
};

} // namespace byway::services
