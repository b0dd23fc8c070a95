// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace byway::config {

// Schema version of /etc/byway/byway.json. A document with a newer version is
// refused (never half-understood); older versions are migrated on load.
inline constexpr int kSchemaVersion = 1;

enum class Role { None, VpnGateway, BypassRouter, SecondaryRouter, WanSeparated };
[[nodiscard]] QString roleName(Role r);
[[nodiscard]] std::optional<Role> roleFromName(const QString &name);

// An address with its prefix length, as the user wrote it ("10.20.0.0/24").
struct Prefix {
    QHostAddress address;
    int length = -1;
    [[nodiscard]] bool isValid() const { return length >= 0; }
    [[nodiscard]] bool isIpv6() const { return address.protocol() == QAbstractSocket::IPv6Protocol; }
    [[nodiscard]] QString toString() const;
    // True when every address of `inner` is inside this prefix.
    [[nodiscard]] bool covers(const Prefix &inner) const;
    [[nodiscard]] bool contains(const QHostAddress &a) const;
    [[nodiscard]] static std::optional<Prefix> parse(const QString &text);
    friend bool operator==(const Prefix &, const Prefix &) = default;
};
// The prefix with its host bits cleared: 10.20.0.5/24 -> 10.20.0.0/24.
[[nodiscard]] Prefix networkOf(const Prefix &p);
// `a` is the network or broadcast address of IPv4 `subnet` (/30 or wider,
// so with hosts between them): no host, router or client, has it.
[[nodiscard]] bool isNetworkOrBroadcast(const Prefix &subnet, const QHostAddress &a);
// `text` as inet_pton reads an address: a dotted quad of decimal octets or
// IPv6, nothing else. QHostAddress alone also takes inet_aton's forms
// ("10.20.5" is 10.20.0.5, "010.20.0.5" is 8.20.0.5): other hosts than the
// one an admin meant.
[[nodiscard]] std::optional<QHostAddress> parseAddress(const QString &text);
// An address that one host can have: not 0.0.0.0 or ::, broadcast or
// multicast (0.0.0.0 and :: reach this box itself).
[[nodiscard]] bool isUnicast(const QHostAddress &a);
// `text` is such an address, read as parseAddress reads it.
[[nodiscard]] bool isUnicastAddress(const QString &text);

struct Interfaces {
    QStringList wan;       // exact names: egress towards the main router / internet
    QStringList lan;       // exact names: LAN ports or bridges
    QStringList tunnels;   // patterns ("vpns*", "ppp*", "ikec*"): VPN server interfaces
    QString alternate;     // bypass/secondary: second port on the alternate bridge
    friend bool operator==(const Interfaces &, const Interfaces &) = default;
};
// `name` is one that `pattern` (of interfaces.tunnels) takes: the name
// itself, or any that starts with what comes before a trailing '*'.
[[nodiscard]] bool matchesInterfacePattern(const QString &pattern, const QString &name);

struct User {
    QString name;
    QHostAddress address;  // static assignment inside the pool
    QString exit;          // overrides the pool's exit; empty = pool's
    friend bool operator==(const User &, const User &) = default;
};

struct Pool {
    QString name;
    Prefix subnet;         // the addresses the VPN server hands out
    QString exit;          // name of an exit; empty = main table, no mark
    QList<User> users;
    friend bool operator==(const Pool &, const Pool &) = default;
};

struct Masquerade {
    Prefix source;
    QString out;           // WAN interface name
    friend bool operator==(const Masquerade &, const Masquerade &) = default;
};

struct Nat {
    QList<Masquerade> masquerade;
    bool mssClamp = true;  // clamp TCP MSS to the path MTU on forwarded SYNs
    friend bool operator==(const Nat &, const Nat &) = default;
};

enum class ExitType { Direct, Socks5 };

struct Exit {
    QString name;
    ExitType type = ExitType::Direct;
    // direct: any of mark / table / device select the path (0/empty = unset)
    quint32 mark = 0;
    quint32 table = 0;
    QString device;
    // socks5
    QString server;        // address or host name
    quint16 port = 0;
    QString username;
    QString password;      // secret: redacted in logs and for read-only callers
    friend bool operator==(const Exit &, const Exit &) = default;
};

struct Routing {
    // Byway's own ranges; allocations are checked against other owners found by the probe.
    quint32 tableBase = 2100;     // Byway tables are tableBase .. tableBase+99
    quint32 priorityBase = 21000; // Byway FIB rules are priorityBase .. priorityBase+999
    quint32 markMask = 0x00b70000; // bits of skb->mark Byway may use
    // When Byway's kernel objects vanish or change (a flushed ruleset, a
    // firewall restart, a link that took its routes down): re-apply, or
    // only report the drift as an event.
    bool repairDrift = true;
    friend bool operator==(const Routing &, const Routing &) = default;
};

