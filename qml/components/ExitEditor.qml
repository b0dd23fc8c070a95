// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One entry of /exits: direct (table, mark, device) or SOCKS5 (server, port,
// credentials, mark).
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
        id: grid
        // Columns of one width, whatever a field holds (a combo box's
        // longest choice, an error's unwrapped text).
        readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns
        anchors.left: parent.left
        anchors.right: parent.right
        columns: Theme.kiosk ? 1 : 3
        columnSpacing: Theme.spacing
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            pointer: root.base + "/name"
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            pointer: root.base + "/type"
            kind: "choice"
            //: Exit type: leave through a routing table / mark
            choices: [{ value: "direct", text: qsTr("Direct") }, { value: "socks5", text: "SOCKS5" }]
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            shown: !root.socks
            pointer: root.base + "/table"
            kind: "int"
        }
        // Both types: a SOCKS5 exit's connections to its server carry it.
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            pointer: root.base + "/mark"
            kind: "mark"
            placeholder: "0x00010000"
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            shown: !root.socks
            pointer: root.base + "/device"
            kind: "interface"
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            shown: root.socks
            pointer: root.base + "/server"
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            shown: root.socks
            pointer: root.base + "/port"
            kind: "int"
            placeholder: "1080"
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            shown: root.socks
            pointer: root.base + "/username"
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            shown: root.socks
            pointer: root.base + "/password"
            secret: true
        }
        Button {
            text: qsTr("Remove exit")
            enabled: StatusModel.callerRole === "admin"
            implicitHeight: Theme.touchTarget
            onClicked: ConfigModel.removeExit(root.index)
        }
    }
}
