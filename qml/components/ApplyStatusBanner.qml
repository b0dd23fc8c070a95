// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// Above every page: a configuration that bywayd will take back by itself
// unless someone keeps it (whoever applied it: this window, another one,
// bywayctl, a remote client), and a stored configuration the kernel does
// not hold. Both from status.get (StatusModel), so every page tells the same.
ColumnLayout {
    id: root

    // The Configuration page shows this window's own apply in its panel,
    // with the same Keep / Revert: one countdown on screen, not two.
    property bool configurationPageShown: false
    readonly property bool showPending: StatusModel.pending
                                        && !(configurationPageShown && StatusModel.pendingFromHere)
    readonly property bool showNotApplied: StatusModel.notApplied && HelperConnection.state === HelperConnection.Connected

    spacing: Theme.spacing
    visible: showPending || showNotApplied

    Pane {
        id: pendingPane
        objectName: "pendingBanner"
        visible: root.showPending
        Layout.fillWidth: true
        padding: Theme.kiosk ? 8 : 10
        background: Rectangle {
            color: Qt.rgba(Theme.warn.r, Theme.warn.g, Theme.warn.b, 0.16)
            border.color: Theme.warn
            border.width: 2
            radius: Theme.radius
        }

        RowLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing

            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label {
                    objectName: "pendingCountdown"
                    //: Banner on every page: a configuration applied with commit-confirm waits for Keep
                    text: qsTr("Unconfirmed configuration: reverted in %n second(s) unless kept", "", StatusModel.pendingSecondsLeft)
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    text: root.whoText() + " · "
                          //: Banner: the local time at which bywayd reverts by itself
                          + qsTr("revision %1, reverts at %2").arg(StatusModel.pendingRevision).arg(StatusModel.pendingDeadline)
                    color: Theme.text
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Label {
                    visible: StatusModel.decisionErrorCode.length > 0
                    text: Texts.errorText(StatusModel.decisionErrorCode)
                          + (StatusModel.decisionErrorMessage.length > 0 ? " " + StatusModel.decisionErrorMessage : "")
                    color: Theme.fail
                    font.pixelSize: Theme.smallFontSize
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Button {
                objectName: "pendingKeep"
                //: Commit-confirm: keep the configuration just applied
                text: qsTr("Keep")
                highlighted: true
                enabled: StatusModel.canKeep
                implicitHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget
                onClicked: StatusModel.keepPending()
            }
            Button {
                objectName: "pendingRevert"
                //: Commit-confirm: go back to the previous configuration now
                text: qsTr("Revert")
                enabled: !StatusModel.deciding
                implicitHeight: Theme.touchTarget
                Layout.minimumWidth: Theme.touchTarget
                onClicked: StatusModel.revertPending()
            }
        }
    }

    Pane {
        objectName: "notAppliedBanner"
        visible: root.showNotApplied
        Layout.fillWidth: true
        padding: Theme.kiosk ? 8 : 10
        background: Rectangle {
            color: Qt.rgba(Theme.fail.r, Theme.fail.g, Theme.fail.b, 0.14)
            border.color: Theme.fail
            border.width: 2
            radius: Theme.radius
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: 2
            Label {
                //: Banner on every page: the stored configuration is not what the kernel runs. %1 is the reason.
                text: qsTr("Not applied: %1").arg(root.notAppliedReason())
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                visible: StatusModel.applyErrorMessage.length > 0
                //: Technical detail from bywayd, shown under the translated reason
                text: qsTr("Details: %1").arg(StatusModel.applyErrorMessage)
                color: Theme.subtleText
                font.pixelSize: Theme.smallFontSize
                wrapMode: Text.Wrap
                maximumLineCount: Theme.kiosk ? 2 : 4
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    function whoText(): string {
        if (StatusModel.pendingFromHere)
            //: Banner: who applied the unconfirmed configuration
            return qsTr("Applied from this window")
        if (StatusModel.pendingRemote)
            //: Banner: applied through the remote (TLS) API; %1 is the access token's name
            return qsTr("Applied by remote client “%1”").arg(StatusModel.pendingToken)
        if (StatusModel.pendingUid >= 0)
            //: Banner: applied on this box by bywayctl or another window; %1 is the Unix user id
            return qsTr("Applied on this box by uid %1 (bywayctl or another window)").arg(StatusModel.pendingUid)
        return StatusModel.pendingWho
    }

    function notAppliedReason(): string {
        if (StatusModel.applyState === "unavailable")
            //: Banner: bywayd cannot change the kernel here (missing privileges or kernel features)
            return qsTr("bywayd cannot change this system's network settings")
        if (StatusModel.applyErrorId === "apply.held")
            //: Banner: at start bywayd found a stored configuration it cannot use (damaged, or refused by a newer version) and left the running network as it was
            return qsTr("the stored configuration cannot be used; the network runs as before until a valid configuration is applied")
        // bywayd answered: "unavailable" is not "bywayd is not running" here.
        if (StatusModel.applyErrorCode === "unavailable")
            //: Banner: bywayd is running but could not apply the stored configuration on this system
            return qsTr("bywayd could not apply it on this system")
        const t = Texts.errorText(StatusModel.applyErrorCode)
        //: Banner: applying the stored configuration failed, no more specific reason known
        return t.length > 0 ? t : qsTr("applying the stored configuration failed")
    }
}
