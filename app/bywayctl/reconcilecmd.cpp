// SPDX-License-Identifier: GPL-3.0-or-later
// plan, apply, confirm, rollback, history: the reconciler's verbs, on the
// verb table (verbs.h).
#include "commands.h"
#include "verbs.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace byway::cli {

// A plan note or finding: {id, args, message, severity, path} (older
// bywayds sent plain strings).
void printNotes(Context &ctx, const QJsonArray &notes, const char *defaultLabel)
{
    for (const auto &n : notes) {
        if (n.isString()) {
            ctx.out << defaultLabel << ": " << n.toString() << "\n";
            continue;
        }
        const QJsonObject o = n.toObject();
        QString label = QString::fromLatin1(defaultLabel);
        if (o.value(u"code").toString() == u"deferred")
            label = QStringLiteral("deferred");
        else if (o.contains(u"severity") && o.value(u"code").toString() != u"note")
            label = o.value(u"severity").toString();
        const QString path = o.value(u"path").toString();
        ctx.out << label << ": " << o.value(u"message").toString() << (path.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(path))
                << "\n";
        if (const QString fix = fixFor(o.value(u"id").toString(), o.value(u"args").toObject()); !fix.isEmpty())
            ctx.out << "  fix: " << fix << "\n";
    }
}

namespace {

// The params for plan/apply: a config from FILE, or none (the stored one).
// withBase: a file from `config get -o json` ({revision, config}) also
// gives its revision as baseRevision, so an apply of an edited copy is
// refused (conflict) when someone stored another config meanwhile.
Params configParams(const QStringList &positional, bool withBase = false)
{
    if (positional.size() > 1)
        return std::unexpected(QStringLiteral("at most one FILE"));
    if (positional.isEmpty())
        return QJsonObject{};
    auto file = readConfigFile(positional.first());
    if (!file)
        return std::unexpected(file.error());
    QJsonObject params{{QStringLiteral("config"), file->config}};
    if (withBase && file->revision)
        params.insert(QStringLiteral("baseRevision"), *file->revision);
    return params;
}

void printPlan(Context &ctx, const QJsonObject &plan)
{
    if (!plan.value(u"changes").toBool() && plan.value(u"deferred").toBool()) {
        ctx.out << "no changes now; some are deferred (see below)\n";
    } else if (!plan.value(u"changes").toBool()) {
        ctx.out << "no changes: the kernel already holds this configuration\n";
    } else {
        const QJsonObject nft = plan.value(u"nft").toObject();
        ctx.out << "nftables: " << nft.value(u"action").toString() << " (" << nft.value(u"rules").toInt() << " rules), "
                << (plan.contains(u"routeChanges") ? plan.value(u"routeChanges").toInt() : int(plan.value(u"routes").toArray().size()))
                << " route/rule change(s), "
                << plan.value(u"sysctls").toArray().size() << " sysctl change(s)\n\n";
        ctx.out << plan.value(u"text").toString();
    }
    printNotes(ctx, plan.value(u"notes").toArray(), "note");
    printNotes(ctx, plan.value(u"findings").toArray(), "finding");
}

Verb planVerb()
{
    return {
        QStringLiteral("plan"),
        QStringLiteral("plan [FILE] [--history ID]"),
        QStringLiteral("Show what applying would change in the kernel, as nft and ip/sysctl\n"
                       "commands, without changing anything."),
        {{QStringLiteral("history"), QStringLiteral("Plan the way back to history entry ID."), QStringLiteral("ID")}},
        {{QStringLiteral("FILE"), QStringLiteral("A config to plan for (default: the stored one).")}},
        {},
        QStringLiteral("config.plan"),
        [](const QCommandLineParser &p) {
            auto params = configParams(p.positionalArguments());
            if (params) {
                if (auto ok = putNumber(*params, p, QStringLiteral("history"), QStringLiteral("historyId"),
                                        QStringLiteral("a history entry's ID")); !ok)
                    return Params(std::unexpected(ok.error()));
            }
            return params;
        },
        printPlan,
        {},
        {},
        true,
    };
}

} // namespace

