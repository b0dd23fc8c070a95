// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// One page of the StackLayout, made the first time it is current and kept.
Loader {
    id: root

    required property int index
    required property int current
    property bool shown: false

    active: shown || index === current
    onActiveChanged: if (active) shown = true
}
