// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusmodel.h"

#include "configmodel.h"
#include "core/messages/messages.h"
#include "helperconnection.h"
#include "singletons.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace byway::qml {

StatusModel::StatusModel(HelperConnection *connection, ConfigModel *config, QObject *parent)
    : PolledModel(connection,
                  // A slow helper gets one request at a time, but a Keep or an
                  // apply that just happened must be seen by the answer after it.
                  {.method = QStringLiteral("status.get"), .intervalMs = kPollMs, .timeoutMs = 10000,
                   .loadingOnce = true, .again = true},
                  parent)
    , m_config(config)
{
    m_pendingTick.setInterval(1000);
    connect(&m_pendingTick, &QTimer::timeout, this, &StatusModel::tickPending);
    if (m_config) {
        // Whether the Configuration page owns the pending apply changes with its state.
        connect(m_config, &ConfigModel::applyStateChanged, this, &StatusModel::pendingChanged);
        connect(m_config, &ConfigModel::applyStateChanged, this, &StatusModel::decidingChanged);
        // Its apply is what status.get will show: look now, not in three seconds.
        connect(m_config, &ConfigModel::applyStateChanged, this, [this] {
            if (m_config->applyState() == ConfigModel::Verifying)
                refresh();
        });
    }
    followConnection();
}

StatusModel *StatusModel::create(QQmlEngine *engine, QJSEngine *)
{
    return new StatusModel(backendSingleton<HelperConnection>(engine, "HelperConnection"),
                           backendSingleton<ConfigModel>(engine, "ConfigModel"));
}

template <typename T>
void StatusModel::assign(T &field, const T &value, void (StatusModel::*changed)())
{
    if (field == value)
        return;
    field = value;
    Q_EMIT(this->*changed)();
}

void StatusModel::connectionDown()
{
    // Stale numbers must not look live: the mode is unknown without the helper.
    assign(m_mode, QStringLiteral("unknown"), &StatusModel::modeChanged);
    // Nor a countdown whose Keep cannot reach bywayd (the daemon keeps its own deadline).
    applyPending({});
}

void StatusModel::apply(const QJsonObject &s)
{
    const QJsonObject config = s.value(u"config").toObject();
    assign(m_version, s.value(u"version").toString(), &StatusModel::versionChanged);
    assign(m_uptimeSec, qint64(s.value(u"uptimeSec").toDouble()), &StatusModel::uptimeSecChanged);
    assign(m_mode, s.value(u"mode").toString(QStringLiteral("unknown")), &StatusModel::modeChanged);
    assign(m_role, config.value(u"role").toString(), &StatusModel::roleChanged);
    assign(m_configRevision, qint64(config.value(u"revision").toDouble()), &StatusModel::configRevisionChanged);
    assign(m_configSource, config.value(u"source").toString(), &StatusModel::configSourceChanged);
    assign(m_configUnusable, config.value(u"unusable").toBool(), &StatusModel::configProblemChanged);
    assign(m_configProblem, config.value(u"problem").toString(), &StatusModel::configProblemChanged);
    assign(m_configPath, config.value(u"path").toString(), &StatusModel::configPathChanged);
    assign(m_callerRole, s.value(u"caller").toObject().value(u"role").toString(), &StatusModel::callerRoleChanged);
    assign(m_clients, s.value(u"clients").toInt(), &StatusModel::clientsChanged);
    const QJsonObject capture = s.value(u"capture").toObject();
    assign(m_captureRunning, capture.value(u"active").toBool(), &StatusModel::captureChanged);
    assign(m_captureProblem, capture.value(u"problem").toString(), &StatusModel::captureChanged);
    assign(m_captureIdle, capture.value(u"idle").toString(), &StatusModel::captureChanged);
    applyPending(s.value(u"pending").toObject());
    const QJsonObject applied = s.value(u"apply").toObject();
    const QJsonObject errJson = applied.value(u"error").toObject();
    const QString code = errJson.value(u"data").toObject().value(u"code").toString();
    const Error err = Error::fromJson(errJson);
    // A failure with its message id is said in the GUI's language.
    const FieldError *one = err.errors.size() == 1 && !err.errors.first().id.isEmpty() ? &err.errors.first() : nullptr;
    const QString id = one ? one->id : QString();
    const QString message = one ? msg::translated(one->id, one->args, msg::Part::Text, err.message) : err.message;
    if (applied.value(u"state").toString() != m_applyState || code != m_applyErrorCode || message != m_applyErrorMessage
        || id != m_applyErrorId) {
        m_applyState = applied.value(u"state").toString();
        m_applyErrorCode = code;
        m_applyErrorMessage = message;
        m_applyErrorId = id;
        Q_EMIT applyStateChanged();
    }
    takeFindings(s.value(u"findings").toArray());
    // The kernel a plan was made against is gone when someone else stores a
    // config (a revision the editor has not loaded), the apply state or
    // bywayd's drift count moves, or another bywayd answers. The editor's own
    // apply loads the revision it stored: that alone keeps a plan made since.
    const bool ownRevision = m_config && m_config->revision() == m_configRevision;
    const QString kernel = QStringLiteral("%1 %2 %3 %4").arg(ownRevision ? QStringLiteral("own") : QString::number(m_configRevision))
                               .arg(m_applyState).arg(qint64(s.value(u"driftCount").toDouble())).arg(s.value(u"startedAt").toString());
    if (m_config && loaded() && kernel != m_kernelSeen)
        m_config->kernelChanged();
    if (m_config)
        m_config->storedRevisionIs(m_configRevision);
    m_kernelSeen = kernel;
    markLoaded();
}

