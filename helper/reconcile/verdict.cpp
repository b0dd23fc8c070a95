// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/verdict.h"
#include "reconcile/verdict_parts.h"

#include "core/messages/messages.h"

#include <QMap>
#include <algorithm>

namespace byway::reconcile {
namespace verdict_parts {

FieldError finding(Severity severity, const QString &path, msg::Id id, QJsonObject args)
{
    FieldError f;
    f.path = path;
    f.code = QStringLiteral("environment");
    f.id = QString::fromLatin1(id.value);
    f.args = std::move(args);
    f.message = msg::english(f.id, f.args);
    f.severity = severity;
    return f;
}

void add(Verdict &v, FieldError f)
{
    (f.severity == Severity::Error ? v.errors : v.findings).append(std::move(f));
}

} // namespace verdict_parts

namespace {

using config::Role;
using namespace verdict_parts;

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// The existing name a typo most likely meant: same letters in another case,
// or at most two edits away (eth0 for eht0, wan0 for wan1 is not guessed
// when both exist: the closest wins, ties keep the first).
QString didYouMean(const QString &name, const QStringList &existing)
{
    QString best;
    int bestDistance = 3;
    for (const QString &e : existing) {
        const int d = e.compare(name, Qt::CaseInsensitive) == 0 ? 0 : editDistance(name, e);
        if (d < bestDistance) {
            best = e;
            bestDistance = d;
        }
    }
    return best;
}

bool wanRequired(Role r)
{
    return r == Role::VpnGateway || r == Role::SecondaryRouter || r == Role::WanSeparated;
}

bool lanRequired(Role r)
{
    return r == Role::BypassRouter || r == Role::SecondaryRouter;
}

bool forwards(Role r)
{
    return r == Role::VpnGateway || r == Role::BypassRouter || r == Role::SecondaryRouter;
}

void checkInterfaces(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!box.links)
        return;
    QStringList existing;
    for (const route::Link &l : box.links())
        existing.append(l.name);
    auto need = [&](const QString &path, const QString &name, bool required) {
        if (name.isEmpty() || existing.contains(name))
            return;
        const Severity s = c.role == Role::None ? Severity::Info : required ? Severity::Error : Severity::Warning;
        const QString guess = didYouMean(name, existing);
        QJsonObject args{{QStringLiteral("name"), name},
                         {QStringLiteral("role"), config::roleName(c.role)},
                         {QStringLiteral("existing"), existing.join(QStringLiteral(", "))}};
        if (guess.isEmpty()) {
            add(v, finding(s, path, required ? msg::Id("env.interface.missing.required") : msg::Id("env.interface.missing"), args));
        } else {
            args.insert(QStringLiteral("suggestion"), guess);
            add(v, finding(s, path, required ? msg::Id("env.interface.missing.required.guess") : msg::Id("env.interface.missing.guess"), args));
        }
    };
    // With the compat capture the pools leave through its own sockets: a
    // vpn-gateway's WAN names only matter to nftables rules it does not use.
    const bool capture = box.captureOn && box.captureOn(c);
    for (qsizetype i = 0; i < c.interfaces.wan.size(); ++i)
        need(QStringLiteral("/interfaces/wan/%1").arg(i), c.interfaces.wan[i],
             wanRequired(c.role) && !(capture && c.role == Role::VpnGateway));
    for (qsizetype i = 0; i < c.interfaces.lan.size(); ++i)
        need(QStringLiteral("/interfaces/lan/%1").arg(i), c.interfaces.lan[i], lanRequired(c.role));
    need(QStringLiteral("/interfaces/alternate"), c.interfaces.alternate, c.bypass.ipv6Secondary);
    for (qsizetype i = 0; i < c.exits.size(); ++i)
        need(QStringLiteral("/exits/%1/device").arg(i), c.exits[i].device, false);
    // Tunnel interfaces come and go with the VPN server's clients (pppd's
    // ppp*, ocserv's vpns*): none matching now is normal, but it is also
    // what a misspelt pattern looks like, so it is said, as information.
    // The same for the capture's AF_PACKET patterns (strongSwan's ikec*).
    const auto patterns = [&](const QString &at, const QStringList &list) {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (std::none_of(existing.begin(), existing.end(), [&](const QString &n) { return matchesPattern(list[i], n); }))
                add(v, finding(Severity::Info, at + QString::number(i), msg::Id("env.interface.tunnels_none"),
                               {{QStringLiteral("pattern"), list[i]},
                                {QStringLiteral("existing"), existing.join(QStringLiteral(", "))}}));
    };
    patterns(QStringLiteral("/interfaces/tunnels/"), c.interfaces.tunnels);
    if (capture)
        patterns(QStringLiteral("/capture/packetInterfaces/"), c.capture.packetInterfaces);
}

// "This box on the LAN" is an address the box already has: Byway routes
// with it but never assigns it, so one the LAN port does not carry makes
// the main router's "gateway → this box" point nowhere.
void checkBypassAddress(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!lanRequired(c.role) || !c.bypass.address.isValid() || !box.addresses || !box.links)
        return;
    QStringList have;
    for (const route::AddressSpec &a : box.addresses()) {
        if (!c.interfaces.lan.contains(a.dev))
            continue;
        if (a.address.address == c.bypass.address.address && a.address.length == c.bypass.address.length) {
            // A bypass router's way to the main router leaves by the primary
            // LAN, interfaces.lan's first port: the address must be there.
            if (c.role == Role::BypassRouter && a.dev != c.interfaces.lan.first())
                add(v, finding(Severity::Error, QStringLiteral("/bypass/address"), msg::Id("env.bypass.address_not_primary"),
                               {{QStringLiteral("address"), c.bypass.address.toString()},
                                {QStringLiteral("port"), a.dev},
                                {QStringLiteral("primary"), c.interfaces.lan.first()}}));
            return;
        }
        have << a.address.toString();
    }
    const QStringList &onLan = c.interfaces.lan;
    add(v, finding(Severity::Error, QStringLiteral("/bypass/address"), msg::Id("env.bypass.address_missing"),
                   {{QStringLiteral("address"), c.bypass.address.toString()},
                    {QStringLiteral("lan"), onLan.isEmpty() ? QStringLiteral("none") : onLan.join(QStringLiteral(", "))},
                    {QStringLiteral("have"), have.isEmpty() ? QStringLiteral("none") : have.join(QStringLiteral(", "))}}));
}

