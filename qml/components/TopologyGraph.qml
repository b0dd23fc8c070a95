// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway
import Byway.Backend

// The graph: nodes in columns left→right (internet … clients), the physical
// links thin and grey, upstream paths solid, return paths dashed in another
// colour, each with arrowheads the way the packets go; a return path that
// skips this box curves underneath it. Everything is drawn under the nodes.
// Each rate chip sits over the middle of its own edge (the first hop of an
// upstream path, the last of a return path), in a row just above the nodes
// (upstream) or just below them (return), placed so that no two overlap,
// and a thin leader joins it to that edge. A hop that jumps over a column
// (this box straight to the internet past the exits) runs through the lane
// under the nodes instead of through the boxes it does not pass. Geometry
// only; the data is TopologyModel's.
Item {
    id: root

    property string selectedKind: ""   // "node" | "path"
    property string selectedId: ""
    signal selected(string what, string id)

    readonly property int columns: Math.max(1, TopologyModel.columnCount)
    readonly property real columnWidth: width / columns
    readonly property real nodeWidth: Math.min(columnWidth - (Theme.kiosk ? 10 : 24), Theme.kiosk ? 150 : 190)
    readonly property real lineHeight: Theme.smallFontSize + 5
    readonly property real nodeHeight: (Theme.kiosk ? 26 : 28) + 2 * lineHeight
    // This box lists its ports (a line each, two where a narrow column wraps
    // "lan1 192.168.20.0/24"): as high as its text, set by its delegate.
    property real thisBoxContent: 0
    readonly property real thisBoxHeight: Math.max(nodeHeight, thisBoxContent + 10)
    readonly property real rowHeight: Math.max(nodeHeight, thisBoxHeight) + (Theme.kiosk ? 14 : 24)
    readonly property real chipHeight: Theme.smallFontSize + 12
    readonly property real chipWidth: Math.max(64, Math.min(columnWidth - 6, Theme.kiosk ? 150 : 160))
    // Room under the nodes for the curve of a return path that skips this box.
    readonly property real laneHeight: Theme.kiosk ? 30 : 40

    // Chips: one per path, {x, band, row} from a greedy placement.
    property int revision: 0
    readonly property var chips: placeChips(revision, width, chipWidth)
    readonly property real upBand: chips.upRows * (chipHeight + 4) + 4
    readonly property real nodeTop: upBand
    readonly property real nodeArea: Math.max(1, TopologyModel.maxRows) * rowHeight
    readonly property real laneTop: nodeTop + nodeArea
    readonly property real backBandTop: laneTop + laneHeight

    implicitHeight: backBandTop + chips.backRows * (chipHeight + 4) + 4

    // The rows nearest the nodes come first: row 0 just above them (upstream) or just below the lane (return).
    function chipY(place: var): real {
        return place.band === "return" ? backBandTop + place.row * (chipHeight + 4)
                                       : upBand - (place.row + 1) * (chipHeight + 4)
    }
    function centerX(column: int): real { return (column + 0.5) * root.columnWidth }
    function centerY(row: int, rows: int): real { return root.nodeTop + (row + 0.5) * root.nodeArea / Math.max(1, rows) }
    // Upstream runs a little above the centre line, return a little below, so
    // both stay visible where they share hops.
    function laneOffset(kind: string): real { return kind === "return" ? 7 : -7 }
    function pathColor(kind: string): color { return kind === "return" ? Theme.warn : Theme.accent }
    // Where a chip's leader meets its edge: the middle of the segment as drawn.
    function edgeMiddle(s: var, seg: var): var {
        const a = seg[0], b = seg[1]
        const x = (centerX(a.column) + centerX(b.column)) / 2
        if (Math.abs(a.column - b.column) > 1)
            return { x: x, y: laneTop + laneHeight * 0.5 + (s.skipsThisBox ? 0 : laneOffset(s.kind)) }
        return { x: x, y: (centerY(a.row, a.rowsInColumn) + centerY(b.row, b.rowsInColumn)) / 2 + laneOffset(s.kind) }
    }
    // The segment a path's chip labels: its first hop for upstream, its last for return.
    function chipSegment(kind: string, pts: var): var {
        if (pts.length < 2)
            return null
        return kind === "return" ? [pts[pts.length - 2], pts[pts.length - 1]] : [pts[0], pts[1]]
    }

    // The arguments are what the placement depends on (the model's layout, the width).
    function placeChips(rev: int, w: real, cw: real): var {
        const out = { upRows: 0, backRows: 0, byId: {} }
        const rows = { upstream: [], "return": [] }
        const shapes = TopologyModel.pathShapes()
        for (const s of shapes) {
            const seg = chipSegment(s.kind, s.points)
            if (!seg)
                continue
            const band = s.kind === "return" ? "return" : "upstream"
            const mid = (centerX(seg[0].column) + centerX(seg[1].column)) / 2
            const x = Math.max(0, Math.min(w - cw, mid - cw / 2))
            // The first row of the band where it overlaps no chip placed before.
            let row = 0
            for (;; ++row) {
                if (rows[band].length <= row)
                    rows[band].push([])
                if (!rows[band][row].some(o => x < o + cw + 4 && o < x + cw + 4))
                    break
            }
            rows[band][row].push(x)
            out.byId[s.pathId] = { x: x, band: band, row: row, shape: s, segment: seg }
        }
        out.upRows = rows.upstream.length
        out.backRows = rows["return"].length
        return out
    }

    Connections {
        target: TopologyModel
        function onLayoutChanged() { root.revision++; canvas.requestPaint() }
    }
    Connections {
        target: TopologyModel.paths
        function onModelReset() { root.revision++; canvas.requestPaint() }
    }

    Canvas {
        id: canvas
        anchors.fill: parent
        z: -1

        function dashed(ctx, x1, y1, x2, y2) {
            const len = Math.hypot(x2 - x1, y2 - y1)
            const n = Math.max(1, Math.floor(len / 10))
            for (let i = 0; i < n; i += 2) {
                ctx.moveTo(x1 + (x2 - x1) * i / n, y1 + (y2 - y1) * i / n)
                ctx.lineTo(x1 + (x2 - x1) * (i + 1) / n, y1 + (y2 - y1) * (i + 1) / n)
            }
        }
        // An arrowhead at the middle of a segment, pointing from (x1,y1) to (x2,y2).
        function arrow(ctx, x1, y1, x2, y2, size) {
            const len = Math.hypot(x2 - x1, y2 - y1)
            if (len < 2 * size)
                return
            const ux = (x2 - x1) / len, uy = (y2 - y1) / len
            const mx = (x1 + x2) / 2 + ux * size / 2, my = (y1 + y2) / 2 + uy * size / 2
            ctx.moveTo(mx, my)
            ctx.lineTo(mx - ux * size - uy * size * 0.6, my - uy * size + ux * size * 0.6)
            ctx.lineTo(mx - ux * size + uy * size * 0.6, my - uy * size - ux * size * 0.6)
            ctx.closePath()
        }

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            // The cables first, thin and neutral: what is connected to what.
            ctx.strokeStyle = Theme.border
            ctx.lineWidth = 2
            ctx.beginPath()
            for (const l of TopologyModel.linkShapes()) {
                ctx.moveTo(root.centerX(l.from.column), root.centerY(l.from.row, l.from.rowsInColumn))
                ctx.lineTo(root.centerX(l.to.column), root.centerY(l.to.row, l.to.rowsInColumn))
            }
            ctx.stroke()

            for (const s of TopologyModel.pathShapes()) {
                const sel = root.selectedKind === "path" && root.selectedId === s.pathId
                ctx.strokeStyle = root.pathColor(s.kind)
                ctx.fillStyle = root.pathColor(s.kind)
                ctx.lineWidth = sel ? 5 : 3
                const off = root.laneOffset(s.kind)
                const heads = []
                ctx.beginPath()
                for (let i = 0; i + 1 < s.points.length; ++i) {
                    const a = s.points[i], b = s.points[i + 1]
                    const x1 = root.centerX(a.column), y1 = root.centerY(a.row, a.rowsInColumn) + off
                    const x2 = root.centerX(b.column), y2 = root.centerY(b.row, b.rowsInColumn) + off
                    if (Math.abs(a.column - b.column) > 1) {
                        // Skipping this box, or the boxes of a column it does not
                        // pass: down into the lane, along it, and up again.
                        const lane = root.laneTop + root.laneHeight * 0.5 + (s.skipsThisBox ? 0 : off)
                        const pts = [[x1, y1], [x1, lane], [x2, lane], [x2, y2]]
                        for (let k = 0; k + 1 < pts.length; ++k)
                            dashed(ctx, pts[k][0], pts[k][1], pts[k + 1][0], pts[k + 1][1])
                        heads.push([x1, lane, x2, lane])
                    } else {
                        if (s.kind === "return")
                            dashed(ctx, x1, y1, x2, y2)
                        else {
                            ctx.moveTo(x1, y1)
                            ctx.lineTo(x2, y2)
                        }
                        heads.push([x1, y1, x2, y2])
                    }
                }
                ctx.stroke()
                ctx.beginPath()
                for (const h of heads)
                    arrow(ctx, h[0], h[1], h[2], h[3], sel ? 12 : 10)
                ctx.fill()
                // The chip's leader: from the chip to the middle of its edge.
                const place = root.chips.byId[s.pathId]
                if (place) {
                    const edge = root.edgeMiddle(place.shape, place.segment)
                    const cx = Math.max(place.x + 8, Math.min(place.x + root.chipWidth - 8, edge.x))
                    const cy = root.chipY(place) + (place.band === "return" ? 0 : root.chipHeight)
                    ctx.lineWidth = 1
                    ctx.beginPath()
                    ctx.moveTo(cx, cy)
                    ctx.lineTo(edge.x, edge.y)
                    ctx.stroke()
                    ctx.beginPath()
                    ctx.arc(edge.x, edge.y, 3, 0, 2 * Math.PI)
                    ctx.fill()
                }
            }
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
            required property var ports
            required property var members
            required property int membersMore
            readonly property bool isSelected: root.selectedKind === "node" && root.selectedId === nodeId
            readonly property int known: members.length + membersMore

            objectName: "topoNode:" + nodeId
            x: root.centerX(column) - width / 2
            y: root.centerY(row, rowsInColumn) - height / 2
            width: root.nodeWidth
            height: kind === "this-box" ? root.thisBoxHeight : root.nodeHeight
            radius: kind === "internet" ? Math.min(height / 2, 24) : Theme.radius
            // Opaque: a path passing behind a box must not show through its label.
            color: kind === "this-box" ? Qt.tint(Theme.surface, Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.18))
                                       : Theme.surface
            border.color: isSelected ? Theme.accent : Theme.border
            border.width: isSelected ? 3 : 1

            Binding {
                when: nodeBox.kind === "this-box"
                target: root
                property: "thisBoxContent"
                value: texts.implicitHeight
            }
            Column {
                id: texts
                anchors.centerIn: parent
                width: parent.width - 10
                spacing: 1
                Label {
                    objectName: "topoText"
                    width: parent.width
                    text: Texts.nodeName(nodeBox.kind, nodeBox.label)
                    font.bold: true
                    color: Theme.text
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                }
                // This box: one line per port with its address, "lan0 192.168.10.2/24".
                Repeater {
                    model: nodeBox.kind === "this-box" ? nodeBox.ports : []
                    delegate: Label {
                        required property var modelData
                        objectName: "topoText"
                        width: parent.width
                        text: modelData.name + (Texts.portAddresses(modelData).length > 0 ? " " + Texts.portAddresses(modelData)[0] : "")
                        font.pixelSize: Theme.smallFontSize
                        color: Theme.subtleText
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                }
                Label {
                    id: detailText
                    objectName: "topoText"
                    width: parent.width
                    visible: text.length > 0 && (nodeBox.kind !== "this-box" || nodeBox.ports.length === 0)
                    text: nodeBox.known > 0
                          //: Topology node: how many clients bywayd knows (sessions, capture users)
                          ? qsTr("%n known", "", nodeBox.known)
                          : nodeBox.detail.length > 0 ? Texts.nodeDetail(nodeBox.detail)
                          : (Texts.nodeName(nodeBox.kind, nodeBox.label) === Texts.nodeKindName(nodeBox.kind) ? "" : Texts.nodeKindName(nodeBox.kind))
                    font.pixelSize: Theme.smallFontSize
                    color: Theme.subtleText
                    horizontalAlignment: Text.AlignHCenter
                    // Broken between words ("gateway" / "192.168.10.2"); only
                    // when one word (an address with its port) is wider than
                    // the box, broken anywhere: two full lines rather than an
                    // elided address.
                    wrapMode: longestWord.advanceWidth > width ? Text.WrapAnywhere : Text.Wrap
                    TextMetrics {
                        id: longestWord
                        font: detailText.font
                        text: detailText.text.split(" ").reduce((a, b) => b.length > a.length ? b : a, "")
                    }
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
            TapHandler {
                onTapped: root.selected("node", nodeBox.nodeId)
            }
        }
    }

    // One chip per path with its direction and rate; tapping it selects the path.
    Repeater {
        model: TopologyModel.paths
        delegate: Rectangle {
            id: chip
            required property string pathId
            required property string kind
            required property bool skipsThisBox
            required property bool counted
            required property real rate
            readonly property var place: root.chips.byId[pathId]

            objectName: "topoChip:" + pathId
            visible: place !== undefined
            width: root.chipWidth
            height: root.chipHeight
            radius: height / 2
            color: Theme.background
            border.color: root.pathColor(kind)
            border.width: root.selectedKind === "path" && root.selectedId === pathId ? 3 : 1
            x: place ? place.x : 0
            y: place ? root.chipY(place) : 0

            Label {
                id: chipLabel
                objectName: "topoText"
                anchors.centerIn: parent
                width: Math.min(implicitWidth, chip.width - 10)
                // The arrow says which way the packets go: up towards the internet, back to the clients.
                text: (chip.kind === "return" ? "↓ " : "↑ ")
                      + (chip.counted ? Texts.rate(chip.rate) : (chip.skipsThisBox ? qsTr("skips this box") : qsTr("not counted")))
                font.pixelSize: Theme.smallFontSize
                color: Theme.text
                elide: Text.ElideRight
            }
            // Too small for a finger: in the kiosk the path rows under the graph select.
            TapHandler {
                enabled: !Theme.kiosk
                onTapped: root.selected("path", chip.pathId)
            }
        }
    }
    // The VPN path's drop, where it happens (this box, before the WAN):
    // packets from the VPN interfaces whose source is in no pool. In the lane
    // under the nodes, so it covers none of them.
    Rectangle {
        id: dropChip
        objectName: "topoChip:drop"
        // columnCount: asked again when the layout changes.
        readonly property var at: TopologyModel.columnCount > 0 ? TopologyModel.hopPositions(["this"]) : []
        visible: TopologyModel.foreignDropPackets > 0 && at.length === 1
        width: Math.min(dropLabel.implicitWidth + 12, root.columnWidth * 1.6)
        height: Math.min(dropLabel.implicitHeight + 6, root.laneHeight)
        radius: height / 2
        color: Qt.tint(Theme.background, Qt.rgba(Theme.fail.r, Theme.fail.g, Theme.fail.b, 0.12))
        border.color: Theme.fail
        x: visible ? Math.max(0, Math.min(root.width - width, root.centerX(at[0].column) - width / 2)) : 0
        y: root.laneTop + (root.laneHeight - height) / 2

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
