// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// Only loaded in kiosk mode (QT_IM_MODULE=qtvirtualkeyboard is set there);
// lives in the window's overlay so it covers the tab bar too, and slides up
// from the bottom edge while a text field has focus.
InputPanel {
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

    parent: Overlay.overlay
    z: 1000
    width: parent ? parent.width : 0
    y: !parent ? 0 : Qt.inputMethod.visible ? parent.height - height : parent.height
    Behavior on y { NumberAnimation { duration: 150 } }

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
