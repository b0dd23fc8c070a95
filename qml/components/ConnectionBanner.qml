// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Says plainly when the GUI is not talking to bywayd, why, and what to do.
Pane {
    id: root

    visible: HelperConnection.state !== HelperConnection.Connected
    padding: Theme.kiosk ? 10 : 12
    background: Rectangle {
        readonly property color tone: HelperConnection.state === HelperConnection.Connecting ? Theme.neutral : Theme.fail
        color: Qt.rgba(tone.r, tone.g, tone.b, 0.15)
        border.color: tone
        radius: Theme.radius
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                text: Texts.connectionState(HelperConnection.state, HelperConnection.errorCode)
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: HelperConnection.errorCode.length > 0
                text: Texts.errorText(HelperConnection.errorCode)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: HelperConnection.errorMessage.length > 0
                //: Technical detail from the helper connection, shown under the translated reason
                text: qsTr("Details: %1").arg(HelperConnection.errorMessage)
                color: Theme.subtleText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Button {
            text: qsTr("Retry now")
            enabled: HelperConnection.state !== HelperConnection.Connecting
            implicitHeight: Theme.touchTarget
            onClicked: HelperConnection.reconnect()
        }
    }
}
