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
        id: grid
        // Columns of one width, whatever a field holds (a combo box's
        // longest choice, an error's unwrapped text).
        readonly property real cellWidth: (width - (columns - 1) * columnSpacing) / columns
        anchors.left: parent.left
        anchors.right: parent.right
        columns: Theme.kiosk ? 1 : 2
        columnSpacing: Theme.spacing
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            pointer: root.base + "/name"
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            pointer: root.base + "/subnet"
            placeholder: "10.20.0.0/24"
        }
        ConfigField {
            Layout.preferredWidth: grid.cellWidth
            pointer: root.base + "/exit"
            kind: "exit"
        }
        UsersEditor {
            pointer: root.base + "/users"
            Layout.columnSpan: Theme.kiosk ? 1 : 2
        }
        Button {
            text: qsTr("Remove pool")
            enabled: StatusModel.callerRole === "admin"
            implicitHeight: Theme.touchTarget
            onClicked: ConfigModel.removePool(root.index)
        }
    }
}
