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
    // This box: every port with its addresses.
    Repeater {
        model: root.selectedKind === "node" ? (root.node.ports || []) : []
        delegate: InfoRow {
            required property var modelData
            label: modelData.name + " (" + Texts.portRole(modelData.role) + ")"
            value: {
                const addresses = Texts.portAddresses(modelData)
                // A pattern ("vpns*"): the interfaces it matches now, and their addresses.
                if (modelData.interfaceCount !== undefined) {
                    if (modelData.interfaceCount === 0)
                        //: Topology: a tunnel pattern's port (vpns*) when no interface it matches has an address now
                        return qsTr("no matching interface with an address")
                    const more = modelData.interfaceCount > modelData.interfaces.length ? ", …" : ""
                    //: Topology: a tunnel pattern's port (vpns*): %n interfaces match it now, %1 their names
                    const matched = qsTr("%n interface(s): %1", "", modelData.interfaceCount)
                                        .arg(modelData.interfaces.join(", ") + more)
                    return addresses.length > 0 ? addresses.join(", ") + " · " + matched : matched
                }
                //: Topology: a port without an address
                return addresses.length > 0 ? addresses.join(", ") : qsTr("no address")
            }
        }
    }
    // Clients and pools: the clients bywayd knows (VPN sessions, capture
    // users, hosts in the neighbour table), each with where it is known from.
    Label {
        visible: root.selectedKind === "node" && (root.node.members || []).length > 0
        //: Topology node detail: the clients bywayd knows on this segment
        text: qsTr("Known clients:")
        color: Theme.subtleText
    }
    Repeater {
        model: root.selectedKind === "node" ? (root.node.members || []) : []
        delegate: InfoRow {
            required property var modelData
            readonly property string source: {
                switch (modelData.source) {
                //: Topology: a known client's origin: the VPN server said it holds this address
                case "session": return qsTr("VPN session")
                //: Topology: a known client's origin: the compat capture carried its traffic
                case "capture": return qsTr("capture")
                //: Topology: a known client's origin: the box's ARP/NDP neighbour table
                case "neighbour": return qsTr("neighbour")
                default: return ""
                }
            }
            label: modelData.name
            value: [modelData.source === "neighbour" ? "" : (modelData.address || ""),
                    modelData.bytesOut !== undefined
                        ? "↑ " + Texts.dataSize(modelData.bytesOut) + " ↓ " + Texts.dataSize(modelData.bytesIn) : "",
                    modelData.dev || "", modelData.lladdr || "", source].filter(s => s.length > 0).join(" · ")
        }
    }
    Label {
        visible: root.selectedKind === "node" && (root.node.membersMore || 0) > 0
        //: Topology node detail: known clients not listed
        text: qsTr("and %n more", "", root.node.membersMore || 0)
        color: Theme.subtleText
    }
    // The capture: its users' counters, the busiest first.
    Repeater {
        model: root.selectedKind === "node" && root.node.kind === "capture" ? TopologyModel.captureUsers.slice(0, 12) : []
        delegate: InfoRow {
            required property var modelData
            label: modelData.user
            //: Topology: a capture user's counters: bytes out, bytes in, packets
            value: qsTr("↑ %1 ↓ %2 · %n packet(s)", "", modelData.packets).arg(Texts.dataSize(modelData.bytesOut)).arg(Texts.dataSize(modelData.bytesIn))
        }
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
            showChart: root.selectedKind === "path"
            visible: root.selectedKind === "path" ? pathId === root.selectedId
                                                   : hops.indexOf(root.selectedId) >= 0
        }
    }
}
