// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// A pool's users, one row each: the name (the users bywayd has seen —
// sessions, capture users — offered in the list, a new name typed), the
// address, and the user's own exit picked from the defined exits. The rows
// are the form's; only rows with a name reach the document (through the
// "users" text ConfigModel parses), so an added row stays while it is
// still being filled in.
ColumnLayout {
    id: root

    required property string pointer
    readonly property bool editable: StatusModel.callerRole === "admin"
    readonly property string current: (ConfigModel.generation, ConfigModel.fieldText(pointer, "users"))
    readonly property var error: (ConfigModel.problems, ConfigModel.generation, ConfigModel.fieldError(pointer))
    readonly property bool hasError: error.code !== undefined
    // [{name, address, exit}]
    property var rows: []
    // The text last written: the document changing to anything else (Discard,
    // a load, an import) replaces the rows.
    property string written: ""

    spacing: 4
    Layout.fillWidth: true

    function parse(text: string): var {
        return text.split(",").map(s => s.trim()).filter(s => s.length > 0).map(item => {
            const w = item.split(/\s+/)
            return { name: w[0] || "", address: w[1] || "", exit: w[2] || "" }
        })
    }
    function write() {
        // A row without a name waits: its address alone would read as a name.
        const text = rows.filter(r => r.name.length > 0)
                         .map(r => [r.name, r.address, r.exit].filter(s => s.length > 0).join(" ")).join(", ")
        written = text
        if (text !== current)
            ConfigModel.setField(pointer, "users", text)
    }
    function setRow(index: int, key: string, value: string) {
        if (rows[index][key] === value)
            return
        const copy = rows.slice()
        copy[index] = Object.assign({}, copy[index])
        copy[index][key] = value.trim()
        rows = copy
        write()
    }
    // In the editor's own scope: setting `rows` destroys the row whose
    // button called this, and with it the row's context, so nothing may be
    // looked up there afterwards.
    function removeRow(index: int) {
        const copy = rows.slice()
        copy.splice(index, 1)
        rows = copy
        write()
    }
    onCurrentChanged: {
        if (current !== written) {
            written = current
            rows = parse(current)
        }
    }
    Component.onCompleted: {
        written = current
        rows = parse(current)
        KnownUsers.refresh()
    }

    Connections {
        target: ConfigModel
        function onFocusRequested() {
            if (ConfigModel.focusField === root.pointer || ConfigModel.focusField.startsWith(root.pointer + "/"))
                (userRows.count > 0 ? userRows.itemAt(0).nameBox : addUser).forceActiveFocus()
        }
    }

    Label {
        //: Pool users: heading of the per-user rows (name, address, own exit)
        text: qsTr("Users")
        color: root.hasError ? Theme.fail : Theme.subtleText
        font.pixelSize: Theme.smallFontSize
        Layout.fillWidth: true
    }
    Repeater {
        id: userRows
        model: root.rows.length
        delegate: GridLayout {
            id: row
            required property int index
            readonly property var entry: root.rows[index] || ({ name: "", address: "", exit: "" })
            property alias nameBox: nameBox
            // The exit picker: no own exit, the defined exits, and a name the document has but the exits do not.
            readonly property var exitChoices: {
                const all = ConfigModel.exitNames.slice()
                if (entry.exit.length > 0 && all.indexOf(entry.exit) < 0)
                    all.push(entry.exit)
                //: User row: no exit of the user's own (the pool's exit applies)
                return [{ value: "", text: qsTr("Pool's exit") }].concat(all.map(n => ({ value: n, text: n })))
            }
            columns: Theme.kiosk ? 2 : 4
            columnSpacing: Theme.spacing
            rowSpacing: 4
            Layout.fillWidth: true

            ComboBox {
                id: nameBox
                objectName: "userName:" + root.pointer + "/" + row.index
                editable: true
                enabled: root.editable
                model: KnownUsers.names
                Accessible.name: qsTr("User name")
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                // The row's name, kept while typing; a pick or a typed name goes to the row.
                Binding on editText {
                    when: !nameBox.activeFocus
                    value: row.entry.name
                    restoreMode: Binding.RestoreNone
                }
                onActivated: index => root.setRow(row.index, "name", KnownUsers.names[index])
                onAccepted: root.setRow(row.index, "name", editText)
                onActiveFocusChanged: if (!activeFocus) root.setRow(row.index, "name", editText)
            }
            TextField {
                id: addressField
                objectName: "userAddress:" + root.pointer + "/" + row.index
                enabled: root.editable
                //: User row: example address, never a default
                placeholderText: qsTr("e.g. %1").arg("10.20.0.10")
                placeholderTextColor: Theme.neutral
                inputMethodHints: Qt.ImhPreferNumbers
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Binding on text {
                    when: !addressField.activeFocus
                    value: row.entry.address
                    restoreMode: Binding.RestoreNone
                }
                onTextEdited: root.setRow(row.index, "address", text)
            }
            ComboBox {
                objectName: "userExit:" + root.pointer + "/" + row.index
                enabled: root.editable
                model: row.exitChoices
                textRole: "text"
                valueRole: "value"
                currentIndex: Math.max(0, row.exitChoices.findIndex(c => c.value === row.entry.exit))
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                onActivated: index => root.setRow(row.index, "exit", row.exitChoices[index].value)
            }
            Button {
                objectName: "userRemove:" + root.pointer + "/" + row.index
                //: User row: remove this user from the pool
                text: qsTr("Remove")
                enabled: root.editable
                implicitHeight: Theme.touchTarget
                onClicked: root.removeRow(row.index)
            }
        }
    }
    Button {
        id: addUser
        objectName: "addUser:" + root.pointer
        //: Pool: adds an empty user row
        text: qsTr("Add user")
        enabled: root.editable
        implicitHeight: Theme.touchTarget
        onClicked: root.rows = root.rows.concat([{ name: "", address: "", exit: "" }])
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
