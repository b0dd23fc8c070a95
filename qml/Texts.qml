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

    function connectionState(state: int): string {
        switch (state) {
        case HelperConnection.Connected: return qsTr("Connected to bywayd")
        case HelperConnection.Connecting: return qsTr("Connecting to bywayd…")
        case HelperConnection.Refused: return qsTr("bywayd refused this user")
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
        case "unavailable": return qsTr("bywayd is not running or its socket is missing.")
        case "timeout": return qsTr("bywayd did not answer in time.")
        case "protocol_mismatch": return qsTr("bywayd speaks a different protocol version.")
        case "kernel_failed": return qsTr("The kernel refused the change.")
        case "conflict": return qsTr("The configuration was changed by someone else in the meantime.")
        default: return qsTr("Error: %1").arg(code)
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
}
