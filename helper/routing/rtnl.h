// SPDX-License-Identifier: GPL-3.0-or-later
// rtnetlink through libmnl: routes in every table, FIB rules, addresses,
// links, neighbours, and route lookups as the kernel would make them.
#pragma once

#include "netlink/socket.h"
#include "routing/types.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace byway::route {

struct Link {
    QString name;
    int index = 0;
    bool up = false;          // IFF_UP (administrative state)
    bool lowerUp = false;     // IFF_LOWER_UP (carrier)
    // Resolves next hops by ARP/NDP (Ethernet, veth, bridge, tap); false
    // for point-to-point and NOARP links (WireGuard, tun, PPP) and loopback.
    bool resolves = false;
    quint32 mtu = 0;
    QString kind;             // IFLA_INFO_KIND ("veth", "bridge", "wireguard"...), empty for hardware
    QJsonObject toJson() const;
};

// A flow to ask the kernel about ("explain this flow").
struct Query {
    QHostAddress dst;
    QHostAddress src;                 // null: the kernel picks one
    std::optional<quint32> mark;      // RTA_MARK: the fwmark FIB rules see
    QString iif;                      // set: simulate a packet arriving there (forwarded traffic)
    std::optional<quint32> uid;       // RTA_UID: for uidrange rules
    std::optional<quint8> ipProto;    // RTA_IP_PROTO (6 tcp, 17 udp), with dport for port rules
    std::optional<quint16> dport;
};

struct LookupResult {
    // The route as resolved for the flow (RTM_GETROUTE without FIB_MATCH).
    quint32 table = 0;
    QHostAddress gateway;
    QString dev;
    QHostAddress prefsrc;
    RouteType type = RouteType::Unicast;
    // The FIB entry that matched (RTM_F_FIB_MATCH): its prefix and owner.
    Prefix matched;
    quint8 protocol = 0;
    quint32 metric = 0;
    // The kernel does not say which FIB rule chose the table; this is the
    // first rule in priority order that matches the query and leads to
    // `table`, computed from a rule dump. Empty if none does (e.g. a rule
    // with selectors Byway does not model, such as suppress_prefixlength).
    std::optional<quint32> rulePriority;
    int errnoResult = 0;              // unreachable/prohibit answers: the errno the kernel gave
    // The kernel gave no FIB match (reject routes, non-local source): the
    // route and rule come from the rule and route dumps, in kernel order.
    bool derived = false;

    [[nodiscard]] QString toText() const;
    [[nodiscard]] QJsonObject toJson() const;
};

class Rtnl {
public:
    [[nodiscard]] static Result<Rtnl> open();
    Rtnl(Rtnl &&) noexcept;
    Rtnl &operator=(Rtnl &&) noexcept;
    ~Rtnl();

    // Routes of `family` in every table (or one), without cloned/cache
    // entries and without local/broadcast/multicast routes. ownedOnly:
    // rtm_protocol == kProtocol.
    [[nodiscard]] Result<QList<RouteSpec>> routes(Family family, std::optional<quint32> table = {}, bool ownedOnly = false);
    [[nodiscard]] Result<void> addRoute(const RouteSpec &r);
    // A route that is already gone is not an error (see rtnl_route.cpp).
    [[nodiscard]] Result<void> deleteRoute(const RouteSpec &r);

    [[nodiscard]] Result<QList<RuleSpec>> rules(Family family, bool ownedOnly = false);
    [[nodiscard]] Result<void> addRule(const RuleSpec &r);
    [[nodiscard]] Result<void> deleteRule(const RuleSpec &r);

    // Addresses of one interface (all interfaces if dev is empty).
    [[nodiscard]] Result<QList<AddressSpec>> addresses(const QString &dev = {}, bool ownedOnly = false);
    [[nodiscard]] Result<void> addAddress(const AddressSpec &a);
    [[nodiscard]] Result<void> deleteAddress(const AddressSpec &a);

    // Neighbours in a reachable, stale, delay or probe state, IPv4 and
    // IPv6 (not link-local), on every link; at most `limit` of them.
    [[nodiscard]] Result<QList<Neighbour>> neighbours(int limit);

    [[nodiscard]] Result<int> ifindex(const QString &name);
    [[nodiscard]] Result<QString> ifname(int index);
    [[nodiscard]] Result<QList<Link>> links();

    [[nodiscard]] Result<LookupResult> lookup(const Query &q);

    // Change requests sent (adds and deletes), for tests and benches: an
    // apply of an unchanged state must leave this where it was.
    [[nodiscard]] quint64 writes() const { return m_writes; }
    // The netlink port of this socket: notifications caused by its changes carry it.
    [[nodiscard]] unsigned portid() const { return m_sock.portid(); }

private:
    explicit Rtnl(netlink::Socket sock);
    using MessageFn = netlink::MessageFn;
    // Sends one request (NLM_F_ACK added unless it is a dump), feeds replies to
    // `onMessage`; errno on failure, the kernel's extended-ack text in `why`.
    // A dump the kernel interrupts is read again after `restart` (which
    // forgets what was collected); see netlink::Socket::dump.
    int exchange(nlmsghdr *req, const MessageFn &onMessage, QString *why = nullptr,
                 const std::function<void()> &restart = {});
    // A change request: counts as a write, maps errors to KernelFailed naming `what`.
    // `what` (the ip line) is built only for the debug log and errors.
    [[nodiscard]] Result<void> change(nlmsghdr *req, const std::function<QString()> &what, bool goneIsOk = false);
    [[nodiscard]] Result<QHash<int, QString>> linkNames();
    [[nodiscard]] std::optional<quint32> derivedRulePriority(const Query &q, quint32 table, int matchedLength);
    void explainFromDumps(const Query &q, LookupResult &res);
    [[nodiscard]] static bool ruleMatches(const RuleSpec &normalizedRule, const Query &q);

    netlink::Socket m_sock;
    quint64 m_writes = 0;
    // Interface name -> index, refreshed by every link dump and dropped on
    // ENODEV; saves a RTM_GETLINK round trip per route of a big apply.
    // Indexes are not reused within a namespace's lifetime (a counter), so a
    // stale entry can only point at a gone device, which the kernel refuses.
    QHash<QString, int> m_ifindex;
};

// Error for a failed kernel request: "ip route add ...: Network is unreachable".
[[nodiscard]] Error kernelError(const QString &what, int err, const QString &extack = {});

} // namespace byway::route
