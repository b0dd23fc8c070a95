// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway

// One figure with its caption, for rows of statistics.
ColumnLayout {
    id: root

    property string caption
    property string value
    property color valueColor: Theme.text

    spacing: 0
    Label {
        text: root.value
        color: root.valueColor
        font.pixelSize: Theme.fontSize + 2
        font.bold: true
    }
    Label {
        text: root.caption
        color: Theme.subtleText
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        Layout.maximumWidth: 160
    }
}