// A secondary router reaches the main router through its WAN (its own
// default route); bypass.mainRouter names it there. Off every WAN subnet it
// names some other host, and the topology draws one that is not there.
void checkSecondaryMainRouter(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (c.role != Role::SecondaryRouter || c.bypass.mainRouter.isNull() || !box.addresses)
        return;
    QStringList have;
    for (const route::AddressSpec &a : box.addresses()) {
        if (!c.interfaces.wan.contains(a.dev))
            continue;
        if (a.peer == c.bypass.mainRouter) // PPPoE: the peer
            return;
        if (a.address.contains(c.bypass.mainRouter)) {
            // On the subnet, but this box itself or no host: the network's or broadcast address.
            if (a.address.address == c.bypass.mainRouter || config::isNetworkOrBroadcast(a.address, c.bypass.mainRouter))
                add(v, finding(Severity::Warning, QStringLiteral("/bypass/mainRouter"), msg::Id("env.secondary.main_router_not_host"),
                               {{QStringLiteral("mainRouter"), c.bypass.mainRouter.toString()},
                                {QStringLiteral("subnet"), config::networkOf(a.address).toString()}, {QStringLiteral("wan"), a.dev}}));
            return;
        }
        have << a.address.toString();
    }
    add(v, finding(Severity::Warning, QStringLiteral("/bypass/mainRouter"), msg::Id("env.secondary.main_router_off_wan"),
                   {{QStringLiteral("mainRouter"), c.bypass.mainRouter.toString()},
                    {QStringLiteral("wan"), c.interfaces.wan.join(QStringLiteral(", "))},
                    {QStringLiteral("have"), have.isEmpty() ? QStringLiteral("none") : have.join(QStringLiteral(", "))}}));
}

bool isLoopbackTarget(const QHostAddress &a)
{
    // The redirect rewrites only the port: for packets this box sends, the
    // kernel sends them to 127.0.0.1 (IPv4) or ::1 (IPv6).
    return a == QHostAddress(QHostAddress::LocalHost) || a == QHostAddress(QHostAddress::LocalHostIPv6);
}

// bypass.dhcp names the LAN's one DHCP server. Byway runs none: "this box"
// needs one of the admin's, and another beside the main router's hands out
// leases that disagree (two gateways, two ranges).
void checkDhcp(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!lanRequired(c.role) || !box.udpBound)
        return;
    const bool serving = box.udpBound(67);
    if (c.bypass.dhcp == config::Dhcp::Side && !serving)
        add(v, finding(Severity::Warning, QStringLiteral("/bypass/dhcp"), msg::Id("env.dhcp.side_not_serving"), {}));
    else if (c.bypass.dhcp != config::Dhcp::Side && serving)
        add(v, finding(Severity::Warning, QStringLiteral("/bypass/dhcp"), msg::Id("env.dhcp.also_serving"),
                       {{QStringLiteral("dhcp"), c.bypass.dhcp == config::Dhcp::Main ? QStringLiteral("main") : QStringLiteral("none")}}));
}

