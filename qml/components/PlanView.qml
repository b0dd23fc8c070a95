// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// config.plan as a person reads it: a summary, the sysctl and route
// changes as lists, the notes, and the equivalent nft/sysctl text.
Card {
    id: root

    //: Card title: what applying would change
    title: qsTr("Plan")

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
        model: ConfigModel.planSysctls
        delegate: Label {
            required property var modelData
            //: Plan: a sysctl change, e.g. "net/ipv4/ip_forward: 0 → 1 (why)"
            text: qsTr("sysctl %1: %2 → %3").arg(modelData.key).arg(modelData.from).arg(modelData.to)
                  + (modelData.why ? "  (" + modelData.why + ")" : "")
            color: Theme.text
            font.family: Theme.monoFamily
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
    Repeater {
        model: ConfigModel.planRoutes
        delegate: Label {
            required property var modelData
            //: Plan: a route or routing rule change
            text: qsTr("route: %1").arg(modelData)
            color: Theme.text
            font.family: Theme.monoFamily
            font.pixelSize: Theme.smallFontSize
            wrapMode: Text.Wrap
            Layout.fillWidth: true
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
    Label {
        visible: ConfigModel.planText.length > 0
        //: Plan: the commands an admin could run by hand to the same effect
        text: qsTr("Equivalent commands:")
        color: Theme.subtleText
    }
    ScrollView {
        visible: ConfigModel.planText.length > 0
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
