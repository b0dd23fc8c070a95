// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's Qt Virtual Keyboard, the product's qml/KioskKeyboard.qml:
// InputPanel must load with every QML module it imports
// (Qt.labs.folderlistmodel among them, a separate package on Debian), type
// into a field, and offer the keyboards of the UI's language: US English
// first, Korean's Hangul beside it, and never the system locale's (British
// English under "C").
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
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

    TestCase {
        name: "KioskKeyboard"
        when: windowShown

        property var panel: null

        function init() {
            const c = Qt.createComponent(Qt.resolvedUrl("../../qml/KioskKeyboard.qml"))
            compare(c.status, Component.Ready, c.errorString())
            panel = createTemporaryObject(c, root)
            verify(panel !== null, "KioskKeyboard.qml instantiated")
            verify(panel.keyboard !== null, "the keyboard of the input panel loaded")
            field.text = ""
            field.forceActiveFocus()
            Qt.inputMethod.show()
            tryVerify(() => Qt.inputMethod.visible, 5000, "the keyboard shows for a focused field")
            tryVerify(() => panel.keyboard.layout.length > 0, 5000, "a keyboard layout loaded")
            // Found by scanning the layouts, after the panel loads.
            tryVerify(() => VirtualKeyboardSettings.availableLocales.indexOf("en_US") >= 0, 5000, "the layouts were found")
        }

        function test_englishTypes() {
            panel.uiLanguage = "en"
            compare(VirtualKeyboardSettings.activeLocales, ["en_US"])
            tryCompare(InputContext, "locale", "en_US")
            // A key of the virtual keyboard reaches the focused field.
            InputContext.inputEngine.virtualKeyClick(Qt.Key_B, "b", Qt.NoModifier)
            InputContext.inputEngine.virtualKeyClick(Qt.Key_W, "w", Qt.NoModifier)
            tryCompare(field, "text", "bw")
        }

        function test_chineseGetsWhatThisSystemHas() {
            panel.uiLanguage = "zh_CN"
            compare(VirtualKeyboardSettings.activeLocales, ["en_US", "zh_CN"])
            tryCompare(InputContext, "locale", "en_US")
            // Debian builds no Pinyin: the keyboard leaves zh_CN out, and
            // the language key has nothing to switch to.
            wait(200)
            const have = VirtualKeyboardSettings.availableLocales.indexOf("zh_CN") >= 0
            compare(panel.keyboard.canChangeInputLanguage(false), have)
        }

        function test_koreanTypesHangul() {
            panel.uiLanguage = "ko"
            compare(VirtualKeyboardSettings.activeLocales, ["en_US", "ko_KR"])
            tryVerify(() => VirtualKeyboardSettings.availableLocales.indexOf("ko_KR") >= 0, 5000,
                      "Debian's qml6-module-qtquick-virtualkeyboard has the Hangul keyboard")
            tryCompare(InputContext, "locale", "en_US") // ASCII first: addresses, names, secrets
            // The language key's action: on to Korean.
            verify(panel.keyboard.canChangeInputLanguage(false), "the language key is enabled")
            panel.keyboard.changeInputLanguage(false)
            tryCompare(InputContext, "locale", "ko_KR")
            // ㅎ ㅏ ㄴ compose one syllable.
            InputContext.inputEngine.virtualKeyClick(0x314E, "\u314E", Qt.NoModifier)
            InputContext.inputEngine.virtualKeyClick(0x314F, "\u314F", Qt.NoModifier)
            InputContext.inputEngine.virtualKeyClick(0x3134, "\u3134", Qt.NoModifier)
            tryCompare(field, "text", "\uD55C")
        }
    }
}
