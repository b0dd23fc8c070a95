// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "confighistorymodel.h"
#include "polledmodel.h"
#include "core/client.h"

#include <QDateTime>
#include <QJsonObject>
#include <QQmlEngine>
#include <QTimer>

#include <memory>

namespace byway::qml {

class HelperConnection;

// The Configuration page's document: the edited config JSON, its dirty
// state, inline validation (config.validate, debounced) with each error at
// its field, the plan, and apply with commit-confirm — after applying, a
// FRESH connection must reach bywayd before Keep is offered, so an admin who
// cut his own way to the box gets the old config back from the helper.
// `loading` is the config.get; errorCode/errorMessage the last failed call.
class ConfigModel : public PolledModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool dirty READ dirty NOTIFY dirtyChanged)
    Q_PROPERTY(int generation READ generation NOTIFY documentChanged)
    Q_PROPERTY(qint64 revision READ revision NOTIFY revisionChanged)
    // The revision bywayd stores now when someone else (bywayctl, another
    // window) replaced the one the editor's unsaved changes are based on; 0
    // otherwise. An editor without changes follows such a revision by itself.
    Q_PROPERTY(qint64 newerRevision READ newerRevision NOTIFY newerRevisionChanged)
    Q_PROPERTY(QString role READ role WRITE setRole NOTIFY documentChanged)
    Q_PROPERTY(int poolCount READ poolCount NOTIFY documentChanged)
    Q_PROPERTY(int exitCount READ exitCount NOTIFY documentChanged)
    // The names of the exits and pools the document defines (the pickers' choices).
    Q_PROPERTY(QStringList exitNames READ exitNames NOTIFY documentChanged)
    Q_PROPERTY(QStringList poolNames READ poolNames NOTIFY documentChanged)
    Q_PROPERTY(bool validating READ validating NOTIFY validatingChanged)
    Q_PROPERTY(int errorCount READ errorCount NOTIFY errorsChanged)
    Q_PROPERTY(QVariantList otherErrors READ otherErrors NOTIFY errorsChanged)
    // Every problem bywayd reported for the document, each with where the
    // form shows it: [{code, message, path, id, args, severity, field, section, item}]
    // (field: the form field's pointer or ""; section: the form section, "" when
    // the form does not edit that setting; item: the pool/exit index or -1).
    Q_PROPERTY(QVariantList problems READ problems NOTIFY errorsChanged)
    // The field and section the last showProblem() jumped to.
    Q_PROPERTY(QString focusField READ focusField NOTIFY focusRequested)
    Q_PROPERTY(QString focusSection READ focusSection NOTIFY focusRequested)
    // Environment findings of the last validate/plan/apply reply (warnings and
    // notes that do not refuse the config): [{path, code, id, args, message, severity}].
    Q_PROPERTY(QVariantList findings READ findings NOTIFY findingsChanged)
    Q_PROPERTY(bool planning READ planning NOTIFY planChanged)
    Q_PROPERTY(bool planLoaded READ planLoaded NOTIFY planChanged)
    Q_PROPERTY(bool planChanges READ planChanges NOTIFY planChanged)
    Q_PROPERTY(QString planText READ planText NOTIFY planChanged)
    Q_PROPERTY(QString planNftAction READ planNftAction NOTIFY planChanged)
    Q_PROPERTY(int planNftRules READ planNftRules NOTIFY planChanged)
    Q_PROPERTY(QVariantList planSysctls READ planSysctls NOTIFY planChanged)
    Q_PROPERTY(QVariantList planRoutes READ planRoutes NOTIFY planChanged)
    Q_PROPERTY(QVariantList planNotes READ planNotes NOTIFY planChanged)
    // The plan as +/- lines by group, the non-empty groups only, in the order
    // nft, rules, routes, addresses, sysctls: [{group, add: [..], remove: [..]}].
    Q_PROPERTY(QVariantList planDiff READ planDiff NOTIFY planChanged)
    Q_PROPERTY(int confirmSeconds READ confirmSeconds WRITE setConfirmSeconds NOTIFY confirmSecondsChanged)
    // Health-checked confirm: bywayd keeps the apply by itself once these
    // pass, [{kind: tcp|icmp|dns, target, timeoutMs}]; a dns target is "name@server";
    // {kind: reconnect, address}: the management address moves (AddressMove).
    Q_PROPERTY(bool confirmWhenHealthy READ confirmWhenHealthy WRITE setConfirmWhenHealthy NOTIFY healthChecksChanged)
    Q_PROPERTY(QVariantList healthChecks READ healthChecks NOTIFY healthChecksChanged)
    Q_PROPERTY(ApplyState applyState READ applyState NOTIFY applyStateChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(ConfigHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(QString defaultExportPath READ defaultExportPath CONSTANT)
public:
    enum ApplyState {
        Idle,
        Applying,
        Verifying,        // applied with a deadline; reaching bywayd over a fresh connection
        AwaitingDecision, // the fresh connection works: Keep or Revert, with a countdown
        Confirming,
        Reverting,
        Applied,          // kept (or applied without a deadline)
        Reverted,
        Unreachable,      // the fresh connection failed: bywayd reverts by itself at the deadline
        TimedOut,         // nobody confirmed: bywayd restored the previous config
        Failed,
    };
    Q_ENUM(ApplyState)

    static constexpr int kValidateDelayMs = 400;
    static constexpr int kVerifyTimeoutMs = 5000;

    explicit ConfigModel(HelperConnection *connection, QObject *parent = nullptr);
    ~ConfigModel() override;
    static ConfigModel *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] bool dirty() const { return m_doc != m_stored; }
    [[nodiscard]] int generation() const { return m_generation; }
    [[nodiscard]] qint64 revision() const { return m_revision; }
    [[nodiscard]] qint64 newerRevision() const { return m_newerRevision; }
    // The revision bywayd stores, from each status poll.
    void storedRevisionIs(qint64 revision);
    [[nodiscard]] QString role() const;
    void setRole(const QString &role);
    [[nodiscard]] int poolCount() const;
    [[nodiscard]] int exitCount() const;
    [[nodiscard]] QStringList exitNames() const;
    [[nodiscard]] QStringList poolNames() const;
    [[nodiscard]] bool validating() const { return m_validating; }
    // An edit waits for its debounced config.validate, or its answer.
    [[nodiscard]] bool checkPending() const { return m_validating || m_validateTimer.isActive() || m_importPending; }
    // Opens `path` in the editor once the stored config has loaded (byway --import).
    void importWhenLoaded(const QString &path);
    [[nodiscard]] bool importRequested() const { return !m_importPath.isEmpty(); }
    [[nodiscard]] int errorCount() const { return int(m_errors.size()); }
    [[nodiscard]] QVariantList otherErrors() const;
    [[nodiscard]] QVariantList problems() const;
    [[nodiscard]] QString focusField() const { return m_focusField; }
    [[nodiscard]] QString focusSection() const { return m_focusSection; }
    [[nodiscard]] QVariantList findings() const;
    [[nodiscard]] bool planning() const { return m_planning; }
    [[nodiscard]] bool planLoaded() const { return !m_plan.isEmpty(); }
    [[nodiscard]] bool planChanges() const;
    [[nodiscard]] QString planText() const;
    [[nodiscard]] QString planNftAction() const;
    [[nodiscard]] int planNftRules() const;
    [[nodiscard]] QVariantList planSysctls() const;
    [[nodiscard]] QVariantList planRoutes() const;
    // [{id, args, message}]; a note from an older bywayd (a plain string) has only a message.
    [[nodiscard]] QVariantList planNotes() const;
    [[nodiscard]] QVariantList planDiff() const;
    // The kernel changed under the plan (another apply, a revert, drift):
    // a plan is only true for the kernel it was made against.
    void kernelChanged() { clearPlan(); }
    [[nodiscard]] int confirmSeconds() const { return m_confirmSeconds; }
    void setConfirmSeconds(int s);
    [[nodiscard]] bool confirmWhenHealthy() const { return m_confirmWhenHealthy; }
    void setConfirmWhenHealthy(bool on);
    [[nodiscard]] QVariantList healthChecks() const { return m_healthChecks; }
    Q_INVOKABLE void addHealthCheck();
    Q_INVOKABLE void removeHealthCheck(int index);
    Q_INVOKABLE void setHealthCheck(int index, const QString &key, const QVariant &value);
    [[nodiscard]] ApplyState applyState() const { return m_applyState; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] ConfigHistoryModel *history() { return &m_history; }
    [[nodiscard]] static QString defaultExportPath();

    // Fields are addressed by JSON pointer; `kind` says how text maps to
    // JSON: string, list (comma separated), int, mark (number or "0x…"),
    // bool ("true"/"false"), users ("name address, …"), masquerade ("prefix wan, …").
    Q_INVOKABLE QString fieldText(const QString &pointer, const QString &kind) const;
    Q_INVOKABLE void setField(const QString &pointer, const QString &kind, const QString &text);
    // The first validation problem at this field or below it:
    // {code, message, path, id, args, severity} or {}.
    Q_INVOKABLE QVariantMap fieldError(const QString &pointer) const;
    // Which form sections the selected role uses (wan, lan, tunnels, alternate,
    // pools, nat, bypass, exits, capture, ipv6, dns, routing, debug).
    Q_INVOKABLE bool sectionApplies(const QString &section) const;
    // Whether the form shows a part: the role uses it, or a problem sits in it
    // (a setting the role does not use can still be refused, e.g. under role
    // none, which keeps every value): nothing that blocks Apply stays hidden.
    // A warning counts too ("used only by role wan-separated"): its fix is in
    // that field, and "Show" goes there.
    Q_INVOKABLE bool shows(const QString &section, const QString &pointer) const;
    // An error or a finding about `pointer` or below it.
    Q_INVOKABLE bool flagged(const QString &pointer) const;
    // "Show" on a problem: the form field (and section) holding `path`. The
    // page scrolls there and focuses the field on focusRequested. Returns
    // whether the form has a place for it.
    Q_INVOKABLE bool showProblem(const QString &path);
    // Where the form shows `path`: {field, section, item} (see problems).
    Q_INVOKABLE QVariantMap placeOf(const QString &path) const;
    Q_INVOKABLE void addPool();
    Q_INVOKABLE void removePool(int index);
    Q_INVOKABLE void addExit();
    Q_INVOKABLE void removeExit(int index);

    Q_INVOKABLE void load();
    Q_INVOKABLE void discard();
    Q_INVOKABLE void plan();
    Q_INVOKABLE void apply();
    Q_INVOKABLE void keep();
    Q_INVOKABLE void revert();
    Q_INVOKABLE void revertTo(int historyId);
    Q_INVOKABLE void dismissApplyState();
    // This window applied with a deadline and has not settled it yet.
    [[nodiscard]] bool ownsPending() const;
    // bywayd no longer has a pending confirm (Keep or Revert came from
    // elsewhere: bywayctl, another GUI). `revisionNow` is status.get's
    // config revision: the applied one means kept, another one reverted.
    void settledElsewhere(qint64 revisionNow);
    // Export the edited document / import one into the editor (not applied).
    Q_INVOKABLE bool exportTo(const QString &path);
    Q_INVOKABLE bool importFrom(const QString &path);

    // For the tests: the document, replacing it as if loaded, and the errors.
    [[nodiscard]] QJsonObject document() const { return m_doc; }
    // What validate, plan, apply and export send: the document without the
    // values the selected role does not use. The form keeps them (switching
    // back shows them again), but a value hidden by a role switch never
    // refuses an Apply. Role none keeps everything: it is often a pause.
    [[nodiscard]] QJsonObject effectiveDocument() const;
    void setLoaded(const QJsonObject &config, qint64 revision);
    void setErrors(const QList<FieldError> &errors);
    void setFindings(const QList<FieldError> &findings);
    // Takes the "findings" array of a config.validate/plan/apply result.
    void takeFindings(const QJsonObject &result);

Q_SIGNALS:
    void dirtyChanged();
    void documentChanged();
    void revisionChanged();
    void newerRevisionChanged();
    void validatingChanged();
    void errorsChanged();
    void findingsChanged();
    void planChanged();
    void confirmSecondsChanged();
    void healthChecksChanged();
    void applyStateChanged();
    void secondsLeftChanged();
    void focusRequested();
    // An apply with a deadline went through; the fresh connection is made
    // right after this, to the endpoint the connection has then.
    void appliedWithDeadline(const QJsonObject &result);

protected:
    void take(const QJsonValue &result) override;
    // A reconnect must not throw away edits; only the first load fills the form.
    void connectionUp() override
    {
        if (!loaded() || !dirty())
            load();
    }

private:
    void setDocument(const QJsonObject &doc);
    void clearPlan();
    void scheduleValidation();
    void validate();
    void setApplyState(ApplyState s);
    // A failed call's error as errorCode/errorMessage (none for an empty message).
    void showError(const Error &e);
    // The answer of a Keep / Revert: the countdown ends, `ok` or Failed, then
    // the history (and, for a revert, the stored config) again.
    void settle(const Result<QJsonValue> &r, ApplyState ok, bool reload);
    // A document with `item` appended to the array at `key` / its element `index` removed.
    void appendTo(const QString &key, const QJsonObject &item);
    void removeFrom(const QString &key, int index);
    void onApplied(const QJsonObject &result);
    void verifyOverFreshConnection();
    void tick();
    // Health-checked: whether bywayd already decided (no pending left).
    void askIfSettled();
    void takeFailure(const Error &e);
    [[nodiscard]] QStringList knownFields() const;
    [[nodiscard]] static QVariantMap errorMap(const FieldError &e);

    ConfigHistoryModel m_history;
    QJsonObject m_doc;
    QJsonObject m_stored;
    qint64 m_revision = 0;
    qint64 m_newerRevision = 0;
    bool m_following = false; // the load under way follows a revision stored elsewhere
    qint64 m_storedSeen = -1; // the stored revision the last status poll gave
    int m_generation = 0;
    bool m_validating = false;
    int m_validateSeq = 0;
    QTimer m_validateTimer;
    QList<FieldError> m_errors;
    QList<FieldError> m_findings;
    bool m_planning = false;
    QJsonObject m_plan;
    int m_confirmSeconds = 60;
    bool m_confirmWhenHealthy = false;
    QVariantList m_healthChecks;
    bool m_healthChecked = false; // the apply in flight is confirmed by bywayd once its checks pass
    ApplyState m_applyState = Idle;
    QDateTime m_deadline;
    int m_secondsLeft = 0;
    QTimer m_countdown;
    std::unique_ptr<Client> m_fresh; // the second connection that proves the way back works
    QString m_importPath;
    bool m_importPending = false;
    QString m_focusField;
    QString m_focusSection;
};

} // namespace byway::qml
