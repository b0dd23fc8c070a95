// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/reconciler.h"

#include "reconcile/allocations.h"

#include "core/config/configstore.h"
#include "core/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>

#include <functional>

namespace byway::reconcile {
namespace {

const QString kAppliedFile = QStringLiteral("applied.json");

QString whoText(const Caller &c)
{
    return c.who.isEmpty() ? QStringLiteral("uid %1").arg(c.uid) : c.who;
}

} // namespace

QJsonObject ApplyReport::toJson() const
{
    QJsonObject o{{QStringLiteral("writes"), writes},
                  {QStringLiteral("historyId"), historyId},
                  {QStringLiteral("revision"), revision},
                  {QStringLiteral("kernelMs"), kernelMs},
                  {QStringLiteral("totalMs"), totalMs},
                  {QStringLiteral("plan"), plan.toJson()}};
    if (confirmBy.isValid())
        o.insert(QStringLiteral("confirmBy"), confirmBy.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

Reconciler::Reconciler(Ports ports, QString stateDir, Persist persist, QObject *parent)
    : QObject(parent)
    , m_ports(std::move(ports))
    , m_stateDir(std::move(stateDir))
    , m_persist(std::move(persist))
    , m_history(m_stateDir + QStringLiteral("/history"))
    , m_pendingStore(m_stateDir + QStringLiteral("/pending-confirm.json"))
{
    m_confirmTimer.setSingleShot(true);
    connect(&m_confirmTimer, &QTimer::timeout, this, &Reconciler::onConfirmTimeout);
    loadState();
}

Reconciler::~Reconciler() = default;

void Reconciler::loadState()
{
    const QString path = QDir(m_stateDir).filePath(kAppliedFile);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return; // first run: nothing applied yet
    QJsonParseError pe{};
    const QJsonDocument parsed = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!parsed.isObject()) {
        // The next save would replace it and with it the only record of the
        // sysctl values Byway found: keep the damaged file for a person.
        const QString keep = path + QStringLiteral(".damaged-") + QString::number(QDateTime::currentSecsSinceEpoch());
        f.close();
        QFile::copy(path, keep);
        qCCritical(lcReconcile).noquote() << path << "is damaged (" + pe.errorString() + "); kept as" << keep
                                          << "- the original sysctl values in it must be restored by hand";
        return;
    }
    const QJsonObject doc = parsed.object();
    if (auto c = config::fromJson(doc.value(QStringLiteral("config")).toObject()))
        m_appliedConfig = *c;
    if (doc.contains(QStringLiteral("table"))) {
        if (auto t = nft::tableFromJson(doc.value(QStringLiteral("table")).toObject()))
            m_appliedTable = *t;
    }
    const QJsonObject origin = doc.value(QStringLiteral("sysctlOrigin")).toObject();
    for (auto it = origin.begin(); it != origin.end(); ++it)
        m_sysctlOrigin.insert(it.key(), it.value().toString());
}

Result<void> Reconciler::saveState()
{
    QJsonObject origin;
    for (auto it = m_sysctlOrigin.cbegin(); it != m_sysctlOrigin.cend(); ++it)
        origin.insert(it.key(), it.value());
    QJsonObject doc{{QStringLiteral("config"), config::toJson(m_appliedConfig)},
                    {QStringLiteral("sysctlOrigin"), origin}};
    if (m_appliedTable)
        doc.insert(QStringLiteral("table"), nft::toJson(*m_appliedTable));
    if (!QDir().mkpath(m_stateDir))
        return fail(ErrorCode::StorageFailed, QStringLiteral("cannot create %1").arg(m_stateDir));
    auto written = config::ConfigStore::writeAtomically(QDir(m_stateDir).filePath(kAppliedFile),
                                                        QJsonDocument(doc).toJson(QJsonDocument::Compact));
    m_stateSaved = bool(written);
    return written;
}

Result<Plan> Reconciler::plan(const config::Config &c)
{
    return computePlan(c);
}

Result<Plan> Reconciler::computePlan(const config::Config &c)
{
    const Environment env = envFor(c);
    auto desired = desiredState(c, env);
    if (!desired)
        return std::unexpected(desired.error());
    if (const QList<FieldError> clashes = checkAllocations(c, *desired, env.owners); !clashes.isEmpty()) {
        Error e = Error::make(ErrorCode::ValidationFailed,
                              QStringLiteral("Byway's allocations collide with other owners"), clashes.first().path);
        e.errors = clashes;
        return std::unexpected(e);
    }
    Plan p;
    p.table = desired->table;
    p.notes = desired->notes;

    if (p.table) {
        auto held = m_ports.nft->holds(*p.table);
        if (!held)
            return std::unexpected(held.error());
        if (*held == nft::Holds::Absent)
            p.nftAction = Plan::NftAction::Create;
        else if (*held == nft::Holds::Differs)
            p.nftAction = Plan::NftAction::Replace;
    } else {
        auto live = m_ports.nft->read(kTableName);
        if (!live)
            return std::unexpected(live.error());
        if (*live)
            p.nftAction = Plan::NftAction::Remove;
    }

    auto owned = m_ports.route->readOwned();
    if (!owned)
        return std::unexpected(owned.error());
    p.desiredRouting = desired->routing;
    p.routes = route::diff(desired->routing, *owned);

    QSet<QString> wanted;
    const QString captureConf = QStringLiteral("/%1/").arg(env.captureTun);
    for (const SysctlSetting &s : desired->sysctls) {
        wanted.insert(s.key);
        auto cur = m_ports.sysctl->read(s.key);
        if (!cur && captureConf.size() > 2 && s.key.contains(captureConf)) {
            // The capture's TUN is created when the config is applied.
            p.sysctls.append({s.key, QStringLiteral("(not yet created)"), s.value, s.why, false});
            continue;
        }
        if (!cur)
            return std::unexpected(cur.error()); // e.g. the interface named in the config does not exist
        if (!sysctlSatisfied(s, *cur))
            p.sysctls.append({s.key, *cur, s.value, s.why, false});
    }
    // Values Byway changed earlier that this config no longer wants go back
    // to what Byway found.
    for (auto it = m_sysctlOrigin.cbegin(); it != m_sysctlOrigin.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        auto cur = m_ports.sysctl->read(it.key());
        if (cur && *cur != it.value())
            p.sysctls.append({it.key(), *cur, it.value(), QString(), true});
    }
    return p;
}

Result<int> Reconciler::execute(const Plan &p)
{
    // Undo steps, run in reverse on failure so the kernel ends where it began.
    QList<std::function<void()>> undo;
    const auto originBefore = m_sysctlOrigin;
    auto failWith = [&](Error e) -> Result<int> {
        for (qsizetype i = undo.size() - 1; i >= 0; --i)
            undo[i]();
        m_sysctlOrigin = originBefore;
        qCWarning(lcReconcile).noquote() << "apply failed, previous state restored:" << e.toString();
        return std::unexpected(std::move(e));
    };
    const std::optional<nft::Table> previous = m_appliedTable;
    auto restoreNft = [this, previous] {
        const auto r = previous ? m_ports.nft->replace(*previous) : m_ports.nft->remove(kTableName);
        if (!r)
            qCCritical(lcReconcile).noquote() << "could not restore the previous nftables table:" << r.error().toString();
    };

    int writes = 0;
    switch (p.nftAction) {
    case Plan::NftAction::None:
        break;
    case Plan::NftAction::Create:
    case Plan::NftAction::Replace:
        if (auto r = m_ports.nft->replace(*p.table); !r)
            return failWith(r.error()); // the batch is atomic: nothing to undo
        undo.append(restoreNft);
        ++writes;
        break;
    case Plan::NftAction::Remove:
        if (auto r = m_ports.nft->remove(kTableName); !r)
            return failWith(r.error());
        undo.append(restoreNft);
        ++writes;
        break;
    }

    if (!p.routes.isEmpty()) {
        route::ChangeSet changes = p.routes;
        // The change set undoes its own steps when one fails.
        if (auto r = m_ports.route->apply(changes); !r)
            return failWith(r.error());
        undo.append([this, inverse = p.routes.inverse()]() mutable {
            if (auto r = m_ports.route->apply(inverse); !r)
                qCCritical(lcReconcile).noquote() << "could not restore the previous routes:" << r.error().toString();
        });
        writes += int(p.routes.size());
    }

    // Write-ahead: what Byway found is on disk before Byway changes it. A
    // crash between the sysctl write and the state save would otherwise let
    // the next start see Byway's own value as the one to restore, and
    // cleanup would "restore" ip_forward=1 forever.
    bool newOrigin = false;
    for (const SysctlChange &s : p.sysctls) {
        if (!s.restore && !m_sysctlOrigin.contains(s.key)) {
            m_sysctlOrigin.insert(s.key, s.from);
            newOrigin = true;
        }
    }
    if (newOrigin) {
        if (auto r = saveState(); !r)
            return failWith(Error::make(ErrorCode::StorageFailed,
                                        QStringLiteral("cannot record the original sysctl values before changing them: %1")
                                            .arg(r.error().message)));
    }
    for (const SysctlChange &s : p.sysctls) {
        if (auto r = m_ports.sysctl->write(s.key, s.to); !r)
            return failWith(r.error());
        undo.append([this, s] { (void)m_ports.sysctl->write(s.key, s.from); });
        if (s.restore)
            m_sysctlOrigin.remove(s.key);
        ++writes;
        qCInfo(lcReconcile).noquote() << "sysctl" << s.key << s.from << "->" << s.to;
    }

    if (!p.routes.isEmpty()) {
        auto owned = m_ports.route->readOwned();
        if (!owned)
            return failWith(owned.error());
        if (!route::diff(p.desiredRouting, *owned).isEmpty())
            return failWith(Error::make(ErrorCode::KernelFailed,
                                        QStringLiteral("verification failed: the kernel's routes differ from what was applied")));
    }
    // Verify: the kernel must now hold exactly the desired table.
    if (p.table && p.nftAction != Plan::NftAction::None) {
        auto held = m_ports.nft->holds(*p.table);
        if (!held)
            return failWith(held.error());
        if (*held != nft::Holds::Same)
            return failWith(Error::make(ErrorCode::KernelFailed,
                                        QStringLiteral("verification failed: the kernel's table differs from what was applied")));
    }
    return writes;
}

Result<ApplyReport> Reconciler::applyInternal(const config::Config &c, const Caller &who, int confirmWithinSec,
                                              const QString &action, bool store)
{
    QElapsedTimer clock;
    clock.start();
    const config::Config before = m_appliedConfig;
    // Objects the kernel changes refer to (the capture's TUN) exist first.
    if (m_prepare) {
        if (auto r = m_prepare(c); !r)
            return std::unexpected(r.error());
    }
    auto plan = computePlan(c);
    if (!plan) {
        if (m_prepare)
            (void)m_prepare(before);
        return std::unexpected(plan.error());
    }
    auto writes = execute(*plan);
    if (!writes && m_prepare)
        (void)m_prepare(before);
    if (!writes) {
        Q_EMIT event(QStringLiteral("error"), QJsonObject{{QStringLiteral("action"), action},
                                                          {QStringLiteral("error"), writes.error().toJson()}});
        return std::unexpected(writes.error());
    }

    ApplyReport report;
    report.writes = *writes;
    report.plan = *plan;
    report.kernelMs = double(clock.nsecsElapsed()) / 1e6;
    if (store && m_persist) {
        auto rev = m_persist(c);
        if (!rev) {
            // The kernel must not run a config that a restart would not come back to.
            if (auto undo = computePlan(before); undo)
                (void)execute(*undo);
            return std::unexpected(rev.error());
        }
        report.revision = *rev;
    }
    // Nothing to write down again when the kernel and the config stayed as they were.
    const bool stateChanged = report.writes > 0 || !(c == before) || plan->table != m_appliedTable;
    m_appliedTable = plan->table;
    m_appliedConfig = c;

    const std::optional<History::Entry> newest = m_history.newest();
    const qint64 head = newest ? newest->id : 0;
    if (!newest || !(newest->config == c)) {
        auto id = m_history.append({0, report.revision, QDateTime::currentDateTimeUtc(), who.uid, whoText(who), action, c});
        if (id)
            report.historyId = *id;
        else
            qCWarning(lcReconcile).noquote() << "history not recorded:" << id.error().toString();
    }
    if (stateChanged || !m_stateSaved) {
        if (auto r = saveState(); !r)
            qCWarning(lcReconcile).noquote() << "state not saved:" << r.error().toString();
    }

    if (confirmWithinSec > 0) {
        // A second unconfirmed apply keeps the first one's way back.
        PendingConfirm p{QDateTime::currentDateTimeUtc().addSecs(confirmWithinSec),
                         m_pending ? m_pending->restoreHistoryId : head, report.revision, who.uid, whoText(who)};
        if (auto r = m_pendingStore.save(p); !r) {
            // Without the persisted deadline a crash would keep an unconfirmed config: refuse.
            if (auto undo = computePlan(before); undo)
                (void)execute(*undo);
            return std::unexpected(r.error());
        }
        m_pending = p;
        m_confirmTimer.start(confirmWithinSec * 1000);
        report.confirmBy = p.deadline;
    } else if (action != QLatin1String("startup") && m_pending) {
        // An apply without a deadline is the admin's decision: it ends the wait.
        m_pending.reset();
        m_confirmTimer.stop();
        (void)m_pendingStore.clear();
    }
    report.totalMs = double(clock.nsecsElapsed()) / 1e6;
    // "apply by uid 0: role vpn-gateway, 7 kernel writes (35.6 ms)"; bywayd's own
    // runs are named once ("startup: ...", not "startup by startup").
    const QString by = whoText(who) == action ? action : QStringLiteral("%1 by %2").arg(action, whoText(who));
    qCInfo(lcReconcile).noquote() << QStringLiteral("%1: role %2, %3 kernel writes (%4 ms)")
                                         .arg(by, config::roleName(c.role))
                                         .arg(report.writes)
                                         .arg(report.totalMs, 0, 'f', 1);
    Q_EMIT event(QStringLiteral("applied"), QJsonObject{{QStringLiteral("action"), action},
                                                        {QStringLiteral("who"), whoText(who)},
                                                        {QStringLiteral("report"), report.toJson()}});
    return report;
}

Result<ApplyReport> Reconciler::apply(const config::Config &c, const Caller &who, int confirmWithinSec)
{
    return applyInternal(c, who, confirmWithinSec, QStringLiteral("apply"), true);
}

Result<QDateTime> Reconciler::confirm(int extendSec)
{
    if (!m_pending)
        return fail(ErrorCode::NotFound, QStringLiteral("no apply is waiting for confirmation"));
    if (extendSec > 0) {
        m_pending->deadline = QDateTime::currentDateTimeUtc().addSecs(extendSec);
        if (auto r = m_pendingStore.save(*m_pending); !r)
            return std::unexpected(r.error());
        m_confirmTimer.start(extendSec * 1000);
        return m_pending->deadline;
    }
    m_pending.reset();
    m_confirmTimer.stop();
    if (auto r = m_pendingStore.clear(); !r)
        return std::unexpected(r.error());
    Q_EMIT event(QStringLiteral("confirmed"), {});
    return QDateTime();
}

Result<ApplyReport> Reconciler::restoreEntry(qint64 historyId, const Caller &who, const QString &action)
{
    config::Config target = config::defaults();
    if (historyId > 0) {
        auto e = m_history.get(historyId);
        if (!e)
            return std::unexpected(e.error());
        target = e->config;
    }
    m_pending.reset();
    m_confirmTimer.stop();
    (void)m_pendingStore.clear();
    return applyInternal(target, who, 0, action, true);
}

Result<ApplyReport> Reconciler::rollback(const Caller &who)
{
    if (m_pending)
        return restoreEntry(m_pending->restoreHistoryId, who, QStringLiteral("rollback"));
    const QList<qint64> ids = m_history.ids();
    if (ids.size() < 2)
        return fail(ErrorCode::NotFound, QStringLiteral("no earlier applied configuration to roll back to"));
    return restoreEntry(ids[1], who, QStringLiteral("rollback"));
}

Result<ApplyReport> Reconciler::revert(qint64 historyId, const Caller &who)
{
    return restoreEntry(historyId, who, QStringLiteral("revert"));
}

void Reconciler::onConfirmTimeout()
{
    if (!m_pending)
        return;
    qCWarning(lcReconcile, "commit-confirm deadline passed without confirm: restoring the previous configuration");
    const qint64 target = m_pending->restoreHistoryId;
    auto r = restoreEntry(target, Caller{0, QStringLiteral("confirm-timeout")}, QStringLiteral("confirm-timeout"));
    Q_EMIT event(QStringLiteral("confirm-timeout"),
                 QJsonObject{{QStringLiteral("restoredHistoryId"), target},
                             {QStringLiteral("ok"), r.has_value()},
                             {QStringLiteral("error"), r ? QJsonValue() : QJsonValue(r.error().toJson())}});
}

Result<ApplyReport> Reconciler::startup(const config::Config &stored)
{
    if (auto p = m_pendingStore.load()) {
        if (p->deadline <= QDateTime::currentDateTimeUtc()) {
            qCWarning(lcReconcile, "a commit-confirm expired while bywayd was down: restoring the previous configuration");
            m_pending = p;
            auto r = restoreEntry(p->restoreHistoryId, Caller{0, QStringLiteral("confirm-timeout")},
                                  QStringLiteral("confirm-timeout"));
            Q_EMIT event(QStringLiteral("confirm-timeout"), QJsonObject{{QStringLiteral("atStartup"), true},
                                                                        {QStringLiteral("ok"), r.has_value()}});
            return r;
        }
        m_pending = p;
        m_confirmTimer.start(int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(p->deadline))));
    }
    return applyInternal(stored, Caller{0, QStringLiteral("startup")}, 0, QStringLiteral("startup"), false);
}