enum class Dhcp { Main, Side, None };

// bypass-router and secondary-router details.
struct Bypass {
    QHostAddress mainRouter;   // the main router's address on the primary LAN
    Prefix address;            // this box's address on the primary LAN, with prefix
    Dhcp dhcp = Dhcp::Main;    // which box serves DHCP on the primary LAN (exactly one)
    bool nat = false;          // secondary-router only: masquerade towards the main router
    bool ipv6Secondary = false;// IPv6 as a secondary route on the alternate port
    friend bool operator==(const Bypass &, const Bypass &) = default;
};

enum class CaptureMode { Auto, On, Off };

struct Capture {
    CaptureMode mode = CaptureMode::Auto; // auto: on when the probe says Compat
    QString tun = QStringLiteral("byway0");
    int mtu = 1300;                        // ESP-carrying paths; L2TP wants 1280
    int maxFlows = 4096;
    int workers = 0;                       // packet threads (TUN queues); 0 = one per CPU
    bool receiveSteering = true;           // RPS on the TUN over the CPUs (capture/tun.h)
    QStringList packetInterfaces;          // AF_PACKET capture patterns, e.g. "ikec*"
    friend bool operator==(const Capture &, const Capture &) = default;
};

struct Dns {
    QString wanResolver;   // "127.0.0.1:54": WAN-only resolver; empty = none
    QString redirectGroup; // DNS of processes of this group goes to wanResolver
    friend bool operator==(const Dns &, const Dns &) = default;
};

struct Ipv6 {
    bool enabled = false;  // stays off in the kernel until the IPv6 egress probe passes
    // "[2001:db8::1]:443": what bywayd's own probes connect to, at start and
    // when this changes, to verify IPv6 egress before IPv6 features come on.
    QStringList egressTargets;
    friend bool operator==(const Ipv6 &, const Ipv6 &) = default;
};

struct Debug {
    QStringList categories; // debug categories on at start, e.g. "probe", "nft"
    friend bool operator==(const Debug &, const Debug &) = default;
};

struct Config {
    int version = kSchemaVersion;
    Role role = Role::None;   // none: probe and report only, change nothing in the kernel
    Interfaces interfaces;
    QList<Pool> pools;
    Nat nat;
    Routing routing;
    Bypass bypass;
    QList<Exit> exits;
    Capture capture;
    Dns dns;
    Ipv6 ipv6;
    Debug debug;
    friend bool operator==(const Config &, const Config &) = default;
};

// The mark the compat capture puts on its own outbound sockets so they skip
// the capture's FIB rules: the highest bit of routing.markMask, reserved
// (exit marks may not use it).
[[nodiscard]] quint32 captureMark(const Routing &r);

// Byway's own routing tables, never an exit's: tableBase holds a bypass
// router's default towards the main router, the last of Byway's 100
// (tableBase + 99) the compat capture's route into its TUN.
[[nodiscard]] inline quint32 bypassTable(const Routing &r) { return r.tableBase; }
[[nodiscard]] inline quint32 captureTable(const Routing &r) { return r.tableBase + 99; }

// The compat capture is asked for: capture.mode on, or auto when the probe
// found no usable netfilter path; never for role none.
[[nodiscard]] bool captureAsked(const Config &c, bool probeSaysCompat);
// Whether it runs: asked for, and with an IPv4 pool (only IPv4 pools'
// traffic is routed into it: without one it would carry nothing).
[[nodiscard]] bool captureWanted(const Config &c, bool probeSaysCompat);
[[nodiscard]] bool hasIpv4Pool(const Config &c);

// The shipped default: role none, nothing applied to the kernel.
[[nodiscard]] Config defaults();

// Parses and validates in one pass. On failure the Error is ValidationFailed
// with EVERY problem found in `errors` (JSON pointer, stable code, reason),
// not just the first. Stable codes: "required", "type", "unknown", "format",
// "range", "duplicate", "reference", "conflict", "version".
// `parsedAnyway`, when given, receives what did parse even on failure (a
// malformed value left at its default), so checks against the live box can
// answer in the same verdict; nothing is written for a newer version.
[[nodiscard]] Result<Config> fromJson(const QJsonObject &doc, Config *parsedAnyway = nullptr);

// Cross-field checks on an already well-typed config (pools covered by NAT,
// exits referenced exist, ranges free of overlap, role prerequisites...).
[[nodiscard]] QList<FieldError> validate(const Config &c);

// `redactSecrets` replaces passwords with "***" (read-only callers, logs).
[[nodiscard]] QJsonObject toJson(const Config &c, bool redactSecrets = false);

} // namespace byway::config
