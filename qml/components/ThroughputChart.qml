// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway

// A path's throughput over the last minutes (one sample a poll, oldest
// left), with its peak as the scale.
Item {
    id: root

    property var samples: []          // bytes per second
    property color color: Theme.accent
    readonly property real peak: Math.max(1, ...(samples.length > 0 ? samples : [0]))

    implicitHeight: Theme.kiosk ? 72 : 84
    onSamplesChanged: plot.requestPaint()

    Rectangle {
        anchors.fill: plot
        color: "transparent"
        border.color: Theme.border
        radius: 2
    }
    Canvas {
        id: plot
        anchors.fill: parent
        anchors.topMargin: scale.height + 2
        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            const s = root.samples
            if (s.length < 2)
                return
            ctx.strokeStyle = root.color
            ctx.fillStyle = Qt.rgba(root.color.r, root.color.g, root.color.b, 0.18)
            ctx.lineWidth = 2
            const step = width / Math.max(1, s.length - 1)
            const y = v => height - 2 - (height - 4) * v / root.peak
            ctx.beginPath()
            ctx.moveTo(0, height)
            for (let i = 0; i < s.length; ++i)
                ctx.lineTo(i * step, y(s[i]))
            ctx.lineTo((s.length - 1) * step, height)
            ctx.closePath()
            ctx.fill()
            ctx.beginPath()
            for (let i = 0; i < s.length; ++i)
                i === 0 ? ctx.moveTo(0, y(s[0])) : ctx.lineTo(i * step, y(s[i]))
            ctx.stroke()
        }
        onWidthChanged: requestPaint()
    }
    Label {
        id: scale
        anchors.left: parent.left
        anchors.right: parent.right
        //: Throughput chart caption: %1 is the peak rate, %2 the minutes shown
        text: root.samples.length < 2 ? qsTr("Collecting samples…")
              : qsTr("Peak %1 over the last %n minute(s)", "", Math.max(1, Math.round(root.samples.length * 2 / 60))).arg(Texts.rate(root.peak))
        font.pixelSize: Theme.smallFontSize
        color: Theme.subtleText
        elide: Text.ElideRight
    }
}
