// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One entry of /pools.
Pane {
    id: root

    required property int index
    readonly property string base: "/pools/" + index
    readonly property var ownError: (ConfigModel.errorCount, ConfigModel.generation, ConfigModel.fieldError(base))

    padding: Theme.spacing
    background: Rectangle {
        color: "transparent"
        border.color: root.ownError.code !== undefined ? Theme.fail : Theme.border
        radius: Theme.radius
    }
    GridLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        columns: Theme.kiosk ? 1 : 2
        columnSpacing: Theme.spacing
        ConfigField {
            //: VPN pool: its name
            label: qsTr("Name")
            pointer: root.base + "/name"
        }
        ConfigField {
            label: qsTr("Subnet")
            pointer: root.base + "/subnet"
            placeholder: "10.20.0.0/24"
        }
        ConfigField {
            label: qsTr("Users (name address, comma separated)")
            pointer: root.base + "/users"
            kind: "users"
            placeholder: "alice 10.20.0.10, bob 10.20.0.11"
        }
        ConfigField {
            label: qsTr("Exit (optional)")
            pointer: root.base + "/exit"
        }
        Button {
            text: qsTr("Remove pool")
            enabled: StatusModel.callerRole === "admin"
            implicitHeight: Theme.touchTarget
            onClicked: ConfigModel.removePool(root.index)
        }
    }
}
