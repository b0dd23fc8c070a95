// SPDX-License-Identifier: GPL-3.0-or-later
// Fusion's TabButton, at least Theme's touch size in the kiosk (AppSettings.kiosk:
// the module cannot import Byway's Theme, which imports the controls).
import QtQuick
import QtQuick.Controls.Fusion as F
import Byway.Backend

F.TabButton {
    id: control

    // Fusion's tab gradient does not follow the dark palette (unselected
    // tabs stayed light). Drawn from the palette: the selected tab in the
    // surface colour with the accent along its top, the others as the window.
    background: Rectangle {
        implicitHeight: 21
        color: control.checked ? control.palette.base : control.palette.window
        border.color: control.palette.mid
        Rectangle {
            visible: control.checked
            width: parent.width
            height: 3
            color: control.palette.highlight
        }
    }
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding, AppSettings.touchTarget)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding, AppSettings.touchTarget)
}
