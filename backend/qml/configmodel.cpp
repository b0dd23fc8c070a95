// SPDX-License-Identifier: GPL-3.0-or-later
#include "configmodel.h"

#include "configpointer.h"
#include "confirmchecks.h"
#include "helperconnection.h"
#include "singletons.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

namespace byway::qml {

ConfigModel::ConfigModel(HelperConnection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_history(connection)
{
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(kValidateDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &ConfigModel::validate);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConfigModel::tick);
    connect(m_connection, &HelperConnection::connected, this, [this] {
        // A reconnect must not throw away edits; only the first load fills the form.
        if (!m_loaded || !dirty())
            load();
        m_history.refresh();
    });
    if (m_connection->state() == HelperConnection::Connected) {
        load();
        m_history.refresh();
    }
}

ConfigModel::~ConfigModel() = default;

ConfigModel *ConfigModel::create(QQmlEngine *engine, QJSEngine *)
{
    return new ConfigModel(backendSingleton<HelperConnection>(engine, "HelperConnection"));
}

QString ConfigModel::role() const
{
    return m_doc.value(u"role").toString(QStringLiteral("none"));
}

void ConfigModel::setRole(const QString &role)
{
    if (role == this->role())
        return;
    QJsonObject d = m_doc;
    d.insert(QStringLiteral("role"), role);
    setDocument(d);
}

int ConfigModel::poolCount() const
{
    return int(m_doc.value(u"pools").toArray().size());
}

int ConfigModel::exitCount() const
{
    return int(m_doc.value(u"exits").toArray().size());
}

QStringList ConfigModel::exitNames() const
{
    QStringList out;
    for (const QJsonValue &e : m_doc.value(u"exits").toArray())
        if (const QString n = e.toObject().value(u"name").toString(); !n.isEmpty())
            out.append(n);
    return out;
}

QStringList ConfigModel::poolNames() const
{
    QStringList out;
    for (const QJsonValue &p : m_doc.value(u"pools").toArray())
        if (const QString n = p.toObject().value(u"name").toString(); !n.isEmpty())
            out.append(n);
    return out;
}

void ConfigModel::setDocument(const QJsonObject &doc)
{
    if (doc == m_doc)
        return;
    const bool wasDirty = dirty();
    m_doc = doc;
    ++m_generation;
    Q_EMIT documentChanged();
    if (dirty() != wasDirty)
        Q_EMIT dirtyChanged();
    clearPlan(); // a plan is for the document it was made for
    scheduleValidation();
}

void ConfigModel::clearPlan()
{
    if (m_plan.isEmpty())
        return;
    m_plan = {};
    Q_EMIT planChanged();
}

void ConfigModel::setLoaded(const QJsonObject &config, qint64 revision)
{
    const bool wasDirty = dirty();
    clearPlan(); // Discard, a revert, a reload: the plan was for another document
    m_stored = config;
    m_doc = config;
    ++m_generation;
    if (revision != m_revision) {
        m_revision = revision;
        Q_EMIT revisionChanged();
    }
    Q_EMIT documentChanged();
    if (dirty() != wasDirty)
        Q_EMIT dirtyChanged();
    setErrors({});
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged();
    }
}

QVariantMap ConfigModel::errorMap(const FieldError &e)
{
    return {{QStringLiteral("code"), e.code},         {QStringLiteral("message"), e.message},
            {QStringLiteral("path"), e.path},         {QStringLiteral("id"), e.id},
            {QStringLiteral("args"), e.args.toVariantMap()}, {QStringLiteral("severity"), severityName(e.severity)}};
}

void ConfigModel::setFindings(const QList<FieldError> &findings)
{
    if (findings == m_findings)
        return;
    m_findings = findings;
    Q_EMIT findingsChanged();
}

void ConfigModel::takeFindings(const QJsonObject &result)
{
    QList<FieldError> findings;
    // Paths are config-relative ("/pools/0/subnet") from every method.
    for (const QJsonValue &v : result.value(u"findings").toArray())
        findings.append(FieldError::fromJson(v.toObject()));
    setFindings(findings);
}

