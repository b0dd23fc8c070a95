// SPDX-License-Identifier: GPL-3.0-or-later
// byway-route-tool: byway_route from the command line, for lab tests and
// the bench. Prints one JSON object on stdout; exit 0 on success, 1 on a
// failed request (the error as {"error": {...}}), 2 on bad usage.
//
//   apply FILE.json      desired {routes, rules, addresses, sysctls}: diff
//                        against Byway's objects, apply, print writes
//   plan FILE.json       the same diff, not applied
//   dump [--all]         Byway's objects (--all: every route and rule)
//   flush-owned          delete every route, rule and address Byway owns
//   lookup --dst A [--src A] [--mark M] [--iif DEV] [--uid U] [--proto P] [--dport N]
//   sysctl get KEY | sysctl set KEY VALUE
//   links
#include "routing/changeset.h"
#include "routing/mark.h"
#include "routing/rtnl.h"
#include "routing/sysctl.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace byway;
using namespace byway::route;

namespace {

int print(const QJsonObject &o, int rc = 0)
{
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return rc;
}

int printError(const Error &e)
{
    return print({{QStringLiteral("error"), e.toJson()}}, 1);
}

int usage()
{
    std::fputs("usage: byway-route-tool apply|plan FILE.json | dump [--all] | flush-owned | "
               "lookup --dst A [--src A] [--mark M] [--iif DEV] [--uid U] [--proto P] [--dport N] | "
               "sysctl get KEY | sysctl set KEY VALUE | links\n", stderr);
    return 2;
}

Result<State> readState(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::StorageFailed, path + QStringLiteral(": ") + f.errorString());
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return fail(ErrorCode::ParseError, path + QStringLiteral(": ") + pe.errorString());
    return State::fromJson(doc.object());
}

// apply/plan/flush: read owned, diff, maybe apply. `desired` null = flush.
int reconcile(const State &desired, bool doApply)
{
    QElapsedTimer t;
    t.start();
    auto rtnl = Rtnl::open();
    if (!rtnl)
        return printError(rtnl.error());
    Sysctl sysctl;
    auto current = readOwned(*rtnl, sysctl, desired);
    if (!current)
        return printError(current.error());
    ChangeSet cs = diff(desired, *current);
    QJsonObject out{{QStringLiteral("changes"), cs.toJson()}};
    if (doApply) {
        KernelApplier applier(*rtnl, sysctl);
        const quint64 before = rtnl->writes();
        auto ok = cs.apply(applier);
        out.insert(QStringLiteral("writes"), qint64(rtnl->writes() - before + applier.sysctlWrites()));
        out.insert(QStringLiteral("ms"), double(t.nsecsElapsed()) / 1e6);
        if (!ok) {
            out.insert(QStringLiteral("error"), ok.error().toJson());
            return print(out, 1);
        }
    }
    out.insert(QStringLiteral("ms"), double(t.nsecsElapsed()) / 1e6);
    return print(out);
}

int dump(bool all)
{
    auto rtnl = Rtnl::open();
    if (!rtnl)
        return printError(rtnl.error());
    State s;
    for (Family f : {Family::V4, Family::V6}) {
        auto routes = rtnl->routes(f, std::nullopt, !all);
        auto rules = rtnl->rules(f, !all);
        if (!routes)
            return printError(routes.error());
        if (!rules)
            return printError(rules.error());
        s.routes += *routes;
        s.rules += *rules;
    }
    auto addresses = rtnl->addresses({}, !all);
    if (!addresses)
        return printError(addresses.error());
    s.addresses = *addresses;
    return print(s.toJson());
}

int lookup(const QStringList &args)
{
    Query q;
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString &k = args.at(i), &v = args.at(i + 1);
        bool ok = true;
        if (k == QLatin1String("--dst"))
            ok = q.dst.setAddress(v);
        else if (k == QLatin1String("--src"))
            ok = q.src.setAddress(v);
        else if (k == QLatin1String("--mark"))
            ok = (q.mark = parseMark(v)).has_value();
        else if (k == QLatin1String("--iif"))
            q.iif = v;
        else if (k == QLatin1String("--uid"))
            q.uid = v.toUInt(&ok);
        else if (k == QLatin1String("--proto"))
            q.ipProto = quint8(v.toUShort(&ok));
        else if (k == QLatin1String("--dport"))
            q.dport = v.toUShort(&ok);
        else
            ok = false;
        if (!ok)
            return usage();
    }
    auto rtnl = Rtnl::open();
    if (!rtnl)
        return printError(rtnl.error());
    auto r = rtnl->lookup(q);
    if (!r)
        return printError(r.error());
    return print(r->toJson());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString cmd = args.front();
    if ((cmd == QLatin1String("apply") || cmd == QLatin1String("plan")) && args.size() == 2) {
        auto desired = readState(args.at(1));
        if (!desired)
            return printError(desired.error());
        return reconcile(*desired, cmd == QLatin1String("apply"));
    }
    if (cmd == QLatin1String("flush-owned") && args.size() == 1)
        return reconcile(State{}, true);
    if (cmd == QLatin1String("dump"))
        return dump(args.contains(QStringLiteral("--all")));
    if (cmd == QLatin1String("lookup"))
        return lookup(args.mid(1));
    if (cmd == QLatin1String("sysctl") && args.size() >= 3) {
        Sysctl s;
        if (args.at(1) == QLatin1String("get") && args.size() == 3) {
            auto v = s.read(args.at(2));
            return v ? print({{QStringLiteral("value"), *v}}) : printError(v.error());
        }
        if (args.at(1) == QLatin1String("set") && args.size() == 4) {
            auto v = s.write(args.at(2), args.at(3));
            return v ? print({{QStringLiteral("previous"), *v}}) : printError(v.error());
        }
        return usage();
    }
    if (cmd == QLatin1String("links")) {
        auto rtnl = Rtnl::open();
        if (!rtnl)
            return printError(rtnl.error());
        auto links = rtnl->links();
        if (!links)
            return printError(links.error());
        QJsonArray a;
        for (const Link &l : *links)
            a.append(l.toJson());
        return print({{QStringLiteral("links"), a}});
    }
    return usage();
}
