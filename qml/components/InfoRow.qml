// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway

// "Label: value"; the value wraps instead of clipping in narrow kiosk cards.
RowLayout {
    id: root

    property string label
    property string value
    property color valueColor: Theme.text

    Layout.fillWidth: true
    spacing: Theme.spacing

    // The label keeps its natural width (eliding only past 45 % of the row):
    // a wrapping label laid out once at a page's first, zero width (pages are
    // made by Loaders) stayed narrow and broke words ("Revisio|n").
    Label {
        text: root.label
        color: Theme.subtleText
        Layout.alignment: Qt.AlignTop
        Layout.maximumWidth: root.width > 200 ? root.width * 0.45 : implicitWidth
        elide: Text.ElideRight
    }
    Label {
        text: root.value
        color: root.valueColor
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
