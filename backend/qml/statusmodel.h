// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "polledmodel.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace byway::qml {

class ConfigModel;
class HelperConnection;

// bywayd's status.get, fetched on connect and every few seconds while
// connected (PolledModel: loading, loaded, errorCode, errorMessage). Codes (mode, role, source) stay the helper's stable names; the
// QML side turns them into words.
//
// It also carries the two facts every page must show (the window's banner):
// a commit-confirm in flight, whoever started it (this window, another GUI,
// bywayctl, a remote client), with Keep / Revert; and a stored config the
// kernel does not hold (apply.state "failed" or "unavailable").
class StatusModel : public PolledModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString version READ version NOTIFY versionChanged)
    Q_PROPERTY(qint64 uptimeSec READ uptimeSec NOTIFY uptimeSecChanged)
    Q_PROPERTY(QString mode READ mode NOTIFY modeChanged)
    Q_PROPERTY(QString role READ role NOTIFY roleChanged)
    Q_PROPERTY(qint64 configRevision READ configRevision NOTIFY configRevisionChanged)
    Q_PROPERTY(QString configSource READ configSource NOTIFY configSourceChanged)
    Q_PROPERTY(QString configProblem READ configProblem NOTIFY configProblemChanged)
    // A stored config is there but cannot be used (not merely "no file yet").
    Q_PROPERTY(bool configUnusable READ configUnusable NOTIFY configProblemChanged)
    Q_PROPERTY(QString configPath READ configPath NOTIFY configPathChanged)
    Q_PROPERTY(QString callerRole READ callerRole NOTIFY callerRoleChanged)
    Q_PROPERTY(int clients READ clients NOTIFY clientsChanged)
    Q_PROPERTY(bool captureRunning READ captureRunning NOTIFY captureChanged)
    Q_PROPERTY(QString captureProblem READ captureProblem NOTIFY captureChanged)
    // Why an asked-for capture is not running though nothing failed: "no_ipv4_pool" or "".
    Q_PROPERTY(QString captureIdle READ captureIdle NOTIFY captureChanged)
    // status.get "pending": a commit-confirm waiting for Keep or Revert.
    Q_PROPERTY(bool pending READ pending NOTIFY pendingChanged)
    Q_PROPERTY(int pendingSecondsLeft READ pendingSecondsLeft NOTIFY pendingSecondsLeftChanged)
    Q_PROPERTY(qint64 pendingRevision READ pendingRevision NOTIFY pendingChanged)
    Q_PROPERTY(QString pendingDeadline READ pendingDeadline NOTIFY pendingChanged) // local time, for people
    Q_PROPERTY(QString pendingWho READ pendingWho NOTIFY pendingChanged)           // "uid 1000", "token laptop"
    Q_PROPERTY(bool pendingRemote READ pendingRemote NOTIFY pendingChanged)        // started through the TLS API
    Q_PROPERTY(QString pendingToken READ pendingToken NOTIFY pendingChanged)       // its token's name
    Q_PROPERTY(qint64 pendingUid READ pendingUid NOTIFY pendingChanged)
    Q_PROPERTY(bool pendingFromHere READ pendingFromHere NOTIFY pendingChanged)    // this window's Configuration page
    // Health-checked confirm: [{name, kind, target, state: waiting|passed|failing, error}].
    Q_PROPERTY(QVariantList pendingChecks READ pendingChecks NOTIFY pendingChanged)
    // Keep / Revert from the banner: in flight, and the last failure.
    Q_PROPERTY(bool deciding READ deciding NOTIFY decidingChanged)
    Q_PROPERTY(bool canKeep READ canKeep NOTIFY decidingChanged) // false while this window still verifies its way back
    Q_PROPERTY(QString decisionErrorCode READ decisionErrorCode NOTIFY decidingChanged)
    Q_PROPERTY(QString decisionErrorMessage READ decisionErrorMessage NOTIFY decidingChanged)
    // status.get "apply": applied | failed | unavailable (empty: an older bywayd).
    Q_PROPERTY(QString applyState READ applyState NOTIFY applyStateChanged)
    Q_PROPERTY(bool notApplied READ notApplied NOTIFY applyStateChanged)
    Q_PROPERTY(QString applyErrorCode READ applyErrorCode NOTIFY applyStateChanged)
    Q_PROPERTY(QString applyErrorMessage READ applyErrorMessage NOTIFY applyStateChanged)
    // The message id of a failure that carries one ("apply.held"); its
    // message above is then in the GUI's language.
    Q_PROPERTY(QString applyErrorId READ applyErrorId NOTIFY applyStateChanged)
    // status.get "findings": what the live box says about the stored config
    // (VPN peers outside every pool, foreign drop chains, missing interfaces),
    // [{path, code, id, args, message, severity}], errors first; refreshed with every poll.
    Q_PROPERTY(QVariantList findings READ findings NOTIFY findingsChanged)
    Q_PROPERTY(int findingCount READ findingCount NOTIFY findingsChanged)
    // The worst severity among them: error, warning, info, or "" when none.
    Q_PROPERTY(QString worstFinding READ worstFinding NOTIFY findingsChanged)
