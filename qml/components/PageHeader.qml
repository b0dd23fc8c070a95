// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Page title with room for the page's own buttons on the right. In the
// kiosk (no sidebar) it carries the mode and connection on every page.
//
// Anchored, not a RowLayout: Qt 6.4 left such a row as it had been laid out
// before bywayd connected on a page that was not shown then (Settings in the
// kiosk: the badge stood where the "Connecting" text had been, and kept the
// width of the text it had before), since a layout that is not visible
// misses its children's changes. Anchors follow at once.
Item {
    id: root
    objectName: "pageHeader"

    property string title
    default property alias tools: toolRow.data
    property bool showStatus: Theme.kiosk
    readonly property real spacing: Theme.spacing

    // The connection text's width follows the header's (at most 30 %), so it is left out here.
    implicitWidth: titleLabel.implicitWidth + spacing + toolRow.implicitWidth + (status.visible ? spacing + badge.implicitWidth : 0)
    implicitHeight: Math.max(titleLabel.implicitHeight, toolRow.implicitHeight, status.visible ? status.implicitHeight : 0)

    Label {
        id: titleLabel
        objectName: "pageTitle"
        anchors.left: parent.left
        anchors.right: toolRow.left
        anchors.rightMargin: toolRow.implicitWidth > 0 ? root.spacing : 0
        anchors.verticalCenter: parent.verticalCenter
        text: root.title
        font.pixelSize: Theme.titleFontSize
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
    }
    RowLayout {
        id: toolRow
        anchors.right: status.visible ? status.left : parent.right
        anchors.rightMargin: status.visible ? root.spacing : 0
        anchors.verticalCenter: parent.verticalCenter
        width: implicitWidth
        spacing: Theme.spacing
    }
    // The mode, and while bywayd is not connected how it stands.
    Item {
        id: status
        readonly property bool connected: HelperConnection.state === HelperConnection.Connected
        visible: root.showStatus
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: implicitWidth
        height: implicitHeight
        implicitWidth: badge.implicitWidth + (connected ? 0 : root.spacing + connection.width)
        implicitHeight: Math.max(badge.implicitHeight, connected ? 0 : connection.implicitHeight)

        ModeBadge {
            id: badge
            objectName: "headerModeBadge"
            anchors.verticalCenter: parent.verticalCenter
            mode: status.connected ? StatusModel.mode : "unknown"
        }
        Label {
            id: connection
            objectName: "headerConnection"
            visible: !status.connected
            x: badge.width + root.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, root.width * 0.3)
            text: Texts.connectionState(HelperConnection.state, HelperConnection.errorCode)
            color: Theme.fail
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideRight
        }
    }
}
