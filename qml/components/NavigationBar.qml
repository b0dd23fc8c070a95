// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway

// Kiosk navigation: large tabs along the bottom edge, in reach of a thumb.
TabBar {
    id: root

    required property var pages
    // The page shown (Main's currentIndex).
    required property int shown
    signal activated(int index)

    currentIndex: shown
    // The Repeater makes the tabs anew when the titles change (another
    // language): a TabBar then falls back to its first tab, whatever page is
    // shown. Back to the page shown.
    onCountChanged: Qt.callLater(() => {
        if (root.currentIndex !== root.shown)
            root.setCurrentIndex(root.shown)
    })

    Repeater {
        model: root.pages
        delegate: TabButton {
            required property var modelData
            required property int index
            text: modelData.short ?? modelData.title
            implicitHeight: Theme.touchTarget
            onClicked: root.activated(index)
        }
    }
}
