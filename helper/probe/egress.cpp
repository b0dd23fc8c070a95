// SPDX-License-Identifier: GPL-3.0-or-later
// IPv6 egress (IPv6 features stay off until it passes) and path MTU.
#include "probe/internal.h"
#include "probe/reach.h"

#include <cerrno>

namespace byway::probe {

void checkIpv6(Context &ctx, Findings &out)
{
    const QString check = QStringLiteral("ipv6.egress");
    const int routeErr = ipv6RouteLookup(nullptr);
    if (routeErr == EAFNOSUPPORT) {
        out << badFinding(Finding::Status::Fail, check, QStringLiteral("ipv6.egress.disabled"),
                          msg::Id("probe.ipv6.egress.disabled"), {},
                          QStringLiteral("socket(AF_INET6): %1").arg(errnoText(routeErr)));
        return;
    }
    if (routeErr) {
        out << badFinding(Finding::Status::Fail, check, QStringLiteral("ipv6.egress.no_route"),
                          msg::Id("probe.ipv6.egress.no_route"), {},
                          QStringLiteral("UDP connect (route lookup) to 2001:4860:4860::8888: %1").arg(errnoText(routeErr)));
        return;
    }
    QStringList tried, reached;
    for (const QString &s : ctx.options.targets) {
        auto t = parseTarget(s);
        if (!t || t->addr.protocol() != QHostAddress::IPv6Protocol)
            continue;
        const QString key = t->text + u'|';
        Context::ProbeResult r;
        if (auto it = ctx.probeCache.constFind(key); it != ctx.probeCache.cend()) {
            r = *it;
        } else {
            const Probe p = probeTarget(*t, nullptr, ctx.options.timeoutMs);
            r = {p.err, p.rttUs, p.method};
            ctx.probeCache.insert(key, r);
        }
        tried << QStringLiteral("%1 %2: %3").arg(r.method, t->text, r.err ? errnoText(r.err) : QStringLiteral("ok"));
        if (!r.err || r.err == ECONNREFUSED)
            reached << t->text;
    }
    const QString ev = QStringLiteral("IPv6 route lookup ok; ") +
                       (tried.isEmpty() ? QStringLiteral("no IPv6 target configured") : tried.join(u"; "));
    const QJsonObject data{{QStringLiteral("reached"), QJsonArray::fromStringList(reached)}};
    if (!reached.isEmpty())
        out << okFinding(check, QStringLiteral("ipv6.egress.ok"), msg::Id("probe.ipv6.egress.ok"), {}, ev, data);
    else if (tried.isEmpty())
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("ipv6.egress.unverified"),
                          msg::Id("probe.ipv6.egress.unverified"), {}, ev, data);
    else
        out << badFinding(Finding::Status::Fail, check, QStringLiteral("ipv6.egress.unreachable"),
                          msg::Id("probe.ipv6.egress.unreachable"), {}, ev, data);
}

void checkPmtu(Context &ctx, Findings &out)
{
    QList<Target> targets;
    for (const QString &s : ctx.options.targets)
        if (auto t = parseTarget(s))
            targets << *t;
    if (targets.isEmpty()) {
        out << badFinding(Finding::Status::Skipped, QStringLiteral("pmtu"), QStringLiteral("pmtu.no_targets"),
                          msg::Id("probe.pmtu.no_targets"), {}, QStringLiteral("Options.targets empty"));
        return;
    }
    QList<const Exit *> exits{nullptr};
    for (const Exit &e : ctx.options.exits)
        exits << &e;
    for (const Target &t : targets) {
        for (const Exit *e : exits) {
            auto mtu = knownPathMtu(t, e);
            QJsonObject data{{QStringLiteral("target"), t.text}, {QStringLiteral("exit"), e ? e->name : QString()}};
            QJsonObject args{{QStringLiteral("target"), t.text}};
            if (e)
                args.insert(QStringLiteral("exit"), e->name);
            if (!mtu) {
                out << badFinding(Finding::Status::Fail, QStringLiteral("pmtu"), QStringLiteral("pmtu.no_route"),
                                  e ? msg::Id("probe.pmtu.no_route.exit") : msg::Id("probe.pmtu.no_route"), args,
                                  QStringLiteral("UDP connect with DF: %1").arg(errnoText(mtu.error())), data);
                continue;
            }
            data.insert(QStringLiteral("mtu"), *mtu);
            args.insert(QStringLiteral("mtu"), *mtu);
            out << okFinding(QStringLiteral("pmtu"), QStringLiteral("pmtu.ok"),
                             e ? msg::Id("probe.pmtu.ok.exit") : msg::Id("probe.pmtu.ok"), args,
                             QStringLiteral("IP_MTU after connect with IP_PMTUDISC_DO: %1 (route MTU or cached PMTU; "
                                            "no probe packet sent)").arg(*mtu),
                             data);
        }
    }
}

} // namespace byway::probe
