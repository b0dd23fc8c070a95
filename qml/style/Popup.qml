// SPDX-License-Identifier: GPL-3.0-or-later
// Fusion's Popup with a frame of the palette's edge colour and, when modal,
// the window behind dimmed: Fusion's own dim is so faint that a form in a
// popup (the kiosk's above all) reads as part of the page under it.
import QtQuick
import QtQuick.Controls.Fusion as F
import QtQuick.Templates as T

F.Popup {
    id: control

    // Room inside the frame (a popup that sets its own keeps it).
    padding: 12

    background: Rectangle {
        color: control.palette.window
        border.color: control.palette.mid
        radius: 4
    }

    T.Overlay.modal: Rectangle {
        color: Qt.rgba(0, 0, 0, 0.4)
    }
}
