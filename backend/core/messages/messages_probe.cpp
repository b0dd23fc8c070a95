// SPDX-License-Identifier: GPL-3.0-or-later
// The probe area's message templates (see messages.h): each finding's
// summary, consequence and fix. Never change an id's meaning; add new ids
// instead. %{name} is args[name]. A finding's `code` (what the mode decision
// and clients switch on) may have several ids when its sentences differ, e.g.
// cap.net_admin.missing in a foreign user namespace.
#include "core/messages/messages.h"

#include <QtGlobal>

namespace byway::msg {
namespace {

constexpr Template kMessages[] = {
    {"probe.check.unknown", QT_TRANSLATE_NOOP("Messages", "Unknown check \"%{check}\""), QT_TRANSLATE_NOOP("Messages", "Nothing was probed for it."), QT_TRANSLATE_NOOP("Messages", "Use one of: %{known}")},

    // ---- capabilities ----
    {"probe.cap.unknown", QT_TRANSLATE_NOOP("Messages", "Capabilities could not be read"), QT_TRANSLATE_NOOP("Messages", "Everything that needs them is assumed off."),
     QT_TRANSLATE_NOOP("Messages", "Check the seccomp profile of the container; capget must be allowed.")},
    {"probe.cap.net_admin.ok", QT_TRANSLATE_NOOP("Messages", "CAP_NET_ADMIN is effective")},
    {"probe.cap.net_admin.missing", QT_TRANSLATE_NOOP("Messages", "CAP_NET_ADMIN is not effective"),
     QT_TRANSLATE_NOOP("Messages", "No nftables changes, no routes or policy rules, no sysctl changes, no TUN device: Byway can only report."),
     QT_TRANSLATE_NOOP("Messages", "Run bywayd as root or with CAP_NET_ADMIN (container: --cap-add NET_ADMIN; systemd: "
       "AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW).")},
    {"probe.cap.net_admin.missing.userns", QT_TRANSLATE_NOOP("Messages", "CAP_NET_ADMIN does not reach this network namespace"),
     QT_TRANSLATE_NOOP("Messages", "No nftables changes, no routes or policy rules, no sysctl changes, no TUN device: Byway can only report."),
     QT_TRANSLATE_NOOP("Messages", "Run bywayd in the user namespace that owns this network namespace (not under unshare -U / a nested sandbox).")},
    {"probe.cap.net_raw.ok", QT_TRANSLATE_NOOP("Messages", "CAP_NET_RAW is effective")},
    {"probe.cap.net_raw.missing", QT_TRANSLATE_NOOP("Messages", "CAP_NET_RAW is not effective"),
     QT_TRANSLATE_NOOP("Messages", "No AF_PACKET capture (IKEv2-style compat path), no raw reply injection, no raw ICMP probes, and legacy "
       "iptables tables cannot be inspected."),
     QT_TRANSLATE_NOOP("Messages", "Run the container with --cap-add NET_RAW (systemd: add CAP_NET_RAW to AmbientCapabilities and "
       "CapabilityBoundingSet).")},
    {"probe.cap.net_raw.missing.userns", QT_TRANSLATE_NOOP("Messages", "CAP_NET_RAW does not reach this network namespace"),
     QT_TRANSLATE_NOOP("Messages", "No AF_PACKET capture (IKEv2-style compat path), no raw reply injection, no raw ICMP probes, and legacy "
       "iptables tables cannot be inspected."),
     QT_TRANSLATE_NOOP("Messages", "Run bywayd in the user namespace that owns this network namespace (not under unshare -U / a nested sandbox).")},

    // ---- nf_tables and foreign chains ----
    {"probe.nft.ok", QT_TRANSLATE_NOOP("Messages", "nf_tables usable and changeable")},
    {"probe.nft.denied", QT_TRANSLATE_NOOP("Messages", "nf_tables refuses us"),
     QT_TRANSLATE_NOOP("Messages", "No standard path: no DNAT to the proxy, no masquerade, no forward rules."),
     QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_ADMIN in this network namespace (container: --cap-add NET_ADMIN).")},
    {"probe.nft.unsupported", QT_TRANSLATE_NOOP("Messages", "This kernel has no nf_tables"),
     QT_TRANSLATE_NOOP("Messages", "No standard path; Byway falls back to capture (Compat) if it can."),
     QT_TRANSLATE_NOOP("Messages", "Use a kernel with CONFIG_NF_TABLES (and nft_nat, nft_masq), or load nf_tables on the host.")},
    {"probe.nft.error", QT_TRANSLATE_NOOP("Messages", "nf_tables could not be listed"), QT_TRANSLATE_NOOP("Messages", "No standard path while this persists."),
     QT_TRANSLATE_NOOP("Messages", "See the kernel log; retry the probe.")},
    {"probe.nft.readonly", QT_TRANSLATE_NOOP("Messages", "nf_tables readable but CAP_NET_ADMIN is not effective"),
     QT_TRANSLATE_NOOP("Messages", "Changes would be refused: no standard path."), QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_ADMIN.")},
    {"probe.foreign.none", QT_TRANSLATE_NOOP("Messages", "No foreign drops on forward/postrouting")},
    {"probe.foreign.policy_drop", QT_TRANSLATE_NOOP("Messages", "Our accept is overridden: %{where} has policy drop"),
     QT_TRANSLATE_NOOP("Messages", "An accept in Byway's table ends only Byway's chain; this chain still sees the packet and drops whatever it "
       "does not accept itself."),
     QT_TRANSLATE_NOOP("Messages", "Allow the traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a policy or zone for the LAN/VPN "
       "interfaces; fw4: a forwarding rule for the zone), or let its owner accept it.")},
    {"probe.foreign.drop_rules", QT_TRANSLATE_NOOP("Messages", "%{where} has %{count} drop/reject rule(s) that can override our accept"),
     QT_TRANSLATE_NOOP("Messages", "Packets Byway accepts can still be dropped there."),
     QT_TRANSLATE_NOOP("Messages", "Check that chain's drop rules do not match Byway's pools and interfaces.")},
    {"probe.foreign.legacy_policy_drop", QT_TRANSLATE_NOOP("Messages", "Our accept is overridden: legacy %{family} filter FORWARD has policy drop"),
     QT_TRANSLATE_NOOP("Messages", "Forwarded traffic is dropped by the legacy table whatever Byway accepts."),
     QT_TRANSLATE_NOOP("Messages", "Add an accept for Byway's traffic in the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy "
       "rules.")},
    {"probe.foreign.unknown", QT_TRANSLATE_NOOP("Messages", "Foreign nf_tables chains could not be checked"),
     QT_TRANSLATE_NOOP("Messages", "A foreign drop on forward/postrouting would go unnoticed."), QT_TRANSLATE_NOOP("Messages", "Fix the nftables finding first.")},

    // ---- legacy iptables ----
    {"probe.legacy.absent", QT_TRANSLATE_NOOP("Messages", "No legacy iptables in this namespace")},
    {"probe.legacy.none", QT_TRANSLATE_NOOP("Messages", "ip_tables loaded, no legacy tables instantiated")},
    {"probe.legacy.tables", QT_TRANSLATE_NOOP("Messages", "Legacy tables read: %{tables}")},
    {"probe.legacy.unreadable", QT_TRANSLATE_NOOP("Messages", "Legacy iptables tables exist but could not be read"),
     QT_TRANSLATE_NOOP("Messages", "Rules in them cannot be checked for conflicts with Byway's nf_tables rules."),
     QT_TRANSLATE_NOOP("Messages", "Check the kernel log; the x_tables interface refused the read.")},
    {"probe.legacy.unreadable.no_raw", QT_TRANSLATE_NOOP("Messages", "Legacy iptables tables exist but could not be read"),
     QT_TRANSLATE_NOOP("Messages", "Rules in them cannot be checked for conflicts with Byway's nf_tables rules."),
     QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN.")},
    {"probe.legacy.nat.absent", QT_TRANSLATE_NOOP("Messages", "No legacy nat table (not needed: Byway speaks nf_tables)")},
    {"probe.legacy.nat.ok", QT_TRANSLATE_NOOP("Messages", "Legacy nat table readable (%{entries} entries)")},
    {"probe.legacy.nat.unreadable", QT_TRANSLATE_NOOP("Messages", "The legacy nat table exists but we may not read it"),
     QT_TRANSLATE_NOOP("Messages", "Legacy NAT rules cannot be checked against Byway's."),
     QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN (x_tables reads).")},
    {"probe.legacy.nat.broken", QT_TRANSLATE_NOOP("Messages", "The legacy nat table exists but cannot be read"),
     QT_TRANSLATE_NOOP("Messages", "Tools relying on iptables-legacy -t nat (the field's auto-detection) fail here; Byway does not use it."),
     QT_TRANSLATE_NOOP("Messages", "Nothing to do for Byway; other tools on this box need a working legacy nat.")},
    {"probe.legacy.nat.custom_targets", QT_TRANSLATE_NOOP("Messages", "The legacy nat table uses targets stock iptables cannot parse: %{targets}"),
     QT_TRANSLATE_NOOP("Messages", "iptables-legacy -t nat -L fails on this kernel (router-system kernel); tools that test it conclude iptables "
       "is unusable."),
     QT_TRANSLATE_NOOP("Messages", "Nothing to do for Byway: it uses nf_tables, or the compat capture.")},
    {"probe.mixed.none", QT_TRANSLATE_NOOP("Messages", "No legacy iptables rules beside nf_tables")},
    {"probe.mixed.backends", QT_TRANSLATE_NOOP("Messages", "Legacy iptables and nf_tables both act on the same hooks: %{legacy} beside %{nftables}"),
     QT_TRANSLATE_NOOP("Messages", "Both rule sets run on every packet; a drop or NAT in one is invisible to the tools of the other: clients "
       "connect but nothing is forwarded."),
     QT_TRANSLATE_NOOP("Messages", "Use one backend: remove the legacy rules (iptables-legacy -F -t <table>) or switch the tool that writes them "
       "to iptables-nft; in a container, do not share the host's network namespace with a legacy-iptables image.")},
    {"probe.mixed.legacy_rules", QT_TRANSLATE_NOOP("Messages", "Legacy iptables rules sit on hooks Byway will use: %{legacy}"),
     QT_TRANSLATE_NOOP("Messages", "Once Byway's nf_tables chains are in, packets pass both; a legacy drop or NAT overrides Byway silently."),
     QT_TRANSLATE_NOOP("Messages", "Move those rules to nf_tables (iptables-nft) or remove them.")},
    {"probe.mixed.unknown", QT_TRANSLATE_NOOP("Messages", "Legacy tables exist but could not be read: %{tables}"),
     QT_TRANSLATE_NOOP("Messages", "A mixed-backend conflict cannot be ruled out."), QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_RAW and CAP_NET_ADMIN.")},

    // ---- capture prerequisites ----
    {"probe.tun.ok", QT_TRANSLATE_NOOP("Messages", "TUN devices can be created")},
    {"probe.tun.missing", QT_TRANSLATE_NOOP("Messages", "/dev/net/tun does not exist"),
     QT_TRANSLATE_NOOP("Messages", "No TUN capture: the compat path for L2TP/PPP-style pools is off."),
     QT_TRANSLATE_NOOP("Messages", "Pass the device to the container (--device /dev/net/tun) and allow it (systemd: DeviceAllow=/dev/net/tun "
       "rw).")},
    {"probe.tun.unsupported", QT_TRANSLATE_NOOP("Messages", "The kernel has no TUN driver"),
     QT_TRANSLATE_NOOP("Messages", "No TUN capture: the compat path for L2TP/PPP-style pools is off."),
     QT_TRANSLATE_NOOP("Messages", "Load the tun module on the host (modprobe tun) or use a kernel with CONFIG_TUN.")},
    {"probe.tun.open_denied", QT_TRANSLATE_NOOP("Messages", "/dev/net/tun cannot be opened"),
     QT_TRANSLATE_NOOP("Messages", "No TUN capture: the compat path for L2TP/PPP-style pools is off."),
     QT_TRANSLATE_NOOP("Messages", "Pass the device to the container (--device /dev/net/tun) and allow it (systemd: DeviceAllow=/dev/net/tun "
       "rw).")},
    {"probe.tun.denied", QT_TRANSLATE_NOOP("Messages", "A TUN device cannot be created"),
     QT_TRANSLATE_NOOP("Messages", "No TUN capture: the compat path for L2TP/PPP-style pools is off."),
     QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_ADMIN (container: --cap-add NET_ADMIN); check the LSM profile allows tun_socket create.")},
    {"probe.tun.error", QT_TRANSLATE_NOOP("Messages", "A TUN device cannot be created"),
     QT_TRANSLATE_NOOP("Messages", "No TUN capture: the compat path for L2TP/PPP-style pools is off."), QT_TRANSLATE_NOOP("Messages", "See the kernel log.")},
    {"probe.packet.ok", QT_TRANSLATE_NOOP("Messages", "AF_PACKET sockets work")},
    {"probe.packet.unsupported", QT_TRANSLATE_NOOP("Messages", "The kernel has no AF_PACKET"),
     QT_TRANSLATE_NOOP("Messages", "No AF_PACKET capture on per-tunnel interfaces: the compat path for xfrm/IKEv2 interfaces is off."),
     QT_TRANSLATE_NOOP("Messages", "Use a kernel with CONFIG_PACKET.")},
    {"probe.packet.denied", QT_TRANSLATE_NOOP("Messages", "AF_PACKET sockets are refused"),
     QT_TRANSLATE_NOOP("Messages", "No AF_PACKET capture on per-tunnel interfaces: the compat path for xfrm/IKEv2 interfaces is off."),
     QT_TRANSLATE_NOOP("Messages", "Run the container with --cap-add NET_RAW (and check the seccomp/LSM profile allows AF_PACKET).")},

    // ---- namespace, sysctls, policy routing, tunnel support, owners ----
    {"probe.netns.host", QT_TRANSLATE_NOOP("Messages", "Host network namespace")},
    {"probe.netns.container", QT_TRANSLATE_NOOP("Messages", "Container network namespace")},
    {"probe.netns.namespace", QT_TRANSLATE_NOOP("Messages", "A network namespace other than PID 1's")},
    {"probe.netns.container_host_network", QT_TRANSLATE_NOOP("Messages", "A container sharing the host's network namespace"),
     QT_TRANSLATE_NOOP("Messages", "Everything Byway changes is the host's; tools in other containers with legacy iptables act on the same hooks "
       "(clients connect, nothing forwards)."),
     QT_TRANSLATE_NOOP("Messages", "Prefer a bridge network with a static IP, --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun.")},
    {"probe.sysctl.forwarding.on", QT_TRANSLATE_NOOP("Messages", "%{family} forwarding on")},
    {"probe.sysctl.forwarding.off", QT_TRANSLATE_NOOP("Messages", "%{family} forwarding off"),
     QT_TRANSLATE_NOOP("Messages", "The box does not route %{family} between interfaces: clients connect, nothing is forwarded."),
     QT_TRANSLATE_NOOP("Messages", "set %{sysctl}=1 (sysctl -w %{sysctl}=1; persist in /etc/sysctl.d/)")},
    {"probe.sysctl.forwarding.absent", QT_TRANSLATE_NOOP("Messages", "%{family} forwarding setting not found"),
     QT_TRANSLATE_NOOP("Messages", "%{family} is disabled in this kernel or namespace."),
     QT_TRANSLATE_NOOP("Messages", "Enable %{family} (kernel command line / module options).")},
    {"probe.sysctl.rp_filter.ok", QT_TRANSLATE_NOOP("Messages", "No strict reverse-path filtering")},
    {"probe.sysctl.rp_filter.strict", QT_TRANSLATE_NOOP("Messages", "Strict reverse-path filtering on %{interfaces}"),
     QT_TRANSLATE_NOOP("Messages", "Asymmetric return traffic (bypass router) and replies routed by mark into another table are dropped on these "
       "interfaces."),
     QT_TRANSLATE_NOOP("Messages", "set net.ipv4.conf.all.rp_filter=2 and net.ipv4.conf.<if>.rp_filter=2 (loose) for %{interfaces}")},
    {"probe.sysctl.writable", QT_TRANSLATE_NOOP("Messages", "Sysctls are writable")},
    {"probe.sysctl.readonly.preset", QT_TRANSLATE_NOOP("Messages", "Sysctls are read-only here; the values Byway needs are already set")},
    {"probe.sysctl.readonly", QT_TRANSLATE_NOOP("Messages", "Sysctls are read-only here: Byway cannot set %{sysctls}"),
     QT_TRANSLATE_NOOP("Messages", "A config that needs them (forwarding, the compat capture) is refused before anything changes."),
     QT_TRANSLATE_NOOP("Messages", "Start the container with %{flags}.")},
    {"probe.sysctl.src_valid_mark.on", QT_TRANSLATE_NOOP("Messages", "src_valid_mark on")},
    {"probe.sysctl.src_valid_mark.not_needed", QT_TRANSLATE_NOOP("Messages", "src_valid_mark off (rp_filter not in the way)")},
    {"probe.sysctl.src_valid_mark.off", QT_TRANSLATE_NOOP("Messages", "rp_filter ignores fwmarks"),
     QT_TRANSLATE_NOOP("Messages", "With rp_filter on, replies arriving on a marked exit fail the reverse-path check."),
     QT_TRANSLATE_NOOP("Messages", "set net.ipv4.conf.all.src_valid_mark=1")},
    {"probe.fibrules.ok", QT_TRANSLATE_NOOP("Messages", "Policy routing available")},
    {"probe.fibrules.unsupported", QT_TRANSLATE_NOOP("Messages", "Policy routing is not available"),
     QT_TRANSLATE_NOOP("Messages", "No per-pool tables, no fwmark-selected exits, and the TUN capture cannot be routed (it needs \"from <pool> "
       "lookup <table>\")."),
     QT_TRANSLATE_NOOP("Messages", "Use a kernel with CONFIG_IP_MULTIPLE_TABLES (and IPV6_MULTIPLE_TABLES).")},
    {"probe.xfrm.ok", QT_TRANSLATE_NOOP("Messages", "xfrm present (%{sas} SAs)")},
    {"probe.xfrm.unsupported", QT_TRANSLATE_NOOP("Messages", "No xfrm (IPsec) in this kernel"),
     QT_TRANSLATE_NOOP("Messages", "IKEv2/IPsec tunnels cannot terminate on this box."), QT_TRANSLATE_NOOP("Messages", "Use a kernel with CONFIG_XFRM_USER (xfrm_user module).")},
    {"probe.xfrm.denied", QT_TRANSLATE_NOOP("Messages", "xfrm state cannot be listed"), QT_TRANSLATE_NOOP("Messages", "IKEv2 tunnels on this box cannot be inspected."),
     QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_ADMIN.")},
    {"probe.xfrm.error", QT_TRANSLATE_NOOP("Messages", "xfrm state cannot be listed"), QT_TRANSLATE_NOOP("Messages", "IKEv2 tunnels on this box cannot be inspected."),
     QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_ADMIN.")},
    {"probe.ppp.ok", QT_TRANSLATE_NOOP("Messages", "/dev/ppp usable")},
    {"probe.ppp.missing", QT_TRANSLATE_NOOP("Messages", "/dev/ppp does not exist"), QT_TRANSLATE_NOOP("Messages", "PPP-based tunnels (L2TP, PPTP) cannot terminate here."),
     QT_TRANSLATE_NOOP("Messages", "Pass --device /dev/ppp to the container, or create it (mknod /dev/ppp c 108 0).")},
    {"probe.ppp.unsupported", QT_TRANSLATE_NOOP("Messages", "No PPP driver"), QT_TRANSLATE_NOOP("Messages", "PPP-based tunnels (L2TP, PPTP) cannot terminate here."),
     QT_TRANSLATE_NOOP("Messages", "Load ppp_generic on the host.")},
    {"probe.ppp.denied", QT_TRANSLATE_NOOP("Messages", "/dev/ppp cannot be opened"), QT_TRANSLATE_NOOP("Messages", "PPP-based tunnels (L2TP, PPTP) cannot terminate here."),
     QT_TRANSLATE_NOOP("Messages", "Give bywayd CAP_NET_ADMIN and allow the device (DeviceAllow=/dev/ppp rw).")},
    {"probe.owners.none", QT_TRANSLATE_NOOP("Messages", "No other owners of the ruleset or routing")},
    {"probe.owners.found", QT_TRANSLATE_NOOP("Messages", "Other owners: %{owners}")},

    // ---- reachability ----
    {"probe.gateway.ok", QT_TRANSLATE_NOOP("Messages", "%{family} default route present")},
    {"probe.gateway.ipv4.none", QT_TRANSLATE_NOOP("Messages", "No %{family} default route in the main table"), QT_TRANSLATE_NOOP("Messages", "Direct exits have no way out."),
     QT_TRANSLATE_NOOP("Messages", "Configure a default route (DHCP/RA on the WAN, or a static one).")},
    {"probe.gateway.ipv6.none", QT_TRANSLATE_NOOP("Messages", "No %{family} default route in the main table"), QT_TRANSLATE_NOOP("Messages", "IPv6 stays off: no IPv6 egress."),
     QT_TRANSLATE_NOOP("Messages", "Configure a default route (DHCP/RA on the WAN, or a static one).")},
    {"probe.gateway.unreachable", QT_TRANSLATE_NOOP("Messages", "%{family} gateway %{gateways} does not answer ICMP"),
     QT_TRANSLATE_NOOP("Messages", "Traffic through that gateway may not get out (or it filters ICMP)."),
     QT_TRANSLATE_NOOP("Messages", "Check the link and the gateway; some routers drop echo requests.")},
    {"probe.gateway.error", QT_TRANSLATE_NOOP("Messages", "Routes could not be read"), QT_TRANSLATE_NOOP("Messages", "The default gateway is unknown."), QT_TRANSLATE_NOOP("Messages", "See the kernel log.")},
    {"probe.reach.ok", QT_TRANSLATE_NOOP("Messages", "%{target} reachable via default route")},
    {"probe.reach.ok.exit", QT_TRANSLATE_NOOP("Messages", "%{target} reachable via exit %{exit} (%{route})")},
    {"probe.reach.refused", QT_TRANSLATE_NOOP("Messages", "%{target} via default route: host answers, port closed"),
     QT_TRANSLATE_NOOP("Messages", "The path works but nothing listens on that port."), QT_TRANSLATE_NOOP("Messages", "Check the upstream service and port.")},
    {"probe.reach.refused.exit", QT_TRANSLATE_NOOP("Messages", "%{target} via exit %{exit} (%{route}): host answers, port closed"),
     QT_TRANSLATE_NOOP("Messages", "The path works but nothing listens on that port."), QT_TRANSLATE_NOOP("Messages", "Check the upstream service and port.")},
    {"probe.reach.unreachable", QT_TRANSLATE_NOOP("Messages", "%{target} unreachable via default route"), QT_TRANSLATE_NOOP("Messages", "Users on this exit cannot reach %{target}."),
     QT_TRANSLATE_NOOP("Messages", "Check the exit's routing table, mark rule and link (%{command}).")},
    {"probe.reach.unreachable.exit", QT_TRANSLATE_NOOP("Messages", "%{target} unreachable via exit %{exit} (%{route})"),
     QT_TRANSLATE_NOOP("Messages", "Users on this exit cannot reach %{target}."), QT_TRANSLATE_NOOP("Messages", "Check the exit's routing table, mark rule and link (%{command}).")},
    {"probe.reach.bad_target", QT_TRANSLATE_NOOP("Messages", "Bad reachability target %{target}"), QT_TRANSLATE_NOOP("Messages", "That target is not probed."),
     QT_TRANSLATE_NOOP("Messages", "Use host[:port] with an IP literal, e.g. 192.0.2.1:443 or [2001:db8::1]:443.")},
    {"probe.reach.no_targets", QT_TRANSLATE_NOOP("Messages", "No reachability targets configured"),
     QT_TRANSLATE_NOOP("Messages", "Upstream reachability per exit is not verified."), QT_TRANSLATE_NOOP("Messages", "Configure targets (e.g. the upstream proxy's host:port).")},
    {"probe.ipv6.egress.ok", QT_TRANSLATE_NOOP("Messages", "IPv6 egress verified")},
    {"probe.ipv6.egress.disabled", QT_TRANSLATE_NOOP("Messages", "IPv6 is disabled"),
     QT_TRANSLATE_NOOP("Messages", "IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits)."),
     QT_TRANSLATE_NOOP("Messages", "Enable IPv6 (ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0).")},
    {"probe.ipv6.egress.no_route", QT_TRANSLATE_NOOP("Messages", "No IPv6 route to the Internet"),
     QT_TRANSLATE_NOOP("Messages", "IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits)."),
     QT_TRANSLATE_NOOP("Messages", "Give the WAN an IPv6 default route (RA/DHCPv6-PD or static).")},
    {"probe.ipv6.egress.unverified", QT_TRANSLATE_NOOP("Messages", "IPv6 route present, egress not verified"),
     QT_TRANSLATE_NOOP("Messages", "IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits)."),
     QT_TRANSLATE_NOOP("Messages", "Add an IPv6 reachability target (e.g. [2001:db8::1]:443 of your upstream).")},
    {"probe.ipv6.egress.unreachable", QT_TRANSLATE_NOOP("Messages", "IPv6 targets unreachable"),
     QT_TRANSLATE_NOOP("Messages", "IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits)."),
     QT_TRANSLATE_NOOP("Messages", "Check the IPv6 upstream (firewall, RA, prefix delegation).")},
    {"probe.pmtu.ok", QT_TRANSLATE_NOOP("Messages", "Path MTU to %{target} via default route: %{mtu}")},
    {"probe.pmtu.ok.exit", QT_TRANSLATE_NOOP("Messages", "Path MTU to %{target} via exit %{exit}: %{mtu}")},
    {"probe.pmtu.no_route", QT_TRANSLATE_NOOP("Messages", "No path to %{target} via default route"), QT_TRANSLATE_NOOP("Messages", "The path MTU towards it is unknown."),
     QT_TRANSLATE_NOOP("Messages", "Fix the route to %{target} first.")},
    {"probe.pmtu.no_route.exit", QT_TRANSLATE_NOOP("Messages", "No path to %{target} via exit %{exit}"), QT_TRANSLATE_NOOP("Messages", "The path MTU towards it is unknown."),
     QT_TRANSLATE_NOOP("Messages", "Fix the route to %{target} first.")},
    {"probe.pmtu.no_targets", QT_TRANSLATE_NOOP("Messages", "No target for a path MTU"), QT_TRANSLATE_NOOP("Messages", "Tunnel MTU/MSS stay at their defaults."),
     QT_TRANSLATE_NOOP("Messages", "Configure a reachability target.")},
};


} // namespace

std::span<const Template> probeMessages()
{
    return kMessages;
}

} // namespace byway::msg
