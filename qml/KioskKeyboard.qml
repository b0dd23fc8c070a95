// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard

// Only loaded in kiosk mode (QT_IM_MODULE=qtvirtualkeyboard is set there);
// lives in the window's overlay so it covers the tab bar too, and slides up
// from the bottom edge while a text field has focus.
InputPanel {
    id: root

    parent: Overlay.overlay
    z: 1000
    width: parent ? parent.width : 0
    y: !parent ? 0 : Qt.inputMethod.visible ? parent.height - height : parent.height
    Behavior on y { NumberAnimation { duration: 150 } }
}
