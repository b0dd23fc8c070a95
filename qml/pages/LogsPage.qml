// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Live tail of bywayd's log with filters, pause/follow and the run-time
// debug switches.
Page {
    id: root

    //: Page title
    title: qsTr("Logs")
    background: null

    property bool follow: true
    // Selected rows of the filtered view (tap one; shift-tap or press-and-hold extends).
    property int selFirst: -1
    property int selLast: -1
    readonly property bool hasSelection: selFirst >= 0 && selLast >= 0

    LogFilterModel {
        id: filtered
        sourceModel: LogModel
        minLevel: levelBox.currentIndex
        category: categoryBox.currentIndex <= 0 ? "" : LogModel.categories[categoryBox.currentIndex - 1]
        search: searchField.text
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        PageHeader {
            title: root.title
            Layout.fillWidth: true

            Button {
                //: Toggle: stop adding new lines to the view (they are kept)
                text: LogModel.paused ? qsTr("Resume") : qsTr("Pause")
                checkable: true
                checked: LogModel.paused
                implicitHeight: Theme.touchTarget
                onToggled: LogModel.paused = checked
            }
            Button {
                //: Toggle: keep scrolled to the newest line
                text: qsTr("Follow")
                checkable: true
                checked: root.follow
                implicitHeight: Theme.touchTarget
                onToggled: root.follow = checked
            }
            Button {
                //: Copies the selected log lines to the clipboard
                text: qsTr("Copy")
                enabled: root.hasSelection
                implicitHeight: Theme.touchTarget
                onClicked: filtered.copy(root.selFirst, root.selLast)
            }
            Button {
                //: Saves the lines shown (after filters) to a file
                text: qsTr("Export…")
                implicitHeight: Theme.touchTarget
                onClicked: exportPopup.open()
            }
            Button {
                //: Opens the per-category debug logging switches
                text: qsTr("Debug…")
                implicitHeight: Theme.touchTarget
                onClicked: debugPopup.open()
            }
            Button {
                //: Removes all lines from the view
                text: qsTr("Clear")
                implicitHeight: Theme.touchTarget
                onClicked: LogModel.clear()
            }
        }

        ConnectionBanner { Layout.fillWidth: true }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: searchField
                //: Placeholder of the log search field
                placeholderText: qsTr("Search")
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
                Layout.minimumWidth: 120
            }
            ComboBox {
                id: categoryBox
                implicitHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.kiosk ? 190 : 180
                //: Log filter: show every category
                model: [qsTr("All categories")].concat(LogModel.categories)
            }
            ComboBox {
                id: levelBox
                implicitHeight: Theme.touchTarget
                Layout.preferredWidth: Theme.kiosk ? 150 : 140
                currentIndex: LogModel.Info
                model: [Texts.levelName(LogModel.Debug), Texts.levelName(LogModel.Info), Texts.levelName(LogModel.Warning),
                        Texts.levelName(LogModel.Error), Texts.levelName(LogModel.Critical)]
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Label {
                //: Log view counter: lines shown after filtering / lines kept
                text: qsTr("%1 of %n line(s)", "", LogModel.count).arg(filtered.count)
                color: Theme.subtleText
                font.pixelSize: Theme.smallFontSize
            }
            Label {
                visible: LogModel.paused && LogModel.pendingCount > 0
                text: qsTr("%n new line(s) waiting", "", LogModel.pendingCount)
                color: Theme.warn
                font.pixelSize: Theme.smallFontSize
            }
            Label {
                visible: LogModel.droppedCount > 0
                //: Lines lost because the viewer could not keep up
                text: qsTr("%n line(s) dropped", "", LogModel.droppedCount)
                color: Theme.warn
                font.pixelSize: Theme.smallFontSize
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: LogModel.errorCode.length > 0
                text: Texts.errorText(LogModel.errorCode)
                color: Theme.fail
                font.pixelSize: Theme.smallFontSize
                elide: Text.ElideRight
                Layout.maximumWidth: root.width / 2
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius

            ListView {
                id: lines
                anchors.fill: parent
                anchors.margins: 6
                clip: true
                model: filtered
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                onCountChanged: if (root.follow) Qt.callLater(lines.positionViewAtEnd)
                onMovementStarted: root.follow = false

                // An Item around the row: the selection highlight and the
                // mouse area fill it, which they may not do inside a layout.
                delegate: Item {
                    id: line
                    required property int index
                    required property string time
                    required property string category
                    required property int levelValue
                    required property string message

                    readonly property color tone: levelValue >= LogModel.Error ? Theme.fail
                                                : levelValue === LogModel.Warning ? Theme.warn
                                                : levelValue === LogModel.Debug ? Theme.subtleText : Theme.text
                    readonly property bool selected: root.hasSelection
                        && index >= Math.min(root.selFirst, root.selLast) && index <= Math.max(root.selFirst, root.selLast)
                    width: ListView.view.width - 12
                    implicitHeight: row.implicitHeight

                    Rectangle {
                        anchors.fill: parent
                        visible: line.selected
                        color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.2)
                    }
                    MouseArea {
                        anchors.fill: parent
                        onClicked: mouse => {
                            if ((mouse.modifiers & Qt.ShiftModifier) && root.selFirst >= 0) {
                                root.selLast = line.index
                            } else if (root.selFirst === line.index && root.selLast === line.index) {
                                root.selFirst = -1
                                root.selLast = -1
                            } else {
                                root.selFirst = line.index
                                root.selLast = line.index
                            }
                        }
                        onPressAndHold: if (root.selFirst >= 0) root.selLast = line.index
                    }

                    RowLayout {
                        id: row
                        width: parent.width
                        spacing: Theme.spacing

                        Text {
                            text: line.time
                            color: Theme.subtleText
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.smallFontSize
                            Layout.alignment: Qt.AlignTop
                        }
                        Text {
                            text: line.category
                            color: Theme.subtleText
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.smallFontSize
                            Layout.preferredWidth: Theme.kiosk ? 80 : 90
                            Layout.alignment: Qt.AlignTop
                        }
                        Text {
                            text: Texts.levelName(line.levelValue)
                            color: line.tone
                            font.pixelSize: Theme.smallFontSize
                            elide: Text.ElideRight
                            Layout.preferredWidth: Theme.kiosk ? 56 : 64
                            Layout.alignment: Qt.AlignTop
                        }
                        Text {
                            text: line.message
                            textFormat: Text.PlainText
                            color: line.tone
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.smallFontSize
                            Layout.fillWidth: true
                        }
                    }
                }

                Label {
                    anchors.centerIn: parent
                    visible: lines.count === 0
                    text: qsTr("No log lines yet.")
                    color: Theme.subtleText
                }
            }
        }
    }

    Popup {
        id: debugPopup
        anchors.centerIn: Overlay.overlay
        modal: true
        width: Math.min(root.width - 2 * Theme.margin, 520)
        height: Math.min(root.height - 2 * Theme.margin, implicitHeight)

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.spacing
            Label {
                text: qsTr("Debug logging")
                font.bold: true
                font.pixelSize: Theme.fontSize + 2
            }
            Label {
                text: qsTr("Turns on detailed messages per category in bywayd, at once and without a restart. Needs administrator access.")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                GridLayout {
                    columns: 2
                    width: debugPopup.availableWidth
                    Repeater {
                        model: LogModel.categories
                        delegate: Switch {
                            required property string modelData
                            text: modelData
                            checked: LogModel.debug[modelData] === true
                            implicitHeight: Theme.touchTarget
                            Layout.fillWidth: true
                            onToggled: LogModel.setDebug(modelData, checked)
                        }
                    }
                }
            }
            Button {
                text: qsTr("Close")
                implicitHeight: Theme.touchTarget
                Layout.alignment: Qt.AlignRight
                onClicked: debugPopup.close()
            }
        }
    }

    Popup {
        id: exportPopup
        anchors.centerIn: Overlay.overlay
        modal: true
        width: Math.min(root.width - 2 * Theme.margin, 560)
        property string result: ""
        onOpened: result = ""

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                //: Export dialog: %n lines that pass the current filters
                text: qsTr("Export %n visible line(s) to:", "", filtered.count)
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            TextField {
                id: exportPath
                text: ConfigModel.defaultExportPath.replace(/byway\.json$/, "byway-log.txt")
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
            }
            Label {
                visible: exportPopup.result.length > 0
                text: exportPopup.result
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    text: qsTr("Export")
                    implicitHeight: Theme.touchTarget
                    onClicked: exportPopup.result = filtered.exportTo(exportPath.text)
                               ? qsTr("Saved %1").arg(exportPath.text)
                               : qsTr("Could not save: %1").arg(filtered.lastError())
                }
                Button {
                    text: qsTr("Close")
                    implicitHeight: Theme.touchTarget
                    onClicked: exportPopup.close()
                }
            }
        }
    }
}
