// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway

// A titled panel; children go into a column below the title.
Pane {
    id: root

    property string title
    default property alias content: column.data

    padding: Theme.kiosk ? 12 : 16
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    ColumnLayout {
        id: column
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            visible: root.title.length > 0
            text: root.title
            font.bold: true
            color: Theme.subtleText
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
    }
}
