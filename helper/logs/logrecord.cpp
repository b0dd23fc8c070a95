// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logrecord.h"

#include "core/logging.h"

#include <QDateTime>

#include <cstring>

namespace byway::logs {
namespace {

struct LevelInfo {
    Level level;
    const char *name;
    int priority;
};

constexpr LevelInfo kLevels[] = {
    {Level::Debug, "debug", 7},     {Level::Info, "info", 6},         {Level::Warning, "warning", 4},
    {Level::Error, "error", 3},     {Level::Critical, "critical", 2},
};

} // namespace

QString levelName(Level l)
{
    for (const auto &i : kLevels)
        if (i.level == l)
            return QLatin1String(i.name);
    return QStringLiteral("info");
}

std::optional<Level> levelFromName(const QString &name)
{
    for (const auto &i : kLevels)
        if (name == QLatin1String(i.name))
            return i.level;
    return std::nullopt;
}

Level levelOf(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return Level::Debug;
    case QtInfoMsg: return Level::Info;
    case QtWarningMsg: return Level::Warning;
    case QtCriticalMsg: return Level::Error;
    case QtFatalMsg: return Level::Critical;
    }
    return Level::Info;
}

int syslogPriority(Level l)
{
    for (const auto &i : kLevels)
        if (i.level == l)
            return i.priority;
    return 6;
}

QString shortCategory(const char *qtCategory)
{
    if (qtCategory && std::strncmp(qtCategory, "byway.", 6) == 0) {
        const QString name = QString::fromLatin1(qtCategory + 6);
        if (logging::categoryNames().contains(name))
            return name;
    }
    return QStringLiteral("other");
}

const QStringList &subscribableCategories()
{
    static const QStringList names = logging::categoryNames() + QStringList{QStringLiteral("other")};
    return names;
}

QJsonObject LogRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("seq"), qint64(seq)},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("category"), category},
        {QStringLiteral("level"), levelName(level)},
        {QStringLiteral("message"), message},
    };
}

} // namespace byway::logs
