// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Byway.Backend

// bywayd speaks in stable codes; this is where they become words. Kept in QML
// so a language switch re-evaluates every binding that calls these.
QtObject {
    id: root

    function modeName(mode: string): string {
        switch (mode) {
        //: Operating mode badge: full nftables path available
        case "standard": return qsTr("Standard")
        //: Operating mode badge: traffic captured in user space (TUN/AF_PACKET)
        case "compat": return qsTr("Compat")
        //: Operating mode badge: important features unavailable
        case "limited": return qsTr("Limited")
        //: Operating mode badge: not known yet (no helper or no probe)
        default: return qsTr("Unknown")
        }
    }

    function modeExplanation(mode: string): string {
        switch (mode) {
        case "standard": return qsTr("The kernel offers everything Byway needs; traffic is handled by nftables and policy routing.")
        case "compat": return qsTr("Part of the kernel path is unusable here; Byway captures traffic in user space instead.")
        case "limited": return qsTr("Some features cannot work on this system. The findings below say why and how to fix it.")
        default: return qsTr("The mode is known once bywayd has probed this system.")
        }
    }

    function statusName(status: string): string {
        switch (status) {
        //: Probe finding status
        case "ok": return qsTr("OK")
        //: Probe finding status
        case "warn": return qsTr("Warning")
        //: Probe finding status
        case "fail": return qsTr("Failed")
        //: Probe finding status: the check did not run
        case "skipped": return qsTr("Skipped")
        default: return status
        }
    }

    function roleName(role: string): string {
        switch (role) {
        //: Config role: nothing configured yet
        case "none": return qsTr("Not configured")
        case "vpn-gateway": return qsTr("VPN gateway")
        //: Config role: side router beside the main router
        case "bypass-router": return qsTr("Bypass router")
        case "secondary-router": return qsTr("Secondary router")
        //: Config role: WAN and mesh traffic kept in separate routing tables
        case "wan-separated": return qsTr("WAN separation")
        case "": return "—"
        default: return role
        }
    }

    function sourceName(source: string): string {
        switch (source) {
        //: Where the running config came from
        case "file": return qsTr("Config file")
        //: Where the running config came from: the saved copy after a bad file
        case "last-good": return qsTr("Last good copy")
        //: Where the running config came from
        case "defaults": return qsTr("Built-in defaults")
        case "": return "—"
        default: return source
        }
    }

    function callerRoleName(role: string): string {
        switch (role) {
        //: What this user may do with bywayd
        case "admin": return qsTr("Administrator (may change settings)")
        //: What this user may do with bywayd
        case "view": return qsTr("Read-only")
        case "": return "—"
        default: return role
        }
    }

    // The connection's state in words; `code` (HelperConnection.errorCode)
    // says whose refusal it is: a certificate not trusted yet or a missing
    // token is this side's, nothing was sent.
    function connectionState(state: int, code: string): string {
        switch (state) {
        case HelperConnection.Connected: return qsTr("Connected to bywayd")
        case HelperConnection.Connecting: return qsTr("Connecting to bywayd…")
        case HelperConnection.Refused:
            switch (code) {
            //: Connection state: a remote appliance's certificate waits for the admin's trust
            case "certificate_untrusted": return qsTr("Not connected: its certificate is not trusted yet")
            //: Connection state: a remote appliance presented another certificate than the pinned one
            case "certificate_changed": return qsTr("Not connected: its certificate changed")
            //: Connection state: the remote appliance did not accept the token
            case "unauthenticated": return qsTr("The appliance refused the token")
            //: Connection state: no token to send to the remote appliance
            case "token_missing":
            case "keychain_unavailable": return qsTr("Not connected: no token")
            default: return qsTr("bywayd refused this user")
            }
        default: return qsTr("Not connected to bywayd")
        }
    }

    // Error codes from core/error.h, as the helper sends them.
    function errorText(code: string): string {
        switch (code) {
        case "": return ""
        case "parse_error": return qsTr("bywayd could not read the request.")
        case "invalid_request": return qsTr("bywayd rejected a malformed request.")
        case "method_not_found": return qsTr("This bywayd does not offer that function; it may be older than the GUI.")
        case "invalid_params": return qsTr("A parameter was missing or invalid.")
        case "internal": return qsTr("bywayd hit an internal error.")
        case "message_too_large": return qsTr("The message was larger than the 1 MiB limit.")
        case "permission_denied": return qsTr("Permission denied: join the group byway-view to read or byway to change settings.")
        case "validation_failed": return qsTr("The configuration has errors.")
        case "storage_failed": return qsTr("bywayd could not read or write the configuration file.")
        case "not_found": return qsTr("Not found.")
        case "busy": return qsTr("bywayd is busy with another change; try again shortly.")
        // From a bywayd that answered: it cannot do it here (no privileges,
        // no kernel support); without an answer: it is not there.
        case "unavailable": return HelperConnection.state === HelperConnection.Connected
                                   //: An answer from a running bywayd; its reason follows
                                   ? qsTr("bywayd cannot do this on this system.")
                                   : qsTr("bywayd is not running or its socket is missing.")
        case "timeout": return qsTr("bywayd did not answer in time.")
        case "protocol_mismatch": return qsTr("bywayd speaks a different protocol version.")
        case "kernel_failed": return qsTr("The kernel refused the change.")
        case "conflict": return qsTr("The configuration was changed by someone else in the meantime.")
        //: Remote appliance: auth.token refused
        case "unauthenticated": return qsTr("The appliance did not accept the token: it is wrong, expired or revoked. Enter a new one.")
        //: Remote appliance: too many failed logins
        case "rate_limited": return qsTr("Too many failed attempts: the appliance asks to wait before the next one.")
        //: Remote appliance: first connection, certificate not pinned yet
        case "certificate_untrusted": return qsTr("The appliance's certificate is not trusted yet. Compare its fingerprint with the one the appliance shows, then trust it.")
        //: Remote appliance: the certificate differs from the pinned one
        case "certificate_changed": return qsTr("The appliance presented a different certificate than the one trusted before. The connection was refused and nothing was sent.")
        case "tls_failed": return qsTr("The secure connection to the appliance failed.")
        //: Remote appliance: no token in the keychain for it
        case "token_missing": return qsTr("No token is stored for this appliance. Enter its token.")
        case "keychain_unavailable": return qsTr("The token could not be read: no keychain is available.")
        case "keychain_write_failed": return qsTr("The token could not be stored in the keychain; it is kept only until Byway quits.")
        case "keychain_remove_failed": return qsTr("The token could not be removed from the keychain.")
        default: return qsTr("Error: %1").arg(code)
        }
    }

    // What a user with this role may do here: "" when nothing is held back.
    function readOnlyReason(): string {
        if (HelperConnection.remote && HelperConnection.remoteRole === "view")
            //: Remote appliance connected with a view token
            return qsTr("Read-only: the token for this appliance has the view role; applying needs an admin token.")
        if (StatusModel.loaded && StatusModel.callerRole !== "admin")
            return qsTr("Read-only: only members of the group byway can change the configuration.")
        return ""
    }

    // ---- flows ----
    function flowStateName(state: string): string {
        switch (state) {
        //: Flow state: connecting to the destination
        case "connecting": return qsTr("connecting")
        //: Flow state: talking to the SOCKS5 exit
        case "socks": return qsTr("SOCKS")
        //: Flow state: TCP handshake with the client
        case "handshake": return qsTr("handshake")
        //: Flow state
        case "established": return qsTr("established")
        //: Flow state: one side has closed
        case "half-closed": return qsTr("half-closed")
        //: Flow state
        case "closing": return qsTr("closing")
        //: Flow state of UDP/ICMP flows
        case "open": return qsTr("open")
        default: return state
        }
    }

    function userName(user: string): string {
        //: Flows: a client address no VPN session is mapped to
        return user.length > 0 ? user : qsTr("(no user)")
    }

    // Short durations for the flow table: 5 s, 3 min, 2 h, 4 d.
    function duration(ms: double): string {
        const s = Math.floor(ms / 1000)
        //: Duration in seconds, short
        if (s < 60) return qsTr("%1 s").arg(s)
        //: Duration in minutes, short
        if (s < 3600) return qsTr("%1 min").arg(Math.floor(s / 60))
        //: Duration in hours, short
        if (s < 86400) return qsTr("%1 h").arg(Math.floor(s / 3600))
        //: Duration in days, short
        return qsTr("%1 d").arg(Math.floor(s / 86400))
    }

    // The empty state of the Flows page: why no flows can be shown.
    function captureOffReason(problem: string, mode: string, idle: string): string {
        if (problem.length > 0)
            //: Flows page: the capture failed to start; %1 is the helper's reason
            return qsTr("Capture is not running — it could not start: %1").arg(problem)
        if (idle === "no_ipv4_pool")
            //: Flows page: capture is on in the configuration, but no IPv4 pool routes traffic into it
            return qsTr("Capture is not running — no IPv4 pool sends traffic into it (it takes the IPv4 pools' traffic only). Add the VPN server's IPv4 pool on the Configuration page.")
        if (mode === "standard")
            return qsTr("Capture is not running — this box is in Standard mode: nftables forwards traffic in the kernel, so no flows pass through user space. The capture starts when the configuration sets it on, or on Automatic when the probe finds Compat mode.")
        if (mode === "unknown")
            return qsTr("Capture is not running — the mode is not known yet (no probe result).")
        return qsTr("Capture is not running — the configuration has it off. Set Capture to On or Automatic on the Configuration page and apply.")
    }

    // ---- appliances ----
    function applianceCheckText(code: string): string {
        switch (code) {
        case "": return ""
        case "name_missing": return qsTr("Give the appliance a name.")
        case "host_missing": return qsTr("Enter the appliance's host name or address.")
        case "port_range": return qsTr("The port must be between 1 and 65535.")
        //: %1 is the expected shape of a token
        case "token_format": return qsTr("That is not a Byway token (it looks like %1).").arg("byw_<id>_<secret>")
        case "duplicate": return qsTr("This host and port are already in the list.")
        default: return errorText(code)
        }
    }

    function tokenStateText(state: string): string {
        switch (state) {
        //: Where an appliance's token is kept
        case "keychain": return qsTr("Token in the keychain")
        //: Where an appliance's token is kept: no keychain, memory only
        case "session": return qsTr("Token kept for this session only")
        default: return qsTr("No token")
        }
    }

    function levelName(level: int): string {
        switch (level) {
        //: Log level
        case LogModel.Debug: return qsTr("Debug")
        //: Log level
        case LogModel.Info: return qsTr("Info")
        //: Log level
        case LogModel.Warning: return qsTr("Warning", "log level")
        //: Log level
        case LogModel.Error: return qsTr("Error")
        //: Log level
        default: return qsTr("Critical")
        }
    }

    function uptime(seconds: int): string {
        if (seconds < 60)
            return qsTr("%n second(s)", "", seconds)
        if (seconds < 3600)
            return qsTr("%n minute(s)", "", Math.floor(seconds / 60))
        if (seconds < 86400)
            return qsTr("%n hour(s)", "", Math.floor(seconds / 3600))
        return qsTr("%n day(s)", "", Math.floor(seconds / 86400))
    }

    // ---- topology ----
    function nodeKindName(kind: string): string {
        switch (kind) {
        //: Topology node kind
        case "internet": return qsTr("Internet")
        //: Topology node kind: the router that owns the WAN
        case "main-router": return qsTr("Main router")
        //: Topology node kind: the box Byway runs on
        case "this-box": return qsTr("This box")
        //: Topology node kind: LAN port or bridge
        case "lan": return qsTr("LAN bridge")
        //: Topology node kind: the alternate bridge/port of a bypass router
        case "alternate": return qsTr("Alternate bridge")
        //: Topology node kind: the LAN's client devices
        case "clients": return qsTr("Clients")
        //: Topology node kind: VPN address pool
        case "pool": return qsTr("VPN pool")
        //: Topology node kind: where traffic leaves (direct table/mark or SOCKS5)
        case "exit": return qsTr("Exit")
        //: Topology node kind: the compat capture (TUN + userspace stack) on this box
        case "capture": return qsTr("Compat capture")
        default: return kind
        }
    }

    // The helper names fixed nodes in English; those are translated here, the
    // rest are the admin's own names (interfaces, pools, exits).
    function nodeName(kind: string, label: string): string {
        switch (kind) {
        case "internet":
        case "main-router":
        case "this-box":
        case "clients":
            return nodeKindName(kind)
        default:
            return label.length > 0 ? label : nodeKindName(kind)
        }
    }

    // The helper's node details that are words rather than names or addresses.
    function nodeDetail(detail: string): string {
        let m = /^gateway (.+)$/.exec(detail)
        if (m)
            //: Topology: the clients' default gateway
            return qsTr("gateway %1").arg(m[1])
        if (detail === "main table")
            //: Topology: a direct exit without table or mark: the main routing table
            return qsTr("main routing table")
        // "compat capture": what a bywayd before "running" sent.
        if (detail === "running" || detail === "compat capture")
            //: Topology: the compat capture is running (its node's state)
            return qsTr("running")
        if (detail === "stopped")
            //: Topology: the compat capture is not running now (its counters stay)
            return qsTr("stopped")
        m = /^dev (\S+)$/.exec(detail)
        if (m)
            //: Topology: a direct exit bound to a device
            return qsTr("via %1").arg(m[1])
        m = /^table (\S+) mark (\S+)$/.exec(detail)
        if (m)
            //: Topology: a direct exit's routing table and fwmark
            return qsTr("table %1 mark %2").arg(m[1]).arg(m[2])
        return detail
    }

    // A port's own addresses on this box ("192.168.10.2/24"); a bywayd
    // before them sent only the subnets.
    function portAddresses(port: var): var {
        return port.addresses ?? port.subnets ?? []
    }

    function portRole(role: string): string {
        switch (role) {
        //: Topology: a port's role on this box
        case "lan": return qsTr("LAN")
        //: Topology: a port's role on this box
        case "wan": return qsTr("WAN")
        //: Topology: a port's role on this box: the alternate port of a bypass router
        case "alternate": return qsTr("alternate")
        //: Topology: a port's role on this box: VPN tunnel interfaces
        case "tunnel": return qsTr("VPN")
        default: return role
        }
    }

    function pathKindName(kind: string): string {
        switch (kind) {
        //: Topology path: traffic towards the internet
        case "upstream": return qsTr("Upstream")
        //: Topology path: replies back to the clients
        case "return": return qsTr("Return")
        default: return kind
        }
    }

    function hopsText(hops: var): string {
        const names = []
        for (const h of hops) {
            const n = TopologyModel.node(h)
            names.push(n.kind ? nodeName(n.kind, n.label) : h)
        }
        return names.join(" → ")
    }

    function dataSize(bytes: double): string {
        // Qt's own unit below a kilobyte is "bytes" whatever the count ("1 bytes").
        if (Math.abs(bytes) < 1000)
            //: A size below a kilobyte
            return qsTr("%n byte(s)", "", bytes)
        return Qt.locale(Language.language).formattedDataSize(bytes, 1, Locale.DataSizeSIFormat)
    }

    function rate(bytesPerSec: real): string {
        if (bytesPerSec < 0)
            return "…"
        //: Transfer rate, %1 is a size such as "1.2 kB"
        return qsTr("%1/s").arg(dataSize(bytesPerSec))
    }

    function counters(packets: double, bytes: double, bytesPerSec: real): string {
        //: Topology path counters: packets, bytes and current rate
        return qsTr("%n packet(s)", "", packets) + " · " + dataSize(bytes) + " · " + rate(bytesPerSec)
    }

    // The helper's notes are English; the known ones are said here.
    function pathNote(pathId: string, skipsThisBox: bool, note: string): string {
        if (skipsThisBox)
            //: Topology: the return path of a bypass router
            return qsTr("Replies go from the main router straight to the clients and skip this box (asymmetric routing; rp_filter is loose).")
        if (note.length === 0)
            return ""
        if (pathId === "up6")
            return qsTr("IPv6 as a secondary route on the alternate port.")
        if (pathId === "back6")
            //: Topology: IPv6 replies of a bypass router with IPv6 secondary routing
            return qsTr("IPv6 replies come back through the alternate port and this box.")
        if (pathId === "mesh")
            return qsTr("Unmarked traffic uses the main routing table.")
        if (pathId.startsWith("wan:"))
            return qsTr("Marked sockets and the WAN-only resolver.")
        if (pathId.startsWith("capture-"))
            //: Topology: a compat capture path while the capture does not run (another role, or compat no longer needed)
            return qsTr("The compat capture is stopped: these counts are from when it ran.")
        if (pathId === "back" && note.startsWith("without NAT"))
            return qsTr("Without NAT the main router needs a route back to this box's LAN.")
        return note
    }

    // ---- configuration ----
    // Validation codes from docs/config.md; the helper's message adds the specifics.
    // A config error ({code, id, args, message}, from ConfigModel) in the
    // reader's language: bywayd's words rendered from id and args; they name
    // the problem exactly, so the generic kind is added only for an id this
    // build lacks (a newer or older bywayd), before its English message.
    function fieldErrorText(e: var): string {
        return Messages.known(e.id || "") ? messageText(e) : validationText(e.code, e.message || "")
    }

    // bywayd's words for anything carrying {id, args, message}: config
    // findings, plan notes. Reads Messages.language so bindings follow a
    // language switch.
    function messageText(e: var): string {
        return (Messages.language, Messages.text(e.id || "", e.args || {}, e.message || ""))
    }

    // A finding's severity (error | warning | info) as a StatusIcon status.
    function severityStatus(severity: string): string {
        return severity === "error" ? "fail" : severity === "warning" ? "warn" : "info"
    }

    function validationText(code: string, message: string): string {
        let what
        switch (code) {
        //: Validation: a needed value is missing
        case "required": what = qsTr("Required"); break
        //: Validation: wrong JSON type
        case "type": what = qsTr("Wrong type"); break
        //: Validation: a member the schema does not have
        case "unknown": what = qsTr("Unknown setting"); break
        //: Validation: a value that does not parse (address, prefix, name)
        case "format": what = qsTr("Invalid format"); break
        //: Validation: number outside its range
        case "range": what = qsTr("Out of range"); break
        //: Validation: a name or address used twice
        case "duplicate": what = qsTr("Used twice"); break
        //: Validation: a name that points nowhere
        case "reference": what = qsTr("Refers to nothing"); break
        //: Validation: values that disagree with each other
        case "conflict": what = qsTr("Conflicts with another setting"); break
        //: Validation: the document is from a newer Byway
        case "version": what = qsTr("From a newer Byway"); break
        default: what = code
        }
        return message.length > 0 ? what + " — " + message : what
    }

    function nftAction(action: string): string {
        switch (action) {
        //: Plan: the nftables table is created
        case "create": return qsTr("create table")
        //: Plan: the nftables table is replaced atomically
        case "replace": return qsTr("replace table")
        //: Plan: the nftables table is removed
        case "remove": return qsTr("remove table")
        //: Plan: the nftables table stays as it is
        default: return qsTr("unchanged")
        }
    }

    function roleExplanation(role: string): string {
        switch (role) {
        case "vpn-gateway": return qsTr("VPN clients get addresses from pools; their traffic is forwarded and masqueraded out of the WAN.")
        case "bypass-router": return qsTr("Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients. Client pools with an exit leave by it instead (a tunnel to a VPN provider, masqueraded there).")
        case "secondary-router": return qsTr("This box routes its own LAN behind the main router, with or without NAT.")
        case "wan-separated": return qsTr("WAN and mesh traffic use separate routing tables; marked sockets and a WAN-only resolver leave through the WAN.")
        default: return qsTr("Byway probes and reports but changes nothing in the kernel.")
        }
    }

    function historyAction(action: string): string {
        switch (action) {
        //: History: config loaded when bywayd started
        case "startup": return qsTr("at start")
        //: History: an admin applied a config
        case "apply": return qsTr("applied")
        //: History: went back to the previous config
        case "rollback": return qsTr("rolled back")
        //: History: went back to a chosen earlier config
        case "revert": return qsTr("reverted")
        //: History: nobody confirmed in time, bywayd restored the previous config
        case "confirm-timeout": return qsTr("not confirmed, restored")
        default: return action
        }
    }

    // One health check of a pending confirm: "web via wan: passed".
    function healthCheckText(name: string, state: string, error: string): string {
        //: Health check state: it answered
        const s = state === "passed" ? qsTr("passed")
                //: Health check state: it failed and is being retried
                : state === "failing" ? qsTr("failing, retrying")
                //: Health check state: not probed yet
                : qsTr("waiting")
        //: Health check line: name, state and the last error (may be empty)
        return error.length > 0 ? qsTr("%1: %2 (%3)").arg(name).arg(s).arg(error) : qsTr("%1: %2").arg(name).arg(s)
    }

    // The connection following the box to its new management address.
    function addressMoveText(state: int, from: string, to: string): string {
        switch (state) {
        //: Management address move: the GUI now talks to the box on its new address, waiting for the outcome
        case AddressMove.Following: return qsTr("Following the box from %1 to %2 (same certificate and token)…").arg(from).arg(to)
        //: Management address move: the change was kept and the appliance is stored with its new address
        case AddressMove.Moved: return qsTr("The box is now managed at %1; the appliance's address is updated.").arg(to)
        //: Management address move: the change was rolled back, the GUI went back to the old address
        case AddressMove.Returned: return qsTr("The change was not kept: back to %1 (the appliance keeps that address).").arg(from)
        default: return ""
        }
    }

    function applyStateText(state: int, secondsLeft: int): string {
        switch (state) {
        case ConfigModel.Applying: return qsTr("Applying…")
        //: Commit-confirm: checking over a new connection that bywayd can still be reached
        case ConfigModel.Verifying: return qsTr("Applied. Checking that bywayd can still be reached over a new connection…")
        //: Commit-confirm countdown
        case ConfigModel.AwaitingDecision: return qsTr("Keep this configuration? It is reverted automatically in %n second(s).", "", secondsLeft)
        case ConfigModel.Confirming: return qsTr("Keeping…")
        case ConfigModel.Reverting: return qsTr("Reverting…")
        case ConfigModel.Applied: return qsTr("Applied and kept.")
        case ConfigModel.Reverted: return qsTr("Reverted to the previous configuration.")
        //: Commit-confirm: the second connection failed
        case ConfigModel.Unreachable: return qsTr("bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second(s).", "", secondsLeft)
        case ConfigModel.TimedOut: return qsTr("Not confirmed in time: bywayd restored the previous configuration.")
        case ConfigModel.Failed: return qsTr("The configuration was not applied.")
        default: return ""
        }
    }
}