// The outcome of a health-checked apply, one line per check (commands.h).
int printConfirmOutcome(Context &ctx, const QJsonObject &confirm)
{
    const QString state = confirm.value(u"state").toString();
    for (const auto &v : confirm.value(u"checks").toArray()) {
        const QJsonObject c = v.toObject();
        ctx.out << "  " << c.value(u"state").toString().leftJustified(8) << c.value(u"name").toString();
        if (c.contains(u"error"))
            ctx.out << ": " << c.value(u"error").toString();
        ctx.out << "\n";
    }
    if (state == u"confirmed") {
        ctx.out << "confirmed: " << confirm.value(u"reason").toString() << "\n";
        return ExitOk;
    }
    if (state == u"rolled_back") {
        ctx.out << "rolled back: " << confirm.value(u"reason").toString() << "\n";
        if (confirm.contains(u"error"))
            ctx.out << "the rollback itself failed: " << Error::fromJson(confirm.value(u"error").toObject()).toString() << "\n";
        return ExitRolledBack;
    }
    ctx.out << state << ": " << confirm.value(u"reason").toString() << "\n";
    return ExitOther;
}

namespace {

// The address of the params' reconnect check, if they have one.
QString reconnectAddress(const QJsonArray &checks)
{
    for (const QJsonValue &c : checks)
        if (c.toObject().value(u"kind").toString() == u"reconnect")
            return c.toObject().value(u"address").toString();
    return {};
}

// The checks of `apply --confirm-when-healthy CHECK... [--within N]`; the
// CHECKs after the first come as positional arguments.
Params healthParams(const QCommandLineParser &p, const QStringList &more)
{
    QJsonArray checks;
    for (const QString &a : p.values(QStringLiteral("confirm-when-healthy")) + more) {
        auto c = parseHealthCheckArg(a);
        if (!c)
            return std::unexpected(c.error());
        checks.append(*c);
    }
    bool ok = true;
    const int waitSec = p.isSet(QStringLiteral("within")) ? p.value(QStringLiteral("within")).toInt(&ok) : 60;
    if (!ok || waitSec < 1 || waitSec > 3600)
        return std::unexpected(QStringLiteral("--within takes 1 to 3600 seconds"));
    // A reconnect check passes only once we come back through the new
    // address: the reply must not wait for it on the old one.
    return QJsonObject{{QStringLiteral("withinSec"), waitSec}, {QStringLiteral("checks"), checks},
                       {QStringLiteral("wait"), reconnectAddress(checks).isEmpty()}};
}

Params applyParams(const QCommandLineParser &p)
{
    const bool healthy = p.isSet(QStringLiteral("confirm-when-healthy"));
    QStringList files, checkArgs;
    for (const QString &a : p.positionalArguments())
        (healthy && looksLikeHealthCheck(a) ? checkArgs : files).append(a);
    auto params = configParams(files, true);
    if (!params)
        return params;
    const bool within = p.isSet(QStringLiteral("confirm-within"));
    if (within && healthy)
        return std::unexpected(QStringLiteral("--confirm-within and --confirm-when-healthy exclude each other (use --within)"));
    if (p.isSet(QStringLiteral("within")) && !healthy)
        return std::unexpected(QStringLiteral("--within goes with --confirm-when-healthy"));
    if (within) {
        bool ok = false;
        const int n = p.value(QStringLiteral("confirm-within")).toInt(&ok);
        if (!ok || n < 1 || n > 3600)
            return std::unexpected(QStringLiteral("--confirm-within takes 1 to 3600 seconds"));
        params->insert(QStringLiteral("confirmWithinSec"), n);
    }
    if (healthy) {
        auto confirm = healthParams(p, checkArgs);
        if (!confirm)
            return confirm;
        params->insert(QStringLiteral("confirm"), *confirm);
    }
    return params;
}

// apply with a reconnect check: applied over the old address without
// waiting there, then bywayctl follows the box to the new one (reconnectcmd).
std::optional<int> applyFollowing(Context &ctx, const QJsonObject &params)
{
    const QJsonArray checks = params.value(u"confirm").toObject().value(u"checks").toArray();
    const QString address = reconnectAddress(checks);
    if (address.isEmpty())
        return std::nullopt;
    if (std::count_if(checks.begin(), checks.end(),
                      [](const QJsonValue &c) { return c.toObject().value(u"kind").toString() == u"reconnect"; })
        > 1)
        return usageError(ctx, QStringLiteral("one reconnect check at most"));
    if (!ctx.remote)
        return usageError(ctx, QStringLiteral("a reconnect check needs --remote: bywayctl follows the box to its new address"));
    // The newest history entry before the apply: its outcome is recorded after
    // it (an apply that changes nothing has no entry of its own).
    auto newest = callOnce(ctx, QStringLiteral("config.history"), {{QStringLiteral("limit"), 1}});
    if (!newest)
        return newest.error();
    const qint64 before = newest->toObject().value(u"entries").toArray().at(0).toObject().value(u"id").toInteger();
    const int withinSec = params.value(u"confirm").toObject().value(u"withinSec").toInt();
    auto result = callOnce(ctx, QStringLiteral("config.apply"), params, 120000 + withinSec * 1000);
    if (!result)
        return result.error();
    const QJsonObject r = result->toObject();
    return followReconnect(ctx, r, qMax(before, r.value(u"historyId").toInteger()), address, withinSec);
}

int applyOutcome(Context &ctx, const QJsonObject &params, const QJsonValue &result)
{
    const bool healthy = params.contains(u"confirm");
    const QJsonObject r = result.toObject();
    const QJsonObject confirm = r.value(u"confirm").toObject();
    if (ctx.json()) {
        printJson(ctx, result);
        return healthy && confirm.value(u"state").toString() != u"confirmed" ? ExitRolledBack : ExitOk;
    }
    ctx.out << "applied: revision " << r.value(u"revision").toInteger() << ", " << r.value(u"writes").toInt()
            << " kernel change(s)\n";
    if (r.contains(u"confirmBy") && !healthy)
        ctx.out << "confirm with `bywayctl confirm` before " << r.value(u"confirmBy").toString()
                << " or the previous configuration comes back\n";
    printNotes(ctx, r.value(u"plan").toObject().value(u"notes").toArray(), "note");
    printNotes(ctx, r.value(u"findings").toArray(), "finding");
    const int rc = healthy ? printConfirmOutcome(ctx, confirm) : ExitOk;
    ctx.out.flush();
    return rc;
}

Verb applyVerb()
{
    return {
        QStringLiteral("apply"),
        QStringLiteral("apply [FILE] [--confirm-within N | --confirm-when-healthy CHECK... [--within N]]"),
        QStringLiteral("Validate, store and apply a config in one transaction; on any failure\n"
                       "the previous state is restored. Needs admin rights.\n"
                       "With --confirm-when-healthy bywayd probes the checks through the new\n"
                       "state and keeps it when all pass; otherwise it rolls back (exit 6)."),
        {{QStringLiteral("confirm-within"),
          QStringLiteral("Revert by itself unless `bywayctl confirm` comes within N seconds."), QStringLiteral("N")},
         {QStringLiteral("confirm-when-healthy"),
          QStringLiteral("Keep the config only if CHECK (and the CHECKs after it) pass within "
                         "--within seconds: tcp:IP:PORT, icmp:IP, dns:NAME@SERVER, each with "
                         "optional ,exit=NAME ,pool=NAME ,timeout=MS ,name=LABEL; or reconnect:ADDR[:PORT] "
                         "(with --remote: the box's management address moves to ADDR and bywayctl "
                         "follows it there)."),
          QStringLiteral("CHECK")},
         {QStringLiteral("within"), QStringLiteral("Seconds the checks have to pass (default 60)."), QStringLiteral("N")}},
        {{QStringLiteral("FILE"), QStringLiteral("The config to apply (default: the stored one). A file from "
                                                 "`-o json config get` keeps its revision: refused (conflict) "
                                                 "when another config was stored since.")}},
        {},
        QStringLiteral("config.apply"),
        applyParams,
        {},
        // With checks the reply comes once they passed or the config was rolled back.
        [](const QJsonObject &params) {
            return 120000 + params.value(u"confirm").toObject().value(u"withinSec").toInt() * 1000;
        },
        applyOutcome,
        true,
        applyFollowing,
    };
}

// The params of a verb whose one option is a number: {key: N} when --option
// N is given (bywayd judges the range), else none. Text that is no number is
// the usage error: `rollback --to 1O` must not roll back to the previous one.
std::function<Params(const QCommandLineParser &)> numberOption(const QString &option, const QString &key)
{
    return [option, key](const QCommandLineParser &p) -> Params {
        QJsonObject params;
        if (auto ok = putNumber(params, p, option, key, QStringLiteral("a whole number")); !ok)
            return std::unexpected(ok.error());
        return params;
    };
}

Verb confirmVerb()
{
    return {
        QStringLiteral("confirm"),
        QStringLiteral("confirm [--extend N]"),
        QStringLiteral("Keep a configuration applied with --confirm-within."),
        {{QStringLiteral("extend"), QStringLiteral("Move the deadline to N seconds from now."), QStringLiteral("N")}},
        {},
        {},
        QStringLiteral("config.confirm"),
        numberOption(QStringLiteral("extend"), QStringLiteral("extendSec")),
        [](Context &ctx, const QJsonObject &r) {
            if (r.value(u"confirmed").toBool())
                ctx.out << "confirmed\n";
            else
                ctx.out << "deadline moved to " << r.value(u"confirmBy").toString() << "\n";
        },
    };
}

Verb rollbackVerb()
{
    return {
        QStringLiteral("rollback"),
        QStringLiteral("rollback [--to ID]"),
        QStringLiteral("Restore the configuration applied before the current one (or entry ID)."),
        {{QStringLiteral("to"), QStringLiteral("Revert to history entry ID."), QStringLiteral("ID")}},
        {},
        {},
        QStringLiteral("config.rollback"),
        numberOption(QStringLiteral("to"), QStringLiteral("historyId")),
        [](Context &ctx, const QJsonObject &r) {
            ctx.out << "rolled back: revision " << r.value(u"revision").toInteger() << ", " << r.value(u"writes").toInt()
                    << " kernel change(s)\n";
        },
        [](const QJsonObject &) { return 120000; },
    };
}

void printHistory(Context &ctx, const QJsonObject &r)
{
    for (const auto &v : r.value(u"entries").toArray()) {
        const QJsonObject e = v.toObject();
        ctx.out << QStringLiteral("%1  %2  %3  rev %4  %5  by %6\n")
                       .arg(e.value(u"id").toInteger(), 4)
                       .arg(e.value(u"at").toString(), e.value(u"action").toString().leftJustified(15))
                       .arg(e.value(u"revision").toInteger(), 3)
                       .arg(e.value(u"role").toString().leftJustified(16), e.value(u"who").toString());
    }
    const QJsonObject pending = r.value(u"pending").toObject();
    if (!pending.isEmpty())
        ctx.out << "pending: confirm within " << pending.value(u"secondsLeft").toInteger() << " s, or entry "
                << pending.value(u"restoreHistoryId").toInteger() << " comes back\n";
}

Verb historyVerb()
{
    return {
        QStringLiteral("history"),
        QStringLiteral("history [--limit N]"),
        QStringLiteral("The last applied configurations: who, when, what."),
        {{QStringLiteral("limit"), QStringLiteral("At most N entries."), QStringLiteral("N")}},
        {},
        {},
        QStringLiteral("config.history"),
        numberOption(QStringLiteral("limit"), QStringLiteral("limit")),
        printHistory,
    };
}

} // namespace

int runReconcileVerb(Context &ctx, const QString &verb, const QStringList &args)
{
    static const QList<Verb> verbs = QList<Verb>{planVerb(), applyVerb(), confirmVerb(), rollbackVerb(), historyVerb()}
                                     + trafficVerbs();
    for (const Verb &v : verbs)
        if (v.name == verb)
            return runVerb(ctx, v, args);
    return -1;
}

} // namespace byway::cli
