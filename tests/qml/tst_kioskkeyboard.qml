// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's Qt Virtual Keyboard: InputPanel must load with every QML
// module it imports (Qt.labs.folderlistmodel among them, a separate package
// on Debian), and type into a field.
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtTest

Item {
    id: root
    width: 800
    height: 480

    TextField {
        id: field
        width: 300
        // As Byway's fields: no prediction, so keys commit at once.
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
    }
    InputPanel {
        id: panel
        width: root.width
        y: root.height - height
    }

    TestCase {
        name: "KioskKeyboard"
        when: windowShown

        function test_panelLoadsAndTypes() {
            verify(panel.keyboard !== null, "the keyboard of the input panel loaded")
            field.forceActiveFocus()
            Qt.inputMethod.show()
            tryVerify(() => Qt.inputMethod.visible, 5000, "the keyboard shows for a focused field")
            tryVerify(() => panel.keyboard.layout.length > 0, 5000, "a keyboard layout loaded")
            // A key of the virtual keyboard reaches the focused field.
            InputContext.inputEngine.virtualKeyClick(Qt.Key_B, "b", Qt.NoModifier)
            InputContext.inputEngine.virtualKeyClick(Qt.Key_W, "w", Qt.NoModifier)
            tryCompare(field, "text", "bw")
        }
    }
}
