// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Byway

// Kiosk navigation: large tabs along the bottom edge, in reach of a thumb.
TabBar {
    id: root

    required property var pages
    signal activated(int index)

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
