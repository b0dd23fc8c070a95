// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway

// A column title that sorts its table: a tap sorts by `key`, another tap
// flips the order; the arrow shows which column and which way.
ItemDelegate {
    id: root

    required property string key
    required property var proxy   // a FlowFilterModel
    property int alignment: Text.AlignLeft

    readonly property bool sorted: proxy.sortKey === key
    implicitHeight: Theme.kiosk ? Theme.touchTarget : 30
    padding: 2
    leftPadding: 4
    rightPadding: 4
    contentItem: Label {
        text: root.text + (root.sorted ? (root.proxy.descending ? " ▼" : " ▲") : "")
        font.bold: true
        font.pixelSize: Theme.smallFontSize
        color: root.sorted ? Theme.accent : Theme.subtleText
        horizontalAlignment: root.alignment
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    onClicked: proxy.toggleSort(key)
}