public:
    static constexpr int kPollMs = 3000;

    explicit StatusModel(HelperConnection *connection, ConfigModel *config = nullptr, QObject *parent = nullptr);
    static StatusModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QString version() const { return m_version; }
    [[nodiscard]] qint64 uptimeSec() const { return m_uptimeSec; }
    [[nodiscard]] QString mode() const { return m_mode; }
    [[nodiscard]] QString role() const { return m_role; }
    [[nodiscard]] qint64 configRevision() const { return m_configRevision; }
    [[nodiscard]] QString configSource() const { return m_configSource; }
    [[nodiscard]] QString configProblem() const { return m_configProblem; }
    [[nodiscard]] bool configUnusable() const { return m_configUnusable; }
    [[nodiscard]] QString configPath() const { return m_configPath; }
    [[nodiscard]] QString callerRole() const { return m_callerRole; }
    [[nodiscard]] int clients() const { return m_clients; }
    [[nodiscard]] bool captureRunning() const { return m_captureRunning; }
    [[nodiscard]] QString captureProblem() const { return m_captureProblem; }
    [[nodiscard]] QString captureIdle() const { return m_captureIdle; }

    [[nodiscard]] bool pending() const { return m_pendingActive; }
    [[nodiscard]] int pendingSecondsLeft() const { return m_pendingSecondsLeft; }
    [[nodiscard]] qint64 pendingRevision() const { return m_pendingRevision; }
    [[nodiscard]] QString pendingDeadline() const { return m_pendingDeadline; }
    [[nodiscard]] QString pendingWho() const { return m_pendingWho; }
    [[nodiscard]] bool pendingRemote() const { return m_pendingWho.startsWith(QLatin1String("token ")); }
    [[nodiscard]] QString pendingToken() const { return pendingRemote() ? m_pendingWho.mid(6) : QString(); }
    [[nodiscard]] qint64 pendingUid() const { return m_pendingUid; }
    [[nodiscard]] bool pendingFromHere() const;
    [[nodiscard]] QVariantList pendingChecks() const { return m_pendingChecks; }
    [[nodiscard]] bool deciding() const { return m_deciding; }
    [[nodiscard]] bool canKeep() const;
    [[nodiscard]] QString decisionErrorCode() const { return m_decisionErrorCode; }
    [[nodiscard]] QString decisionErrorMessage() const { return m_decisionErrorMessage; }
    [[nodiscard]] QString applyState() const { return m_applyState; }
    [[nodiscard]] bool notApplied() const { return m_applyState == u"failed" || m_applyState == u"unavailable"; }
    [[nodiscard]] QString applyErrorCode() const { return m_applyErrorCode; }
    [[nodiscard]] QString applyErrorMessage() const { return m_applyErrorMessage; }
    [[nodiscard]] QString applyErrorId() const { return m_applyErrorId; }
    [[nodiscard]] QVariantList findings() const { return m_findings.toVariantList(); }
    [[nodiscard]] int findingCount() const { return int(m_findings.size()); }
    [[nodiscard]] QString worstFinding() const
    {
        // Sorted worst first.
        return m_findings.isEmpty() ? QString() : m_findings.first().toObject().value(u"severity").toString();
    }
    // The findings whose id starts with one of `prefixes` ("env.pool.", "env.foreign."):
    // what a page shows of them.
    Q_INVOKABLE QVariantList findingsAbout(const QStringList &prefixes) const;

    // Keep (config.confirm) / Revert (config.rollback) the pending apply.
    // When this window's Configuration page started it, its model decides
    // (over its fresh connection), so the page and the banner agree.
    Q_INVOKABLE void keepPending();
    Q_INVOKABLE void revertPending();
    // Takes one status.get result (public for the tests).
    void apply(const QJsonObject &status);

Q_SIGNALS:
    void versionChanged();
    void uptimeSecChanged();
    void modeChanged();
    void roleChanged();
    void configRevisionChanged();
    void configSourceChanged();
    void configProblemChanged();
    void configPathChanged();
    void callerRoleChanged();
    void clientsChanged();
    void captureChanged();
    void pendingChanged();
    void pendingSecondsLeftChanged();
    void decidingChanged();
    void applyStateChanged();
    void findingsChanged();

protected:
    void take(const QJsonValue &result) override { apply(result.toObject()); }
    void connectionDown() override;

private:
    template <typename T>
    void assign(T &field, const T &value, void (StatusModel::*changed)());
    void applyPending(const QJsonObject &pending);
    void takeFindings(const QJsonArray &findings);
    void tickPending();
    void decide(const QString &method);

    QPointer<ConfigModel> m_config;
    QTimer m_pendingTick;
    QElapsedTimer m_pendingSince; // when secondsLeft was read: no clock of ours vs the box's
    qint64 m_pendingLeftAtFetch = 0;
    bool m_pendingActive = false;
    int m_pendingSecondsLeft = 0;
    qint64 m_pendingRevision = 0;
    QString m_pendingDeadline;
    QString m_pendingWho;
    QVariantList m_pendingChecks;
    qint64 m_pendingUid = -1;
    bool m_deciding = false;
    QString m_decisionErrorCode;
    QString m_decisionErrorMessage;
    QString m_applyState;
    QString m_kernelSeen; // revision, apply state, drift count, start of the last status
    QString m_applyErrorCode;
    QString m_applyErrorMessage;
    QString m_applyErrorId;
    QJsonArray m_findings;
    QString m_version;
    qint64 m_uptimeSec = 0;
    QString m_mode = QStringLiteral("unknown");
    QString m_role;
    qint64 m_configRevision = 0;
    QString m_configSource;
    QString m_configProblem;
    bool m_configUnusable = false;
    QString m_configPath;
    QString m_callerRole;
    int m_clients = 0;
    bool m_captureRunning = false;
    QString m_captureProblem;
    QString m_captureIdle;
};

} // namespace byway::qml
