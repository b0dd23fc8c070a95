// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// What Byway does with the traffic of the applied role: the graph with live
// per-path counters, and the details of whatever was tapped.
Page {
    id: root

    //: Page title: the network picture
    title: qsTr("Topology")
    background: null

    property string selectedKind: ""
    property string selectedId: ""
    readonly property bool hasRole: TopologyModel.loaded && TopologyModel.role !== "none" && TopologyModel.role !== ""

    // Poll only while someone looks at the page.
    Binding {
        target: TopologyModel
        property: "active"
        value: root.visible
    }

    ScrollView {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacing

            PageHeader {
                title: root.title
                Layout.fillWidth: true
                Label {
                    visible: root.hasRole
                    text: Texts.roleName(TopologyModel.role)
                    color: Theme.subtleText
                }
            }
            ConnectionBanner { Layout.fillWidth: true }
            Label {
                visible: TopologyModel.errorCode.length > 0
                text: Texts.errorText(TopologyModel.errorCode) + (TopologyModel.errorMessage.length > 0 ? " (" + TopologyModel.errorMessage + ")" : "")
                color: Theme.fail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: TopologyModel.pending
                //: Topology: a config was applied with commit-confirm and waits for Keep
                text: qsTr("The applied configuration is waiting for confirmation; bywayd reverts it unless it is kept.")
                color: Theme.warn
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // What bywayd sees that bears on these paths: VPN peers outside
            // every pool, a foreign chain that drops what Byway accepts.
            Repeater {
                model: TopologyModel.findings
                delegate: MessageRow {
                    id: findingRow
                    required property var modelData
                    finding: findingRow.modelData
                    brief: true
                    Layout.fillWidth: true
                }
            }

            Card {
                visible: TopologyModel.loaded && !root.hasRole
                Layout.fillWidth: true
                Label {
                    //: Topology empty state
                    text: qsTr("No role applied: nothing is routed by Byway")
                    font.bold: true
                    font.pixelSize: Theme.fontSize + 2
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("Choose a role on the Configuration page and apply it; the paths of your traffic then appear here with live counters.")
                    color: Theme.subtleText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            BusyIndicator {
                visible: TopologyModel.loading
                running: visible
            }

            Card {
                visible: root.hasRole
                Layout.fillWidth: true
                TopologyGraph {
                    Layout.fillWidth: true
                    Layout.preferredHeight: implicitHeight
                    selectedKind: root.selectedKind
                    selectedId: root.selectedId
                    onSelected: (what, id) => { root.selectedKind = what; root.selectedId = id }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing * 2
                    Repeater {
                        model: [
                            //: Legend: traffic towards the internet
                            { kind: "upstream", text: qsTr("Upstream (solid)") },
                            //: Legend: the physical connections between the boxes
                            { kind: "link", text: qsTr("Connection (grey)") },
                            //: Legend: replies back to the clients
                            { kind: "return", text: qsTr("Return (dashed)") }
                        ]
                        delegate: Row {
                            id: legend
                            required property var modelData
                            spacing: 6
                            Rectangle {
                                width: 28
                                height: 3
                                anchors.verticalCenter: parent.verticalCenter
                                color: legend.modelData.kind === "return" ? Theme.warn
                                       : legend.modelData.kind === "link" ? Theme.border : Theme.accent
                            }
                            Label {
                                text: legend.modelData.text
                                color: Theme.subtleText
                                font.pixelSize: Theme.smallFontSize
                            }
                        }
                    }
                    Label {
                        //: Hint under the topology graph
                        text: Theme.kiosk ? qsTr("Tap a box or a path below for details.") : qsTr("Tap a box or a rate for details.")
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallFontSize
                    }
                }
            }

            TopologyDetail {
                visible: root.hasRole && root.selectedId.length > 0
                selectedKind: root.selectedKind
                selectedId: root.selectedId
                Layout.fillWidth: true
            }

            Repeater {
                model: root.hasRole ? TopologyModel.paths : null
                delegate: PathRow {
                    Layout.fillWidth: true
                    selected: root.selectedKind === "path" && root.selectedId === pathId
                    onClicked: { root.selectedKind = "path"; root.selectedId = pathId }
                }
            }
            // The VPN path's drop: packets from the VPN interfaces whose
            // source is in no pool never reach the WAN. Shown once any was
            // dropped; none is the normal case.
            Pane {
                id: foreignDrop
                visible: root.hasRole && TopologyModel.foreignDropCounted && TopologyModel.foreignDropPackets > 0
                Layout.fillWidth: true
                padding: Theme.kiosk ? 8 : 10
                background: Rectangle {
                    color: Qt.rgba(Theme.fail.r, Theme.fail.g, Theme.fail.b, 0.08)
                    border.color: Theme.fail
                    radius: Theme.radius
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 2
                    Label {
                        //: Topology: counted drop on the VPN path; packets from VPN clients whose address is in no configured pool
                        text: qsTr("Dropped: source outside every pool")
                        font.bold: true
                        color: Theme.fail
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        //: Topology: how many packets the drop rule counted, and their size
                        text: qsTr("%n packet(s)", "", TopologyModel.foreignDropPackets) + " · " + Texts.dataSize(TopologyModel.foreignDropBytes)
                        color: Theme.text
                        font.pixelSize: Theme.smallFontSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("The VPN server hands out addresses Byway has no pool for: their traffic is dropped before the WAN, never sent out unmasqueraded.")
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallFontSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
