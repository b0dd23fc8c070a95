// SPDX-License-Identifier: GPL-3.0-or-later
// byway-nft-tool: the netfilter library from the command line, for lab tests
// and benches. Output is JSON on stdout; errors go to stderr, exit status 1.
//   apply FILE.json      read -> matches -> replace if different
//   replace FILE.json    replace unconditionally
//   matches FILE.json    does the kernel hold exactly this IR?
//   read NAME            the table's chains and rules with counters (null if absent)
//   remove NAME          delete the table (absent is fine)
//   list                 every table of every family
//   text FILE.json       the equivalent `nft -f` text; --replace for the atomic form
//   monitor SECONDS      print changes to byway* tables as JSON lines, then exit
#include "netfilter/monitor.h"
#include "netfilter/netfilter.h"
#include "netfilter/nfttext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

#include <poll.h>

using namespace byway;

namespace {

int out(const QJsonValue &v)
{
    const QByteArray b = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                         : v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                       : QByteArray("null");
    std::fprintf(stdout, "%s\n", b.constData());
    return 0;
}

int error(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    return 1;
}

Result<nft::Table> load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, QStringLiteral("cannot read %1").arg(path));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return fail(ErrorCode::ParseError, pe.errorString());
    return nft::tableFromJson(doc.object());
}

QJsonObject stateJson(const nft::TableState &st)
{
    QJsonArray chains, rules;
    for (const auto &c : st.chains)
        chains.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type},
                                  {QStringLiteral("hook"), c.hook}, {QStringLiteral("priority"), c.priority},
                                  {QStringLiteral("policy"), c.policyAccept ? QStringLiteral("accept") : QStringLiteral("drop")}});
    for (const auto &r : st.rules)
        rules.append(QJsonObject{{QStringLiteral("chain"), r.chain}, {QStringLiteral("id"), r.id},
                                 {QStringLiteral("handle"), double(r.handle)},
                                 {QStringLiteral("packets"), double(r.packets)},
                                 {QStringLiteral("bytes"), double(r.bytes)},
                                 {QStringLiteral("fingerprint"), QString::fromLatin1(r.fingerprint.toHex())}});
    return {{QStringLiteral("name"), st.name}, {QStringLiteral("chains"), chains}, {QStringLiteral("rules"), rules}};
}

int text(const QString &file, bool replace)
{
    auto t = load(file);
    if (!t)
        return error(t.error());
    std::fputs(qPrintable(replace ? nft::toNftReplaceText(*t) : nft::toNftText(*t)), stdout);
    return 0;
}

int monitor(const QString &seconds)
{
    auto mon = nft::Monitor::open();
    if (!mon)
        return error(mon.error());
    std::fprintf(stdout, "{\"ready\":true}\n");
    std::fflush(stdout);
    QElapsedTimer until;
    until.start();
    const qint64 ms = qint64(seconds.toDouble() * 1000);
    while (until.elapsed() < ms) {
        pollfd p{mon->fd(), POLLIN, 0};
        if (poll(&p, 1, int(ms - until.elapsed())) <= 0)
            continue;
        auto evs = mon->readEvents();
        if (!evs)
            return error(evs.error());
        for (const auto &e : *evs)
            out(QJsonObject{{QStringLiteral("event"), nft::kindName(e.kind)}, {QStringLiteral("table"), e.table},
                            {QStringLiteral("chain"), e.chain}, {QStringLiteral("id"), e.ruleId},
                            {QStringLiteral("pid"), double(e.pid)}});
        std::fflush(stdout);
    }
    return 0;
}

// apply (write only when the kernel differs) or replace (always write).
int writeTable(nft::Netfilter &nf, const QString &file, bool onlyIfDifferent)
{
    auto t = load(file);
    if (!t)
        return error(t.error());
    QElapsedTimer timer; // elapsed_us: the library's work, not the JSON parsing
    timer.start();
    bool written = true;
    if (onlyIfDifferent) {
        auto r = nf.ensure(*t);
        if (!r)
            return error(r.error());
        written = *r;
    } else if (auto r = nf.replace(*t); !r) {
        return error(r.error());
    }
    return out(QJsonObject{{QStringLiteral("written"), written}, {QStringLiteral("writes"), double(nf.writes())},
                           {QStringLiteral("rules"), t->ruleCount()},
                           {QStringLiteral("elapsed_us"), double(timer.nsecsElapsed() / 1000)}});
}

int matches(nft::Netfilter &nf, const QString &file)
{
    auto t = load(file);
    if (!t)
        return error(t.error());
    QElapsedTimer timer;
    timer.start();
    auto st = nf.read(t->name);
    if (!st)
        return error(st.error());
    const bool same = *st && nft::matches(**st, *t);
    return out(QJsonObject{{QStringLiteral("matches"), same}, {QStringLiteral("writes"), double(nf.writes())},
                           {QStringLiteral("elapsed_us"), double(timer.nsecsElapsed() / 1000)}});
}

int readTable(nft::Netfilter &nf, const QString &name)
{
    auto st = nf.read(name);
    if (!st)
        return error(st.error());
    return *st ? out(stateJson(**st)) : out(QJsonValue());
}

int list(nft::Netfilter &nf)
{
    auto ts = nf.listTables();
    if (!ts)
        return error(ts.error());
    QJsonArray a;
    for (const auto &t : *ts)
        a.append(QJsonObject{{QStringLiteral("family"), t.family}, {QStringLiteral("name"), t.name},
                             {QStringLiteral("byway"), t.byway}});
    return out(a);
}

int run(const QStringList &args)
{
    if (args.size() < 2)
        return error(Error::make(ErrorCode::InvalidParams, QStringLiteral("usage: byway-nft-tool apply|replace|matches|read|remove|list|text ...")));
    const QString cmd = args.at(1);
    const QString arg = args.value(args.size() - 1);
    if (cmd == QLatin1String("text"))
        return text(arg, args.contains(QStringLiteral("--replace")));
    if (cmd == QLatin1String("monitor"))
        return monitor(arg);

    auto nf = nft::Netfilter::open();
    if (!nf)
        return error(nf.error());
    if (cmd == QLatin1String("apply") || cmd == QLatin1String("replace"))
        return writeTable(*nf, arg, cmd == QLatin1String("apply"));
    if (cmd == QLatin1String("matches"))
        return matches(*nf, arg);
    if (cmd == QLatin1String("read"))
        return readTable(*nf, arg);
    if (cmd == QLatin1String("remove")) {
        if (auto r = nf->remove(arg); !r)
            return error(r.error());
        return out(QJsonObject{{QStringLiteral("removed"), arg}});
    }
    if (cmd == QLatin1String("list"))
        return list(*nf);
    return error(Error::make(ErrorCode::InvalidParams, QStringLiteral("unknown command %1").arg(cmd)));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    return run(app.arguments());
}
