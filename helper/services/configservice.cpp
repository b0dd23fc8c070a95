// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/configservice.h"

#include "core/logging.h"

namespace byway::services {

using Source = config::ConfigStore::LoadReport::Source;

ConfigService::ConfigService(QString path) : m_store(std::move(path))
{
}

Result<void> ConfigService::load()
{
    auto report = m_store.load();
    if (!report)
        return std::unexpected(report.error());
    m_config = report->config;
    m_revision = report->revision;
    m_source = report->source;
    m_problem = report->problem;
    m_unusable = report->unusable;
    if (m_source == Source::File)
        qCInfo(lcConfig).noquote() << "loaded" << m_store.path() << "revision" << m_revision << "role"
                                   << config::roleName(m_config.role);
    else
        qCWarning(lcConfig).noquote() << "running with the" << sourceName() << "config, revision" << m_revision
                                      << "-" << m_problem;
    return {};
}

Result<void> ConfigService::checkBase(std::optional<qint64> baseRevision) const
{
    if (baseRevision && *baseRevision != m_revision)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("the config changed since revision %1 (now %2); get it again and redo the change")
                        .arg(*baseRevision)
                        .arg(m_revision),
                    QStringLiteral("/baseRevision"));
    return {};
}

Result<qint64> ConfigService::save(const config::Config &c, std::optional<qint64> baseRevision)
{
    if (auto base = checkBase(baseRevision); !base)
        return std::unexpected(base.error());
    auto rev = m_store.save(c);
    if (!rev)
        return std::unexpected(rev.error());
    m_config = c;
    m_revision = *rev;
    m_source = Source::File;
    m_problem.clear();
    m_unusable = false;
    return *rev;
}

bool ConfigService::holds(const config::Config &c) const
{
    return m_source == Source::File && m_config == c;
}

QString ConfigService::sourceName() const
{
    switch (m_source) {
    case Source::File: return QStringLiteral("file");
    case Source::LastGood: return QStringLiteral("last-good");
    case Source::Defaults: break;
    }
    return QStringLiteral("defaults");
}

void ConfigService::applyDebugChange(const QStringList &before, const QStringList &after)
{
    auto expand = [](const QStringList &cats) {
        return cats.contains(u"all") ? logging::categoryNames() : cats;
    };
    const QStringList on = expand(after);
    for (const QString &cat : expand(before))
        if (!on.contains(cat))
            logging::setDebug(cat, false);
    for (const QString &cat : on)
        if (!logging::setDebug(cat, true))
            qCWarning(lcConfig).noquote() << "unknown debug category" << cat;
}

} // namespace byway::services
