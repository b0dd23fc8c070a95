// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// One page of the StackLayout, made the first time it is current and kept.
// (`shown` is set from the index, not from `active`'s own change: that was a
// binding loop whenever a page was switched to.) Over the page, the hint
// that it goes on below (ScrollHint) for its main scrolling area.
Loader {
    id: root

    required property int index
    required property int current
    property bool shown: false

    active: shown
    onCurrentChanged: if (index === current) shown = true
    Component.onCompleted: if (index === current) shown = true

    // The page's first Flickable, breadth first.
    function mainFlickable(top) {
        let level = top ? [top] : []
        for (let depth = 0; depth < 6 && level.length > 0; ++depth) {
            const next = []
            for (const it of level) {
                if (it instanceof Flickable)
                    return it
                for (let i = 0; i < it.children.length; ++i)
                    next.push(it.children[i])
            }
            level = next
        }
        return null
    }

    ScrollHint {
        anchors.fill: parent
        z: 10
        flickable: root.status === Loader.Ready ? root.mainFlickable(root.item) : null
    }
}
