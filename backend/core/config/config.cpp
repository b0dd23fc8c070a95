// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/config.h"

#include "core/config/jsonreader.h"

#include <QJsonArray>

#include <algorithm>

namespace byway::config {
namespace {

struct RoleEntry {
    Role role;
    const char *name;
};
constexpr RoleEntry kRoles[] = {
    {Role::None, "none"},
    {Role::VpnGateway, "vpn-gateway"},
    {Role::BypassRouter, "bypass-router"},
    {Role::SecondaryRouter, "secondary-router"},
    {Role::WanSeparated, "wan-separated"},
};

template <typename E, size_t N>
QString nameOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &[v, name] : table)
        if (v == value)
            return QLatin1String(name);
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::pair<E, const char *> (&table)[N], const QString &name)
{
    for (const auto &[v, n] : table)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

const std::pair<ExitType, const char *> kExitTypes[] = {{ExitType::Direct, "direct"}, {ExitType::Socks5, "socks5"}};
const std::pair<Dhcp, const char *> kDhcp[] = {{Dhcp::Main, "main"}, {Dhcp::Side, "side"}, {Dhcp::None, "none"}};
const std::pair<CaptureMode, const char *> kCaptureModes[] = {
    {CaptureMode::Auto, "auto"}, {CaptureMode::On, "on"}, {CaptureMode::Off, "off"}};

template <typename E, size_t N>
E readEnum(JsonReader &r, const QJsonObject &o, const char *key, const QString &path,
           const std::pair<E, const char *> (&table)[N], E def)
{
    const QString s = r.string(o, key, path, nameOf(table, def));
    if (auto v = valueOf(table, s))
        return *v;
    QStringList names;
    for (const auto &[v, n] : table)
        names.append(QLatin1String(n));
    r.error(JsonReader::join(path, QLatin1String(key)), "format", msg::Id("config.format.enum"),
            {{QStringLiteral("value"), s}, {QStringLiteral("allowed"), QJsonArray::fromStringList(names)}});
    return def;
}

QString hex32(quint32 v)
{
    return QStringLiteral("0x%1").arg(v, 8, 16, QLatin1Char('0'));
}

void readNames(JsonReader &r, const QStringList &names, const QString &path, bool patterns)
{
    for (qsizetype i = 0; i < names.size(); ++i) {
        const bool ok = patterns ? isInterfacePattern(names[i]) : isInterfaceName(names[i]);
        if (!ok)
            r.error(JsonReader::join(path, i), "format",
                    patterns ? msg::Id("config.format.interface_pattern") : msg::Id("config.format.interface_name"),
                    {{QStringLiteral("value"), names[i]}});
    }
}

Interfaces readInterfaces(JsonReader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path, {"wan", "lan", "tunnels", "alternate"});
    Interfaces i;
    i.wan = r.strings(o, "wan", path);
    readNames(r, i.wan, JsonReader::join(path, QStringLiteral("wan")), false);
    i.lan = r.strings(o, "lan", path);
    readNames(r, i.lan, JsonReader::join(path, QStringLiteral("lan")), false);
    i.tunnels = r.strings(o, "tunnels", path);
    readNames(r, i.tunnels, JsonReader::join(path, QStringLiteral("tunnels")), true);
    i.alternate = r.string(o, "alternate", path, {});
    if (!i.alternate.isEmpty() && !isInterfaceName(i.alternate))
        r.error(JsonReader::join(path, QStringLiteral("alternate")), "format", msg::Id("config.format.interface"),
                {{QStringLiteral("value"), i.alternate}});
    return i;
}

void checkName(JsonReader &r, const QString &name, const QString &path)
{
    if (!name.isEmpty() && !isObjectName(name))
        r.error(path, "format", msg::Id("config.format.name"), {{QStringLiteral("value"), name}});
}

