// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Language (switches at once), theme, and which bywayd to talk to.
Page {
    id: root

    //: Page title
    title: qsTr("Settings")
    background: null

    ScrollView {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacing * 1.5

            PageHeader {
                title: root.title
                Layout.fillWidth: true
            }

            Card {
                title: qsTr("Language")
                Layout.fillWidth: true
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Repeater {
                        model: Language.languages
                        delegate: RadioButton {
                            required property var modelData
                            text: modelData.name
                            checked: Language.language === modelData.code
                            implicitHeight: Theme.touchTarget
                            onClicked: Language.language = modelData.code
                        }
                    }
                }
            }

            Card {
                //: Settings section: colours of the interface
                title: qsTr("Appearance")
                Layout.fillWidth: true
                Switch {
                    text: qsTr("Dark theme")
                    checked: AppSettings.dark
                    implicitHeight: Theme.touchTarget
                    onToggled: AppSettings.dark = checked
                }
            }

            Card {
                //: Settings section: connection to the privileged helper
                title: qsTr("Helper connection")
                Layout.fillWidth: true
                Label {
                    text: Texts.connectionState(HelperConnection.state, HelperConnection.errorCode)
                    color: HelperConnection.state === HelperConnection.Connected ? Theme.ok : Theme.fail
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                // Why not: a socket that is not there, a group missing.
                Label {
                    visible: HelperConnection.state !== HelperConnection.Connected && HelperConnection.errorMessage.length > 0
                    text: qsTr("Details: %1").arg(HelperConnection.errorMessage)
                    color: Theme.subtleText
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextField {
                        id: socketField
                        text: HelperConnection.remote ? "" : HelperConnection.socketPath
                        //: Label of the socket path field
                        placeholderText: qsTr("Socket path")
                        implicitHeight: Theme.touchTarget
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                        Layout.fillWidth: true
                    }
                    Button {
                        //: Connect to the helper at the socket path entered
                        text: qsTr("Connect")
                        implicitHeight: Theme.touchTarget
                        onClicked: {
                            AppSettings.savedSocketPath = socketField.text
                            HelperConnection.socketPath = socketField.text
                            ApplianceModel.activate("local")
                            HelperConnection.reconnect()
                        }
                    }
                }
                Label {
                    text: qsTr("The default is /run/byway/bywayd.sock. Reading needs the group byway-view; changing settings needs byway.")
                    color: Theme.subtleText
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            Card {
                //: Settings section: version information
                title: qsTr("About")
                Layout.fillWidth: true
                InfoRow {
                    label: qsTr("bywayd version")
                    value: StatusModel.loaded ? StatusModel.version : "—"
                }
                InfoRow {
                    label: qsTr("Config file")
                    value: StatusModel.configPath.length > 0 ? StatusModel.configPath : "—"
                }
            }
        }
    }
}
