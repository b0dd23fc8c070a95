// SPDX-License-Identifier: GPL-3.0-or-later
// plan, apply, confirm, rollback, history: the reconciler's verbs.
#include "commands.h"

#include <QJsonArray>
#include <QJsonObject>

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
    }
}

namespace {

// The params for plan/apply: a config from FILE, or none (the stored one).
std::expected<QJsonObject, int> configParams(Context &ctx, const QStringList &positional)
{
    if (positional.size() > 1)
        return std::unexpected(usageError(ctx, QStringLiteral("at most one FILE")));
    if (positional.isEmpty())
        return QJsonObject{};
    auto file = readConfigFile(positional.first());
    if (!file)
        return std::unexpected(report(ctx, file.error()));
    return QJsonObject{{QStringLiteral("config"), file->config}};
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

int runPlan(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption history(QStringLiteral("history"), QStringLiteral("Plan the way back to history entry ID."),
                                     QStringLiteral("ID"));
    parser.addOption(history);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A config to plan for (default: the stored one)."),
                                 QStringLiteral("[FILE]"));
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("plan [FILE] [--history ID]"),
                           QStringLiteral("Show what applying would change in the kernel, as nft and ip/sysctl\n"
                                          "commands, without changing anything."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    auto params = configParams(ctx, parser.positionalArguments());
    if (!params)
        return params.error();
    if (parser.isSet(history))
        params->insert(QStringLiteral("historyId"), parser.value(history).toLongLong());
    auto result = callOnce(ctx, QStringLiteral("config.plan"), *params);
    if (!result)
        return result.error();
    if (ctx.json())
        printJson(ctx, *result);
    else
        printPlan(ctx, result->toObject());
    return ExitOk;
}

} // namespace

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

int runApply(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption within(QStringLiteral("confirm-within"),
                                    QStringLiteral("Revert by itself unless `bywayctl confirm` comes within N seconds."),
                                    QStringLiteral("N"));
    const QCommandLineOption healthy(QStringLiteral("confirm-when-healthy"),
                                     QStringLiteral("Keep the config only if CHECK (and the CHECKs after it) pass within "
                                                    "--within seconds: tcp:IP:PORT, icmp:IP, dns:NAME@SERVER, each with "
                                                    "optional ,exit=NAME ,pool=NAME ,timeout=MS ,name=LABEL."),
                                     QStringLiteral("CHECK"));
    const QCommandLineOption healthWithin(QStringLiteral("within"),
                                          QStringLiteral("Seconds the checks have to pass (default 60)."),
                                          QStringLiteral("N"));
    parser.addOptions({within, healthy, healthWithin});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The config to apply (default: the stored one)."),
                                 QStringLiteral("[FILE]"));
    if (int rc = parseArgs(ctx, parser, args,
                           QStringLiteral("apply [FILE] [--confirm-within N | --confirm-when-healthy CHECK... [--within N]]"),
                           QStringLiteral("Validate, store and apply a config in one transaction; on any failure\n"
                                          "the previous state is restored. Needs admin rights.\n"
                                          "With --confirm-when-healthy bywayd probes the checks through the new\n"
                                          "state and keeps it when all pass; otherwise it rolls back (exit 6)."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    // CHECKs after the first come as positional arguments.
    QStringList files, checkArgs = parser.values(healthy);
    for (const QString &p : parser.positionalArguments())
        (parser.isSet(healthy) && looksLikeHealthCheck(p) ? checkArgs : files).append(p);
    auto params = configParams(ctx, files);
    if (!params)
        return params.error();
    if (parser.isSet(within) && parser.isSet(healthy))
        return usageError(ctx, QStringLiteral("--confirm-within and --confirm-when-healthy exclude each other (use --within)"));
    if (parser.isSet(healthWithin) && !parser.isSet(healthy))
        return usageError(ctx, QStringLiteral("--within goes with --confirm-when-healthy"));
    if (parser.isSet(within)) {
        bool ok = false;
        const int n = parser.value(within).toInt(&ok);
        if (!ok || n < 1 || n > 3600)
            return usageError(ctx, QStringLiteral("--confirm-within takes 1 to 3600 seconds"));
        params->insert(QStringLiteral("confirmWithinSec"), n);
    }
    int waitSec = 0;
    QString reconnectTo;
    if (parser.isSet(healthy)) {
        QJsonArray checks;
        for (const QString &a : std::as_const(checkArgs)) {
            auto c = parseHealthCheckArg(a);
            if (!c)
                return usageError(ctx, c.error());
            checks.append(*c);
        }
        bool ok = true;
        waitSec = parser.isSet(healthWithin) ? parser.value(healthWithin).toInt(&ok) : 60;
        if (!ok || waitSec < 1 || waitSec > 3600)
            return usageError(ctx, QStringLiteral("--within takes 1 to 3600 seconds"));
        for (const auto &c : std::as_const(checks))
            if (c.toObject().value(u"kind").toString() == u"reconnect") {
                if (!ctx.remote)
                    return usageError(ctx, QStringLiteral("a reconnect check needs --remote: bywayctl follows the "
                                                          "box to its new address"));
                if (!reconnectTo.isEmpty())
                    return usageError(ctx, QStringLiteral("one reconnect check at most"));
                reconnectTo = c.toObject().value(u"address").toString();
            }
        // A reconnect check passes only once we come back through the new
        // address: the reply must not wait for it on the old one.
        params->insert(QStringLiteral("confirm"), QJsonObject{{QStringLiteral("withinSec"), waitSec},
                                                              {QStringLiteral("checks"), checks},
                                                              {QStringLiteral("wait"), reconnectTo.isEmpty()}});
    }
    // The newest history entry before the apply: its outcome is recorded after
    // it (an apply that changes nothing has no entry of its own).
    qint64 before = 0;
    if (!reconnectTo.isEmpty()) {
        auto newest = callOnce(ctx, QStringLiteral("config.history"), {{QStringLiteral("limit"), 1}});
        if (!newest)
            return newest.error();
        before = newest->toObject().value(u"entries").toArray().at(0).toObject().value(u"id").toInteger();
    }
    // With checks the reply comes once they passed or the config was rolled back.
    auto result = callOnce(ctx, QStringLiteral("config.apply"), *params, 120000 + waitSec * 1000);
    if (!result)
        return result.error();
    const QJsonObject r = result->toObject();
    if (!reconnectTo.isEmpty())
        return followReconnect(ctx, r, qMax(before, r.value(u"historyId").toInteger()), reconnectTo, waitSec);
    const QJsonObject confirm = r.value(u"confirm").toObject();
    if (ctx.json()) {
        printJson(ctx, *result);
        return parser.isSet(healthy) && confirm.value(u"state").toString() != u"confirmed" ? ExitRolledBack : ExitOk;
    }
    ctx.out << "applied: revision " << r.value(u"revision").toInteger() << ", " << r.value(u"writes").toInt()
            << " kernel change(s)\n";
    if (r.contains(u"confirmBy") && !parser.isSet(healthy))
        ctx.out << "confirm with `bywayctl confirm` before " << r.value(u"confirmBy").toString()
                << " or the previous configuration comes back\n";
    printNotes(ctx, r.value(u"plan").toObject().value(u"notes").toArray(), "note");
    printNotes(ctx, r.value(u"findings").toArray(), "finding");
    if (parser.isSet(healthy))
        return printConfirmOutcome(ctx, confirm);
    return ExitOk;
}

int runConfirm(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption extend(QStringLiteral("extend"), QStringLiteral("Move the deadline to N seconds from now."),
                                    QStringLiteral("N"));
    parser.addOption(extend);
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("confirm [--extend N]"),
                           QStringLiteral("Keep a configuration applied with --confirm-within."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    QJsonObject params;
    if (parser.isSet(extend))
        params.insert(QStringLiteral("extendSec"), parser.value(extend).toInt());
    auto result = callOnce(ctx, QStringLiteral("config.confirm"), params);
    if (!result)
        return result.error();
    if (ctx.json())
        printJson(ctx, *result);
    else if (result->toObject().value(u"confirmed").toBool())
        ctx.out << "confirmed\n";
    else
        ctx.out << "deadline moved to " << result->toObject().value(u"confirmBy").toString() << "\n";
    return ExitOk;
}

int runRollback(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Revert to history entry ID."), QStringLiteral("ID"));
    parser.addOption(to);
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("rollback [--to ID]"),
                           QStringLiteral("Restore the configuration applied before the current one (or entry ID)."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    QJsonObject params;
    if (parser.isSet(to))
        params.insert(QStringLiteral("historyId"), parser.value(to).toLongLong());
    auto result = callOnce(ctx, QStringLiteral("config.rollback"), params, 120000);
    if (!result)
        return result.error();
    if (ctx.json())
        printJson(ctx, *result);
    else
        ctx.out << "rolled back: revision " << result->toObject().value(u"revision").toInteger() << ", "
                << result->toObject().value(u"writes").toInt() << " kernel change(s)\n";
    return ExitOk;
}

int runHistory(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N entries."), QStringLiteral("N"));
    parser.addOption(limit);
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("history [--limit N]"),
                           QStringLiteral("The last applied configurations: who, when, what."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    QJsonObject params;
    if (parser.isSet(limit))
        params.insert(QStringLiteral("limit"), parser.value(limit).toInt());
    auto result = callOnce(ctx, QStringLiteral("config.history"), params);
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonObject r = result->toObject();
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
    return ExitOk;
}

int runExplain(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    const QCommandLineOption proto(QStringLiteral("proto"), QStringLiteral("tcp, udp, icmp or any."), QStringLiteral("P"));
    const QCommandLineOption dport(QStringLiteral("dport"), QStringLiteral("Destination port."), QStringLiteral("N"));
    const QCommandLineOption iif(QStringLiteral("iif"), QStringLiteral("Where the flow arrives (e.g. vpns0)."),
                                 QStringLiteral("IF"));
    const QCommandLineOption mark(QStringLiteral("mark"), QStringLiteral("Use this mark instead of Byway's."),
                                  QStringLiteral("M"));
    parser.addOptions({proto, dport, iif, mark});
    parser.addPositionalArgument(QStringLiteral("SRC"), QStringLiteral("Source address."));
    parser.addPositionalArgument(QStringLiteral("DST"), QStringLiteral("Destination address."));
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("explain SRC DST [--proto P] [--dport N] [--iif IF] [--mark M]"),
                           QStringLiteral("Which user, mark, FIB rule, table and route a flow gets, and which\n"
                                          "Byway rules it passes (asked from the kernel)."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return usageError(ctx, QStringLiteral("explain needs SRC and DST"));
    QJsonObject params{{QStringLiteral("src"), pos[0]}, {QStringLiteral("dst"), pos[1]}};
    if (parser.isSet(proto))
        params.insert(QStringLiteral("proto"), parser.value(proto));
    if (parser.isSet(dport))
        params.insert(QStringLiteral("dport"), parser.value(dport).toInt());
    if (parser.isSet(iif))
        params.insert(QStringLiteral("iif"), parser.value(iif));
    if (parser.isSet(mark))
        params.insert(QStringLiteral("mark"), qint64(parser.value(mark).toULongLong(nullptr, 0)));
    auto result = callOnce(ctx, QStringLiteral("explain"), params);
    if (!result)
        return result.error();
    if (ctx.json())
        printJson(ctx, *result);
    else
        ctx.out << result->toObject().value(u"text").toString() << "\n";
    return ExitOk;
}

int runTopology(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("topology"),
                           QStringLiteral("The paths of the applied role with their traffic counters."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    auto result = callOnce(ctx, QStringLiteral("topology.get"));
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonObject t = result->toObject();
    ctx.out << "role " << t.value(u"role").toString() << "\n";
    for (const auto &v : t.value(u"paths").toArray()) {
        const QJsonObject p = v.toObject();
        QStringList hops;
        for (const auto &h : p.value(u"hops").toArray())
            hops << h.toString();
        ctx.out << QStringLiteral("  %1 %2  %3 packets, %4 bytes%5\n")
                       .arg(p.value(u"kind").toString().leftJustified(9), hops.join(QStringLiteral(" -> ")))
                       .arg(p.value(u"packets").toInteger())
                       .arg(p.value(u"bytes").toInteger())
                       .arg(p.value(u"note").toString().isEmpty() ? QString() : QStringLiteral("  (") + p.value(u"note").toString() + u')');
    }
    return ExitOk;
}

// "12.3 MiB": counters are bytes, people read powers of two.
QString humanBytes(qint64 n)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = double(n);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? QStringLiteral("%1 B").arg(n) : QStringLiteral("%1 %2").arg(v, 0, 'f', 1).arg(QLatin1String(units[u]));
}

// Columns padded to their widest cell; numbers right-aligned.
void printTable(Context &ctx, const QList<QStringList> &rows, const QList<bool> &numeric)
{
    QList<qsizetype> width;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (width.size() <= i)
                width << 0;
            width[i] = std::max(width[i], row[i].size());
        }
    for (const QStringList &row : rows) {
        QString line = QStringLiteral("  ");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool right = i < numeric.size() && numeric[i];
            line += right ? row[i].rightJustified(width[i]) : row[i].leftJustified(i + 1 < row.size() ? width[i] : 0);
            if (i + 1 < row.size())
                line += QStringLiteral("  ");
        }
        ctx.out << line << "\n";
    }
}

int runFlows(Context &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    if (int rc = parseArgs(ctx, parser, args, QStringLiteral("flows"),
                           QStringLiteral("The compat capture's flows, per-user counters and drops."));
        rc != ExitOk)
        return rc < 0 ? ExitOk : rc;
    auto result = callOnce(ctx, QStringLiteral("flows.list"));
    if (!result)
        return result.error();
    if (ctx.json()) {
        printJson(ctx, *result);
        return ExitOk;
    }
    const QJsonObject r = result->toObject();
    if (!r.value(u"active").toBool()) {
        ctx.out << "the compat capture is not running"
                << (r.contains(u"problem") ? QStringLiteral(": ") + r.value(u"problem").toString() : QString()) << "\n";
        return ExitOk;
    }
    auto num = [](const QJsonObject &o, QStringView key) { return QString::number(o.value(key).toInteger()); };
    auto bytes = [](const QJsonObject &o, QStringView key) { return humanBytes(o.value(key).toInteger()); };

    // Per user (ended flows included: `started` counts them), then the open flows.
    const QJsonArray users = r.value(u"users").toArray();
    if (!users.isEmpty()) {
        QList<QStringList> rows{{QStringLiteral("USER"), QStringLiteral("FLOWS"), QStringLiteral("STARTED"),
                                 QStringLiteral("IN"), QStringLiteral("OUT"), QStringLiteral("PACKETS"),
                                 QStringLiteral("DROPS")}};
        for (const auto &v : users) {
            const QJsonObject u = v.toObject();
            rows << QStringList{u.value(u"user").toString(), num(u, u"flows"), num(u, u"flowsCreated"),
                                bytes(u, u"bytesIn"), bytes(u, u"bytesOut"), num(u, u"packets"), num(u, u"drops")};
        }
        printTable(ctx, rows, {false, true, true, true, true, true, true});
        ctx.out << "\n";
    }
    const QJsonArray flows = r.value(u"flows").toArray();
    if (!flows.isEmpty()) {
        QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("USER"), QStringLiteral("PROTO"),
                                 QStringLiteral("SOURCE"), QStringLiteral("DESTINATION"), QStringLiteral("EXIT"),
                                 QStringLiteral("STATE"), QStringLiteral("UP"), QStringLiteral("DOWN"),
                                 QStringLiteral("AGE")}};
        for (const auto &v : flows) {
            const QJsonObject f = v.toObject();
            rows << QStringList{num(f, u"id"), f.value(u"user").toString(), f.value(u"protocol").toString(),
                                f.value(u"source").toString(), f.value(u"destination").toString(),
                                f.value(u"exit").toString(), f.value(u"state").toString(), bytes(f, u"bytesUp"),
                                bytes(f, u"bytesDown"), humanDuration(f.value(u"ageMs").toDouble() / 1000)};
        }
        printTable(ctx, rows, {true, false, false, false, false, false, false, true, true, true});
    }
    const QJsonObject st = r.value(u"stats").toObject();
    QStringList drops;
    const QJsonObject byReason = st.value(u"drops").toObject();
    for (auto it = byReason.begin(); it != byReason.end(); ++it)
        if (it.value().toInteger() > 0)
            drops << QStringLiteral("%1 %2").arg(it.value().toInteger()).arg(it.key());
    ctx.out << flows.size() << " flow(s) open, " << users.size() << " user(s); packets in "
            << st.value(u"packetsIn").toInteger() << ", out " << st.value(u"packetsOut").toInteger() << "; drops "
            << st.value(u"dropsTotal").toInteger() << (drops.isEmpty() ? QString() : QStringLiteral(" (") + drops.join(QStringLiteral(", ")) + u')')
            << "\n";
    return ExitOk;
}

} // namespace

int runReconcileVerb(Context &ctx, const QString &verb, const QStringList &args)
{
    if (verb == u"plan")
        return runPlan(ctx, args);
    if (verb == u"apply")
        return runApply(ctx, args);
    if (verb == u"confirm")
        return runConfirm(ctx, args);
    if (verb == u"rollback")
        return runRollback(ctx, args);
    if (verb == u"history")
        return runHistory(ctx, args);
    if (verb == u"explain")
        return runExplain(ctx, args);
    if (verb == u"topology")
        return runTopology(ctx, args);
    if (verb == u"flows")
        return runFlows(ctx, args);
    return -1;
}

} // namespace byway::cli
