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

            // Rows are one line high and fixed: at 10,000 lines/s every batch
            // replaces all visible rows, so a row must be cheap to make, lay
            // out and paint (no layouts, no wrapping, reused delegates, one
            // mouse area for the list, three text nodes, the monospaced ones
            // with native glyph rendering). The selected line is shown whole below.
            // bench/gui measures it: docs/benchmarks.md, GUI.
            FontMetrics {
                id: mono
                font.family: Theme.monoFamily
                font.pixelSize: Theme.smallFontSize
            }

            Text {
                id: stampProbe
                visible: false
                // Lines from another day carry their date (LogModel.timeText).
                text: LogModel.showsDates ? "0000-00-00 00:00:00 forwarder" : "00:00:00.000 forwarder"
                font: mono.font
                renderType: Text.NativeRendering
            }

            ListView {
                id: lines
                anchors.fill: parent
                anchors.margins: 6
                clip: true
                model: filtered
                reuseItems: true
                // Rows beyond the visible ones would be made and laid out again
                // at every batch too, for nothing while following.
                cacheBuffer: 0
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                onCountChanged: if (root.follow) Qt.callLater(lines.positionViewAtEnd)
                onMovementStarted: root.follow = false

                readonly property int rowHeight: Math.ceil(mono.height) + (Theme.kiosk ? 8 : 2)
                readonly property int textY: Math.floor((rowHeight - mono.height) / 2)
                // Measured by a text rendered like the rows' (native glyph
                // advances are hinted, wider than FontMetrics' design ones).
                readonly property real stampWidth: Math.ceil(stampProbe.implicitWidth)
                // The widest level name in this language ("Warning" does not fit 56 px).
                readonly property int levelWidth: Math.ceil(Math.max(...levelNames.map(n => levelMetrics.advanceWidth(n)))) + 2
                // Looked up per row, so made once (and again on a language switch).
                readonly property var levelNames: [Texts.levelName(LogModel.Debug), Texts.levelName(LogModel.Info),
                    Texts.levelName(LogModel.Warning), Texts.levelName(LogModel.Error), Texts.levelName(LogModel.Critical)]

                FontMetrics {
                    id: levelMetrics
                    font.pixelSize: Theme.smallFontSize
                }
                MouseArea {
                    // Under the rows' content, over the list: maps a tap to its row.
                    parent: lines.contentItem
                    width: lines.width
                    height: Math.max(lines.contentHeight, lines.height)
                    z: -1
                    onClicked: mouse => {
                        const i = lines.indexAt(mouse.x, mouse.y)
                        if (i < 0)
                            return
                        if ((mouse.modifiers & Qt.ShiftModifier) && root.selFirst >= 0) {
                            root.selLast = i
                        } else if (root.selFirst === i && root.selLast === i) {
                            root.selFirst = -1
                            root.selLast = -1
                        } else {
                            root.selFirst = i
                            root.selLast = i
                        }
                    }
                    onPressAndHold: mouse => {
                        const i = lines.indexAt(mouse.x, mouse.y)
                        if (i >= 0 && root.selFirst >= 0)
                            root.selLast = i
                    }
                }

                delegate: Rectangle {
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
                    height: lines.rowHeight
                    color: selected ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.2) : "transparent"

                    // Time and category in one text node (both monospaced, one
                    // colour): each node is glyphs to lay out and paint per batch.
                    Text {
                        id: stampText
                        width: lines.stampWidth
                        y: lines.textY
                        text: line.time + " " + line.category
                        color: Theme.subtleText
                        font: mono.font
                        renderType: Text.NativeRendering
                        elide: Text.ElideRight
                    }
                    Text {
                        id: levelText
                        x: stampText.width + Theme.spacing
                        width: lines.levelWidth
                        y: lines.textY
                        text: lines.levelNames[line.levelValue] ?? ""
                        color: line.tone
                        font.pixelSize: Theme.smallFontSize
                        elide: Text.ElideRight
                    }
                    Text {
                        // Elided here; the selected line shows all of it below.
                        objectName: "expandable"
                        x: levelText.x + levelText.width + Theme.spacing
                        width: line.width - x
                        y: lines.textY
                        text: line.message
                        textFormat: Text.PlainText
                        color: line.tone
                        font: mono.font
                        renderType: Text.NativeRendering
                        elide: Text.ElideRight
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

        // The selected line in full (rows are cut at the width of the list),
        // wrapped; a very long one scrolls here rather than squeezing the list.
        Rectangle {
            id: detailBox
            Layout.fillWidth: true
            visible: root.hasSelection && root.selFirst === root.selLast && root.selFirst < filtered.count
            implicitHeight: Math.min(detail.implicitHeight + 12, Math.max(Theme.touchTarget * 2, root.height / 3))
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
            ScrollView {
                id: detailScroll
                anchors.fill: parent
                anchors.margins: 6
                clip: true
                contentWidth: availableWidth
                TextEdit {
                    id: detail
                    width: detailScroll.availableWidth
                    readOnly: true
                    selectByMouse: true
                    textFormat: TextEdit.PlainText
                    wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
                    color: Theme.text
                    font: mono.font
                    text: detailBox.visible ? filtered.text(root.selFirst, root.selFirst) : ""
                }
            }
        }
    }

    Popup {
        id: debugPopup
        anchors.centerIn: Overlay.overlay
        modal: true
        // bywayd's switches now, whoever turned them (another window, bywayctl, the config).
        onAboutToShow: LogModel.refreshDebug()
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
                            onToggled: {
                                LogModel.setDebug(modelData, checked)
                                // The lines asked for must not stay hidden by the level filter.
                                if (checked && levelBox.currentIndex > LogModel.Debug)
                                    levelBox.currentIndex = LogModel.Debug
                            }
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