namespace {

int severityRank(const QJsonValue &finding)
{
    const QString s = finding.toObject().value(u"severity").toString();
    return s == u"error" ? 0 : (s == u"warning" ? 1 : 2);
}

} // namespace

void StatusModel::takeFindings(const QJsonArray &findings)
{
    // The worst first, as the probe results are; bywayd's order otherwise.
    QList<QJsonValue> sorted(findings.cbegin(), findings.cend());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const QJsonValue &a, const QJsonValue &b) { return severityRank(a) < severityRank(b); });
    QJsonArray out;
    for (const QJsonValue &v : sorted)
        out.append(v);
    if (out == m_findings)
        return; // every poll: no change, no signal, no relayout
    m_findings = out;
    Q_EMIT findingsChanged();
}

QVariantList StatusModel::findingsAbout(const QStringList &prefixes) const
{
    QVariantList out;
    for (const QJsonValue &v : m_findings) {
        const QString id = v.toObject().value(u"id").toString();
        if (std::any_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return id.startsWith(p); }))
            out.append(v.toObject().toVariantMap());
    }
    return out;
}

void StatusModel::applyPending(const QJsonObject &p)
{
    const bool active = !p.isEmpty();
    const bool wasActive = m_pendingActive;
    const QDateTime deadline = QDateTime::fromString(p.value(u"deadline").toString(), Qt::ISODateWithMs);
    const QString deadlineText = deadline.isValid()
                                     ? QLocale().toString(deadline.toLocalTime().time(), QLocale::ShortFormat)
                                     : QString();
    const QString who = p.value(u"who").toString();
    const qint64 revision = qint64(p.value(u"revision").toDouble());
    const qint64 uid = p.contains(u"uid") ? qint64(p.value(u"uid").toDouble()) : -1;
    const QVariantList checks = p.value(u"checks").toArray().toVariantList();
    if (active != m_pendingActive || deadlineText != m_pendingDeadline || who != m_pendingWho
        || revision != m_pendingRevision || uid != m_pendingUid || checks != m_pendingChecks) {
        m_pendingActive = active;
        m_pendingChecks = checks;
        m_pendingDeadline = deadlineText;
        m_pendingWho = who;
        m_pendingRevision = revision;
        m_pendingUid = uid;
        Q_EMIT pendingChanged();
    }
    if (active) {
        // Counted from bywayd's secondsLeft with our monotonic clock: the
        // box's wall clock (a remote one, a kiosk without NTP) may differ.
        m_pendingLeftAtFetch = qint64(p.value(u"secondsLeft").toDouble());
        m_pendingSince.start();
        if (!m_pendingTick.isActive())
            m_pendingTick.start();
    } else {
        m_pendingTick.stop();
    }
    tickPending();
    if (wasActive && !active && m_config)
        m_config->settledElsewhere(m_configRevision);
}

void StatusModel::tickPending()
{
    const int left = m_pendingActive
                         ? int(std::max<qint64>(0, m_pendingLeftAtFetch - m_pendingSince.elapsed() / 1000))
                         : 0;
    assign(m_pendingSecondsLeft, left, &StatusModel::pendingSecondsLeftChanged);
}

bool StatusModel::pendingFromHere() const
{
    return m_pendingActive && m_config && m_config->ownsPending();
}

bool StatusModel::canKeep() const
{
    if (m_deciding || !m_pendingActive)
        return false;
    // This window's own apply is kept over the fresh connection that proved
    // the way back, once it has.
    return !pendingFromHere() || m_config->applyState() == ConfigModel::AwaitingDecision;
}

void StatusModel::keepPending()
{
    if (pendingFromHere())
        return m_config->keep();
    decide(QStringLiteral("config.confirm"));
}

void StatusModel::revertPending()
{
    if (pendingFromHere())
        return m_config->revert();
    decide(QStringLiteral("config.rollback"));
}

void StatusModel::decide(const QString &method)
{
    if (m_deciding || !m_pendingActive)
        return;
    m_deciding = true;
    m_decisionErrorCode.clear();
    m_decisionErrorMessage.clear();
    Q_EMIT decidingChanged();
    QPointer<StatusModel> self(this);
    connection()->client()->call(method, {}, [self](Result<QJsonValue> r) {
        if (!self)
            return;
        self->m_deciding = false;
        if (!r) {
            self->m_decisionErrorCode = errorCodeName(r.error().code);
            self->m_decisionErrorMessage = r.error().message;
        }
        Q_EMIT self->decidingChanged();
        self->refresh(); // the banner goes when bywayd says so, not before
    }, 30000);
}

} // namespace byway::qml
