// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Byway
import Byway.Backend

// One window for desktop and kiosk: a sidebar on the desktop, large tabs at
// the bottom on the panel. Everything else is shared.
ApplicationWindow {
    id: root

    // overview | topology | configuration | flows | logs | appliances | settings (from --page)
    required property string startPage

    readonly property var pages: [
        { key: "overview", title: qsTr("Overview") },
        { key: "topology", title: qsTr("Topology") },
        //: Short form of Configuration for the kiosk's tab bar (seven tabs on 800 px)
        { key: "configuration", title: qsTr("Configuration"), short: qsTr("Config") },
        //: Navigation: live connections through the capture
        { key: "flows", title: qsTr("Flows") },
        { key: "logs", title: qsTr("Logs") },
        //: Navigation: local and remote bywayd instances
        { key: "appliances", title: qsTr("Appliances") },
        { key: "settings", title: qsTr("Settings") }
    ]
    property int currentIndex: Math.max(0, pages.findIndex(p => p.key === startPage))
    readonly property string pageTitle: pages[currentIndex].title

    // The Configuration page, with the field of `path` focused: "Show" on a
    // finding another page lists (the Overview's).
    function showConfigField(path) {
        currentIndex = pages.findIndex(p => p.key === "configuration")
        Qt.callLater(() => ConfigModel.showProblem(path))
    }

    width: 1280
    height: 800
    minimumWidth: 640
    minimumHeight: 420
    visible: true
    //: Window title: product name and the page shown
    title: qsTr("Byway — %1").arg(pageTitle)
    color: Theme.background
    font.pixelSize: Theme.fontSize
    flags: Theme.kiosk ? Qt.Window | Qt.FramelessWindowHint : Qt.Window

    palette {
        window: Theme.background
        windowText: Theme.text
        base: Theme.surface
        alternateBase: Theme.background
        text: Theme.text
        button: Theme.surface
        buttonText: Theme.text
        highlight: Theme.accent
        highlightedText: "#ffffff"
        placeholderText: Theme.subtleText
        mid: Theme.border
        light: Theme.surface
        dark: Theme.border
    }

    footer: Theme.kiosk ? navBar : null

    NavigationBar {
        id: navBar
        visible: Theme.kiosk
        pages: root.pages
        shown: root.currentIndex
        onActivated: index => root.currentIndex = index
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            visible: !Theme.kiosk
            pages: root.pages
            currentIndex: root.currentIndex
            Layout.fillHeight: true
            onActivated: index => root.currentIndex = index
        }

        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            // In the frame, not in a page: an unconfirmed apply or a config the
            // kernel does not hold is shown whichever page is open.
            ApplyStatusBanner {
                configurationPageShown: root.pages[root.currentIndex].key === "configuration"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.topMargin: visible ? (Theme.kiosk ? 6 : Theme.margin) : 0
            }

            // A page is made when it is first shown and kept afterwards (its
            // scroll position and fields stay): the start costs one page, not seven.
            StackLayout {
                id: stack
                currentIndex: root.currentIndex
                Layout.fillWidth: true
                Layout.fillHeight: true

                PageLoader { index: 0; current: stack.currentIndex; sourceComponent: Component { OverviewPage {} } }
                PageLoader { index: 1; current: stack.currentIndex; sourceComponent: Component { TopologyPage {} } }
                PageLoader { index: 2; current: stack.currentIndex; sourceComponent: Component { ConfigurationPage {} } }
                PageLoader { index: 3; current: stack.currentIndex; sourceComponent: Component { FlowsPage {} } }
                PageLoader { index: 4; current: stack.currentIndex; sourceComponent: Component { LogsPage {} } }
                PageLoader { index: 5; current: stack.currentIndex; sourceComponent: Component { AppliancesPage {} } }
                PageLoader { index: 6; current: stack.currentIndex; sourceComponent: Component { SettingsPage {} } }
            }
        }
    }

    Loader {
        active: Theme.kiosk
        source: "KioskKeyboard.qml"
        onLoaded: item.uiLanguage = Qt.binding(() => Language.language)
    }
}