Result<ApplyReport> Reconciler::cleanup()
{
    m_pending.reset();
    m_confirmTimer.stop();
    (void)m_pendingStore.clear();
    return applyInternal(config::defaults(), Caller{0, QStringLiteral("cleanup")}, 0, QStringLiteral("cleanup"), false);
}

QList<FieldError> Reconciler::describeDrift(const Plan &p)
{
    QList<FieldError> items;
    auto item = [&items](msg::Id id, QJsonObject args) { items.append(note(id, std::move(args))); };
    const QJsonObject table{{QStringLiteral("table"), kTableName}};
    if (p.nftAction == Plan::NftAction::Create) {
        item(msg::Id("drift.nft.table_missing"), table);
    } else if (p.nftAction == Plan::NftAction::Replace && p.table) {
        // Rules by chain and id, as many times as each is there: what is
        // missing from the kernel, and what the kernel has that Byway did not write.
        QHash<QString, int> want;
        for (const nft::Chain &c : p.table->chains)
            for (const nft::Rule &r : c.rules)
                ++want[c.name + QLatin1Char(' ') + r.id];
        QStringList extra;
        if (auto live = m_ports.nft->read(kTableName); live && *live) {
            for (const nft::RuleState &r : (*live)->rules) {
                const QString key = r.chain + QLatin1Char(' ') + r.id;
                if (!r.id.isEmpty() && want.value(key) > 0)
                    --want[key];
                else
                    extra << (r.id.isEmpty() ? QStringLiteral("%1 handle %2").arg(r.chain).arg(r.handle) : key);
            }
        }
        QStringList missing;
        for (auto it = want.cbegin(); it != want.cend(); ++it)
            for (int i = 0; i < it.value(); ++i)
                missing << it.key();
        missing.sort();
        QJsonObject args = table;
        args.insert(QStringLiteral("missing"), missing.isEmpty() ? QStringLiteral("none") : missing.join(QStringLiteral(", ")));
        args.insert(QStringLiteral("extra"), extra.isEmpty() ? QStringLiteral("none") : extra.join(QStringLiteral(", ")));
        item(msg::Id("drift.nft.rules"), args);
    }
    for (const route::Change &c : p.routes.changes)
        item(c.op == route::Change::Op::Delete ? msg::Id("drift.route.extra") : msg::Id("drift.route.missing"),
             {{QStringLiteral("what"), c.toIpText()}});
    for (const SysctlChange &s : p.sysctls)
        item(msg::Id("drift.sysctl"), {{QStringLiteral("key"), s.key}, {QStringLiteral("now"), s.from}, {QStringLiteral("want"), s.to}});
    return items;
}