QList<Pool> readPools(JsonReader &r, const QJsonArray &a, const QString &path)
{
    QList<Pool> pools;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = JsonReader::join(path, i);
        if (!a.at(i).isObject()) {
            r.error(p, "type", msg::Id("config.type.object"));
            continue;
        }
        const QJsonObject o = a.at(i).toObject();
        r.onlyKeys(o, p, {"name", "subnet", "exit", "users"});
        Pool pool;
        pool.name = r.string(o, "name", p, {}, true);
        checkName(r, pool.name, JsonReader::join(p, QStringLiteral("name")));
        pool.subnet = r.prefix(o, "subnet", p, true);
        pool.exit = r.string(o, "exit", p, {});
        const QJsonArray users = r.array(o, "users", p);
        for (qsizetype u = 0; u < users.size(); ++u) {
            const QString up = JsonReader::join(JsonReader::join(p, QStringLiteral("users")), u);
            if (!users.at(u).isObject()) {
                r.error(up, "type", msg::Id("config.type.object"));
                continue;
            }
            const QJsonObject uo = users.at(u).toObject();
            r.onlyKeys(uo, up, {"name", "address", "exit"});
            User user;
            user.name = r.string(uo, "name", up, {}, true);
            checkName(r, user.name, JsonReader::join(up, QStringLiteral("name")));
            user.address = r.address(uo, "address", up, true);
            user.exit = r.string(uo, "exit", up, {});
            pool.users.append(user);
        }
        pools.append(pool);
    }
    return pools;
}

Nat readNat(JsonReader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path, {"masquerade", "mssClamp"});
    Nat nat;
    nat.mssClamp = r.boolean(o, "mssClamp", path, true);
    const QString mp = JsonReader::join(path, QStringLiteral("masquerade"));
    const QJsonArray a = r.array(o, "masquerade", path);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = JsonReader::join(mp, i);
        if (!a.at(i).isObject()) {
            r.error(p, "type", msg::Id("config.type.object"));
            continue;
        }
        const QJsonObject m = a.at(i).toObject();
        r.onlyKeys(m, p, {"source", "out"});
        Masquerade entry;
        entry.source = r.prefix(m, "source", p, true);
        entry.out = r.string(m, "out", p, {}, true);
        if (!entry.out.isEmpty() && !isInterfaceName(entry.out))
            r.error(JsonReader::join(p, QStringLiteral("out")), "format", msg::Id("config.format.interface"),
                    {{QStringLiteral("value"), entry.out}});
        nat.masquerade.append(entry);
    }
    return nat;
}

QList<Exit> readExits(JsonReader &r, const QJsonArray &a, const QString &path)
{
    QList<Exit> exits;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QString p = JsonReader::join(path, i);
        if (!a.at(i).isObject()) {
            r.error(p, "type", msg::Id("config.type.object"));
            continue;
        }
        const QJsonObject o = a.at(i).toObject();
        r.onlyKeys(o, p, {"name", "type", "mark", "table", "device", "server", "port", "username", "password"});
        Exit e;
        e.name = r.string(o, "name", p, {}, true);
        checkName(r, e.name, JsonReader::join(p, QStringLiteral("name")));
        e.type = readEnum(r, o, "type", p, kExitTypes, ExitType::Direct);
        e.mark = r.u32(o, "mark", p, 0);
        e.table = r.u32(o, "table", p, 0);
        e.device = r.string(o, "device", p, {});
        if (!e.device.isEmpty() && !isInterfaceName(e.device))
            r.error(JsonReader::join(p, QStringLiteral("device")), "format", msg::Id("config.format.interface"),
                    {{QStringLiteral("value"), e.device}});
        e.server = r.string(o, "server", p, {});
        e.port = quint16(r.integer(o, "port", p, 0, 0, 65535));
        e.username = r.string(o, "username", p, {});
        e.password = r.string(o, "password", p, {});
        exits.append(e);
    }
    return exits;
}

Routing readRouting(JsonReader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path, {"tableBase", "priorityBase", "markMask", "repairDrift"});
    Routing d;
    Routing out;
    out.tableBase = quint32(r.integer(o, "tableBase", path, d.tableBase, 1, 0xffffffffLL - 100));
    // Rule priorities 0, 32766 and 32767 are the kernel's local/main/default rules.
    out.priorityBase = quint32(r.integer(o, "priorityBase", path, d.priorityBase, 1, 32765 - 999));
    out.markMask = r.u32(o, "markMask", path, d.markMask);
    out.repairDrift = r.boolean(o, "repairDrift", path, d.repairDrift);
    return out;
}

Bypass readBypass(JsonReader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path, {"mainRouter", "address", "dhcp", "nat", "ipv6Secondary"});
    Bypass b;
    b.mainRouter = r.address(o, "mainRouter", path, false);
    b.address = r.prefix(o, "address", path, false);
    b.dhcp = readEnum(r, o, "dhcp", path, kDhcp, Dhcp::Main);
    b.nat = r.boolean(o, "nat", path, false);
    b.ipv6Secondary = r.boolean(o, "ipv6Secondary", path, false);
    return b;
}

