// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// The config editor: role, the sections that role uses, inline validation,
// the plan, apply with commit-confirm, history and import/export.
Page {
    id: root

    //: Page title: the config editor
    title: qsTr("Configuration")
    background: null

    // Why changes are held back ("" when this caller may apply): a view
    // token on a remote appliance, or a local user outside group byway.
    readonly property string readOnlyReason: Texts.readOnlyReason()
    readonly property bool admin: StatusModel.callerRole === "admin" && readOnlyReason.length === 0
    readonly property int formColumns: width > 1000 ? 2 : 1

    // After "Show": the field (or section) has taken the focus; brought to
    // the top of the view.
    Connections {
        target: ConfigModel
        function onFocusRequested() { Qt.callLater(() => root.holdInView(root.Window.activeFocusItem, true)) }
    }
    // A question that opened below the visible part (the history's revert):
    // scrolled up just enough to show it whole.
    function revealBottom(item) { holdInView(item, false) }

    // What the step before changed (a section shown, the check's findings
    // from bywayd) may still grow the page above the item, so for a moment
    // each growth scrolls again, until the user scrolls.
    property Item pendingReveal: null
    property bool pendingAtTop: false
    function holdInView(item, atTop) {
        pendingReveal = item
        pendingAtTop = atTop
        revealHold.restart()
        scrollTo(item, atTop)
    }
    function scrollTo(item, atTop) {
        const flick = scroller.contentItem
        if (!item || !item.visible || !flick || !flick.contentItem) {
            pendingReveal = null
            return
        }
        const most = Math.max(0, flick.contentHeight - flick.height)
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        if (atTop) {
            flick.contentY = Math.max(0, Math.min(top - Theme.touchTarget, most))
            return
        }
        const bottom = top + item.height + Theme.spacing
        if (bottom > flick.contentY + flick.height)
            flick.contentY = Math.min(bottom - flick.height, most)
    }
    Timer {
        id: revealHold
        interval: 2000
        onTriggered: root.pendingReveal = null
    }
    Connections {
        target: scroller.contentItem
        function onContentHeightChanged() {
            if (root.pendingReveal)
                root.scrollTo(root.pendingReveal, root.pendingAtTop)
        }
        function onMovementStarted() { root.pendingReveal = null }
    }

    SetupFlow {
        id: setupFlow
        objectName: "setupFlow"
    }

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
            Label {
                visible: StatusModel.loaded && root.readOnlyReason.length > 0
                text: root.readOnlyReason
                color: Theme.warn
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // Someone else stored a config while this editor has unsaved
            // changes on the older one: Apply would be refused (conflict).
            Pane {
                visible: ConfigModel.newerRevision > 0
                Layout.fillWidth: true
                padding: Theme.kiosk ? 10 : 12
                background: Rectangle {
                    color: Qt.rgba(Theme.warn.r, Theme.warn.g, Theme.warn.b, 0.12)
                    border.color: Theme.warn
                    radius: Theme.radius
                }
                RowLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: Theme.spacing
                    Label {
                        //: Config editor: another admin or bywayctl stored a config meanwhile
                        text: qsTr("bywayd now has revision %1, stored elsewhere (bywayctl, another window). Your unsaved changes are based on revision %2: bywayd refuses to apply them over the newer one.")
                                  .arg(ConfigModel.newerRevision).arg(ConfigModel.revision)
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        //: Config editor: load the newer stored config, discarding the unsaved changes
                        text: qsTr("Load revision %1").arg(ConfigModel.newerRevision)
                        implicitHeight: Theme.touchTarget
                        onClicked: ConfigModel.discard()
                    }
                }
            }

            // Status and actions.
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    height: Theme.touchTarget
                    verticalAlignment: Text.AlignVCenter
                    text: [
                        //: Config editor: revision of the stored config
                        qsTr("Revision %1").arg(ConfigModel.revision),
                        ConfigModel.dirty ? qsTr("Unsaved changes") : qsTr("No changes"),
                        ConfigModel.validating ? qsTr("Checking…")
                            : (ConfigModel.errorCount > 0 ? qsTr("%n problem(s)", "", ConfigModel.errorCount) : qsTr("Valid"))
                    ].join(" · ")
                    color: ConfigModel.errorCount > 0 ? Theme.fail : Theme.subtleText
                }
                Button {
                    objectName: "guidedSetupButton"
                    //: Config editor: opens the step-by-step setup for a role
                    text: qsTr("Guided setup")
                    enabled: root.admin
                    implicitHeight: Theme.touchTarget
                    onClicked: setupFlow.start()
                }
                Button {
                    //: Config editor: throw away unsaved edits
                    text: qsTr("Discard")
                    enabled: ConfigModel.dirty
                    implicitHeight: Theme.touchTarget
                    onClicked: ConfigModel.discard()
                }
                Button {
                    //: Config editor: show what applying would change
                    text: ConfigModel.planning ? qsTr("Planning…") : qsTr("Plan")
                    enabled: !ConfigModel.planning && HelperConnection.state === HelperConnection.Connected
                    implicitHeight: Theme.touchTarget
                    onClicked: ConfigModel.plan()
                }
                Row {
                    spacing: 4
                    Label {
                        height: Theme.touchTarget
                        verticalAlignment: Text.AlignVCenter
                        //: Commit-confirm: seconds to confirm after applying (0 = no confirmation)
                        text: qsTr("Confirm within (s)")
                        color: Theme.subtleText
                    }
                    SpinBox {
                        from: 0
                        to: 3600
                        stepSize: 30
                        editable: true
                        value: ConfigModel.confirmSeconds
                        implicitHeight: Theme.touchTarget
                        onValueModified: ConfigModel.confirmSeconds = value
                    }
                }
                Button {
                    text: qsTr("Apply")
                    highlighted: true
                    enabled: root.admin && ConfigModel.errorCount === 0 && HelperConnection.state === HelperConnection.Connected
                             && ConfigModel.applyState !== ConfigModel.Applying && ConfigModel.applyState !== ConfigModel.Verifying
                             && ConfigModel.applyState !== ConfigModel.AwaitingDecision
                    implicitHeight: Theme.touchTarget
                    onClicked: ConfigModel.apply()
                }
                Label {
                    // Says next to the button why it is off.
                    visible: StatusModel.loaded && root.readOnlyReason.length > 0
                    text: root.readOnlyReason
                    width: Math.min(implicitWidth, parent.width)
                    height: Math.max(implicitHeight, Theme.touchTarget)
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.Wrap
                    color: Theme.warn
                    font.pixelSize: Theme.smallFontSize
                }
            }
            HealthCheckEditor {
                visible: root.admin
                Layout.fillWidth: true
            }
            ApplyPanel { Layout.fillWidth: true }
            Label {
                visible: ConfigModel.errorCode.length > 0 && ConfigModel.applyState === ConfigModel.Idle
                text: Texts.errorText(ConfigModel.errorCode) + (ConfigModel.errorMessage.length > 0 ? " (" + ConfigModel.errorMessage + ")" : "")
                color: Theme.fail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // Every problem bywayd reported (validate, plan, apply), in words,
            // with where the form shows it and a button that goes there: a
            // refused Plan or Apply says what to fix, not only that it failed.
            Label {
                visible: ConfigModel.errorCount > 0
                //: Config editor: heading of the list of problems that block Plan and Apply
                text: qsTr("%n problem(s) to fix before applying", "", ConfigModel.errorCount)
                font.bold: true
                color: Theme.fail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: ConfigModel.problems
                delegate: MessageRow {
                    id: problem
                    required property var modelData
                    finding: problem.modelData
                    where: FieldLabels.where(problem.modelData, problem.modelData.path)
                    //: Config editor: button on a problem that scrolls to its field and focuses it
                    actionText: problem.modelData.section.length > 0 ? qsTr("Show") : ""
                    Layout.fillWidth: true
                    onActionClicked: ConfigModel.showProblem(problem.modelData.path)
                }
            }
            // What bywayd found about the box for this config (a missing
            // interface, a foreign drop chain...): it does not refuse the
            // config, so it stands apart from the errors, with its severity.
            Repeater {
                model: ConfigModel.findings
                delegate: MessageRow {
                    id: envFinding
                    required property var modelData
                    readonly property var place: ConfigModel.placeOf(envFinding.modelData.path)
                    finding: envFinding.modelData
                    framed: false
                    where: envFinding.modelData.path.length > 0 ? FieldLabels.where(envFinding.place, envFinding.modelData.path) : ""
                    actionText: envFinding.place.section.length > 0 ? qsTr("Show") : ""
                    Layout.fillWidth: true
                    onActionClicked: ConfigModel.showProblem(envFinding.modelData.path)
                }
            }
            PlanView {
                visible: ConfigModel.planLoaded
                Layout.fillWidth: true
            }

            Card {
                //: Config section title
                title: qsTr("Role")
                Layout.fillWidth: true
                ConfigField {
                    pointer: "/role"
                    kind: "choice"
                    choices: ["none", "vpn-gateway", "bypass-router", "secondary-router", "wan-separated"]
                             .map(r => ({ value: r, text: Texts.roleName(r) }))
                }
                Label {
                    text: Texts.roleExplanation(ConfigModel.role)
                    color: Theme.subtleText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            GridLayout {
                columns: root.formColumns
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true

                ConfigSection {
                    section: "interfaces"
                    visible: (ConfigModel.generation, ConfigModel.problems,
                              [["wan", "/interfaces/wan"], ["lan", "/interfaces/lan"], ["tunnels", "/interfaces/tunnels"],
                               ["alternate", "/interfaces/alternate"]].some(p => ConfigModel.shows(p[0], p[1])))
                    //: Config section title: network interfaces
                    title: qsTr("Interfaces")
                    Layout.preferredWidth: 1
                    ConfigField {
                        shown: (ConfigModel.generation, ConfigModel.sectionApplies("wan"))
                        pointer: "/interfaces/wan"
                        kind: "interfaces"
                    }
                    ConfigField {
                        shown: (ConfigModel.generation, ConfigModel.sectionApplies("lan"))
                        pointer: "/interfaces/lan"
                        kind: "interfaces"
                    }
                    ConfigField {
                        shown: (ConfigModel.generation, ConfigModel.sectionApplies("tunnels"))
                        pointer: "/interfaces/tunnels"
                        kind: "list"
                        placeholder: "vpns*, ppp*"
                    }
                    ConfigField {
                        shown: (ConfigModel.generation, ConfigModel.sectionApplies("alternate"))
                        pointer: "/interfaces/alternate"
                        kind: "interface"
                    }
                }

                ConfigSection {
                    section: "bypass"
                    //: Config section title: side-router settings
                    title: qsTr("Bypass routing")
                    Layout.preferredWidth: 1
                    ConfigField {
                        pointer: "/bypass/mainRouter"
                        placeholder: "192.168.1.1"
                        suggestions: BoxModel.defaultGateway.length > 0 ? [BoxModel.defaultGateway] : []
                    }
                    ConfigField {
                        pointer: "/bypass/address"
                        placeholder: "192.168.1.2/24"
                        suggestions: (ConfigModel.generation, BoxModel.loaded,
                                      BoxModel.addressesOf(ConfigModel.fieldText("/interfaces/lan", "list").split(",").map(n => n.trim()))
                                          .filter(a => a.indexOf(":") < 0))
                    }
                    ConfigField {
                        pointer: "/bypass/dhcp"
                        kind: "choice"
                        choices: [{ value: "main", text: qsTr("Main router") },
                                  { value: "side", text: qsTr("This box") },
                                  { value: "none", text: qsTr("None") }]
                    }
                    ConfigField {
                        shown: ConfigModel.role === "secondary-router"
                        pointer: "/bypass/nat"
                        kind: "bool"
                    }
                    ConfigField {
                        pointer: "/bypass/ipv6Secondary"
                        kind: "bool"
                    }
                }

                ConfigSection {
                    section: "nat"
                    //: Config section title: network address translation
                    title: qsTr("NAT")
                    Layout.preferredWidth: 1
                    ConfigField {
                        pointer: "/nat/masquerade"
                        kind: "masquerade"
                        placeholder: "10.20.0.0/24 eth0"
                    }
                    ConfigField {
                        pointer: "/nat/mssClamp"
                        kind: "bool"
                    }
                }

                ConfigSection {
                    section: "capture"
                    //: Config section title: user-space capture (compat path)
                    title: qsTr("Capture")
                    Layout.preferredWidth: 1
                    ConfigField {
                        pointer: "/capture/mode"
                        kind: "choice"
                        //: Capture mode: on when the probe says Compat
                        choices: [{ value: "auto", text: qsTr("Automatic") },
                                  { value: "on", text: qsTr("On") },
                                  { value: "off", text: qsTr("Off") }]
                    }
                    ConfigField {
                        pointer: "/capture/mtu"
                        kind: "int"
                        placeholder: "1300"
                        hint: qsTr("1300 suits ESP-carrying paths; L2TP wants 1280.")
                    }
                    ConfigField {
                        pointer: "/capture/tun"
                        placeholder: "byway0"
                    }
                    ConfigField {
                        pointer: "/capture/maxFlows"
                        kind: "int"
                        placeholder: "4096"
                    }
                    ConfigField {
                        pointer: "/capture/packetInterfaces"
                        kind: "list"
                        placeholder: "ikec*"
                    }
                }

                ConfigSection {
                    section: "ipv6"
                    title: "IPv6"
                    Layout.preferredWidth: 1
                    ConfigField {
                        pointer: "/ipv6/enabled"
                        kind: "bool"
                    }
                    ConfigField {
                        pointer: "/ipv6/egressTargets"
                        kind: "list"
                        placeholder: "[2001:db8::1]:443"
                        hint: qsTr("bywayd connects to these to verify IPv6 egress; without one that answers, IPv6 stays off.")
                    }
                }

                ConfigSection {
                    section: "dns"
                    title: "DNS"
                    Layout.preferredWidth: 1
                    ConfigField {
                        pointer: "/dns/wanResolver"
                        placeholder: "127.0.0.1:54"
                    }
                    ConfigField {
                        pointer: "/dns/redirectGroup"
                        placeholder: "wanonly"
                        hint: qsTr("Matched by the process's primary group; run the programs with this group as their group.")
                    }
                }

                ConfigSection {
                    section: "routing"
                    //: Config section title: routing tables, rule priorities and marks
                    title: qsTr("Routing")
                    Layout.preferredWidth: 1
                    ConfigField {
                        pointer: "/routing/tableBase"
                        kind: "int"
                        placeholder: "2100"
                    }
                    ConfigField {
                        pointer: "/routing/priorityBase"
                        kind: "int"
                        placeholder: "21000"
                    }
                    ConfigField {
                        pointer: "/routing/markMask"
                        kind: "mark"
                        placeholder: "0x00b70000"
                    }
                    ConfigField {
                        pointer: "/routing/repairDrift"
                        kind: "bool"
                    }
                }

                ConfigSection {
                    section: "debug"
                    //: Config section title: debug logging
                    title: qsTr("Debug")
                    Layout.preferredWidth: 1
                    ConfigField {
                        pointer: "/debug/categories"
                        kind: "list"
                        placeholder: "probe, nft"
                    }
                }
            }

            ConfigSection {
                section: "pools"
                // "VPN pools", or "Client pools" on a bypass or secondary router.
                title: (ConfigModel.generation, FieldLabels.sectionTitle("pools"))
                Repeater {
                    model: ConfigModel.poolCount
                    delegate: PoolEditor {
                        Layout.fillWidth: true
                    }
                }
                Button {
                    text: qsTr("Add pool")
                    enabled: root.admin
                    implicitHeight: Theme.touchTarget
                    onClicked: ConfigModel.addPool()
                }
            }

            ConfigSection {
                section: "exits"
                //: Config section title: where traffic leaves the box
                title: qsTr("Exits")
                Repeater {
                    model: ConfigModel.exitCount
                    delegate: ExitEditor {
                        Layout.fillWidth: true
                    }
                }
                Button {
                    text: qsTr("Add exit")
                    enabled: root.admin
                    implicitHeight: Theme.touchTarget
                    onClicked: ConfigModel.addExit()
                }
            }

            HistoryCard {
                Layout.fillWidth: true
                onRevealWanted: item => root.revealBottom(item)
            }
            FileCard { Layout.fillWidth: true }
        }
    }
}
