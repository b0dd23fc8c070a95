// SPDX-License-Identifier: GPL-3.0-or-later
// Fusion's SpinBox, at least Theme's touch size in the kiosk (AppSettings.kiosk:
// the module cannot import Byway's Theme, which imports the controls).
import QtQuick
import QtQuick.Controls.Fusion as F
import Byway.Backend

F.SpinBox {
    implicitHeight: Math.max(implicitContentHeight + topPadding + bottomPadding, implicitBackgroundHeight,
                             up.implicitIndicatorHeight + down.implicitIndicatorHeight, AppSettings.touchTarget)
}
