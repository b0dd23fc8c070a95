// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// config.history with a revert button per earlier entry.
Card {
    id: root

    //: Card title: the applied configs, newest first
    title: qsTr("History")

    Label {
        visible: ConfigModel.history.count === 0
        text: qsTr("Nothing applied yet.")
        color: Theme.subtleText
    }
    Repeater {
        model: ConfigModel.history
        delegate: RowLayout {
            id: entry
            required property int historyId
            required property double revision
            required property string at
            required property string who
            required property string action
            required property string configRole
            required property bool current
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: "#" + entry.historyId
                font.family: Theme.monoFamily
                color: Theme.subtleText
            }
            Label {
                // The config revision too: the editor's "Revision N" is that, not the entry's #.
                //: History entry: time, what happened, role, the config revision it ran, who
                text: qsTr("%1 · %2 · %3 · revision %4 · %5").arg(entry.at).arg(Texts.historyAction(entry.action))
                          .arg(Texts.roleName(entry.configRole)).arg(entry.revision).arg(entry.who)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: entry.current
                //: History: the entry that runs now
                text: qsTr("current")
                color: Theme.ok
            }
            Button {
                visible: !entry.current
                //: History: go back to this applied config
                text: qsTr("Revert to this")
                enabled: StatusModel.callerRole === "admin"
                implicitHeight: Theme.touchTarget
                onClicked: ConfigModel.revertTo(entry.historyId)
            }
        }
    }
}