void checkDns(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (c.dns.redirectGroup.isEmpty()) {
        if (!c.dns.wanResolver.isEmpty()) // only the redirect sends anything to it
            add(v, finding(Severity::Warning, QStringLiteral("/dns/wanResolver"), msg::Id("env.dns.resolver_unused"), {}));
        return;
    }
    const QString group = c.dns.redirectGroup;
    if (c.role != Role::WanSeparated) {
        add(v, finding(Severity::Warning, QStringLiteral("/dns/redirectGroup"), msg::Id("env.dns.redirect_unused"),
                       {{QStringLiteral("group"), group}, {QStringLiteral("role"), config::roleName(c.role)}}));
        return;
    }
    if (box.groupId && !box.groupId(group))
        add(v, finding(Severity::Error, QStringLiteral("/dns/redirectGroup"), msg::Id("env.group.missing"),
                       {{QStringLiteral("group"), group}}));
    else
        // nftables' skgid is the socket's file-system gid: the primary group
        // of the process, never its supplementary groups. Said where it is set.
        add(v, finding(Severity::Info, QStringLiteral("/dns/redirectGroup"), msg::Id("env.dns.primary_group_only"),
                       {{QStringLiteral("group"), group}}));
    const QString &resolver = c.dns.wanResolver;
    const qsizetype colon = resolver.lastIndexOf(QLatin1Char(':'));
    QString host = resolver.left(colon);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!address.isNull() && !isLoopbackTarget(address))
        add(v, finding(Severity::Error, QStringLiteral("/dns/wanResolver"), msg::Id("env.dns.resolver_not_loopback"),
                       {{QStringLiteral("address"), address.toString()}, {QStringLiteral("port"), resolver.mid(colon + 1)}}));
    // Byway runs no resolver: the redirect sends the group's DNS to the port
    // whether or not one listens there.
    else if (const quint16 port = resolver.mid(colon + 1).toUShort(); box.udpBound && port != 0 && !box.udpBound(port))
        add(v, finding(Severity::Warning, QStringLiteral("/dns/wanResolver"), msg::Id("env.dns.resolver_not_listening"),
                       {{QStringLiteral("port"), port}, {QStringLiteral("group"), group}}));
}

void checkForeign(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!box.foreignDrops || !forwards(c.role))
        return;
    for (const ForeignDrop &f : box.foreignDrops()) {
        const QJsonObject args{{QStringLiteral("family"), f.family}, {QStringLiteral("table"), f.table},
                               {QStringLiteral("chain"), f.chain},   {QStringLiteral("hook"), f.hook},
                               {QStringLiteral("priority"), f.priority}, {QStringLiteral("rules"), f.dropRules}};
        const msg::Id id = f.family.startsWith(u"legacy") ? msg::Id("env.foreign.legacy_policy_drop")
                         : f.policyDrop                 ? msg::Id("env.foreign.policy_drop")
                                                        : msg::Id("env.foreign.drop_rules");
        add(v, finding(Severity::Warning, QString(), id, args));
    }
}

const config::Exit *findExit(const config::Config &c, const QString &name)
{
    for (const config::Exit &e : c.exits)
        if (e.name == name)
            return &e;
    return nullptr;
}

// Whether traffic sent to `exit` really leaves through it on the path this
// config runs on; otherwise it would silently take the main route.
void checkExit(Verdict &v, const config::Config &c, const LiveBox &box, const QString &path, const QString &who,
               const config::Exit *e, bool v6)
{
    if (!e)
        return;
    const bool captureOn = box.captureOn && box.captureOn(c);
    const QJsonObject args{{QStringLiteral("who"), who}, {QStringLiteral("exit"), e->name},
                           {QStringLiteral("device"), e->device}};
    if (e->type == config::ExitType::Socks5) {
        if (!captureOn)
            add(v, finding(Severity::Error, path, msg::Id("env.exit.socks_needs_capture"), args));
        else if (v6)
            add(v, finding(Severity::Error, path, msg::Id("env.exit.capture_ipv4_only"), args));
        return;
    }
    if (!captureOn && e->mark == 0 && e->table == 0)
        add(v, finding(Severity::Error, path, e->device.isEmpty() ? msg::Id("env.exit.no_selector") : msg::Id("env.exit.device_only"), args));
}

