// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// The compat capture's live flows: who talks to whom through which exit,
// how much and for how long; per-user totals and the capture's counters.
// Polls once a second, only while this page is shown.
Page {
    id: root

    //: Page title: live connections through the capture
    title: qsTr("Flows")
    background: null

    // Narrow (kiosk panel): two lines per flow instead of columns.
    readonly property bool compact: width < 900
    readonly property bool running: FlowModel.loaded && FlowModel.captureRunning

    Binding {
        target: FlowModel
        property: "active"
        value: root.visible
    }

    FlowFilterModel {
        id: flows
        sourceModel: FlowModel
        filterText: filterField.text
        // Oldest first: a live table that does not reshuffle every second
        // until someone asks for it (a tap on Sent, Received or Rate).
        sortKey: "ageMs"
        descending: true
    }
    FlowFilterModel {
        id: users
        sourceModel: FlowModel.users
        filterRoles: ["user"]
        filterText: filterField.text
        sortKey: "user"
    }

    // Columns of the wide table: key (role), title, share of the width.
    readonly property var columns: [
        //: Flows table column
        { key: "user", title: qsTr("User"), weight: 11 },
        //: Flows table column: tcp/udp/icmp
        { key: "protocol", title: qsTr("Proto"), weight: 6 },
        //: Flows table column: client address:port
        { key: "source", title: qsTr("Source", "flow column: client address"), weight: 16 },
        //: Flows table column: destination address:port
        { key: "destination", title: qsTr("Destination"), weight: 18 },
        //: Flows table column: where the flow leaves
        { key: "exit", title: qsTr("Exit"), weight: 9 },
        //: Flows table column: bytes client → exit
        { key: "bytesUp", title: qsTr("Sent"), weight: 8, right: true },
        //: Flows table column: bytes exit → client
        { key: "bytesDown", title: qsTr("Received"), weight: 8, right: true },
        //: Flows table column: current rate
        { key: "rate", title: qsTr("Rate"), weight: 9, right: true },
        //: Flows table column: time since the flow started
        { key: "ageMs", title: qsTr("Age"), weight: 6, right: true },
        //: Flows table column
        { key: "state", title: qsTr("State"), weight: 9 }
    ]
    readonly property real weightSum: columns.reduce((a, c) => a + c.weight, 0)
    function columnWidth(i: int, total: real): real {
        return Math.floor((total - (columns.length - 1) * 6) * columns[i].weight / weightSum)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            title: root.title
            Layout.fillWidth: true
            Label {
                visible: root.running
                text: FlowModel.total > FlowModel.count
                      //: Flows page, when bywayd lists only the busiest flows: %1 = rows shown (after the filter), %n = open flows, %2 = rows listed
                      ? qsTr("%1 of %n flow(s), the %2 busiest listed", "", FlowModel.total).arg(flows.count).arg(FlowModel.count)
                      //: Flows page: number of flows shown / in the table
                      : qsTr("%1 of %n flow(s)", "", FlowModel.total).arg(flows.count)
                color: Theme.subtleText
            }
        }
        ConnectionBanner { Layout.fillWidth: true }
        Label {
            visible: FlowModel.errorCode.length > 0
            text: Texts.errorText(FlowModel.errorCode) + (FlowModel.errorMessage.length > 0 ? " (" + FlowModel.errorMessage + ")" : "")
            color: Theme.fail
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        BusyIndicator {
            visible: FlowModel.loading
            running: visible
        }

        // Empty state: the capture is off, and why.
        Card {
            visible: FlowModel.loaded && !FlowModel.captureRunning
            Layout.fillWidth: true
            Label {
                //: Flows page empty state, title
                text: qsTr("No flows to show")
                font.bold: true
                font.pixelSize: Theme.fontSize + 2
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: Texts.captureOffReason(FlowModel.captureProblem.length > 0 ? FlowModel.captureProblem : StatusModel.captureProblem,
                                             StatusModel.mode, StatusModel.captureIdle)
                color: FlowModel.captureProblem.length > 0 || StatusModel.captureProblem.length > 0 ? Theme.fail : Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Flows are listed only for traffic the compat capture (TUN or AF_PACKET) carries in user space.")
                color: Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        // Capture counters. The kiosk's narrow panel keeps them to one row
        // (the flows, bytes both ways, drops), so the list below has room.
        Flow {
            visible: root.running && !(root.compact && filterField.activeFocus)
            Layout.fillWidth: true
            spacing: Theme.spacing * 3
            StatTile {
                // The table's bound in force (capture.maxFlows, or fewer where the file limit is lower).
                readonly property int limit: FlowModel.stats.flowLimit ?? 0
                caption: limit > 0
                         //: Capture statistic: flows in the table now, and the most it holds
                         ? qsTr("flows now, of %1 at most").arg(limit)
                         //: Capture statistic: flows in the table now
                         : qsTr("flows now")
                value: String(FlowModel.stats.flowTable ?? 0)
                valueColor: limit > 0 && (FlowModel.stats.flowTable ?? 0) >= limit * 0.9 ? Theme.warn : Theme.text
            }
            StatTile {
                visible: !root.compact
                //: Capture statistic
                caption: qsTr("flows created")
                value: String(FlowModel.stats.flowsCreated ?? 0)
            }
            StatTile {
                //: Capture statistic: bytes from the clients
                caption: qsTr("in from clients")
                value: Texts.dataSize(FlowModel.stats.bytesIn ?? 0)
            }
            StatTile {
                //: Capture statistic: bytes back to the clients
                caption: qsTr("out to clients")
                value: Texts.dataSize(FlowModel.stats.bytesOut ?? 0)
            }
            StatTile {
                //: Capture statistic: packets refused (malformed, no flow, limits)
                caption: qsTr("packets dropped")
                value: String(FlowModel.stats.dropsTotal ?? 0)
                valueColor: (FlowModel.stats.dropsTotal ?? 0) > 0 ? Theme.warn : Theme.text
            }
            StatTile {
                visible: !root.compact
                //: Capture statistic: the TUN device
                caption: qsTr("device")
                value: FlowModel.tun.length > 0 ? FlowModel.tun : "—"
            }
        }

        // A SOCKS5 exit that gives flows no connection: its users have none.
        Repeater {
            model: {
                const exits = FlowModel.stats.socksExits ?? {}
                return Object.keys(exits).filter(name => (exits[name].failed ?? 0) > 0)
            }
            delegate: Label {
                required property string modelData
                // Empty while the stats change under the delegate (a capture restarted).
                readonly property var exit: (FlowModel.stats.socksExits ?? {})[modelData] ?? {}
                visible: root.running && !(root.compact && filterField.activeFocus)
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.warn
                //: %1: exit name, %n: flows; %2: the last reason, as bywayd words it (English)
                text: qsTr("SOCKS5 exit %1 gave %n flow(s) no connection. Last: %2", "", exit.failed ?? 0)
                          .arg(modelData).arg(exit.lastError ?? "—")
            }
        }

        RowLayout {
            visible: root.running
            Layout.fillWidth: true
            spacing: Theme.spacing
            TextField {
                id: filterField
                //: Placeholder of the flows filter
                placeholderText: qsTr("Filter by user, address or exit")
                implicitHeight: Theme.touchTarget
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                Layout.fillWidth: true
            }
            // The narrow layout has no column headers: sort from here.
            ComboBox {
                id: sortBox
                visible: root.compact
                implicitHeight: Theme.touchTarget
                Layout.preferredWidth: 170
                textRole: "title"
                valueRole: "key"
                model: root.columns
                currentIndex: root.columns.findIndex(c => c.key === flows.sortKey)
                onActivated: flows.toggleSort(currentValue)
            }
            Button {
                visible: root.compact
                text: flows.descending ? "▼" : "▲"
                implicitHeight: Theme.touchTarget
                implicitWidth: Theme.touchTarget
                onClicked: flows.descending = !flows.descending
            }
        }

        // Narrow: flows or per-user totals, one at a time.
        TabBar {
            id: compactView
            visible: root.running && root.compact
            Layout.fillWidth: true
            TabButton {
                //: Flows page, narrow layout: the list of flows
                text: qsTr("Flows")
                implicitHeight: Theme.touchTarget
            }
            TabButton {
                //: Flows page, narrow layout: totals per user
                text: qsTr("Per user")
                implicitHeight: Theme.touchTarget
            }
        }

        // Per-user totals.
        Card {
            visible: root.running && users.count > 0 && (!root.compact || compactView.currentIndex === 1)
            //: Card title: traffic summed per VPN user
            title: FlowModel.helperUserTotals ? qsTr("Per user (since the capture started)") : qsTr("Per user (open flows)")
            Layout.fillWidth: true
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                SortHeader { key: "user"; proxy: users; text: qsTr("User"); Layout.preferredWidth: 3; Layout.fillWidth: true }
                //: Per-user column: number of flows
                SortHeader { key: "flows"; proxy: users; text: qsTr("Flows", "column: number of flows"); alignment: Text.AlignRight; Layout.preferredWidth: 1; Layout.fillWidth: true }
                SortHeader { key: "bytesUp"; proxy: users; text: qsTr("Sent"); alignment: Text.AlignRight; Layout.preferredWidth: 2; Layout.fillWidth: true }
                SortHeader { key: "bytesDown"; proxy: users; text: qsTr("Received"); alignment: Text.AlignRight; Layout.preferredWidth: 2; Layout.fillWidth: true }
                SortHeader { key: "rate"; proxy: users; text: qsTr("Rate"); alignment: Text.AlignRight; Layout.preferredWidth: 2; Layout.fillWidth: true }
            }
            ListView {
                id: userList
                model: users
                clip: true
                interactive: contentHeight > height
                boundsBehavior: Flickable.StopAtBounds
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, root.compact ? root.height * 0.45 : 150)
                ScrollBar.vertical: ScrollBar {}
                delegate: RowLayout {
                    id: userRow
                    required property string user
                    required property double flows
                    required property double bytesUp
                    required property double bytesDown
                    required property real rate
                    width: ListView.view.width
                    spacing: 6
                    Label { text: Texts.userName(userRow.user); elide: Text.ElideRight; leftPadding: 4; Layout.preferredWidth: 3; Layout.fillWidth: true }
                    Label { text: String(userRow.flows); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 1; Layout.fillWidth: true }
                    Label { text: Texts.dataSize(userRow.bytesUp); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 2; Layout.fillWidth: true }
                    Label { text: Texts.dataSize(userRow.bytesDown); horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 2; Layout.fillWidth: true }
                    Label { text: Texts.rate(userRow.rate); horizontalAlignment: Text.AlignRight; rightPadding: 4; Layout.preferredWidth: 2; Layout.fillWidth: true }
                }
            }
            Label {
                visible: FlowModel.userTotal > FlowModel.userCount
                //: Flows page, per-user card, when bywayd lists only the busiest users: %n = users in all, %1 = users listed
                text: qsTr("%n user(s), the %1 busiest listed", "", FlowModel.userTotal).arg(FlowModel.userCount)
                color: Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        // The flows.
        Rectangle {
            visible: root.running && (!root.compact || compactView.currentIndex === 0)
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 6
                spacing: 2

                Row {
                    id: header
                    visible: !root.compact
                    spacing: 6
                    Layout.fillWidth: true
                    Repeater {
                        model: root.columns
                        delegate: SortHeader {
                            required property var modelData
                            required property int index
                            key: modelData.key
                            proxy: flows
                            text: modelData.title
                            alignment: modelData.right ? Text.AlignRight : Text.AlignLeft
                            width: root.columnWidth(index, header.width)
                        }
                    }
                }
                Rectangle {
                    visible: !root.compact
                    color: Theme.border
                    implicitHeight: 1
                    Layout.fillWidth: true
                }

                ListView {
                    id: flowList
                    model: flows
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    reuseItems: true
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    ScrollBar.vertical: ScrollBar {}

                    delegate: Item {
                        id: flowRow
                        required property int index
                        required property string user
                        required property string protocol
                        required property string source
                        required property string destination
                        required property string exit
                        required property double bytesUp
                        required property double bytesDown
                        required property real rate
                        required property double ageMs
                        required property string state

                        readonly property var cells: [Texts.userName(user), protocol.toUpperCase(), source, destination, exit,
                                                      Texts.dataSize(bytesUp), Texts.dataSize(bytesDown), Texts.rate(rate),
                                                      Texts.duration(ageMs), Texts.flowStateName(state)]
                        width: ListView.view.width
                        implicitHeight: root.compact ? twoLines.implicitHeight + 8 : Math.max(26, wide.implicitHeight + 6)

                        Rectangle {
                            anchors.fill: parent
                            color: flowRow.index % 2 ? Theme.background : "transparent"
                        }
                        Row {
                            id: wide
                            visible: !root.compact
                            anchors.verticalCenter: parent.verticalCenter
                            spacing: 6
                            Repeater {
                                model: root.columns
                                delegate: Label {
                                    required property var modelData
                                    required property int index
                                    width: root.columnWidth(index, flowRow.width)
                                    leftPadding: 4
                                    rightPadding: 4
                                    text: flowRow.cells[index]
                                    horizontalAlignment: modelData.right ? Text.AlignRight : Text.AlignLeft
                                    elide: Text.ElideRight
                                    font.family: modelData.key === "source" || modelData.key === "destination" ? Theme.monoFamily : font.family
                                    font.pixelSize: Theme.smallFontSize
                                    color: Theme.text
                                }
                            }
                        }
                        ColumnLayout {
                            id: twoLines
                            visible: root.compact
                            anchors.left: parent.left
                            anchors.right: parent.right
                            anchors.verticalCenter: parent.verticalCenter
                            anchors.leftMargin: 4
                            anchors.rightMargin: 4
                            spacing: 0
                            Label {
                                text: flowRow.cells[0] + " · " + flowRow.cells[1] + " " + flowRow.destination
                                font.bold: true
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                //: Flows, narrow layout: exit, bytes sent/received, rate, age, state
                                text: qsTr("via %1").arg(flowRow.exit) + " · ↑" + flowRow.cells[5] + " ↓" + flowRow.cells[6]
                                      + " · " + flowRow.cells[7] + " · " + flowRow.cells[8] + " · " + flowRow.cells[9]
                                color: Theme.subtleText
                                font.pixelSize: Theme.smallFontSize
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                        }
                    }

                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.margin
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        visible: flowList.count === 0
                        text: FlowModel.count === 0 ? qsTr("No flows through the capture right now.")
                                                    : qsTr("No flow matches the filter.")
                        color: Theme.subtleText
                    }
                }
            }
        }
        Item {
            // Keeps the empty state (or the narrow per-user card) at the top.
            visible: !root.running || (root.compact && compactView.currentIndex === 1)
            Layout.fillHeight: true
        }
    }
}
