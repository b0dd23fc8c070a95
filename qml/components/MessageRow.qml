// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One of bywayd's findings or problems ({id, args, message, severity}) in
// the reader's language: severity icon, what was found, and what it causes
// and how to fix it when the message has those. `where` names the place in
// people's words; `actionText` adds a button (jump to the field).
Pane {
    id: root

    required property var finding
    property string where: ""
    property string actionText: ""
    property bool framed: true
    // What was found only (the Overview has the consequence and the fix).
    property bool brief: false
    readonly property string messageId: finding.id || ""
    readonly property var args: finding.args || {}
    readonly property string consequence: (Messages.language, Messages.consequence(messageId, args, ""))
    readonly property string fix: (Messages.language, Messages.fix(messageId, args, ""))

    signal actionClicked()

    padding: framed ? (Theme.kiosk ? 10 : 12) : 0
    background: Rectangle {
        visible: root.framed
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing * 1.5

        StatusIcon {
            status: Texts.severityStatus(root.finding.severity || "error")
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            Label {
                text: Texts.fieldErrorText(root.finding)
                font.bold: root.framed
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: root.where.length > 0
                text: root.where
                color: Theme.subtleText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: !root.brief && root.consequence.length > 0
                text: qsTr("Consequence: %1").arg(root.consequence)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: !root.brief && root.fix.length > 0
                text: qsTr("Fix: %1").arg(root.fix)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Button {
            visible: root.actionText.length > 0
            text: root.actionText
            implicitHeight: Theme.touchTarget
            Layout.alignment: Qt.AlignTop
            onClicked: root.actionClicked()
        }
    }
}
