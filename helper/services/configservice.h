// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "core/config/configstore.h"

#include <optional>

namespace byway::services {

// The config bywayd runs with: loaded at start (with the store's fallback to
// the last good copy or defaults, and the reason), replaced by config.set.
// Kernel changes are not made here; later the reconciler reads config().
class ConfigService
{
public:
    explicit ConfigService(QString path);

    // Fails only when the store cannot read its directory at all.
    [[nodiscard]] Result<void> load();

    // Saves a config that fromJson already accepted. With a base revision,
    // refuses (Conflict) unless the saved one is still at that revision.
    [[nodiscard]] Result<qint64> save(const config::Config &c, std::optional<qint64> baseRevision);
    // Conflict unless the stored config is still at `baseRevision` (none: no check).
    [[nodiscard]] Result<void> checkBase(std::optional<qint64> baseRevision) const;

    [[nodiscard]] const config::Config &config() const { return m_config; }
    [[nodiscard]] qint64 revision() const { return m_revision; }
    // The config file holds exactly `c` (not a fallback or the defaults).
    [[nodiscard]] bool holds(const config::Config &c) const;
    [[nodiscard]] QString path() const { return m_store.path(); }
    // "file" | "last-good" | "defaults"
    [[nodiscard]] QString sourceName() const;
    // Why the file was not used at start; empty when it was (or after a save).
    [[nodiscard]] const QString &problem() const { return m_problem; }
    // Running on the defaults although a stored config was there (damaged,
    // or refused by rules newer than the bywayd that wrote it).
    [[nodiscard]] bool unusable() const { return m_unusable; }

    // The config's debug categories: turns on what `after` lists and off
    // what only `before` listed (start-up, config.set).
    static void applyDebugChange(const QStringList &before, const QStringList &after);

private:
    config::ConfigStore m_store;
    config::Config m_config = config::defaults();
    qint64 m_revision = 0;
    config::ConfigStore::LoadReport::Source m_source = config::ConfigStore::LoadReport::Source::Defaults;
    QString m_problem;
    bool m_unusable = false;
};

} // namespace byway::services
