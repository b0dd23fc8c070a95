// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// config.history with a revert button per earlier entry. With unsaved
// edits in the editor a revert asks first: it would throw them away.
Card {
    id: root

    // The entry whose revert waits for a yes (unsaved edits would go), or -1.
    property int askingFor: -1
    // The question has opened (or moved): the page brings it into view.
    signal revealWanted(Item item)

    Connections {
        target: ConfigModel
        function onDirtyChanged() {
            if (!ConfigModel.dirty)
                root.askingFor = -1
        }
    }

    //: Card title: the applied configs, newest first
    title: qsTr("History")

    Label {
        visible: ConfigModel.history.count === 0
        text: qsTr("Nothing applied yet.")
        color: Theme.subtleText
    }
    Repeater {
        model: ConfigModel.history
        delegate: ColumnLayout {
            id: entry
            required property int historyId
            required property double revision
            required property string at
            required property string who
            required property string action
            required property string configRole
            required property bool current
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            RowLayout {
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
                    onClicked: {
                        if (ConfigModel.dirty) {
                            root.askingFor = entry.historyId
                            return
                        }
                        root.askingFor = -1
                        ConfigModel.revertTo(entry.historyId)
                    }
                }
            }
            // Unsaved edits: the revert loads this entry's config over them.
            RowLayout {
                id: question
                visible: root.askingFor === entry.historyId
                Layout.fillWidth: true
                spacing: Theme.spacing
                // The safe answer takes the focus; the row is shown where the layout places it.
                onVisibleChanged: if (visible) {
                    keepEditing.forceActiveFocus()
                    root.revealWanted(question)
                }
                onYChanged: if (visible) root.revealWanted(question)
                onHeightChanged: if (visible) root.revealWanted(question)
                Label {
                    //: History: asked before a revert while the editor has unsaved changes
                    text: qsTr("Reverting throws away your unsaved changes.")
                    color: Theme.warn
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Button {
                    //: History: revert although unsaved changes go
                    text: qsTr("Discard changes and revert")
                    implicitHeight: Theme.touchTarget
                    onClicked: {
                        root.askingFor = -1
                        ConfigModel.revertTo(entry.historyId)
                    }
                }
                Button {
                    id: keepEditing
                    //: History: do not revert; go on editing
                    text: qsTr("Keep editing")
                    implicitHeight: Theme.touchTarget
                    onClicked: root.askingFor = -1
                }
            }
        }
    }
}
