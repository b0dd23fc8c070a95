// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "reconcile/health.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace byway::reconcile {

// A commit-confirm in flight. Persisted so that it survives a bywayd crash or
// a reboot: an admin who cut his own connection gets it back even if the box
// went down before the deadline. An expired one is rolled back at start.
struct PendingConfirm {
    QDateTime deadline;          // UTC
    qint64 restoreHistoryId = 0; // history entry of the config to go back to
    qint64 appliedRevision = 0;  // config revision being tried
    uint uid = 0;                // who applied it
    QString who = {};            // "uid 1000", "token laptop"
    // Health-checked confirm: confirmed by itself when all pass. A start
    // that finds these pending rolls back (the checks did not pass in time).
    QList<HealthCheck> checks = {};
};

class PendingStore
{
public:
    explicit PendingStore(QString path); // e.g. /var/lib/byway/pending-confirm.json

    [[nodiscard]] Result<void> save(const PendingConfirm &p);
    // nullopt when none is pending; a damaged file counts as pending with an
    // expired deadline (restoring is the safe reading of "we don't know").
    [[nodiscard]] std::optional<PendingConfirm> load() const;
    [[nodiscard]] Result<void> clear();

private:
    QString m_path;
};

} // namespace byway::reconcile
