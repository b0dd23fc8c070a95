// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// "Confirm when healthy": the checks bywayd probes through the new state
// after Apply; it keeps the configuration by itself once all pass and
// reverts at the deadline otherwise. Edits go to ConfigModel when a field
// is left, so typing does not rebuild the rows.
ColumnLayout {
    id: root

    property bool enabledByDeadline: ConfigModel.confirmSeconds > 0

    spacing: 4

    CheckBox {
        //: Apply option: bywayd confirms by itself when the checks below pass
        text: qsTr("Confirm when healthy")
        checked: ConfigModel.confirmWhenHealthy
        enabled: root.enabledByDeadline
        implicitHeight: Theme.touchTarget
        onToggled: ConfigModel.confirmWhenHealthy = checked
        ToolTip.visible: hovered
        //: Tooltip of the "Confirm when healthy" option
        ToolTip.text: qsTr("After applying, bywayd checks these targets through the new configuration. When all answer it keeps it; when they do not before the deadline it restores the previous one.")
    }

    // A remote appliance whose role gives it an address of its own: the
    // change may move the address this GUI manages it on. The connection
    // follows the box there (AddressMove) and that confirms the change.
    RowLayout {
        visible: root.enabledByDeadline && AddressMove.offered
        spacing: 4
        Layout.fillWidth: true
        CheckBox {
            id: moves
            //: Apply option: the change moves the address this GUI reaches the remote box on; a field with the new address follows
            text: qsTr("Management address moves to")
            checked: AddressMove.wanted
            implicitHeight: Theme.touchTarget
            onToggled: AddressMove.wanted = checked
            ToolTip.visible: hovered
            //: Tooltip of the "Management address moves to" option
            ToolTip.text: qsTr("After applying, Byway reconnects to the box on this address with the same certificate and token. Reaching it there keeps the change; otherwise the box goes back to the previous configuration at the deadline and Byway to the old address.")
        }
        TextField {
            text: AddressMove.address
            enabled: AddressMove.wanted
            //: Placeholder of the new management address
            placeholderText: qsTr("IP address, e.g. 192.0.2.1")
            implicitHeight: Theme.touchTarget
            Layout.fillWidth: true
            Layout.minimumWidth: 140
            Accessible.name: moves.text
            onEditingFinished: AddressMove.address = text
        }
    }

    Repeater {
        model: root.enabledByDeadline && ConfigModel.confirmWhenHealthy ? ConfigModel.healthChecks : []
        delegate: RowLayout {
            id: row
            required property var modelData
            required property int index
            // The reconnect check has its own row above.
            visible: row.modelData.kind !== "reconnect"
            spacing: 4
            Layout.fillWidth: true

            ComboBox {
                model: ["tcp", "icmp", "dns"]
                currentIndex: Math.max(0, model.indexOf(row.modelData.kind))
                implicitHeight: Theme.touchTarget
                //: Health check kind (TCP connect, ping, DNS query)
                Accessible.name: qsTr("Check kind")
                onActivated: ConfigModel.setHealthCheck(row.index, "kind", currentText)
            }
            TextField {
                text: row.modelData.target
                placeholderText: row.modelData.kind === "tcp" ? qsTr("IP:port, e.g. 192.0.2.1:443")
                                : row.modelData.kind === "dns" ? qsTr("name@server, e.g. example.org@192.0.2.53")
                                : qsTr("IP address, e.g. 192.0.2.1")
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Layout.minimumWidth: 160
                onEditingFinished: ConfigModel.setHealthCheck(row.index, "target", text)
            }
            SpinBox {
                from: 100
                to: 30000
                stepSize: 500
                editable: true
                value: row.modelData.timeoutMs
                implicitHeight: Theme.touchTarget
                //: Health check timeout in milliseconds
                Accessible.name: qsTr("Timeout (ms)")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Timeout (ms)")
                onValueModified: ConfigModel.setHealthCheck(row.index, "timeoutMs", value)
            }
            Button {
                //: Remove a health check
                text: qsTr("Remove")
                implicitHeight: Theme.touchTarget
                onClicked: ConfigModel.removeHealthCheck(row.index)
            }
        }
    }

    Button {
        visible: root.enabledByDeadline && ConfigModel.confirmWhenHealthy
        enabled: ConfigModel.healthChecks.length < 16
        //: Add a health check row
        text: qsTr("Add check")
        implicitHeight: Theme.touchTarget
        onClicked: ConfigModel.addHealthCheck()
    }
}