Result<bool> Reconciler::checkDrift()
{
    auto p = computePlan(m_appliedConfig);
    if (!p)
        return std::unexpected(p.error());
    if (p->isEmpty())
        return false;
    const bool repair = m_appliedConfig.routing.repairDrift;
    const QList<FieldError> items = describeDrift(*p);
    qCWarning(lcReconcile).noquote() << "drift: the kernel no longer holds Byway's state;"
                                     << (repair ? "re-applying" : "reporting only (routing.repairDrift is false)");
    QJsonArray itemsJson;
    for (const FieldError &i : items) {
        qCWarning(lcReconcile).noquote() << "drift:" << i.message;
        itemsJson.append(i.toJson());
    }
    Q_EMIT event(QStringLiteral("drift"), QJsonObject{{QStringLiteral("plan"), p->toJson()},
                                                      {QStringLiteral("items"), itemsJson},
                                                      {QStringLiteral("repair"), repair}});
    if (!repair)
        return true;
    if (m_prepare) {
        if (auto r = m_prepare(m_appliedConfig); !r)
            return std::unexpected(r.error());
    }
    auto w = execute(*p);
    if (!w)
        return std::unexpected(w.error());
    return true;
}

QHash<QString, Counter> Reconciler::counters()
{
    QHash<QString, Counter> out;
    auto live = m_ports.nft->read(kTableName);
    if (!live || !*live)
        return out;
    // Several rules can share an id (one per tunnel x WAN): their traffic adds up.
    for (const nft::RuleState &r : (*live)->rules) {
        Counter &c = out[r.id];
        c.packets += r.packets;
        c.bytes += r.bytes;
    }
    return out;
}

QJsonObject Reconciler::pendingJson() const
{
    if (!m_pending)
        return {};
    return QJsonObject{{QStringLiteral("deadline"), m_pending->deadline.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("secondsLeft"), QDateTime::currentDateTimeUtc().secsTo(m_pending->deadline)},
                       {QStringLiteral("restoreHistoryId"), m_pending->restoreHistoryId},
                       {QStringLiteral("revision"), m_pending->appliedRevision},
                       {QStringLiteral("uid"), qint64(m_pending->uid)},
                       {QStringLiteral("who"), m_pending->who.isEmpty() ? QStringLiteral("uid %1").arg(m_pending->uid)
                                                                        : m_pending->who}};
}

} // namespace byway::reconcile
