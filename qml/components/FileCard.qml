// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Import/export of the config file by path. QtQuick.Dialogs is not part of
// the supported install (Debian's qml6-module-qtquick-dialogs is absent), so
// desktop and kiosk both use a path field.
Card {
    id: root

    property string result: ""

    //: Card title: import/export the config file
    title: qsTr("Import / export")

    TextField {
        id: path
        text: ConfigModel.defaultExportPath
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
    }
    RowLayout {
        spacing: Theme.spacing
        Button {
            //: Write the edited config to the file
            text: qsTr("Export")
            implicitHeight: Theme.touchTarget
            onClicked: root.result = ConfigModel.exportTo(path.text) ? qsTr("Exported to %1").arg(path.text) : ""
        }
        Button {
            //: Load a config file into the editor (not applied)
            text: qsTr("Import")
            enabled: StatusModel.callerRole === "admin"
            implicitHeight: Theme.touchTarget
            onClicked: root.result = ConfigModel.importFrom(path.text)
                       ? qsTr("Imported; check it, plan and apply.") : ""
        }
    }
    Label {
        visible: root.result.length > 0
        text: root.result
        color: Theme.ok
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
