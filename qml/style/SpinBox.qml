// SPDX-License-Identifier: GPL-3.0-or-later
// Fusion's SpinBox, at least Theme's touch size in the kiosk (AppSettings.kiosk:
// the module cannot import Byway's Theme, which imports the controls). In the
// kiosk its arrows are touch buttons: down on the left, up on the right, each
// a touch target wide and the control's height (Fusion stacks two halves
// of about 12 px on the right, too small for a finger).
import QtQuick
import QtQuick.Controls.Fusion as F
import Byway.Backend

F.SpinBox {
    id: control

    readonly property bool touch: AppSettings.kiosk
    readonly property int buttonWidth: AppSettings.touchTarget

    implicitWidth: touch ? Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                    contentItem.implicitWidth + 2 * padding + 2 * buttonWidth)
                         : Math.max(implicitBackgroundWidth + leftInset + rightInset,
                                    contentItem.implicitWidth + 2 * padding
                                    + Math.max(up.implicitIndicatorWidth, down.implicitIndicatorWidth))
    implicitHeight: Math.max(implicitContentHeight + topPadding + bottomPadding, implicitBackgroundHeight,
                             touch ? 0 : up.implicitIndicatorHeight + down.implicitIndicatorHeight,
                             AppSettings.touchTarget + (touch ? 2 : 0)) // the arrows sit inside the frame

    // Fusion's indicators, laid out again for touch. Assigned as new
    // bindings (a Binding element does not hold the height Fusion binds):
    // the kiosk is chosen at start, so Fusion's layout is not restored.
    function layOutForTouch() {
        if (!touch)
            return
        const buttons = [[down.indicator, down], [up.indicator, up]]
        for (let i = 0; i < buttons.length; ++i) {
            const ind = buttons[i][0], button = buttons[i][1], isUp = i === 1
            if (!ind)
                continue
            // Inside the frame's 1 px border, which stays visible around them.
            ind.x = Qt.binding(() => (isUp !== control.mirrored) ? control.width - control.buttonWidth - 1 : 1)
            ind.y = 1
            ind.width = Qt.binding(() => control.buttonWidth)
            ind.height = Qt.binding(() => control.height - 2)
            ind.color = Qt.binding(() => button.pressed ? control.palette.mid : control.palette.button)
        }
    }
    onTouchChanged: layOutForTouch()
    Component.onCompleted: layOutForTouch()
}
