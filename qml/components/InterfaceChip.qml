// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One of the box's interfaces as a checkable button: its name, link state
// and addresses as bywayd reported them (box.interfaces). A name the box
// does not have is shown too, marked, so a stale value is never hidden.
Button {
    id: root

    required property string name
    readonly property var info: (BoxModel.loaded, BoxModel.interfaceInfo(name))
    // Addresses an admin picks a port by: link-local ones say nothing. In
    // kiosk mode one address and how many more, so the chip is never cut.
    readonly property var shownAddresses: {
        const all = (info.addresses || []).filter(a => !a.toLowerCase().startsWith("fe80:"))
        const n = Theme.kiosk ? 1 : 2
        return all.length > n ? all.slice(0, n).concat(["+" + (all.length - n)]) : all
    }

    checkable: true
    implicitHeight: Theme.touchTarget
    Accessible.name: root.name
    contentItem: RowLayout {
        spacing: 6
        Rectangle {
            // Link state: carrier (green), up without carrier (amber), down or unknown (grey).
            width: 10
            height: 10
            radius: 5
            color: !root.info.known ? Theme.fail : root.info.lowerUp ? Theme.ok : root.info.up ? Theme.warn : Theme.neutral
        }
        Label {
            text: root.name
            font.bold: root.checked
            color: Theme.text
        }
        Label {
            text: !root.info.known
                  //: Interface picker: a configured name this box has no interface for
                  ? qsTr("not on this box")
                  : [root.info.lowerUp ? qsTr("link up") : root.info.up ? qsTr("no carrier") : qsTr("down")]
                        .concat(root.shownAddresses).join(" · ")
            color: root.info.known ? Theme.subtleText : Theme.fail
            font.pixelSize: Theme.smallFontSize
            elide: Text.ElideRight
            Layout.maximumWidth: Theme.kiosk ? 220 : 320
        }
    }
}
