// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "core/error.h"

#include <QString>

namespace byway::config {

// The config file and its last good copy, written atomically:
// temp file in the same directory, fsync, rename over, fsync the directory.
// `byway.json` is the current config, `byway.json.good` the previous one that
// loaded and validated. A revision number counts saves (kept in the file as
// "revision"; clients cannot set it).
class ConfigStore
{
public:
    explicit ConfigStore(QString path); // e.g. /etc/byway/byway.json

    struct LoadReport {
        Config config;
        qint64 revision = 0;
        enum class Source { File, LastGood, Defaults } source = Source::File;
        QString problem; // why the file was not used (empty when Source::File)
        // Source::Defaults although a file was there (the config or its last
        // good copy): damaged, or refused by a newer bywayd's rules.
        bool unusable = false;
    };

    // Never fails for a missing or corrupt file: falls back to the last good
    // copy, then to defaults, and says why in `problem`. Fails only when the
    // directory cannot be read at all.
    [[nodiscard]] Result<LoadReport> load();

    // Validates nothing (callers do); writes atomically and keeps the
    // previous file as last good. Returns the new revision.
    [[nodiscard]] Result<qint64> save(const Config &c);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QString lastGoodPath() const { return m_path + QStringLiteral(".good"); }
    [[nodiscard]] qint64 revision() const { return m_revision; }

    // Low-level atomic write, exposed for tests and other state files.
    [[nodiscard]] static Result<void> writeAtomically(const QString &path, const QByteArray &bytes);

private:
    QString m_path;
    qint64 m_revision = 0;
};

} // namespace byway::config
