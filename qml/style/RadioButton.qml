// SPDX-License-Identifier: GPL-3.0-or-later
// Fusion's RadioButton, at least Theme's touch size in the kiosk (AppSettings.kiosk:
// the module cannot import Byway's Theme, which imports the controls).
import QtQuick
import QtQuick.Controls.Fusion as F
import Byway.Backend

F.RadioButton {
    id: control

    // In the kiosk the indicator is drawn 2x around its centre, the room
    // for that taken from the padding before it and the spacing after it.
    readonly property real grow: AppSettings.kiosk && indicator ? indicator.width * (2 - 1) / 2 : 0
    leftPadding: padding + (mirrored ? 0 : grow)
    rightPadding: padding + (mirrored ? grow : 0)
    spacing: 6 + grow
    Binding { target: control.indicator; property: "scale"; value: AppSettings.kiosk ? 2 : 1 }
    // Fusion draws the indicator's edge darker than the window: on the dark
    // theme's surfaces that is no edge at all. There it takes the text's
    // colour, faded.
    Binding {
        target: control.indicator ? control.indicator.border : null
        property: "color"
        value: Qt.rgba(control.palette.text.r, control.palette.text.g, control.palette.text.b, 0.55)
        when: AppSettings.dark && !control.visualFocus
    }

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding, AppSettings.touchTarget)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding, AppSettings.touchTarget)
}
