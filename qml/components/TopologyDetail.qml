// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// The detail panel of a tapped node or path.
Card {
    id: root

    property string selectedKind: ""
    property string selectedId: ""
    // Re-read on every poll so counters stay live.
    readonly property var node: selectedKind === "node" ? (TopologyModel.loaded, TopologyModel.node(selectedId)) : ({})

    title: selectedKind === "node" ? qsTr("Node") : qsTr("Path")

    InfoRow {
        visible: root.selectedKind === "node"
        label: qsTr("Name")
        value: root.node.kind ? Texts.nodeName(root.node.kind, root.node.label) : ""
    }
    InfoRow {
        visible: root.selectedKind === "node"
        //: Topology node: what kind of thing it is
        label: qsTr("Kind")
        value: root.node.kind ? Texts.nodeKindName(root.node.kind) : ""
    }
    InfoRow {
        visible: root.selectedKind === "node" && (root.node.detail || "").length > 0
        //: Topology node: address, interface or subnet
        label: qsTr("Details")
        value: Texts.nodeDetail(root.node.detail || "")
    }
    Label {
        visible: root.selectedKind === "node"
        //: Topology node detail: which paths pass this node
        text: qsTr("Paths through it:")
        color: Theme.subtleText
    }
    Repeater {
        model: TopologyModel.paths
        delegate: PathRow {
            Layout.fillWidth: true
            visible: root.selectedKind === "path" ? pathId === root.selectedId
                                                   : hops.indexOf(root.selectedId) >= 0
        }
    }
}
