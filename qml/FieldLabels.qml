// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Byway.Backend

// Every config setting's name as the form shows it, by JSON pointer: the
// fields use these labels and a problem names its place with them, so no
// message ever shows a raw path ("/bypass/address").
QtObject {
    id: root

    // "/pools/3/users/1/address" → "/pools/*/users/*/address"
    function pattern(path: string): string {
        return path.replace(/\/[0-9]+(?=\/|$)/g, "/*")
    }

    function label(path: string): string {
        switch (pattern(path)) {
        case "/role": return qsTr("What this box is")
        case "/interfaces/wan": case "/interfaces/wan/*": return qsTr("WAN interfaces")
        case "/interfaces/lan": case "/interfaces/lan/*": return qsTr("LAN ports or bridges")
        case "/interfaces/tunnels": case "/interfaces/tunnels/*": return qsTr("VPN interfaces (name or prefix*)")
        case "/interfaces/alternate": return qsTr("Alternate bridge port")
        case "/bypass/mainRouter": return qsTr("Main router address")
        case "/bypass/address": return qsTr("This box on the LAN (address/length)")
        //: The one DHCP server of the LAN
        case "/bypass/dhcp": return qsTr("DHCP server")
        case "/bypass/nat": return qsTr("Masquerade towards the main router")
        case "/bypass/ipv6Secondary": return qsTr("IPv6 as a secondary route on the alternate port")
        case "/nat/masquerade": case "/nat/masquerade/*": case "/nat/masquerade/*/source": case "/nat/masquerade/*/out":
            return qsTr("Masquerade (source prefix and WAN or exit device, comma separated)")
        case "/nat/mssClamp": return qsTr("Clamp TCP MSS to the path MTU")
        case "/capture/mode": return qsTr("Capture mode")
        case "/capture/mtu": return qsTr("MTU (576–9000)")
        //: The compat capture's TUN device name
        case "/capture/tun": return qsTr("Capture TUN device")
        case "/capture/maxFlows": return qsTr("Most flows at once (16–1000000)")
        case "/capture/packetInterfaces": case "/capture/packetInterfaces/*":
            return qsTr("AF_PACKET capture on (names or prefix*, comma separated)")
        case "/ipv6/enabled": return qsTr("Enable IPv6 (held off until the IPv6 egress probe passes)")
        case "/ipv6/egressTargets": case "/ipv6/egressTargets/*":
            return qsTr("IPv6 egress probe targets ([address]:port, comma separated)")
        case "/dns/wanResolver": return qsTr("WAN-only resolver (address:port)")
        case "/dns/redirectGroup": return qsTr("Redirect the DNS of this group's processes")
        case "/routing/tableBase": return qsTr("First routing table (Byway uses 100 from here)")
        case "/routing/priorityBase": return qsTr("First rule priority (Byway uses 1000 from here)")
        case "/routing/markMask": return qsTr("Mark bits Byway may use")
        case "/routing/repairDrift": return qsTr("Repair when others change Byway's kernel state")
        case "/debug/categories": case "/debug/categories/*": return qsTr("Debug log categories at start (comma separated, or all)")
        //: VPN pool: its name
        case "/pools/*/name": return qsTr("Name")
        case "/pools/*/subnet": return qsTr("Subnet")
        case "/pools/*/users": case "/pools/*/users/*": case "/pools/*/users/*/name":
        case "/pools/*/users/*/address": case "/pools/*/users/*/exit":
            //: VPN pool: its users (one row each: name, address, own exit)
            return qsTr("Users")
        case "/pools/*/exit": return qsTr("Exit (optional)")
        case "/exits/*/name": return qsTr("Name")
        //: Exit type
        case "/exits/*/type": return qsTr("Type")
        //: Routing table number
        case "/exits/*/table": return qsTr("Table")
        //: Firewall mark (fwmark)
        case "/exits/*/mark": return qsTr("Mark")
        case "/exits/*/device": return qsTr("Device (optional)")
        case "/exits/*/server": return qsTr("Server")
        case "/exits/*/port": return qsTr("Port")
        case "/exits/*/username": return qsTr("User name (optional)")
        case "/exits/*/password": return qsTr("Password (optional)")
        }
        return ""
    }

    function sectionTitle(section: string): string {
        switch (section) {
        case "role": return qsTr("Role")
        case "interfaces": return qsTr("Interfaces")
        case "bypass": return qsTr("Bypass routing")
        case "nat": return qsTr("NAT")
        case "capture": return qsTr("Capture")
        case "ipv6": return "IPv6"
        case "dns": return "DNS"
        //: Config section title: routing tables, rule priorities and marks
        case "routing": return qsTr("Routing")
        case "debug": return qsTr("Debug")
        case "pools": return ConfigModel.role === "bypass-router" || ConfigModel.role === "secondary-router"
                             //: Config section title on a bypass or secondary router: groups of LAN clients, each with its exit
                             ? qsTr("Client pools") : qsTr("VPN pools")
        case "exits": return qsTr("Exits")
        }
        return ""
    }

    // Where a problem is, in the form's words: "Bypass routing › This box on
    // the LAN", "VPN pools › office › Subnet". A setting the form has no
    // label for is named by its section; a member the schema does not know
    // by its name in the config file (dns.resolver), never by a JSON pointer.
    function where(place: var, path: string): string {
        const parts = []
        const section = place.section || ""
        if (section.length > 0)
            parts.push(sectionTitle(section))
        if (place.item >= 0) {
            const name = ConfigModel.fieldText("/" + section + "/" + place.item + "/name", "string")
            parts.push(name.length > 0 ? name : String(place.item + 1))
        }
        const own = label(path)
        if (own.length > 0 && !(place.item >= 0 && pattern(path) === "/" + section + "/*"))
            parts.push(own)
        if (parts.length === 0) {
            //: Config editor: a problem in a setting the form has no field for; %1 is its name in the config file (dns.resolver)
            return qsTr("%1 (not in this form: edit the config file or use bywayctl)").arg(path.substring(1).replace(/\//g, "."))
        }
        return parts.join(" › ")
    }
}
