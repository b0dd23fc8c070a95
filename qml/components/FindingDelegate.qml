// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One probe finding: status, what was found, what it means and the fix, in
// the reader's language from the finding's message id and args (the English
// sentences are the fallback for an id this build does not know).
Pane {
    id: root

    required property string check
    required property string status
    required property string code
    required property string summary
    required property string evidence
    required property string consequence
    required property string fix
    required property string messageId
    required property var args

    padding: Theme.kiosk ? 10 : 12
    background: Rectangle {
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spacing * 1.5

        StatusIcon {
            status: root.status
            Layout.alignment: Qt.AlignTop
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: (Messages.language, Messages.text(root.messageId, root.args, root.summary))
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: Texts.statusName(root.status)
                    color: Theme.statusColor(root.status)
                    font.pixelSize: Theme.smallFontSize
                    Layout.alignment: Qt.AlignTop
                }
            }
            Label {
                text: root.check
                color: Theme.subtleText
                font.family: Theme.monoFamily
                font.pixelSize: Theme.smallFontSize
            }
            Label {
                visible: root.consequence.length > 0
                //: Probe finding: what the problem causes
                text: qsTr("Consequence: %1").arg((Messages.language, Messages.consequence(root.messageId, root.args, root.consequence)))
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: root.fix.length > 0
                //: Probe finding: how to fix the problem
                text: qsTr("Fix: %1").arg((Messages.language, Messages.fix(root.messageId, root.args, root.fix)))
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
