// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Apply with commit-confirm, from the model's state: verifying over a fresh
// connection, then Keep / Revert with the countdown, or what happened.
Pane {
    id: root

    readonly property int state: ConfigModel.applyState
    readonly property bool asking: state === ConfigModel.AwaitingDecision
    readonly property color tone: state === ConfigModel.Failed || state === ConfigModel.Unreachable || state === ConfigModel.TimedOut
                                  ? Theme.fail : (asking || state === ConfigModel.Verifying ? Theme.warn : Theme.ok)

    visible: state !== ConfigModel.Idle
    padding: Theme.kiosk ? 10 : 14
    background: Rectangle {
        color: Qt.rgba(root.tone.r, root.tone.g, root.tone.b, 0.14)
        border.color: root.tone
        border.width: 2
        radius: Theme.radius
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing

        Label {
            text: Texts.applyStateText(root.state, ConfigModel.secondsLeft)
            font.bold: true
            font.pixelSize: Theme.fontSize + (root.asking ? 4 : 0)
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: ConfigModel.errorCode.length > 0 && (root.state === ConfigModel.Failed || root.state === ConfigModel.Unreachable)
            text: Texts.errorText(ConfigModel.errorCode) + (ConfigModel.errorMessage.length > 0 ? "\n" + ConfigModel.errorMessage : "")
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        // Health-checked confirm: each check as bywayd reports it.
        Repeater {
            model: root.asking || root.state === ConfigModel.Verifying ? StatusModel.pendingChecks : []
            delegate: Label {
                required property var modelData
                text: Texts.healthCheckText(modelData.name, modelData.state, modelData.error || "")
                color: modelData.state === "passed" ? Theme.ok : (modelData.state === "failing" ? Theme.fail : Theme.text)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        // A change that moves the management address: where the connection is.
        Label {
            visible: AddressMove.state !== AddressMove.Idle
            text: Texts.addressMoveText(AddressMove.state, AddressMove.from, AddressMove.to)
            color: AddressMove.state === AddressMove.Moved ? Theme.ok
                   : (AddressMove.state === AddressMove.Returned ? Theme.fail : Theme.text)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ProgressBar {
            visible: root.asking || root.state === ConfigModel.Unreachable
            from: 0
            to: Math.max(1, ConfigModel.confirmSeconds)
            value: ConfigModel.secondsLeft
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                visible: root.asking
                //: Commit-confirm: keep the configuration just applied
                text: qsTr("Keep")
                highlighted: true
                implicitHeight: Theme.touchTarget
                onClicked: ConfigModel.keep()
            }
            Button {
                visible: root.asking || root.state === ConfigModel.Unreachable
                //: Commit-confirm: go back to the previous configuration now
                text: qsTr("Revert now")
                implicitHeight: Theme.touchTarget
                onClicked: ConfigModel.revert()
            }
            BusyIndicator {
                visible: root.state === ConfigModel.Applying || root.state === ConfigModel.Verifying
                         || root.state === ConfigModel.Confirming || root.state === ConfigModel.Reverting
                running: visible
                implicitHeight: Theme.touchTarget
                implicitWidth: Theme.touchTarget
            }
            Item { Layout.fillWidth: true }
            Button {
                // Not while following the box to a new address: the outcome decides where the connection goes.
                visible: !root.asking && root.state !== ConfigModel.Applying && root.state !== ConfigModel.Verifying
                         && root.state !== ConfigModel.Confirming && root.state !== ConfigModel.Reverting
                         && AddressMove.state !== AddressMove.Following
                text: qsTr("Dismiss")
                implicitHeight: Theme.touchTarget
                onClicked: ConfigModel.dismissApplyState()
            }
        }
    }
}