QVariantList ConfigModel::findings() const
{
    QVariantList out;
    for (const FieldError &f : m_findings)
        out.append(errorMap(f));
    return out;
}

void ConfigModel::setErrors(const QList<FieldError> &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    Q_EMIT errorsChanged();
}

void ConfigModel::setError(const Error &e)
{
    const QString code = e.message.isEmpty() ? QString() : errorCodeName(e.code);
    if (code == m_errorCode && e.message == m_errorMessage)
        return;
    m_errorCode = code;
    m_errorMessage = e.message;
    Q_EMIT errorChanged();
}

void ConfigModel::setApplyState(ApplyState s)
{
    if (s == m_applyState)
        return;
    m_applyState = s;
    Q_EMIT applyStateChanged();
}

void ConfigModel::setConfirmWhenHealthy(bool on)
{
    if (on == m_confirmWhenHealthy)
        return;
    m_confirmWhenHealthy = on;
    if (on && m_healthChecks.isEmpty())
        m_healthChecks.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("tcp")},
                                          {QStringLiteral("target"), QString()},
                                          {QStringLiteral("timeoutMs"), 3000}});
    Q_EMIT healthChecksChanged();
}

void ConfigModel::addHealthCheck()
{
    if (m_healthChecks.size() >= 16) // bywayd's limit
        return;
    m_healthChecks.append(QVariantMap{{QStringLiteral("kind"), QStringLiteral("tcp")},
                                      {QStringLiteral("target"), QString()},
                                      {QStringLiteral("timeoutMs"), 3000}});
    Q_EMIT healthChecksChanged();
}

void ConfigModel::removeHealthCheck(int index)
{
    if (index < 0 || index >= m_healthChecks.size())
        return;
    m_healthChecks.removeAt(index);
    Q_EMIT healthChecksChanged();
}

void ConfigModel::setHealthCheck(int index, const QString &key, const QVariant &value)
{
    if (index < 0 || index >= m_healthChecks.size())
        return;
    QVariantMap m = m_healthChecks[index].toMap();
    if (m.value(key) == value)
        return;
    m.insert(key, value);
    m_healthChecks[index] = m;
    Q_EMIT healthChecksChanged();
}

void ConfigModel::setConfirmSeconds(int s)
{
    s = std::clamp(s, 0, 3600);
    if (s == m_confirmSeconds)
        return;
    m_confirmSeconds = s;
    Q_EMIT confirmSecondsChanged();
}

QString ConfigModel::defaultExportPath()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(QStringLiteral("byway.json"));
}

// ---- fields ---------------------------------------------------------------

QString ConfigModel::fieldText(const QString &pointer, const QString &kind) const
{
    return pointer::toText(pointer::valueAt(m_doc, pointer), kind);
}

void ConfigModel::setField(const QString &pointer, const QString &kind, const QString &text)
{
    if (text == fieldText(pointer, kind))
        return; // re-typing what is there must not mark the document dirty
    setDocument(pointer::setAt(m_doc, pointer, pointer::fromText(text, kind)));
}

QVariantMap ConfigModel::fieldError(const QString &pointer) const
{
    for (const FieldError &e : m_errors)
        if (pointer::covers(pointer, e.path))
            return errorMap(e);
    return {};
}

void ConfigModel::addPool()
{
    QJsonArray pools = m_doc.value(u"pools").toArray();
    pools.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("pool%1").arg(pools.size() + 1)},
                             {QStringLiteral("subnet"), QString()},
                             {QStringLiteral("users"), QJsonArray{}}});
    QJsonObject d = m_doc;
    d.insert(QStringLiteral("pools"), pools);
    setDocument(d);
}

void ConfigModel::removePool(int index)
{
    QJsonArray pools = m_doc.value(u"pools").toArray();
    if (index < 0 || index >= pools.size())
        return;
    pools.removeAt(index);
    QJsonObject d = m_doc;
    d.insert(QStringLiteral("pools"), pools);
    setDocument(d);
}

