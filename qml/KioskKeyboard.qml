// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Only loaded in kiosk mode (QT_IM_MODULE=qtvirtualkeyboard is set there);
// lives in the window's overlay so it covers the tab bar too, and slides up
// from the bottom edge while a text field has focus.
Item {
    id: root

    // The UI's language (Language.language: "en", "zh_CN", "ko"), set by Main.qml.
    property string uiLanguage: "en"
    // The keyboards offered: US English first, since what Byway edits
    // (addresses, interface names, secrets) is ASCII, then the UI
    // language's own; the language key switches. The keyboard leaves out
    // those it has no layout for (VirtualKeyboardSettings.availableLocales
    // becomes what is left): Korean has its Hangul plugin, but Debian
    // builds no Pinyin, so there Chinese has the English keyboard only.
    readonly property var keyboardLocales: ({ "zh_CN": ["en_US", "zh_CN"], "ko": ["en_US", "ko_KR"] })[uiLanguage] || ["en_US"]
    // The InputPanel, once made (null while the window has no width).
    readonly property InputPanel panel: loader.item

    parent: Overlay.overlay
    z: 1000
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0

    // Qt 6.4's keyboard sizes its wide keys (shift, the symbols key, space,
    // enter) for the width it is first laid out at and keeps them when the
    // width changes: made before the kiosk window had its size, the shift
    // key was 0 wide and the space bar covered the keys beside it. So the
    // panel is made at the window's width, and made again when that changes
    // (a resized or rotated screen).
    property real madeFor: 0
    onWidthChanged: {
        madeFor = 0
        Qt.callLater(() => { madeFor = width })
    }
    Component.onCompleted: madeFor = width

    Loader {
        id: loader
        active: root.width > 0 && root.madeFor === root.width
        sourceComponent: InputPanel {
            width: root.width
            y: Qt.inputMethod.visible ? root.height - height : root.height
            Behavior on y { NumberAnimation { duration: 150 } }
        }
    }

    // Without these the keyboard follows the system locale, and "C" gives
    // British English whatever the UI's language.
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: root.keyboardLocales
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: root.keyboardLocales[0]
    }
}
