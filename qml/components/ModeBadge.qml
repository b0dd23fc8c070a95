// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway

// Standard / Compat / Limited / Unknown as a pill.
Rectangle {
    id: root

    property string mode: "unknown"
    property bool large: false

    implicitWidth: label.implicitWidth + (large ? 32 : 18)
    implicitHeight: label.implicitHeight + (large ? 12 : 6)
    radius: height / 2
    color: Theme.modeColor(root.mode)

    Label {
        id: label
        anchors.centerIn: parent
        text: Texts.modeName(root.mode)
        color: Theme.dark ? "#101317" : "#ffffff"
        font.bold: true
        font.pixelSize: root.large ? Theme.titleFontSize : Theme.smallFontSize
    }
}
