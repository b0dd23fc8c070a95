// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's Qt Virtual Keyboard, the product's qml/KioskKeyboard.qml:
// InputPanel must load with every QML module it imports
// (Qt.labs.folderlistmodel among them, a separate package on Debian), type
// into a field, and offer the keyboards of the UI's language: US English
// first, Korean's Hangul beside it, and never the system locale's (British
// English under "C"); laid out at the window's width, also when it was
// made before the window had one, and again when that width changes.
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

        readonly property Component kioskComponent: Qt.createComponent(Qt.resolvedUrl("../../qml/KioskKeyboard.qml"))
        property var kiosk: null
        property var panel: kiosk ? kiosk.panel : null

        function init() {
            compare(kioskComponent.status, Component.Ready, kioskComponent.errorString())
            kiosk = createTemporaryObject(kioskComponent, root)
            verify(kiosk !== null, "KioskKeyboard.qml instantiated")
            tryVerify(() => panel !== null && panel.keyboard !== null, 5000, "the keyboard of the input panel loaded")
            field.text = ""
            field.forceActiveFocus()
            Qt.inputMethod.show()
            tryVerify(() => Qt.inputMethod.visible, 5000, "the keyboard shows for a focused field")
            tryVerify(() => panel.keyboard.layout.length > 0, 5000, "a keyboard layout loaded")
            // Found by scanning the layouts, after the panel loads.
            tryVerify(() => VirtualKeyboardSettings.availableLocales.indexOf("en_US") >= 0, 5000, "the layouts were found")
        }

        function test_englishTypes() {
            kiosk.uiLanguage = "en"
            compare(VirtualKeyboardSettings.activeLocales, ["en_US"])
            tryCompare(InputContext, "locale", "en_US")
            // A key of the virtual keyboard reaches the focused field.
            InputContext.inputEngine.virtualKeyClick(Qt.Key_B, "b", Qt.NoModifier)
            InputContext.inputEngine.virtualKeyClick(Qt.Key_W, "w", Qt.NoModifier)
            tryCompare(field, "text", "bw")
        }

        function test_chineseGetsWhatThisSystemHas() {
            kiosk.uiLanguage = "zh_CN"
            compare(VirtualKeyboardSettings.activeLocales, ["en_US", "zh_CN"])
            tryCompare(InputContext, "locale", "en_US")
            // Debian builds no Pinyin: the keyboard leaves zh_CN out, and
            // the language key has nothing to switch to.
            wait(200)
            const have = VirtualKeyboardSettings.availableLocales.indexOf("zh_CN") >= 0
            compare(panel.keyboard.canChangeInputLanguage(false), have)
        }

        function test_koreanTypesHangul() {
            kiosk.uiLanguage = "ko"
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
        // The first key with this key code under item, depth first.
        function findKey(item, code) {
            for (let i = 0; i < item.children.length; ++i) {
                const c = item.children[i]
                if (c.visible && c.key === code && c.width !== undefined)
                    return c
                const found = findKey(c, code)
                if (found)
                    return found
            }
            return null
        }

        // Made while the window has no width yet (as at a kiosk's start),
        // then given one: the shift key is wider than a letter key, and the
        // space bar ends before the key right of it begins.
        function test_laidOutAtTheWindowsWidth() {
            const box = createTemporaryObject(boxComponent, root)
            kiosk.destroy()
            wait(0)
            kiosk = createTemporaryObject(kioskComponent, box, { parent: box })
            verify(kiosk !== null)
            wait(200)
            verify(panel === null, "no keyboard while there is no width")
            box.width = 800
            tryVerify(() => panel !== null && panel.keyboard.layout.length > 0, 5000, "the keyboard is made once there is a width")
            field.forceActiveFocus()
            Qt.inputMethod.show()
            tryVerify(() => Qt.inputMethod.visible, 5000)
            compare(panel.width, 800)
            let shift = null, z = null, space = null, dot = null
            const findKeys = () => {
                shift = findKey(panel, Qt.Key_Shift)
                z = findKey(panel, Qt.Key_Z)
                space = findKey(panel, Qt.Key_Space)
                dot = findKey(panel, Qt.Key_Period)
                return shift && z && space && dot && z.width > 0
            }
            tryVerify(findKeys, 5000, "shift, z, space and . keys found")
            verify(shift.width > z.width, `shift ${shift.width} px wide, z ${z.width} px`)
            const spaceRight = space.mapToItem(panel, space.width, 0).x
            const dotLeft = dot.mapToItem(panel, 0, 0).x
            verify(spaceRight <= dotLeft + 1, `the space bar ends at ${spaceRight}, the . key begins at ${dotLeft}`)
            // And again after the width changes (a rotated screen).
            const before = shift.width
            box.width = 600
            tryVerify(() => panel !== null && panel.width === 600 && panel.keyboard.layout.length > 0, 5000)
            tryVerify(findKeys, 5000, "the keys found at 600 px")
            verify(shift.width > z.width, `at 600 px: shift ${shift.width} px wide, z ${z.width} px`)
            verify(shift.width < before, `the shift key narrowed with the window (${before} -> ${shift.width})`)
        }
    }

    Component {
        id: boxComponent
        Item { width: 0; height: 480 }
    }
}
