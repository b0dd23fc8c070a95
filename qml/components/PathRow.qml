// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One path of the topology as a row: direction, hops, counters, rate, note.
ItemDelegate {
    id: root

    required property string pathId
    required property string kind
    required property var hops
    required property string note
    required property bool skipsThisBox
    required property bool counted
    required property double packets
    required property double bytes
    required property real rate
    required property bool viaCapture
    required property string exit
    required property var history
    property bool selected: false
    // The throughput of the last minutes (the detail panel shows it).
    property bool showChart: false

    highlighted: selected
    padding: Theme.kiosk ? 8 : 10
    background: Rectangle {
        color: root.selected ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.12) : Theme.surface
        border.color: root.kind === "return" ? Theme.warn : Theme.accent
        radius: Theme.radius
    }
    contentItem: ColumnLayout {
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: Texts.pathKindName(root.kind)
                font.bold: true
                color: root.kind === "return" ? Theme.warn : Theme.accent
            }
            Label {
                text: Texts.hopsText(root.hops)
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        Label {
            visible: root.viaCapture
            //: Topology: a path counted by the compat capture, %1 is the exit's name ("main" = the main routing table)
            text: qsTr("Through the compat capture, exit %1").arg(root.exit === "main" ? qsTr("main table") : root.exit)
            color: Theme.text
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            text: root.counted ? Texts.counters(root.packets, root.bytes, root.rate)
                               //: Topology: a path no Byway rule counts
                               : qsTr("No Byway rule sees this traffic, so it has no counters.")
            color: Theme.subtleText
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: text.length > 0
            text: Texts.pathNote(root.pathId, root.skipsThisBox, root.note)
            color: Theme.text
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ThroughputChart {
            visible: root.showChart && root.counted
            samples: root.history
            color: root.kind === "return" ? Theme.warn : Theme.accent
            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
        }
    }
}
