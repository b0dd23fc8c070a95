// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One config field addressed by JSON pointer, with its validation error
// shown right under it. `kind` says how the text maps to JSON (see
// ConfigModel::fieldText); "choice" shows `choices` ([{value, text}]).
ColumnLayout {
    id: root

    required property string label
    required property string pointer
    property string kind: "string"
    property string placeholder: ""
    property string hint: ""
    property var choices: []
    readonly property string current: (ConfigModel.generation, ConfigModel.fieldText(pointer, kind === "choice" ? "string" : kind))
    // ConfigModel.problems is read for its change signal: the same number of
    // different errors must still move the messages.
    readonly property var error: (ConfigModel.problems, ConfigModel.generation, ConfigModel.fieldError(pointer))
    readonly property bool hasError: error.code !== undefined
    readonly property bool editable: StatusModel.callerRole === "admin"
    // Whether the form wants the field now (a SOCKS5 exit has no table); a
    // field with a problem is shown anyway, so nothing blocks Apply unseen.
    property bool shown: true

    visible: shown || hasError

    spacing: 2
    Layout.fillWidth: true

    // "Show" on a problem (ConfigModel.showProblem): this field takes the
    // focus; the page then scrolls to whatever has it.
    Connections {
        target: ConfigModel
        function onFocusRequested() {
            if (ConfigModel.focusField !== root.pointer)
                return
            if (root.kind === "bool")
                toggle.forceActiveFocus()
            else if (root.kind === "choice")
                combo.forceActiveFocus()
            else
                field.forceActiveFocus()
        }
    }

    Label {
        text: root.label
        color: root.hasError ? Theme.fail : Theme.subtleText
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    TextField {
        id: field
        visible: root.kind !== "bool" && root.kind !== "choice"
        enabled: root.editable
        placeholderText: root.placeholder
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        // Typing must not be overwritten by the normalised text of the model
        // (a trailing comma would vanish); the model's value shows when not editing.
        Binding on text {
            when: !field.activeFocus
            value: root.current
            restoreMode: Binding.RestoreNone
        }
        onTextEdited: ConfigModel.setField(root.pointer, root.kind, text)
        background: Rectangle {
            color: Theme.surface
            border.color: root.hasError ? Theme.fail : (field.activeFocus ? Theme.accent : Theme.border)
            border.width: root.hasError || field.activeFocus ? 2 : 1
            radius: 3
        }
    }
    Switch {
        id: toggle
        visible: root.kind === "bool"
        enabled: root.editable
        checked: root.current === "true"
        implicitHeight: Theme.touchTarget
        onToggled: ConfigModel.setField(root.pointer, "bool", checked ? "true" : "false")
    }
    ComboBox {
        id: combo
        visible: root.kind === "choice"
        enabled: root.editable
        model: root.choices
        textRole: "text"
        valueRole: "value"
        currentIndex: Math.max(0, root.choices.findIndex(c => c.value === root.current))
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        onActivated: index => ConfigModel.setField(root.pointer, "string", root.choices[index].value)
    }
    Label {
        visible: root.hint.length > 0 && !root.hasError
        text: root.hint
        color: Theme.subtleText
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        visible: root.hasError
        text: root.hasError ? Texts.fieldErrorText(root.error) : ""
        color: Theme.fail
        font.pixelSize: Theme.smallFontSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