void checkExits(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!forwards(c.role) && c.role != Role::WanSeparated)
        return;
    for (qsizetype i = 0; i < c.pools.size(); ++i) {
        const config::Pool &p = c.pools[i];
        const QString pp = QStringLiteral("/pools/%1").arg(i);
        checkExit(v, c, box, pp + QStringLiteral("/exit"), p.name, findExit(c, p.exit), p.subnet.isIpv6());
        for (qsizetype u = 0; u < p.users.size(); ++u)
            if (!p.users[u].exit.isEmpty())
                checkExit(v, c, box, pp + QStringLiteral("/users/%1/exit").arg(u), p.users[u].name,
                          findExit(c, p.users[u].exit), p.users[u].address.protocol() == QAbstractSocket::IPv6Protocol);
    }
}

// A live session's exit is its own (session.add --exit) or its user's or
// pool's: one this config does not have, or a SOCKS5 exit with the capture
// off, refuses the session's traffic (desired_routing.cpp, the capture).
// Not an error (the sessions are not the config's), but said before the
// apply, one finding per exit.
void checkSessions(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!box.sessions)
        return;
    const bool captureOn = box.captureOn && box.captureOn(c);
    QMap<QString, QStringList> gone, needCapture;
    for (const Session &s : box.sessions()) {
        const QString name = effectiveExit(s, c).name;
        if (name.isEmpty())
            continue;
        const config::Exit *e = findExit(c, name);
        const QString who = QStringLiteral("%1 (%2)").arg(s.user, s.address.toString());
        if (!e)
            gone[name].append(who);
        else if (e->type == config::ExitType::Socks5 && !captureOn)
            needCapture[name].append(who);
    }
    const auto say = [&v](const QMap<QString, QStringList> &byExit, const char *id) {
        for (auto it = byExit.cbegin(); it != byExit.cend(); ++it) {
            const qsizetype shown = std::min<qsizetype>(it->size(), 8);
            add(v, finding(Severity::Warning, QStringLiteral("/exits"), msg::Id(id),
                           {{QStringLiteral("exit"), it.key()},
                            {QStringLiteral("count"), it->size()},
                            {QStringLiteral("sessions"), it->mid(0, shown).join(QStringLiteral(", "))
                                                             + (it->size() > shown ? QStringLiteral(", …") : QString())}}));
        }
    };
    say(gone, "env.session.exit_gone");
    say(needCapture, "env.session.socks_needs_capture");
}

// Only IPv4 pools' traffic is routed into the capture (desired_routing.cpp).
void checkCapturePools(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (c.role != config::Role::None && c.capture.mode == config::CaptureMode::On && !config::hasIpv4Pool(c))
        add(v, finding(Severity::Warning, QStringLiteral("/capture/mode"), msg::Id("env.capture.no_ipv4_pool"), {}));
    if (!box.captureOn || !box.captureOn(c))
        return;
    for (qsizetype i = 0; i < c.pools.size(); ++i)
        if (c.pools[i].subnet.isValid() && c.pools[i].subnet.isIpv6())
            add(v, finding(Severity::Info, QStringLiteral("/pools/%1/subnet").arg(i), msg::Id("env.capture.ipv6_pool"),
                           {{QStringLiteral("pool"), c.pools[i].name}, {QStringLiteral("subnet"), c.pools[i].subnet.toString()}}));
}

// More flows than bywayd's file limit can hold sockets for: the capture
// bounds them lower at start; said where the bound is set.
void checkFlowFiles(Verdict &v, const config::Config &c, const LiveBox &box)
{
    if (!box.fileRoom || !box.captureOn || !box.captureOn(c))
        return;
    const auto room = box.fileRoom();
    if (!room || c.capture.maxFlows <= room->flows)
        return;
    add(v, finding(Severity::Warning, QStringLiteral("/capture/maxFlows"), msg::Id("env.capture.max_flows_files"),
                   {{QStringLiteral("flows"), c.capture.maxFlows},
                    {QStringLiteral("limit"), room->limit},
                    {QStringLiteral("bound"), room->flows}}));
}

// What the live box says about the config's names and addresses: run on a
// refused config's parsed parts too. The sysctls it would write are not: they
// come from planning it, which needs a valid config.
// IPv6 comes on only once a probe of ipv6.egressTargets passes: with none
// it never does, whatever the box can reach.
void checkIpv6Targets(Verdict &v, const config::Config &c)
{
    if (c.role != config::Role::None && c.ipv6.enabled && c.ipv6.egressTargets.isEmpty())
        add(v, finding(Severity::Warning, QStringLiteral("/ipv6/egressTargets"), msg::Id("env.ipv6.no_egress_targets"), {}));
}

