// SPDX-License-Identifier: GPL-3.0-or-later
#include "probemodel.h"

#include "helperconnection.h"
#include "singletons.h"

#include <QDateTime>
#include <QJsonArray>

#include <algorithm>

namespace byway::qml {
namespace {

int severity(const QString &status)
{
    if (status == u"fail")
        return 0;
    if (status == u"warn")
        return 1;
    if (status == u"ok")
        return 2;
    return 3; // skipped or unknown
}

} // namespace

ProbeModel::ProbeModel(HelperConnection *connection, QObject *parent)
    // On every (re)connect: bywayd's last report (it probes at start and after
    // an apply that changed the kernel), so the findings match the helper we
    // talk to without a probe — and its log lines — per window that connects.
    // A new probe runs when the user asks for one, or when bywayd has none yet.
    : PolledModel(connection, {.method = QStringLiteral("probe.get")}, parent)
{
    followConnection();
}

ProbeModel *ProbeModel::create(QQmlEngine *engine, QJSEngine *)
{
    return new ProbeModel(backendSingleton<HelperConnection>(engine, "HelperConnection"));
}

int ProbeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant ProbeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case CheckRole: return f.check;
    case StatusRole: return f.status;
    case CodeRole: return f.code;
    case Qt::DisplayRole:
    case SummaryRole: return f.summary;
    case EvidenceRole: return f.evidence;
    case ConsequenceRole: return f.consequence;
    case FixRole: return f.fix;
    case MessageIdRole: return f.id;
    case ArgsRole: return f.args.toVariantMap();
    default: return {};
    }
}

QHash<int, QByteArray> ProbeModel::roleNames() const
{
    return {
        {CheckRole, "check"},       {StatusRole, "status"},           {CodeRole, "code"},
        {SummaryRole, "summary"},   {EvidenceRole, "evidence"},       {ConsequenceRole, "consequence"},
        {FixRole, "fix"},           {MessageIdRole, "messageId"},     {ArgsRole, "args"},
    };
}

void ProbeModel::fetchLast()
{
    refresh();
}

void ProbeModel::take(const QJsonValue &result)
{
    if (!result.isObject())
        return run();
    apply(result.toObject());
}

void ProbeModel::run()
{
    // Reachability probes wait on the network; they are a separate, explicit action.
    request(QStringLiteral("probe.run"), {}, 60000, [this](Result<QJsonValue> r) {
        if (!r)
            return PolledModel::fail(r.error());
        clearError();
        apply(r->toObject());
    });
}

void ProbeModel::apply(const QJsonObject &report)
{
    QList<Finding> findings;
    const QJsonArray list = report.value(u"findings").toArray();
    findings.reserve(list.size());
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        findings.append(Finding{o.value(u"check").toString(), o.value(u"status").toString(),
                                o.value(u"code").toString(), o.value(u"summary").toString(),
                                o.value(u"evidence").toString(), o.value(u"consequence").toString(),
                                o.value(u"fix").toString(), o.value(u"id").toString(),
                                o.value(u"args").toObject()});
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return severity(a.status) < severity(b.status); });
    beginResetModel();
    m_findings = std::move(findings);
    m_counts[0] = m_counts[1] = m_counts[2] = 0;
    for (const Finding &f : std::as_const(m_findings)) {
        const int s = severity(f.status);
        if (s <= 2)
            ++m_counts[2 - s];
    }
    endResetModel();
    m_mode = report.value(u"mode").toString(QStringLiteral("unknown"));
    m_at = report.value(u"at").toString();
    Q_EMIT reportChanged();
    markLoaded();
}

} // namespace byway::qml
