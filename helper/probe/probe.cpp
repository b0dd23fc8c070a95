// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the probe lands: reports that nothing was probed.
#include "probe/probe.h"

#include <QJsonArray>

namespace byway::probe {

QString modeName(Mode m)
{
    switch (m) {
    case Mode::Standard: return QStringLiteral("standard");
    case Mode::Compat: return QStringLiteral("compat");
    case Mode::Limited: return QStringLiteral("limited");
    }
    return QStringLiteral("limited");
}

QString statusName(Finding::Status s)
{
    switch (s) {
    case Finding::Status::Ok: return QStringLiteral("ok");
    case Finding::Status::Warn: return QStringLiteral("warn");
    case Finding::Status::Fail: return QStringLiteral("fail");
    case Finding::Status::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("skipped");
}

const QStringList &checkNames()
{
    static const QStringList names;
    return names;
}

Report run(const Options &)
{
    Report r;
    r.at = QDateTime::currentDateTimeUtc();
    return r;
}

QJsonObject toJson(const Report &r)
{
    QJsonArray findings;
    for (const Finding &f : r.findings)
        findings.append(QJsonObject{{QStringLiteral("check"), f.check}, {QStringLiteral("status"), statusName(f.status)},
                                    {QStringLiteral("code"), f.code}, {QStringLiteral("summary"), f.summary},
                                    {QStringLiteral("evidence"), f.evidence}, {QStringLiteral("consequence"), f.consequence},
                                    {QStringLiteral("fix"), f.fix}, {QStringLiteral("data"), f.data}});
    return QJsonObject{{QStringLiteral("mode"), modeName(r.mode)},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("modeReasons"), QJsonArray::fromStringList(r.modeReasons)},
                       {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("durationUs"), r.durationUs}};
}

} // namespace byway::probe
