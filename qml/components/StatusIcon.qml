// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway

// A coloured disc with a glyph, so status reads without relying on colour alone.
Rectangle {
    id: root

    property string status

    implicitWidth: Theme.kiosk ? 28 : 22
    implicitHeight: implicitWidth
    radius: width / 2
    color: Theme.statusColor(root.status)

    Label {
        anchors.centerIn: parent
        color: Theme.dark ? "#101317" : "#ffffff"
        font.bold: true
        font.pixelSize: parent.height * 0.6
        text: root.status === "ok" ? "✓" : root.status === "warn" ? "!" : root.status === "fail" ? "✕" : root.status === "info" ? "i" : "–"
    }
}
