// SPDX-License-Identifier: GPL-3.0-or-later
// Fusion's SwitchDelegate, at least Theme's touch size in the kiosk (AppSettings.kiosk:
// the module cannot import Byway's Theme, which imports the controls).
import QtQuick
import QtQuick.Controls.Fusion as F
import Byway.Backend

F.SwitchDelegate {
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding,
                             implicitIndicatorHeight + topPadding + bottomPadding, AppSettings.touchTarget)
}
