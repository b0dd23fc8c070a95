<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ApplyPanel</name>
        <message>
            <source>Keep</source>
            <extracomment>Commit-confirm: keep the configuration just applied</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert now</source>
            <extracomment>Commit-confirm: go back to the previous configuration now</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfigurationPage</name>
        <message>
            <source>Configuration</source>
            <extracomment>Page title: the config editor</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: only members of the group byway can change the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision %1</source>
            <extracomment>Config editor: revision of the stored config</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problem</numerusform>
                <numerusform>%n problems</numerusform>
            </translation>
        </message>
        <message>
            <source>Valid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <extracomment>Config editor: throw away unsaved edits</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning…</source>
            <extracomment>Config editor: show what applying would change</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm within (s)</source>
            <extracomment>Commit-confirm: seconds to confirm after applying (0 = no confirmation)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <extracomment>Config section title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this box is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interfaces</source>
            <extracomment>Config section title: network interfaces</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WAN interfaces (comma separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LAN ports or bridges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN interfaces (name or prefix*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alternate bridge port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bypass routing</source>
            <extracomment>Config section title: side-router settings</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main router address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This box on the LAN (address/length)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DHCP server</source>
            <extracomment>The one DHCP server of the LAN</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main router</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Masquerade towards the main router</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAT</source>
            <extracomment>Config section title: network address translation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Masquerade (source prefix and WAN, comma separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clamp TCP MSS to the path MTU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture</source>
            <extracomment>Config section title: user-space capture (compat path)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <extracomment>Capture mode: on when the probe says Compat</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MTU (576–9000)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1300 suits ESP-carrying paths; L2TP wants 1280.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enable IPv6 (held off until the IPv6 egress probe passes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Config section title: debug logging</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug log categories at start (comma separated, or all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN pools</source>
            <extracomment>Config section title: VPN address pools</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exits</source>
            <extracomment>Config section title: where traffic leaves the box</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add exit</source>
            <translation type="unfinished" />
        </message>
    </context>
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
        <name>ExitEditor</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <extracomment>Exit type</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct</source>
            <extracomment>Exit type: leave through a routing table / mark</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table</source>
            <extracomment>Routing table number</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark</source>
            <extracomment>Firewall mark (fwmark)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove exit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FileCard</name>
        <message>
            <source>Import / export</source>
            <extracomment>Card title: import/export the config file</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <extracomment>Write the edited config to the file</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <extracomment>Load a config file into the editor (not applied)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported; check it, plan and apply.</source>
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
        <name>HistoryCard</name>
        <message>
            <source>History</source>
            <extracomment>Card title: the applied configs, newest first</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing applied yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3 · %4</source>
            <extracomment>History entry: time, what happened, role, who</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>current</source>
            <extracomment>History: the entry that runs now</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert to this</source>
            <extracomment>History: go back to this applied config</extracomment>
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
        <message>
            <source>Copy</source>
            <extracomment>Copies the selected log lines to the clipboard</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <extracomment>Saves the lines shown (after filters) to a file</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Export %n visible line(s) to:</source>
            <extracomment>Export dialog: %n lines that pass the current filters</extracomment>
            <translation>
                <numerusform>Export %n visible line to:</numerusform>
                <numerusform>Export %n visible lines to:</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save: %1</source>
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
        <message>
            <source>Topology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configuration</source>
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
        <name>PathRow</name>
        <message>
            <source>No Byway rule sees this traffic, so it has no counters.</source>
            <extracomment>Topology: a path no Byway rule counts</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>Plan</source>
            <extracomment>Card title: what applying would change</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes: applying would make zero kernel writes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>nftables: %1, %n rule(s)</source>
            <extracomment>Plan summary: %1 = create/replace/remove/none (nftables action), %2 = rule count</extracomment>
            <translation>
                <numerusform>nftables: %1, %n rule</numerusform>
                <numerusform>nftables: %1, %n rules</numerusform>
            </translation>
        </message>
        <message>
            <source>sysctl %1: %2 → %3</source>
            <extracomment>Plan: a sysctl change, e.g. "net/ipv4/ip_forward: 0 → 1 (why)"</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>route: %1</source>
            <extracomment>Plan: a route or routing rule change</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equivalent commands:</source>
            <extracomment>Plan: the commands an admin could run by hand to the same effect</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PoolEditor</name>
        <message>
            <source>Name</source>
            <extracomment>VPN pool: its name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subnet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users (name address, comma separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove pool</source>
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
        <message>
            <source>Internet</source>
            <extracomment>Topology node kind</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Main router</source>
            <extracomment>Topology node kind: the router that owns the WAN</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This box</source>
            <extracomment>Topology node kind: the box Byway runs on</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LAN bridge</source>
            <extracomment>Topology node kind: LAN port or bridge</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alternate bridge</source>
            <extracomment>Topology node kind: the alternate bridge/port of a bypass router</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients</source>
            <extracomment>Topology node kind: the LAN's client devices</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN pool</source>
            <extracomment>Topology node kind: VPN address pool</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit</source>
            <extracomment>Topology node kind: where traffic leaves (direct table/mark or SOCKS5)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upstream</source>
            <extracomment>Topology path: traffic towards the internet</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return</source>
            <extracomment>Topology path: replies back to the clients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1/s</source>
            <extracomment>Transfer rate, %1 is a size such as "1.2 kB"</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n packet(s)</source>
            <extracomment>Topology path counters: packets, bytes and current rate</extracomment>
            <translation>
                <numerusform>%n packet</numerusform>
                <numerusform>%n packets</numerusform>
            </translation>
        </message>
        <message>
            <source>Replies go from the main router straight to the clients and skip this box (asymmetric routing; rp_filter is loose).</source>
            <extracomment>Topology: the return path of a bypass router</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unmarked traffic uses the main routing table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked sockets and the WAN-only resolver.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without NAT the main router needs a route back to this box's LAN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Required</source>
            <extracomment>Validation: a needed value is missing</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrong type</source>
            <extracomment>Validation: wrong JSON type</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown setting</source>
            <extracomment>Validation: a member the schema does not have</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invalid format</source>
            <extracomment>Validation: a value that does not parse (address, prefix, name)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Out of range</source>
            <extracomment>Validation: number outside its range</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Used twice</source>
            <extracomment>Validation: a name or address used twice</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refers to nothing</source>
            <extracomment>Validation: a name that points nowhere</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conflicts with another setting</source>
            <extracomment>Validation: values that disagree with each other</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a newer Byway</source>
            <extracomment>Validation: the document is from a newer Byway</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create table</source>
            <extracomment>Plan: the nftables table is created</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace table</source>
            <extracomment>Plan: the nftables table is replaced atomically</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>remove table</source>
            <extracomment>Plan: the nftables table is removed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unchanged</source>
            <extracomment>Plan: the nftables table stays as it is</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN clients get addresses from pools; their traffic is forwarded and masqueraded out of the WAN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This box routes its own LAN behind the main router, with or without NAT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WAN and mesh traffic use separate routing tables; marked sockets and a WAN-only resolver leave through the WAN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byway probes and reports but changes nothing in the kernel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at start</source>
            <extracomment>History: config loaded when bywayd started</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>applied</source>
            <extracomment>History: an admin applied a config</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rolled back</source>
            <extracomment>History: went back to the previous config</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reverted</source>
            <extracomment>History: went back to a chosen earlier config</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not confirmed, restored</source>
            <extracomment>History: nobody confirmed in time, bywayd restored the previous config</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applying…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied. Checking that bywayd can still be reached over a new connection…</source>
            <extracomment>Commit-confirm: checking over a new connection that bywayd can still be reached</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Keep this configuration? It is reverted automatically in %n second(s).</source>
            <extracomment>Commit-confirm countdown</extracomment>
            <translation>
                <numerusform>Keep this configuration? It is reverted automatically in %n second.</numerusform>
                <numerusform>Keep this configuration? It is reverted automatically in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keeping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied and kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverted to the previous configuration.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second(s).</source>
            <extracomment>Commit-confirm: the second connection failed</extracomment>
            <translation>
                <numerusform>bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second.</numerusform>
                <numerusform>bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not confirmed in time: bywayd restored the previous configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The configuration was not applied.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TopologyDetail</name>
        <message>
            <source>Node</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Topology node: what kind of thing it is</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details</source>
            <extracomment>Topology node: address, interface or subnet</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paths through it:</source>
            <extracomment>Topology node detail: which paths pass this node</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TopologyGraph</name>
        <message>
            <source>skips this box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not counted</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TopologyPage</name>
        <message>
            <source>Topology</source>
            <extracomment>Page title: the network picture</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The applied configuration is waiting for confirmation; bywayd reverts it unless it is kept.</source>
            <extracomment>Topology: a config was applied with commit-confirm and waits for Keep</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No role applied: nothing is routed by Byway</source>
            <extracomment>Topology empty state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a role on the Configuration page and apply it; the paths of your traffic then appear here with live counters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upstream (solid)</source>
            <extracomment>Legend: traffic towards the internet</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Return (dashed)</source>
            <extracomment>Legend: replies back to the clients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tap a box or a rate for details.</source>
            <extracomment>Hint under the topology graph</extracomment>
            <translation type="unfinished" />
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
            <source>Render offscreen, save a PNG and exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Window size, e.g. 1280x800.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First page: overview, topology, configuration, logs or settings.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
