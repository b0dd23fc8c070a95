// SPDX-License-Identifier: GPL-3.0-or-later
// The reconcile area's message templates (see messages.h). Never change an id's
// meaning; add new ids instead. %{name} is args[name].
#include "core/messages/messages.h"

#include <QtGlobal>

namespace byway::msg {
namespace {

constexpr Template kMessages[] = {
    // Environment findings: config.validate, set, plan, apply, status, topology.
    {"env.interface.missing",
     QT_TRANSLATE_NOOP("Messages", "Interface %{name} does not exist on this box (it has: %{existing})"),
     QT_TRANSLATE_NOOP("Messages", "Traffic meant for it is not handled until it appears."),
     QT_TRANSLATE_NOOP("Messages", "Name one of this box's interfaces, or create %{name} first.")},
    {"env.interface.missing.guess",
     QT_TRANSLATE_NOOP("Messages", "Interface %{name} does not exist on this box (it has: %{existing})"),
     QT_TRANSLATE_NOOP("Messages", "Traffic meant for it is not handled until it appears."),
     QT_TRANSLATE_NOOP("Messages", "Did you mean %{suggestion}?")},
    {"env.interface.missing.required",
     QT_TRANSLATE_NOOP("Messages", "Interface %{name} does not exist on this box (it has: %{existing}); a %{role} cannot work without it"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Name one of this box's interfaces, or create %{name} first.")},
    {"env.interface.missing.required.guess",
     QT_TRANSLATE_NOOP("Messages", "Interface %{name} does not exist on this box (it has: %{existing}); a %{role} cannot work without it"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Did you mean %{suggestion}?")},
    {"env.group.missing",
     QT_TRANSLATE_NOOP("Messages", "Group %{group} does not exist on this system"),
     QT_TRANSLATE_NOOP("Messages", "No rule can match its processes: their DNS would not be redirected."),
     QT_TRANSLATE_NOOP("Messages", "Create the group (groupadd %{group}) or name an existing one.")},
    {"env.dns.primary_group_only",
     QT_TRANSLATE_NOOP("Messages", "DNS is redirected for processes whose primary group is %{group}; a process that is only a supplementary member of %{group} is not redirected"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Start the WAN-only programs with %{group} as their group (sg %{group} -c …, or Group= in a systemd unit).")},
    {"env.dns.redirect_unused",
     QT_TRANSLATE_NOOP("Messages", "dns.redirectGroup (%{group}) is used only by role wan-separated; with role %{role} nothing is redirected"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Remove it, or switch the role to wan-separated.")},
    {"env.dns.resolver_not_loopback",
     QT_TRANSLATE_NOOP("Messages", "%{address} is not this box's loopback address: the DNS redirect rewrites only the port, so queries would go to 127.0.0.1:%{port} (or [::1]:%{port}), not to %{address}"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Run the WAN-only resolver on 127.0.0.1:%{port} (and [::1]:%{port} for IPv6) and name that address.")},
    {"env.foreign.policy_drop",
     QT_TRANSLATE_NOOP("Messages", "%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has policy drop: it drops what Byway accepts"),
     QT_TRANSLATE_NOOP("Messages", "An accept in Byway's table ends only Byway's chain; this chain still sees every forwarded packet and drops what it does not accept itself."),
     QT_TRANSLATE_NOOP("Messages", "Allow Byway's traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a zone or policy for the LAN and VPN interfaces; fw4: a forwarding rule), or let its owner accept it.")},
    {"env.foreign.drop_rules",
     QT_TRANSLATE_NOOP("Messages", "%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has %{rules} drop or reject rules that can override Byway's accept"),
     QT_TRANSLATE_NOOP("Messages", "Packets Byway accepts can still be dropped there."),
     QT_TRANSLATE_NOOP("Messages", "Check that those rules do not match Byway's pools and interfaces.")},
    {"env.foreign.legacy_policy_drop",
     QT_TRANSLATE_NOOP("Messages", "Legacy iptables (%{family}) filter FORWARD has policy drop: it drops what Byway accepts"),
     QT_TRANSLATE_NOOP("Messages", "Forwarded traffic is dropped by the legacy table whatever Byway accepts."),
     QT_TRANSLATE_NOOP("Messages", "Add an accept for Byway's traffic to the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.")},
    {"env.pool.peers_outside",
     QT_TRANSLATE_NOOP("Messages", "VPN peers on %{interfaces} use addresses outside every pool: %{addresses} (pools: %{pools})"),
     QT_TRANSLATE_NOOP("Messages", "Their traffic is dropped on the way to the WAN (counted in the topology) and never masqueraded: the VPN server and Byway disagree about the pool."),
     QT_TRANSLATE_NOOP("Messages", "Make the VPN server's address pool and Byway's pools the same subnet.")},
    {"env.exit.socks_needs_capture",
     QT_TRANSLATE_NOOP("Messages", "%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture is off: only the capture can send traffic through a SOCKS5 proxy"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Set capture.mode to on, or give %{who} a direct exit.")},
    {"env.exit.capture_ipv4_only",
     QT_TRANSLATE_NOOP("Messages", "%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture carries IPv4 pools only"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Give this IPv6 pool or user a direct exit.")},
    {"env.exit.device_only",
     QT_TRANSLATE_NOOP("Messages", "%{who} leaves through exit %{exit}, which names only a device (%{device}): without a mark or a table nothing steers the traffic there, it would leave by the main route"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Give exit %{exit} a table (Byway copies the device's routes into it) or a mark.")},
    {"env.exit.no_selector",
     QT_TRANSLATE_NOOP("Messages", "%{who} leaves through exit %{exit}, which has no mark, table or device: its traffic would leave by the main route"),
     nullptr,
     QT_TRANSLATE_NOOP("Messages", "Give exit %{exit} a table or a mark.")},
    // Plan notes: decisions the plan made that a person should know.
    {"plan.ipv6.forwarding_held",
     QT_TRANSLATE_NOOP("Messages", "IPv6 forwarding stays off until the IPv6 egress probe passes"),
     QT_TRANSLATE_NOOP("Messages", "Deferred: IPv6 comes on by itself once a probe of ipv6.egressTargets passes.")},
    {"plan.ipv6.masquerade_held",
     QT_TRANSLATE_NOOP("Messages", "IPv6 masquerade of %{source} is held off: the IPv6 egress probe has not passed"),
     QT_TRANSLATE_NOOP("Messages", "Deferred: IPv6 comes on by itself once a probe of ipv6.egressTargets passes.")},
    {"plan.ipv6.secondary_held",
     QT_TRANSLATE_NOOP("Messages", "IPv6 secondary routing is held off: the IPv6 egress probe has not passed"),
     QT_TRANSLATE_NOOP("Messages", "Deferred: IPv6 comes on by itself once a probe of ipv6.egressTargets passes.")},
    {"plan.nft.unusable",
     QT_TRANSLATE_NOOP("Messages", "nftables is not usable here: no Byway table; the compat capture carries pool traffic")},
    {"plan.exit.no_device",
     QT_TRANSLATE_NOOP("Messages", "Exit %{exit}: no device or WAN interface to route table %{table} through")},
    {"plan.exit.no_default",
     QT_TRANSLATE_NOOP("Messages", "Exit %{exit}: the main table has no default route via %{device} to copy into table %{table}")},
    // Drift: what someone else (or the kernel) changed of Byway's state.
    {"drift.nft.table_missing",
     QT_TRANSLATE_NOOP("Messages", "nftables: table inet %{table} is gone")},
    {"drift.nft.rules",
     QT_TRANSLATE_NOOP("Messages", "nftables: table inet %{table} differs: missing %{missing}; not Byway's %{extra}")},
    {"drift.route.missing",
     QT_TRANSLATE_NOOP("Messages", "Route or rule missing: %{what}")},
    {"drift.route.extra",
     QT_TRANSLATE_NOOP("Messages", "Route or rule that Byway no longer wants: %{what}")},
    {"drift.sysctl",
     QT_TRANSLATE_NOOP("Messages", "sysctl %{key} is %{now}, Byway set %{want}")},
    // Probe findings seen against the configured role.
    {"probe.not_for_role",
     QT_TRANSLATE_NOOP("Messages", "Not relevant for role %{role}")},
};

} // namespace

std::span<const Template> reconcileMessages()
{
    return kMessages;
}

} // namespace byway::msg
