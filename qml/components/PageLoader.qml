// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// One page of the StackLayout, made the first time it is current and kept.
// (`shown` is set from the index, not from `active`'s own change: that was a
// binding loop whenever a page was switched to.)
Loader {
    id: root

    required property int index
    required property int current
    property bool shown: false

    active: shown
    onCurrentChanged: if (index === current) shown = true
    Component.onCompleted: if (index === current) shown = true
}
