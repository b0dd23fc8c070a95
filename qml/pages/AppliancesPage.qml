// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// The boxes this GUI can manage: this computer's bywayd and remote ones over
// TLS. Remote certificates are pinned on first use after the admin compared
// the fingerprint; tokens live only in the OS keychain.
Page {
    id: root

    //: Page title: local and remote bywayd instances
    title: qsTr("Appliances")
    background: null

    readonly property string failure: HelperConnection.errorCode
    readonly property bool remoteActive: ApplianceModel.activeRemote

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
                Button {
                    //: Opens the form for a remote appliance
                    text: qsTr("Add appliance…")
                    implicitHeight: Theme.touchTarget
                    onClicked: addPopup.open()
                }
            }

            // Where the tokens go, and what happens without a keychain.
            Pane {
                Layout.fillWidth: true
                padding: Theme.kiosk ? 10 : 12
                readonly property color tone: ApplianceModel.keychain === ApplianceModel.KeychainUnavailable ? Theme.warn : Theme.neutral
                background: Rectangle {
                    color: Qt.rgba(parent.tone.r, parent.tone.g, parent.tone.b, 0.12)
                    border.color: parent.tone
                    radius: Theme.radius
                }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 2
                    Label {
                        text: ApplianceModel.keychain === ApplianceModel.KeychainAvailable
                              ? qsTr("Appliance tokens are stored in the system keychain.")
                              : ApplianceModel.keychain === ApplianceModel.KeychainUnavailable
                                ? qsTr("No keychain available: appliance tokens cannot be saved.")
                                : qsTr("Checking the system keychain…")
                        font.bold: ApplianceModel.keychain === ApplianceModel.KeychainUnavailable
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: ApplianceModel.keychain === ApplianceModel.KeychainUnavailable
                        text: qsTr("Byway keeps tokens only in the keychain (Secret Service: GNOME Keyring, KWallet), never in a file. Without one, a token you enter is used until Byway quits and must be entered again next time.")
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: ApplianceModel.keychain === ApplianceModel.KeychainUnavailable && ApplianceModel.keychainProblem.length > 0
                        text: qsTr("Details: %1").arg(ApplianceModel.keychainProblem)
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallFontSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        visible: ApplianceModel.keychain === ApplianceModel.KeychainUnavailable
                        //: Ask the keychain again whether it is there
                        text: qsTr("Check again")
                        implicitHeight: Theme.touchTarget
                        onClicked: ApplianceModel.probeKeychain()
                    }
                }
            }

            // The connection to the appliance in use.
            Card {
                //: Card title: the appliance the GUI talks to now
                title: qsTr("Connection")
                Layout.fillWidth: true
                InfoRow {
                    //: Appliance in use
                    label: qsTr("Appliance")
                    value: root.remoteActive ? ApplianceModel.activeName + " (" + HelperConnection.target + ")"
                                             : qsTr("This computer") + " (" + HelperConnection.target + ")"
                }
                InfoRow {
                    label: qsTr("State")
                    value: Texts.connectionState(HelperConnection.state, HelperConnection.errorCode)
                    valueColor: HelperConnection.state === HelperConnection.Connected ? Theme.ok
                              : HelperConnection.state === HelperConnection.Connecting ? Theme.text : Theme.fail
                }
                InfoRow {
                    visible: HelperConnection.state === HelperConnection.Connected
                    label: qsTr("Access")
                    value: root.remoteActive
                           //: Remote appliance: the token's role and name
                           ? qsTr("%1 — token “%2”").arg(Texts.callerRoleName(HelperConnection.remoteRole)).arg(HelperConnection.tokenName)
                           : Texts.callerRoleName(StatusModel.callerRole)
                }
                Label {
                    visible: root.failure.length > 0 && HelperConnection.state !== HelperConnection.Connected
                    text: Texts.errorText(root.failure)
                    color: root.failure === "certificate_changed" ? Theme.fail : Theme.text
                    font.bold: root.failure === "certificate_changed"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: root.failure === "rate_limited" && HelperConnection.retryDelayMs > 0
                    //: Remote appliance: automatic retry after the wait the appliance asked for
                    text: qsTr("Trying again in %n second(s).", "", Math.ceil(HelperConnection.retryDelayMs / 1000))
                    color: Theme.subtleText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: HelperConnection.errorMessage.length > 0 && HelperConnection.state !== HelperConnection.Connected
                    text: qsTr("Details: %1").arg(HelperConnection.errorMessage)
                    color: Theme.subtleText
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }

                // First use: show the fingerprint, ask to trust it.
                ColumnLayout {
                    visible: root.remoteActive && root.failure === "certificate_untrusted" && HelperConnection.peerFingerprint.length > 0
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        //: Trust prompt before the first remote connection
                        text: qsTr("SHA-256 fingerprint of the certificate the appliance presented:")
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    TextArea {
                        text: HelperConnection.peerFingerprint
                        readOnly: true
                        selectByMouse: true
                        wrapMode: Text.WrapAnywhere
                        font.family: Theme.monoFamily
                        Layout.fillWidth: true
                    }
                    Label {
                        text: qsTr("Trust it only if it is the same as the appliance's own: bywayd logs it when its remote listener starts, and its status shows it. Nothing, not even the token, is sent before you trust it.")
                        color: Theme.subtleText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Button {
                            //: Pin the presented certificate and connect
                            text: qsTr("Trust and connect")
                            highlighted: true
                            implicitHeight: Theme.touchTarget
                            onClicked: ApplianceModel.trustPresentedCertificate(ApplianceModel.activeId, HelperConnection.peerFingerprint)
                        }
                        Button {
                            //: Do not trust; go back to the local helper
                            text: qsTr("Cancel")
                            implicitHeight: Theme.touchTarget
                            onClicked: ApplianceModel.activate("local")
                        }
                    }
                }

                // A different certificate: refused; the way out is explicit.
                ColumnLayout {
                    visible: root.remoteActive && root.failure === "certificate_changed"
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        text: qsTr("This can mean someone is intercepting the connection. If the appliance's certificate was replaced on purpose (reinstalled, new key), forget the trusted certificate and compare the new fingerprint before trusting it.")
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Forget the trusted certificate")
                        implicitHeight: Theme.touchTarget
                        onClicked: ApplianceModel.forgetCertificate(ApplianceModel.activeId)
                    }
                }

                // No token, or a refused one: enter it again.
                RowLayout {
                    visible: root.remoteActive && (root.failure === "unauthenticated" || root.failure === "token_missing"
                                                   || root.failure === "keychain_unavailable")
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    TextField {
                        id: newToken
                        //: Placeholder: the appliance's API token
                        placeholderText: qsTr("Token (byw_…)")
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
                        implicitHeight: Theme.touchTarget
                        Layout.fillWidth: true
                    }
                    Button {
                        text: qsTr("Use token")
                        enabled: newToken.text.length > 0
                        implicitHeight: Theme.touchTarget
                        onClicked: {
                            // Reconnects once the keychain has it (or right away without one).
                            ApplianceModel.setToken(ApplianceModel.activeId, newToken.text)
                            newToken.clear()
                        }
                    }
                }
                Button {
                    visible: HelperConnection.state !== HelperConnection.Connected && HelperConnection.state !== HelperConnection.Connecting
                             && root.failure !== "certificate_untrusted" && root.failure !== "certificate_changed"
                    text: qsTr("Retry now")
                    implicitHeight: Theme.touchTarget
                    onClicked: ApplianceModel.activate(ApplianceModel.activeId)
                }
            }

            Label {
                visible: ApplianceModel.lastError.length > 0
                text: Texts.applianceCheckText(ApplianceModel.lastError)
                      + (ApplianceModel.lastErrorDetail.length > 0 ? " (" + ApplianceModel.lastErrorDetail + ")" : "")
                color: Theme.warn
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Label {
                //: Section title: the list of appliances
                text: qsTr("Appliances")
                font.bold: true
                font.pixelSize: Theme.fontSize + 2
                color: Theme.text
                Layout.topMargin: Theme.spacing
            }
            Repeater {
                model: ApplianceModel
                delegate: ApplianceDelegate { Layout.fillWidth: true }
            }
            Label {
                text: qsTr("A remote appliance runs bywayd with --remote-listen and gives you a token (bywayctl token create on the appliance). The GUI then talks to it exactly as to the local helper.")
                color: Theme.subtleText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    Popup {
        id: addPopup
        anchors.centerIn: Overlay.overlay
        modal: true
        width: Math.min(root.width - 2 * Theme.margin, 560)
        property string problem: ""
        onOpened: {
            problem = ""
            nameField.clear()
            hostField.clear()
            portField.text = "7443"
            tokenField.clear()
            nameField.forceActiveFocus()
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing
            Label {
                text: qsTr("Add a remote appliance")
                font.bold: true
                font.pixelSize: Theme.fontSize + 2
            }
            TextField {
                id: nameField
                //: Appliance form field
                placeholderText: qsTr("Name, e.g. Office gateway")
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: hostField
                    //: Appliance form field
                    placeholderText: qsTr("Host name or address")
                    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                    implicitHeight: Theme.touchTarget
                    Layout.fillWidth: true
                }
                TextField {
                    id: portField
                    //: Appliance form field: TCP port
                    placeholderText: qsTr("Port")
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 1; top: 65535 }
                    implicitHeight: Theme.touchTarget
                    Layout.preferredWidth: 100
                }
            }
            TextField {
                id: tokenField
                placeholderText: qsTr("Token (byw_…)")
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
                implicitHeight: Theme.touchTarget
                Layout.fillWidth: true
            }
            Label {
                visible: addPopup.problem.length > 0
                text: Texts.applianceCheckText(addPopup.problem)
                color: Theme.fail
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: ApplianceModel.keychain === ApplianceModel.KeychainAvailable
                      ? qsTr("The token goes into the system keychain.")
                      : qsTr("No keychain: the token is kept only until Byway quits.")
                color: Theme.subtleText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                Button {
                    //: Add the appliance and switch to it
                    text: qsTr("Add and connect")
                    highlighted: true
                    implicitHeight: Theme.touchTarget
                    onClicked: {
                        // The form's own problems stay in the form (not the page's lastError).
                        const port = parseInt(portField.text) || 0
                        addPopup.problem = ApplianceModel.check(nameField.text, hostField.text, port, tokenField.text)
                        if (addPopup.problem.length > 0)
                            return
                        const id = ApplianceModel.add(nameField.text, hostField.text, port, tokenField.text)
                        if (id.length === 0) {
                            addPopup.problem = ApplianceModel.lastError
                            return
                        }
                        tokenField.clear()
                        addPopup.close()
                        ApplianceModel.activate(id)
                    }
                }
                Button {
                    text: qsTr("Cancel")
                    implicitHeight: Theme.touchTarget
                    onClicked: addPopup.close()
                }
            }
        }
    }
}