Capture readCapture(JsonReader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path, {"mode", "tun", "mtu", "maxFlows", "workers", "receiveSteering", "packetInterfaces"});
    const Capture d;
    Capture c;
    c.mode = readEnum(r, o, "mode", path, kCaptureModes, d.mode);
    c.tun = r.string(o, "tun", path, d.tun);
    if (!isInterfaceName(c.tun))
        r.error(JsonReader::join(path, QStringLiteral("tun")), "format", msg::Id("config.format.interface"),
                {{QStringLiteral("value"), c.tun}});
    // 576 is the IPv4 minimum every host must accept; beyond 9000 no NIC forwards it.
    c.mtu = int(r.integer(o, "mtu", path, d.mtu, 576, 9000));
    c.maxFlows = int(r.integer(o, "maxFlows", path, d.maxFlows, 16, 1000000));
    // One TUN queue per worker; the kernel allows 256, more than 64 helps nothing.
    c.workers = int(r.integer(o, "workers", path, d.workers, 0, 64));
    c.receiveSteering = r.boolean(o, "receiveSteering", path, d.receiveSteering);
    c.packetInterfaces = r.strings(o, "packetInterfaces", path);
    readNames(r, c.packetInterfaces, JsonReader::join(path, QStringLiteral("packetInterfaces")), true);
    return c;
}

Dns readDns(JsonReader &r, const QJsonObject &o, const QString &path)
{
    r.onlyKeys(o, path, {"wanResolver", "redirectGroup"});
    Dns d;
    d.wanResolver = r.string(o, "wanResolver", path, {});
    d.redirectGroup = r.string(o, "redirectGroup", path, {});
    return d;
}

// The fields a cross-field rule reads besides the one it reports: with one
// of them malformed (left at its default), the rule's error would only
// repeat the first one in other words ("eth0 is not one of the WAN
// interfaces (none is set)" under a WAN that is a string, not a list).
QStringList inputsOf(const FieldError &fe)
{
    const QString &id = fe.id;
    if (id.startsWith(u"config.nat.out_"))
        return {QStringLiteral("/interfaces/wan"), QStringLiteral("/exits")};
    if (id.startsWith(u"config.pool.unmasqueraded"))
        return {QStringLiteral("/nat/masquerade")};
    if (id == u"config.exit.unknown")
        return {QStringLiteral("/exits")};
    if (id == u"config.bypass.main_router_off_lan" || id == u"config.bypass.main_router_is_self")
        return {QStringLiteral("/bypass/address")};
    if (id == u"config.interfaces.wan_and_lan")
        return {QStringLiteral("/interfaces/wan"), QStringLiteral("/interfaces/lan")};
    if (id == u"config.interfaces.alternate_conflict")
        return {QStringLiteral("/interfaces/wan"), QStringLiteral("/interfaces/lan"), QStringLiteral("/interfaces/alternate")};
    if (id == u"config.dns.redirect_needs_resolver")
        return {QStringLiteral("/dns/wanResolver")};
    return {};
}

// `a` is `b` or one holds the other (a malformed /interfaces covers its wan).
bool overlaps(const QString &a, const QString &b)
{
    const auto within = [](const QString &inner, const QString &outer) {
        return inner.size() > outer.size() && inner.startsWith(outer) && inner[outer.size()] == u'/';
    };
    return a == b || within(a, b) || within(b, a);
}

} // namespace

QString roleName(Role r)
{
    for (const auto &e : kRoles)
        if (e.role == r)
            return QLatin1String(e.name);
    return QStringLiteral("none");
}

std::optional<Role> roleFromName(const QString &name)
{
    for (const auto &e : kRoles)
        if (name == QLatin1String(e.name))
            return e.role;
    return std::nullopt;
}

quint32 captureMark(const Routing &r)
{
    if (r.markMask == 0)
        return 0;
    quint32 bit = 0x80000000u;
    while (!(r.markMask & bit))
        bit >>= 1;
    return bit;
}

bool hasIpv4Pool(const Config &c)
{
    return std::ranges::any_of(c.pools, [](const Pool &p) { return p.subnet.isValid() && !p.subnet.isIpv6(); });
}

bool captureAsked(const Config &c, bool probeSaysCompat)
{
    if (c.role == Role::None || c.capture.mode == CaptureMode::Off)
        return false;
    return c.capture.mode == CaptureMode::On || probeSaysCompat;
}

bool captureWanted(const Config &c, bool probeSaysCompat)
{
    return captureAsked(c, probeSaysCompat) && hasIpv4Pool(c);
}

Config defaults()
{
    return Config{};
}

