// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway

// Page title with room for the page's own buttons on the right.
RowLayout {
    id: root

    property string title
    default property alias tools: toolRow.data

    spacing: Theme.spacing

    Label {
        objectName: "pageTitle"
        text: root.title
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
        Layout.fillWidth: true
    }
    RowLayout {
        id: toolRow
        spacing: Theme.spacing
    }
}
