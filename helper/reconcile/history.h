// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "core/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace byway::reconcile {

// The last applied configs, newest first, with who applied them and when.
// One file per entry (<dir>/<id>.json, written atomically), so a crash while
// recording one never damages the others.
class History
{
public:
    struct Entry {
        qint64 id = 0;          // increasing; assigned by append()
        qint64 revision = 0;    // config revision that was applied
        QDateTime at;
        uint uid = 0;           // caller uid, from SO_PEERCRED
        QString who;            // "uid 1000", "token laptop", "startup"
        QString action;         // "apply", "rollback", "revert", "confirm-timeout",
                                // "confirm-healthy", "health-rollback"
        config::Config config;
        QString reason = {};    // why bywayd did it (health-rollback, confirm-healthy)
        QJsonArray checks = {}; // the health checks as they ended: {name, kind, target, state, error?}
    };

    explicit History(QString dir, int keep = 50);

    [[nodiscard]] Result<qint64> append(Entry e);
    // Newest first. Entries that fail to parse are skipped and logged.
    [[nodiscard]] QList<Entry> list() const;
    [[nodiscard]] Result<Entry> get(qint64 id) const;
    // Newest first, without reading the entries.
    [[nodiscard]] QList<qint64> ids() const;
    // The newest entry; kept in memory, since every apply compares with it
    // and an entry holds a whole config.
    [[nodiscard]] std::optional<Entry> newest() const;

private:
    mutable std::optional<Entry> m_newest;
    QString m_dir;
    int m_keep;
};

} // namespace byway::reconcile
