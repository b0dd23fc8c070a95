<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Details: %1</source>
            <extracomment>Technical detail from the helper connection, shown under the translated reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry now</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FindingDelegate</name>
        <message>
            <source>Consequence: %1</source>
            <extracomment>Probe finding: what the problem causes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix: %1</source>
            <extracomment>Probe finding: how to fix the problem</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogsPage</name>
        <message>
            <source>Logs</source>
            <extracomment>Page title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resume</source>
            <extracomment>Toggle: stop adding new lines to the view (they are kept)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow</source>
            <extracomment>Toggle: keep scrolled to the newest line</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug…</source>
            <extracomment>Opens the per-category debug logging switches</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <extracomment>Removes all lines from the view</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <extracomment>Placeholder of the log search field</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <extracomment>Log filter: show every category</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n line(s)</source>
            <extracomment>Log view counter: lines shown after filtering / lines kept</extracomment>
            <translation>
                <numerusform>%1 of %n line</numerusform>
                <numerusform>%1 of %n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new line(s) waiting</source>
            <translation>
                <numerusform>%n new line waiting</numerusform>
                <numerusform>%n new lines waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) dropped</source>
            <extracomment>Lines lost because the viewer could not keep up</extracomment>
            <translation>
                <numerusform>%n line dropped</numerusform>
                <numerusform>%n lines dropped</numerusform>
            </translation>
        </message>
        <message>
            <source>No log lines yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug logging</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turns on detailed messages per category in bywayd, at once and without a restart. Needs administrator access.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byway — %1</source>
            <extracomment>Window title: product name and the page shown</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <extracomment>Page title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <extracomment>Card title: the box's operating mode</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helper</source>
            <extracomment>Card title: the privileged helper process</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Running for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access</source>
            <extracomment>What the current user may do</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configuration</source>
            <extracomment>Card title: the stored configuration</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <extracomment>The box's configured role (gateway, bypass router...)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <extracomment>Configuration revision number</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <extracomment>Where the running configuration was loaded from</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Probe results</source>
            <extracomment>Section title: results of the system probe</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Probing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run probe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No probe results yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n passed</source>
            <extracomment>Probe tally: number of checks that passed</extracomment>
            <translation>
                <numerusform>%n passed</numerusform>
                <numerusform>%n passed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <extracomment>Probe tally: number of checks with a warning</extracomment>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <extracomment>Probe tally: number of checks that failed</extracomment>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message>
            <source>No config file at %1 yet; nothing is changed in the kernel until one is saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>Page title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appearance</source>
            <extracomment>Settings section: colours of the interface</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dark theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Helper connection</source>
            <extracomment>Settings section: connection to the privileged helper</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Socket path</source>
            <extracomment>Label of the socket path field</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect</source>
            <extracomment>Connect to the helper at the socket path entered</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default is /run/byway/bywayd.sock. Reading needs the group byway-view; changing settings needs byway.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <extracomment>Settings section: version information</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Config file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>Standard</source>
            <extracomment>Operating mode badge: full nftables path available</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compat</source>
            <extracomment>Operating mode badge: traffic captured in user space (TUN/AF_PACKET)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limited</source>
            <extracomment>Operating mode badge: important features unavailable</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <extracomment>Operating mode badge: not known yet (no helper or no probe)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kernel offers everything Byway needs; traffic is handled by nftables and policy routing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of the kernel path is unusable here; Byway captures traffic in user space instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some features cannot work on this system. The findings below say why and how to fix it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mode is known once bywayd has probed this system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OK</source>
            <extracomment>Probe finding status</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Probe finding status</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Failed</source>
            <extracomment>Probe finding status</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped</source>
            <extracomment>Probe finding status: the check did not run</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not configured</source>
            <extracomment>Config role: nothing configured yet</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bypass router</source>
            <extracomment>Config role: side router beside the main router</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secondary router</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WAN separation</source>
            <extracomment>Config role: WAN and mesh traffic kept in separate routing tables</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Config file</source>
            <extracomment>Where the running config came from</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last good copy</source>
            <extracomment>Where the running config came from: the saved copy after a bad file</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built-in defaults</source>
            <extracomment>Where the running config came from</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Administrator (may change settings)</source>
            <extracomment>What this user may do with bywayd</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only</source>
            <extracomment>What this user may do with bywayd</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected to bywayd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting to bywayd…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd refused this user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected to bywayd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd could not read the request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd rejected a malformed request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This bywayd does not offer that function; it may be older than the GUI.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A parameter was missing or invalid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd hit an internal error.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message was larger than the 1 MiB limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permission denied: join the group byway-view to read or byway to change settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The configuration has errors.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd could not read or write the configuration file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not found.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd is busy with another change; try again shortly.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd is not running or its socket is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd did not answer in time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd speaks a different protocol version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kernel refused the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The configuration was changed by someone else in the meantime.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Log level</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Info</source>
            <extracomment>Log level</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning</source>
            <comment>log level</comment>
            <extracomment>Log level</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error</source>
            <extracomment>Log level</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Critical</source>
            <extracomment>Log level</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>byway::gui::TrayIcon</name>
        <message>
            <source>Standard</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compat</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limited</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show Byway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not connected to bywayd</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byway: %1</source>
            <extracomment>Tray tooltip: product name and the mode badge or connection state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byway is in Limited mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the Overview page for the reasons and fixes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>byway::qml::HelperConnection</name>
        <message>
            <source>bywayd closed the connection</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Byway: VPN gateway and bypass router control panel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd's socket.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fullscreen touch panel mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language: en, zh_CN or ko.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First page: overview, logs or settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Render offscreen, save a PNG and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window size, e.g. 1280x800.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
