// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Desktop navigation: product name, live mode and connection, then the pages.
Rectangle {
    id: root

    required property var pages
    property int currentIndex: 0
    signal activated(int index)

    color: Theme.sidebar
    implicitWidth: Theme.sidebarWidth

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            text: "Byway"
            font.pixelSize: Theme.titleFontSize
            font.bold: true
            color: Theme.text
            Layout.leftMargin: Theme.spacing
            Layout.topMargin: Theme.spacing
        }
        ModeBadge {
            mode: StatusModel.mode
            Layout.leftMargin: Theme.spacing
        }
        Label {
            visible: ApplianceModel.activeRemote
            //: Sidebar: the remote appliance in use
            text: qsTr("Appliance: %1").arg(ApplianceModel.activeName)
            color: Theme.text
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
        }
        Label {
            text: Texts.connectionState(HelperConnection.state, HelperConnection.errorCode)
            color: HelperConnection.state === HelperConnection.Connected ? Theme.subtleText : Theme.fail
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.bottomMargin: Theme.spacing
        }
        Repeater {
            model: root.pages
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                text: modelData.title
                highlighted: index === root.currentIndex
                implicitHeight: Theme.touchTarget + 4
                Layout.fillWidth: true
                onClicked: root.activated(index)
            }
        }
        Item { Layout.fillHeight: true }
    }
}
