// SPDX-License-Identifier: GPL-3.0-or-later
// explain, topology, flows: what the kernel and the capture do with traffic,
// on the verb table (verbs.h).
#include "commands.h"
#include "verbs.h"

#include <QJsonArray>
#include <QJsonObject>

namespace byway::cli {
namespace {

Verb explainVerb()
{
    return {
        QStringLiteral("explain"),
        QStringLiteral("explain SRC DST [--proto P] [--dport N] [--iif IF] [--mark M]"),
        QStringLiteral("Which user, mark, FIB rule, table and route a flow gets, and which\n"
                       "Byway rules it passes (asked from the kernel)."),
        {{QStringLiteral("proto"), QStringLiteral("tcp, udp, icmp or any."), QStringLiteral("P")},
         {QStringLiteral("dport"), QStringLiteral("Destination port."), QStringLiteral("N")},
         {QStringLiteral("iif"), QStringLiteral("Where the flow arrives (e.g. vpns0)."), QStringLiteral("IF")},
         {QStringLiteral("mark"), QStringLiteral("Use this mark instead of Byway's."), QStringLiteral("M")}},
        {{QStringLiteral("SRC"), QStringLiteral("Source address.")},
         {QStringLiteral("DST"), QStringLiteral("Destination address.")}},
        {},
        QStringLiteral("explain"),
        [](const QCommandLineParser &p) -> Params {
            const QStringList pos = p.positionalArguments();
            if (pos.size() != 2)
                return std::unexpected(QStringLiteral("explain needs SRC and DST"));
            QJsonObject params{{QStringLiteral("src"), pos[0]}, {QStringLiteral("dst"), pos[1]}};
            if (p.isSet(QStringLiteral("proto")))
                params.insert(QStringLiteral("proto"), p.value(QStringLiteral("proto")));
            if (auto ok = putNumber(params, p, QStringLiteral("dport"), QStringLiteral("dport"), QStringLiteral("a port number")); !ok)
                return std::unexpected(ok.error());
            if (p.isSet(QStringLiteral("iif")))
                params.insert(QStringLiteral("iif"), p.value(QStringLiteral("iif")));
            if (p.isSet(QStringLiteral("mark"))) {
                // 0x10000 or 65536, as ip rule and nft write marks.
                bool ok = false;
                const qulonglong mark = p.value(QStringLiteral("mark")).toULongLong(&ok, 0);
                if (!ok || mark > 0xffffffffULL)
                    return std::unexpected(QStringLiteral("--mark takes a mark, 0x0 to 0xffffffff (or decimal)"));
                params.insert(QStringLiteral("mark"), qint64(mark));
            }
            return params;
        },
        [](Context &ctx, const QJsonObject &r) { ctx.out << r.value(u"text").toString() << "\n"; },
        {},
        {},
        true,
    };
}

void printTopology(Context &ctx, const QJsonObject &t)
{
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

// The SOCKS5 exits in use: flows served from the pool or by a connection of
// their own, connections ready now, and the flows an exit gave no
// connection, with the newest reason.
void printSocksExits(Context &ctx, const QJsonObject &byExit, bool gap)
{
    if (byExit.isEmpty())
        return;
    if (gap)
        ctx.out << "\n";
    QList<QStringList> rows{{QStringLiteral("SOCKS5 EXIT"), QStringLiteral("POOLED"), QStringLiteral("OWN"),
                             QStringLiteral("READY"), QStringLiteral("FAILED"), QStringLiteral("LAST FAILURE")}};
    for (auto it = byExit.begin(); it != byExit.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        QString last = e.value(u"lastError").toString();
        if (!last.isEmpty())
            last += QStringLiteral(" (%1 ago)").arg(humanDuration(e.value(u"lastErrorAgoMs").toDouble() / 1000));
        rows << QStringList{it.key(), QString::number(e.value(u"hits").toInteger()),
                            QString::number(e.value(u"misses").toInteger()), QString::number(e.value(u"ready").toInteger()),
                            QString::number(e.value(u"failed").toInteger()), last.isEmpty() ? QStringLiteral("-") : last};
    }
    printTable(ctx, rows, {false, true, true, true, true, false}, 2);
}

void printFlows(Context &ctx, const QJsonObject &r)
{
    if (!r.value(u"active").toBool()) {
        ctx.out << "the compat capture is not running"
                << (r.contains(u"problem") ? QStringLiteral(": ") + r.value(u"problem").toString() : QString()) << "\n";
        return;
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
        printTable(ctx, rows, {false, true, true, true, true, true, true}, 2);
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
        printTable(ctx, rows, {true, false, false, false, false, false, false, true, true, true}, 2);
    }
    // The AF_PACKET interfaces read now, and what their sockets' filter
    // keeps in the kernel: without it every frame they carry comes up.
    const QJsonArray ifaces = r.value(u"packetInterfaces").toArray();
    if (!ifaces.isEmpty()) {
        if (!flows.isEmpty())
            ctx.out << "\n";
        QList<QStringList> rows{{QStringLiteral("INTERFACE"), QStringLiteral("SOCKETS"), QStringLiteral("READ"),
                                 QStringLiteral("SENT"), QStringLiteral("LARGEST"), QStringLiteral("FILTER")}};
        for (const auto &v : ifaces) {
            const QJsonObject i = v.toObject();
            const QString filter = i.value(u"filtersLocal").toBool() ? QStringLiteral("pooled sources, not to this box")
                : i.value(u"filtersSources").toBool()                   ? QStringLiteral("pooled sources")
                : i.value(u"ignoresOutgoing").toBool()                  ? QStringLiteral("outgoing only")
                                                                        : QStringLiteral("none (refused)");
            rows << QStringList{i.value(u"name").toString(), num(i, u"sockets"), num(i, u"captured"),
                                num(i, u"injected"), bytes(i, u"largestFrame"), filter};
        }
        printTable(ctx, rows, {false, true, true, true, true, false}, 2);
    }
    const QJsonObject st = r.value(u"stats").toObject();
    const QJsonObject socks = st.value(u"socksExits").toObject();
    printSocksExits(ctx, socks, !flows.isEmpty() || !ifaces.isEmpty());
    if (!flows.isEmpty() || !ifaces.isEmpty() || !socks.isEmpty())
        ctx.out << "\n";
    QStringList drops;
    const QJsonObject byReason = st.value(u"drops").toObject();
    for (auto it = byReason.begin(); it != byReason.end(); ++it)
        if (it.value().toInteger() > 0)
            drops << QStringLiteral("%1 %2").arg(it.value().toInteger()).arg(it.key());
    // bywayd lists the busiest flows (1000 unless --limit says), first.
    const qint64 open = r.value(u"flowCount").toInteger(flows.size());
    const qint64 bound = st.value(u"flowLimit").toInteger(0);
    ctx.out << open << " flow(s) open" << (bound > 0 ? QStringLiteral(" (at most %1)").arg(bound) : QString());
    if (open > flows.size())
        ctx.out << ", the " << flows.size() << " busiest listed; ";
    else
        ctx.out << ", ";
    // Likewise the busiest users, where a large pool has thousands.
    const qint64 userCount = r.value(u"userCount").toInteger(users.size());
    if (userCount > users.size())
        ctx.out << userCount << " user(s), the " << users.size() << " busiest listed; ";
    else
        ctx.out << users.size() << " user(s); ";
    ctx.out << "packets in " << st.value(u"packetsIn").toInteger() << ", out " << st.value(u"packetsOut").toInteger()
            << "; drops "
            << st.value(u"dropsTotal").toInteger() << (drops.isEmpty() ? QString() : QStringLiteral(" (") + drops.join(QStringLiteral(", ")) + u')');
    // What the interfaces showed that is the kernel's, not drops: from
    // addresses in no pool, and to the box itself (or multicast).
    if (!ifaces.isEmpty())
        ctx.out << "; not pooled " << st.value(u"notPooled").toInteger() << ", to this box "
                << st.value(u"localDestination").toInteger();
    // The clients' ICMP errors about their flows (late UDP replies to a
    // closed port): taken, not drops.
    if (const qint64 icmp = st.value(u"icmpErrors").toInteger(); icmp > 0)
        ctx.out << "; ICMP errors from clients " << icmp;
    ctx.out << "\n";
}

} // namespace

const QList<Verb> &trafficVerbs()
{
    static const QList<Verb> verbs{
        explainVerb(),
        {QStringLiteral("topology"), QStringLiteral("topology"),
         QStringLiteral("The paths of the applied role with their traffic counters."), {}, {}, {},
         QStringLiteral("topology.get"), {}, printTopology},
        {QStringLiteral("flows"), QStringLiteral("flows [--limit N]"),
         QStringLiteral("The compat capture's flows (the busiest first), per-user counters, AF_PACKET interfaces and "
                        "drops."),
         {{QStringLiteral("limit"), QStringLiteral("List the N busiest flows (default 1000); bywayd lists no more than "
                                                   "fit in one message."),
           QStringLiteral("N")}},
         {},
         {},
         QStringLiteral("flows.list"),
         [](const QCommandLineParser &p) -> Params {
             QJsonObject params;
             if (auto ok = putNumber(params, p, QStringLiteral("limit"), QStringLiteral("limit"),
                                     QStringLiteral("a number of flows"));
                 !ok)
                 return std::unexpected(ok.error());
             return params;
         },
         printFlows},
    };
    return verbs;
}

} // namespace byway::cli
