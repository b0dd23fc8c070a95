// SPDX-License-Identifier: GPL-3.0-or-later
// Fusion's ToolButton, at least Theme's touch size in the kiosk (AppSettings.kiosk:
// the module cannot import Byway's Theme, which imports the controls).
import QtQuick
import QtQuick.Controls.Fusion as F
import Byway.Backend

F.ToolButton {
    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            implicitContentWidth + leftPadding + rightPadding, AppSettings.touchTarget)
    implicitHeight: Math.max(implicitBackgroundHeight + topInset + bottomInset,
                             implicitContentHeight + topPadding + bottomPadding, AppSettings.touchTarget)
}