Result<Config> fromJson(const QJsonObject &doc, Config *parsedAnyway)
{
    JsonReader r;
    const QString root;
    // "revision" is the store's counter; accepted so a config.get result can be sent back as is.
    r.onlyKeys(doc, root, {"version", "revision", "role", "interfaces", "pools", "nat", "routing", "bypass", "exits",
                           "capture", "dns", "ipv6", "debug"});
    Config c;
    const qint64 version = r.integer(doc, "version", root, 0, 1, 1 << 20, true);
    if (version > kSchemaVersion) {
        // Never half-understand a document written by a newer Byway.
        JsonReader v;
        v.error(QStringLiteral("/version"), "version", msg::Id("config.version.newer"),
                {{QStringLiteral("version"), version}, {QStringLiteral("supported"), kSchemaVersion}});
        Error e = Error::make(ErrorCode::ValidationFailed, v.errors().first().message, QStringLiteral("/version"));
        e.errors = v.takeErrors();
        return std::unexpected(e);
    }
    c.version = kSchemaVersion;

    const QString roleText = r.string(doc, "role", root, QStringLiteral("none"));
    if (auto role = roleFromName(roleText))
        c.role = *role;
    else
        r.error(QStringLiteral("/role"), "format", msg::Id("config.format.enum"),
                {{QStringLiteral("value"), roleText},
                 {QStringLiteral("allowed"), QJsonArray{QStringLiteral("none"), QStringLiteral("vpn-gateway"),
                                                        QStringLiteral("bypass-router"), QStringLiteral("secondary-router"),
                                                        QStringLiteral("wan-separated")}}});

    c.interfaces = readInterfaces(r, r.object(doc, "interfaces", root), QStringLiteral("/interfaces"));
    c.pools = readPools(r, r.array(doc, "pools", root), QStringLiteral("/pools"));
    c.nat = readNat(r, r.object(doc, "nat", root), QStringLiteral("/nat"));
    c.routing = readRouting(r, r.object(doc, "routing", root), QStringLiteral("/routing"));
    c.bypass = readBypass(r, r.object(doc, "bypass", root), QStringLiteral("/bypass"));
    c.exits = readExits(r, r.array(doc, "exits", root), QStringLiteral("/exits"));
    c.capture = readCapture(r, r.object(doc, "capture", root), QStringLiteral("/capture"));
    c.dns = readDns(r, r.object(doc, "dns", root), QStringLiteral("/dns"));
    const QJsonObject ipv6 = r.object(doc, "ipv6", root);
    r.onlyKeys(ipv6, QStringLiteral("/ipv6"), {"enabled", "egressTargets"});
    c.ipv6.enabled = r.boolean(ipv6, "enabled", QStringLiteral("/ipv6"), false);
    c.ipv6.egressTargets = r.strings(ipv6, "egressTargets", QStringLiteral("/ipv6"));
    const QJsonObject debug = r.object(doc, "debug", root);
    r.onlyKeys(debug, QStringLiteral("/debug"), {"categories"});
    c.debug.categories = r.strings(debug, "categories", QStringLiteral("/debug"));

    // Cross-field rules only make sense on a well-typed document, but the
    // admin still wants them in the same answer: run them on what parsed.
    QList<FieldError> errors = r.takeErrors();
    const QList<FieldError> malformed = errors;
    for (const FieldError &fe : validate(c)) {
        // One error per field, and none through a rule that read a
        // malformed one.
        const QStringList inputs = inputsOf(fe);
        const bool seen = std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError &e) { return e.path == fe.path; });
        const bool follows = std::any_of(malformed.cbegin(), malformed.cend(), [&](const FieldError &e) {
            return std::any_of(inputs.cbegin(), inputs.cend(), [&](const QString &in) { return overlaps(e.path, in); });
        });
        if (!seen && !follows)
            errors.append(fe);
    }
    if (parsedAnyway)
        *parsedAnyway = c;
    if (!errors.isEmpty()) {
        Error e = Error::make(ErrorCode::ValidationFailed,
                              errors.size() == 1 ? QStringLiteral("the config has 1 error")
                                                 : QStringLiteral("the config has %1 errors").arg(errors.size()),
                              errors.first().path);
        e.errors = std::move(errors);
        return std::unexpected(e);
    }
    return c;
}

