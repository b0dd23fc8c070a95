// SPDX-License-Identifier: GPL-3.0-or-later
// The config area's message templates (see messages.h): parse errors of a
// config document and the cross-field rules of validation. Never change an
// id's meaning; add new ids instead. %{name} is args[name]. The English texts
// are the `message` of each FieldError, for logs and the CLI.
#include "core/messages/messages.h"

#include <QtGlobal>

namespace byway::msg {
namespace {

constexpr Template kMessages[] = {
    {"config.member.unknown", QT_TRANSLATE_NOOP("Messages", "\"%{name}\" is not a member here (known: %{known})")},
    // ---- parsing ----
    {"config.setting.unknown", QT_TRANSLATE_NOOP("Messages", "unknown setting \"%{name}\"")},
    {"config.type.object", QT_TRANSLATE_NOOP("Messages", "must be an object")},
    {"config.type.array", QT_TRANSLATE_NOOP("Messages", "must be an array")},
    {"config.type.string", QT_TRANSLATE_NOOP("Messages", "must be a string")},
    {"config.type.bool", QT_TRANSLATE_NOOP("Messages", "must be true or false")},
    {"config.type.integer", QT_TRANSLATE_NOOP("Messages", "must be a whole number")},
    {"config.required", QT_TRANSLATE_NOOP("Messages", "is required")},
    {"config.required.nonempty", QT_TRANSLATE_NOOP("Messages", "must not be empty")},
    {"config.range.between", QT_TRANSLATE_NOOP("Messages", "must be between %{min} and %{max} (is %{value})")},
    {"config.format.u32", QT_TRANSLATE_NOOP("Messages", "must be a 32-bit number, decimal or 0x-hex (is \"%{value}\")")},
    {"config.format.prefix", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not an address with a prefix length like 10.20.0.0/24")},
    {"config.format.address", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not an IP address")},
    {"config.format.enum", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not one of: %{allowed}")},
    {"config.format.interface", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not an interface name")},
    {"config.format.interface_name", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not an interface name (1-15 characters, no / : * or spaces)")},
    {"config.format.interface_pattern", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not an interface name or a prefix with a trailing * (like vpns*)")},
    {"config.format.name", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not a valid name (1-32 of A-Z a-z 0-9 _ . -, starting with a letter or digit)")},
    {"config.version.newer", QT_TRANSLATE_NOOP("Messages", "config schema version %{version} is newer than this bywayd understands (%{supported})")},
    // ---- validation ----
    {"config.duplicate", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" appears more than once")},
    {"config.interfaces.wan_and_lan", QT_TRANSLATE_NOOP("Messages", "\"%{interface}\" is listed as both WAN and LAN")},
    {"config.interfaces.tunnel_conflict", QT_TRANSLATE_NOOP("Messages", "The tunnels pattern \"%{pattern}\" also matches %{interface}, a WAN, LAN or alternate interface: the VPN server's tunnels must be interfaces of their own")},
    {"config.interfaces.alternate_conflict", QT_TRANSLATE_NOOP("Messages", "\"%{interface}\" is also a WAN or LAN interface: the alternate port must be a separate link, or traffic loops between the two bridges")},
    {"config.prefix.host_bits", QT_TRANSLATE_NOOP("Messages", "%{value} has host bits set; did you mean %{network}?")},
    {"config.pool.overlap", QT_TRANSLATE_NOOP("Messages", "%{subnet} overlaps pool \"%{pool}\" (%{other})")},
    {"config.pool.not_routable", QT_TRANSLATE_NOOP("Messages", "%{subnet} is no range of client addresses: loopback, link-local, multicast and ranges from 0.0.0.0 or :: are never routed to VPN clients")},
    {"config.exit.unknown", QT_TRANSLATE_NOOP("Messages", "no exit named \"%{exit}\" in /exits")},
    {"config.user.duplicate", QT_TRANSLATE_NOOP("Messages", "user \"%{user}\" appears more than once")},
    {"config.user.outside_pool", QT_TRANSLATE_NOOP("Messages", "%{address} is outside the pool's subnet %{subnet}")},
    {"config.user.address_taken", QT_TRANSLATE_NOOP("Messages", "%{address} is assigned to another user")},
    {"config.nat.ipv6_disabled", QT_TRANSLATE_NOOP("Messages", "IPv6 masquerade of %{source} needs ipv6.enabled")},
    {"config.nat.out_not_wan", QT_TRANSLATE_NOOP("Messages", "\"%{interface}\" is neither one of the WAN interfaces (%{wan}) nor an exit's device")},
    {"config.nat.out_no_wan", QT_TRANSLATE_NOOP("Messages", "\"%{interface}\" is neither a WAN interface (none is set) nor an exit's device")},
    {"config.exit.mark_shared", QT_TRANSLATE_NOOP("Messages", "mark %{mark} is also exit %{exit}'s, which leaves by another table or device: a mark selects one route, so one of the two exits would take the other's")},
    {"config.exit.table_shared", QT_TRANSLATE_NOOP("Messages", "table %{table} is also exit %{exit}'s, which leaves by another device: a table holds one way out, so one of the two exits would take the other's")},
    {"config.exit.mark_outside_mask", QT_TRANSLATE_NOOP("Messages", "mark %{mark} uses bits outside the routing mark mask %{mask}")},
    {"config.exit.mark_capture", QT_TRANSLATE_NOOP("Messages", "bit %{bit} of the routing mark mask is reserved for the compat capture's own sockets")},
    {"config.exit.table_reserved", QT_TRANSLATE_NOOP("Messages", "table %{table} is reserved by the kernel (253 default, 254 main, 255 local)")},
    {"config.exit.table_byway", QT_TRANSLATE_NOOP("Messages", "table %{table} is Byway's own (%{bypass}: the bypass route, %{capture}: the compat capture); pick another")},
    {"config.exit.socks5_fields", QT_TRANSLATE_NOOP("Messages", "server, port, username and password belong to socks5 exits")},
    {"config.exit.socks5_server", QT_TRANSLATE_NOOP("Messages", "a socks5 exit needs a server")},
    {"config.exit.socks5_server_link_local", QT_TRANSLATE_NOOP("Messages", "%{value} is an IPv6 link-local address, which is reached only through an interface the exit cannot name: give the SOCKS5 server's global or unique local address")},
    {"config.exit.socks5_server_address", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not a SOCKS5 server's IP address: give the server's unicast IPv4 or IPv6 address (names are not resolved)")},
    {"config.exit.direct_fields", QT_TRANSLATE_NOOP("Messages", "table and device belong to direct exits: a socks5 exit reaches its server by the routes of its mark (or the main table)")},
    {"config.exit.name_reserved", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is reserved: the capture's counters and the topology call the way out of traffic without an exit \"main\"")},
    {"config.exit.device_not_out", QT_TRANSLATE_NOOP("Messages", "%{device} is no way out of this box: lo delivers to the box itself and the compat capture's TUN hands traffic back to the capture")},
    {"config.exit.socks5_port", QT_TRANSLATE_NOOP("Messages", "a socks5 exit needs a port (1-65535)")},
    {"config.exit.password_without_user", QT_TRANSLATE_NOOP("Messages", "a password without a username is never sent")},
    {"config.exit.credentials_length", QT_TRANSLATE_NOOP("Messages", "SOCKS5 usernames and passwords are at most 255 bytes (RFC 1929)")},
    {"config.routing.table_base_reserved", QT_TRANSLATE_NOOP("Messages", "tables %{first}-%{last} would include the kernel's 253-255")},
    {"config.routing.mark_mask_zero", QT_TRANSLATE_NOOP("Messages", "must leave Byway at least one mark bit")},
    {"config.vpn_gateway.wan", QT_TRANSLATE_NOOP("Messages", "a vpn-gateway needs the WAN interface its pools leave through")},
    {"config.vpn_gateway.pools", QT_TRANSLATE_NOOP("Messages", "a vpn-gateway needs at least one pool")},
    {"config.vpn_gateway.tunnels", QT_TRANSLATE_NOOP("Messages", "a vpn-gateway needs the tunnel interface pattern of its VPN server (like vpns*)")},
    {"config.pool.unmasqueraded", QT_TRANSLATE_NOOP("Messages", "pool %{subnet} is not covered by any masquerade source (%{sources}): its clients would get addresses that are never masqueraded")},
    {"config.pool.unmasqueraded.no_sources", QT_TRANSLATE_NOOP("Messages", "pool %{subnet} is not covered by any masquerade source (none is set): its clients would get addresses that are never masqueraded")},
    {"config.bypass.lan", QT_TRANSLATE_NOOP("Messages", "the primary LAN interface (or bridge) is required")},
    {"config.secondary.wan", QT_TRANSLATE_NOOP("Messages", "a secondary router needs its WAN port towards the main router")},
    {"config.bypass.main_router", QT_TRANSLATE_NOOP("Messages", "the main router's address is required")},
    {"config.bypass.address", QT_TRANSLATE_NOOP("Messages", "this box's address on the primary LAN (like 192.168.10.2/24) is required")},
    {"config.address.not_a_host", QT_TRANSLATE_NOOP("Messages", "%{address} is the network or broadcast address of %{subnet}: no host has it")},
    {"config.bypass.main_router_is_self", QT_TRANSLATE_NOOP("Messages", "the main router cannot have this box's own address")},
    {"config.bypass.main_router_off_lan", QT_TRANSLATE_NOOP("Messages", "%{mainRouter} is not on this box's LAN %{lan}: a bypass router forwards to a main router on the same LAN")},
    {"config.bypass.ipv4_only", QT_TRANSLATE_NOOP("Messages", "a bypass router sends its clients' IPv4 to the main router: this box's address on the LAN must be IPv4 (IPv6 clients reach the main router directly, or through bypass.ipv6Secondary)")},
    {"config.bypass.nat", QT_TRANSLATE_NOOP("Messages", "a bypass router forwards without NAT; use role secondary-router for NAT")},
    {"config.bypass.ipv6_alternate", QT_TRANSLATE_NOOP("Messages", "IPv6 secondary routing needs the port on the alternate bridge")},
    {"config.bypass.ipv6_disabled", QT_TRANSLATE_NOOP("Messages", "IPv6 secondary routing needs ipv6.enabled")},
    {"config.wan_separated.wan", QT_TRANSLATE_NOOP("Messages", "the WAN interface whose table is selected by mark is required")},
    {"config.wan_separated.selector", QT_TRANSLATE_NOOP("Messages", "wan-separated needs a direct exit with both a mark and a table (the WAN table)")},
    {"config.capture.mtu_ipv6", QT_TRANSLATE_NOOP("Messages", "IPv6 needs an MTU of at least 1280 (is %{mtu})")},
    {"config.capture.tun_conflict", QT_TRANSLATE_NOOP("Messages", "\"%{interface}\" is already a WAN, LAN or alternate interface")},
    {"config.capture.tun_pattern", QT_TRANSLATE_NOOP("Messages", "\"%{interface}\" matches \"%{pattern}\": the capture's TUN is Byway's own device, not a VPN tunnel; name it outside that pattern")},
    {"config.ipv6.egress_target", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not [IPv6 address]:port like [2001:db8::1]:443")},
    {"config.ipv6.egress_target_host", QT_TRANSLATE_NOOP("Messages", "%{value} is this box itself or no one host out there (loopback, ::, multicast or link-local): a probe of it proves no IPv6 egress")},
    {"config.dns.resolver", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not address:port like 127.0.0.1:54")},
    {"config.dns.resolver_host", QT_TRANSLATE_NOOP("Messages", "%{value} is no resolver's address (0.0.0.0, ::, broadcast or multicast)")},
    {"config.dns.redirect_needs_resolver", QT_TRANSLATE_NOOP("Messages", "redirecting DNS of a group needs the WAN-only resolver (dns.wanResolver)")},
    {"config.debug.category", QT_TRANSLATE_NOOP("Messages", "\"%{value}\" is not a log category (%{known}, or all)")},
};

} // namespace

std::span<const Template> configMessages()
{
    return kMessages;
}

} // namespace byway::msg
