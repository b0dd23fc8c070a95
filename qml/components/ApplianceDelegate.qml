// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One appliance in the list: name, address, trust and token state, and the
// actions for it.
Pane {
    id: root

    required property string applianceId
    required property string name
    required property bool remote
    required property string address
    required property string fingerprint
    required property bool pinned
    required property bool active
    required property string tokenState

    padding: Theme.kiosk ? 10 : 12
    background: Rectangle {
        color: root.active ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.10) : Theme.surface
        border.color: root.active ? Theme.accent : Theme.border
        border.width: root.active ? 2 : 1
        radius: Theme.radius
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                Label {
                    //: The local helper in the appliance list
                    text: root.remote ? root.name : qsTr("This computer")
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    visible: root.active
                    //: Appliance list: the one the GUI talks to now
                    text: qsTr("in use")
                    color: Theme.accent
                    font.pixelSize: Theme.smallFontSize
                }
            }
            Label {
                text: root.address
                color: Theme.subtleText
                font.family: Theme.monoFamily
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                visible: root.remote
                text: (root.pinned ? qsTr("Certificate pinned: %1").arg(root.fingerprint.substring(0, 23) + "…")
                                   : qsTr("Certificate not trusted yet"))
                      + " · " + Texts.tokenStateText(root.tokenState)
                color: root.pinned ? Theme.subtleText : Theme.warn
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Button {
            visible: !root.active
            //: Switch the GUI to this appliance
            text: qsTr("Use")
            implicitHeight: Theme.touchTarget
            onClicked: ApplianceModel.activate(root.applianceId)
        }
        Button {
            visible: root.remote
            //: Remove an appliance from the list (and its token from the keychain)
            text: qsTr("Remove")
            implicitHeight: Theme.touchTarget
            onClicked: ApplianceModel.remove(root.applianceId)
        }
    }
}