void ConfigModel::addExit()
{
    QJsonArray exits = m_doc.value(u"exits").toArray();
    exits.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("exit%1").arg(exits.size() + 1)},
                             {QStringLiteral("type"), QStringLiteral("direct")}});
    QJsonObject d = m_doc;
    d.insert(QStringLiteral("exits"), exits);
    setDocument(d);
}

void ConfigModel::removeExit(int index)
{
    QJsonArray exits = m_doc.value(u"exits").toArray();
    if (index < 0 || index >= exits.size())
        return;
    exits.removeAt(index);
    QJsonObject d = m_doc;
    d.insert(QStringLiteral("exits"), exits);
    setDocument(d);
}

// ---- helper calls ---------------------------------------------------------

void ConfigModel::load()
{
    if (m_loading)
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    QPointer<ConfigModel> self(this);
    m_connection->client()->call(QStringLiteral("config.get"), {}, [self](Result<QJsonValue> r) {
        if (!self)
            return;
        self->m_loading = false;
        Q_EMIT self->loadingChanged();
        if (!r) {
            self->m_connection->reportError(r.error());
            self->setError(r.error());
            return;
        }
        const QJsonObject o = r->toObject();
        // A failed earlier load (e.g. during a reconnect) is no news once one worked.
        if (self->m_applyState == Idle)
            self->clearError();
        self->setLoaded(o.value(u"config").toObject(), qint64(o.value(u"revision").toDouble()));
    });
}

void ConfigModel::discard()
{
    setLoaded(m_stored, m_revision);
}

void ConfigModel::scheduleValidation()
{
    m_validateTimer.start();
}

void ConfigModel::validate()
{
    if (m_connection->state() != HelperConnection::Connected)
        return;
    const int seq = ++m_validateSeq;
    if (!m_validating) {
        m_validating = true;
        Q_EMIT validatingChanged();
    }
    QPointer<ConfigModel> self(this);
    m_connection->client()->call(QStringLiteral("config.validate"), {{QStringLiteral("config"), effectiveDocument()}},
                                 [self, seq](Result<QJsonValue> r) {
                                     if (!self || seq != self->m_validateSeq)
                                         return; // an older document's answer
                                     self->m_validating = false;
                                     Q_EMIT self->validatingChanged();
                                     if (r) {
                                         self->setErrors({});
                                         self->takeFindings(r->toObject());
                                     } else if (r.error().code == ErrorCode::ValidationFailed) {
                                         self->setErrors(r.error().errors);
                                     } else {
                                         self->setError(r.error());
                                     }
                                 });
}

void ConfigModel::takeFailure(const Error &e)
{
    if (e.code == ErrorCode::ValidationFailed)
        setErrors(e.errors);
    setError(e);
}

void ConfigModel::plan()
{
    if (m_planning)
        return;
    m_planning = true;
    Q_EMIT planChanged();
    clearError();
    QPointer<ConfigModel> self(this);
    m_connection->client()->call(QStringLiteral("config.plan"), {{QStringLiteral("config"), effectiveDocument()}},
                                 [self](Result<QJsonValue> r) {
                                     if (!self)
                                         return;
                                     self->m_planning = false;
                                     if (r) {
                                         self->m_plan = r->toObject();
                                         self->takeFindings(self->m_plan);
                                     } else {
                                         self->takeFailure(r.error());
                                     }
                                     Q_EMIT self->planChanged();
                                 });
}

bool ConfigModel::planChanges() const
{
    return m_plan.value(u"changes").toBool();
}

QString ConfigModel::planText() const
{
    return m_plan.value(u"text").toString();
}

QString ConfigModel::planNftAction() const
{
    return m_plan.value(u"nft").toObject().value(u"action").toString();
}

int ConfigModel::planNftRules() const
{
    return m_plan.value(u"nft").toObject().value(u"rules").toInt();
}

