// SPDX-License-Identifier: GPL-3.0-or-later
// IPv6 egress (IPv6 features stay off until it passes) and path MTU.
#include "probe/internal.h"
#include "probe/reach.h"

#include <cerrno>

namespace byway::probe {

void checkIpv6(Context &ctx, Findings &out)
{
    const QString check = QStringLiteral("ipv6.egress");
    const QString off = QStringLiteral("IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits).");
    const int routeErr = ipv6RouteLookup(nullptr);
    if (routeErr == EAFNOSUPPORT) {
        out << badFinding(Finding::Status::Fail, check, QStringLiteral("ipv6.egress.disabled"),
                          QStringLiteral("IPv6 is disabled"), QStringLiteral("socket(AF_INET6): %1").arg(errnoText(routeErr)),
                          off, QStringLiteral("Enable IPv6 (ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0)."));
        return;
    }
    if (routeErr) {
        out << badFinding(Finding::Status::Fail, check, QStringLiteral("ipv6.egress.no_route"),
                          QStringLiteral("No IPv6 route to the Internet"),
                          QStringLiteral("UDP connect (route lookup) to 2001:4860:4860::8888: %1").arg(errnoText(routeErr)),
                          off, QStringLiteral("Give the WAN an IPv6 default route (RA/DHCPv6-PD or static)."));
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
        out << okFinding(check, QStringLiteral("ipv6.egress.ok"), QStringLiteral("IPv6 egress verified"), ev, data);
    else if (tried.isEmpty())
        out << badFinding(Finding::Status::Warn, check, QStringLiteral("ipv6.egress.unverified"),
                          QStringLiteral("IPv6 route present, egress not verified"), ev, off,
                          QStringLiteral("Add an IPv6 reachability target (e.g. [2001:db8::1]:443 of your upstream)."), data);
    else
        out << badFinding(Finding::Status::Fail, check, QStringLiteral("ipv6.egress.unreachable"),
                          QStringLiteral("IPv6 targets unreachable"), ev, off,
                          QStringLiteral("Check the IPv6 upstream (firewall, RA, prefix delegation)."), data);
}

void checkPmtu(Context &ctx, Findings &out)
{
    QList<Target> targets;
    for (const QString &s : ctx.options.targets)
        if (auto t = parseTarget(s))
            targets << *t;
    if (targets.isEmpty()) {
        out << badFinding(Finding::Status::Skipped, QStringLiteral("pmtu"), QStringLiteral("pmtu.no_targets"),
                          QStringLiteral("No target for a path MTU"), QStringLiteral("Options.targets empty"),
                          QStringLiteral("Tunnel MTU/MSS stay at their defaults."),
                          QStringLiteral("Configure a reachability target."));
        return;
    }
    QList<const Exit *> exits{nullptr};
    for (const Exit &e : ctx.options.exits)
        exits << &e;
    for (const Target &t : targets) {
        for (const Exit *e : exits) {
            const QString via = e ? QStringLiteral("exit %1").arg(e->name) : QStringLiteral("default route");
            auto mtu = knownPathMtu(t, e);
            QJsonObject data{{QStringLiteral("target"), t.text}, {QStringLiteral("exit"), e ? e->name : QString()}};
            if (!mtu) {
                out << badFinding(Finding::Status::Fail, QStringLiteral("pmtu"), QStringLiteral("pmtu.no_route"),
                                  QStringLiteral("No path to %1 via %2").arg(t.text, via),
                                  QStringLiteral("UDP connect with DF: %1").arg(errnoText(mtu.error())),
                                  QStringLiteral("The path MTU towards it is unknown."),
                                  QStringLiteral("Fix the route to %1 first.").arg(t.text), data);
                continue;
            }
            data.insert(QStringLiteral("mtu"), *mtu);
            out << okFinding(QStringLiteral("pmtu"), QStringLiteral("pmtu.ok"),
                             QStringLiteral("Path MTU to %1 via %2: %3").arg(t.text, via).arg(*mtu),
                             QStringLiteral("IP_MTU after connect with IP_PMTUDISC_DO: %1 (route MTU or cached PMTU; "
                                            "no probe packet sent)").arg(*mtu),
                             data);
        }
    }
}

} // namespace byway::probe