void checkLive(Verdict &v, const config::Config &c, const LiveBox &box)
{
    checkInterfaces(v, c, box);
    checkBypassAddress(v, c, box);
    checkSecondaryMainRouter(v, c, box);
    checkDhcp(v, c, box);
    checkDns(v, c, box);
    checkForeign(v, c, box);
    checkPeers(v, c, box);
    checkPoolAddresses(v, c, box);
    checkExits(v, c, box);
    checkExitNat(v, c, box);
    checkBypassPools(v, c, box);
    checkExitGateway(v, c, box);
    checkExitTables(v, c, box);
    checkSessions(v, c, box);
    checkFlowFiles(v, c, box);
    checkCapturePools(v, c, box);
    checkIpv6Targets(v, c);
}

} // namespace

QList<FieldError> checkSessionExit(const config::Config &c, const LiveBox &box, const QString &who, const QString &exit,
                                   bool v6)
{
    Verdict v;
    checkExit(v, c, box, QStringLiteral("/exit"), who, findExit(c, exit), v6);
    return v.errors;
}

FieldError sysctlReadOnly(const QString &key, const QString &current, const QString &needed, const QString &captureTun)
{
    QString flagKey = key;
    if (!captureTun.isEmpty())
        flagKey.replace(QStringLiteral("/conf/%1/").arg(captureTun), QStringLiteral("/conf/default/"));
    flagKey.replace(QLatin1Char('/'), QLatin1Char('.'));
    const QString setting = flagKey + QLatin1Char('=') + needed;
    const QString flag = QStringLiteral("--sysctl ")
                       + (needed.contains(QLatin1Char(' ')) ? QLatin1Char('"') + setting + QLatin1Char('"') : setting);
    QString name = key;
    name.replace(QLatin1Char('/'), QLatin1Char('.'));
    return finding(Severity::Error, QString(), msg::Id("env.sysctl.readonly"),
                   {{QStringLiteral("sysctl"), name},
                    {QStringLiteral("current"), current},
                    {QStringLiteral("needed"), needed},
                    {QStringLiteral("flag"), flag}});
}

bool matchesPattern(const QString &pattern, const QString &name)
{
    return config::matchesInterfacePattern(pattern, name);
}

Error Verdict::error() const
{
    Error e = Error::make(ErrorCode::ValidationFailed,
                          errors.size() == 1 ? errors.first().message
                                             : QStringLiteral("the config has %1 problems").arg(errors.size()),
                          errors.isEmpty() ? QString() : errors.first().path);
    e.errors = errors;
    e.findings = findings;
    return e;
}

QJsonArray Verdict::findingsJson() const
{
    QJsonArray out;
    for (const FieldError &f : findings)
        out.append(f.toJson());
    return out;
}

Verdict checkEnvironment(const config::Config &c, const LiveBox &box)
{
    Verdict v;
    checkLive(v, c, box);
    if (box.readOnlySysctls)
        for (FieldError &e : box.readOnlySysctls(c))
            add(v, std::move(e));
    return v;
}

Verdict check(const QJsonObject &doc, const LiveBox &box, config::Config *out)
{
    config::Config parsedAnyway;
    auto parsed = config::fromJson(doc, &parsedAnyway);
    if (!parsed) {
        Verdict v;
        v.errors = parsed.error().errors;
        if (v.errors.isEmpty()) {
            v.errors.append(FieldError{parsed.error().field, QStringLiteral("format"), parsed.error().message});
            return v;
        }
        // A misspelt interface is refused in the same answer as a prefix
        // with host bits, not one round later; a field refused for its value
        // is not refused again, nor a use of an exit for the selector it lacks.
        QStringList badExits; // exits whose mark, table or device was refused
        for (const FieldError &f : std::as_const(v.errors))
            if (const qsizetype i = f.path.section(u'/', 2, 2).toLongLong(); f.path.startsWith(u"/exits/") && i < parsedAnyway.exits.size()
                && QStringList{u"mark"_qs, u"table"_qs, u"device"_qs}.contains(f.path.section(u'/', 3, 3)))
                badExits << parsedAnyway.exits[i].name;
        Verdict live;
        checkLive(live, parsedAnyway, box);
        for (const FieldError &e : std::as_const(live.errors))
            if (std::none_of(v.errors.cbegin(), v.errors.cend(), [&](const FieldError &f) { return f.path == e.path; })
                && !((e.id == u"env.exit.no_selector" || e.id == u"env.exit.device_only") && badExits.contains(e.args.value(u"exit").toString())))
                v.errors.append(e);
        return v;
    }
    Verdict v = checkEnvironment(*parsed, box);
    if (v.ok() && out)
        *out = *parsed;
    return v;
}

} // namespace byway::reconcile