QJsonObject toJson(const Config &c, bool redactSecrets)
{
    QJsonArray pools;
    for (const Pool &p : c.pools) {
        QJsonArray users;
        for (const User &u : p.users) {
            QJsonObject uo{{QStringLiteral("name"), u.name}, {QStringLiteral("address"), u.address.toString()}};
            if (!u.exit.isEmpty())
                uo.insert(QStringLiteral("exit"), u.exit);
            users.append(uo);
        }
        QJsonObject po{{QStringLiteral("name"), p.name}, {QStringLiteral("subnet"), p.subnet.toString()},
                       {QStringLiteral("users"), users}};
        if (!p.exit.isEmpty())
            po.insert(QStringLiteral("exit"), p.exit);
        pools.append(po);
    }
    QJsonArray masq;
    for (const Masquerade &m : c.nat.masquerade)
        masq.append(QJsonObject{{QStringLiteral("source"), m.source.toString()}, {QStringLiteral("out"), m.out}});
    QJsonArray exits;
    for (const Exit &e : c.exits) {
        QJsonObject eo{{QStringLiteral("name"), e.name}, {QStringLiteral("type"), nameOf(kExitTypes, e.type)}};
        if (e.type == ExitType::Direct) {
            eo.insert(QStringLiteral("mark"), hex32(e.mark));
            eo.insert(QStringLiteral("table"), qint64(e.table));
            eo.insert(QStringLiteral("device"), e.device);
        } else {
            eo.insert(QStringLiteral("server"), e.server);
            eo.insert(QStringLiteral("port"), e.port);
            eo.insert(QStringLiteral("username"), e.username);
            eo.insert(QStringLiteral("password"),
                      redactSecrets && !e.password.isEmpty() ? QStringLiteral("***") : e.password);
        }
        exits.append(eo);
    }
    QJsonObject bypass{{QStringLiteral("dhcp"), nameOf(kDhcp, c.bypass.dhcp)},
                       {QStringLiteral("nat"), c.bypass.nat},
                       {QStringLiteral("ipv6Secondary"), c.bypass.ipv6Secondary}};
    if (!c.bypass.mainRouter.isNull())
        bypass.insert(QStringLiteral("mainRouter"), c.bypass.mainRouter.toString());
    if (c.bypass.address.isValid())
        bypass.insert(QStringLiteral("address"), c.bypass.address.toString());

    return QJsonObject{
        {QStringLiteral("version"), c.version},
        {QStringLiteral("role"), roleName(c.role)},
        {QStringLiteral("interfaces"),
         QJsonObject{{QStringLiteral("wan"), QJsonArray::fromStringList(c.interfaces.wan)},
                     {QStringLiteral("lan"), QJsonArray::fromStringList(c.interfaces.lan)},
                     {QStringLiteral("tunnels"), QJsonArray::fromStringList(c.interfaces.tunnels)},
                     {QStringLiteral("alternate"), c.interfaces.alternate}}},
        {QStringLiteral("pools"), pools},
        {QStringLiteral("nat"), QJsonObject{{QStringLiteral("masquerade"), masq}, {QStringLiteral("mssClamp"), c.nat.mssClamp}}},
        {QStringLiteral("routing"),
         QJsonObject{{QStringLiteral("tableBase"), qint64(c.routing.tableBase)},
                     {QStringLiteral("priorityBase"), qint64(c.routing.priorityBase)},
                     {QStringLiteral("markMask"), hex32(c.routing.markMask)},
                     {QStringLiteral("repairDrift"), c.routing.repairDrift}}},
        {QStringLiteral("bypass"), bypass},
        {QStringLiteral("exits"), exits},
        {QStringLiteral("capture"),
         QJsonObject{{QStringLiteral("mode"), nameOf(kCaptureModes, c.capture.mode)},
                     {QStringLiteral("tun"), c.capture.tun},
                     {QStringLiteral("mtu"), c.capture.mtu},
                     {QStringLiteral("maxFlows"), c.capture.maxFlows},
                     {QStringLiteral("workers"), c.capture.workers},
                     {QStringLiteral("receiveSteering"), c.capture.receiveSteering},
                     {QStringLiteral("packetInterfaces"), QJsonArray::fromStringList(c.capture.packetInterfaces)}}},
        {QStringLiteral("dns"), QJsonObject{{QStringLiteral("wanResolver"), c.dns.wanResolver},
                                            {QStringLiteral("redirectGroup"), c.dns.redirectGroup}}},
        {QStringLiteral("ipv6"), QJsonObject{{QStringLiteral("enabled"), c.ipv6.enabled},
                                             {QStringLiteral("egressTargets"), QJsonArray::fromStringList(c.ipv6.egressTargets)}}},
        {QStringLiteral("debug"), QJsonObject{{QStringLiteral("categories"), QJsonArray::fromStringList(c.debug.categories)}}},
    };
}

} // namespace byway::config
