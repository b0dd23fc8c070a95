<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ApplianceDelegate</name>
        <message>
            <source>This computer</source>
            <extracomment>The local helper in the appliance list</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in use</source>
            <extracomment>Appliance list: the one the GUI talks to now</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate pinned: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Certificate not trusted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use</source>
            <extracomment>Switch the GUI to this appliance</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <extracomment>Remove an appliance from the list (and its token from the keychain)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppliancesPage</name>
        <message>
            <source>Appliances</source>
            <extracomment>Page title: local and remote bywayd instances
----------
Section title: the list of appliances</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add appliance…</source>
            <extracomment>Opens the form for a remote appliance</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appliance tokens are stored in the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keychain available: appliance tokens cannot be saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the system keychain…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byway keeps tokens only in the keychain (Secret Service: GNOME Keyring, KWallet), never in a file. Without one, a token you enter is used until Byway quits and must be entered again next time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check again</source>
            <extracomment>Ask the keychain again whether it is there</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection</source>
            <extracomment>Card title: the appliance the GUI talks to now</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appliance</source>
            <extracomment>Appliance in use</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — token “%2”</source>
            <extracomment>Remote appliance: the token's role and name</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Trying again in %n second(s).</source>
            <extracomment>Remote appliance: automatic retry after the wait the appliance asked for</extracomment>
            <translation>
                <numerusform>Trying again in %n second.</numerusform>
                <numerusform>Trying again in %n seconds.</numerusform>
            </translation>
        </message>
        <message>
            <source>SHA-256 fingerprint of the certificate the appliance presented:</source>
            <extracomment>Trust prompt before the first remote connection</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust it only if it is the same as the appliance's own: bywayd logs it when its remote listener starts, and its status shows it. Nothing, not even the token, is sent before you trust it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust and connect</source>
            <extracomment>Pin the presented certificate and connect</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>Do not trust; go back to the local helper</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This can mean someone is intercepting the connection. If the appliance's certificate was replaced on purpose (reinstalled, new key), forget the trusted certificate and compare the new fingerprint before trusting it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forget the trusted certificate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token (byw_…)</source>
            <extracomment>Placeholder: the appliance's API token</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A remote appliance runs bywayd with --remote-listen and gives you a token (bywayctl token create on the appliance). The GUI then talks to it exactly as to the local helper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a remote appliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, e.g. Office gateway</source>
            <extracomment>Appliance form field</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host name or address</source>
            <extracomment>Appliance form field</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Port</source>
            <extracomment>Appliance form field: TCP port</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token goes into the system keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No keychain: the token is kept only until Byway quits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add and connect</source>
            <extracomment>Add the appliance and switch to it</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
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
        <name>ApplyStatusBanner</name>
        <message numerus="yes">
            <source>Unconfirmed configuration: reverted in %n second(s) unless kept</source>
            <extracomment>Banner on every page: a configuration applied with commit-confirm waits for Keep</extracomment>
            <translation>
                <numerusform>Unconfirmed configuration: reverted in %n second unless kept</numerusform>
                <numerusform>Unconfirmed configuration: reverted in %n seconds unless kept</numerusform>
            </translation>
        </message>
        <message>
            <source>revision %1, reverts at %2</source>
            <extracomment>Banner: the local time at which bywayd reverts by itself</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <extracomment>Commit-confirm: keep the configuration just applied</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert</source>
            <extracomment>Commit-confirm: go back to the previous configuration now</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not applied: %1</source>
            <extracomment>Banner on every page: the stored configuration is not what the kernel runs. %1 is the reason.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details: %1</source>
            <extracomment>Technical detail from bywayd, shown under the translated reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied from this window</source>
            <extracomment>Banner: who applied the unconfirmed configuration</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied by remote client “%1”</source>
            <extracomment>Banner: applied through the remote (TLS) API; %1 is the access token's name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd cannot change this system's network settings</source>
            <extracomment>Banner: bywayd cannot change the kernel here (missing privileges or kernel features)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>applying the stored configuration failed</source>
            <extracomment>Banner: applying the stored configuration failed, no more specific reason known</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Applied on this box by uid %1 (bywayctl or another window)</source>
            <extracomment>Banner: applied on this box by bywayctl or another window; %1 is the Unix user id</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the stored configuration cannot be used; the network runs as before until a valid configuration is applied</source>
            <extracomment>Banner: at start bywayd found a stored configuration it cannot use (damaged, or refused by a newer version) and left the running network as it was</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd could not apply it on this system</source>
            <extracomment>Banner: bywayd is running but could not apply the stored configuration on this system</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConfigField</name>
        <message>
            <source>(none)</source>
            <extracomment>Picker entry: no interface / no exit chosen</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Example text in an empty field: %1 is an example value, never a default</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use %1</source>
            <extracomment>A one-tap value offered for a field (the detected main router, an address of the LAN port)</extracomment>
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
            <source>Interfaces</source>
            <extracomment>Config section title: network interfaces</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bypass routing</source>
            <extracomment>Config section title: side-router settings</extracomment>
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
            <source>NAT</source>
            <extracomment>Config section title: network address translation</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture</source>
            <extracomment>Config section title: user-space capture (compat path)</extracomment>
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
            <source>1300 suits ESP-carrying paths; L2TP wants 1280.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Config section title: debug logging</extracomment>
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
        <message numerus="yes">
            <source>%n problem(s) to fix before applying</source>
            <extracomment>Config editor: heading of the list of problems that block Plan and Apply</extracomment>
            <translation>
                <numerusform>%n problem to fix before applying</numerusform>
                <numerusform>%n problems to fix before applying</numerusform>
            </translation>
        </message>
        <message>
            <source>Show</source>
            <extracomment>Config editor: button on a problem that scrolls to its field and focuses it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guided setup</source>
            <extracomment>Config editor: opens the step-by-step setup for a role</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd connects to these to verify IPv6 egress; without one that answers, IPv6 stays off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Matched by the process's primary group; run the programs with this group as their group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routing</source>
            <extracomment>Config section title: routing tables, rule priorities and marks</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd now has revision %1, stored elsewhere (bywayctl, another window). Your unsaved changes are based on revision %2: bywayd refuses to apply them over the newer one.</source>
            <extracomment>Config editor: another admin or bywayctl stored a config meanwhile</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load revision %1</source>
            <extracomment>Config editor: load the newer stored config, discarding the unsaved changes</extracomment>
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
            <source>Direct</source>
            <extracomment>Exit type: leave through a routing table / mark</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove exit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>What this box is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WAN interfaces</source>
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
            <source>Masquerade towards the main router</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clamp TCP MSS to the path MTU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MTU (576–9000)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture TUN device</source>
            <extracomment>The compat capture's TUN device name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Most flows at once (16–1000000)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AF_PACKET capture on (names or prefix*, comma separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enable IPv6 (held off until the IPv6 egress probe passes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 egress probe targets ([address]:port, comma separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WAN-only resolver (address:port)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redirect the DNS of this group's processes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First routing table (Byway uses 100 from here)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First rule priority (Byway uses 1000 from here)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark bits Byway may use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repair when others change Byway's kernel state</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug log categories at start (comma separated, or all)</source>
            <translation type="unfinished" />
        </message>
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
            <source>Exit (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type</source>
            <extracomment>Exit type</extracomment>
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
            <source>User name (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interfaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bypass routing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routing</source>
            <extracomment>Config section title: routing tables, rule priorities and marks</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN pools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (not in this form: edit the config file or use bywayctl)</source>
            <extracomment>Config editor: a problem in a setting the form has no field for; %1 is its name in the config file (dns.resolver)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users</source>
            <extracomment>VPN pool: its users (one row each: name, address, own exit)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Masquerade (source prefix and WAN or exit device, comma separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Client pools</source>
            <extracomment>Config section title on a bypass or secondary router: groups of LAN clients, each with its exit</extracomment>
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
        <name>FlowsPage</name>
        <message>
            <source>Flows</source>
            <extracomment>Page title: live connections through the capture
----------
Flows page, narrow layout: the list of flows</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <extracomment>Flows table column</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Proto</source>
            <extracomment>Flows table column: tcp/udp/icmp</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Destination</source>
            <extracomment>Flows table column: destination address:port</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit</source>
            <extracomment>Flows table column: where the flow leaves</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <extracomment>Flows table column: bytes client → exit</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <extracomment>Flows table column: bytes exit → client</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate</source>
            <extracomment>Flows table column: current rate</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <extracomment>Flows table column: time since the flow started</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <extracomment>Flows table column</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 of %n flow(s)</source>
            <extracomment>Flows page: number of flows shown / in the table</extracomment>
            <translation>
                <numerusform>%1 of %n flow</numerusform>
                <numerusform>%1 of %n flows</numerusform>
            </translation>
        </message>
        <message>
            <source>No flows to show</source>
            <extracomment>Flows page empty state, title</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flows are listed only for traffic the compat capture (TUN or AF_PACKET) carries in user space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flows now</source>
            <extracomment>Capture statistic: flows in the table now</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>flows created</source>
            <extracomment>Capture statistic</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>in from clients</source>
            <extracomment>Capture statistic: bytes from the clients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>out to clients</source>
            <extracomment>Capture statistic: bytes back to the clients</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>packets dropped</source>
            <extracomment>Capture statistic: packets refused (malformed, no flow, limits)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>device</source>
            <extracomment>Capture statistic: the TUN device</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Filter by user, address or exit</source>
            <extracomment>Placeholder of the flows filter</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per user</source>
            <extracomment>Flows page, narrow layout: totals per user</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per user (since the capture started)</source>
            <extracomment>Card title: traffic summed per VPN user</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Per user (open flows)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>via %1</source>
            <extracomment>Flows, narrow layout: exit, bytes sent/received, rate, age, state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No flows through the capture right now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No flow matches the filter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flows</source>
            <comment>column: number of flows</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <comment>flow column: client address</comment>
            <extracomment>Flows table column: client address:port</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>SOCKS5 exit %1 gave %n flow(s) no connection. Last: %2</source>
            <extracomment>%1: exit name, %n: flows; %2: the last reason, as bywayd words it (English)</extracomment>
            <translation>
                <numerusform>SOCKS5 exit %1 gave a flow no connection. Last: %2</numerusform>
                <numerusform>SOCKS5 exit %1 gave %n flows no connection. Last: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n flow(s), the %2 busiest listed</source>
            <extracomment>Flows page, when bywayd lists only the busiest flows: %1 = rows shown (after the filter), %n = open flows, %2 = rows listed</extracomment>
            <translation>
                <numerusform>%1 of %n flow, the %2 busiest listed</numerusform>
                <numerusform>%1 of %n flows, the %2 busiest listed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user(s), the %1 busiest listed</source>
            <extracomment>Flows page, per-user card, when bywayd lists only the busiest users: %n = users in all, %1 = users listed</extracomment>
            <translation>
                <numerusform>%n user, the %1 busiest listed</numerusform>
                <numerusform>%n users, the %1 busiest listed</numerusform>
            </translation>
        </message>
        <message>
            <source>flows now, of %1 at most</source>
            <extracomment>Capture statistic: flows in the table now, and the most it holds</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HealthCheckEditor</name>
        <message>
            <source>Confirm when healthy</source>
            <extracomment>Apply option: bywayd confirms by itself when the checks below pass</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After applying, bywayd checks these targets through the new configuration. When all answer it keeps it; when they do not before the deadline it restores the previous one.</source>
            <extracomment>Tooltip of the "Confirm when healthy" option</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check kind</source>
            <extracomment>Health check kind (TCP connect, ping, DNS query)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IP:port, e.g. 192.0.2.1:443</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>name@server, e.g. example.org@192.0.2.53</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IP address, e.g. 192.0.2.1</source>
            <extracomment>Placeholder of the new management address</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeout (ms)</source>
            <extracomment>Health check timeout in milliseconds</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <extracomment>Remove a health check</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add check</source>
            <extracomment>Add a health check row</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Management address moves to</source>
            <extracomment>Apply option: the change moves the address this GUI reaches the remote box on; a field with the new address follows</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After applying, Byway reconnects to the box on this address with the same certificate and token. Reaching it there keeps the change; otherwise the box goes back to the previous configuration at the deadline and Byway to the old address.</source>
            <extracomment>Tooltip of the "Management address moves to" option</extracomment>
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
            <source>current</source>
            <extracomment>History: the entry that runs now</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revert to this</source>
            <extracomment>History: go back to this applied config</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2 · %3 · revision %4 · %5</source>
            <extracomment>History entry: time, what happened, role, the config revision it ran, who</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reverting throws away your unsaved changes.</source>
            <extracomment>History: asked before a revert while the editor has unsaved changes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes and revert</source>
            <extracomment>History: revert although unsaved changes go</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <extracomment>History: do not revert; go on editing</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InterfaceChip</name>
        <message>
            <source>not on this box</source>
            <extracomment>Interface picker: a configured name this box has no interface for</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>link up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no carrier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>down</source>
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
            <extracomment>Short form of Configuration for the kiosk's tab bar (seven tabs on 800 px)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Config</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flows</source>
            <extracomment>Navigation: live connections through the capture</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appliances</source>
            <extracomment>Navigation: local and remote bywayd instances</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MessageRow</name>
        <message>
            <source>Consequence: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>"%{name}" is not a member here (known: %{known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown setting "%{name}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be between %{min} and %{max} (is %{value})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be a 32-bit number, decimal or 0x-hex (is "%{value}")</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not an address with a prefix length like 10.20.0.0/24</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not an IP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not one of: %{allowed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not an interface name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not an interface name (1-15 characters, no / : * or spaces)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not an interface name or a prefix with a trailing * (like vpns*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not a valid name (1-32 of A-Z a-z 0-9 _ . -, starting with a letter or digit)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>config schema version %{version} is newer than this bywayd understands (%{supported})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" appears more than once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{interface}" is listed as both WAN and LAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{interface}" is also a WAN or LAN interface: the alternate port must be a separate link, or traffic loops between the two bridges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{value} has host bits set; did you mean %{network}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{subnet} overlaps pool "%{pool}" (%{other})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no exit named "%{exit}" in /exits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>user "%{user}" appears more than once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is outside the pool's subnet %{subnet}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is assigned to another user</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 masquerade of %{source} needs ipv6.enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table %{table} is reserved by the kernel (253 default, 254 main, 255 local)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>server, port, username and password belong to socks5 exits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a socks5 exit needs a server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a socks5 exit needs a port (1-65535)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a password without a username is never sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SOCKS5 usernames and passwords are at most 255 bytes (RFC 1929)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tables %{first}-%{last} would include the kernel's 253-255</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must leave Byway at least one mark bit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a vpn-gateway needs the WAN interface its pools leave through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a vpn-gateway needs at least one pool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a vpn-gateway needs the tunnel interface pattern of its VPN server (like vpns*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the primary LAN interface (or bridge) is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a secondary router needs its WAN port towards the main router</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the main router's address is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this box's address on the primary LAN (like 192.168.10.2/24) is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the main router cannot have this box's own address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{mainRouter} is not on this box's LAN %{lan}: a bypass router forwards to a main router on the same LAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a bypass router forwards without NAT; use role secondary-router for NAT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 secondary routing needs the port on the alternate bridge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 secondary routing needs ipv6.enabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the WAN interface whose table is selected by mark is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>wan-separated needs a direct exit with both a mark and a table (the WAN table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 needs an MTU of at least 1280 (is %{mtu})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not [IPv6 address]:port like [2001:db8::1]:443</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not address:port like 127.0.0.1:54</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not a log category (%{known}, or all)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown check "%{check}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was probed for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use one of: %{known}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capabilities could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything that needs them is assumed off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the seccomp profile of the container; capget must be allowed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CAP_NET_ADMIN is effective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CAP_NET_ADMIN is not effective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No nftables changes, no routes or policy rules, no sysctl changes, no TUN device: Byway can only report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run bywayd as root or with CAP_NET_ADMIN (container: --cap-add NET_ADMIN; systemd: AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CAP_NET_ADMIN does not reach this network namespace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run bywayd in the user namespace that owns this network namespace (not under unshare -U / a nested sandbox).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CAP_NET_RAW is effective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CAP_NET_RAW is not effective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No AF_PACKET capture (IKEv2-style compat path), no raw reply injection, no raw ICMP probes, and legacy iptables tables cannot be inspected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the container with --cap-add NET_RAW (systemd: add CAP_NET_RAW to AmbientCapabilities and CapabilityBoundingSet).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CAP_NET_RAW does not reach this network namespace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nf_tables usable and changeable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nf_tables refuses us</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No standard path: no DNAT to the proxy, no masquerade, no forward rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN in this network namespace (container: --cap-add NET_ADMIN).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This kernel has no nf_tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No standard path; Byway falls back to capture (Compat) if it can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a kernel with CONFIG_NF_TABLES (and nft_nat, nft_masq), or load nf_tables on the host.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nf_tables could not be listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No standard path while this persists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See the kernel log; retry the probe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nf_tables readable but CAP_NET_ADMIN is not effective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes would be refused: no standard path.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No foreign drops on forward/postrouting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our accept is overridden: %{where} has policy drop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An accept in Byway's table ends only Byway's chain; this chain still sees the packet and drops whatever it does not accept itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow the traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a policy or zone for the LAN/VPN interfaces; fw4: a forwarding rule for the zone), or let its owner accept it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{where} has %{count} drop/reject rule(s) that can override our accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Packets Byway accepts can still be dropped there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that chain's drop rules do not match Byway's pools and interfaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our accept is overridden: legacy %{family} filter FORWARD has policy drop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forwarded traffic is dropped by the legacy table whatever Byway accepts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an accept for Byway's traffic in the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foreign nf_tables chains could not be checked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A foreign drop on forward/postrouting would go unnoticed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the nftables finding first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No legacy iptables in this namespace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ip_tables loaded, no legacy tables instantiated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legacy tables read: %{tables}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legacy iptables tables exist but could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rules in them cannot be checked for conflicts with Byway's nf_tables rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the kernel log; the x_tables interface refused the read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No legacy nat table (not needed: Byway speaks nf_tables)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legacy nat table readable (%{entries} entries)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The legacy nat table exists but we may not read it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legacy NAT rules cannot be checked against Byway's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN (x_tables reads).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The legacy nat table exists but cannot be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tools relying on iptables-legacy -t nat (the field's auto-detection) fail here; Byway does not use it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to do for Byway; other tools on this box need a working legacy nat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The legacy nat table uses targets stock iptables cannot parse: %{targets}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>iptables-legacy -t nat -L fails on this kernel (router-system kernel); tools that test it conclude iptables is unusable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to do for Byway: it uses nf_tables, or the compat capture.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No legacy iptables rules beside nf_tables</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legacy iptables and nf_tables both act on the same hooks: %{legacy} beside %{nftables}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Both rule sets run on every packet; a drop or NAT in one is invisible to the tools of the other: clients connect but nothing is forwarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use one backend: remove the legacy rules (iptables-legacy -F -t &lt;table&gt;) or switch the tool that writes them to iptables-nft; in a container, do not share the host's network namespace with a legacy-iptables image.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legacy iptables rules sit on hooks Byway will use: %{legacy}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Once Byway's nf_tables chains are in, packets pass both; a legacy drop or NAT overrides Byway silently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move those rules to nf_tables (iptables-nft) or remove them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legacy tables exist but could not be read: %{tables}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A mixed-backend conflict cannot be ruled out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW and CAP_NET_ADMIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TUN devices can be created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>/dev/net/tun does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No TUN capture: the compat path for L2TP/PPP-style pools is off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass the device to the container (--device /dev/net/tun) and allow it (systemd: DeviceAllow=/dev/net/tun rw).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kernel has no TUN driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load the tun module on the host (modprobe tun) or use a kernel with CONFIG_TUN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>/dev/net/tun cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A TUN device cannot be created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN (container: --cap-add NET_ADMIN); check the LSM profile allows tun_socket create.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See the kernel log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AF_PACKET sockets work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kernel has no AF_PACKET</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No AF_PACKET capture on per-tunnel interfaces: the compat path for xfrm/IKEv2 interfaces is off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a kernel with CONFIG_PACKET.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>AF_PACKET sockets are refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the container with --cap-add NET_RAW (and check the seccomp/LSM profile allows AF_PACKET).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host network namespace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Container network namespace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A network namespace other than PID 1's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A container sharing the host's network namespace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything Byway changes is the host's; tools in other containers with legacy iptables act on the same hooks (clients connect, nothing forwards).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prefer a bridge network with a static IP, --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{family} forwarding on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{family} forwarding off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The box does not route %{family} between interfaces: clients connect, nothing is forwarded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set %{sysctl}=1 (sysctl -w %{sysctl}=1; persist in /etc/sysctl.d/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{family} forwarding setting not found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{family} is disabled in this kernel or namespace.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enable %{family} (kernel command line / module options).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No strict reverse-path filtering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strict reverse-path filtering on %{interfaces}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asymmetric return traffic (bypass router) and replies routed by mark into another table are dropped on these interfaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set net.ipv4.conf.all.rp_filter=2 and net.ipv4.conf.&lt;if&gt;.rp_filter=2 (loose) for %{interfaces}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>src_valid_mark on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>src_valid_mark off (rp_filter not in the way)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rp_filter ignores fwmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With rp_filter on, replies arriving on a marked exit fail the reverse-path check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>set net.ipv4.conf.all.src_valid_mark=1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy routing available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Policy routing is not available</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No per-pool tables, no fwmark-selected exits, and the TUN capture cannot be routed (it needs "from &lt;pool&gt; lookup &lt;table&gt;").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a kernel with CONFIG_IP_MULTIPLE_TABLES (and IPV6_MULTIPLE_TABLES).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xfrm present (%{sas} SAs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No xfrm (IPsec) in this kernel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IKEv2/IPsec tunnels cannot terminate on this box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a kernel with CONFIG_XFRM_USER (xfrm_user module).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>xfrm state cannot be listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IKEv2 tunnels on this box cannot be inspected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>/dev/ppp usable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>/dev/ppp does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PPP-based tunnels (L2TP, PPTP) cannot terminate here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass --device /dev/ppp to the container, or create it (mknod /dev/ppp c 108 0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No PPP driver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Load ppp_generic on the host.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>/dev/ppp cannot be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN and allow the device (DeviceAllow=/dev/ppp rw).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No other owners of the ruleset or routing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other owners: %{owners}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{family} default route present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No %{family} default route in the main table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Direct exits have no way out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configure a default route (DHCP/RA on the WAN, or a static one).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 stays off: no IPv6 egress.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{family} gateway %{gateways} does not answer ICMP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Traffic through that gateway may not get out (or it filters ICMP).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the link and the gateway; some routers drop echo requests.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routes could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The default gateway is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{target} reachable via default route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{target} reachable via exit %{exit} (%{route})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{target} via default route: host answers, port closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path works but nothing listens on that port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the upstream service and port.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{target} via exit %{exit} (%{route}): host answers, port closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{target} unreachable via default route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Users on this exit cannot reach %{target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the exit's routing table, mark rule and link (%{command}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{target} unreachable via exit %{exit} (%{route})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bad reachability target %{target}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That target is not probed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use host[:port] with an IP literal, e.g. 192.0.2.1:443 or [2001:db8::1]:443.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No reachability targets configured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Upstream reachability per exit is not verified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configure targets (e.g. the upstream proxy's host:port).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 egress verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 is disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enable IPv6 (ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No IPv6 route to the Internet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the WAN an IPv6 default route (RA/DHCPv6-PD or static).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 route present, egress not verified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an IPv6 reachability target (e.g. [2001:db8::1]:443 of your upstream).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 targets unreachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check the IPv6 upstream (firewall, RA, prefix delegation).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path MTU to %{target} via default route: %{mtu}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Path MTU to %{target} via exit %{exit}: %{mtu}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No path to %{target} via default route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The path MTU towards it is unknown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fix the route to %{target} first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No path to %{target} via exit %{exit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No target for a path MTU</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tunnel MTU/MSS stay at their defaults.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Configure a reachability target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 forwarding stays off until the IPv6 egress probe passes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface %{name} does not exist on this box (it has: %{existing})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Traffic meant for it is not handled until it appears.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name one of this box's interfaces, or create %{name} first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Did you mean %{suggestion}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interface %{name} does not exist on this box (it has: %{existing}); a %{role} cannot work without it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group %{group} does not exist on this system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No rule can match its processes: their DNS would not be redirected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the group (groupadd %{group}) or name an existing one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dns.redirectGroup (%{group}) is used only by role wan-separated; with role %{role} nothing is redirected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove it, or switch the role to wan-separated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is not this box's loopback address: the DNS redirect rewrites only the port, so queries would go to 127.0.0.1:%{port} (or [::1]:%{port}), not to %{address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run the WAN-only resolver on 127.0.0.1:%{port} (and [::1]:%{port} for IPv6) and name that address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has policy drop: it drops what Byway accepts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An accept in Byway's table ends only Byway's chain; this chain still sees every forwarded packet and drops what it does not accept itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Allow Byway's traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a zone or policy for the LAN and VPN interfaces; fw4: a forwarding rule), or let its owner accept it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has %{rules} drop or reject rules that can override Byway's accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check that those rules do not match Byway's pools and interfaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legacy iptables (%{family}) filter FORWARD has policy drop: it drops what Byway accepts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an accept for Byway's traffic to the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN peers on %{interfaces} use addresses outside every pool: %{addresses} (pools: %{pools})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their traffic is dropped on the way to the WAN (counted in the topology) and never masqueraded: the VPN server and Byway disagree about the pool.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the VPN server's address pool and Byway's pools the same subnet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture is off: only the capture can send traffic through a SOCKS5 proxy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set capture.mode to on, or give %{who} a direct exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture carries IPv4 pools only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give this IPv6 pool or user a direct exit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{who} leaves through exit %{exit}, which names only a device (%{device}): without a mark or a table nothing steers the traffic there, it would leave by the main route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give exit %{exit} a table (Byway copies the device's routes into it) or a mark.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{who} leaves through exit %{exit}, which has no mark, table or device: its traffic would leave by the main route</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give exit %{exit} a table or a mark.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deferred: IPv6 comes on by itself once a probe of ipv6.egressTargets passes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 masquerade of %{source} is held off: the IPv6 egress probe has not passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 secondary routing is held off: the IPv6 egress probe has not passed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nftables is not usable here: no Byway table; the compat capture carries pool traffic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit %{exit}: no device or WAN interface to route table %{table} through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nftables: table inet %{table} is gone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nftables: table inet %{table} differs: missing %{missing}; not Byway's %{extra}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route or rule missing: %{what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Route or rule that Byway no longer wants: %{what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sysctl %{key} is %{now}, Byway set %{want}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not relevant for role %{role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DNS is redirected for processes whose primary group is %{group}; a process that is only a supplementary member of %{group} is not redirected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the WAN-only programs with %{group} as their group (sg %{group} -c …, or Group= in a systemd unit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mark %{mark} uses bits outside the routing mark mask %{mask}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bit %{bit} of the routing mark mask is reserved for the compat capture's own sockets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pool %{subnet} is not covered by any masquerade source (%{sources}): its clients would get addresses that are never masqueraded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pool %{subnet} is not covered by any masquerade source (none is set): its clients would get addresses that are never masqueraded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>redirecting DNS of a group needs the WAN-only resolver (dns.wanResolver)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A session needs the user name the VPN server authenticated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pass the user name (ocserv: USERNAME, pppd: PEERNAME, strongSwan: PLUTO_XAUTH_ID or PLUTO_PEER_ID).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name has control characters or is longer than %{max} characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is not an IP address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is in no pool (pools: %{pools}): Byway steers only the addresses of its pools</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a pool holding the addresses the VPN server hands out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{interface} is not a valid interface name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no exit named %{exit} (exits: %{exits})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A session lives between 1 and %{max} seconds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This box does not have %{address} on its LAN ports (%{lan}); they have: %{have}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clients' gateway would point at an address nobody answers on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick one of the LAN port's addresses, or add %{address} to it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sysctls are writable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sysctls are read-only here; the values Byway needs are already set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sysctls are read-only here: Byway cannot set %{sysctls}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A config that needs them (forwarding, the compat capture) is refused before anything changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the container with %{flags}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{sysctl} is %{current}, this config needs %{needed}, and sysctls are read-only here (a container): start it with %{flag}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed: applying would fail half-way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the container with %{flag}, or run bywayd where /proc/sys is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table %{table} is Byway's own (%{bypass}: the bypass route, %{capture}: the compat capture); pick another</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No interface matches tunnel pattern %{pattern} now (this box has: %{existing})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal while no VPN client is connected: the rules apply to the VPN server's interfaces as they appear. If clients are connected, the pattern does not name their interfaces and their traffic is not handled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare the pattern with the VPN server's interface names (ocserv: vpns*, pppd: ppp*, WireGuard: the interface's own name).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN sessions name exit %{exit}, which this config does not have: %{sessions}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their traffic is refused, never sent by the pool's or the main route instead, until the sessions end or the exit is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep exit %{exit} in the config, or end those sessions (bywayctl session remove).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN sessions name SOCKS5 exit %{exit}, which needs the compat capture, off for this config: %{sessions}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Their traffic is refused, never sent by the pool's or the main route instead, until the capture runs again or the sessions end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turn the capture on (capture.mode), or end those sessions (bywayctl session remove).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>capture.maxFlows %{flows} is more than bywayd's file limit (%{limit}) can hold sockets for: the compat capture bounds its flows to about %{bound}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each flow holds a socket; bywayd keeps 1024 files for itself. New flows past the bound are dropped (flow_limit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raise bywayd's file limit (LimitNOFILE= in its systemd unit, or the container's nofile ulimit), or lower capture.maxFlows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The tunnels pattern "%{pattern}" also matches %{interface}, a WAN, LAN or alternate interface: the VPN server's tunnels must be interfaces of their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pool %{subnet} holds %{address}, this box's own address on the WAN interface %{interface}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byway would steer and masquerade the uplink's own addresses as VPN clients'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the pool the subnet the VPN server hands out, one no interface of this box is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pool %{subnet} holds %{address}, this box's address on %{interface}, which no tunnels pattern matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If %{interface} is the VPN server's interface, add it to interfaces.tunnels; otherwise give the pool a subnet of its own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pool %{subnet} overlaps %{network}, the subnet on %{interface}: its clients' addresses would also be that link's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the pool a subnet no interface of this box is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is the network or broadcast address of %{subnet}: no host has it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mark %{mark} is also exit %{exit}'s, which leaves by another table or device: a mark selects one route, so one of the two exits would take the other's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not a SOCKS5 server's IP address: give the server's unicast IPv4 or IPv6 address (names are not resolved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table and device belong to direct exits: a socks5 exit reaches its server by the routes of its mark (or the main table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is reserved: the capture's counters and the topology call the way out of traffic without an exit "main"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{interface}" is already a WAN, LAN or alternate interface</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{interface}" matches "%{pattern}": the capture's TUN is Byway's own device, not a VPN tunnel; name it outside that pattern</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be an object {withinSec, checks, wait}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown member %{member} (known: %{known})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{member} is required</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{member} must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{member} must be a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{member} must be between %{min} and %{max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{member} must be true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>checks must be a list of checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most %{max} checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a check must be an object {kind, target, ...}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is no kind of check: tcp, icmp, dns or reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not IP:port or [IPv6]:port, e.g. 192.0.2.1:443</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not an IP address (a ping check has no port)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not a host name to resolve, e.g. example.org</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not a DNS server's IP address (IP, IP:port or [IPv6]:port)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is no one host's address (0.0.0.0 and :: are this box itself, broadcast and multicast no host's): the check would prove nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>only dns checks have a server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>give exit or fromPool, not both</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must name a pool of the config being applied, by name or index (it has %{count} pool(s))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another check is already named "%{name}"; give each a name of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exit %{exit} is not in the config being applied (exits: %{exits})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exit %{exit} is a socks5 exit: checks through it are not supported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>exit %{exit} has neither a mark nor a device: a probe's socket cannot take its route (give the exit a mark)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a reconnect check needs bywayd's remote listener (bywayd --remote-listen ADDR:PORT): without it no remote client can reconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{value}" is not IP, IP:port or [IPv6]:port</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the config being applied gives this box no address of its own to move to (bypass.address, of the bypass-router and secondary-router roles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is not this box's address in the config being applied (bypass.address is %{own})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the remote listener accepts only on %{listener}: run bywayd with --remote-listen on a wildcard ([::]:%{port}) or on %{address}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the remote listener's port is %{port}, not %{given}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{subnet} is no range of client addresses: loopback, link-local, multicast and ranges from 0.0.0.0 or :: are never routed to VPN clients</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{value} is this box itself or no one host out there (loopback, ::, multicast or link-local): a probe of it proves no IPv6 egress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{value} is no resolver's address (0.0.0.0, ::, broadcast or multicast)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 stays off: it comes on once a probe of ipv6.egressTargets passes, and there are none to probe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an IPv6 address and port this box should reach, e.g. [2001:4860:4860::8888]:443.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{device} is no way out of this box: lo delivers to the box itself and the compat capture's TUN hands traffic back to the capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{value} is an IPv6 link-local address, which is reached only through an interface the exit cannot name: give the SOCKS5 server's global or unique local address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the stored config is not usable (status: config.problem); bywayd left the kernel as it was and changes nothing until a valid config is applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bypass.dhcp says this box is the LAN's DHCP server, but nothing on it listens on UDP port 67: Byway serves no DHCP itself, so clients get no lease from this box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run a DHCP server on the LAN port (dnsmasq, kea) that gives this box's address as the gateway, or set dhcp to main if the main router hands out leases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bypass.dhcp is %{dhcp}, but a DHCP server or relay listens on UDP port 67 on this box: if it serves the LAN, clients get leases from two servers that disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the DHCP server on this box's LAN port, or set dhcp to side if this box is the LAN's one DHCP server (then turn the main router's off).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>capture.mode is on, but no IPv4 pool sends traffic into the compat capture (it takes the IPv4 pools' traffic only): it is not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the VPN server's IPv4 pool, or set capture.mode to auto or off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The compat capture carries IPv4 only: pool %{pool} (%{subnet}) is not captured, its traffic takes the kernel's path as without the capture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The main router %{mainRouter} is on none of the WAN ports' subnets (%{wan} has %{have}): a secondary router reaches the main router through its WAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the main router's address on the network the WAN port is plugged into.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dns.wanResolver is used only by the DNS redirect of dns.redirectGroup, which is not set: nothing is sent to it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set dns.redirectGroup (role wan-separated), or remove dns.wanResolver.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing on this box listens on UDP port %{port}: the DNS queries of group %{group}'s processes are redirected there and get no answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the WAN-only resolver on that port first (Byway runs none), or name the port it listens on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{who} leave by exit "%{exit}" through %{device} with their own addresses: no nat.masquerade covers them there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A VPN provider's end, or any network past %{device} that does not route them back to this box, drops their traffic.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{interface}" is neither one of the WAN interfaces (%{wan}) nor an exit's device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%{interface}" is neither a WAN interface (none is set) nor an exit's device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a nat.masquerade entry with source %{source} and out %{device}, unless the far end routes them back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pool %{pool} (%{subnet}) is not on the LAN: its traffic reaches the main router %{mainRouter} with its own addresses (a bypass router does not masquerade)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The main router sends the replies back only if it routes %{subnet} to this box; otherwise they leave by its WAN and are lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a route for %{subnet} via %{address} on the main router, or give the pool an exit (masqueraded there).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{address} is on %{port}, but a bypass router reaches the main router out of its primary LAN, the first of interfaces.lan (%{primary})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The clients' traffic for the main router would leave by %{primary}, where the main router is not.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List %{port} first in interfaces.lan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table %{table} is also exit %{exit}'s, which leaves by another device: a table holds one way out, so one of the two exits would take the other's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a bypass router sends its clients' IPv4 to the main router: this box's address on the LAN must be IPv4 (IPv6 clients reach the main router directly, or through bypass.ipv6Secondary)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit %{exit}: the main table has no default route via %{device} to copy into table %{table}; what the table does not route is refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit %{exit}: %{device} is missing or down; its traffic is refused (table %{table} unreachable) until the device is up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit %{exit}: the main table has no IPv6 default route via %{device}; IPv6 traffic through the exit is refused (table %{table})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit %{exit}: %{device} is a link that resolves its next hops (Ethernet-like), and the main table has no IPv4 default route through it to copy into table %{table}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byway would route the exit as "default dev %{device}": the box then asks (ARP) for every destination on that link, and only a router doing proxy ARP answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a default route via the next router on %{device} to the main table (a high metric keeps it out of the box's own way), or use a point-to-point tunnel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table %{table} is used by another program (%{owner}); move Byway's tables (%{first}-%{last}) elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table %{table} is used by another program (%{owner}): Byway would fill it with its own routes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>rule priority %{priority} is used by another program (%{owner}); move Byway's rules (from %{base}) elsewhere</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mark %{mark} of another program (%{owner}, %{source}) uses bits of Byway's mask %{mask}; choose a mask it does not touch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Table %{table} of exit %{exit} holds %{count} route(s) Byway did not write: %{routes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Byway fills the exit's table itself: traffic for those destinations leaves as they say, not by the exit, and a default route there makes the apply fail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove them, or give the exit a table no other program uses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%{mainRouter} is this box's own address on %{wan}, or the network or broadcast address of %{subnet}: not the main router</source>
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
        <message>
            <source>Findings</source>
            <extracomment>Overview: bywayd's findings about the configuration on this box</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n listed below</source>
            <extracomment>Overview: how many findings are listed further down the page</extracomment>
            <translation>
                <numerusform>%n listed below</numerusform>
                <numerusform>%n listed below</numerusform>
            </translation>
        </message>
        <message>
            <source>The configuration on this box</source>
            <extracomment>Section title on the Overview: bywayd's findings about the applied configuration on this box</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
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
        <message>
            <source>Through the compat capture, exit %1</source>
            <extracomment>Topology: a path counted by the compat capture, %1 is the exit's name ("main" = the main routing table)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>main table</source>
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
            <source>nftables rules</source>
            <extracomment>Plan group: rules and chains of Byway's nftables table</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routing rules</source>
            <extracomment>Plan group: policy routing rules (ip rule)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Routes</source>
            <extracomment>Plan group: routes (ip route)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addresses</source>
            <extracomment>Plan group: interface addresses</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kernel settings (sysctl)</source>
            <extracomment>Plan group: kernel settings under /proc/sys</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: +%2 −%3</source>
            <extracomment>Plan group heading: %1 = group name, %2 = lines added, %3 = lines removed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many lines to list; the commands below have all of them.</source>
            <extracomment>Plan: a change too long to list line by line</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Equivalent commands</source>
            <extracomment>Plan: shows the commands an admin could run by hand to the same effect (read only, never run)</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PoolEditor</name>
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
        <message>
            <source>Details: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupFlow</name>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Interfaces</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Addresses</source>
            <extracomment>Setup step: addresses, main router, pools</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exits and pools</source>
            <extracomment>Setup step: exits and pools</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <extracomment>Setup step: check what was entered</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan and apply</source>
            <extracomment>Setup step: plan and apply</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guided setup · step %1 of %2: %3</source>
            <extracomment>Guided setup title: %1 = step number, %2 = step count, %3 = step name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <extracomment>Closes the guided setup (the edits stay in the Configuration page)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This box's interfaces, as bywayd sees them now: tap to choose.</source>
            <extracomment>Setup: above the interface pickers</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd has not listed this box's interfaces; type their names.</source>
            <extracomment>Setup: bywayd did not list the interfaces (older bywayd, not connected)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The VPN server creates these as clients connect: a name, or a prefix with *.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detected: %1 (default route via %2).</source>
            <extracomment>Setup: the main router found in the main routing table; %1 address, %2 interface</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No default route on this box: type the main router's address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One of the addresses %1 has: %2</source>
            <extracomment>Setup: %1 = LAN interface names, %2 = their addresses</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the LAN port first.</source>
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
            <source>Exits defined: %1. Add or change exits on the Configuration page.</source>
            <extracomment>Setup: %1 lists the exits the configuration defines</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No exits defined: traffic leaves by the main routing table. Add exits on the Configuration page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit of pool %1</source>
            <extracomment>Setup: a pool's exit; %1 = pool name</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This role uses no pools or exits.</source>
            <extracomment>Setup: the selected role uses neither pools nor exits</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before applying</source>
            <translation>
                <numerusform>%n problem to fix before applying</numerusform>
                <numerusform>%n problems to fix before applying</numerusform>
            </translation>
        </message>
        <message>
            <source>bywayd accepts this configuration.</source>
            <extracomment>Setup review: bywayd accepts the configuration</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planning…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
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
            <source>Next</source>
            <extracomment>Guided setup: next step</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Appliance: %1</source>
            <extracomment>Sidebar: the remote appliance in use</extracomment>
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
        <message>
            <source>The appliance did not accept the token: it is wrong, expired or revoked. Enter a new one.</source>
            <extracomment>Remote appliance: auth.token refused</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many failed attempts: the appliance asks to wait before the next one.</source>
            <extracomment>Remote appliance: too many failed logins</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The appliance's certificate is not trusted yet. Compare its fingerprint with the one the appliance shows, then trust it.</source>
            <extracomment>Remote appliance: first connection, certificate not pinned yet</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The appliance presented a different certificate than the one trusted before. The connection was refused and nothing was sent.</source>
            <extracomment>Remote appliance: the certificate differs from the pinned one</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The secure connection to the appliance failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token is stored for this appliance. Enter its token.</source>
            <extracomment>Remote appliance: no token in the keychain for it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token could not be read: no keychain is available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token could not be stored in the keychain; it is kept only until Byway quits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token could not be removed from the keychain.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: the token for this appliance has the view role; applying needs an admin token.</source>
            <extracomment>Remote appliance connected with a view token</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: only members of the group byway can change the configuration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>connecting</source>
            <extracomment>Flow state: connecting to the destination</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SOCKS</source>
            <extracomment>Flow state: talking to the SOCKS5 exit</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>handshake</source>
            <extracomment>Flow state: TCP handshake with the client</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>established</source>
            <extracomment>Flow state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>half-closed</source>
            <extracomment>Flow state: one side has closed</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closing</source>
            <extracomment>Flow state</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open</source>
            <extracomment>Flow state of UDP/ICMP flows</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no user)</source>
            <extracomment>Flows: a client address no VPN session is mapped to</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 s</source>
            <extracomment>Duration in seconds, short</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <extracomment>Duration in minutes, short</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h</source>
            <extracomment>Duration in hours, short</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 d</source>
            <extracomment>Duration in days, short</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture is not running — it could not start: %1</source>
            <extracomment>Flows page: the capture failed to start; %1 is the helper's reason</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture is not running — this box is in Standard mode: nftables forwards traffic in the kernel, so no flows pass through user space. The capture starts when the configuration sets it on, or on Automatic when the probe finds Compat mode.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture is not running — the mode is not known yet (no probe result).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture is not running — the configuration has it off. Set Capture to On or Automatic on the Configuration page and apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the appliance a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the appliance's host name or address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not a Byway token (it looks like %1).</source>
            <extracomment>%1 is the expected shape of a token</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This host and port are already in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token in the keychain</source>
            <extracomment>Where an appliance's token is kept</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token kept for this session only</source>
            <extracomment>Where an appliance's token is kept: no keychain, memory only</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>gateway %1</source>
            <extracomment>Topology: the clients' default gateway</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>table %1 mark %2</source>
            <extracomment>Topology: a direct exit's routing table and fwmark</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IPv6 replies come back through the alternate port and this box.</source>
            <extracomment>Topology: IPv6 replies of a bypass router with IPv6 secondary routing</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>passed</source>
            <extracomment>Health check state: it answered</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>failing, retrying</source>
            <extracomment>Health check state: it failed and is being retried</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting</source>
            <extracomment>Health check state: not probed yet</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <extracomment>Health check line: name, state and the last error (may be empty)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compat capture</source>
            <extracomment>Topology node kind: the compat capture (TUN + userspace stack) on this box</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>main routing table</source>
            <extracomment>Topology: a direct exit without table or mark: the main routing table</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>stopped</source>
            <extracomment>Topology: the compat capture is not running now (its counters stay)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>via %1</source>
            <extracomment>Topology: a direct exit bound to a device</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>LAN</source>
            <extracomment>Topology: a port's role on this box</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WAN</source>
            <extracomment>Topology: a port's role on this box</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>alternate</source>
            <extracomment>Topology: a port's role on this box: the alternate port of a bypass router</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VPN</source>
            <extracomment>Topology: a port's role on this box: VPN tunnel interfaces</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Following the box from %1 to %2 (same certificate and token)…</source>
            <extracomment>Management address move: the GUI now talks to the box on its new address, waiting for the outcome</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The box is now managed at %1; the appliance's address is updated.</source>
            <extracomment>Management address move: the change was kept and the appliance is stored with its new address</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change was not kept: back to %1 (the appliance keeps that address).</source>
            <extracomment>Management address move: the change was rolled back, the GUI went back to the old address</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The compat capture is stopped: these counts are from when it ran.</source>
            <extracomment>Topology: a compat capture path while the capture does not run (another role, or compat no longer needed)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: its certificate is not trusted yet</source>
            <extracomment>Connection state: a remote appliance's certificate waits for the admin's trust</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: its certificate changed</source>
            <extracomment>Connection state: a remote appliance presented another certificate than the pinned one</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The appliance refused the token</source>
            <extracomment>Connection state: the remote appliance did not accept the token</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected: no token</source>
            <extracomment>Connection state: no token to send to the remote appliance</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <extracomment>A size below a kilobyte</extracomment>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>running</source>
            <extracomment>Topology: the compat capture is running (its node's state)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bywayd cannot do this on this system.</source>
            <extracomment>An answer from a running bywayd; its reason follows</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capture is not running — no IPv4 pool sends traffic into it (it takes the IPv4 pools' traffic only). Add the VPN server's IPv4 pool on the Configuration page.</source>
            <extracomment>Flows page: capture is on in the configuration, but no IPv4 pool routes traffic into it</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients. Client pools with an exit leave by it instead (a tunnel to a VPN provider, masqueraded there).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ThroughputChart</name>
        <message>
            <source>Collecting samples…</source>
            <extracomment>Throughput chart caption: %1 is the peak rate, %2 the minutes shown</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Peak %1 over the last %n minute(s)</source>
            <translation>
                <numerusform>Peak %1 over the last minute</numerusform>
                <numerusform>Peak %1 over the last %n minutes</numerusform>
            </translation>
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
        <message>
            <source>no address</source>
            <extracomment>Topology: a port without an address</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Known clients:</source>
            <extracomment>Topology node detail: the clients bywayd knows on this segment</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <extracomment>Topology node detail: known clients not listed</extracomment>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>↑ %1 ↓ %2 · %n packet(s)</source>
            <extracomment>Topology: a capture user's counters: bytes out, bytes in, packets</extracomment>
            <translation>
                <numerusform>↑ %1 ↓ %2 · %n packet</numerusform>
                <numerusform>↑ %1 ↓ %2 · %n packets</numerusform>
            </translation>
        </message>
        <message>
            <source>VPN session</source>
            <extracomment>Topology: a known client's origin: the VPN server said it holds this address</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>capture</source>
            <extracomment>Topology: a known client's origin: the compat capture carried its traffic</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>neighbour</source>
            <extracomment>Topology: a known client's origin: the box's ARP/NDP neighbour table</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no matching interface with an address</source>
            <extracomment>Topology: a tunnel pattern's port (vpns*) when no interface it matches has an address now</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n interface(s): %1</source>
            <extracomment>Topology: a tunnel pattern's port (vpns*): %n interfaces match it now, %1 their names</extracomment>
            <translation>
                <numerusform>%n interface: %1</numerusform>
                <numerusform>%n interfaces: %1</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n dropped: source outside every pool</source>
            <extracomment>Topology graph: packets dropped at this box because their source is in no VPN pool</extracomment>
            <translation>
                <numerusform>%n dropped: source outside every pool</numerusform>
                <numerusform>%n dropped: source outside every pool</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known</source>
            <extracomment>Topology node: how many clients bywayd knows (sessions, capture users)</extracomment>
            <translation>
                <numerusform>%n known</numerusform>
                <numerusform>%n known</numerusform>
            </translation>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped: source outside every pool</source>
            <extracomment>Topology: counted drop on the VPN path; packets from VPN clients whose address is in no configured pool</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n packet(s)</source>
            <extracomment>Topology: how many packets the drop rule counted, and their size</extracomment>
            <translation>
                <numerusform>%n packet</numerusform>
                <numerusform>%n packets</numerusform>
            </translation>
        </message>
        <message>
            <source>The VPN server hands out addresses Byway has no pool for: their traffic is dropped before the WAN, never sent out unmasqueraded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connection (grey)</source>
            <extracomment>Legend: the physical connections between the boxes</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tap a box or a path below for details.</source>
            <extracomment>Hint under the topology graph</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersEditor</name>
        <message>
            <source>Users</source>
            <extracomment>Pool users: heading of the per-user rows (name, address, own exit)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pool's exit</source>
            <extracomment>User row: no exit of the user's own (the pool's exit applies)</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>User row: example address, never a default</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <extracomment>User row: remove this user from the pool</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add user</source>
            <extracomment>Pool: adds an empty user row</extracomment>
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
            <source>First page: overview, topology, configuration, flows, logs, appliances or settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a config file in the Configuration page's editor: checked by bywayd, not applied.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
