// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One config field addressed by JSON pointer, with its validation error
// shown right under it. `kind` says how the text maps to JSON (see
// ConfigModel::fieldText); "choice" shows `choices` ([{value, text}]).
// Pickers instead of free text: "interfaces" (several of the box's
// interfaces), "interface" (one, or none), "exit" (one of the document's
// exits, or none). `suggestions` are values offered as one-tap buttons
// (the detected main router, the LAN port's addresses).
ColumnLayout {
    id: root

    required property string pointer
    property string label: FieldLabels.label(pointer)
    property string kind: "string"
    // An example, shown as "e.g. …" in the hint colour: never a value.
    property string placeholder: ""
    property string hint: ""
    property var choices: []
    property var suggestions: []
    // A password: typed text is masked.
    property bool secret: false
    // The pickers fall back to typed names while bywayd has not listed the interfaces.
    readonly property bool picksInterfaces: (kind === "interfaces" || kind === "interface") && BoxModel.names.length > 0
    readonly property bool picksExit: kind === "exit"
    readonly property bool isCombo: kind === "choice" || picksExit || (kind === "interface" && picksInterfaces)
    readonly property string textKind: kind === "interfaces" ? "list" : (kind === "choice" || kind === "interface" || kind === "exit") ? "string" : kind
    readonly property string current: (ConfigModel.generation, ConfigModel.fieldText(pointer, textKind))
    readonly property var currentList: (ConfigModel.generation, kind === "interfaces"
                                        ? current.split(",").map(s => s.trim()).filter(s => s.length > 0) : [])
    // What the combo offers: a "none" entry, the names, and a current value not among them.
    readonly property var comboChoices: {
        if (kind === "choice")
            return choices
        //: Picker entry: no interface / no exit chosen
        const none = [{ value: "", text: qsTr("(none)") }]
        const names = picksExit ? ConfigModel.exitNames : BoxModel.names
        const all = names.slice()
        if (current.length > 0 && all.indexOf(current) < 0)
            all.push(current)
        return none.concat(all.map(n => ({ value: n, text: n })))
    }
    // ConfigModel.problems is read for its change signal: the same number of
    // different errors must still move the messages.
    readonly property var error: (ConfigModel.problems, ConfigModel.generation, ConfigModel.fieldError(pointer))
    readonly property bool hasError: error.code !== undefined
    readonly property bool editable: StatusModel.callerRole === "admin"
    // Whether the form wants the field now (a SOCKS5 exit has no table); a
    // field with a problem is shown anyway, so nothing blocks Apply unseen.
    property bool shown: true

    // A finding about it (a value the role does not use) shows it too: the fix is here.
    readonly property bool flagged: (ConfigModel.problems, ConfigModel.findings, ConfigModel.generation, ConfigModel.flagged(pointer))
    visible: shown || hasError || flagged

    spacing: 2
    Layout.fillWidth: true

    // Shown only now (its section or itself waited for a finding to
    // arrive) while it holds the focus "Show" gave it: the page scrolls to it again.
    // (Checked once the change has settled: the focus follows the visibility.)
    onVisibleChanged: if (visible && ConfigModel.focusField === root.pointer) Qt.callLater(root.revealIfFocused)
    function revealIfFocused() {
        for (let it = root.Window.activeFocusItem; it; it = it.parent)
            if (it === root)
                return ConfigModel.showProblem(root.pointer)
    }

    // "Show" on a problem (ConfigModel.showProblem): this field takes the
    // focus; the page then scrolls to whatever has it.
    Connections {
        target: ConfigModel
        function onFocusRequested() {
            if (ConfigModel.focusField !== root.pointer)
                return
            if (root.kind === "bool")
                toggle.forceActiveFocus()
            else if (root.isCombo)
                combo.forceActiveFocus()
            else if (root.kind === "interfaces" && root.picksInterfaces)
                chips.forceActiveFocus()
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
    Flow {
        id: chips
        visible: root.kind === "interfaces" && root.picksInterfaces
        spacing: 6
        activeFocusOnTab: true
        Layout.fillWidth: true
        Repeater {
            // The box's interfaces, then configured names it does not have.
            model: BoxModel.names.concat(root.currentList.filter(n => BoxModel.names.indexOf(n) < 0))
            delegate: InterfaceChip {
                required property string modelData
                objectName: "interface:" + root.pointer + "=" + modelData
                name: modelData
                enabled: root.editable
                checked: root.currentList.indexOf(modelData) >= 0
                onToggled: {
                    const list = root.currentList.filter(n => n !== modelData)
                    if (checked)
                        list.push(modelData)
                    ConfigModel.setField(root.pointer, "list", list.join(", "))
                }
            }
        }
    }
    TextField {
        id: field
        visible: root.kind !== "bool" && !root.isCombo && !(root.kind === "interfaces" && root.picksInterfaces)
        enabled: root.editable
        //: Example text in an empty field: %1 is an example value, never a default
        placeholderText: root.placeholder.length > 0 ? qsTr("e.g. %1").arg(root.placeholder) : ""
        placeholderTextColor: Theme.neutral
        echoMode: root.secret ? TextInput.Password : TextInput.Normal
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
        visible: root.isCombo
        enabled: root.editable
        model: root.comboChoices
        textRole: "text"
        valueRole: "value"
        currentIndex: Math.max(0, root.comboChoices.findIndex(c => c.value === root.current))
        implicitHeight: Theme.touchTarget
        Layout.fillWidth: true
        onActivated: index => ConfigModel.setField(root.pointer, "string", root.comboChoices[index].value)
    }
    Flow {
        readonly property var offered: root.suggestions.filter(s => s !== root.current)
        visible: root.editable && offered.length > 0
        spacing: 6
        Layout.fillWidth: true
        Repeater {
            model: parent.offered
            delegate: Button {
                required property string modelData
                objectName: "suggestion:" + root.pointer + "=" + modelData
                //: A one-tap value offered for a field (the detected main router, an address of the LAN port)
                text: qsTr("Use %1").arg(modelData)
                flat: true
                implicitHeight: Theme.touchTarget
                onClicked: ConfigModel.setField(root.pointer, root.textKind, modelData)
            }
        }
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
