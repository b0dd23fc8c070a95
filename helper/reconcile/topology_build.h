// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to topology.get: the builder of its JSON and the parts every role
// draws (ports, known clients, exits, the compat capture), shared by
// topology.cpp and topology_roles.cpp.
#pragma once

#include "reconcile/topology.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace byway::reconcile::topo {

class Builder
{
public:
    void node(const QString &id, const char *kind, const QString &label, const QString &detail = {},
              const QJsonObject &extra = {})
    {
        QJsonObject n{{QStringLiteral("id"), id},
                      {QStringLiteral("kind"), QLatin1String(kind)},
                      {QStringLiteral("label"), label},
                      {QStringLiteral("detail"), detail}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            n.insert(it.key(), it.value());
        m_nodes.append(n);
    }
    // A physical connection (cable, bridge, tunnel) with no traffic direction.
    void link(const QString &from, const QString &to)
    {
        m_links.append(QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}});
    }
    // A path counted by the capture rather than by nftables rules.
    void capturePath(const QString &id, const char *kind, const QStringList &hops, const QJsonObject &counters,
                     bool up, const QString &note = {})
    {
        const char *bytes = up ? "bytesOut" : "bytesIn";
        const qint64 all = qint64(counters.value(QStringLiteral("packets")).toDouble());
        const qint64 in = qint64(counters.value(QStringLiteral("packetsIn")).toDouble());
        m_paths.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("kind"), QLatin1String(kind)},
                                   {QStringLiteral("hops"), QJsonArray::fromStringList(hops)},
                                   {QStringLiteral("ruleIds"), QJsonArray()},
                                   {QStringLiteral("counter"), QStringLiteral("capture")},
                                   {QStringLiteral("exit"), counters.value(QStringLiteral("exit"))},
                                   {QStringLiteral("note"), note},
                                   {QStringLiteral("packets"), up ? all - in : in},
                                   {QStringLiteral("bytes"), qint64(counters.value(QLatin1String(bytes)).toDouble())}});
    }
    void set(const char *key, const QJsonValue &v) { m_extra.insert(QLatin1String(key), v); }
    // kind: "upstream" (towards the internet), "return" (back to clients), "link" (no traffic direction)
    void path(const QString &id, const char *kind, const QStringList &hops, const QStringList &ruleIds,
              const QString &note = {})
    {
        m_paths.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("kind"), QLatin1String(kind)},
                                   {QStringLiteral("hops"), QJsonArray::fromStringList(hops)},
                                   {QStringLiteral("ruleIds"), QJsonArray::fromStringList(ruleIds)},
                                   {QStringLiteral("note"), note},
                                   {QStringLiteral("packets"), 0},
                                   {QStringLiteral("bytes"), 0}});
    }
    // Traffic Byway drops on purpose, counted: a separate list so a client
    // that knows only upstream/return paths draws what it drew before.
    // `reason` is a stable code: "source-outside-pools".
    void drop(const QString &id, const char *reason, const QStringList &hops, const QStringList &ruleIds)
    {
        m_drops.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("reason"), QLatin1String(reason)},
                                   {QStringLiteral("hops"), QJsonArray::fromStringList(hops)},
                                   {QStringLiteral("ruleIds"), QJsonArray::fromStringList(ruleIds)},
                                   {QStringLiteral("packets"), 0},
                                   {QStringLiteral("bytes"), 0}});
    }
    [[nodiscard]] QJsonObject build(const config::Config &c) const
    {
        QJsonObject out{{QStringLiteral("role"), config::roleName(c.role)},
                        {QStringLiteral("nodes"), m_nodes},
                        {QStringLiteral("links"), m_links},
                        {QStringLiteral("paths"), m_paths},
                        {QStringLiteral("drops"), m_drops}};
        for (auto it = m_extra.begin(); it != m_extra.end(); ++it)
            out.insert(it.key(), it.value());
        return out;
    }

private:
    QJsonObject m_extra;
    QJsonArray m_links;
    QJsonArray m_nodes;
    QJsonArray m_paths;
    QJsonArray m_drops;
};

[[nodiscard]] inline QString joined(const QStringList &l)
{
    return l.join(QStringLiteral(", "));
}

// The subnets of `dev` (network addresses with their prefix), IPv4 first.
[[nodiscard]] QStringList subnetsOf(const TopologyLive &live, const QString &dev);
// One port of this box as the this-box node lists it: its addresses and
// their subnets, else `fallback`'s (the address configured for it). A
// pattern's ("vpns*") are those of the interfaces it matches, which it
// names (`interfaces`, up to kTopologyMaxMembers, and `interfaceCount`).
[[nodiscard]] QJsonObject port(const TopologyLive &live, const QString &name, const char *role,
                               const std::optional<config::Prefix> &fallback = std::nullopt);
[[nodiscard]] QJsonObject ports(const QJsonArray &list);
// Appends a port of `role` for each of `names`.
void addPorts(QJsonArray &out, const TopologyLive &live, const QStringList &names, const char *role);
// A direct exit in words the GUI translates: "table N mark 0xM", "dev X",
// "main table"; SOCKS5 "SOCKS5 host:port".
[[nodiscard]] QString exitDetail(const config::Exit &e);

// Where known clients are looked for: the VPN server's sessions and the
// capture's users of `pool` (any pool if null), and the neighbour table's
// hosts on `devs` (any port if empty) inside `pool`, except `notClients`
// (the main router).
struct ClientScope {
    const config::Pool *pool = nullptr;
    QStringList devs;
    QList<QHostAddress> notClients;
};
// The known clients, bounded; `membersMore` says how many were left out.
[[nodiscard]] QJsonObject members(const config::Config &c, const TopologyLive &live, const ClientScope &scope);

// The compat capture: a node on this box's client side and, per exit it
// used, an upstream and a return path counted by the capture itself.
void capture(Builder &b, const config::Config &c, const TopologyLive &live, const QString &clientSide);
// Each exit as a node between this box and the internet.
void exits(Builder &b, const config::Config &c, const QString &wan);

void vpnGateway(Builder &b, const config::Config &c, const TopologyLive &live);
void bypass(Builder &b, const config::Config &c, const TopologyLive &live, bool secondary);
void wanSeparated(Builder &b, const config::Config &c, const TopologyLive &live);

} // namespace byway::reconcile::topo
