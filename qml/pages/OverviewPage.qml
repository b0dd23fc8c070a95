// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Is the helper there, which mode is this box in and why: every probe
// finding with its consequence and fix.
Page {
    id: root

    //: Page title
    title: qsTr("Overview")
    background: null

    // A plain column rather than a ListView with a header: a probe has a few
    // dozen findings at most, and the header's height changes as the status
    // loads, which would leave a ListView scrolled part-way down.
    ScrollView {
        id: scroller
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroller.availableWidth
            spacing: Theme.spacing

            PageHeader {
                title: root.title
                Layout.fillWidth: true
            }
            ConnectionBanner { Layout.fillWidth: true }

            GridLayout {
                Layout.fillWidth: true
                columns: root.width > 900 ? 3 : (root.width > 560 ? 2 : 1)
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                Card {
                    //: Card title: the box's operating mode
                    title: qsTr("Mode")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    ModeBadge {
                        mode: StatusModel.mode
                        large: true
                    }
                    Label {
                        text: Texts.modeExplanation(StatusModel.mode)
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Card {
                    //: Card title: the privileged helper process
                    title: qsTr("Helper")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    BusyIndicator {
                        visible: StatusModel.loading
                        running: visible
                    }
                    InfoRow {
                        label: qsTr("Version")
                        value: StatusModel.loaded ? StatusModel.version : "—"
                    }
                    InfoRow {
                        label: qsTr("Running for")
                        value: StatusModel.loaded ? Texts.uptime(StatusModel.uptimeSec) : "—"
                    }
                    InfoRow {
                        //: What the current user may do
                        label: qsTr("Access")
                        value: Texts.callerRoleName(StatusModel.callerRole)
                    }
                }
                Card {
                    //: Card title: the stored configuration
                    title: qsTr("Configuration")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    InfoRow {
                        //: The box's configured role (gateway, bypass router...)
                        label: qsTr("Role")
                        value: StatusModel.loaded ? Texts.roleName(StatusModel.role) : "—"
                    }
                    InfoRow {
                        //: Configuration revision number
                        label: qsTr("Revision")
                        value: StatusModel.loaded ? String(StatusModel.configRevision) : "—"
                    }
                    InfoRow {
                        //: Where the running configuration was loaded from
                        label: qsTr("Source")
                        value: StatusModel.loaded ? Texts.sourceName(StatusModel.configSource) : "—"
                        valueColor: StatusModel.configSource === "file" || !StatusModel.loaded ? Theme.text : Theme.warn
                    }
                    InfoRow {
                        // The list is further down: in a kiosk it starts below the fold.
                        visible: StatusModel.findingCount > 0
                        //: Overview: bywayd's findings about the configuration on this box
                        label: qsTr("Findings")
                        //: Overview: how many findings are listed further down the page
                        value: qsTr("%n listed below", "", StatusModel.findingCount)
                        valueColor: Theme.statusColor(Texts.severityStatus(StatusModel.worstFinding))
                    }
                    Label {
                        visible: StatusModel.configProblem.length > 0
                        // The defaults case is expected and has a fixed meaning we can
                        // translate; other problems (a corrupt file...) are the helper's words.
                        text: StatusModel.configSource === "defaults" && !StatusModel.configUnusable
                              ? qsTr("No config file at %1 yet; nothing is changed in the kernel until one is saved.").arg(StatusModel.configPath)
                              : StatusModel.configProblem
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallFontSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }

            // What the live box says about the stored config (status.get
            // findings, refreshed with every status poll): the VPN server's
            // pool disagreeing with Byway's, a foreign chain dropping what
            // Byway accepts, an interface that is not there.
            Label {
                visible: StatusModel.findingCount > 0
                //: Section title on the Overview: bywayd's findings about the applied configuration on this box
                text: qsTr("The configuration on this box")
                font.bold: true
                font.pixelSize: Theme.fontSize + 2
                color: Theme.text
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Repeater {
                model: StatusModel.findings
                delegate: MessageRow {
                    id: findingRow
                    required property var modelData
                    finding: findingRow.modelData
                    // A finding about a field: "Show" opens the editor on it.
                    actionText: findingRow.modelData.path
                                && (ConfigModel.generation, ConfigModel.placeOf(findingRow.modelData.path)).section.length > 0
                                ? qsTr("Show") : ""
                    Layout.fillWidth: true
                    onActionClicked: ApplicationWindow.window.showConfigField(findingRow.modelData.path)
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        //: Section title: results of the system probe
                        text: qsTr("Probe results")
                        font.bold: true
                        font.pixelSize: Theme.fontSize + 2
                        color: Theme.text
                    }
                    Label {
                        visible: ProbeModel.loaded
                        text: [
                            //: Probe tally: number of checks that passed
                            qsTr("%n passed", "", ProbeModel.okCount),
                            //: Probe tally: number of checks with a warning
                            qsTr("%n warning(s)", "", ProbeModel.warnCount),
                            //: Probe tally: number of checks that failed
                            qsTr("%n failed", "", ProbeModel.failCount),
                            ProbeModel.at.length > 0 ? new Date(ProbeModel.at).toLocaleTimeString(Qt.locale(Language.language), Locale.ShortFormat) : ""
                        ].filter(s => s.length > 0).join(" · ")
                        color: Theme.subtleText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                BusyIndicator {
                    visible: ProbeModel.loading
                    running: visible
                    implicitWidth: Theme.touchTarget
                    implicitHeight: Theme.touchTarget
                }
                Button {
                    text: ProbeModel.loading ? qsTr("Probing…") : qsTr("Run probe")
                    enabled: !ProbeModel.loading && HelperConnection.state === HelperConnection.Connected
                    implicitHeight: Theme.touchTarget
                    onClicked: ProbeModel.run()
                }
            }
            Label {
                visible: ProbeModel.errorCode.length > 0
                text: Texts.errorText(ProbeModel.errorCode)
                color: Theme.fail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: !ProbeModel.loaded && !ProbeModel.loading
                text: qsTr("No probe results yet.")
                color: Theme.subtleText
            }
            Repeater {
                model: ProbeModel
                delegate: FindingDelegate {
                    Layout.fillWidth: true
                }
            }
        }
    }
}
