// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Page title with room for the page's own buttons on the right. In the
// kiosk (no sidebar) it carries the mode and connection on every page.
RowLayout {
    id: root

    property string title
    default property alias tools: toolRow.data
    property bool showStatus: Theme.kiosk

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
    ModeBadge {
        objectName: "headerModeBadge"
        visible: root.showStatus
        mode: HelperConnection.state === HelperConnection.Connected ? StatusModel.mode : "unknown"
    }
    Label {
        objectName: "headerConnection"
        visible: root.showStatus && HelperConnection.state !== HelperConnection.Connected
        text: Texts.connectionState(HelperConnection.state)
        color: Theme.fail
        font.pixelSize: Theme.smallFontSize
        elide: Text.ElideRight
        Layout.maximumWidth: root.width * 0.3
    }
}
