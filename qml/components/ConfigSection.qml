// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Byway
import Byway.Backend

// A form section shown only when the selected role uses it.
Card {
    id: root

    required property string section

    visible: (ConfigModel.generation, ConfigModel.sectionApplies(section))
    Layout.fillWidth: true
    Layout.alignment: Qt.AlignTop
}
