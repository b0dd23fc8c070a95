// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway

// "Label: value" that wraps instead of clipping in narrow kiosk cards.
RowLayout {
    id: root

    property string label
    property string value
    property color valueColor: Theme.text

    Layout.fillWidth: true
    spacing: Theme.spacing

    Label {
        text: root.label
        color: Theme.subtleText
        Layout.alignment: Qt.AlignTop
        Layout.maximumWidth: Math.max(60, root.width * 0.45)
        wrapMode: Text.Wrap
    }
    Label {
        text: root.value
        color: root.valueColor
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
