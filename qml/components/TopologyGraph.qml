// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway
import Byway.Backend

// The graph: nodes in columns left→right (internet … clients), upstream
// paths solid, return paths dashed in another colour; a return path that
// skips this box curves underneath it. Geometry only; the data is TopologyModel's.
Item {
    id: root

    property string selectedKind: ""   // "node" | "path"
    property string selectedId: ""
    signal selected(string what, string id)

    readonly property int columns: Math.max(1, TopologyModel.columnCount)
    readonly property real columnWidth: width / columns
    readonly property real nodeWidth: Math.min(columnWidth - (Theme.kiosk ? 10 : 24), Theme.kiosk ? 150 : 190)
    readonly property real nodeHeight: Theme.kiosk ? 58 : 62
    // Room under the nodes for the curve of a return path that skips this box.
    readonly property real laneHeight: Theme.kiosk ? 56 : 76
    readonly property real nodeArea: height - laneHeight

    function centerX(column: int): real { return (column + 0.5) * root.columnWidth }
    function centerY(row: int, rows: int): real { return (row + 0.5) * root.nodeArea / Math.max(1, rows) }
    // Upstream runs a little above the centre line, return a little below, so
    // both stay visible where they share hops.
    function laneOffset(kind: string): real { return kind === "return" ? 7 : -7 }
    function pathColor(kind: string): color { return kind === "return" ? Theme.warn : Theme.accent }

    implicitHeight: Math.max(2, TopologyModel.maxRows) * (nodeHeight + (Theme.kiosk ? 14 : 28)) + laneHeight

    Canvas {
        id: canvas
        anchors.fill: parent

        function dashed(ctx, x1, y1, x2, y2) {
            const len = Math.hypot(x2 - x1, y2 - y1)
            const n = Math.max(1, Math.floor(len / 10))
            for (let i = 0; i < n; i += 2) {
                ctx.moveTo(x1 + (x2 - x1) * i / n, y1 + (y2 - y1) * i / n)
                ctx.lineTo(x1 + (x2 - x1) * (i + 1) / n, y1 + (y2 - y1) * (i + 1) / n)
            }
        }

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const shapes = TopologyModel.pathShapes()
            for (const s of shapes) {
                const sel = root.selectedKind === "path" && root.selectedId === s.pathId
                ctx.strokeStyle = root.pathColor(s.kind)
                ctx.lineWidth = sel ? 5 : 3
                ctx.beginPath()
                const off = root.laneOffset(s.kind)
                for (let i = 0; i + 1 < s.points.length; ++i) {
                    const a = s.points[i], b = s.points[i + 1]
                    const x1 = root.centerX(a.column), y1 = root.centerY(a.row, a.rowsInColumn) + off
                    const x2 = root.centerX(b.column), y2 = root.centerY(b.row, b.rowsInColumn) + off
                    if (s.kind === "return" && Math.abs(a.column - b.column) > 1) {
                        // Skipping nodes: down into the lane, along it, and up again.
                        const lane = root.nodeArea + root.laneHeight * 0.55
                        const pts = [[x1, y1], [x1, lane], [x2, lane], [x2, y2]]
                        for (let k = 0; k + 1 < pts.length; ++k)
                            dashed(ctx, pts[k][0], pts[k][1], pts[k + 1][0], pts[k + 1][1])
                    } else if (s.kind === "return") {
                        dashed(ctx, x1, y1, x2, y2)
                    } else {
                        ctx.moveTo(x1, y1)
                        ctx.lineTo(x2, y2)
                    }
                }
                ctx.stroke()
            }
        }
        Connections {
            target: TopologyModel
            function onLayoutChanged() { canvas.requestPaint() }
        }
        Connections {
            target: TopologyModel.paths
            function onModelReset() { canvas.requestPaint() }
        }
        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
    }
    Connections {
        target: root
        function onSelectedIdChanged() { canvas.requestPaint() }
    }

    Repeater {
        model: TopologyModel
        delegate: Rectangle {
            id: nodeBox
            required property string nodeId
            required property string kind
            required property string label
            required property string detail
            required property int column
            required property int row
            required property int rowsInColumn
            readonly property bool isSelected: root.selectedKind === "node" && root.selectedId === nodeId

            x: root.centerX(column) - width / 2
            y: root.centerY(row, rowsInColumn) - height / 2
            width: root.nodeWidth
            height: root.nodeHeight
            radius: kind === "internet" ? height / 2 : Theme.radius
            // Opaque: a path passing behind a box must not show through its label.
            color: kind === "this-box" ? Qt.tint(Theme.surface, Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.18))
                                       : Theme.surface
            border.color: isSelected ? Theme.accent : Theme.border
            border.width: isSelected ? 3 : 1

            Column {
                anchors.centerIn: parent
                width: parent.width - 12
                spacing: 1
                Label {
                    width: parent.width
                    text: Texts.nodeName(nodeBox.kind, nodeBox.label)
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                }
                Label {
                    width: parent.width
                    visible: text.length > 0
                    text: nodeBox.detail.length > 0 ? Texts.nodeDetail(nodeBox.detail)
                          : (Texts.nodeName(nodeBox.kind, nodeBox.label) === Texts.nodeKindName(nodeBox.kind) ? "" : Texts.nodeKindName(nodeBox.kind))
                    font.pixelSize: Theme.smallFontSize
                    color: Theme.subtleText
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                }
            }
            TapHandler {
                onTapped: root.selected("node", nodeBox.nodeId)
            }
        }
    }

    // One chip per path with its rate, on its first (upstream) or last
    // (return) hop; tapping it selects the path.
    Repeater {
        model: TopologyModel.paths
        delegate: Rectangle {
            id: chip
            required property string pathId
            required property string kind
            required property var hops
            required property bool skipsThisBox
            required property bool counted
            required property real rate
            required property double packets
            readonly property var pts: TopologyModel.hopPositions(hops)
            readonly property bool valid: pts.length >= 2
            readonly property var a: valid ? (kind === "return" ? pts[pts.length - 2] : pts[0]) : null
            readonly property var b: valid ? (kind === "return" ? pts[pts.length - 1] : pts[1]) : null
            readonly property bool inLane: valid && kind === "return" && Math.abs(a.column - b.column) > 1

            visible: valid
            width: chipLabel.implicitWidth + 12
            height: chipLabel.implicitHeight + 6
            radius: height / 2
            color: Theme.background
            border.color: root.pathColor(kind)
            border.width: root.selectedKind === "path" && root.selectedId === pathId ? 3 : 1
            x: valid ? (root.centerX(a.column) + root.centerX(b.column)) / 2 - width / 2 : 0
            y: !valid ? 0
               : inLane ? root.nodeArea + root.laneHeight * 0.55 - height / 2
               : kind === "return"
                 ? (root.centerY(a.row, a.rowsInColumn) + root.centerY(b.row, b.rowsInColumn)) / 2 + root.laneOffset(kind) + 4
                 // Upstream: above the boxes, so a hop passing a bridge box never hides its name.
                 : Math.min(root.centerY(a.row, a.rowsInColumn), root.centerY(b.row, b.rowsInColumn)) - root.nodeHeight / 2 - height - 4

            Label {
                id: chipLabel
                anchors.centerIn: parent
                text: (chip.kind === "return" ? "← " : "→ ")
                      + (chip.counted ? Texts.rate(chip.rate) : (chip.skipsThisBox ? qsTr("skips this box") : qsTr("not counted")))
                font.pixelSize: Theme.smallFontSize
                color: Theme.text
            }
            TapHandler {
                onTapped: root.selected("path", chip.pathId)
            }
        }
    }
    // The VPN path's drop, where it happens (this box, before the WAN):
    // packets from the VPN interfaces whose source is in no pool.
    Rectangle {
        id: dropChip
        readonly property var at: (TopologyModel.columnCount, TopologyModel.hopPositions(["this"]))
        visible: TopologyModel.foreignDropPackets > 0 && at.length === 1
        width: Math.min(dropLabel.implicitWidth + 12, root.columnWidth * 1.6)
        height: dropLabel.implicitHeight + 6
        radius: height / 2
        color: Qt.tint(Theme.background, Qt.rgba(Theme.fail.r, Theme.fail.g, Theme.fail.b, 0.12))
        border.color: Theme.fail
        x: visible ? Math.max(0, Math.min(root.width - width, root.centerX(at[0].column) - width / 2)) : 0
        y: visible ? root.centerY(at[0].row, at[0].rowsInColumn) + root.nodeHeight / 2 + 8 : 0

        Label {
            id: dropLabel
            anchors.centerIn: parent
            width: Math.min(implicitWidth, dropChip.width - 12)
            //: Topology graph: packets dropped at this box because their source is in no VPN pool
            text: "✕ " + qsTr("%n dropped: source outside every pool", "", TopologyModel.foreignDropPackets)
            font.pixelSize: Theme.smallFontSize
            color: Theme.fail
            elide: Text.ElideRight
        }
    }
}
