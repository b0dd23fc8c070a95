// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One entry of /exits: direct (table, mark, device) or SOCKS5 (server, port).
Pane {
    id: root

    required property int index
    readonly property string base: "/exits/" + index
    readonly property bool socks: (ConfigModel.generation, ConfigModel.fieldText(base + "/type", "string") === "socks5")

    padding: Theme.spacing
    background: Rectangle {
        color: "transparent"
        border.color: Theme.border
        radius: Theme.radius
    }
    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        columns: Theme.kiosk ? 1 : 3
        columnSpacing: Theme.spacing
        ConfigField {
            label: qsTr("Name")
            pointer: root.base + "/name"
        }
        ConfigField {
            //: Exit type
            label: qsTr("Type")
            pointer: root.base + "/type"
            kind: "choice"
            //: Exit type: leave through a routing table / mark
            choices: [{ value: "direct", text: qsTr("Direct") }, { value: "socks5", text: "SOCKS5" }]
        }
        ConfigField {
            shown: !root.socks
            //: Routing table number
            label: qsTr("Table")
            pointer: root.base + "/table"
            kind: "int"
        }
        ConfigField {
            shown: !root.socks
            //: Firewall mark (fwmark)
            label: qsTr("Mark")
            pointer: root.base + "/mark"
            kind: "mark"
            placeholder: "0x00010000"
        }
        ConfigField {
            shown: !root.socks
            label: qsTr("Device (optional)")
            pointer: root.base + "/device"
        }
        ConfigField {
            shown: root.socks
            label: qsTr("Server")
            pointer: root.base + "/server"
        }
        ConfigField {
            shown: root.socks
            label: qsTr("Port")
            pointer: root.base + "/port"
            kind: "int"
        }
        Button {
            text: qsTr("Remove exit")
            enabled: StatusModel.callerRole === "admin"
            implicitHeight: Theme.touchTarget
            onClicked: ConfigModel.removeExit(root.index)
        }
    }
}