QVariantList ConfigModel::planSysctls() const
{
    return m_plan.value(u"sysctls").toArray().toVariantList();
}

QVariantList ConfigModel::planRoutes() const
{
    // Route entries differ in shape between kinds; the page shows each as one line.
    QVariantList out;
    for (const QJsonValue &v : m_plan.value(u"routes").toArray()) {
        if (v.isString()) {
            out.append(v.toString());
            continue;
        }
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts.append(it.key() + QLatin1Char(' ')
                         + (it->isString() ? it->toString() : QString::fromUtf8(QJsonDocument(QJsonArray{*it}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
        out.append(parts.join(QStringLiteral("  ")));
    }
    return out;
}

QVariantList ConfigModel::planDiff() const
{
    const QJsonObject diff = m_plan.value(u"diff").toObject();
    QVariantList out;
    for (const char16_t *g : {u"nft", u"rules", u"routes", u"addresses", u"sysctls"}) {
        const QString group = QString::fromUtf16(g);
        const QJsonObject d = diff.value(group).toObject();
        const QJsonArray add = d.value(u"add").toArray();
        const QJsonArray remove = d.value(u"remove").toArray();
        if (add.isEmpty() && remove.isEmpty() && !d.value(u"omitted").toBool())
            continue;
        out.append(QVariantMap{{QStringLiteral("group"), group},
                               {QStringLiteral("add"), add.toVariantList()},
                               {QStringLiteral("remove"), remove.toVariantList()},
                               {QStringLiteral("omitted"), d.value(u"omitted").toBool()}});
    }
    return out;
}

QVariantList ConfigModel::planNotes() const
{
    QVariantList out;
    for (const QJsonValue &v : m_plan.value(u"notes").toArray()) {
        if (v.isString()) {
            out.append(QVariantMap{{QStringLiteral("message"), v.toString()}});
            continue;
        }
        const QJsonObject o = v.toObject();
        out.append(QVariantMap{{QStringLiteral("id"), o.value(u"id").toString()},
                               {QStringLiteral("args"), o.value(u"args").toObject().toVariantMap()},
                               {QStringLiteral("message"), o.value(u"message").toString()}});
    }
    return out;
}

void ConfigModel::apply()
{
    if (m_applyState == Applying || m_applyState == Verifying || m_applyState == AwaitingDecision)
        return;
    setApplyState(Applying);
    clearError();
    QJsonObject params{{QStringLiteral("config"), effectiveDocument()}};
    if (m_confirmSeconds > 0 && m_confirmWhenHealthy && !m_healthChecks.isEmpty()) {
        // bywayd probes them through the new state and keeps it by itself; the
        // countdown and Keep / Revert work as for a plain commit-confirm.
        QJsonArray checks;
        for (const QVariant &v : std::as_const(m_healthChecks))
            checks.append(confirmCheckJson(v.toMap()));
        params.insert(QStringLiteral("confirm"), QJsonObject{{QStringLiteral("withinSec"), m_confirmSeconds},
                                                             {QStringLiteral("checks"), checks}});
    } else if (m_confirmSeconds > 0) {
        params.insert(QStringLiteral("confirmWithinSec"), m_confirmSeconds);
    }
    QPointer<ConfigModel> self(this);
    m_connection->client()->call(QStringLiteral("config.apply"), params, [self](Result<QJsonValue> r) {
        if (!self)
            return;
        if (!r) {
            self->takeFailure(r.error());
            self->setApplyState(Failed);
            return;
        }
        self->onApplied(r->toObject());
    }, 60000);
}

void ConfigModel::onApplied(const QJsonObject &result)
{
    // The form now shows what bywayd stores: the other roles' values are gone.
    const QJsonObject applied = effectiveDocument();
    m_plan = result.value(u"plan").toObject();
    takeFindings(result.contains(u"findings") ? result : m_plan);
    Q_EMIT planChanged();
    setLoaded(applied, qint64(result.value(u"revision").toDouble()));
    m_history.refresh();
    const QString confirmBy = result.value(u"confirmBy").toString();
    m_healthChecked = result.value(u"confirm").toObject().value(u"state").toString() == u"checking";
    if (confirmBy.isEmpty() && m_confirmSeconds == 0) {
        setApplyState(Applied);
        return;
    }
    m_deadline = QDateTime::fromString(confirmBy, Qt::ISODateWithMs);
    if (!m_deadline.isValid())
        m_deadline = QDateTime::currentDateTimeUtc().addSecs(m_confirmSeconds);
    tick();
    m_countdown.start();
    Q_EMIT appliedWithDeadline(result); // AddressMove may point the connection elsewhere first
    verifyOverFreshConnection();
}

void ConfigModel::verifyOverFreshConnection()
{
    setApplyState(Verifying);
    // Not the GUI's usual connection: that one survived the apply by
    // definition. A new one proves that a person can still reach the box.
    m_fresh = std::make_unique<Client>();
    Client *fresh = m_fresh.get();
    auto failed = [this, fresh](const Error &e) {
        if (m_fresh.get() != fresh || m_applyState != Verifying)
            return;
        setError(e);
        setApplyState(Unreachable);
    };
    connect(fresh, &Client::connectionError, this, failed);
    connect(fresh, &Client::connected, this, [this, fresh, failed] {
        fresh->call(QStringLiteral("status.get"), {}, [this, fresh, failed](Result<QJsonValue> r) {
            if (m_fresh.get() != fresh || m_applyState != Verifying)
                return;
            if (!r)
                return failed(r.error());
            setApplyState(AwaitingDecision);
            // The checks may have passed already (bywayd kept it by itself).
            if (m_healthChecked && r->toObject().value(u"pending").isNull()) {
                const qint64 now = qint64(r->toObject().value(u"config").toObject().value(u"revision").toDouble());
                QMetaObject::invokeMethod(this, [this, now] { settledElsewhere(now); }, Qt::QueuedConnection);
            }
        }, kVerifyTimeoutMs);
    });
    QTimer::singleShot(kVerifyTimeoutMs + 1000, fresh, [fresh, failed] {
        failed(Error::make(ErrorCode::Timeout, QStringLiteral("no answer over a new connection")));
    });
    fresh->connectTo(m_connection->endpoint());
}

void ConfigModel::tick()
{
    const int left = int(std::max<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(m_deadline) + 999) / 1000));
    if (left != m_secondsLeft) {
        m_secondsLeft = left;
        Q_EMIT secondsLeftChanged();
    }
    if (left > 0) {
        askIfSettled();
        return;
    }
    m_countdown.stop();
    if (m_applyState == AwaitingDecision || m_applyState == Verifying || m_applyState == Unreachable) {
        // bywayd restores the previous config at the deadline by itself.
        setApplyState(TimedOut);
        m_fresh.reset();
        QTimer::singleShot(1500, this, [this] {
            load();
            m_history.refresh();
        });
    }
}

void ConfigModel::askIfSettled()
{
    // Once a second while bywayd runs the checks: a StatusModel poll may
    // never have seen the pending confirm that the checks ended quickly.
    if (!m_healthChecked || m_applyState != AwaitingDecision || !m_fresh || !m_fresh->isConnected())
        return;
    QPointer<ConfigModel> self(this);
    m_fresh->call(QStringLiteral("status.get"), {}, [self](Result<QJsonValue> r) {
        if (!self || !r || !r->toObject().value(u"pending").isNull())
            return;
        const qint64 now = qint64(r->toObject().value(u"config").toObject().value(u"revision").toDouble());
        QMetaObject::invokeMethod(self, [self, now] {
            if (self)
                self->settledElsewhere(now);
        }, Qt::QueuedConnection);
    }, kVerifyTimeoutMs);
}

void ConfigModel::keep()
{
    if (m_applyState != AwaitingDecision || !m_fresh)
        return;
    setApplyState(Confirming);
    QPointer<ConfigModel> self(this);
    m_fresh->call(QStringLiteral("config.confirm"), {}, [self](Result<QJsonValue> r) {
        if (!self)
            return;
        self->m_countdown.stop();
        if (!r) {
            self->setError(r.error());
            self->setApplyState(Failed);
        } else {
            self->setApplyState(Applied);
        }
        self->m_history.refresh();
    });
}

void ConfigModel::revert()
{
    if (m_applyState != AwaitingDecision && m_applyState != Unreachable)
        return;
    setApplyState(Reverting);
    Client *client = m_fresh && m_fresh->isConnected() ? m_fresh.get() : m_connection->client();
    QPointer<ConfigModel> self(this);
    client->call(QStringLiteral("config.rollback"), {}, [self](Result<QJsonValue> r) {
        if (!self)
            return;
        self->m_countdown.stop();
        if (!r) {
            self->setError(r.error());
            self->setApplyState(Failed);
        } else {
            self->setApplyState(Reverted);
        }
        self->load();
        self->m_history.refresh();
    });
}

void ConfigModel::revertTo(int historyId)
{
    setApplyState(Reverting);
    clearError();
    QPointer<ConfigModel> self(this);
    m_connection->client()->call(QStringLiteral("config.rollback"), {{QStringLiteral("historyId"), historyId}},
                                 [self](Result<QJsonValue> r) {
                                     if (!self)
                                         return;
                                     if (!r) {
                                         self->setError(r.error());
                                         self->setApplyState(Failed);
                                     } else {
                                         self->setApplyState(Reverted);
                                     }
                                     self->load();
                                     self->m_history.refresh();
                                 });
}

void ConfigModel::dismissApplyState()
{
    if (m_applyState == Verifying || m_applyState == AwaitingDecision || m_applyState == Applying)
        return;
    m_fresh.reset();
    setApplyState(Idle);
}

bool ConfigModel::ownsPending() const
{
    switch (m_applyState) {
    case Verifying:
    case AwaitingDecision:
    case Unreachable:
    case Confirming:
    case Reverting:
        return true;
    default:
        return false;
    }
}

void ConfigModel::settledElsewhere(qint64 revisionNow)
{
    // Confirming / Reverting: our own call answers, with its own outcome.
    if (m_applyState != Verifying && m_applyState != AwaitingDecision && m_applyState != Unreachable)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_deadline.addSecs(-1)) {
        // The deadline passed: bywayd reverted by itself; tick() says so.
        tick();
        return;
    }
    m_countdown.stop();
    m_fresh.reset();
    setApplyState(revisionNow == m_revision ? Applied : Reverted);
    if (m_applyState == Reverted)
        load();
    m_history.refresh();
}

bool ConfigModel::exportTo(const QString &path)
{
    // A config of a few KiB on a local path: written atomically, at once.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        setError(Error::make(ErrorCode::StorageFailed, f.errorString()));
        return false;
    }
    f.write(QJsonDocument(effectiveDocument()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        setError(Error::make(ErrorCode::StorageFailed, f.errorString()));
        return false;
    }
    clearError();
    return true;
}

void ConfigModel::importWhenLoaded(const QString &path)
{
    m_importPath = path;
    m_importPending = true;
    auto now = [this] {
        if (!m_importPending || !m_loaded)
            return;
        m_importPending = false;
        importFrom(m_importPath);
    };
    if (m_loaded)
        return now();
    connect(this, &ConfigModel::loadedChanged, this, now, Qt::SingleShotConnection);
}

bool ConfigModel::importFrom(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setError(Error::make(ErrorCode::StorageFailed, f.errorString()));
        return false;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &pe);
    if (!doc.isObject()) {
        setError(Error::make(ErrorCode::ParseError,
                             pe.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object") : pe.errorString()));
        return false;
    }
    clearError();
    setDocument(doc.object()); // validated like any edit; applying is a separate step
    return true;
}

} // namespace byway::qml
