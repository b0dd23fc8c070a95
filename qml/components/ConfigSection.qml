// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Byway
import Byway.Backend

// A form section shown when the selected role uses it, or when a problem
// bywayd reported sits in it (nothing that blocks Apply stays hidden).
Card {
    id: root

    required property string section
    // The document member(s) the section edits, for the problem check.
    property var pointers: ["/" + section]

    visible: (ConfigModel.generation, ConfigModel.problems, ConfigModel.findings,
              pointers.some(p => ConfigModel.shows(section, p)))

    // "Show" on a problem with no field of its own ("add a pool"): the
    // section takes the focus and the page scrolls to it.
    Connections {
        target: ConfigModel
        function onFocusRequested() {
            if (ConfigModel.focusField === "" && ConfigModel.focusSection === root.section)
                root.forceActiveFocus()
        }
    }
    Layout.fillWidth: true
    Layout.alignment: Qt.AlignTop
}
