// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway

// The sign that a page goes on below the fold: a fade and an arrow at the
// bottom edge while there is more to scroll to, and a scroll bar that stays
// visible (a touch panel has no hover to reveal one). Laid over the page
// that holds the Flickable.
Item {
    id: root

    property Flickable flickable: null
    readonly property bool scrollable: flickable !== null && flickable.contentHeight > flickable.height + 1
    readonly property bool moreBelow: scrollable && flickable.contentY + flickable.height < flickable.contentHeight - 8

    visible: scrollable

    Rectangle {
        objectName: "scrollFade"
        visible: root.moreBelow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.kiosk ? 40 : 28
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
            GradientStop { position: 1.0; color: Theme.background }
        }
        Label {
            objectName: "scrollArrow"
            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            text: "⌄"
            font.pixelSize: Theme.titleFontSize + 4
            font.bold: true
            color: Theme.accent
        }
    }
    // Always there while the page scrolls: where you are and how much is left.
    Rectangle {
        objectName: "scrollTrack"
        anchors.right: parent.right
        anchors.rightMargin: 2
        width: Theme.kiosk ? 6 : 4
        height: parent.height
        radius: width / 2
        color: Qt.rgba(Theme.border.r, Theme.border.g, Theme.border.b, 0.6)
        Rectangle {
            width: parent.width
            radius: width / 2
            color: Theme.subtleText
            readonly property real ratio: root.flickable ? Math.min(1, root.flickable.height / Math.max(1, root.flickable.contentHeight)) : 1
            height: Math.max(24, parent.height * ratio)
            y: root.flickable ? (parent.height - height) * Math.min(1, Math.max(0, root.flickable.contentY / Math.max(1, root.flickable.contentHeight - root.flickable.height))) : 0
        }
    }
}
