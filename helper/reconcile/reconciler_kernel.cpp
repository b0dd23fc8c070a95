// SPDX-License-Identifier: GPL-3.0-or-later
// The reconciler's kernel half: desired state against the live kernel, and
// the transaction that makes the kernel match it. Runs on the kernel thread;
// everything it needs comes in as copies (KernelJob).
#include "reconcile/reconciler.h"

#include "reconcile/allocations.h"
#include "reconcile/verdict.h"

#include "core/logging.h"

#include <QSet>

#include <algorithm>
#include <optional>

namespace byway::reconcile {

namespace {

// The table the kernel holds, as far as Byway can say it in its own terms:
// the one it last wrote, less the rules (by chain and id) and chains the
// kernel no longer has; rules someone else added show as foreign lines.
std::optional<nft::Table> heldTable(const std::optional<nft::Table> &applied, const nft::TableState &live)
{
    nft::Table held{live.name, {}};
    QHash<QString, int> liveIds;
    QSet<QString> liveChains;
    for (const nft::ChainState &c : live.chains)
        liveChains.insert(c.name);
    for (const nft::RuleState &r : live.rules) {
        ++liveIds[r.chain + QLatin1Char(' ') + r.id];
        liveChains.insert(r.chain);
    }
    if (applied) {
        for (const nft::Chain &c : applied->chains) {
            if (!liveChains.contains(c.name))
                continue;
            nft::Chain kept = c;
            kept.rules.clear();
            for (const nft::Rule &r : c.rules) {
                const QString key = c.name + QLatin1Char(' ') + r.id;
                if (liveIds.value(key) > 0) {
                    --liveIds[key];
                    kept.rules.append(r);
                }
            }
            held.chains.append(kept);
        }
    }
    // What is left in the kernel that Byway did not write (or no longer
    // knows the words of): named by its handle.
    for (const nft::RuleState &r : live.rules) {
        const QString key = r.chain + QLatin1Char(' ') + r.id;
        if (liveIds.value(key) <= 0)
            continue;
        --liveIds[key];
        auto chain = std::find_if(held.chains.begin(), held.chains.end(), [&](const nft::Chain &c) { return c.name == r.chain; });
        if (chain == held.chains.end())
            chain = held.chains.insert(held.chains.end(), nft::Chain{r.chain, {}, {}, 0, true, {}});
        chain->rules.append(nft::Rule{r.id.isEmpty() ? QStringLiteral("handle %1").arg(r.handle) : r.id, {}, {}});
    }
    return held;
}

// Create, replace or remove Byway's table: what the kernel holds against
// what the config wants.
Result<void> planNft(Reconciler::Ports &ports, Plan &p, const std::optional<nft::Table> &applied)
{
    if (p.table) {
        auto held = ports.nft->holds(*p.table);
        if (!held)
            return std::unexpected(held.error());
        if (*held == nft::Holds::Absent) {
            p.nftAction = Plan::NftAction::Create;
            p.nftDiff = diffTables(std::nullopt, p.table);
        } else if (*held == nft::Holds::Differs) {
            p.nftAction = Plan::NftAction::Replace;
            auto live = ports.nft->read(kTableName);
            if (!live)
                return std::unexpected(live.error());
            p.nftDiff = diffTables(*live ? heldTable(applied, **live) : std::nullopt, p.table);
        }
        return {};
    }
    auto live = ports.nft->read(kTableName);
    if (!live)
        return std::unexpected(live.error());
    if (*live) {
        p.nftAction = Plan::NftAction::Remove;
        p.nftDiff = diffTables(heldTable(applied, **live), std::nullopt);
    }
    return {};
}

// The sysctls the config wants that the kernel does not hold yet, and those
// Byway changed earlier that go back to what it found.
Result<void> planSysctls(SysctlPort &sysctl, Plan &p, const QList<SysctlSetting> &desired,
                         const QHash<QString, QString> &origin, const QString &captureTun)
{
    QSet<QString> wanted;
    const QString captureConf = QStringLiteral("/%1/").arg(captureTun);
    // conf/all's rp_filter, read once: the effective value per interface is
    // the larger of the two (SysctlSetting::Match::NotStrictRpFilter).
    std::optional<QString> allRp;
    auto allRpFilter = [&]() -> QString {
        if (!allRp)
            allRp = sysctl.read(QStringLiteral("net/ipv4/conf/all/rp_filter")).value_or(QString());
        return *allRp;
    };
    auto satisfied = [&](const SysctlSetting &s, const QString &cur) {
        return sysctlSatisfied(s, cur, s.match == SysctlSetting::Match::NotStrictRpFilter ? allRpFilter() : QString());
    };
    for (const SysctlSetting &s : desired) {
        wanted.insert(s.key);
        auto cur = sysctl.read(s.key);
        if (!cur && captureConf.size() > 2 && s.key.contains(captureConf)) {
            // The capture's TUN is created when the config is applied, with
            // conf/default's values (a new interface copies them): when those
            // already are what Byway wants (docker/podman --sysctl
            // net.ipv4.conf.default.rp_filter=2), nothing is written.
            QString byDefault = s.key;
            byDefault.replace(captureConf, QStringLiteral("/default/"));
            auto def = sysctl.read(byDefault);
            if (!def || !satisfied(s, *def))
                p.sysctls.append({s.key, QStringLiteral("(not yet created)"), s.value, s.why, false});
            continue;
        }
        if (!cur)
            return std::unexpected(cur.error()); // e.g. the interface named in the config does not exist
        if (!satisfied(s, *cur))
            p.sysctls.append({s.key, *cur, s.value, s.why, false});
    }
    // Values Byway changed earlier that this config no longer wants go back
    // to what Byway found.
    for (auto it = origin.cbegin(); it != origin.cend(); ++it) {
        if (wanted.contains(it.key()))
            continue;
        auto cur = sysctl.read(it.key());
        if (cur && *cur != it.value())
            p.sysctls.append({it.key(), *cur, it.value(), QString(), true});
    }
    return {};
}

// Undo steps, run in reverse on failure so the kernel ends where it began.
using UndoSteps = QList<std::function<void()>>;

void undoAll(const UndoSteps &undo)
{
    for (qsizetype i = undo.size() - 1; i >= 0; --i)
        undo[i]();
}

Result<void> executeNft(Reconciler::Ports &ports, const Plan &p, const std::optional<nft::Table> &previous,
                        UndoSteps &undo, int &writes)
{
    auto restoreNft = [&ports, previous] {
        const auto r = previous ? ports.nft->replace(*previous) : ports.nft->remove(kTableName);
        if (!r)
            qCCritical(lcReconcile).noquote() << "could not restore the previous nftables table:" << r.error().toString();
    };
    switch (p.nftAction) {
    case Plan::NftAction::None:
        return {};
    case Plan::NftAction::Create:
    case Plan::NftAction::Replace:
        if (auto r = ports.nft->replace(*p.table); !r)
            return r; // the batch is atomic: nothing to undo
        break;
    case Plan::NftAction::Remove:
        if (auto r = ports.nft->remove(kTableName); !r)
            return r;
        break;
    }
    undo.append(restoreNft);
    ++writes;
    return {};
}

Result<void> executeRoutes(Reconciler::Ports &ports, const Plan &p, UndoSteps &undo, int &writes)
{
    if (p.routes.isEmpty())
        return {};
    route::ChangeSet changes = p.routes;
    // The change set undoes its own steps when one fails.
    if (auto r = ports.route->apply(changes); !r)
        return std::unexpected(r.error());
    undo.append([&ports, inverse = p.routes.inverse()]() mutable {
        if (auto r = ports.route->apply(inverse); !r)
            qCCritical(lcReconcile).noquote() << "could not restore the previous routes:" << r.error().toString();
    });
    writes += int(p.routes.size());
    return {};
}

Result<void> executeSysctls(Reconciler::Ports &ports, const Plan &p, QHash<QString, QString> &origin,
                            const std::function<Result<void>(const QHash<QString, QString> &)> &recordOrigin,
                            UndoSteps &undo, int &writes)
{
    // Write-ahead: what Byway found is on disk before Byway changes it. A
    // crash between the sysctl write and the state save would otherwise let
    // the next start see Byway's own value as the one to restore, and
    // cleanup would "restore" ip_forward=1 forever.
    bool newOrigin = false;
    for (const SysctlChange &s : p.sysctls) {
        if (!s.restore && !origin.contains(s.key)) {
            origin.insert(s.key, s.from);
            newOrigin = true;
        }
    }
    if (newOrigin && recordOrigin) {
        if (auto r = recordOrigin(origin); !r)
            return fail(ErrorCode::StorageFailed,
                        QStringLiteral("cannot record the original sysctl values before changing them: %1")
                            .arg(r.error().message));
    }
    for (const SysctlChange &s : p.sysctls) {
        if (auto r = ports.sysctl->write(s.key, s.to); !r)
            return r;
        undo.append([&ports, s] { (void)ports.sysctl->write(s.key, s.from); });
        if (s.restore)
            origin.remove(s.key);
        ++writes;
        qCInfo(lcReconcile).noquote() << "sysctl" << s.key << s.from << "->" << s.to;
    }
    return {};
}

// The kernel must now hold exactly the desired routes and table.
Result<void> verifyPlan(Reconciler::Ports &ports, const Plan &p)
{
    if (!p.routes.isEmpty()) {
        auto owned = ports.route->readOwned();
        if (!owned)
            return std::unexpected(owned.error());
        if (!route::diff(p.desiredRouting, *owned).isEmpty())
            return fail(ErrorCode::KernelFailed,
                        QStringLiteral("verification failed: the kernel's routes differ from what was applied"));
    }
    if (p.table && p.nftAction != Plan::NftAction::None) {
        auto held = ports.nft->holds(*p.table);
        if (!held)
            return std::unexpected(held.error());
        if (*held != nft::Holds::Same)
            return fail(ErrorCode::KernelFailed,
                        QStringLiteral("verification failed: the kernel's table differs from what was applied"));
    }
    return {};
}

} // namespace

Result<Plan> computePlan(Reconciler::Ports &ports, const config::Config &c, const Environment &env,
                         const QHash<QString, QString> &origin, const std::optional<nft::Table> &applied)
{
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
    if (auto ok = planNft(ports, p, applied); !ok)
        return std::unexpected(ok.error());

    auto owned = ports.route->readOwned();
    if (!owned)
        return std::unexpected(owned.error());
    p.desiredRouting = desired->routing;
    p.routes = route::diff(desired->routing, *owned);

    if (auto ok = planSysctls(*ports.sysctl, p, desired->sysctls, origin, env.captureTun); !ok)
        return std::unexpected(ok.error());
    // A read-only /proc/sys (an unprivileged container) takes no write: the
    // config is refused here, before the transaction touches anything, with
    // the flag that would set each value, instead of failing half-way.
    if (!p.sysctls.isEmpty() && ports.sysctl->readOnly()) {
        Verdict v;
        for (const SysctlChange &s : p.sysctls)
            v.errors.append(sysctlReadOnly(s.key, s.from, s.to, env.captureTun));
        return std::unexpected(v.error());
    }
    return p;
}

QList<FieldError> readOnlySysctls(SysctlPort &sysctl, const config::Config &c, const Environment &env)
{
    if (!sysctl.readOnly())
        return {};
    auto desired = desiredState(c, env);
    Plan p;
    // A config the rest of the checks refuse, or a sysctl of an interface
    // that does not exist (its own finding): nothing to add here.
    if (!desired || !planSysctls(sysctl, p, desired->sysctls, {}, env.captureTun))
        return {};
    QList<FieldError> errors;
    for (const SysctlChange &s : std::as_const(p.sysctls))
        errors.append(sysctlReadOnly(s.key, s.from, s.to, env.captureTun));
    return errors;
}

Result<int> executePlan(Reconciler::Ports &ports, const Plan &p, const std::optional<nft::Table> &previous,
                        QHash<QString, QString> &origin,
                        const std::function<Result<void>(const QHash<QString, QString> &)> &recordOrigin)
{
    UndoSteps undo;
    const auto originBefore = origin;
    int writes = 0;
    Result<void> done = executeNft(ports, p, previous, undo, writes);
    if (done)
        done = executeRoutes(ports, p, undo, writes);
    if (done)
        done = executeSysctls(ports, p, origin, recordOrigin, undo, writes);
    if (done)
        done = verifyPlan(ports, p);
    if (done)
        return writes;
    undoAll(undo);
    origin = originBefore;
    qCWarning(lcReconcile).noquote() << "apply failed, previous state restored:" << done.error().toString();
    return std::unexpected(done.error());
}

KernelResult planAndExecute(Reconciler::Ports &ports, KernelJob job, bool execute)
{
    KernelResult out;
    out.origin = job.origin;
    out.plan = computePlan(ports, job.config, job.env, job.origin, job.appliedTable);
    if (!out.plan || !execute)
        return out;
    const bool replaces = out.plan->nftAction == Plan::NftAction::Replace || out.plan->nftAction == Plan::NftAction::Remove;
    QHash<QString, Counter> before;
    if (replaces)
        before = readCounters(ports);
    out.writes = executePlan(ports, *out.plan, job.appliedTable, out.origin, job.recordOrigin);
    if (out.writes)
        out.countedBefore = std::move(before);
    return out;
}

QList<FieldError> describeDrift(Reconciler::Ports &ports, const Plan &p)
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
        if (auto live = ports.nft->read(kTableName); live && *live) {
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

QHash<QString, Counter> readCounters(Reconciler::Ports &ports)
{
    QHash<QString, Counter> out;
    auto live = ports.nft->read(kTableName);
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

} // namespace byway::reconcile
