// SPDX-License-Identifier: GPL-3.0-or-later
#include "configmodel.h"

#include "configpointer.h"
#include "core/messages/messages.h"
#include "helperconnection.h"
#include "singletons.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace byway::qml {

ConfigModel::ConfigModel(HelperConnection *connection, QObject *parent)
    // A failed earlier load (e.g. during a reconnect) is no news once one
    // worked, but the error of an apply stays until it is dismissed (take()).
    : PolledModel(connection, {.method = QStringLiteral("config.get"), .answerClearsError = false}, parent)
    , m_history(connection)
{
    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(kValidateDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &ConfigModel::validate);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &ConfigModel::tick);
    followConnection();
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
    // "Applied and kept." was about the stored config: over a new edit it
    // would read as the edit's outcome. A failure stays until dismissed.
    if (m_applyState == Applied && dirty())
        dismissApplyState();
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
    if (m_newerRevision != 0 && m_newerRevision <= m_revision) {
        m_newerRevision = 0;
        Q_EMIT newerRevisionChanged();
    }
    Q_EMIT documentChanged();
    if (dirty() != wasDirty)
        Q_EMIT dirtyChanged();
    setErrors({});
    // What bywayd says about this document, not the one shown before it
    // (an edit discarded, an older revision): checked again (the findings
    // shown until the answer are replaced then, not cleared: no flicker).
    scheduleValidation();
    markLoaded();
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

void ConfigModel::showError(const Error &e)
{
    // One refusal that carries its message id (a health check bywayd would
    // not run): said in the GUI's language, its English where the id is new.
    const FieldError *one = e.errors.size() == 1 && !e.errors.first().id.isEmpty() ? &e.errors.first() : nullptr;
    const QString message = one ? msg::translated(one->id, one->args, msg::Part::Text, e.message) : e.message;
    setError(message.isEmpty() ? QString() : errorCodeName(e.code), message);
}

void ConfigModel::setApplyState(ApplyState s)
{
    if (s == m_applyState)
        return;
    m_applyState = s;
    Q_EMIT applyStateChanged();
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

void ConfigModel::appendTo(const QString &key, const QJsonObject &item)
{
    QJsonArray list = m_doc.value(key).toArray();
    list.append(item);
    QJsonObject d = m_doc;
    d.insert(key, list);
    setDocument(d);
}

void ConfigModel::removeFrom(const QString &key, int index)
{
    QJsonArray list = m_doc.value(key).toArray();
    if (index < 0 || index >= list.size())
        return;
    list.removeAt(index);
    QJsonObject d = m_doc;
    d.insert(key, list);
    setDocument(d);
}

void ConfigModel::addPool()
{
    appendTo(QStringLiteral("pools"), {{QStringLiteral("name"), QStringLiteral("pool%1").arg(poolCount() + 1)},
                                       {QStringLiteral("subnet"), QString()},
                                       {QStringLiteral("users"), QJsonArray{}}});
}

void ConfigModel::removePool(int index)
{
    removeFrom(QStringLiteral("pools"), index);
}

void ConfigModel::addExit()
{
    appendTo(QStringLiteral("exits"), {{QStringLiteral("name"), QStringLiteral("exit%1").arg(exitCount() + 1)},
                                       {QStringLiteral("type"), QStringLiteral("direct")}});
}

void ConfigModel::removeExit(int index)
{
    removeFrom(QStringLiteral("exits"), index);
}

// ---- helper calls ---------------------------------------------------------

void ConfigModel::load()
{
    m_following = false; // an explicit load (Discard, an apply's end) replaces the document
    refresh();
}

void ConfigModel::take(const QJsonValue &result)
{
    const QJsonObject o = result.toObject();
    if (std::exchange(m_following, false) && dirty()) {
        // Edited while the box's newer config was on its way: the edits stay,
        // the newer revision is announced instead.
        const qint64 revision = qint64(o.value(u"revision").toDouble());
        if (revision != m_revision && revision != m_newerRevision) {
            m_newerRevision = revision;
            Q_EMIT newerRevisionChanged();
        }
        return;
    }
    if (m_applyState == Idle)
        clearError();
    setLoaded(o.value(u"config").toObject(), qint64(o.value(u"revision").toDouble()));
}

void ConfigModel::discard()
{
    // Someone else stored a newer config meanwhile: that is what the box has.
    if (m_newerRevision != 0)
        load();
    else
        setLoaded(m_stored, m_revision);
}

void ConfigModel::storedRevisionIs(qint64 revision)
{
    // Another revision stored (someone else's apply, a deadline's revert):
    // the History card shows its entry and which one runs.
    if (revision != m_storedSeen) {
        if (m_storedSeen >= 0)
            m_history.refresh();
        m_storedSeen = revision;
    }
    if (!loaded() || loading() || revision == m_revision)
        return;
    // The editor's own apply, keep or revert loads what it stored by itself.
    if (m_applyState == Applying || ownsPending())
        return;
    if (!dirty()) {
        load(); // nothing of the admin's to lose: show what the box has
        m_following = true;
        return;
    }
    if (revision != m_newerRevision) {
        m_newerRevision = revision;
        Q_EMIT newerRevisionChanged();
    }
}

void ConfigModel::scheduleValidation()
{
    m_validateTimer.start();
}

void ConfigModel::validate()
{
    if (connection()->state() != HelperConnection::Connected)
        return;
    const int seq = ++m_validateSeq;
    if (!m_validating) {
        m_validating = true;
        Q_EMIT validatingChanged();
    }
    QPointer<ConfigModel> self(this);
    connection()->client()->call(QStringLiteral("config.validate"), {{QStringLiteral("config"), effectiveDocument()}},
                                 [self, seq](Result<QJsonValue> r) {
                                     if (!self || seq != self->m_validateSeq)
                                         return; // an older document's answer
                                     self->m_validating = false;
                                     Q_EMIT self->validatingChanged();
                                     if (r) {
                                         self->setErrors({});
                                         self->takeFindings(r->toObject());
                                     } else if (r.error().code == ErrorCode::ValidationFailed) {
                                         // Its findings too: the previous document's would stay shown.
                                         self->setErrors(r.error().errors);
                                         self->setFindings(r.error().findings);
                                     } else {
                                         self->showError(r.error());
                                     }
                                 });
}

void ConfigModel::takeFailure(const Error &e)
{
    if (e.code == ErrorCode::ValidationFailed) {
        setErrors(e.errors);
        setFindings(e.findings);
    }
    showError(e);
}

bool ConfigModel::exportTo(const QString &path)
{
    // A config of a few KiB on a local path: written atomically, at once.
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        showError(Error::make(ErrorCode::StorageFailed, f.errorString()));
        return false;
    }
    f.write(QJsonDocument(effectiveDocument()).toJson(QJsonDocument::Indented));
    if (!f.commit()) {
        showError(Error::make(ErrorCode::StorageFailed, f.errorString()));
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
        if (!m_importPending || !loaded())
            return;
        m_importPending = false;
        importFrom(m_importPath);
    };
    if (loaded())
        return now();
    connect(this, &ConfigModel::loadedChanged, this, now, Qt::SingleShotConnection);
}

bool ConfigModel::importFrom(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(Error::make(ErrorCode::StorageFailed, f.errorString()));
        return false;
    }
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1 << 20), &pe);
    if (!doc.isObject()) {
        showError(Error::make(ErrorCode::ParseError,
                             pe.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object") : pe.errorString()));
        return false;
    }
    clearError();
    setDocument(doc.object()); // validated like any edit; applying is a separate step
    return true;
}

} // namespace byway::qml
