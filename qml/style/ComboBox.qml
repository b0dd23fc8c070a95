// SPDX-License-Identifier: GPL-3.0-or-later
// Fusion's ComboBox, at least Theme's touch size in the kiosk (AppSettings.kiosk:
// the module cannot import Byway's Theme, which imports the controls). An
// editable one is two targets, the text and the arrow that opens the list: in
// the kiosk the arrow is a touch target wide and the text field a touch
// target high (Fusion's arrow is 20 px, its field 12 px lower than the box).
import QtQuick
import QtQuick.Controls.Fusion as F
import Byway.Backend

F.ComboBox {
    id: control

    readonly property bool touchEditable: AppSettings.kiosk && editable

    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding, AppSettings.touchTarget)
    topPadding: touchEditable ? 0 : padding
    bottomPadding: touchEditable ? 0 : padding

    // Assigned as a binding, like SpinBox's arrows: the kiosk is chosen at start.
    function layOutForTouch() {
        if (touchEditable && indicator)
            indicator.width = Qt.binding(() => AppSettings.touchTarget)
    }
    onTouchEditableChanged: layOutForTouch()
    Component.onCompleted: layOutForTouch()
}
