// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace byway::logs {

// Qt has no "error" level: qCCritical is what the code uses for errors, so
// QtCriticalMsg is "error" and only QtFatalMsg (about to abort) is "critical".
enum class Level { Debug, Info, Warning, Error, Critical };
[[nodiscard]] QString levelName(Level l);
[[nodiscard]] std::optional<Level> levelFromName(const QString &name);
[[nodiscard]] Level levelOf(QtMsgType type);
// journald/syslog priority: debug 7, info 6, warning 4, error 3, critical 2.
[[nodiscard]] int syslogPriority(Level l);

// Short category name for a Qt category: "byway.probe" -> "probe". Anything
// that is not one of bywayd's categories (Qt's own, "default") -> "other".
[[nodiscard]] QString shortCategory(const char *qtCategory);
// The names logs.subscribe accepts: the helper's categories plus "other".
[[nodiscard]] const QStringList &subscribableCategories();

struct LogRecord {
    quint64 seq = 0;        // 1, 2, 3 ... in the order records were made
    qint64 msecs = 0;       // UTC, milliseconds since the epoch
    QString category;       // short name
    Level level = Level::Info;
    QString message;

    // {seq, time (ISO 8601 UTC with ms), category, level, message}
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace byway::logs
