// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// config.plan as a person reads it: what applying adds (+) and removes (−),
// grouped as nftables rules, routing rules, routes, addresses and sysctls;
// the notes; and, on demand, the equivalent nft/ip/sysctl commands (text
// to read, never run). ConfigModel drops the plan when the document or the
// kernel changes, so what is shown is always for what would be applied now.
Card {
    id: root

    //: Card title: what applying would change
    title: qsTr("Plan")

    function groupTitle(group: string): string {
        switch (group) {
        //: Plan group: rules and chains of Byway's nftables table
        case "nft": return qsTr("nftables rules")
        //: Plan group: policy routing rules (ip rule)
        case "rules": return qsTr("Routing rules")
        //: Plan group: routes (ip route)
        case "routes": return qsTr("Routes")
        //: Plan group: interface addresses
        case "addresses": return qsTr("Addresses")
        //: Plan group: kernel settings under /proc/sys
        case "sysctls": return qsTr("Kernel settings (sysctl)")
        }
        return group
    }

    Label {
        text: !ConfigModel.planChanges
              ? qsTr("No changes: applying would make zero kernel writes.")
              //: Plan summary: %1 = create/replace/remove/none (nftables action), %2 = rule count
              : qsTr("nftables: %1, %n rule(s)", "", ConfigModel.planNftRules).arg(Texts.nftAction(ConfigModel.planNftAction))
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        id: groups
        model: ConfigModel.planDiff
        delegate: ColumnLayout {
            id: group
            required property var modelData
            objectName: "planGroup_" + group.modelData.group
            spacing: 2
            Layout.fillWidth: true
            Label {
                //: Plan group heading: %1 = group name, %2 = lines added, %3 = lines removed
                text: qsTr("%1: +%2 −%3").arg(root.groupTitle(group.modelData.group))
                          .arg(group.modelData.add.length).arg(group.modelData.remove.length)
                font.bold: true
                color: Theme.text
                Layout.topMargin: Theme.spacing / 2
                Layout.fillWidth: true
            }
            Label {
                visible: group.modelData.omitted
                //: Plan: a change too long to list line by line
                text: qsTr("Too many lines to list; the commands below have all of them.")
                color: Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: group.modelData.remove
                delegate: Label {
                    required property string modelData
                    text: "− " + modelData
                    color: Theme.fail
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
            }
            Repeater {
                model: group.modelData.add
                delegate: Label {
                    required property string modelData
                    text: "+ " + modelData
                    color: Theme.ok
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.WrapAnywhere
                    Layout.fillWidth: true
                }
            }
        }
    }
    Repeater {
        model: ConfigModel.planNotes
        delegate: Label {
            required property var modelData
            text: "• " + Texts.messageText(modelData)
            color: Theme.warn
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Button {
        id: commandsToggle
        visible: ConfigModel.planText.length > 0
        checkable: true
        flat: true
        implicitHeight: Theme.touchTarget
        text: (checked ? "▾ " : "▸ ")
              //: Plan: shows the commands an admin could run by hand to the same effect (read only, never run)
              + qsTr("Equivalent commands")
    }
    ScrollView {
        visible: commandsToggle.visible && commandsToggle.checked
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(planText.implicitHeight + 16, Theme.kiosk ? 180 : 320)
        clip: true
        TextArea {
            id: planText
            readOnly: true
            text: ConfigModel.planText
            font.family: Theme.monoFamily
            font.pixelSize: Theme.smallFontSize
            wrapMode: TextEdit.NoWrap
            selectByMouse: true
        }
    }
}
