// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Byway.Backend

// The profile: desktop and kiosk share every component and differ only here.
QtObject {
    id: root

    readonly property bool kiosk: AppSettings.kiosk
    readonly property bool dark: AppSettings.dark

    // Touch targets of at least 9 mm: 56 px at the 160 dpi of a typical 7" panel.
    readonly property int touchTarget: kiosk ? 56 : 34
    readonly property int spacing: kiosk ? 12 : 8
    readonly property int margin: kiosk ? 12 : 20
    readonly property int fontSize: kiosk ? 16 : 14
    readonly property int smallFontSize: kiosk ? 14 : 12
    readonly property int titleFontSize: kiosk ? 20 : 22
    readonly property int sidebarWidth: 210
    readonly property int radius: 6
    readonly property string monoFamily: "monospace"

    readonly property color background: dark ? "#15181d" : "#f3f4f7"
    readonly property color surface: dark ? "#1f242b" : "#ffffff"
    readonly property color sidebar: dark ? "#101317" : "#e8ebf0"
    readonly property color text: dark ? "#e6e9ee" : "#1d2127"
    readonly property color subtleText: dark ? "#9aa4b2" : "#5b6472"
    readonly property color border: dark ? "#333a44" : "#d5d9e0"
    readonly property color accent: dark ? "#5b9bff" : "#2f6fdb"
    readonly property color ok: dark ? "#48bb78" : "#1f8a4c"
    readonly property color warn: dark ? "#ecc94b" : "#b7791f"
    readonly property color fail: dark ? "#fc8181" : "#c53030"
    readonly property color neutral: dark ? "#a0aec0" : "#718096"

    function statusColor(status: string): color {
        switch (status) {
        case "ok": return root.ok
        case "warn": return root.warn
        case "fail": return root.fail
        default: return root.neutral
        }
    }

    function modeColor(mode: string): color {
        switch (mode) {
        case "standard": return root.ok
        case "compat": return root.warn
        case "limited": return root.fail
        default: return root.neutral
        }
    }
}
