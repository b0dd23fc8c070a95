// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Guided setup by role: role → interfaces → addresses and router → exits
// and pools → review → plan and apply. It edits the same document as the
// Configuration page (ConfigModel), picks interfaces from the live box
// (BoxModel: box.interfaces), proposes the detected main router and the LAN
// port's addresses, and shows each problem bywayd reports at its field.
Popup {
    id: root

    property int step: 0
    readonly property string role: ConfigModel.role
    readonly property var steps: [qsTr("Role"), qsTr("Interfaces"),
        //: Setup step: addresses, main router, pools
        qsTr("Addresses"),
        //: Setup step: exits and pools
        qsTr("Exits and pools"),
        //: Setup step: check what was entered
        qsTr("Review"),
        //: Setup step: plan and apply
        qsTr("Plan and apply")]
    readonly property var lanNames: (ConfigModel.generation,
                                     ConfigModel.fieldText("/interfaces/lan", "list").split(",").map(n => n.trim()).filter(n => n.length > 0))
    readonly property var wanNames: (ConfigModel.generation,
                                     ConfigModel.fieldText("/interfaces/wan", "list").split(",").map(n => n.trim()).filter(n => n.length > 0))
    readonly property bool bypassLike: role === "bypass-router" || role === "secondary-router"

    // The step that holds a problem's field: "Show" in the review goes there.
    function stepOf(section: string, field: string): int {
        if (section === "role")
            return 0
        if (section === "interfaces")
            return 1
        if (section === "bypass" || section === "nat" || section === "dns" || section === "ipv6" || field.endsWith("/subnet"))
            return 2
        if (section === "pools" || section === "exits")
            return 3
        return 4
    }
    // From the first step, with the box's interfaces asked for again.
    function start(): void {
        step = 0
        BoxModel.refresh()
        open()
    }
    // A vpn-gateway needs a pool to fill in.
    onStepChanged: {
        if (step === 2 && role === "vpn-gateway" && ConfigModel.poolCount === 0)
            ConfigModel.addPool()
    }

    parent: Overlay.overlay
    modal: true
    x: Theme.kiosk ? 0 : Math.round((parent.width - width) / 2)
    y: Theme.kiosk ? 0 : Math.round((parent.height - height) / 2)
    width: Theme.kiosk ? parent.width : Math.min(parent.width - 40, 900)
    height: Theme.kiosk ? parent.height : Math.min(parent.height - 40, 720)
    padding: Theme.margin
    closePolicy: Popup.CloseOnEscape
    background: Rectangle {
        color: Theme.background
        border.color: Theme.border
        radius: Theme.kiosk ? 0 : Theme.radius
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                //: Guided setup title: %1 = step number, %2 = step count, %3 = step name
                text: qsTr("Guided setup · step %1 of %2: %3").arg(root.step + 1).arg(root.steps.length).arg(root.steps[root.step])
                font.pixelSize: Theme.titleFontSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                //: Closes the guided setup (the edits stay in the Configuration page)
                text: qsTr("Close")
                implicitHeight: Theme.touchTarget
                onClicked: root.close()
            }
        }
        // Where one is in the flow, and a way back to any step.
        Flow {
            visible: !Theme.kiosk
            spacing: 4
            Layout.fillWidth: true
            Repeater {
                model: root.steps
                delegate: Button {
                    required property int index
                    required property string modelData
                    text: (index + 1) + " " + modelData
                    flat: index !== root.step
                    highlighted: index === root.step
                    implicitHeight: Theme.touchTarget
                    onClicked: root.step = index
                }
            }
        }

        ScrollView {
            id: scroller
            contentWidth: availableWidth
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true

            StackLayout {
                width: scroller.availableWidth
                currentIndex: root.step

                // 1. Role
                ColumnLayout {
                    spacing: Theme.spacing
                    ButtonGroup { id: roles }
                    Repeater {
                        model: ["vpn-gateway", "bypass-router", "secondary-router", "wan-separated"]
                        delegate: RadioButton {
                            required property string modelData
                            objectName: "setupRole_" + modelData
                            ButtonGroup.group: roles
                            checked: root.role === modelData
                            text: Texts.roleName(modelData)
                            implicitHeight: Theme.touchTarget
                            enabled: StatusModel.callerRole === "admin"
                            onClicked: ConfigModel.role = modelData
                        }
                    }
                    Label {
                        text: Texts.roleExplanation(root.role)
                        color: Theme.subtleText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }

                // 2. Interfaces, picked from the live box
                ColumnLayout {
                    spacing: Theme.spacing
                    Label {
                        text: BoxModel.names.length > 0
                              //: Setup: above the interface pickers
                              ? qsTr("This box's interfaces, as bywayd sees them now: tap to choose.")
                              //: Setup: bywayd did not list the interfaces (older bywayd, not connected)
                              : qsTr("bywayd has not listed this box's interfaces; type their names.")
                        color: Theme.subtleText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
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
                        hint: qsTr("The VPN server creates these as clients connect: a name, or a prefix with *.")
                    }
                    ConfigField {
                        shown: (ConfigModel.generation, ConfigModel.sectionApplies("alternate"))
                        pointer: "/interfaces/alternate"
                        kind: "interface"
                    }
                }

                // 3. Addresses, main router, pools
                ColumnLayout {
                    spacing: Theme.spacing
                    ConfigField {
                        shown: root.bypassLike
                        pointer: "/bypass/mainRouter"
                        placeholder: "192.168.1.1"
                        hint: BoxModel.defaultGateway.length > 0
                              //: Setup: the main router found in the main routing table; %1 address, %2 interface
                              ? qsTr("Detected: %1 (default route via %2).").arg(BoxModel.defaultGateway).arg(BoxModel.defaultGatewayDevice)
                              : qsTr("No default route on this box: type the main router's address.")
                        suggestions: BoxModel.defaultGateway.length > 0 ? [BoxModel.defaultGateway] : []
                    }
                    ConfigField {
                        objectName: "setupAddress"
                        shown: root.bypassLike
                        pointer: "/bypass/address"
                        placeholder: "192.168.1.2/24"
                        hint: root.lanNames.length > 0
                              //: Setup: %1 = LAN interface names, %2 = their addresses
                              ? qsTr("One of the addresses %1 has: %2").arg(root.lanNames.join(", "))
                                    .arg((BoxModel.loaded, BoxModel.addressesOf(root.lanNames)).join(", ") || qsTr("none"))
                              : qsTr("Choose the LAN port first.")
                        suggestions: (BoxModel.loaded, BoxModel.addressesOf(root.lanNames).filter(a => a.indexOf(":") < 0))
                    }
                    ConfigField {
                        shown: root.bypassLike
                        pointer: "/bypass/dhcp"
                        kind: "choice"
                        choices: [{ value: "main", text: qsTr("Main router") },
                                  { value: "side", text: qsTr("This box") },
                                  { value: "none", text: qsTr("None") }]
                    }
                    ConfigField {
                        shown: root.role === "secondary-router"
                        pointer: "/bypass/nat"
                        kind: "bool"
                    }
                    Repeater {
                        model: root.role === "vpn-gateway" ? ConfigModel.poolCount : 0
                        delegate: ColumnLayout {
                            required property int index
                            Layout.fillWidth: true
                            ConfigField {
                                pointer: "/pools/" + index + "/name"
                            }
                            ConfigField {
                                pointer: "/pools/" + index + "/subnet"
                                placeholder: "10.20.0.0/24"
                            }
                        }
                    }
                    ConfigField {
                        shown: root.role === "vpn-gateway" || root.role === "secondary-router"
                        pointer: "/nat/masquerade"
                        kind: "masquerade"
                        placeholder: "10.20.0.0/24 eth0"
                        // Each pool out of the first WAN: the masquerade a gateway needs.
                        suggestions: (ConfigModel.generation, root.role === "vpn-gateway" && root.wanNames.length > 0
                                      ? [Array.from({ length: ConfigModel.poolCount },
                                                    (_, i) => ConfigModel.fieldText("/pools/" + i + "/subnet", "string"))
                                             .filter(s => s.length > 0).map(s => s + " " + root.wanNames[0]).join(", ")]
                                             .filter(s => s.length > 0)
                                      : [])
                    }
                    ConfigField {
                        shown: (ConfigModel.generation, ConfigModel.sectionApplies("ipv6"))
                        pointer: "/ipv6/enabled"
                        kind: "bool"
                    }
                    ConfigField {
                        shown: (ConfigModel.generation, ConfigModel.sectionApplies("ipv6"))
                               && ConfigModel.fieldText("/ipv6/enabled", "bool") === "true"
                        pointer: "/ipv6/egressTargets"
                        kind: "list"
                        placeholder: "[2001:db8::1]:443"
                    }
                    ConfigField {
                        shown: root.role === "wan-separated"
                        pointer: "/dns/wanResolver"
                        placeholder: "127.0.0.1:54"
                    }
                    ConfigField {
                        shown: root.role === "wan-separated"
                        pointer: "/dns/redirectGroup"
                        placeholder: "wanonly"
                    }
                }

                // 4. Exits and pools: chosen from what the document defines
                ColumnLayout {
                    spacing: Theme.spacing
                    Label {
                        visible: (root.role, ConfigModel.sectionApplies("pools") || ConfigModel.sectionApplies("exits"))
                        text: ConfigModel.exitNames.length > 0
                              //: Setup: %1 lists the exits the configuration defines
                              ? qsTr("Exits defined: %1. Add or change exits on the Configuration page.").arg(ConfigModel.exitNames.join(", "))
                              : qsTr("No exits defined: traffic leaves by the main routing table. Add exits on the Configuration page.")
                        color: Theme.subtleText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: (root.role, ConfigModel.sectionApplies("pools")) ? ConfigModel.poolCount : 0
                        delegate: ColumnLayout {
                            required property int index
                            Layout.fillWidth: true
                            ConfigField {
                                //: Setup: a pool's exit; %1 = pool name
                                label: qsTr("Exit of pool %1").arg(ConfigModel.fieldText("/pools/" + index + "/name", "string"))
                                pointer: "/pools/" + index + "/exit"
                                kind: "exit"
                            }
                            ConfigField {
                                pointer: "/pools/" + index + "/users"
                                kind: "users"
                                placeholder: "alice 10.20.0.10"
                            }
                        }
                    }
                    Label {
                        visible: (root.role, !ConfigModel.sectionApplies("pools") && !ConfigModel.sectionApplies("exits"))
                        //: Setup: the selected role uses neither pools nor exits
                        text: qsTr("This role uses no pools or exits.")
                        color: Theme.subtleText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }

                // 5. Review: every problem bywayd reports, each with its field
                ColumnLayout {
                    spacing: Theme.spacing
                    Label {
                        text: ConfigModel.validating ? qsTr("Checking…")
                              : ConfigModel.errorCount > 0 ? qsTr("%n problem(s) to fix before applying", "", ConfigModel.errorCount)
                              //: Setup review: bywayd accepts the configuration
                              : qsTr("bywayd accepts this configuration.")
                        font.bold: true
                        color: ConfigModel.errorCount > 0 ? Theme.fail : Theme.ok
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
                            actionText: qsTr("Show")
                            Layout.fillWidth: true
                            onActionClicked: {
                                root.step = root.stepOf(problem.modelData.section, problem.modelData.field)
                                ConfigModel.showProblem(problem.modelData.path)
                            }
                        }
                    }
                    Repeater {
                        model: ConfigModel.findings
                        delegate: MessageRow {
                            id: envFinding
                            required property var modelData
                            finding: envFinding.modelData
                            framed: false
                            where: envFinding.modelData.path.length > 0
                                   ? FieldLabels.where(ConfigModel.placeOf(envFinding.modelData.path), envFinding.modelData.path) : ""
                            Layout.fillWidth: true
                        }
                    }
                }

                // 6. Plan and apply
                ColumnLayout {
                    spacing: Theme.spacing
                    RowLayout {
                        spacing: Theme.spacing
                        Button {
                            text: ConfigModel.planning ? qsTr("Planning…") : qsTr("Plan")
                            enabled: !ConfigModel.planning && HelperConnection.state === HelperConnection.Connected
                            implicitHeight: Theme.touchTarget
                            onClicked: ConfigModel.plan()
                        }
                        Button {
                            text: qsTr("Apply")
                            highlighted: true
                            enabled: StatusModel.callerRole === "admin" && ConfigModel.errorCount === 0
                                     && HelperConnection.state === HelperConnection.Connected
                                     && ConfigModel.applyState !== ConfigModel.Applying && ConfigModel.applyState !== ConfigModel.Verifying
                                     && ConfigModel.applyState !== ConfigModel.AwaitingDecision
                            implicitHeight: Theme.touchTarget
                            onClicked: ConfigModel.apply()
                        }
                    }
                    ApplyPanel { Layout.fillWidth: true }
                    PlanView {
                        visible: ConfigModel.planLoaded
                        Layout.fillWidth: true
                    }
                }
            }
        }

        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Button {
                text: qsTr("Back")
                enabled: root.step > 0
                implicitHeight: Theme.touchTarget
                onClicked: root.step -= 1
            }
            Item { Layout.fillWidth: true }
            Label {
                visible: ConfigModel.errorCount > 0
                text: qsTr("%n problem(s)", "", ConfigModel.errorCount)
                color: Theme.fail
            }
            Button {
                //: Guided setup: next step
                text: qsTr("Next")
                highlighted: true
                visible: root.step < root.steps.length - 1
                enabled: root.step > 0 || root.role !== "none"
                implicitHeight: Theme.touchTarget
                onClicked: root.step += 1
            }
        }
    }
}
