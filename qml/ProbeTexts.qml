// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick

// The probe's findings in the reader's language. bywayd sends a stable code
// with English sentences (summary, consequence, fix; docs/probe.md). Each
// code lists here the English sentences its check can produce, as
// templates: a sentence of the helper that matches one (its %1, %2… being
// names, addresses, counts) is shown translated with the same values. A
// code or sentence not listed — a newer bywayd — shows the helper's words.
QtObject {
    id: root

    // code -> the English templates of that finding's summary, consequence and fix.
    readonly property var templates: ({
        "cap.net_admin.ok": [QT_TR_NOOP("CAP_NET_ADMIN is effective")],
        "cap.net_raw.ok": [QT_TR_NOOP("CAP_NET_RAW is effective")],
        "cap.net_admin.missing": [
            QT_TR_NOOP("CAP_NET_ADMIN does not reach this network namespace"),
            QT_TR_NOOP("CAP_NET_ADMIN is not effective"),
            QT_TR_NOOP("No nftables changes, no routes or policy rules, no sysctl changes, no TUN device: Byway can only report."),
            QT_TR_NOOP("Run bywayd as root or with CAP_NET_ADMIN (container: --cap-add NET_ADMIN; systemd: AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW)."),
            QT_TR_NOOP("Run bywayd in the user namespace that owns this network namespace (not under unshare -U / a nested sandbox).")],
        "cap.net_raw.missing": [
            QT_TR_NOOP("CAP_NET_RAW does not reach this network namespace"),
            QT_TR_NOOP("CAP_NET_RAW is not effective"),
            QT_TR_NOOP("No AF_PACKET capture (IKEv2-style compat path), no raw reply injection, no raw ICMP probes, and legacy iptables tables cannot be inspected."),
            QT_TR_NOOP("Run the container with --cap-add NET_RAW (systemd: add CAP_NET_RAW to AmbientCapabilities and CapabilityBoundingSet)."),
            QT_TR_NOOP("Run bywayd in the user namespace that owns this network namespace (not under unshare -U / a nested sandbox).")],
        "cap.net_admin.unknown": [
            QT_TR_NOOP("Capabilities could not be read"),
            QT_TR_NOOP("Everything that needs them is assumed off."),
            QT_TR_NOOP("Check the seccomp profile of the container; capget must be allowed.")],
        "cap.net_raw.unknown": [
            QT_TR_NOOP("Capabilities could not be read"),
            QT_TR_NOOP("Everything that needs them is assumed off."),
            QT_TR_NOOP("Check the seccomp profile of the container; capget must be allowed.")],

        "nft.ok": [QT_TR_NOOP("nf_tables usable and changeable")],
        "nft.denied": [
            QT_TR_NOOP("nf_tables refuses us"),
            QT_TR_NOOP("No standard path: no DNAT to the proxy, no masquerade, no forward rules."),
            QT_TR_NOOP("Give bywayd CAP_NET_ADMIN in this network namespace (container: --cap-add NET_ADMIN).")],
        "nft.unsupported": [
            QT_TR_NOOP("This kernel has no nf_tables"),
            QT_TR_NOOP("No standard path; Byway falls back to capture (Compat) if it can."),
            QT_TR_NOOP("Use a kernel with CONFIG_NF_TABLES (and nft_nat, nft_masq), or load nf_tables on the host.")],
        "nft.error": [
            QT_TR_NOOP("nf_tables could not be listed"),
            QT_TR_NOOP("No standard path while this persists."),
            QT_TR_NOOP("See the kernel log; retry the probe.")],
        "nft.readonly": [
            QT_TR_NOOP("nf_tables readable but CAP_NET_ADMIN is not effective"),
            QT_TR_NOOP("Changes would be refused: no standard path."),
            QT_TR_NOOP("Give bywayd CAP_NET_ADMIN.")],

        "legacy.absent": [QT_TR_NOOP("No legacy iptables in this namespace")],
        "legacy.none": [QT_TR_NOOP("ip_tables loaded, no legacy tables instantiated")],
        "legacy.tables": [QT_TR_NOOP("Legacy tables read: %1")],
        "legacy.unreadable": [
            QT_TR_NOOP("Legacy iptables tables exist but could not be read"),
            QT_TR_NOOP("Rules in them cannot be checked for conflicts with Byway's nf_tables rules."),
            QT_TR_NOOP("Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN."),
            QT_TR_NOOP("Check the kernel log; the x_tables interface refused the read.")],
        "legacy.nat.absent": [QT_TR_NOOP("No legacy nat table (not needed: Byway speaks nf_tables)")],
        "legacy.nat.ok": [QT_TR_NOOP("Legacy nat table readable (%1 entries)")],
        "legacy.nat.unreadable": [
            QT_TR_NOOP("The legacy nat table exists but we may not read it"),
            QT_TR_NOOP("Legacy NAT rules cannot be checked against Byway's."),
            QT_TR_NOOP("Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN (x_tables reads).")],
        "legacy.nat.broken": [
            QT_TR_NOOP("The legacy nat table exists but cannot be read"),
            QT_TR_NOOP("Tools relying on iptables-legacy -t nat (the field's auto-detection) fail here; Byway does not use it."),
            QT_TR_NOOP("Nothing to do for Byway; other tools on this box need a working legacy nat.")],
        "legacy.nat.custom_targets": [
            QT_TR_NOOP("The legacy nat table uses targets stock iptables cannot parse: %1"),
            QT_TR_NOOP("iptables-legacy -t nat -L fails on this kernel (router-system kernel); tools that test it conclude iptables is unusable."),
            QT_TR_NOOP("Nothing to do for Byway: it uses nf_tables, or the compat capture.")],

        "mixed.none": [QT_TR_NOOP("No legacy iptables rules beside nf_tables")],
        "mixed.backends": [
            QT_TR_NOOP("Legacy iptables and nf_tables both act on the same hooks: %1 beside %2"),
            QT_TR_NOOP("Both rule sets run on every packet; a drop or NAT in one is invisible to the tools of the other: clients connect but nothing is forwarded."),
            QT_TR_NOOP("Use one backend: remove the legacy rules (iptables-legacy -F -t <table>) or switch the tool that writes them to iptables-nft; in a container, do not share the host's network namespace with a legacy-iptables image.")],
        "mixed.legacy_rules": [
            QT_TR_NOOP("Legacy iptables rules sit on hooks Byway will use: %1"),
            QT_TR_NOOP("Once Byway's nf_tables chains are in, packets pass both; a legacy drop or NAT overrides Byway silently."),
            QT_TR_NOOP("Move those rules to nf_tables (iptables-nft) or remove them.")],
        "mixed.unknown": [
            QT_TR_NOOP("Legacy tables exist but could not be read: %1"),
            QT_TR_NOOP("A mixed-backend conflict cannot be ruled out."),
            QT_TR_NOOP("Give bywayd CAP_NET_RAW and CAP_NET_ADMIN.")],

        "foreign.none": [QT_TR_NOOP("No foreign drops on forward/postrouting")],
        "foreign.policy_drop": [
            QT_TR_NOOP("Our accept is overridden: %1 has policy drop"),
            QT_TR_NOOP("An accept in Byway's table ends only Byway's chain; this chain still sees the packet and drops whatever it does not accept itself."),
            QT_TR_NOOP("Allow the traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a policy or zone for the LAN/VPN interfaces; fw4: a forwarding rule for the zone), or let its owner accept it.")],
        "foreign.drop_rules": [
            QT_TR_NOOP("%1 has %2 drop/reject rule(s) that can override our accept"),
            QT_TR_NOOP("Packets Byway accepts can still be dropped there."),
            QT_TR_NOOP("Check that chain's drop rules do not match Byway's pools and interfaces.")],
        "foreign.legacy_policy_drop": [
            QT_TR_NOOP("Our accept is overridden: legacy %1 filter FORWARD has policy drop"),
            QT_TR_NOOP("Forwarded traffic is dropped by the legacy table whatever Byway accepts."),
            QT_TR_NOOP("Add an accept for Byway's traffic in the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.")],
        "foreign.unknown": [
            QT_TR_NOOP("Foreign nf_tables chains could not be checked"),
            QT_TR_NOOP("A foreign drop on forward/postrouting would go unnoticed."),
            QT_TR_NOOP("Fix the nftables finding first.")],

        "tun.ok": [QT_TR_NOOP("TUN devices can be created")],
        "tun.missing": [
            QT_TR_NOOP("/dev/net/tun does not exist"),
            QT_TR_NOOP("No TUN capture: the compat path for L2TP/PPP-style pools is off."),
            QT_TR_NOOP("Pass the device to the container (--device /dev/net/tun) and allow it (systemd: DeviceAllow=/dev/net/tun rw).")],
        "tun.denied": [
            QT_TR_NOOP("/dev/net/tun cannot be opened"),
            QT_TR_NOOP("A TUN device cannot be created"),
            QT_TR_NOOP("No TUN capture: the compat path for L2TP/PPP-style pools is off."),
            QT_TR_NOOP("Pass the device to the container (--device /dev/net/tun) and allow it (systemd: DeviceAllow=/dev/net/tun rw)."),
            QT_TR_NOOP("Give bywayd CAP_NET_ADMIN (container: --cap-add NET_ADMIN); check the LSM profile allows tun_socket create.")],
        "tun.unsupported": [
            QT_TR_NOOP("The kernel has no TUN driver"),
            QT_TR_NOOP("No TUN capture: the compat path for L2TP/PPP-style pools is off."),
            QT_TR_NOOP("Load the tun module on the host (modprobe tun) or use a kernel with CONFIG_TUN.")],
        "tun.error": [
            QT_TR_NOOP("A TUN device cannot be created"),
            QT_TR_NOOP("No TUN capture: the compat path for L2TP/PPP-style pools is off."),
            QT_TR_NOOP("See the kernel log.")],

        "packet.ok": [QT_TR_NOOP("AF_PACKET sockets work")],
        "packet.unsupported": [
            QT_TR_NOOP("The kernel has no AF_PACKET"),
            QT_TR_NOOP("No AF_PACKET capture on per-tunnel interfaces: the compat path for xfrm/IKEv2 interfaces is off."),
            QT_TR_NOOP("Use a kernel with CONFIG_PACKET.")],
        "packet.denied": [
            QT_TR_NOOP("AF_PACKET sockets are refused"),
            QT_TR_NOOP("No AF_PACKET capture on per-tunnel interfaces: the compat path for xfrm/IKEv2 interfaces is off."),
            QT_TR_NOOP("Run the container with --cap-add NET_RAW (and check the seccomp/LSM profile allows AF_PACKET).")],

        "netns.host": [QT_TR_NOOP("Host network namespace")],
        "netns.container": [QT_TR_NOOP("Container network namespace")],
        "netns.namespace": [QT_TR_NOOP("A network namespace other than PID 1's")],
        "netns.container_host_network": [
            QT_TR_NOOP("A container sharing the host's network namespace"),
            QT_TR_NOOP("Everything Byway changes is the host's; tools in other containers with legacy iptables act on the same hooks (clients connect, nothing forwards)."),
            QT_TR_NOOP("Prefer a bridge network with a static IP, --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun.")],

        "sysctl.ip_forward.on": [QT_TR_NOOP("%1 forwarding on")],
        "sysctl.ipv6_forwarding.on": [QT_TR_NOOP("%1 forwarding on")],
        "sysctl.ip_forward.off": [
            QT_TR_NOOP("%1 forwarding off"),
            QT_TR_NOOP("The box does not route %1 between interfaces: clients connect, nothing is forwarded."),
            QT_TR_NOOP("set %1=1 (sysctl -w %1=1; persist in /etc/sysctl.d/)")],
        "sysctl.ipv6_forwarding.off": [
            QT_TR_NOOP("%1 forwarding off"),
            QT_TR_NOOP("The box does not route %1 between interfaces: clients connect, nothing is forwarded."),
            QT_TR_NOOP("set %1=1 (sysctl -w %1=1; persist in /etc/sysctl.d/)")],
        "sysctl.ip_forward.absent": [
            QT_TR_NOOP("%1 forwarding setting not found"),
            QT_TR_NOOP("%1 is disabled in this kernel or namespace."),
            QT_TR_NOOP("Enable %1 (kernel command line / module options).")],
        "sysctl.ipv6_forwarding.absent": [
            QT_TR_NOOP("%1 forwarding setting not found"),
            QT_TR_NOOP("%1 is disabled in this kernel or namespace."),
            QT_TR_NOOP("Enable %1 (kernel command line / module options).")],
        "sysctl.rp_filter.ok": [QT_TR_NOOP("No strict reverse-path filtering")],
        "sysctl.rp_filter.strict": [
            QT_TR_NOOP("Strict reverse-path filtering on %1"),
            QT_TR_NOOP("Asymmetric return traffic (bypass router) and replies routed by mark into another table are dropped on these interfaces."),
            QT_TR_NOOP("set net.ipv4.conf.all.rp_filter=2 and net.ipv4.conf.<if>.rp_filter=2 (loose) for %1")],
        "sysctl.src_valid_mark.ok": [QT_TR_NOOP("src_valid_mark %1")],
        "sysctl.src_valid_mark.off": [
            QT_TR_NOOP("rp_filter ignores fwmarks"),
            QT_TR_NOOP("With rp_filter on, replies arriving on a marked exit fail the reverse-path check."),
            QT_TR_NOOP("set net.ipv4.conf.all.src_valid_mark=1")],

        "fibrules.ok": [QT_TR_NOOP("Policy routing available")],
        "fibrules.unsupported": [
            QT_TR_NOOP("Policy routing is not available"),
            QT_TR_NOOP("No per-pool tables, no fwmark-selected exits, and the TUN capture cannot be routed (it needs \"from <pool> lookup <table>\")."),
            QT_TR_NOOP("Use a kernel with CONFIG_IP_MULTIPLE_TABLES (and IPV6_MULTIPLE_TABLES).")],

        "xfrm.ok": [QT_TR_NOOP("xfrm present (%1 SAs)")],
        "xfrm.unsupported": [
            QT_TR_NOOP("No xfrm (IPsec) in this kernel"),
            QT_TR_NOOP("IKEv2/IPsec tunnels cannot terminate on this box."),
            QT_TR_NOOP("Use a kernel with CONFIG_XFRM_USER (xfrm_user module).")],
        "xfrm.denied": [
            QT_TR_NOOP("xfrm state cannot be listed"),
            QT_TR_NOOP("IKEv2 tunnels on this box cannot be inspected."),
            QT_TR_NOOP("Give bywayd CAP_NET_ADMIN.")],
        "xfrm.error": [
            QT_TR_NOOP("xfrm state cannot be listed"),
            QT_TR_NOOP("IKEv2 tunnels on this box cannot be inspected."),
            QT_TR_NOOP("Give bywayd CAP_NET_ADMIN.")],
        "ppp.ok": [QT_TR_NOOP("/dev/ppp usable")],
        "ppp.missing": [
            QT_TR_NOOP("/dev/ppp does not exist"),
            QT_TR_NOOP("PPP-based tunnels (L2TP, PPTP) cannot terminate here."),
            QT_TR_NOOP("Pass --device /dev/ppp to the container, or create it (mknod /dev/ppp c 108 0).")],
        "ppp.unsupported": [
            QT_TR_NOOP("No PPP driver"),
            QT_TR_NOOP("PPP-based tunnels (L2TP, PPTP) cannot terminate here."),
            QT_TR_NOOP("Load ppp_generic on the host.")],
        "ppp.denied": [
            QT_TR_NOOP("/dev/ppp cannot be opened"),
            QT_TR_NOOP("PPP-based tunnels (L2TP, PPTP) cannot terminate here."),
            QT_TR_NOOP("Give bywayd CAP_NET_ADMIN and allow the device (DeviceAllow=/dev/ppp rw).")],

        "owners.none": [QT_TR_NOOP("No other owners of the ruleset or routing")],
        "owners.found": [QT_TR_NOOP("Other owners: %1")],

        "gateway.ipv4.ok": [QT_TR_NOOP("%1 default route present")],
        "gateway.ipv6.ok": [QT_TR_NOOP("%1 default route present")],
        "gateway.ipv4.none": [
            QT_TR_NOOP("No %1 default route in the main table"),
            QT_TR_NOOP("Direct exits have no way out."),
            QT_TR_NOOP("Configure a default route (DHCP/RA on the WAN, or a static one).")],
        "gateway.ipv6.none": [
            QT_TR_NOOP("No %1 default route in the main table"),
            QT_TR_NOOP("IPv6 stays off: no IPv6 egress."),
            QT_TR_NOOP("Configure a default route (DHCP/RA on the WAN, or a static one).")],
        "gateway.ipv4.unreachable": [
            QT_TR_NOOP("%1 gateway %2 does not answer ICMP"),
            QT_TR_NOOP("Traffic through that gateway may not get out (or it filters ICMP)."),
            QT_TR_NOOP("Check the link and the gateway; some routers drop echo requests.")],
        "gateway.ipv6.unreachable": [
            QT_TR_NOOP("%1 gateway %2 does not answer ICMP"),
            QT_TR_NOOP("Traffic through that gateway may not get out (or it filters ICMP)."),
            QT_TR_NOOP("Check the link and the gateway; some routers drop echo requests.")],
        "gateway.ipv4.error": [
            QT_TR_NOOP("Routes could not be read"),
            QT_TR_NOOP("The default gateway is unknown."),
            QT_TR_NOOP("See the kernel log.")],
        "gateway.ipv6.error": [
            QT_TR_NOOP("Routes could not be read"),
            QT_TR_NOOP("The default gateway is unknown."),
            QT_TR_NOOP("See the kernel log.")],

        "reach.ok": [QT_TR_NOOP("%1 reachable via %2")],
        "reach.refused": [
            QT_TR_NOOP("%1 via %2: host answers, port closed"),
            QT_TR_NOOP("The path works but nothing listens on that port."),
            QT_TR_NOOP("Check the upstream service and port.")],
        "reach.unreachable": [
            QT_TR_NOOP("%1 unreachable via %2"),
            QT_TR_NOOP("Users on this exit cannot reach %1."),
            // The longer form first: %1 alone would swallow " mark 0x…".
            QT_TR_NOOP("Check the exit's routing table, mark rule and link (ip route get %1 mark %2)."),
            QT_TR_NOOP("Check the exit's routing table, mark rule and link (ip route get %1).")],
        "reach.bad_target": [
            QT_TR_NOOP("Bad reachability target %1"),
            QT_TR_NOOP("That target is not probed."),
            QT_TR_NOOP("Use host[:port] with an IP literal, e.g. 192.0.2.1:443 or [2001:db8::1]:443.")],
        "reach.no_targets": [
            QT_TR_NOOP("No reachability targets configured"),
            QT_TR_NOOP("Upstream reachability per exit is not verified."),
            QT_TR_NOOP("Configure targets (e.g. the upstream proxy's host:port).")],

        "ipv6.egress.ok": [QT_TR_NOOP("IPv6 egress verified")],
        "ipv6.egress.disabled": [
            QT_TR_NOOP("IPv6 is disabled"),
            QT_TR_NOOP("IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits)."),
            QT_TR_NOOP("Enable IPv6 (ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0).")],
        "ipv6.egress.no_route": [
            QT_TR_NOOP("No IPv6 route to the Internet"),
            QT_TR_NOOP("IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits)."),
            QT_TR_NOOP("Give the WAN an IPv6 default route (RA/DHCPv6-PD or static).")],
        "ipv6.egress.unverified": [
            QT_TR_NOOP("IPv6 route present, egress not verified"),
            QT_TR_NOOP("IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits)."),
            QT_TR_NOOP("Add an IPv6 reachability target (e.g. [2001:db8::1]:443 of your upstream).")],
        "ipv6.egress.unreachable": [
            QT_TR_NOOP("IPv6 targets unreachable"),
            QT_TR_NOOP("IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits)."),
            QT_TR_NOOP("Check the IPv6 upstream (firewall, RA, prefix delegation).")],

        "pmtu.ok": [QT_TR_NOOP("Path MTU to %1 via %2: %3")],
        "pmtu.no_route": [
            QT_TR_NOOP("No path to %1 via %2"),
            QT_TR_NOOP("The path MTU towards it is unknown."),
            QT_TR_NOOP("Fix the route to %1 first.")],
        "pmtu.no_targets": [
            QT_TR_NOOP("No target for a path MTU"),
            QT_TR_NOOP("Tunnel MTU/MSS stay at their defaults."),
            QT_TR_NOOP("Configure a reachability target.")],

        "probe.check.unknown": [
            QT_TR_NOOP("Unknown check \"%1\""),
            QT_TR_NOOP("Nothing was probed for it."),
            QT_TR_NOOP("Use one of: %1")]
    })

    // The values a template's %1, %2… stand for in `text`, or null when
    // `text` is not that sentence. A placeholder used twice must match the
    // same value both times.
    function match(template: string, text: string): var {
        const order = []
        let pattern = ""
        const parts = template.split(/(%[1-9])/)
        for (const part of parts) {
            if (/^%[1-9]$/.test(part)) {
                const n = Number(part[1])
                const seen = order.indexOf(n)
                if (seen >= 0) {
                    pattern += "\\" + (seen + 1)
                } else {
                    order.push(n)
                    pattern += "(.+?)"
                }
            } else {
                pattern += part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
            }
        }
        const m = new RegExp("^" + pattern + "$").exec(text)
        if (!m)
            return null
        const values = []
        order.forEach((n, i) => values[n] = m[i + 1])
        return values
    }

    // One of a finding's sentences (summary, consequence or fix) translated.
    function text(code: string, english: string): string {
        if (english.length === 0)
            return ""
        const list = templates[code]
        if (!list)
            return english
        for (const t of list) {
            const values = match(t, english)
            if (values === null)
                continue
            return qsTr(t).replace(/%([1-9])/g, (all, n) => values[Number(n)] !== undefined ? values[Number(n)] : all)
        }
        return english
    }
}
