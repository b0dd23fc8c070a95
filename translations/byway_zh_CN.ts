<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>ApplianceDelegate</name>
        <message>
            <source>This computer</source>
            <extracomment>The local helper in the appliance list</extracomment>
            <translation>本机</translation>
        </message>
        <message>
            <source>in use</source>
            <extracomment>Appliance list: the one the GUI talks to now</extracomment>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Certificate pinned: %1</source>
            <translation>已固定证书：%1</translation>
        </message>
        <message>
            <source>Certificate not trusted yet</source>
            <translation>证书尚未受信任</translation>
        </message>
        <message>
            <source>Use</source>
            <extracomment>Switch the GUI to this appliance</extracomment>
            <translation>使用</translation>
        </message>
        <message>
            <source>Remove</source>
            <extracomment>Remove an appliance from the list (and its token from the keychain)</extracomment>
            <translation>移除</translation>
        </message>
    </context>
    <context>
        <name>AppliancesPage</name>
        <message>
            <source>Appliances</source>
            <extracomment>Page title: local and remote bywayd instances
----------
Section title: the list of appliances</extracomment>
            <translation>设备管理</translation>
        </message>
        <message>
            <source>Add appliance…</source>
            <extracomment>Opens the form for a remote appliance</extracomment>
            <translation>添加设备…</translation>
        </message>
        <message>
            <source>Appliance tokens are stored in the system keychain.</source>
            <translation>设备令牌保存在系统密钥环中。</translation>
        </message>
        <message>
            <source>No keychain available: appliance tokens cannot be saved.</source>
            <translation>没有可用的密钥环：无法保存设备令牌。</translation>
        </message>
        <message>
            <source>Checking the system keychain…</source>
            <translation>正在检查系统密钥环…</translation>
        </message>
        <message>
            <source>Byway keeps tokens only in the keychain (Secret Service: GNOME Keyring, KWallet), never in a file. Without one, a token you enter is used until Byway quits and must be entered again next time.</source>
            <translation>Byway 只把令牌保存在密钥环中（Secret Service：GNOME 密钥环、KWallet），从不写入文件。没有密钥环时，输入的令牌只在 Byway 退出前有效，下次需要重新输入。</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>详细信息：%1</translation>
        </message>
        <message>
            <source>Check again</source>
            <extracomment>Ask the keychain again whether it is there</extracomment>
            <translation>重新检查</translation>
        </message>
        <message>
            <source>Connection</source>
            <extracomment>Card title: the appliance the GUI talks to now</extracomment>
            <translation>连接</translation>
        </message>
        <message>
            <source>Appliance</source>
            <extracomment>Appliance in use</extracomment>
            <translation>设备</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>访问权限</translation>
        </message>
        <message>
            <source>%1 — token “%2”</source>
            <extracomment>Remote appliance: the token's role and name</extracomment>
            <translation>%1 — 令牌“%2”</translation>
        </message>
        <message numerus="yes">
            <source>Trying again in %n second(s).</source>
            <extracomment>Remote appliance: automatic retry after the wait the appliance asked for</extracomment>
            <translation>
                <numerusform>%n 秒后重试。</numerusform>
            </translation>
        </message>
        <message>
            <source>SHA-256 fingerprint of the certificate the appliance presented:</source>
            <extracomment>Trust prompt before the first remote connection</extracomment>
            <translation>设备出示的证书的 SHA-256 指纹：</translation>
        </message>
        <message>
            <source>Trust it only if it is the same as the appliance's own: bywayd logs it when its remote listener starts, and its status shows it. Nothing, not even the token, is sent before you trust it.</source>
            <translation>只有与设备自身的指纹相同时才信任它：bywayd 在远程监听启动时会在日志中记录指纹，其状态中也会显示。在您信任之前，不会发送任何内容，包括令牌。</translation>
        </message>
        <message>
            <source>Trust and connect</source>
            <extracomment>Pin the presented certificate and connect</extracomment>
            <translation>信任并连接</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>Do not trust; go back to the local helper</extracomment>
            <translation>取消</translation>
        </message>
        <message>
            <source>This can mean someone is intercepting the connection. If the appliance's certificate was replaced on purpose (reinstalled, new key), forget the trusted certificate and compare the new fingerprint before trusting it.</source>
            <translation>这可能意味着有人在拦截连接。如果设备的证书是有意更换的（重装、新密钥），请忘记已信任的证书，并在信任前核对新的指纹。</translation>
        </message>
        <message>
            <source>Forget the trusted certificate</source>
            <translation>忘记已信任的证书</translation>
        </message>
        <message>
            <source>Token (byw_…)</source>
            <extracomment>Placeholder: the appliance's API token</extracomment>
            <translation>令牌（byw_…）</translation>
        </message>
        <message>
            <source>Use token</source>
            <translation>使用令牌</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>立即重试</translation>
        </message>
        <message>
            <source>A remote appliance runs bywayd with --remote-listen and gives you a token (bywayctl token create on the appliance). The GUI then talks to it exactly as to the local helper.</source>
            <translation>远程设备以 --remote-listen 运行 bywayd，并为您生成令牌（在该设备上执行 bywayctl token create）。之后图形界面与它的通信方式和本地守护进程完全相同。</translation>
        </message>
        <message>
            <source>Add a remote appliance</source>
            <translation>添加远程设备</translation>
        </message>
        <message>
            <source>Name, e.g. Office gateway</source>
            <extracomment>Appliance form field</extracomment>
            <translation>名称，例如“办公室网关”</translation>
        </message>
        <message>
            <source>Host name or address</source>
            <extracomment>Appliance form field</extracomment>
            <translation>主机名或地址</translation>
        </message>
        <message>
            <source>Port</source>
            <extracomment>Appliance form field: TCP port</extracomment>
            <translation>端口</translation>
        </message>
        <message>
            <source>The token goes into the system keychain.</source>
            <translation>令牌将保存到系统密钥环中。</translation>
        </message>
        <message>
            <source>No keychain: the token is kept only until Byway quits.</source>
            <translation>没有密钥环：令牌只保留到 Byway 退出。</translation>
        </message>
        <message>
            <source>Add and connect</source>
            <extracomment>Add the appliance and switch to it</extracomment>
            <translation>添加并连接</translation>
        </message>
    </context>
    <context>
        <name>ApplyPanel</name>
        <message>
            <source>Keep</source>
            <extracomment>Commit-confirm: keep the configuration just applied</extracomment>
            <translation>保留</translation>
        </message>
        <message>
            <source>Revert now</source>
            <extracomment>Commit-confirm: go back to the previous configuration now</extracomment>
            <translation>立即恢复</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭提示</translation>
        </message>
    </context>
    <context>
        <name>ApplyStatusBanner</name>
        <message numerus="yes">
            <source>Unconfirmed configuration: reverted in %n second(s) unless kept</source>
            <extracomment>Banner on every page: a configuration applied with commit-confirm waits for Keep</extracomment>
            <translation>
                <numerusform>配置尚未确认：若不保留，将在 %n 秒后恢复</numerusform>
            </translation>
        </message>
        <message>
            <source>revision %1, reverts at %2</source>
            <extracomment>Banner: the local time at which bywayd reverts by itself</extracomment>
            <translation>修订版本 %1，将于 %2 恢复</translation>
        </message>
        <message>
            <source>Keep</source>
            <extracomment>Commit-confirm: keep the configuration just applied</extracomment>
            <translation>保留</translation>
        </message>
        <message>
            <source>Revert</source>
            <extracomment>Commit-confirm: go back to the previous configuration now</extracomment>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Not applied: %1</source>
            <extracomment>Banner on every page: the stored configuration is not what the kernel runs. %1 is the reason.</extracomment>
            <translation>未生效：%1</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <extracomment>Technical detail from bywayd, shown under the translated reason</extracomment>
            <translation>详细信息：%1</translation>
        </message>
        <message>
            <source>Applied from this window</source>
            <extracomment>Banner: who applied the unconfirmed configuration</extracomment>
            <translation>由此窗口应用</translation>
        </message>
        <message>
            <source>Applied by remote client “%1”</source>
            <extracomment>Banner: applied through the remote (TLS) API; %1 is the access token's name</extracomment>
            <translation>由远程客户端“%1”应用</translation>
        </message>
        <message>
            <source>bywayd cannot change this system's network settings</source>
            <extracomment>Banner: bywayd cannot change the kernel here (missing privileges or kernel features)</extracomment>
            <translation>bywayd 无法更改此系统的网络设置</translation>
        </message>
        <message>
            <source>applying the stored configuration failed</source>
            <extracomment>Banner: applying the stored configuration failed, no more specific reason known</extracomment>
            <translation>应用已保存的配置失败</translation>
        </message>
        <message>
            <source>Applied on this box by uid %1 (bywayctl or another window)</source>
            <extracomment>Banner: applied on this box by bywayctl or another window; %1 is the Unix user id</extracomment>
            <translation>由本机 uid %1 应用（bywayctl 或其他窗口）</translation>
        </message>
        <message>
            <source>the stored configuration cannot be used; the network runs as before until a valid configuration is applied</source>
            <extracomment>Banner: at start bywayd found a stored configuration it cannot use (damaged, or refused by a newer version) and left the running network as it was</extracomment>
            <translation>存储的配置无法使用；在应用有效配置之前，网络保持原样运行</translation>
        </message>
        <message>
            <source>bywayd could not apply it on this system</source>
            <extracomment>Banner: bywayd is running but could not apply the stored configuration on this system</extracomment>
            <translation>bywayd 无法在此系统上应用它</translation>
        </message>
    </context>
    <context>
        <name>ConfigField</name>
        <message>
            <source>(none)</source>
            <extracomment>Picker entry: no interface / no exit chosen</extracomment>
            <translation>（无）</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Example text in an empty field: %1 is an example value, never a default</extracomment>
            <translation>例如 %1</translation>
        </message>
        <message>
            <source>Use %1</source>
            <extracomment>A one-tap value offered for a field (the detected main router, an address of the LAN port)</extracomment>
            <translation>使用 %1</translation>
        </message>
    </context>
    <context>
        <name>ConfigurationPage</name>
        <message>
            <source>Configuration</source>
            <extracomment>Page title: the config editor</extracomment>
            <translation>配置</translation>
        </message>
        <message>
            <source>Revision %1</source>
            <extracomment>Config editor: revision of the stored config</extracomment>
            <translation>修订版本 %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>有未保存的更改</translation>
        </message>
        <message>
            <source>No changes</source>
            <translation>无更改</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>Config editor: throw away unsaved edits</extracomment>
            <translation>放弃更改</translation>
        </message>
        <message>
            <source>Planning…</source>
            <extracomment>Config editor: show what applying would change</extracomment>
            <translation>正在生成计划…</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Confirm within (s)</source>
            <extracomment>Commit-confirm: seconds to confirm after applying (0 = no confirmation)</extracomment>
            <translation>确认时限（秒）</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>Config section title</extracomment>
            <translation>角色</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <extracomment>Config section title: network interfaces</extracomment>
            <translation>接口</translation>
        </message>
        <message>
            <source>Bypass routing</source>
            <extracomment>Config section title: side-router settings</extracomment>
            <translation>旁路由</translation>
        </message>
        <message>
            <source>Main router</source>
            <translation>主路由器</translation>
        </message>
        <message>
            <source>This box</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>NAT</source>
            <extracomment>Config section title: network address translation</extracomment>
            <translation>NAT</translation>
        </message>
        <message>
            <source>Capture</source>
            <extracomment>Config section title: user-space capture (compat path)</extracomment>
            <translation>捕获</translation>
        </message>
        <message>
            <source>Automatic</source>
            <extracomment>Capture mode: on when the probe says Compat</extracomment>
            <translation>自动</translation>
        </message>
        <message>
            <source>On</source>
            <translation>开</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>1300 suits ESP-carrying paths; L2TP wants 1280.</source>
            <translation>1300 适合承载 ESP 的路径；L2TP 需要 1280。</translation>
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Config section title: debug logging</extracomment>
            <translation>调试</translation>
        </message>
        <message>
            <source>Add pool</source>
            <translation>添加地址池</translation>
        </message>
        <message>
            <source>Exits</source>
            <extracomment>Config section title: where traffic leaves the box</extracomment>
            <translation>出口</translation>
        </message>
        <message>
            <source>Add exit</source>
            <translation>添加出口</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before applying</source>
            <extracomment>Config editor: heading of the list of problems that block Plan and Apply</extracomment>
            <translation>
                <numerusform>应用前需修正 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>Show</source>
            <extracomment>Config editor: button on a problem that scrolls to its field and focuses it</extracomment>
            <translation>转到</translation>
        </message>
        <message>
            <source>Guided setup</source>
            <extracomment>Config editor: opens the step-by-step setup for a role</extracomment>
            <translation>引导设置</translation>
        </message>
        <message>
            <source>bywayd connects to these to verify IPv6 egress; without one that answers, IPv6 stays off.</source>
            <translation>bywayd 连接这些目标来验证 IPv6 出口；没有可应答的目标时，IPv6 保持关闭。</translation>
        </message>
        <message>
            <source>Matched by the process's primary group; run the programs with this group as their group.</source>
            <translation>按进程的主组匹配；请以该组作为所属组运行程序。</translation>
        </message>
        <message>
            <source>Routing</source>
            <extracomment>Config section title: routing tables, rule priorities and marks</extracomment>
            <translation>路由</translation>
        </message>
        <message>
            <source>bywayd now has revision %1, stored elsewhere (bywayctl, another window). Your unsaved changes are based on revision %2: bywayd refuses to apply them over the newer one.</source>
            <extracomment>Config editor: another admin or bywayctl stored a config meanwhile</extracomment>
            <translation>bywayd 现在的配置是修订版本 %1，由别处保存（bywayctl 或另一个窗口）。你尚未保存的更改基于修订版本 %2：bywayd 不会用它们覆盖较新的配置。</translation>
        </message>
        <message>
            <source>Load revision %1</source>
            <extracomment>Config editor: load the newer stored config, discarding the unsaved changes</extracomment>
            <translation>加载修订版本 %1</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Details: %1</source>
            <extracomment>Technical detail from the helper connection, shown under the translated reason</extracomment>
            <translation>详细信息：%1</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>立即重试</translation>
        </message>
    </context>
    <context>
        <name>ExitEditor</name>
        <message>
            <source>Direct</source>
            <extracomment>Exit type: leave through a routing table / mark</extracomment>
            <translation>直连</translation>
        </message>
        <message>
            <source>Remove exit</source>
            <translation>删除出口</translation>
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>What this box is</source>
            <translation>本机的角色</translation>
        </message>
        <message>
            <source>WAN interfaces</source>
            <translation>WAN 接口</translation>
        </message>
        <message>
            <source>LAN ports or bridges</source>
            <translation>LAN 端口或网桥</translation>
        </message>
        <message>
            <source>VPN interfaces (name or prefix*)</source>
            <translation>VPN 接口（名称或前缀*）</translation>
        </message>
        <message>
            <source>Alternate bridge port</source>
            <translation>备用网桥端口</translation>
        </message>
        <message>
            <source>Main router address</source>
            <translation>主路由器地址</translation>
        </message>
        <message>
            <source>This box on the LAN (address/length)</source>
            <translation>本机的 LAN 地址（地址/前缀长度）</translation>
        </message>
        <message>
            <source>DHCP server</source>
            <extracomment>The one DHCP server of the LAN</extracomment>
            <translation>DHCP 服务器</translation>
        </message>
        <message>
            <source>Masquerade towards the main router</source>
            <translation>对主路由器方向做地址伪装</translation>
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port</source>
            <translation>IPv6 作为备用端口上的次要路由</translation>
        </message>
        <message>
            <source>Clamp TCP MSS to the path MTU</source>
            <translation>将 TCP MSS 限制为路径 MTU</translation>
        </message>
        <message>
            <source>Capture mode</source>
            <translation>捕获模式</translation>
        </message>
        <message>
            <source>MTU (576–9000)</source>
            <translation>MTU（576–9000）</translation>
        </message>
        <message>
            <source>Capture TUN device</source>
            <extracomment>The compat capture's TUN device name</extracomment>
            <translation>捕获 TUN 设备</translation>
        </message>
        <message>
            <source>Most flows at once (16–1000000)</source>
            <translation>同时最多数据流（16–1000000）</translation>
        </message>
        <message>
            <source>AF_PACKET capture on (names or prefix*, comma separated)</source>
            <translation>在这些接口上进行 AF_PACKET 捕获（名称或前缀*，逗号分隔）</translation>
        </message>
        <message>
            <source>Enable IPv6 (held off until the IPv6 egress probe passes)</source>
            <translation>启用 IPv6（在 IPv6 出口探测通过前保持关闭）</translation>
        </message>
        <message>
            <source>IPv6 egress probe targets ([address]:port, comma separated)</source>
            <translation>IPv6 出口探测目标（[地址]:端口，逗号分隔）</translation>
        </message>
        <message>
            <source>WAN-only resolver (address:port)</source>
            <translation>仅 WAN 解析器（地址:端口）</translation>
        </message>
        <message>
            <source>Redirect the DNS of this group's processes</source>
            <translation>重定向该组进程的 DNS</translation>
        </message>
        <message>
            <source>First routing table (Byway uses 100 from here)</source>
            <translation>起始路由表（Byway 从此处起使用 100 个）</translation>
        </message>
        <message>
            <source>First rule priority (Byway uses 1000 from here)</source>
            <translation>起始规则优先级（Byway 从此处起使用 1000 个）</translation>
        </message>
        <message>
            <source>Mark bits Byway may use</source>
            <translation>Byway 可使用的标记位</translation>
        </message>
        <message>
            <source>Repair when others change Byway's kernel state</source>
            <translation>他人更改 Byway 的内核状态时自动修复</translation>
        </message>
        <message>
            <source>Debug log categories at start (comma separated, or all)</source>
            <translation>启动时的调试日志类别（以逗号分隔，或 all）</translation>
        </message>
        <message>
            <source>Name</source>
            <extracomment>VPN pool: its name</extracomment>
            <translation>名称</translation>
        </message>
        <message>
            <source>Subnet</source>
            <translation>子网</translation>
        </message>
        <message>
            <source>Exit (optional)</source>
            <translation>出口（可选）</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Exit type</extracomment>
            <translation>类型</translation>
        </message>
        <message>
            <source>Table</source>
            <extracomment>Routing table number</extracomment>
            <translation>路由表</translation>
        </message>
        <message>
            <source>Mark</source>
            <extracomment>Firewall mark (fwmark)</extracomment>
            <translation>标记</translation>
        </message>
        <message>
            <source>Device (optional)</source>
            <translation>设备（可选）</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>User name (optional)</source>
            <translation>用户名（可选）</translation>
        </message>
        <message>
            <source>Password (optional)</source>
            <translation>密码（可选）</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <translation>接口</translation>
        </message>
        <message>
            <source>Bypass routing</source>
            <translation>旁路由</translation>
        </message>
        <message>
            <source>NAT</source>
            <translation>NAT</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>捕获</translation>
        </message>
        <message>
            <source>Routing</source>
            <extracomment>Config section title: routing tables, rule priorities and marks</extracomment>
            <translation>路由</translation>
        </message>
        <message>
            <source>Debug</source>
            <translation>调试</translation>
        </message>
        <message>
            <source>VPN pools</source>
            <translation>VPN 地址池</translation>
        </message>
        <message>
            <source>Exits</source>
            <translation>出口</translation>
        </message>
        <message>
            <source>%1 (not in this form: edit the config file or use bywayctl)</source>
            <extracomment>Config editor: a problem in a setting the form has no field for; %1 is its name in the config file (dns.resolver)</extracomment>
            <translation>%1（此表单中没有该项：请编辑配置文件或使用 bywayctl）</translation>
        </message>
        <message>
            <source>Users</source>
            <extracomment>VPN pool: its users (one row each: name, address, own exit)</extracomment>
            <translation>用户</translation>
        </message>
        <message>
            <source>Masquerade (source prefix and WAN or exit device, comma separated)</source>
            <translation>地址伪装（源前缀和 WAN 或出口设备，以逗号分隔）</translation>
        </message>
        <message>
            <source>Client pools</source>
            <extracomment>Config section title on a bypass or secondary router: groups of LAN clients, each with its exit</extracomment>
            <translation>客户端池</translation>
        </message>
    </context>
    <context>
        <name>FileCard</name>
        <message>
            <source>Import / export</source>
            <extracomment>Card title: import/export the config file</extracomment>
            <translation>导入/导出</translation>
        </message>
        <message>
            <source>Export</source>
            <extracomment>Write the edited config to the file</extracomment>
            <translation>导出</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>已导出到 %1</translation>
        </message>
        <message>
            <source>Import</source>
            <extracomment>Load a config file into the editor (not applied)</extracomment>
            <translation>导入</translation>
        </message>
        <message>
            <source>Imported; check it, plan and apply.</source>
            <translation>已导入；请检查、生成计划并应用。</translation>
        </message>
    </context>
    <context>
        <name>FindingDelegate</name>
        <message>
            <source>Consequence: %1</source>
            <extracomment>Probe finding: what the problem causes</extracomment>
            <translation>影响：%1</translation>
        </message>
        <message>
            <source>Fix: %1</source>
            <extracomment>Probe finding: how to fix the problem</extracomment>
            <translation>解决方法：%1</translation>
        </message>
    </context>
    <context>
        <name>FlowsPage</name>
        <message>
            <source>Flows</source>
            <extracomment>Page title: live connections through the capture
----------
Flows page, narrow layout: the list of flows</extracomment>
            <translation>数据流</translation>
        </message>
        <message>
            <source>User</source>
            <extracomment>Flows table column</extracomment>
            <translation>用户</translation>
        </message>
        <message>
            <source>Proto</source>
            <extracomment>Flows table column: tcp/udp/icmp</extracomment>
            <translation>协议</translation>
        </message>
        <message>
            <source>Destination</source>
            <extracomment>Flows table column: destination address:port</extracomment>
            <translation>目的地址</translation>
        </message>
        <message>
            <source>Exit</source>
            <extracomment>Flows table column: where the flow leaves</extracomment>
            <translation>出口</translation>
        </message>
        <message>
            <source>Sent</source>
            <extracomment>Flows table column: bytes client → exit</extracomment>
            <translation>已发送</translation>
        </message>
        <message>
            <source>Received</source>
            <extracomment>Flows table column: bytes exit → client</extracomment>
            <translation>已接收</translation>
        </message>
        <message>
            <source>Rate</source>
            <extracomment>Flows table column: current rate</extracomment>
            <translation>速率</translation>
        </message>
        <message>
            <source>Age</source>
            <extracomment>Flows table column: time since the flow started</extracomment>
            <translation>时长</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Flows table column</extracomment>
            <translation>状态</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n flow(s)</source>
            <extracomment>Flows page: number of flows shown / in the table</extracomment>
            <translation>
                <numerusform>显示 %1 个数据流，共 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>No flows to show</source>
            <extracomment>Flows page empty state, title</extracomment>
            <translation>没有可显示的数据流</translation>
        </message>
        <message>
            <source>Flows are listed only for traffic the compat capture (TUN or AF_PACKET) carries in user space.</source>
            <translation>只有兼容捕获（TUN 或 AF_PACKET）在用户空间转发的流量才会列为数据流。</translation>
        </message>
        <message>
            <source>flows now</source>
            <extracomment>Capture statistic: flows in the table now</extracomment>
            <translation>当前数据流</translation>
        </message>
        <message>
            <source>flows created</source>
            <extracomment>Capture statistic</extracomment>
            <translation>已建立的数据流</translation>
        </message>
        <message>
            <source>in from clients</source>
            <extracomment>Capture statistic: bytes from the clients</extracomment>
            <translation>来自客户端</translation>
        </message>
        <message>
            <source>out to clients</source>
            <extracomment>Capture statistic: bytes back to the clients</extracomment>
            <translation>发往客户端</translation>
        </message>
        <message>
            <source>packets dropped</source>
            <extracomment>Capture statistic: packets refused (malformed, no flow, limits)</extracomment>
            <translation>丢弃的数据包</translation>
        </message>
        <message>
            <source>device</source>
            <extracomment>Capture statistic: the TUN device</extracomment>
            <translation>设备</translation>
        </message>
        <message>
            <source>Filter by user, address or exit</source>
            <extracomment>Placeholder of the flows filter</extracomment>
            <translation>按用户、地址或出口筛选</translation>
        </message>
        <message>
            <source>Per user</source>
            <extracomment>Flows page, narrow layout: totals per user</extracomment>
            <translation>按用户</translation>
        </message>
        <message>
            <source>Per user (since the capture started)</source>
            <extracomment>Card title: traffic summed per VPN user</extracomment>
            <translation>按用户（自捕获启动以来）</translation>
        </message>
        <message>
            <source>Per user (open flows)</source>
            <translation>按用户（当前数据流）</translation>
        </message>
        <message>
            <source>via %1</source>
            <extracomment>Flows, narrow layout: exit, bytes sent/received, rate, age, state</extracomment>
            <translation>经 %1</translation>
        </message>
        <message>
            <source>No flows through the capture right now.</source>
            <translation>当前没有经过捕获的数据流。</translation>
        </message>
        <message>
            <source>No flow matches the filter.</source>
            <translation>没有与筛选条件匹配的数据流。</translation>
        </message>
        <message>
            <source>Flows</source>
            <comment>column: number of flows</comment>
            <translation>数据流数</translation>
        </message>
        <message>
            <source>Source</source>
            <comment>flow column: client address</comment>
            <extracomment>Flows table column: client address:port</extracomment>
            <translation>源地址</translation>
        </message>
        <message numerus="yes">
            <source>SOCKS5 exit %1 gave %n flow(s) no connection. Last: %2</source>
            <extracomment>%1: exit name, %n: flows; %2: the last reason, as bywayd words it (English)</extracomment>
            <translation>
                <numerusform>SOCKS5 出口 %1 有 %n 个数据流未能接通。最近一次原因：%2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n flow(s), the %2 busiest listed</source>
            <extracomment>Flows page, when bywayd lists only the busiest flows: %1 = rows shown (after the filter), %n = open flows, %2 = rows listed</extracomment>
            <translation>
                <numerusform>显示 %1 个数据流，共 %n 个，只列出流量最大的 %2 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user(s), the %1 busiest listed</source>
            <extracomment>Flows page, per-user card, when bywayd lists only the busiest users: %n = users in all, %1 = users listed</extracomment>
            <translation>
                <numerusform>共 %n 个用户，只列出流量最大的 %1 个</numerusform>
            </translation>
        </message>
        <message>
            <source>flows now, of %1 at most</source>
            <extracomment>Capture statistic: flows in the table now, and the most it holds</extracomment>
            <translation>当前数据流（上限 %1）</translation>
        </message>
    </context>
    <context>
        <name>HealthCheckEditor</name>
        <message>
            <source>Confirm when healthy</source>
            <extracomment>Apply option: bywayd confirms by itself when the checks below pass</extracomment>
            <translation>健康时自动确认</translation>
        </message>
        <message>
            <source>After applying, bywayd checks these targets through the new configuration. When all answer it keeps it; when they do not before the deadline it restores the previous one.</source>
            <extracomment>Tooltip of the "Confirm when healthy" option</extracomment>
            <translation>应用后，bywayd 通过新配置检查这些目标。全部响应则保留新配置；若在截止时间前未全部响应，则恢复之前的配置。</translation>
        </message>
        <message>
            <source>Check kind</source>
            <extracomment>Health check kind (TCP connect, ping, DNS query)</extracomment>
            <translation>检查类型</translation>
        </message>
        <message>
            <source>IP:port, e.g. 192.0.2.1:443</source>
            <translation>IP:端口，例如 192.0.2.1:443</translation>
        </message>
        <message>
            <source>name@server, e.g. example.org@192.0.2.53</source>
            <translation>域名@服务器，例如 example.org@192.0.2.53</translation>
        </message>
        <message>
            <source>IP address, e.g. 192.0.2.1</source>
            <extracomment>Placeholder of the new management address</extracomment>
            <translation>IP 地址，例如 192.0.2.1</translation>
        </message>
        <message>
            <source>Timeout (ms)</source>
            <extracomment>Health check timeout in milliseconds</extracomment>
            <translation>超时（毫秒）</translation>
        </message>
        <message>
            <source>Remove</source>
            <extracomment>Remove a health check</extracomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>Add check</source>
            <extracomment>Add a health check row</extracomment>
            <translation>添加检查</translation>
        </message>
        <message>
            <source>Management address moves to</source>
            <extracomment>Apply option: the change moves the address this GUI reaches the remote box on; a field with the new address follows</extracomment>
            <translation>管理地址改为</translation>
        </message>
        <message>
            <source>After applying, Byway reconnects to the box on this address with the same certificate and token. Reaching it there keeps the change; otherwise the box goes back to the previous configuration at the deadline and Byway to the old address.</source>
            <extracomment>Tooltip of the "Management address moves to" option</extracomment>
            <translation>应用后，Byway 使用相同的证书和令牌通过此地址重新连接设备。能在此地址连上则保留更改；否则设备在截止时间恢复之前的配置，Byway 也回到旧地址。</translation>
        </message>
    </context>
    <context>
        <name>HistoryCard</name>
        <message>
            <source>History</source>
            <extracomment>Card title: the applied configs, newest first</extracomment>
            <translation>历史</translation>
        </message>
        <message>
            <source>Nothing applied yet.</source>
            <translation>尚未应用任何配置。</translation>
        </message>
        <message>
            <source>current</source>
            <extracomment>History: the entry that runs now</extracomment>
            <translation>当前</translation>
        </message>
        <message>
            <source>Revert to this</source>
            <extracomment>History: go back to this applied config</extracomment>
            <translation>恢复到此版本</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · revision %4 · %5</source>
            <extracomment>History entry: time, what happened, role, the config revision it ran, who</extracomment>
            <translation>%1 · %2 · %3 · 修订版本 %4 · %5</translation>
        </message>
        <message>
            <source>Reverting throws away your unsaved changes.</source>
            <extracomment>History: asked before a revert while the editor has unsaved changes</extracomment>
            <translation>恢复会丢弃你尚未保存的更改。</translation>
        </message>
        <message>
            <source>Discard changes and revert</source>
            <extracomment>History: revert although unsaved changes go</extracomment>
            <translation>丢弃更改并恢复</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <extracomment>History: do not revert; go on editing</extracomment>
            <translation>继续编辑</translation>
        </message>
    </context>
    <context>
        <name>InterfaceChip</name>
        <message>
            <source>not on this box</source>
            <extracomment>Interface picker: a configured name this box has no interface for</extracomment>
            <translation>本机没有此接口</translation>
        </message>
        <message>
            <source>link up</source>
            <translation>链路已连接</translation>
        </message>
        <message>
            <source>no carrier</source>
            <translation>无载波</translation>
        </message>
        <message>
            <source>down</source>
            <translation>已关闭</translation>
        </message>
    </context>
    <context>
        <name>LogsPage</name>
        <message>
            <source>Logs</source>
            <extracomment>Page title</extracomment>
            <translation>日志</translation>
        </message>
        <message>
            <source>Resume</source>
            <extracomment>Toggle: stop adding new lines to the view (they are kept)</extracomment>
            <translation>继续</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Follow</source>
            <extracomment>Toggle: keep scrolled to the newest line</extracomment>
            <translation>自动滚动</translation>
        </message>
        <message>
            <source>Debug…</source>
            <extracomment>Opens the per-category debug logging switches</extracomment>
            <translation>调试…</translation>
        </message>
        <message>
            <source>Clear</source>
            <extracomment>Removes all lines from the view</extracomment>
            <translation>清空</translation>
        </message>
        <message>
            <source>Search</source>
            <extracomment>Placeholder of the log search field</extracomment>
            <translation>搜索</translation>
        </message>
        <message>
            <source>All categories</source>
            <extracomment>Log filter: show every category</extracomment>
            <translation>所有类别</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n line(s)</source>
            <extracomment>Log view counter: lines shown after filtering / lines kept</extracomment>
            <translation>
                <numerusform>显示 %1 行，共 %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new line(s) waiting</source>
            <translation>
                <numerusform>%n 行新日志待显示</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) dropped</source>
            <extracomment>Lines lost because the viewer could not keep up</extracomment>
            <translation>
                <numerusform>已丢弃 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <source>No log lines yet.</source>
            <translation>暂无日志。</translation>
        </message>
        <message>
            <source>Debug logging</source>
            <translation>调试日志</translation>
        </message>
        <message>
            <source>Turns on detailed messages per category in bywayd, at once and without a restart. Needs administrator access.</source>
            <translation>按类别在 bywayd 中立即开启详细日志，无需重启。需要管理员权限。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Copy</source>
            <extracomment>Copies the selected log lines to the clipboard</extracomment>
            <translation>复制</translation>
        </message>
        <message>
            <source>Export…</source>
            <extracomment>Saves the lines shown (after filters) to a file</extracomment>
            <translation>导出…</translation>
        </message>
        <message numerus="yes">
            <source>Export %n visible line(s) to:</source>
            <extracomment>Export dialog: %n lines that pass the current filters</extracomment>
            <translation>
                <numerusform>将 %n 行可见日志导出到：</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>无法保存：%1</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Overview</source>
            <translation>概览</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>日志</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Byway — %1</source>
            <extracomment>Window title: product name and the page shown</extracomment>
            <translation>Byway — %1</translation>
        </message>
        <message>
            <source>Topology</source>
            <translation>拓扑</translation>
        </message>
        <message>
            <source>Configuration</source>
            <extracomment>Short form of Configuration for the kiosk's tab bar (seven tabs on 800 px)</extracomment>
            <translation>配置</translation>
        </message>
        <message>
            <source>Config</source>
            <translation>配置</translation>
        </message>
        <message>
            <source>Flows</source>
            <extracomment>Navigation: live connections through the capture</extracomment>
            <translation>数据流</translation>
        </message>
        <message>
            <source>Appliances</source>
            <extracomment>Navigation: local and remote bywayd instances</extracomment>
            <translation>设备管理</translation>
        </message>
    </context>
    <context>
        <name>MessageRow</name>
        <message>
            <source>Consequence: %1</source>
            <translation>影响：%1</translation>
        </message>
        <message>
            <source>Fix: %1</source>
            <translation>解决方法：%1</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>"%{name}" is not a member here (known: %{known})</source>
            <translation>此处没有成员“%{name}”（已知成员：%{known}）</translation>
        </message>
        <message>
            <source>unknown setting "%{name}"</source>
            <translation>未知设置“%{name}”</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>必须是对象</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>必须是数组</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>必须是字符串</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>必须是整数</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>为必填项</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <source>must be between %{min} and %{max} (is %{value})</source>
            <translation>必须在 %{min} 到 %{max} 之间（当前为 %{value}）</translation>
        </message>
        <message>
            <source>must be a 32-bit number, decimal or 0x-hex (is "%{value}")</source>
            <translation>必须是 32 位数字，十进制或 0x 开头的十六进制（当前为“%{value}”）</translation>
        </message>
        <message>
            <source>"%{value}" is not an address with a prefix length like 10.20.0.0/24</source>
            <translation>“%{value}”不是带前缀长度的地址（例如 10.20.0.0/24）</translation>
        </message>
        <message>
            <source>"%{value}" is not an IP address</source>
            <translation>“%{value}”不是 IP 地址</translation>
        </message>
        <message>
            <source>"%{value}" is not one of: %{allowed}</source>
            <translation>“%{value}”不是以下之一：%{allowed}</translation>
        </message>
        <message>
            <source>"%{value}" is not an interface name</source>
            <translation>“%{value}”不是接口名称</translation>
        </message>
        <message>
            <source>"%{value}" is not an interface name (1-15 characters, no / : * or spaces)</source>
            <translation>“%{value}”不是接口名称（1-15 个字符，不能包含 / : * 或空格）</translation>
        </message>
        <message>
            <source>"%{value}" is not an interface name or a prefix with a trailing * (like vpns*)</source>
            <translation>“%{value}”不是接口名称，也不是以 * 结尾的前缀（例如 vpns*）</translation>
        </message>
        <message>
            <source>"%{value}" is not a valid name (1-32 of A-Z a-z 0-9 _ . -, starting with a letter or digit)</source>
            <translation>“%{value}”不是有效名称（1-32 个 A-Z a-z 0-9 _ . - 字符，以字母或数字开头）</translation>
        </message>
        <message>
            <source>config schema version %{version} is newer than this bywayd understands (%{supported})</source>
            <translation>配置架构版本 %{version} 比此 bywayd 支持的版本（%{supported}）更新</translation>
        </message>
        <message>
            <source>"%{value}" appears more than once</source>
            <translation>“%{value}”出现了多次</translation>
        </message>
        <message>
            <source>"%{interface}" is listed as both WAN and LAN</source>
            <translation>“%{interface}”同时被列为 WAN 和 LAN</translation>
        </message>
        <message>
            <source>"%{interface}" is also a WAN or LAN interface: the alternate port must be a separate link, or traffic loops between the two bridges</source>
            <translation>“%{interface}”同时也是 WAN 或 LAN 接口：备用端口必须是单独的链路，否则流量会在两个网桥之间环回</translation>
        </message>
        <message>
            <source>%{value} has host bits set; did you mean %{network}?</source>
            <translation>%{value} 设置了主机位；您是指 %{network} 吗？</translation>
        </message>
        <message>
            <source>%{subnet} overlaps pool "%{pool}" (%{other})</source>
            <translation>%{subnet} 与地址池“%{pool}”（%{other}）重叠</translation>
        </message>
        <message>
            <source>no exit named "%{exit}" in /exits</source>
            <translation>/exits 中没有名为“%{exit}”的出口</translation>
        </message>
        <message>
            <source>user "%{user}" appears more than once</source>
            <translation>用户“%{user}”出现了多次</translation>
        </message>
        <message>
            <source>%{address} is outside the pool's subnet %{subnet}</source>
            <translation>%{address} 不在地址池的子网 %{subnet} 内</translation>
        </message>
        <message>
            <source>%{address} is assigned to another user</source>
            <translation>%{address} 已分配给另一个用户</translation>
        </message>
        <message>
            <source>IPv6 masquerade of %{source} needs ipv6.enabled</source>
            <translation>对 %{source} 做 IPv6 地址伪装需要 ipv6.enabled</translation>
        </message>
        <message>
            <source>table %{table} is reserved by the kernel (253 default, 254 main, 255 local)</source>
            <translation>路由表 %{table} 由内核保留（253 default、254 main、255 local）</translation>
        </message>
        <message>
            <source>server, port, username and password belong to socks5 exits</source>
            <translation>server、port、username 和 password 只适用于 socks5 出口</translation>
        </message>
        <message>
            <source>a socks5 exit needs a server</source>
            <translation>socks5 出口需要服务器</translation>
        </message>
        <message>
            <source>a socks5 exit needs a port (1-65535)</source>
            <translation>socks5 出口需要端口（1-65535）</translation>
        </message>
        <message>
            <source>a password without a username is never sent</source>
            <translation>没有用户名时密码永远不会被发送</translation>
        </message>
        <message>
            <source>SOCKS5 usernames and passwords are at most 255 bytes (RFC 1929)</source>
            <translation>SOCKS5 用户名和密码最多 255 字节（RFC 1929）</translation>
        </message>
        <message>
            <source>tables %{first}-%{last} would include the kernel's 253-255</source>
            <translation>路由表 %{first}-%{last} 会包含内核保留的 253-255</translation>
        </message>
        <message>
            <source>must leave Byway at least one mark bit</source>
            <translation>必须至少给 Byway 留一个标记位</translation>
        </message>
        <message>
            <source>a vpn-gateway needs the WAN interface its pools leave through</source>
            <translation>vpn-gateway 需要其地址池流量出去的 WAN 接口</translation>
        </message>
        <message>
            <source>a vpn-gateway needs at least one pool</source>
            <translation>vpn-gateway 至少需要一个地址池</translation>
        </message>
        <message>
            <source>a vpn-gateway needs the tunnel interface pattern of its VPN server (like vpns*)</source>
            <translation>vpn-gateway 需要其 VPN 服务器的隧道接口模式（例如 vpns*）</translation>
        </message>
        <message>
            <source>the primary LAN interface (or bridge) is required</source>
            <translation>需要主 LAN 接口（或网桥）</translation>
        </message>
        <message>
            <source>a secondary router needs its WAN port towards the main router</source>
            <translation>二级路由需要连向主路由器的 WAN 端口</translation>
        </message>
        <message>
            <source>the main router's address is required</source>
            <translation>需要主路由器的地址</translation>
        </message>
        <message>
            <source>this box's address on the primary LAN (like 192.168.10.2/24) is required</source>
            <translation>需要本机在主 LAN 上的地址（例如 192.168.10.2/24）</translation>
        </message>
        <message>
            <source>the main router cannot have this box's own address</source>
            <translation>主路由器不能使用本机自己的地址</translation>
        </message>
        <message>
            <source>%{mainRouter} is not on this box's LAN %{lan}: a bypass router forwards to a main router on the same LAN</source>
            <translation>%{mainRouter} 不在本机的 LAN %{lan} 上：旁路由只转发到同一 LAN 上的主路由器</translation>
        </message>
        <message>
            <source>a bypass router forwards without NAT; use role secondary-router for NAT</source>
            <translation>旁路由转发时不做 NAT；需要 NAT 请使用 secondary-router 角色</translation>
        </message>
        <message>
            <source>IPv6 secondary routing needs the port on the alternate bridge</source>
            <translation>IPv6 二级路由需要备用网桥上的端口</translation>
        </message>
        <message>
            <source>IPv6 secondary routing needs ipv6.enabled</source>
            <translation>IPv6 二级路由需要 ipv6.enabled</translation>
        </message>
        <message>
            <source>the WAN interface whose table is selected by mark is required</source>
            <translation>需要按标记选择路由表的 WAN 接口</translation>
        </message>
        <message>
            <source>wan-separated needs a direct exit with both a mark and a table (the WAN table)</source>
            <translation>wan-separated 需要一个同时设置了标记和路由表（WAN 表）的直连出口</translation>
        </message>
        <message>
            <source>IPv6 needs an MTU of at least 1280 (is %{mtu})</source>
            <translation>IPv6 要求 MTU 至少为 1280（当前为 %{mtu}）</translation>
        </message>
        <message>
            <source>"%{value}" is not [IPv6 address]:port like [2001:db8::1]:443</source>
            <translation>“%{value}”不是 [IPv6 地址]:端口 格式（例如 [2001:db8::1]:443）</translation>
        </message>
        <message>
            <source>"%{value}" is not address:port like 127.0.0.1:54</source>
            <translation>“%{value}”不是 地址:端口 格式（例如 127.0.0.1:54）</translation>
        </message>
        <message>
            <source>"%{value}" is not a log category (%{known}, or all)</source>
            <translation>“%{value}”不是日志类别（%{known}，或 all）</translation>
        </message>
        <message>
            <source>Unknown check "%{check}"</source>
            <translation>未知的检查项“%{check}”</translation>
        </message>
        <message>
            <source>Nothing was probed for it.</source>
            <translation>没有对它进行任何探测。</translation>
        </message>
        <message>
            <source>Use one of: %{known}</source>
            <translation>请使用以下之一：%{known}</translation>
        </message>
        <message>
            <source>Capabilities could not be read</source>
            <translation>无法读取能力集</translation>
        </message>
        <message>
            <source>Everything that needs them is assumed off.</source>
            <translation>所有依赖这些能力的功能都视为关闭。</translation>
        </message>
        <message>
            <source>Check the seccomp profile of the container; capget must be allowed.</source>
            <translation>检查容器的 seccomp 配置；必须允许 capget。</translation>
        </message>
        <message>
            <source>CAP_NET_ADMIN is effective</source>
            <translation>CAP_NET_ADMIN 已生效</translation>
        </message>
        <message>
            <source>CAP_NET_ADMIN is not effective</source>
            <translation>CAP_NET_ADMIN 未生效</translation>
        </message>
        <message>
            <source>No nftables changes, no routes or policy rules, no sysctl changes, no TUN device: Byway can only report.</source>
            <translation>无法修改 nftables、路由或策略规则，无法修改 sysctl，也无法创建 TUN 设备：Byway 只能报告。</translation>
        </message>
        <message>
            <source>Run bywayd as root or with CAP_NET_ADMIN (container: --cap-add NET_ADMIN; systemd: AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW).</source>
            <translation>以 root 身份或带 CAP_NET_ADMIN 运行 bywayd（容器：--cap-add NET_ADMIN；systemd：AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW）。</translation>
        </message>
        <message>
            <source>CAP_NET_ADMIN does not reach this network namespace</source>
            <translation>CAP_NET_ADMIN 对此网络命名空间无效</translation>
        </message>
        <message>
            <source>Run bywayd in the user namespace that owns this network namespace (not under unshare -U / a nested sandbox).</source>
            <translation>在拥有此网络命名空间的用户命名空间中运行 bywayd（不要在 unshare -U 或嵌套沙箱中运行）。</translation>
        </message>
        <message>
            <source>CAP_NET_RAW is effective</source>
            <translation>CAP_NET_RAW 已生效</translation>
        </message>
        <message>
            <source>CAP_NET_RAW is not effective</source>
            <translation>CAP_NET_RAW 未生效</translation>
        </message>
        <message>
            <source>No AF_PACKET capture (IKEv2-style compat path), no raw reply injection, no raw ICMP probes, and legacy iptables tables cannot be inspected.</source>
            <translation>无法进行 AF_PACKET 捕获（IKEv2 类兼容路径）、原始应答注入和原始 ICMP 探测，也无法检查旧版 iptables 表。</translation>
        </message>
        <message>
            <source>Run the container with --cap-add NET_RAW (systemd: add CAP_NET_RAW to AmbientCapabilities and CapabilityBoundingSet).</source>
            <translation>用 --cap-add NET_RAW 运行容器（systemd：将 CAP_NET_RAW 加入 AmbientCapabilities 和 CapabilityBoundingSet）。</translation>
        </message>
        <message>
            <source>CAP_NET_RAW does not reach this network namespace</source>
            <translation>CAP_NET_RAW 对此网络命名空间无效</translation>
        </message>
        <message>
            <source>nf_tables usable and changeable</source>
            <translation>nf_tables 可用且可修改</translation>
        </message>
        <message>
            <source>nf_tables refuses us</source>
            <translation>nf_tables 拒绝访问</translation>
        </message>
        <message>
            <source>No standard path: no DNAT to the proxy, no masquerade, no forward rules.</source>
            <translation>没有标准路径：无法 DNAT 到代理，无法地址伪装，无法添加转发规则。</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN in this network namespace (container: --cap-add NET_ADMIN).</source>
            <translation>在此网络命名空间中授予 bywayd CAP_NET_ADMIN（容器：--cap-add NET_ADMIN）。</translation>
        </message>
        <message>
            <source>This kernel has no nf_tables</source>
            <translation>此内核没有 nf_tables</translation>
        </message>
        <message>
            <source>No standard path; Byway falls back to capture (Compat) if it can.</source>
            <translation>没有标准路径；Byway 会在可能时改用捕获（兼容模式）。</translation>
        </message>
        <message>
            <source>Use a kernel with CONFIG_NF_TABLES (and nft_nat, nft_masq), or load nf_tables on the host.</source>
            <translation>使用启用 CONFIG_NF_TABLES（及 nft_nat、nft_masq）的内核，或在宿主机上加载 nf_tables。</translation>
        </message>
        <message>
            <source>nf_tables could not be listed</source>
            <translation>无法列出 nf_tables</translation>
        </message>
        <message>
            <source>No standard path while this persists.</source>
            <translation>在此问题解决前没有标准路径。</translation>
        </message>
        <message>
            <source>See the kernel log; retry the probe.</source>
            <translation>查看内核日志，然后重新探测。</translation>
        </message>
        <message>
            <source>nf_tables readable but CAP_NET_ADMIN is not effective</source>
            <translation>nf_tables 可读，但 CAP_NET_ADMIN 未生效</translation>
        </message>
        <message>
            <source>Changes would be refused: no standard path.</source>
            <translation>修改会被拒绝：没有标准路径。</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN.</source>
            <translation>授予 bywayd CAP_NET_ADMIN。</translation>
        </message>
        <message>
            <source>No foreign drops on forward/postrouting</source>
            <translation>forward/postrouting 上没有其他程序的丢弃规则</translation>
        </message>
        <message>
            <source>Our accept is overridden: %{where} has policy drop</source>
            <translation>我们的放行被覆盖：%{where} 的默认策略为 drop</translation>
        </message>
        <message>
            <source>An accept in Byway's table ends only Byway's chain; this chain still sees the packet and drops whatever it does not accept itself.</source>
            <translation>Byway 表中的放行只结束 Byway 自己的链；这条链仍会看到数据包，并丢弃它自己未放行的一切。</translation>
        </message>
        <message>
            <source>Allow the traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a policy or zone for the LAN/VPN interfaces; fw4: a forwarding rule for the zone), or let its owner accept it.</source>
            <translation>在该链中放行这些流量（Docker：在 DOCKER-USER 中加规则；firewalld：为 LAN/VPN 接口配置策略或区域；fw4：为该区域加转发规则），或让该链的所有者放行。</translation>
        </message>
        <message>
            <source>%{where} has %{count} drop/reject rule(s) that can override our accept</source>
            <translation>%{where} 有 %{count} 条 drop/reject 规则，可能覆盖我们的放行</translation>
        </message>
        <message>
            <source>Packets Byway accepts can still be dropped there.</source>
            <translation>Byway 放行的数据包仍可能在那里被丢弃。</translation>
        </message>
        <message>
            <source>Check that chain's drop rules do not match Byway's pools and interfaces.</source>
            <translation>确认该链的丢弃规则不会匹配 Byway 的地址池和接口。</translation>
        </message>
        <message>
            <source>Our accept is overridden: legacy %{family} filter FORWARD has policy drop</source>
            <translation>我们的放行被覆盖：旧版 %{family} filter 表的 FORWARD 默认策略为 drop</translation>
        </message>
        <message>
            <source>Forwarded traffic is dropped by the legacy table whatever Byway accepts.</source>
            <translation>无论 Byway 放行什么，转发的流量都会被旧版表丢弃。</translation>
        </message>
        <message>
            <source>Add an accept for Byway's traffic in the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.</source>
            <translation>在旧版 FORWARD 链中为 Byway 的流量添加放行规则（Docker：DOCKER-USER），或删除旧版规则。</translation>
        </message>
        <message>
            <source>Foreign nf_tables chains could not be checked</source>
            <translation>无法检查其他程序的 nf_tables 链</translation>
        </message>
        <message>
            <source>A foreign drop on forward/postrouting would go unnoticed.</source>
            <translation>forward/postrouting 上其他程序的丢弃将不会被发现。</translation>
        </message>
        <message>
            <source>Fix the nftables finding first.</source>
            <translation>请先解决 nftables 的问题。</translation>
        </message>
        <message>
            <source>No legacy iptables in this namespace</source>
            <translation>此命名空间中没有旧版 iptables</translation>
        </message>
        <message>
            <source>ip_tables loaded, no legacy tables instantiated</source>
            <translation>ip_tables 已加载，但没有实例化的旧版表</translation>
        </message>
        <message>
            <source>Legacy tables read: %{tables}</source>
            <translation>已读取旧版表：%{tables}</translation>
        </message>
        <message>
            <source>Legacy iptables tables exist but could not be read</source>
            <translation>旧版 iptables 表存在但无法读取</translation>
        </message>
        <message>
            <source>Rules in them cannot be checked for conflicts with Byway's nf_tables rules.</source>
            <translation>无法检查其中的规则是否与 Byway 的 nf_tables 规则冲突。</translation>
        </message>
        <message>
            <source>Check the kernel log; the x_tables interface refused the read.</source>
            <translation>查看内核日志；x_tables 接口拒绝了读取。</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN.</source>
            <translation>授予 bywayd CAP_NET_RAW（原始套接字）和 CAP_NET_ADMIN。</translation>
        </message>
        <message>
            <source>No legacy nat table (not needed: Byway speaks nf_tables)</source>
            <translation>没有旧版 nat 表（无需：Byway 使用 nf_tables）</translation>
        </message>
        <message>
            <source>Legacy nat table readable (%{entries} entries)</source>
            <translation>旧版 nat 表可读（%{entries} 个条目）</translation>
        </message>
        <message>
            <source>The legacy nat table exists but we may not read it</source>
            <translation>旧版 nat 表存在，但我们无权读取</translation>
        </message>
        <message>
            <source>Legacy NAT rules cannot be checked against Byway's.</source>
            <translation>无法将旧版 NAT 规则与 Byway 的规则进行比对。</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN (x_tables reads).</source>
            <translation>授予 bywayd CAP_NET_RAW（原始套接字）和 CAP_NET_ADMIN（读取 x_tables）。</translation>
        </message>
        <message>
            <source>The legacy nat table exists but cannot be read</source>
            <translation>旧版 nat 表存在但无法读取</translation>
        </message>
        <message>
            <source>Tools relying on iptables-legacy -t nat (the field's auto-detection) fail here; Byway does not use it.</source>
            <translation>依赖 iptables-legacy -t nat 的工具（常见的自动检测）在这里会失败；Byway 不使用它。</translation>
        </message>
        <message>
            <source>Nothing to do for Byway; other tools on this box need a working legacy nat.</source>
            <translation>Byway 无需处理；本机上的其他工具需要可用的旧版 nat。</translation>
        </message>
        <message>
            <source>The legacy nat table uses targets stock iptables cannot parse: %{targets}</source>
            <translation>旧版 nat 表使用了标准 iptables 无法解析的目标：%{targets}</translation>
        </message>
        <message>
            <source>iptables-legacy -t nat -L fails on this kernel (router-system kernel); tools that test it conclude iptables is unusable.</source>
            <translation>iptables-legacy -t nat -L 在此内核（路由器系统内核）上会失败；以此检测的工具会认为 iptables 不可用。</translation>
        </message>
        <message>
            <source>Nothing to do for Byway: it uses nf_tables, or the compat capture.</source>
            <translation>Byway 无需处理：它使用 nf_tables 或兼容捕获。</translation>
        </message>
        <message>
            <source>No legacy iptables rules beside nf_tables</source>
            <translation>nf_tables 旁没有旧版 iptables 规则</translation>
        </message>
        <message>
            <source>Legacy iptables and nf_tables both act on the same hooks: %{legacy} beside %{nftables}</source>
            <translation>旧版 iptables 和 nf_tables 作用于相同的钩子：%{legacy} 与 %{nftables} 并存</translation>
        </message>
        <message>
            <source>Both rule sets run on every packet; a drop or NAT in one is invisible to the tools of the other: clients connect but nothing is forwarded.</source>
            <translation>两套规则都会处理每个数据包；一方的丢弃或 NAT 在另一方的工具中不可见：客户端能连接，但没有任何流量被转发。</translation>
        </message>
        <message>
            <source>Use one backend: remove the legacy rules (iptables-legacy -F -t &lt;table&gt;) or switch the tool that writes them to iptables-nft; in a container, do not share the host's network namespace with a legacy-iptables image.</source>
            <translation>只使用一种后端：删除旧版规则（iptables-legacy -F -t &lt;table&gt;），或让写入这些规则的工具改用 iptables-nft；在容器中，不要与使用旧版 iptables 的镜像共享宿主机网络命名空间。</translation>
        </message>
        <message>
            <source>Legacy iptables rules sit on hooks Byway will use: %{legacy}</source>
            <translation>旧版 iptables 规则位于 Byway 将使用的钩子上：%{legacy}</translation>
        </message>
        <message>
            <source>Once Byway's nf_tables chains are in, packets pass both; a legacy drop or NAT overrides Byway silently.</source>
            <translation>一旦加入 Byway 的 nf_tables 链，数据包会经过两者；旧版规则中的丢弃或 NAT 会悄无声息地覆盖 Byway。</translation>
        </message>
        <message>
            <source>Move those rules to nf_tables (iptables-nft) or remove them.</source>
            <translation>将这些规则迁移到 nf_tables（iptables-nft）或删除它们。</translation>
        </message>
        <message>
            <source>Legacy tables exist but could not be read: %{tables}</source>
            <translation>旧版表存在但无法读取：%{tables}</translation>
        </message>
        <message>
            <source>A mixed-backend conflict cannot be ruled out.</source>
            <translation>无法排除混用后端造成的冲突。</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW and CAP_NET_ADMIN.</source>
            <translation>授予 bywayd CAP_NET_RAW 和 CAP_NET_ADMIN。</translation>
        </message>
        <message>
            <source>TUN devices can be created</source>
            <translation>可以创建 TUN 设备</translation>
        </message>
        <message>
            <source>/dev/net/tun does not exist</source>
            <translation>/dev/net/tun 不存在</translation>
        </message>
        <message>
            <source>No TUN capture: the compat path for L2TP/PPP-style pools is off.</source>
            <translation>无法 TUN 捕获：L2TP/PPP 类地址池的兼容路径关闭。</translation>
        </message>
        <message>
            <source>Pass the device to the container (--device /dev/net/tun) and allow it (systemd: DeviceAllow=/dev/net/tun rw).</source>
            <translation>将设备传入容器（--device /dev/net/tun）并允许访问（systemd：DeviceAllow=/dev/net/tun rw）。</translation>
        </message>
        <message>
            <source>The kernel has no TUN driver</source>
            <translation>内核没有 TUN 驱动</translation>
        </message>
        <message>
            <source>Load the tun module on the host (modprobe tun) or use a kernel with CONFIG_TUN.</source>
            <translation>在宿主机上加载 tun 模块（modprobe tun），或使用启用 CONFIG_TUN 的内核。</translation>
        </message>
        <message>
            <source>/dev/net/tun cannot be opened</source>
            <translation>无法打开 /dev/net/tun</translation>
        </message>
        <message>
            <source>A TUN device cannot be created</source>
            <translation>无法创建 TUN 设备</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN (container: --cap-add NET_ADMIN); check the LSM profile allows tun_socket create.</source>
            <translation>授予 bywayd CAP_NET_ADMIN（容器：--cap-add NET_ADMIN）；确认 LSM 配置允许 tun_socket create。</translation>
        </message>
        <message>
            <source>See the kernel log.</source>
            <translation>查看内核日志。</translation>
        </message>
        <message>
            <source>AF_PACKET sockets work</source>
            <translation>AF_PACKET 套接字可用</translation>
        </message>
        <message>
            <source>The kernel has no AF_PACKET</source>
            <translation>内核没有 AF_PACKET</translation>
        </message>
        <message>
            <source>No AF_PACKET capture on per-tunnel interfaces: the compat path for xfrm/IKEv2 interfaces is off.</source>
            <translation>无法在每个隧道接口上进行 AF_PACKET 捕获：xfrm/IKEv2 接口的兼容路径关闭。</translation>
        </message>
        <message>
            <source>Use a kernel with CONFIG_PACKET.</source>
            <translation>使用启用 CONFIG_PACKET 的内核。</translation>
        </message>
        <message>
            <source>AF_PACKET sockets are refused</source>
            <translation>AF_PACKET 套接字被拒绝</translation>
        </message>
        <message>
            <source>Run the container with --cap-add NET_RAW (and check the seccomp/LSM profile allows AF_PACKET).</source>
            <translation>用 --cap-add NET_RAW 运行容器（并确认 seccomp/LSM 配置允许 AF_PACKET）。</translation>
        </message>
        <message>
            <source>Host network namespace</source>
            <translation>宿主机网络命名空间</translation>
        </message>
        <message>
            <source>Container network namespace</source>
            <translation>容器网络命名空间</translation>
        </message>
        <message>
            <source>A network namespace other than PID 1's</source>
            <translation>不同于 PID 1 的网络命名空间</translation>
        </message>
        <message>
            <source>A container sharing the host's network namespace</source>
            <translation>与宿主机共享网络命名空间的容器</translation>
        </message>
        <message>
            <source>Everything Byway changes is the host's; tools in other containers with legacy iptables act on the same hooks (clients connect, nothing forwards).</source>
            <translation>Byway 所做的一切修改都作用于宿主机；其他使用旧版 iptables 的容器中的工具作用于相同的钩子（客户端能连接，但没有流量被转发）。</translation>
        </message>
        <message>
            <source>Prefer a bridge network with a static IP, --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun.</source>
            <translation>建议使用带静态 IP 的桥接网络，并加上 --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun。</translation>
        </message>
        <message>
            <source>%{family} forwarding on</source>
            <translation>%{family} 转发已开启</translation>
        </message>
        <message>
            <source>%{family} forwarding off</source>
            <translation>%{family} 转发已关闭</translation>
        </message>
        <message>
            <source>The box does not route %{family} between interfaces: clients connect, nothing is forwarded.</source>
            <translation>本机不在接口之间路由 %{family}：客户端能连接，但没有流量被转发。</translation>
        </message>
        <message>
            <source>set %{sysctl}=1 (sysctl -w %{sysctl}=1; persist in /etc/sysctl.d/)</source>
            <translation>设置 %{sysctl}=1（sysctl -w %{sysctl}=1；在 /etc/sysctl.d/ 中持久化）</translation>
        </message>
        <message>
            <source>%{family} forwarding setting not found</source>
            <translation>未找到 %{family} 转发设置</translation>
        </message>
        <message>
            <source>%{family} is disabled in this kernel or namespace.</source>
            <translation>%{family} 在此内核或命名空间中已禁用。</translation>
        </message>
        <message>
            <source>Enable %{family} (kernel command line / module options).</source>
            <translation>启用 %{family}（内核命令行或模块参数）。</translation>
        </message>
        <message>
            <source>No strict reverse-path filtering</source>
            <translation>没有严格的反向路径过滤</translation>
        </message>
        <message>
            <source>Strict reverse-path filtering on %{interfaces}</source>
            <translation>%{interfaces} 上启用了严格的反向路径过滤</translation>
        </message>
        <message>
            <source>Asymmetric return traffic (bypass router) and replies routed by mark into another table are dropped on these interfaces.</source>
            <translation>在这些接口上，非对称的回程流量（旁路由）以及按标记路由到其他表的应答会被丢弃。</translation>
        </message>
        <message>
            <source>set net.ipv4.conf.all.rp_filter=2 and net.ipv4.conf.&lt;if&gt;.rp_filter=2 (loose) for %{interfaces}</source>
            <translation>为 %{interfaces} 设置 net.ipv4.conf.all.rp_filter=2 和 net.ipv4.conf.&lt;if&gt;.rp_filter=2（宽松）</translation>
        </message>
        <message>
            <source>src_valid_mark on</source>
            <translation>src_valid_mark 已开启</translation>
        </message>
        <message>
            <source>src_valid_mark off (rp_filter not in the way)</source>
            <translation>src_valid_mark 已关闭（rp_filter 不受影响）</translation>
        </message>
        <message>
            <source>rp_filter ignores fwmarks</source>
            <translation>rp_filter 忽略 fwmark</translation>
        </message>
        <message>
            <source>With rp_filter on, replies arriving on a marked exit fail the reverse-path check.</source>
            <translation>开启 rp_filter 时，从带标记的出口返回的应答无法通过反向路径检查。</translation>
        </message>
        <message>
            <source>set net.ipv4.conf.all.src_valid_mark=1</source>
            <translation>设置 net.ipv4.conf.all.src_valid_mark=1</translation>
        </message>
        <message>
            <source>Policy routing available</source>
            <translation>策略路由可用</translation>
        </message>
        <message>
            <source>Policy routing is not available</source>
            <translation>策略路由不可用</translation>
        </message>
        <message>
            <source>No per-pool tables, no fwmark-selected exits, and the TUN capture cannot be routed (it needs "from &lt;pool&gt; lookup &lt;table&gt;").</source>
            <translation>无法使用按地址池的路由表和按 fwmark 选择的出口，TUN 捕获也无法路由（它需要 "from &lt;pool&gt; lookup &lt;table&gt;"）。</translation>
        </message>
        <message>
            <source>Use a kernel with CONFIG_IP_MULTIPLE_TABLES (and IPV6_MULTIPLE_TABLES).</source>
            <translation>使用启用 CONFIG_IP_MULTIPLE_TABLES（及 IPV6_MULTIPLE_TABLES）的内核。</translation>
        </message>
        <message>
            <source>xfrm present (%{sas} SAs)</source>
            <translation>xfrm 可用（%{sas} 个 SA）</translation>
        </message>
        <message>
            <source>No xfrm (IPsec) in this kernel</source>
            <translation>此内核没有 xfrm（IPsec）</translation>
        </message>
        <message>
            <source>IKEv2/IPsec tunnels cannot terminate on this box.</source>
            <translation>IKEv2/IPsec 隧道无法在本机终结。</translation>
        </message>
        <message>
            <source>Use a kernel with CONFIG_XFRM_USER (xfrm_user module).</source>
            <translation>使用启用 CONFIG_XFRM_USER（xfrm_user 模块）的内核。</translation>
        </message>
        <message>
            <source>xfrm state cannot be listed</source>
            <translation>无法列出 xfrm 状态</translation>
        </message>
        <message>
            <source>IKEv2 tunnels on this box cannot be inspected.</source>
            <translation>无法检查本机上的 IKEv2 隧道。</translation>
        </message>
        <message>
            <source>/dev/ppp usable</source>
            <translation>/dev/ppp 可用</translation>
        </message>
        <message>
            <source>/dev/ppp does not exist</source>
            <translation>/dev/ppp 不存在</translation>
        </message>
        <message>
            <source>PPP-based tunnels (L2TP, PPTP) cannot terminate here.</source>
            <translation>基于 PPP 的隧道（L2TP、PPTP）无法在此终结。</translation>
        </message>
        <message>
            <source>Pass --device /dev/ppp to the container, or create it (mknod /dev/ppp c 108 0).</source>
            <translation>给容器传入 --device /dev/ppp，或创建它（mknod /dev/ppp c 108 0）。</translation>
        </message>
        <message>
            <source>No PPP driver</source>
            <translation>没有 PPP 驱动</translation>
        </message>
        <message>
            <source>Load ppp_generic on the host.</source>
            <translation>在宿主机上加载 ppp_generic。</translation>
        </message>
        <message>
            <source>/dev/ppp cannot be opened</source>
            <translation>无法打开 /dev/ppp</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN and allow the device (DeviceAllow=/dev/ppp rw).</source>
            <translation>授予 bywayd CAP_NET_ADMIN 并允许该设备（DeviceAllow=/dev/ppp rw）。</translation>
        </message>
        <message>
            <source>No other owners of the ruleset or routing</source>
            <translation>规则集和路由没有其他管理者</translation>
        </message>
        <message>
            <source>Other owners: %{owners}</source>
            <translation>其他管理者：%{owners}</translation>
        </message>
        <message>
            <source>%{family} default route present</source>
            <translation>存在 %{family} 默认路由</translation>
        </message>
        <message>
            <source>No %{family} default route in the main table</source>
            <translation>main 表中没有 %{family} 默认路由</translation>
        </message>
        <message>
            <source>Direct exits have no way out.</source>
            <translation>直连出口没有出路。</translation>
        </message>
        <message>
            <source>Configure a default route (DHCP/RA on the WAN, or a static one).</source>
            <translation>配置默认路由（WAN 上的 DHCP/RA，或静态路由）。</translation>
        </message>
        <message>
            <source>IPv6 stays off: no IPv6 egress.</source>
            <translation>IPv6 保持关闭：没有 IPv6 出口。</translation>
        </message>
        <message>
            <source>%{family} gateway %{gateways} does not answer ICMP</source>
            <translation>%{family} 网关 %{gateways} 不响应 ICMP</translation>
        </message>
        <message>
            <source>Traffic through that gateway may not get out (or it filters ICMP).</source>
            <translation>经该网关的流量可能无法出去（或它过滤了 ICMP）。</translation>
        </message>
        <message>
            <source>Check the link and the gateway; some routers drop echo requests.</source>
            <translation>检查链路和网关；有些路由器会丢弃 echo 请求。</translation>
        </message>
        <message>
            <source>Routes could not be read</source>
            <translation>无法读取路由</translation>
        </message>
        <message>
            <source>The default gateway is unknown.</source>
            <translation>默认网关未知。</translation>
        </message>
        <message>
            <source>%{target} reachable via default route</source>
            <translation>经默认路由可到达 %{target}</translation>
        </message>
        <message>
            <source>%{target} reachable via exit %{exit} (%{route})</source>
            <translation>经出口 %{exit}（%{route}）可到达 %{target}</translation>
        </message>
        <message>
            <source>%{target} via default route: host answers, port closed</source>
            <translation>经默认路由访问 %{target}：主机有响应，但端口关闭</translation>
        </message>
        <message>
            <source>The path works but nothing listens on that port.</source>
            <translation>路径可用，但该端口上没有服务监听。</translation>
        </message>
        <message>
            <source>Check the upstream service and port.</source>
            <translation>检查上游服务和端口。</translation>
        </message>
        <message>
            <source>%{target} via exit %{exit} (%{route}): host answers, port closed</source>
            <translation>经出口 %{exit}（%{route}）访问 %{target}：主机有响应，但端口关闭</translation>
        </message>
        <message>
            <source>%{target} unreachable via default route</source>
            <translation>经默认路由无法到达 %{target}</translation>
        </message>
        <message>
            <source>Users on this exit cannot reach %{target}.</source>
            <translation>使用此出口的用户无法到达 %{target}。</translation>
        </message>
        <message>
            <source>Check the exit's routing table, mark rule and link (%{command}).</source>
            <translation>检查该出口的路由表、标记规则和链路（%{command}）。</translation>
        </message>
        <message>
            <source>%{target} unreachable via exit %{exit} (%{route})</source>
            <translation>经出口 %{exit}（%{route}）无法到达 %{target}</translation>
        </message>
        <message>
            <source>Bad reachability target %{target}</source>
            <translation>无效的可达性目标 %{target}</translation>
        </message>
        <message>
            <source>That target is not probed.</source>
            <translation>不会探测该目标。</translation>
        </message>
        <message>
            <source>Use host[:port] with an IP literal, e.g. 192.0.2.1:443 or [2001:db8::1]:443.</source>
            <translation>使用带 IP 字面量的 host[:port]，例如 192.0.2.1:443 或 [2001:db8::1]:443。</translation>
        </message>
        <message>
            <source>No reachability targets configured</source>
            <translation>未配置可达性目标</translation>
        </message>
        <message>
            <source>Upstream reachability per exit is not verified.</source>
            <translation>未验证各出口的上游可达性。</translation>
        </message>
        <message>
            <source>Configure targets (e.g. the upstream proxy's host:port).</source>
            <translation>配置目标（例如上游代理的 host:port）。</translation>
        </message>
        <message>
            <source>IPv6 egress verified</source>
            <translation>IPv6 出口已验证</translation>
        </message>
        <message>
            <source>IPv6 is disabled</source>
            <translation>IPv6 已禁用</translation>
        </message>
        <message>
            <source>IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits).</source>
            <translation>IPv6 功能保持关闭（不向客户端通告 IPv6，没有 IPv6 出口）。</translation>
        </message>
        <message>
            <source>Enable IPv6 (ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0).</source>
            <translation>启用 IPv6（ipv6.disable=0，net.ipv6.conf.all.disable_ipv6=0）。</translation>
        </message>
        <message>
            <source>No IPv6 route to the Internet</source>
            <translation>没有到互联网的 IPv6 路由</translation>
        </message>
        <message>
            <source>Give the WAN an IPv6 default route (RA/DHCPv6-PD or static).</source>
            <translation>为 WAN 配置 IPv6 默认路由（RA/DHCPv6-PD 或静态）。</translation>
        </message>
        <message>
            <source>IPv6 route present, egress not verified</source>
            <translation>存在 IPv6 路由，但出口未验证</translation>
        </message>
        <message>
            <source>Add an IPv6 reachability target (e.g. [2001:db8::1]:443 of your upstream).</source>
            <translation>添加 IPv6 可达性目标（例如上游的 [2001:db8::1]:443）。</translation>
        </message>
        <message>
            <source>IPv6 targets unreachable</source>
            <translation>IPv6 目标不可达</translation>
        </message>
        <message>
            <source>Check the IPv6 upstream (firewall, RA, prefix delegation).</source>
            <translation>检查 IPv6 上游（防火墙、RA、前缀委派）。</translation>
        </message>
        <message>
            <source>Path MTU to %{target} via default route: %{mtu}</source>
            <translation>经默认路由到 %{target} 的路径 MTU：%{mtu}</translation>
        </message>
        <message>
            <source>Path MTU to %{target} via exit %{exit}: %{mtu}</source>
            <translation>经出口 %{exit} 到 %{target} 的路径 MTU：%{mtu}</translation>
        </message>
        <message>
            <source>No path to %{target} via default route</source>
            <translation>经默认路由没有到 %{target} 的路径</translation>
        </message>
        <message>
            <source>The path MTU towards it is unknown.</source>
            <translation>到它的路径 MTU 未知。</translation>
        </message>
        <message>
            <source>Fix the route to %{target} first.</source>
            <translation>请先修复到 %{target} 的路由。</translation>
        </message>
        <message>
            <source>No path to %{target} via exit %{exit}</source>
            <translation>经出口 %{exit} 没有到 %{target} 的路径</translation>
        </message>
        <message>
            <source>No target for a path MTU</source>
            <translation>没有用于路径 MTU 的目标</translation>
        </message>
        <message>
            <source>Tunnel MTU/MSS stay at their defaults.</source>
            <translation>隧道 MTU/MSS 保持默认值。</translation>
        </message>
        <message>
            <source>Configure a reachability target.</source>
            <translation>配置一个可达性目标。</translation>
        </message>
        <message>
            <source>IPv6 forwarding stays off until the IPv6 egress probe passes</source>
            <translation>在 IPv6 出口探测通过之前，IPv6 转发保持关闭</translation>
        </message>
        <message>
            <source>Interface %{name} does not exist on this box (it has: %{existing})</source>
            <translation>本机没有接口 %{name}（现有：%{existing}）</translation>
        </message>
        <message>
            <source>Traffic meant for it is not handled until it appears.</source>
            <translation>在它出现之前，发往它的流量不会被处理。</translation>
        </message>
        <message>
            <source>Name one of this box's interfaces, or create %{name} first.</source>
            <translation>请填写本机已有的接口，或先创建 %{name}。</translation>
        </message>
        <message>
            <source>Did you mean %{suggestion}?</source>
            <translation>您是指 %{suggestion} 吗？</translation>
        </message>
        <message>
            <source>Interface %{name} does not exist on this box (it has: %{existing}); a %{role} cannot work without it</source>
            <translation>本机没有接口 %{name}（现有：%{existing}）；没有它，%{role} 无法工作</translation>
        </message>
        <message>
            <source>Group %{group} does not exist on this system</source>
            <translation>系统中不存在组 %{group}</translation>
        </message>
        <message>
            <source>No rule can match its processes: their DNS would not be redirected.</source>
            <translation>没有规则能匹配其进程：它们的 DNS 不会被重定向。</translation>
        </message>
        <message>
            <source>Create the group (groupadd %{group}) or name an existing one.</source>
            <translation>请创建该组（groupadd %{group}），或填写一个已有的组。</translation>
        </message>
        <message>
            <source>dns.redirectGroup (%{group}) is used only by role wan-separated; with role %{role} nothing is redirected</source>
            <translation>dns.redirectGroup（%{group}）仅用于 wan-separated 角色；在 %{role} 角色下不会重定向任何流量</translation>
        </message>
        <message>
            <source>Remove it, or switch the role to wan-separated.</source>
            <translation>请删除它，或将角色切换为 wan-separated。</translation>
        </message>
        <message>
            <source>%{address} is not this box's loopback address: the DNS redirect rewrites only the port, so queries would go to 127.0.0.1:%{port} (or [::1]:%{port}), not to %{address}</source>
            <translation>%{address} 不是本机的回环地址：DNS 重定向只改写端口，查询会发往 127.0.0.1:%{port}（或 [::1]:%{port}），而不是 %{address}</translation>
        </message>
        <message>
            <source>Run the WAN-only resolver on 127.0.0.1:%{port} (and [::1]:%{port} for IPv6) and name that address.</source>
            <translation>请让仅走 WAN 的解析器监听 127.0.0.1:%{port}（IPv6 为 [::1]:%{port}），并填写该地址。</translation>
        </message>
        <message>
            <source>%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has policy drop: it drops what Byway accepts</source>
            <translation>%{family} 表 %{table} 的链 %{chain}（钩子 %{hook}，优先级 %{priority}）策略为 drop：它会丢弃 Byway 放行的流量</translation>
        </message>
        <message>
            <source>An accept in Byway's table ends only Byway's chain; this chain still sees every forwarded packet and drops what it does not accept itself.</source>
            <translation>Byway 表中的 accept 只结束 Byway 自己的链；该链仍会看到每个转发的数据包，并丢弃它自己未放行的。</translation>
        </message>
        <message>
            <source>Allow Byway's traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a zone or policy for the LAN and VPN interfaces; fw4: a forwarding rule), or let its owner accept it.</source>
            <translation>请在该链中放行 Byway 的流量（Docker：在 DOCKER-USER 中加规则；firewalld：为 LAN 和 VPN 接口设置区域或策略；fw4：添加转发规则），或让其所有者放行。</translation>
        </message>
        <message>
            <source>%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has %{rules} drop or reject rules that can override Byway's accept</source>
            <translation>%{family} 表 %{table} 的链 %{chain}（钩子 %{hook}，优先级 %{priority}）有 %{rules} 条 drop 或 reject 规则，可能推翻 Byway 的放行</translation>
        </message>
        <message>
            <source>Check that those rules do not match Byway's pools and interfaces.</source>
            <translation>请确认这些规则不会匹配 Byway 的地址池和接口。</translation>
        </message>
        <message>
            <source>Legacy iptables (%{family}) filter FORWARD has policy drop: it drops what Byway accepts</source>
            <translation>传统 iptables（%{family}）filter FORWARD 策略为 drop：它会丢弃 Byway 放行的流量</translation>
        </message>
        <message>
            <source>Add an accept for Byway's traffic to the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.</source>
            <translation>请在传统 FORWARD 链中为 Byway 的流量添加 accept（Docker：DOCKER-USER），或删除传统规则。</translation>
        </message>
        <message>
            <source>VPN peers on %{interfaces} use addresses outside every pool: %{addresses} (pools: %{pools})</source>
            <translation>%{interfaces} 上的 VPN 对端使用了不在任何地址池中的地址：%{addresses}（地址池：%{pools}）</translation>
        </message>
        <message>
            <source>Their traffic is dropped on the way to the WAN (counted in the topology) and never masqueraded: the VPN server and Byway disagree about the pool.</source>
            <translation>它们的流量在去往 WAN 时被丢弃（计入拓扑），永远不会被伪装：VPN 服务器与 Byway 对地址池的设定不一致。</translation>
        </message>
        <message>
            <source>Make the VPN server's address pool and Byway's pools the same subnet.</source>
            <translation>请让 VPN 服务器的地址池与 Byway 的地址池使用同一子网。</translation>
        </message>
        <message>
            <source>%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture is off: only the capture can send traffic through a SOCKS5 proxy</source>
            <translation>%{who} 经 SOCKS5 出口 %{exit} 出去，但兼容捕获已关闭：只有捕获才能把流量送进 SOCKS5 代理</translation>
        </message>
        <message>
            <source>Set capture.mode to on, or give %{who} a direct exit.</source>
            <translation>请将 capture.mode 设为 on，或为 %{who} 指定直连出口。</translation>
        </message>
        <message>
            <source>%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture carries IPv4 pools only</source>
            <translation>%{who} 经 SOCKS5 出口 %{exit} 出去，但兼容捕获只承载 IPv4 地址池</translation>
        </message>
        <message>
            <source>Give this IPv6 pool or user a direct exit.</source>
            <translation>请为该 IPv6 地址池或用户指定直连出口。</translation>
        </message>
        <message>
            <source>%{who} leaves through exit %{exit}, which names only a device (%{device}): without a mark or a table nothing steers the traffic there, it would leave by the main route</source>
            <translation>%{who} 经出口 %{exit} 出去，但该出口只指定了设备（%{device}）：没有标记或路由表，流量不会被引到那里，而会走主路由</translation>
        </message>
        <message>
            <source>Give exit %{exit} a table (Byway copies the device's routes into it) or a mark.</source>
            <translation>请为出口 %{exit} 指定路由表（Byway 会把该设备的路由复制进去）或标记。</translation>
        </message>
        <message>
            <source>%{who} leaves through exit %{exit}, which has no mark, table or device: its traffic would leave by the main route</source>
            <translation>%{who} 经出口 %{exit} 出去，但该出口没有标记、路由表或设备：其流量会走主路由</translation>
        </message>
        <message>
            <source>Give exit %{exit} a table or a mark.</source>
            <translation>请为出口 %{exit} 指定路由表或标记。</translation>
        </message>
        <message>
            <source>Deferred: IPv6 comes on by itself once a probe of ipv6.egressTargets passes.</source>
            <translation>已推迟：一旦对 ipv6.egressTargets 的探测通过，IPv6 会自动开启。</translation>
        </message>
        <message>
            <source>IPv6 masquerade of %{source} is held off: the IPv6 egress probe has not passed</source>
            <translation>%{source} 的 IPv6 地址伪装暂缓：IPv6 出口探测尚未通过</translation>
        </message>
        <message>
            <source>IPv6 secondary routing is held off: the IPv6 egress probe has not passed</source>
            <translation>IPv6 次级路由暂缓：IPv6 出口探测尚未通过</translation>
        </message>
        <message>
            <source>nftables is not usable here: no Byway table; the compat capture carries pool traffic</source>
            <translation>此处无法使用 nftables：不创建 Byway 表；由兼容捕获承载地址池流量</translation>
        </message>
        <message>
            <source>Exit %{exit}: no device or WAN interface to route table %{table} through</source>
            <translation>出口 %{exit}：没有可用于路由表 %{table} 的设备或 WAN 接口</translation>
        </message>
        <message>
            <source>nftables: table inet %{table} is gone</source>
            <translation>nftables：表 inet %{table} 已不存在</translation>
        </message>
        <message>
            <source>nftables: table inet %{table} differs: missing %{missing}; not Byway's %{extra}</source>
            <translation>nftables：表 inet %{table} 已改变：缺少 %{missing}；非 Byway 所写 %{extra}</translation>
        </message>
        <message>
            <source>Route or rule missing: %{what}</source>
            <translation>缺少路由或规则：%{what}</translation>
        </message>
        <message>
            <source>Route or rule that Byway no longer wants: %{what}</source>
            <translation>Byway 已不再需要的路由或规则：%{what}</translation>
        </message>
        <message>
            <source>sysctl %{key} is %{now}, Byway set %{want}</source>
            <translation>sysctl %{key} 现为 %{now}，Byway 设置的是 %{want}</translation>
        </message>
        <message>
            <source>Not relevant for role %{role}</source>
            <translation>与 %{role} 角色无关</translation>
        </message>
        <message>
            <source>DNS is redirected for processes whose primary group is %{group}; a process that is only a supplementary member of %{group} is not redirected</source>
            <translation>仅重定向主组为 %{group} 的进程的 DNS；仅以附加组身份属于 %{group} 的进程不会被重定向</translation>
        </message>
        <message>
            <source>Start the WAN-only programs with %{group} as their group (sg %{group} -c …, or Group= in a systemd unit).</source>
            <translation>请以 %{group} 作为所属组启动仅走 WAN 的程序（sg %{group} -c …，或在 systemd 单元中设置 Group=）。</translation>
        </message>
        <message>
            <source>mark %{mark} uses bits outside the routing mark mask %{mask}</source>
            <translation>标记 %{mark} 使用了路由标记掩码 %{mask} 之外的位</translation>
        </message>
        <message>
            <source>bit %{bit} of the routing mark mask is reserved for the compat capture's own sockets</source>
            <translation>路由标记掩码的位 %{bit} 保留给兼容捕获自身的套接字</translation>
        </message>
        <message>
            <source>pool %{subnet} is not covered by any masquerade source (%{sources}): its clients would get addresses that are never masqueraded</source>
            <translation>地址池 %{subnet} 不在任何伪装源（%{sources}）范围内：其客户端获得的地址永远不会被伪装</translation>
        </message>
        <message>
            <source>pool %{subnet} is not covered by any masquerade source (none is set): its clients would get addresses that are never masqueraded</source>
            <translation>地址池 %{subnet} 不在任何伪装源范围内（尚未设置伪装源）：其客户端获得的地址永远不会被伪装</translation>
        </message>
        <message>
            <source>redirecting DNS of a group needs the WAN-only resolver (dns.wanResolver)</source>
            <translation>重定向某个组的 DNS 需要仅限 WAN 的解析器（dns.wanResolver）</translation>
        </message>
        <message>
            <source>A session needs the user name the VPN server authenticated</source>
            <translation>会话需要 VPN 服务器认证过的用户名</translation>
        </message>
        <message>
            <source>Pass the user name (ocserv: USERNAME, pppd: PEERNAME, strongSwan: PLUTO_XAUTH_ID or PLUTO_PEER_ID).</source>
            <translation>请传入用户名（ocserv：USERNAME，pppd：PEERNAME，strongSwan：PLUTO_XAUTH_ID 或 PLUTO_PEER_ID）。</translation>
        </message>
        <message>
            <source>The user name has control characters or is longer than %{max} characters</source>
            <translation>用户名含有控制字符，或长于 %{max} 个字符</translation>
        </message>
        <message>
            <source>%{address} is not an IP address</source>
            <translation>%{address} 不是 IP 地址</translation>
        </message>
        <message>
            <source>%{address} is in no pool (pools: %{pools}): Byway steers only the addresses of its pools</source>
            <translation>%{address} 不在任何地址池中（地址池：%{pools}）：Byway 只引导其地址池中的地址</translation>
        </message>
        <message>
            <source>Add a pool holding the addresses the VPN server hands out.</source>
            <translation>请添加一个包含 VPN 服务器所分配地址的地址池。</translation>
        </message>
        <message>
            <source>%{interface} is not a valid interface name</source>
            <translation>%{interface} 不是有效的接口名</translation>
        </message>
        <message>
            <source>There is no exit named %{exit} (exits: %{exits})</source>
            <translation>没有名为 %{exit} 的出口（出口：%{exits}）</translation>
        </message>
        <message>
            <source>A session lives between 1 and %{max} seconds</source>
            <translation>会话的有效期为 1 到 %{max} 秒</translation>
        </message>
        <message>
            <source>This box does not have %{address} on its LAN ports (%{lan}); they have: %{have}</source>
            <translation>本机的 LAN 端口（%{lan}）上没有 %{address}；它们拥有：%{have}</translation>
        </message>
        <message>
            <source>The clients' gateway would point at an address nobody answers on.</source>
            <translation>客户端的网关将指向一个无人应答的地址。</translation>
        </message>
        <message>
            <source>Pick one of the LAN port's addresses, or add %{address} to it first.</source>
            <translation>请选择 LAN 端口的某个地址，或先把 %{address} 添加到该端口。</translation>
        </message>
        <message>
            <source>Sysctls are writable</source>
            <translation>sysctl 可写</translation>
        </message>
        <message>
            <source>Sysctls are read-only here; the values Byway needs are already set</source>
            <translation>此处 sysctl 为只读；Byway 需要的值已经设置好</translation>
        </message>
        <message>
            <source>Sysctls are read-only here: Byway cannot set %{sysctls}</source>
            <translation>此处 sysctl 为只读：Byway 无法设置 %{sysctls}</translation>
        </message>
        <message>
            <source>A config that needs them (forwarding, the compat capture) is refused before anything changes.</source>
            <translation>需要这些值的配置（转发、兼容捕获）会在任何更改之前被拒绝。</translation>
        </message>
        <message>
            <source>Start the container with %{flags}.</source>
            <translation>启动容器时加上 %{flags}。</translation>
        </message>
        <message>
            <source>%{sysctl} is %{current}, this config needs %{needed}, and sysctls are read-only here (a container): start it with %{flag}</source>
            <translation>%{sysctl} 当前为 %{current}，此配置需要 %{needed}，而此处 sysctl 为只读（容器）：启动容器时加上 %{flag}</translation>
        </message>
        <message>
            <source>Nothing was changed: applying would fail half-way.</source>
            <translation>未做任何更改：应用会在中途失败。</translation>
        </message>
        <message>
            <source>Start the container with %{flag}, or run bywayd where /proc/sys is writable.</source>
            <translation>启动容器时加上 %{flag}，或在 /proc/sys 可写的环境中运行 bywayd。</translation>
        </message>
        <message>
            <source>table %{table} is Byway's own (%{bypass}: the bypass route, %{capture}: the compat capture); pick another</source>
            <translation>路由表 %{table} 为 Byway 自用（%{bypass}：旁路路由，%{capture}：兼容捕获）；请另选一个</translation>
        </message>
        <message>
            <source>No interface matches tunnel pattern %{pattern} now (this box has: %{existing})</source>
            <translation>目前没有接口匹配隧道模式 %{pattern}（本机现有：%{existing}）</translation>
        </message>
        <message>
            <source>Normal while no VPN client is connected: the rules apply to the VPN server's interfaces as they appear. If clients are connected, the pattern does not name their interfaces and their traffic is not handled.</source>
            <translation>没有 VPN 客户端连接时这是正常的：VPN 服务器的接口出现时规则即对其生效。若已有客户端连接，说明该模式没有匹配到它们的接口，它们的流量不会被处理。</translation>
        </message>
        <message>
            <source>Compare the pattern with the VPN server's interface names (ocserv: vpns*, pppd: ppp*, WireGuard: the interface's own name).</source>
            <translation>请将该模式与 VPN 服务器的接口名称对照（ocserv：vpns*，pppd：ppp*，WireGuard：接口自身的名称）。</translation>
        </message>
        <message>
            <source>VPN sessions name exit %{exit}, which this config does not have: %{sessions}</source>
            <translation>有 VPN 会话指定了出口 %{exit}，但此配置中没有该出口：%{sessions}</translation>
        </message>
        <message>
            <source>Their traffic is refused, never sent by the pool's or the main route instead, until the sessions end or the exit is back.</source>
            <translation>在这些会话结束或该出口恢复之前，它们的流量会被拒绝，绝不会改走地址池或主路由。</translation>
        </message>
        <message>
            <source>Keep exit %{exit} in the config, or end those sessions (bywayctl session remove).</source>
            <translation>请在配置中保留出口 %{exit}，或结束这些会话（bywayctl session remove）。</translation>
        </message>
        <message>
            <source>VPN sessions name SOCKS5 exit %{exit}, which needs the compat capture, off for this config: %{sessions}</source>
            <translation>有 VPN 会话指定了 SOCKS5 出口 %{exit}，它需要兼容捕获，而此配置关闭了捕获：%{sessions}</translation>
        </message>
        <message>
            <source>Their traffic is refused, never sent by the pool's or the main route instead, until the capture runs again or the sessions end.</source>
            <translation>在捕获重新运行或这些会话结束之前，它们的流量会被拒绝，绝不会改走地址池或主路由。</translation>
        </message>
        <message>
            <source>Turn the capture on (capture.mode), or end those sessions (bywayctl session remove).</source>
            <translation>请打开捕获（capture.mode），或结束这些会话（bywayctl session remove）。</translation>
        </message>
        <message>
            <source>capture.maxFlows %{flows} is more than bywayd's file limit (%{limit}) can hold sockets for: the compat capture bounds its flows to about %{bound}</source>
            <translation>capture.maxFlows %{flows} 超出了 bywayd 的文件数上限（%{limit}）所能容纳的套接字：兼容捕获会把数据流限制在约 %{bound} 个</translation>
        </message>
        <message>
            <source>Each flow holds a socket; bywayd keeps 1024 files for itself. New flows past the bound are dropped (flow_limit).</source>
            <translation>每个数据流占用一个套接字；bywayd 为自身保留 1024 个文件。超出上限的新数据流会被丢弃（flow_limit）。</translation>
        </message>
        <message>
            <source>Raise bywayd's file limit (LimitNOFILE= in its systemd unit, or the container's nofile ulimit), or lower capture.maxFlows.</source>
            <translation>请提高 bywayd 的文件数上限（其 systemd 单元中的 LimitNOFILE=，或容器的 nofile ulimit），或调低 capture.maxFlows。</translation>
        </message>
        <message>
            <source>The tunnels pattern "%{pattern}" also matches %{interface}, a WAN, LAN or alternate interface: the VPN server's tunnels must be interfaces of their own</source>
            <translation>隧道模式“%{pattern}”也匹配 %{interface}，它是 WAN、LAN 或备用接口：VPN 服务器的隧道必须是独立的接口</translation>
        </message>
        <message>
            <source>Pool %{subnet} holds %{address}, this box's own address on the WAN interface %{interface}</source>
            <translation>地址池 %{subnet} 包含 %{address}，这是本机在 WAN 接口 %{interface} 上的地址</translation>
        </message>
        <message>
            <source>Byway would steer and masquerade the uplink's own addresses as VPN clients'.</source>
            <translation>Byway 会把上行链路自己的地址当作 VPN 客户端的地址来引导和伪装。</translation>
        </message>
        <message>
            <source>Give the pool the subnet the VPN server hands out, one no interface of this box is on.</source>
            <translation>请给地址池填写 VPN 服务器分配的子网，且本机没有任何接口位于该子网。</translation>
        </message>
        <message>
            <source>Pool %{subnet} holds %{address}, this box's address on %{interface}, which no tunnels pattern matches</source>
            <translation>地址池 %{subnet} 包含 %{address}，这是本机在 %{interface} 上的地址，而没有任何隧道模式匹配该接口</translation>
        </message>
        <message>
            <source>If %{interface} is the VPN server's interface, add it to interfaces.tunnels; otherwise give the pool a subnet of its own.</source>
            <translation>如果 %{interface} 是 VPN 服务器的接口，请把它加入 interfaces.tunnels；否则请给地址池一个独立的子网。</translation>
        </message>
        <message>
            <source>Pool %{subnet} overlaps %{network}, the subnet on %{interface}: its clients' addresses would also be that link's</source>
            <translation>地址池 %{subnet} 与 %{interface} 上的子网 %{network} 重叠：其客户端的地址也会属于那条链路</translation>
        </message>
        <message>
            <source>Give the pool a subnet no interface of this box is on.</source>
            <translation>请给地址池一个本机任何接口都不在其中的子网。</translation>
        </message>
        <message>
            <source>%{address} is the network or broadcast address of %{subnet}: no host has it</source>
            <translation>%{address} 是 %{subnet} 的网络地址或广播地址：没有主机使用它</translation>
        </message>
        <message>
            <source>mark %{mark} is also exit %{exit}'s, which leaves by another table or device: a mark selects one route, so one of the two exits would take the other's</source>
            <translation>标记 %{mark} 也是出口 %{exit} 的标记，而它经由另一个路由表或设备出去：一个标记只选一条路由，两个出口中会有一个走另一个的路由</translation>
        </message>
        <message>
            <source>"%{value}" is not a SOCKS5 server's IP address: give the server's unicast IPv4 or IPv6 address (names are not resolved)</source>
            <translation>“%{value}”不是 SOCKS5 服务器的 IP 地址：请填写服务器的单播 IPv4 或 IPv6 地址（不解析域名）</translation>
        </message>
        <message>
            <source>table and device belong to direct exits: a socks5 exit reaches its server by the routes of its mark (or the main table)</source>
            <translation>table 和 device 属于直连出口：socks5 出口按其标记的路由（或主路由表）连接服务器</translation>
        </message>
        <message>
            <source>"%{value}" is reserved: the capture's counters and the topology call the way out of traffic without an exit "main"</source>
            <translation>“%{value}”为保留名称：捕获的计数器和拓扑把未指定出口的流量去向称为“main”</translation>
        </message>
        <message>
            <source>"%{interface}" is already a WAN, LAN or alternate interface</source>
            <translation>“%{interface}”已是 WAN、LAN 或备用接口</translation>
        </message>
        <message>
            <source>"%{interface}" matches "%{pattern}": the capture's TUN is Byway's own device, not a VPN tunnel; name it outside that pattern</source>
            <translation>“%{interface}”匹配“%{pattern}”：捕获的 TUN 是 Byway 自己的设备，不是 VPN 隧道；请取一个不匹配该模式的名称</translation>
        </message>
        <message>
            <source>must be an object {withinSec, checks, wait}</source>
            <translation>必须是对象 {withinSec, checks, wait}</translation>
        </message>
        <message>
            <source>unknown member %{member} (known: %{known})</source>
            <translation>未知成员 %{member}（可用：%{known}）</translation>
        </message>
        <message>
            <source>%{member} is required</source>
            <translation>%{member} 为必填项</translation>
        </message>
        <message>
            <source>%{member} must not be empty</source>
            <translation>%{member} 不能为空</translation>
        </message>
        <message>
            <source>%{member} must be a whole number</source>
            <translation>%{member} 必须是整数</translation>
        </message>
        <message>
            <source>%{member} must be between %{min} and %{max}</source>
            <translation>%{member} 必须在 %{min} 到 %{max} 之间</translation>
        </message>
        <message>
            <source>%{member} must be true or false</source>
            <translation>%{member} 必须是 true 或 false</translation>
        </message>
        <message>
            <source>checks must be a list of checks</source>
            <translation>checks 必须是检查项列表</translation>
        </message>
        <message>
            <source>at most %{max} checks</source>
            <translation>最多 %{max} 项检查</translation>
        </message>
        <message>
            <source>a check must be an object {kind, target, ...}</source>
            <translation>每项检查必须是对象 {kind, target, ...}</translation>
        </message>
        <message>
            <source>"%{value}" is no kind of check: tcp, icmp, dns or reconnect</source>
            <translation>“%{value}”不是检查类型：可用 tcp、icmp、dns 或 reconnect</translation>
        </message>
        <message>
            <source>"%{value}" is not IP:port or [IPv6]:port, e.g. 192.0.2.1:443</source>
            <translation>“%{value}”不是 IP:端口 或 [IPv6]:端口，例如 192.0.2.1:443</translation>
        </message>
        <message>
            <source>"%{value}" is not an IP address (a ping check has no port)</source>
            <translation>“%{value}”不是 IP 地址（ping 检查不带端口）</translation>
        </message>
        <message>
            <source>"%{value}" is not a host name to resolve, e.g. example.org</source>
            <translation>“%{value}”不是可解析的主机名，例如 example.org</translation>
        </message>
        <message>
            <source>"%{value}" is not a DNS server's IP address (IP, IP:port or [IPv6]:port)</source>
            <translation>“%{value}”不是 DNS 服务器的 IP 地址（IP、IP:端口 或 [IPv6]:端口）</translation>
        </message>
        <message>
            <source>%{address} is no one host's address (0.0.0.0 and :: are this box itself, broadcast and multicast no host's): the check would prove nothing</source>
            <translation>%{address} 不是任何一台主机的地址（0.0.0.0 和 :: 指本机自身，广播和组播地址不属于任何主机）：这项检查证明不了任何事</translation>
        </message>
        <message>
            <source>only dns checks have a server</source>
            <translation>只有 dns 检查才有服务器</translation>
        </message>
        <message>
            <source>give exit or fromPool, not both</source>
            <translation>exit 和 fromPool 只能给一个</translation>
        </message>
        <message>
            <source>must name a pool of the config being applied, by name or index (it has %{count} pool(s))</source>
            <translation>必须按名称或序号指定要应用的配置中的地址池（该配置有 %{count} 个地址池）</translation>
        </message>
        <message>
            <source>another check is already named "%{name}"; give each a name of its own</source>
            <translation>已有另一项检查名为“%{name}”；请为每项检查取不同的名称</translation>
        </message>
        <message>
            <source>exit %{exit} is not in the config being applied (exits: %{exits})</source>
            <translation>出口 %{exit} 不在要应用的配置中（出口：%{exits}）</translation>
        </message>
        <message>
            <source>exit %{exit} is a socks5 exit: checks through it are not supported</source>
            <translation>出口 %{exit} 是 socks5 出口：不支持经由它的检查</translation>
        </message>
        <message>
            <source>exit %{exit} has neither a mark nor a device: a probe's socket cannot take its route (give the exit a mark)</source>
            <translation>出口 %{exit} 既没有标记也没有设备：探测的套接字无法走它的路由（请给该出口设置标记）</translation>
        </message>
        <message>
            <source>a reconnect check needs bywayd's remote listener (bywayd --remote-listen ADDR:PORT): without it no remote client can reconnect</source>
            <translation>重新连接检查需要 bywayd 的远程监听（bywayd --remote-listen 地址:端口）：没有它，远程客户端无法重新连接</translation>
        </message>
        <message>
            <source>"%{value}" is not IP, IP:port or [IPv6]:port</source>
            <translation>“%{value}”不是 IP、IP:端口 或 [IPv6]:端口</translation>
        </message>
        <message>
            <source>the config being applied gives this box no address of its own to move to (bypass.address, of the bypass-router and secondary-router roles)</source>
            <translation>要应用的配置没有给本机可迁移到的自有地址（bypass.address，属于旁路由和次级路由角色）</translation>
        </message>
        <message>
            <source>%{address} is not this box's address in the config being applied (bypass.address is %{own})</source>
            <translation>%{address} 不是要应用的配置中本机的地址（bypass.address 为 %{own}）</translation>
        </message>
        <message>
            <source>the remote listener accepts only on %{listener}: run bywayd with --remote-listen on a wildcard ([::]:%{port}) or on %{address}</source>
            <translation>远程监听只在 %{listener} 上接受连接：请让 bywayd 以 --remote-listen 监听通配地址（[::]:%{port}）或 %{address}</translation>
        </message>
        <message>
            <source>the remote listener's port is %{port}, not %{given}</source>
            <translation>远程监听的端口是 %{port}，不是 %{given}</translation>
        </message>
        <message>
            <source>%{subnet} is no range of client addresses: loopback, link-local, multicast and ranges from 0.0.0.0 or :: are never routed to VPN clients</source>
            <translation>%{subnet} 不是客户端地址范围：环回、链路本地、组播以及从 0.0.0.0 或 :: 开始的范围永远不会路由给 VPN 客户端</translation>
        </message>
        <message>
            <source>%{value} is this box itself or no one host out there (loopback, ::, multicast or link-local): a probe of it proves no IPv6 egress</source>
            <translation>%{value} 是本机自身或不是外部的某一台主机（环回、::、组播或链路本地地址）：探测它证明不了 IPv6 出口</translation>
        </message>
        <message>
            <source>%{value} is no resolver's address (0.0.0.0, ::, broadcast or multicast)</source>
            <translation>%{value} 不是解析器的地址（0.0.0.0、::、广播或组播）</translation>
        </message>
        <message>
            <source>IPv6 stays off: it comes on once a probe of ipv6.egressTargets passes, and there are none to probe</source>
            <translation>IPv6 保持关闭：它在 ipv6.egressTargets 的探测通过后才会开启，而目前没有可探测的目标</translation>
        </message>
        <message>
            <source>Add an IPv6 address and port this box should reach, e.g. [2001:4860:4860::8888]:443.</source>
            <translation>添加一个本机应能访问的 IPv6 地址和端口，例如 [2001:4860:4860::8888]:443。</translation>
        </message>
        <message>
            <source>%{device} is no way out of this box: lo delivers to the box itself and the compat capture's TUN hands traffic back to the capture</source>
            <translation>%{device} 不是离开本机的出口：lo 投递给本机自身，兼容捕获的 TUN 会把流量交回捕获</translation>
        </message>
        <message>
            <source>%{value} is an IPv6 link-local address, which is reached only through an interface the exit cannot name: give the SOCKS5 server's global or unique local address</source>
            <translation>%{value} 是 IPv6 链路本地地址，只能经由某个接口到达，而出口无法指定该接口：请填写 SOCKS5 服务器的全局地址或唯一本地地址</translation>
        </message>
        <message>
            <source>the stored config is not usable (status: config.problem); bywayd left the kernel as it was and changes nothing until a valid config is applied</source>
            <translation>存储的配置无法使用（见 status: config.problem）；bywayd 保持内核原样，在应用有效配置之前不做任何更改</translation>
        </message>
        <message>
            <source>bypass.dhcp says this box is the LAN's DHCP server, but nothing on it listens on UDP port 67: Byway serves no DHCP itself, so clients get no lease from this box</source>
            <translation>bypass.dhcp 表示本机是局域网的 DHCP 服务器，但本机上没有任何程序监听 UDP 67 端口：Byway 自身不提供 DHCP，因此客户端从本机得不到租约</translation>
        </message>
        <message>
            <source>Run a DHCP server on the LAN port (dnsmasq, kea) that gives this box's address as the gateway, or set dhcp to main if the main router hands out leases.</source>
            <translation>在局域网端口上运行一个 DHCP 服务器（dnsmasq、kea），把本机地址作为网关下发；如果由主路由器分配租约，请把 dhcp 设为 main。</translation>
        </message>
        <message>
            <source>bypass.dhcp is %{dhcp}, but a DHCP server or relay listens on UDP port 67 on this box: if it serves the LAN, clients get leases from two servers that disagree</source>
            <translation>bypass.dhcp 为 %{dhcp}，但本机上有 DHCP 服务器或中继在监听 UDP 67 端口：如果它服务于局域网，客户端会从两个不一致的服务器获得租约</translation>
        </message>
        <message>
            <source>Stop the DHCP server on this box's LAN port, or set dhcp to side if this box is the LAN's one DHCP server (then turn the main router's off).</source>
            <translation>停止本机局域网端口上的 DHCP 服务器；如果本机就是局域网唯一的 DHCP 服务器，请把 dhcp 设为 side（并关闭主路由器的 DHCP）。</translation>
        </message>
        <message>
            <source>capture.mode is on, but no IPv4 pool sends traffic into the compat capture (it takes the IPv4 pools' traffic only): it is not started</source>
            <translation>capture.mode 为 on，但没有任何 IPv4 地址池把流量送入兼容捕获（它只接收 IPv4 地址池的流量）：捕获不会启动</translation>
        </message>
        <message>
            <source>Add the VPN server's IPv4 pool, or set capture.mode to auto or off.</source>
            <translation>添加 VPN 服务器的 IPv4 地址池，或把 capture.mode 设为 auto 或 off。</translation>
        </message>
        <message>
            <source>The compat capture carries IPv4 only: pool %{pool} (%{subnet}) is not captured, its traffic takes the kernel's path as without the capture</source>
            <translation>兼容捕获只承载 IPv4：地址池 %{pool}（%{subnet}）不会被捕获，其流量像没有捕获时一样走内核路径</translation>
        </message>
        <message>
            <source>The main router %{mainRouter} is on none of the WAN ports' subnets (%{wan} has %{have}): a secondary router reaches the main router through its WAN</source>
            <translation>主路由器 %{mainRouter} 不在任何 WAN 端口的子网中（%{wan} 的地址：%{have}）：二级路由器经由其 WAN 到达主路由器</translation>
        </message>
        <message>
            <source>Give the main router's address on the network the WAN port is plugged into.</source>
            <translation>填写主路由器在 WAN 端口所接网络中的地址。</translation>
        </message>
        <message>
            <source>dns.wanResolver is used only by the DNS redirect of dns.redirectGroup, which is not set: nothing is sent to it</source>
            <translation>dns.wanResolver 只被 dns.redirectGroup 的 DNS 重定向使用，而后者未设置：不会有任何查询发往它</translation>
        </message>
        <message>
            <source>Set dns.redirectGroup (role wan-separated), or remove dns.wanResolver.</source>
            <translation>设置 dns.redirectGroup（角色 wan-separated），或删除 dns.wanResolver。</translation>
        </message>
        <message>
            <source>Nothing on this box listens on UDP port %{port}: the DNS queries of group %{group}'s processes are redirected there and get no answer</source>
            <translation>本机上没有任何程序监听 UDP 端口 %{port}：组 %{group} 的进程的 DNS 查询会被重定向到那里，得不到应答</translation>
        </message>
        <message>
            <source>Start the WAN-only resolver on that port first (Byway runs none), or name the port it listens on.</source>
            <translation>先在该端口上启动仅走 WAN 的解析器（Byway 不自带解析器），或填写它实际监听的端口。</translation>
        </message>
        <message>
            <source>%{who} leave by exit "%{exit}" through %{device} with their own addresses: no nat.masquerade covers them there</source>
            <translation>%{who} 经出口“%{exit}”从 %{device} 离开时带着自己的地址：那里没有 nat.masquerade 覆盖它们</translation>
        </message>
        <message>
            <source>A VPN provider's end, or any network past %{device} that does not route them back to this box, drops their traffic.</source>
            <translation>VPN 服务商的一端，或 %{device} 之后任何不把它们路由回本机的网络，都会丢弃这些流量。</translation>
        </message>
        <message>
            <source>"%{interface}" is neither one of the WAN interfaces (%{wan}) nor an exit's device</source>
            <translation>“%{interface}”既不是 WAN 接口之一（%{wan}），也不是某个出口的设备</translation>
        </message>
        <message>
            <source>"%{interface}" is neither a WAN interface (none is set) nor an exit's device</source>
            <translation>“%{interface}”既不是 WAN 接口（尚未设置任何 WAN 接口），也不是某个出口的设备</translation>
        </message>
        <message>
            <source>Add a nat.masquerade entry with source %{source} and out %{device}, unless the far end routes them back.</source>
            <translation>添加一条 nat.masquerade：source 为 %{source}，out 为 %{device}，除非对端会把它们路由回来。</translation>
        </message>
        <message>
            <source>Pool %{pool} (%{subnet}) is not on the LAN: its traffic reaches the main router %{mainRouter} with its own addresses (a bypass router does not masquerade)</source>
            <translation>池 %{pool}（%{subnet}）不在 LAN 上：它的流量带着自己的地址到达主路由器 %{mainRouter}（旁路由不做地址伪装）</translation>
        </message>
        <message>
            <source>The main router sends the replies back only if it routes %{subnet} to this box; otherwise they leave by its WAN and are lost.</source>
            <translation>只有主路由器把 %{subnet} 路由到本机时，回复才会回来；否则回复会从它的 WAN 发出并丢失。</translation>
        </message>
        <message>
            <source>Add a route for %{subnet} via %{address} on the main router, or give the pool an exit (masqueraded there).</source>
            <translation>在主路由器上添加一条经 %{address} 到 %{subnet} 的路由，或给这个池设置一个出口（并在那里做地址伪装）。</translation>
        </message>
        <message>
            <source>%{address} is on %{port}, but a bypass router reaches the main router out of its primary LAN, the first of interfaces.lan (%{primary})</source>
            <translation>%{address} 在 %{port} 上，但旁路由经由主 LAN（interfaces.lan 的第一个端口 %{primary}）到达主路由器</translation>
        </message>
        <message>
            <source>The clients' traffic for the main router would leave by %{primary}, where the main router is not.</source>
            <translation>客户端发往主路由器的流量会从 %{primary} 离开，而主路由器不在那里。</translation>
        </message>
        <message>
            <source>List %{port} first in interfaces.lan.</source>
            <translation>在 interfaces.lan 中把 %{port} 列在第一位。</translation>
        </message>
        <message>
            <source>table %{table} is also exit %{exit}'s, which leaves by another device: a table holds one way out, so one of the two exits would take the other's</source>
            <translation>路由表 %{table} 也属于出口 %{exit}，而它经另一个设备离开：一个路由表只有一条出路，两个出口之一会走另一个的路</translation>
        </message>
        <message>
            <source>a bypass router sends its clients' IPv4 to the main router: this box's address on the LAN must be IPv4 (IPv6 clients reach the main router directly, or through bypass.ipv6Secondary)</source>
            <translation>旁路由把客户端的 IPv4 流量发往主路由器：本机在 LAN 上的地址必须是 IPv4（IPv6 客户端直接访问主路由器，或经由 bypass.ipv6Secondary）</translation>
        </message>
        <message>
            <source>Exit %{exit}: the main table has no default route via %{device} to copy into table %{table}; what the table does not route is refused</source>
            <translation>出口 %{exit}：主路由表中没有经 %{device} 的默认路由可复制到路由表 %{table}；该表不路由的流量将被拒绝</translation>
        </message>
        <message>
            <source>Exit %{exit}: %{device} is missing or down; its traffic is refused (table %{table} unreachable) until the device is up</source>
            <translation>出口 %{exit}：%{device} 不存在或已停用；在设备启用之前，其流量将被拒绝（路由表 %{table} 不可达）</translation>
        </message>
        <message>
            <source>Exit %{exit}: the main table has no IPv6 default route via %{device}; IPv6 traffic through the exit is refused (table %{table})</source>
            <translation>出口 %{exit}：主路由表中没有经 %{device} 的 IPv6 默认路由；经此出口的 IPv6 流量将被拒绝（路由表 %{table}）</translation>
        </message>
        <message>
            <source>Exit %{exit}: %{device} is a link that resolves its next hops (Ethernet-like), and the main table has no IPv4 default route through it to copy into table %{table}</source>
            <translation>出口 %{exit}：%{device} 是需要解析下一跳的链路（类似以太网），而主路由表中没有经它的 IPv4 默认路由可复制到路由表 %{table}</translation>
        </message>
        <message>
            <source>Byway would route the exit as "default dev %{device}": the box then asks (ARP) for every destination on that link, and only a router doing proxy ARP answers.</source>
            <translation>Byway 会把该出口路由为“default dev %{device}”：本机会在该链路上为每个目的地址发 ARP 询问，只有做代理 ARP 的路由器才会应答。</translation>
        </message>
        <message>
            <source>Add a default route via the next router on %{device} to the main table (a high metric keeps it out of the box's own way), or use a point-to-point tunnel.</source>
            <translation>在主路由表中添加一条经 %{device} 上下一跳路由器的默认路由（较高的 metric 可使本机自身流量不走它），或改用点对点隧道。</translation>
        </message>
        <message>
            <source>table %{table} is used by another program (%{owner}); move Byway's tables (%{first}-%{last}) elsewhere</source>
            <translation>路由表 %{table} 已被其他程序（%{owner}）使用；请把 Byway 的路由表（%{first}-%{last}）移到别处</translation>
        </message>
        <message>
            <source>table %{table} is used by another program (%{owner}): Byway would fill it with its own routes</source>
            <translation>路由表 %{table} 已被其他程序（%{owner}）使用：Byway 会用自己的路由填充它</translation>
        </message>
        <message>
            <source>rule priority %{priority} is used by another program (%{owner}); move Byway's rules (from %{base}) elsewhere</source>
            <translation>规则优先级 %{priority} 已被其他程序（%{owner}）使用；请把 Byway 的规则（从 %{base} 起）移到别处</translation>
        </message>
        <message>
            <source>mark %{mark} of another program (%{owner}, %{source}) uses bits of Byway's mask %{mask}; choose a mask it does not touch</source>
            <translation>其他程序（%{owner}，%{source}）的标记 %{mark} 用到了 Byway 掩码 %{mask} 的位；请选择它不触及的掩码</translation>
        </message>
        <message>
            <source>Table %{table} of exit %{exit} holds %{count} route(s) Byway did not write: %{routes}</source>
            <translation>出口 %{exit} 的路由表 %{table} 中有 %{count} 条不是 Byway 写入的路由：%{routes}</translation>
        </message>
        <message>
            <source>Byway fills the exit's table itself: traffic for those destinations leaves as they say, not by the exit, and a default route there makes the apply fail.</source>
            <translation>出口的路由表由 Byway 自己填写：去往这些目的地的流量会按这些路由离开，而不走出口；其中若有默认路由，应用会失败。</translation>
        </message>
        <message>
            <source>Remove them, or give the exit a table no other program uses.</source>
            <translation>删除这些路由，或给出口换一个其他程序不使用的路由表。</translation>
        </message>
        <message>
            <source>%{mainRouter} is this box's own address on %{wan}, or the network or broadcast address of %{subnet}: not the main router</source>
            <translation>%{mainRouter} 是本机在 %{wan} 上的地址，或是 %{subnet} 的网络地址或广播地址：不是主路由器</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <extracomment>Page title</extracomment>
            <translation>概览</translation>
        </message>
        <message>
            <source>Mode</source>
            <extracomment>Card title: the box's operating mode</extracomment>
            <translation>模式</translation>
        </message>
        <message>
            <source>Helper</source>
            <extracomment>Card title: the privileged helper process</extracomment>
            <translation>守护进程</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Running for</source>
            <translation>已运行</translation>
        </message>
        <message>
            <source>Access</source>
            <extracomment>What the current user may do</extracomment>
            <translation>访问权限</translation>
        </message>
        <message>
            <source>Configuration</source>
            <extracomment>Card title: the stored configuration</extracomment>
            <translation>配置</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>The box's configured role (gateway, bypass router...)</extracomment>
            <translation>角色</translation>
        </message>
        <message>
            <source>Revision</source>
            <extracomment>Configuration revision number</extracomment>
            <translation>修订版本</translation>
        </message>
        <message>
            <source>Source</source>
            <extracomment>Where the running configuration was loaded from</extracomment>
            <translation>来源</translation>
        </message>
        <message>
            <source>Probe results</source>
            <extracomment>Section title: results of the system probe</extracomment>
            <translation>探测结果</translation>
        </message>
        <message>
            <source>Probing…</source>
            <translation>正在探测…</translation>
        </message>
        <message>
            <source>Run probe</source>
            <translation>运行探测</translation>
        </message>
        <message>
            <source>No probe results yet.</source>
            <translation>暂无探测结果。</translation>
        </message>
        <message numerus="yes">
            <source>%n passed</source>
            <extracomment>Probe tally: number of checks that passed</extracomment>
            <translation>
                <numerusform>%n 项通过</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <extracomment>Probe tally: number of checks with a warning</extracomment>
            <translation>
                <numerusform>%n 项警告</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <extracomment>Probe tally: number of checks that failed</extracomment>
            <translation>
                <numerusform>%n 项失败</numerusform>
            </translation>
        </message>
        <message>
            <source>No config file at %1 yet; nothing is changed in the kernel until one is saved.</source>
            <translation>%1 处尚无配置文件；在保存配置之前，不会对内核做任何更改。</translation>
        </message>
        <message>
            <source>Findings</source>
            <extracomment>Overview: bywayd's findings about the configuration on this box</extracomment>
            <translation>检查结果</translation>
        </message>
        <message numerus="yes">
            <source>%n listed below</source>
            <extracomment>Overview: how many findings are listed further down the page</extracomment>
            <translation>
                <numerusform>%n 项，见下方</numerusform>
            </translation>
        </message>
        <message>
            <source>The configuration on this box</source>
            <extracomment>Section title on the Overview: bywayd's findings about the applied configuration on this box</extracomment>
            <translation>本机上的配置</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>转到</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <source>No Byway rule sees this traffic, so it has no counters.</source>
            <extracomment>Topology: a path no Byway rule counts</extracomment>
            <translation>没有 Byway 规则经过此流量，因此没有计数。</translation>
        </message>
        <message>
            <source>Through the compat capture, exit %1</source>
            <extracomment>Topology: a path counted by the compat capture, %1 is the exit's name ("main" = the main routing table)</extracomment>
            <translation>经兼容捕获，出口 %1</translation>
        </message>
        <message>
            <source>main table</source>
            <translation>主路由表</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>Plan</source>
            <extracomment>Card title: what applying would change</extracomment>
            <translation>计划</translation>
        </message>
        <message>
            <source>No changes: applying would make zero kernel writes.</source>
            <translation>无更改：应用时不会写入内核。</translation>
        </message>
        <message numerus="yes">
            <source>nftables: %1, %n rule(s)</source>
            <extracomment>Plan summary: %1 = create/replace/remove/none (nftables action), %2 = rule count</extracomment>
            <translation>
                <numerusform>nftables：%1，%n 条规则</numerusform>
            </translation>
        </message>
        <message>
            <source>nftables rules</source>
            <extracomment>Plan group: rules and chains of Byway's nftables table</extracomment>
            <translation>nftables 规则</translation>
        </message>
        <message>
            <source>Routing rules</source>
            <extracomment>Plan group: policy routing rules (ip rule)</extracomment>
            <translation>路由规则</translation>
        </message>
        <message>
            <source>Routes</source>
            <extracomment>Plan group: routes (ip route)</extracomment>
            <translation>路由</translation>
        </message>
        <message>
            <source>Addresses</source>
            <extracomment>Plan group: interface addresses</extracomment>
            <translation>地址</translation>
        </message>
        <message>
            <source>Kernel settings (sysctl)</source>
            <extracomment>Plan group: kernel settings under /proc/sys</extracomment>
            <translation>内核设置（sysctl）</translation>
        </message>
        <message>
            <source>%1: +%2 −%3</source>
            <extracomment>Plan group heading: %1 = group name, %2 = lines added, %3 = lines removed</extracomment>
            <translation>%1：+%2 −%3</translation>
        </message>
        <message>
            <source>Too many lines to list; the commands below have all of them.</source>
            <extracomment>Plan: a change too long to list line by line</extracomment>
            <translation>行数太多无法逐条列出；下方命令包含全部内容。</translation>
        </message>
        <message>
            <source>Equivalent commands</source>
            <extracomment>Plan: shows the commands an admin could run by hand to the same effect (read only, never run)</extracomment>
            <translation>等效命令</translation>
        </message>
    </context>
    <context>
        <name>PoolEditor</name>
        <message>
            <source>Remove pool</source>
            <translation>删除地址池</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>Page title</extracomment>
            <translation>设置</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Appearance</source>
            <extracomment>Settings section: colours of the interface</extracomment>
            <translation>外观</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>深色主题</translation>
        </message>
        <message>
            <source>Helper connection</source>
            <extracomment>Settings section: connection to the privileged helper</extracomment>
            <translation>守护进程连接</translation>
        </message>
        <message>
            <source>Socket path</source>
            <extracomment>Label of the socket path field</extracomment>
            <translation>套接字路径</translation>
        </message>
        <message>
            <source>Connect</source>
            <extracomment>Connect to the helper at the socket path entered</extracomment>
            <translation>连接</translation>
        </message>
        <message>
            <source>The default is /run/byway/bywayd.sock. Reading needs the group byway-view; changing settings needs byway.</source>
            <translation>默认路径为 /run/byway/bywayd.sock。查看需要 byway-view 组，修改设置需要 byway 组。</translation>
        </message>
        <message>
            <source>About</source>
            <extracomment>Settings section: version information</extracomment>
            <translation>关于</translation>
        </message>
        <message>
            <source>bywayd version</source>
            <translation>bywayd 版本</translation>
        </message>
        <message>
            <source>Config file</source>
            <translation>配置文件</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>详细信息：%1</translation>
        </message>
    </context>
    <context>
        <name>SetupFlow</name>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <translation>接口</translation>
        </message>
        <message>
            <source>Addresses</source>
            <extracomment>Setup step: addresses, main router, pools</extracomment>
            <translation>地址</translation>
        </message>
        <message>
            <source>Exits and pools</source>
            <extracomment>Setup step: exits and pools</extracomment>
            <translation>出口和地址池</translation>
        </message>
        <message>
            <source>Review</source>
            <extracomment>Setup step: check what was entered</extracomment>
            <translation>检查</translation>
        </message>
        <message>
            <source>Plan and apply</source>
            <extracomment>Setup step: plan and apply</extracomment>
            <translation>计划并应用</translation>
        </message>
        <message>
            <source>Guided setup · step %1 of %2: %3</source>
            <extracomment>Guided setup title: %1 = step number, %2 = step count, %3 = step name</extracomment>
            <translation>引导设置 · 第 %1 步，共 %2 步：%3</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>Closes the guided setup (the edits stay in the Configuration page)</extracomment>
            <translation>关闭</translation>
        </message>
        <message>
            <source>This box's interfaces, as bywayd sees them now: tap to choose.</source>
            <extracomment>Setup: above the interface pickers</extracomment>
            <translation>bywayd 当前看到的本机接口：点击选择。</translation>
        </message>
        <message>
            <source>bywayd has not listed this box's interfaces; type their names.</source>
            <extracomment>Setup: bywayd did not list the interfaces (older bywayd, not connected)</extracomment>
            <translation>bywayd 未列出本机接口；请输入接口名称。</translation>
        </message>
        <message>
            <source>The VPN server creates these as clients connect: a name, or a prefix with *.</source>
            <translation>客户端连接时由 VPN 服务器创建：填写名称，或带 * 的前缀。</translation>
        </message>
        <message>
            <source>Detected: %1 (default route via %2).</source>
            <extracomment>Setup: the main router found in the main routing table; %1 address, %2 interface</extracomment>
            <translation>已检测到：%1（默认路由经由 %2）。</translation>
        </message>
        <message>
            <source>No default route on this box: type the main router's address.</source>
            <translation>本机没有默认路由：请输入主路由器的地址。</translation>
        </message>
        <message>
            <source>One of the addresses %1 has: %2</source>
            <extracomment>Setup: %1 = LAN interface names, %2 = their addresses</extracomment>
            <translation>%1 拥有的地址之一：%2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Choose the LAN port first.</source>
            <translation>请先选择 LAN 端口。</translation>
        </message>
        <message>
            <source>Main router</source>
            <translation>主路由器</translation>
        </message>
        <message>
            <source>This box</source>
            <translation>本机</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Exits defined: %1. Add or change exits on the Configuration page.</source>
            <extracomment>Setup: %1 lists the exits the configuration defines</extracomment>
            <translation>已定义的出口：%1。请在“配置”页面添加或修改出口。</translation>
        </message>
        <message>
            <source>No exits defined: traffic leaves by the main routing table. Add exits on the Configuration page.</source>
            <translation>未定义出口：流量经主路由表离开。请在“配置”页面添加出口。</translation>
        </message>
        <message>
            <source>Exit of pool %1</source>
            <extracomment>Setup: a pool's exit; %1 = pool name</extracomment>
            <translation>地址池 %1 的出口</translation>
        </message>
        <message>
            <source>This role uses no pools or exits.</source>
            <extracomment>Setup: the selected role uses neither pools nor exits</extracomment>
            <translation>此角色不使用地址池或出口。</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>正在检查…</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before applying</source>
            <translation>
                <numerusform>应用前需修正 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>bywayd accepts this configuration.</source>
            <extracomment>Setup review: bywayd accepts the configuration</extracomment>
            <translation>bywayd 接受此配置。</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>转到</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>正在生成计划…</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <extracomment>Guided setup: next step</extracomment>
            <translation>下一步</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Appliance: %1</source>
            <extracomment>Sidebar: the remote appliance in use</extracomment>
            <translation>设备：%1</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>Standard</source>
            <extracomment>Operating mode badge: full nftables path available</extracomment>
            <translation>标准</translation>
        </message>
        <message>
            <source>Compat</source>
            <extracomment>Operating mode badge: traffic captured in user space (TUN/AF_PACKET)</extracomment>
            <translation>兼容</translation>
        </message>
        <message>
            <source>Limited</source>
            <extracomment>Operating mode badge: important features unavailable</extracomment>
            <translation>受限</translation>
        </message>
        <message>
            <source>Unknown</source>
            <extracomment>Operating mode badge: not known yet (no helper or no probe)</extracomment>
            <translation>未知</translation>
        </message>
        <message>
            <source>The kernel offers everything Byway needs; traffic is handled by nftables and policy routing.</source>
            <translation>内核提供了 Byway 所需的全部功能；流量由 nftables 和策略路由处理。</translation>
        </message>
        <message>
            <source>Part of the kernel path is unusable here; Byway captures traffic in user space instead.</source>
            <translation>此系统上部分内核路径不可用；Byway 改为在用户空间捕获流量。</translation>
        </message>
        <message>
            <source>Some features cannot work on this system. The findings below say why and how to fix it.</source>
            <translation>部分功能在此系统上无法工作。下方的探测结果说明了原因和解决方法。</translation>
        </message>
        <message>
            <source>The mode is known once bywayd has probed this system.</source>
            <translation>bywayd 探测此系统后即可确定模式。</translation>
        </message>
        <message>
            <source>OK</source>
            <extracomment>Probe finding status</extracomment>
            <translation>正常</translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Probe finding status</extracomment>
            <translation>警告</translation>
        </message>
        <message>
            <source>Failed</source>
            <extracomment>Probe finding status</extracomment>
            <translation>失败</translation>
        </message>
        <message>
            <source>Skipped</source>
            <extracomment>Probe finding status: the check did not run</extracomment>
            <translation>已跳过</translation>
        </message>
        <message>
            <source>Not configured</source>
            <extracomment>Config role: nothing configured yet</extracomment>
            <translation>未配置</translation>
        </message>
        <message>
            <source>VPN gateway</source>
            <translation>VPN 网关</translation>
        </message>
        <message>
            <source>Bypass router</source>
            <extracomment>Config role: side router beside the main router</extracomment>
            <translation>旁路由</translation>
        </message>
        <message>
            <source>Secondary router</source>
            <translation>二级路由</translation>
        </message>
        <message>
            <source>WAN separation</source>
            <extracomment>Config role: WAN and mesh traffic kept in separate routing tables</extracomment>
            <translation>WAN 分离</translation>
        </message>
        <message>
            <source>Config file</source>
            <extracomment>Where the running config came from</extracomment>
            <translation>配置文件</translation>
        </message>
        <message>
            <source>Last good copy</source>
            <extracomment>Where the running config came from: the saved copy after a bad file</extracomment>
            <translation>上次可用的副本</translation>
        </message>
        <message>
            <source>Built-in defaults</source>
            <extracomment>Where the running config came from</extracomment>
            <translation>内置默认配置</translation>
        </message>
        <message>
            <source>Administrator (may change settings)</source>
            <extracomment>What this user may do with bywayd</extracomment>
            <translation>管理员（可修改设置）</translation>
        </message>
        <message>
            <source>Read-only</source>
            <extracomment>What this user may do with bywayd</extracomment>
            <translation>只读</translation>
        </message>
        <message>
            <source>Connected to bywayd</source>
            <translation>已连接到 bywayd</translation>
        </message>
        <message>
            <source>Connecting to bywayd…</source>
            <translation>正在连接 bywayd…</translation>
        </message>
        <message>
            <source>bywayd refused this user</source>
            <translation>bywayd 拒绝了此用户</translation>
        </message>
        <message>
            <source>Not connected to bywayd</source>
            <translation>未连接到 bywayd</translation>
        </message>
        <message>
            <source>bywayd could not read the request.</source>
            <translation>bywayd 无法解析该请求。</translation>
        </message>
        <message>
            <source>bywayd rejected a malformed request.</source>
            <translation>bywayd 拒绝了格式错误的请求。</translation>
        </message>
        <message>
            <source>This bywayd does not offer that function; it may be older than the GUI.</source>
            <translation>此 bywayd 不提供该功能，其版本可能比图形界面旧。</translation>
        </message>
        <message>
            <source>A parameter was missing or invalid.</source>
            <translation>参数缺失或无效。</translation>
        </message>
        <message>
            <source>bywayd hit an internal error.</source>
            <translation>bywayd 发生内部错误。</translation>
        </message>
        <message>
            <source>The message was larger than the 1 MiB limit.</source>
            <translation>消息超过了 1 MiB 的上限。</translation>
        </message>
        <message>
            <source>Permission denied: join the group byway-view to read or byway to change settings.</source>
            <translation>权限被拒绝：加入 byway-view 组可查看，加入 byway 组可修改设置。</translation>
        </message>
        <message>
            <source>The configuration has errors.</source>
            <translation>配置有错误。</translation>
        </message>
        <message>
            <source>bywayd could not read or write the configuration file.</source>
            <translation>bywayd 无法读取或写入配置文件。</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>未找到。</translation>
        </message>
        <message>
            <source>bywayd is busy with another change; try again shortly.</source>
            <translation>bywayd 正在处理另一项更改，请稍后重试。</translation>
        </message>
        <message>
            <source>bywayd is not running or its socket is missing.</source>
            <translation>bywayd 未运行，或其套接字不存在。</translation>
        </message>
        <message>
            <source>bywayd did not answer in time.</source>
            <translation>bywayd 未及时响应。</translation>
        </message>
        <message>
            <source>bywayd speaks a different protocol version.</source>
            <translation>bywayd 使用的协议版本不同。</translation>
        </message>
        <message>
            <source>The kernel refused the change.</source>
            <translation>内核拒绝了此更改。</translation>
        </message>
        <message>
            <source>The configuration was changed by someone else in the meantime.</source>
            <translation>配置在此期间已被他人修改。</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>错误：%1</translation>
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Log level</extracomment>
            <translation>调试</translation>
        </message>
        <message>
            <source>Info</source>
            <extracomment>Log level</extracomment>
            <translation>信息</translation>
        </message>
        <message>
            <source>Warning</source>
            <comment>log level</comment>
            <extracomment>Log level</extracomment>
            <translation>警告</translation>
        </message>
        <message>
            <source>Error</source>
            <extracomment>Log level</extracomment>
            <translation>错误</translation>
        </message>
        <message>
            <source>Critical</source>
            <extracomment>Log level</extracomment>
            <translation>严重</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n 秒</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n 分钟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n 小时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Internet</source>
            <extracomment>Topology node kind</extracomment>
            <translation>互联网</translation>
        </message>
        <message>
            <source>Main router</source>
            <extracomment>Topology node kind: the router that owns the WAN</extracomment>
            <translation>主路由器</translation>
        </message>
        <message>
            <source>This box</source>
            <extracomment>Topology node kind: the box Byway runs on</extracomment>
            <translation>本机</translation>
        </message>
        <message>
            <source>LAN bridge</source>
            <extracomment>Topology node kind: LAN port or bridge</extracomment>
            <translation>LAN 网桥</translation>
        </message>
        <message>
            <source>Alternate bridge</source>
            <extracomment>Topology node kind: the alternate bridge/port of a bypass router</extracomment>
            <translation>备用网桥</translation>
        </message>
        <message>
            <source>Clients</source>
            <extracomment>Topology node kind: the LAN's client devices</extracomment>
            <translation>客户端</translation>
        </message>
        <message>
            <source>VPN pool</source>
            <extracomment>Topology node kind: VPN address pool</extracomment>
            <translation>VPN 地址池</translation>
        </message>
        <message>
            <source>Exit</source>
            <extracomment>Topology node kind: where traffic leaves (direct table/mark or SOCKS5)</extracomment>
            <translation>出口</translation>
        </message>
        <message>
            <source>Upstream</source>
            <extracomment>Topology path: traffic towards the internet</extracomment>
            <translation>上行</translation>
        </message>
        <message>
            <source>Return</source>
            <extracomment>Topology path: replies back to the clients</extracomment>
            <translation>回程</translation>
        </message>
        <message>
            <source>%1/s</source>
            <extracomment>Transfer rate, %1 is a size such as "1.2 kB"</extracomment>
            <translation>%1/秒</translation>
        </message>
        <message numerus="yes">
            <source>%n packet(s)</source>
            <extracomment>Topology path counters: packets, bytes and current rate</extracomment>
            <translation>
                <numerusform>%n 个数据包</numerusform>
            </translation>
        </message>
        <message>
            <source>Replies go from the main router straight to the clients and skip this box (asymmetric routing; rp_filter is loose).</source>
            <extracomment>Topology: the return path of a bypass router</extracomment>
            <translation>回复由主路由器直接发往客户端，不经过本机（非对称路由；rp_filter 为宽松模式）。</translation>
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port.</source>
            <translation>IPv6 作为备用端口上的次要路由。</translation>
        </message>
        <message>
            <source>Unmarked traffic uses the main routing table.</source>
            <translation>未标记的流量使用主路由表。</translation>
        </message>
        <message>
            <source>Marked sockets and the WAN-only resolver.</source>
            <translation>带标记的套接字和仅 WAN 的 DNS 解析器。</translation>
        </message>
        <message>
            <source>Without NAT the main router needs a route back to this box's LAN.</source>
            <translation>不使用 NAT 时，主路由器需要一条返回本机 LAN 的路由。</translation>
        </message>
        <message>
            <source>Required</source>
            <extracomment>Validation: a needed value is missing</extracomment>
            <translation>必填</translation>
        </message>
        <message>
            <source>Wrong type</source>
            <extracomment>Validation: wrong JSON type</extracomment>
            <translation>类型错误</translation>
        </message>
        <message>
            <source>Unknown setting</source>
            <extracomment>Validation: a member the schema does not have</extracomment>
            <translation>未知设置</translation>
        </message>
        <message>
            <source>Invalid format</source>
            <extracomment>Validation: a value that does not parse (address, prefix, name)</extracomment>
            <translation>格式无效</translation>
        </message>
        <message>
            <source>Out of range</source>
            <extracomment>Validation: number outside its range</extracomment>
            <translation>超出范围</translation>
        </message>
        <message>
            <source>Used twice</source>
            <extracomment>Validation: a name or address used twice</extracomment>
            <translation>重复使用</translation>
        </message>
        <message>
            <source>Refers to nothing</source>
            <extracomment>Validation: a name that points nowhere</extracomment>
            <translation>引用的对象不存在</translation>
        </message>
        <message>
            <source>Conflicts with another setting</source>
            <extracomment>Validation: values that disagree with each other</extracomment>
            <translation>与其他设置冲突</translation>
        </message>
        <message>
            <source>From a newer Byway</source>
            <extracomment>Validation: the document is from a newer Byway</extracomment>
            <translation>来自更新版本的 Byway</translation>
        </message>
        <message>
            <source>create table</source>
            <extracomment>Plan: the nftables table is created</extracomment>
            <translation>创建表</translation>
        </message>
        <message>
            <source>replace table</source>
            <extracomment>Plan: the nftables table is replaced atomically</extracomment>
            <translation>替换表</translation>
        </message>
        <message>
            <source>remove table</source>
            <extracomment>Plan: the nftables table is removed</extracomment>
            <translation>删除表</translation>
        </message>
        <message>
            <source>unchanged</source>
            <extracomment>Plan: the nftables table stays as it is</extracomment>
            <translation>不变</translation>
        </message>
        <message>
            <source>VPN clients get addresses from pools; their traffic is forwarded and masqueraded out of the WAN.</source>
            <translation>VPN 客户端从地址池获取地址；其流量经转发并伪装后从 WAN 发出。</translation>
        </message>
        <message>
            <source>This box routes its own LAN behind the main router, with or without NAT.</source>
            <translation>本机在主路由器之后路由自己的 LAN，可使用或不使用 NAT。</translation>
        </message>
        <message>
            <source>WAN and mesh traffic use separate routing tables; marked sockets and a WAN-only resolver leave through the WAN.</source>
            <translation>WAN 与网状网络流量使用不同的路由表；带标记的套接字和仅 WAN 的解析器经 WAN 发出。</translation>
        </message>
        <message>
            <source>Byway probes and reports but changes nothing in the kernel.</source>
            <translation>Byway 只探测和报告，不更改内核。</translation>
        </message>
        <message>
            <source>at start</source>
            <extracomment>History: config loaded when bywayd started</extracomment>
            <translation>启动时</translation>
        </message>
        <message>
            <source>applied</source>
            <extracomment>History: an admin applied a config</extracomment>
            <translation>已应用</translation>
        </message>
        <message>
            <source>rolled back</source>
            <extracomment>History: went back to the previous config</extracomment>
            <translation>已回滚</translation>
        </message>
        <message>
            <source>reverted</source>
            <extracomment>History: went back to a chosen earlier config</extracomment>
            <translation>已恢复</translation>
        </message>
        <message>
            <source>not confirmed, restored</source>
            <extracomment>History: nobody confirmed in time, bywayd restored the previous config</extracomment>
            <translation>未确认，已恢复</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>正在应用…</translation>
        </message>
        <message>
            <source>Applied. Checking that bywayd can still be reached over a new connection…</source>
            <extracomment>Commit-confirm: checking over a new connection that bywayd can still be reached</extracomment>
            <translation>已应用。正在通过新连接检查能否访问 bywayd…</translation>
        </message>
        <message numerus="yes">
            <source>Keep this configuration? It is reverted automatically in %n second(s).</source>
            <extracomment>Commit-confirm countdown</extracomment>
            <translation>
                <numerusform>保留此配置？%n 秒后将自动恢复。</numerusform>
            </translation>
        </message>
        <message>
            <source>Keeping…</source>
            <translation>正在保留…</translation>
        </message>
        <message>
            <source>Reverting…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <source>Applied and kept.</source>
            <translation>已应用并保留。</translation>
        </message>
        <message>
            <source>Reverted to the previous configuration.</source>
            <translation>已恢复为之前的配置。</translation>
        </message>
        <message numerus="yes">
            <source>bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second(s).</source>
            <extracomment>Commit-confirm: the second connection failed</extracomment>
            <translation>
                <numerusform>无法通过新连接访问 bywayd。它将在 %n 秒后自行恢复之前的配置。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not confirmed in time: bywayd restored the previous configuration.</source>
            <translation>未及时确认：bywayd 已恢复之前的配置。</translation>
        </message>
        <message>
            <source>The configuration was not applied.</source>
            <translation>配置未应用。</translation>
        </message>
        <message>
            <source>The appliance did not accept the token: it is wrong, expired or revoked. Enter a new one.</source>
            <extracomment>Remote appliance: auth.token refused</extracomment>
            <translation>设备不接受该令牌：令牌错误、已过期或已被吊销。请输入新的令牌。</translation>
        </message>
        <message>
            <source>Too many failed attempts: the appliance asks to wait before the next one.</source>
            <extracomment>Remote appliance: too many failed logins</extracomment>
            <translation>失败次数过多：设备要求等待一段时间后再试。</translation>
        </message>
        <message>
            <source>The appliance's certificate is not trusted yet. Compare its fingerprint with the one the appliance shows, then trust it.</source>
            <extracomment>Remote appliance: first connection, certificate not pinned yet</extracomment>
            <translation>设备的证书尚未受信任。请将其指纹与设备显示的指纹进行核对，然后再信任。</translation>
        </message>
        <message>
            <source>The appliance presented a different certificate than the one trusted before. The connection was refused and nothing was sent.</source>
            <extracomment>Remote appliance: the certificate differs from the pinned one</extracomment>
            <translation>设备出示的证书与之前信任的不同。连接已被拒绝，未发送任何内容。</translation>
        </message>
        <message>
            <source>The secure connection to the appliance failed.</source>
            <translation>与设备的安全连接失败。</translation>
        </message>
        <message>
            <source>No token is stored for this appliance. Enter its token.</source>
            <extracomment>Remote appliance: no token in the keychain for it</extracomment>
            <translation>此设备没有保存令牌。请输入它的令牌。</translation>
        </message>
        <message>
            <source>The token could not be read: no keychain is available.</source>
            <translation>无法读取令牌：没有可用的密钥环。</translation>
        </message>
        <message>
            <source>The token could not be stored in the keychain; it is kept only until Byway quits.</source>
            <translation>无法将令牌保存到密钥环；它只保留到 Byway 退出。</translation>
        </message>
        <message>
            <source>The token could not be removed from the keychain.</source>
            <translation>无法从密钥环中删除令牌。</translation>
        </message>
        <message>
            <source>Read-only: the token for this appliance has the view role; applying needs an admin token.</source>
            <extracomment>Remote appliance connected with a view token</extracomment>
            <translation>只读：此设备的令牌为查看角色；应用配置需要管理员令牌。</translation>
        </message>
        <message>
            <source>Read-only: only members of the group byway can change the configuration.</source>
            <translation>只读：只有 byway 组的成员才能更改配置。</translation>
        </message>
        <message>
            <source>connecting</source>
            <extracomment>Flow state: connecting to the destination</extracomment>
            <translation>连接中</translation>
        </message>
        <message>
            <source>SOCKS</source>
            <extracomment>Flow state: talking to the SOCKS5 exit</extracomment>
            <translation>SOCKS</translation>
        </message>
        <message>
            <source>handshake</source>
            <extracomment>Flow state: TCP handshake with the client</extracomment>
            <translation>握手</translation>
        </message>
        <message>
            <source>established</source>
            <extracomment>Flow state</extracomment>
            <translation>已建立</translation>
        </message>
        <message>
            <source>half-closed</source>
            <extracomment>Flow state: one side has closed</extracomment>
            <translation>半关闭</translation>
        </message>
        <message>
            <source>closing</source>
            <extracomment>Flow state</extracomment>
            <translation>关闭中</translation>
        </message>
        <message>
            <source>open</source>
            <extracomment>Flow state of UDP/ICMP flows</extracomment>
            <translation>打开</translation>
        </message>
        <message>
            <source>(no user)</source>
            <extracomment>Flows: a client address no VPN session is mapped to</extracomment>
            <translation>（无用户）</translation>
        </message>
        <message>
            <source>%1 s</source>
            <extracomment>Duration in seconds, short</extracomment>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>%1 min</source>
            <extracomment>Duration in minutes, short</extracomment>
            <translation>%1 分钟</translation>
        </message>
        <message>
            <source>%1 h</source>
            <extracomment>Duration in hours, short</extracomment>
            <translation>%1 小时</translation>
        </message>
        <message>
            <source>%1 d</source>
            <extracomment>Duration in days, short</extracomment>
            <translation>%1 天</translation>
        </message>
        <message>
            <source>Capture is not running — it could not start: %1</source>
            <extracomment>Flows page: the capture failed to start; %1 is the helper's reason</extracomment>
            <translation>捕获未运行 — 无法启动：%1</translation>
        </message>
        <message>
            <source>Capture is not running — this box is in Standard mode: nftables forwards traffic in the kernel, so no flows pass through user space. The capture starts when the configuration sets it on, or on Automatic when the probe finds Compat mode.</source>
            <translation>捕获未运行 — 本机处于标准模式：nftables 在内核中转发流量，因此没有数据流经过用户空间。当配置将捕获设为开启，或设为自动且探测结果为兼容模式时，捕获才会启动。</translation>
        </message>
        <message>
            <source>Capture is not running — the mode is not known yet (no probe result).</source>
            <translation>捕获未运行 — 模式尚未确定（暂无探测结果）。</translation>
        </message>
        <message>
            <source>Capture is not running — the configuration has it off. Set Capture to On or Automatic on the Configuration page and apply.</source>
            <translation>捕获未运行 — 配置中已将其关闭。请在“配置”页面将捕获设为“开”或“自动”并应用。</translation>
        </message>
        <message>
            <source>Give the appliance a name.</source>
            <translation>请为设备命名。</translation>
        </message>
        <message>
            <source>Enter the appliance's host name or address.</source>
            <translation>请输入设备的主机名或地址。</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>端口必须在 1 到 65535 之间。</translation>
        </message>
        <message>
            <source>That is not a Byway token (it looks like %1).</source>
            <extracomment>%1 is the expected shape of a token</extracomment>
            <translation>这不是 Byway 令牌（格式应为 %1）。</translation>
        </message>
        <message>
            <source>This host and port are already in the list.</source>
            <translation>此主机和端口已在列表中。</translation>
        </message>
        <message>
            <source>Token in the keychain</source>
            <extracomment>Where an appliance's token is kept</extracomment>
            <translation>令牌在密钥环中</translation>
        </message>
        <message>
            <source>Token kept for this session only</source>
            <extracomment>Where an appliance's token is kept: no keychain, memory only</extracomment>
            <translation>令牌仅在本次会话中保留</translation>
        </message>
        <message>
            <source>No token</source>
            <translation>无令牌</translation>
        </message>
        <message>
            <source>gateway %1</source>
            <extracomment>Topology: the clients' default gateway</extracomment>
            <translation>网关 %1</translation>
        </message>
        <message>
            <source>table %1 mark %2</source>
            <extracomment>Topology: a direct exit's routing table and fwmark</extracomment>
            <translation>路由表 %1，标记 %2</translation>
        </message>
        <message>
            <source>IPv6 replies come back through the alternate port and this box.</source>
            <extracomment>Topology: IPv6 replies of a bypass router with IPv6 secondary routing</extracomment>
            <translation>IPv6 回程经备用端口和本机返回。</translation>
        </message>
        <message>
            <source>passed</source>
            <extracomment>Health check state: it answered</extracomment>
            <translation>已通过</translation>
        </message>
        <message>
            <source>failing, retrying</source>
            <extracomment>Health check state: it failed and is being retried</extracomment>
            <translation>失败，正在重试</translation>
        </message>
        <message>
            <source>waiting</source>
            <extracomment>Health check state: not probed yet</extracomment>
            <translation>等待中</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <extracomment>Health check line: name, state and the last error (may be empty)</extracomment>
            <translation>%1：%2（%3）</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>Compat capture</source>
            <extracomment>Topology node kind: the compat capture (TUN + userspace stack) on this box</extracomment>
            <translation>兼容捕获</translation>
        </message>
        <message>
            <source>main routing table</source>
            <extracomment>Topology: a direct exit without table or mark: the main routing table</extracomment>
            <translation>主路由表</translation>
        </message>
        <message>
            <source>stopped</source>
            <extracomment>Topology: the compat capture is not running now (its counters stay)</extracomment>
            <translation>已停止</translation>
        </message>
        <message>
            <source>via %1</source>
            <extracomment>Topology: a direct exit bound to a device</extracomment>
            <translation>经 %1</translation>
        </message>
        <message>
            <source>LAN</source>
            <extracomment>Topology: a port's role on this box</extracomment>
            <translation>LAN</translation>
        </message>
        <message>
            <source>WAN</source>
            <extracomment>Topology: a port's role on this box</extracomment>
            <translation>WAN</translation>
        </message>
        <message>
            <source>alternate</source>
            <extracomment>Topology: a port's role on this box: the alternate port of a bypass router</extracomment>
            <translation>备用</translation>
        </message>
        <message>
            <source>VPN</source>
            <extracomment>Topology: a port's role on this box: VPN tunnel interfaces</extracomment>
            <translation>VPN</translation>
        </message>
        <message>
            <source>Following the box from %1 to %2 (same certificate and token)…</source>
            <extracomment>Management address move: the GUI now talks to the box on its new address, waiting for the outcome</extracomment>
            <translation>正在跟随设备从 %1 转到 %2（相同的证书和令牌）…</translation>
        </message>
        <message>
            <source>The box is now managed at %1; the appliance's address is updated.</source>
            <extracomment>Management address move: the change was kept and the appliance is stored with its new address</extracomment>
            <translation>设备现在通过 %1 管理；该设备的地址已更新。</translation>
        </message>
        <message>
            <source>The change was not kept: back to %1 (the appliance keeps that address).</source>
            <extracomment>Management address move: the change was rolled back, the GUI went back to the old address</extracomment>
            <translation>更改未被保留：已回到 %1（设备保留该地址）。</translation>
        </message>
        <message>
            <source>The compat capture is stopped: these counts are from when it ran.</source>
            <extracomment>Topology: a compat capture path while the capture does not run (another role, or compat no longer needed)</extracomment>
            <translation>兼容捕获已停止：这些计数来自它运行时。</translation>
        </message>
        <message>
            <source>Not connected: its certificate is not trusted yet</source>
            <extracomment>Connection state: a remote appliance's certificate waits for the admin's trust</extracomment>
            <translation>未连接：尚未信任其证书</translation>
        </message>
        <message>
            <source>Not connected: its certificate changed</source>
            <extracomment>Connection state: a remote appliance presented another certificate than the pinned one</extracomment>
            <translation>未连接：其证书已更改</translation>
        </message>
        <message>
            <source>The appliance refused the token</source>
            <extracomment>Connection state: the remote appliance did not accept the token</extracomment>
            <translation>设备拒绝了该令牌</translation>
        </message>
        <message>
            <source>Not connected: no token</source>
            <extracomment>Connection state: no token to send to the remote appliance</extracomment>
            <translation>未连接：没有令牌</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <extracomment>A size below a kilobyte</extracomment>
            <translation>
                <numerusform>%n 字节</numerusform>
            </translation>
        </message>
        <message>
            <source>running</source>
            <extracomment>Topology: the compat capture is running (its node's state)</extracomment>
            <translation>运行中</translation>
        </message>
        <message>
            <source>bywayd cannot do this on this system.</source>
            <extracomment>An answer from a running bywayd; its reason follows</extracomment>
            <translation>bywayd 无法在此系统上执行此操作。</translation>
        </message>
        <message>
            <source>Capture is not running — no IPv4 pool sends traffic into it (it takes the IPv4 pools' traffic only). Add the VPN server's IPv4 pool on the Configuration page.</source>
            <extracomment>Flows page: capture is on in the configuration, but no IPv4 pool routes traffic into it</extracomment>
            <translation>捕获未运行——没有任何 IPv4 地址池把流量送入它（它只接收 IPv4 地址池的流量）。请在“配置”页添加 VPN 服务器的 IPv4 地址池。</translation>
        </message>
        <message>
            <source>Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients. Client pools with an exit leave by it instead (a tunnel to a VPN provider, masqueraded there).</source>
            <translation>客户端以本机为网关；本机不做 NAT 转发到主路由器，回复由主路由器直接返回客户端。设有出口的客户端池改从该出口离开（例如通往 VPN 服务商的隧道，并在那里做地址伪装）。</translation>
        </message>
    </context>
    <context>
        <name>ThroughputChart</name>
        <message>
            <source>Collecting samples…</source>
            <extracomment>Throughput chart caption: %1 is the peak rate, %2 the minutes shown</extracomment>
            <translation>正在收集样本…</translation>
        </message>
        <message numerus="yes">
            <source>Peak %1 over the last %n minute(s)</source>
            <translation>
                <numerusform>最近 %n 分钟峰值 %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopologyDetail</name>
        <message>
            <source>Node</source>
            <translation>节点</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>路径</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Topology node: what kind of thing it is</extracomment>
            <translation>类型</translation>
        </message>
        <message>
            <source>Details</source>
            <extracomment>Topology node: address, interface or subnet</extracomment>
            <translation>详情</translation>
        </message>
        <message>
            <source>Paths through it:</source>
            <extracomment>Topology node detail: which paths pass this node</extracomment>
            <translation>经过此节点的路径：</translation>
        </message>
        <message>
            <source>no address</source>
            <extracomment>Topology: a port without an address</extracomment>
            <translation>无地址</translation>
        </message>
        <message>
            <source>Known clients:</source>
            <extracomment>Topology node detail: the clients bywayd knows on this segment</extracomment>
            <translation>已知客户端：</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <extracomment>Topology node detail: known clients not listed</extracomment>
            <translation>
                <numerusform>另有 %n 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>↑ %1 ↓ %2 · %n packet(s)</source>
            <extracomment>Topology: a capture user's counters: bytes out, bytes in, packets</extracomment>
            <translation>
                <numerusform>↑ %1 ↓ %2 · %n 个数据包</numerusform>
            </translation>
        </message>
        <message>
            <source>VPN session</source>
            <extracomment>Topology: a known client's origin: the VPN server said it holds this address</extracomment>
            <translation>VPN 会话</translation>
        </message>
        <message>
            <source>capture</source>
            <extracomment>Topology: a known client's origin: the compat capture carried its traffic</extracomment>
            <translation>捕获</translation>
        </message>
        <message>
            <source>neighbour</source>
            <extracomment>Topology: a known client's origin: the box's ARP/NDP neighbour table</extracomment>
            <translation>邻居表</translation>
        </message>
        <message>
            <source>no matching interface with an address</source>
            <extracomment>Topology: a tunnel pattern's port (vpns*) when no interface it matches has an address now</extracomment>
            <translation>没有带地址的匹配接口</translation>
        </message>
        <message numerus="yes">
            <source>%n interface(s): %1</source>
            <extracomment>Topology: a tunnel pattern's port (vpns*): %n interfaces match it now, %1 their names</extracomment>
            <translation>
                <numerusform>%n 个接口：%1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopologyGraph</name>
        <message>
            <source>skips this box</source>
            <translation>绕过本机</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>未计数</translation>
        </message>
        <message numerus="yes">
            <source>%n dropped: source outside every pool</source>
            <extracomment>Topology graph: packets dropped at this box because their source is in no VPN pool</extracomment>
            <translation>
                <numerusform>已丢弃 %n 个：源地址不在任何地址池内</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known</source>
            <extracomment>Topology node: how many clients bywayd knows (sessions, capture users)</extracomment>
            <translation>
                <numerusform>已知 %n 个</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TopologyPage</name>
        <message>
            <source>Topology</source>
            <extracomment>Page title: the network picture</extracomment>
            <translation>拓扑</translation>
        </message>
        <message>
            <source>The applied configuration is waiting for confirmation; bywayd reverts it unless it is kept.</source>
            <extracomment>Topology: a config was applied with commit-confirm and waits for Keep</extracomment>
            <translation>已应用的配置正在等待确认；若不保留，bywayd 将自动恢复。</translation>
        </message>
        <message>
            <source>No role applied: nothing is routed by Byway</source>
            <extracomment>Topology empty state</extracomment>
            <translation>未应用角色：Byway 不路由任何流量</translation>
        </message>
        <message>
            <source>Choose a role on the Configuration page and apply it; the paths of your traffic then appear here with live counters.</source>
            <translation>在“配置”页面选择角色并应用；之后流量路径会连同实时计数显示在这里。</translation>
        </message>
        <message>
            <source>Upstream (solid)</source>
            <extracomment>Legend: traffic towards the internet</extracomment>
            <translation>上行（实线）</translation>
        </message>
        <message>
            <source>Return (dashed)</source>
            <extracomment>Legend: replies back to the clients</extracomment>
            <translation>回程（虚线）</translation>
        </message>
        <message>
            <source>Tap a box or a rate for details.</source>
            <translation>点按方框或速率查看详情。</translation>
        </message>
        <message>
            <source>Dropped: source outside every pool</source>
            <extracomment>Topology: counted drop on the VPN path; packets from VPN clients whose address is in no configured pool</extracomment>
            <translation>已丢弃：源地址不在任何地址池内</translation>
        </message>
        <message numerus="yes">
            <source>%n packet(s)</source>
            <extracomment>Topology: how many packets the drop rule counted, and their size</extracomment>
            <translation>
                <numerusform>%n 个数据包</numerusform>
            </translation>
        </message>
        <message>
            <source>The VPN server hands out addresses Byway has no pool for: their traffic is dropped before the WAN, never sent out unmasqueraded.</source>
            <translation>VPN 服务器分配了 Byway 没有对应地址池的地址：这些流量在到达 WAN 之前被丢弃，绝不会未经伪装就发出。</translation>
        </message>
        <message>
            <source>Connection (grey)</source>
            <extracomment>Legend: the physical connections between the boxes</extracomment>
            <translation>连接（灰色）</translation>
        </message>
        <message>
            <source>Tap a box or a path below for details.</source>
            <extracomment>Hint under the topology graph</extracomment>
            <translation>点按方框或下方的路径查看详情。</translation>
        </message>
    </context>
    <context>
        <name>UsersEditor</name>
        <message>
            <source>Users</source>
            <extracomment>Pool users: heading of the per-user rows (name, address, own exit)</extracomment>
            <translation>用户</translation>
        </message>
        <message>
            <source>Pool's exit</source>
            <extracomment>User row: no exit of the user's own (the pool's exit applies)</extracomment>
            <translation>使用地址池的出口</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>User row: example address, never a default</extracomment>
            <translation>例如 %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <extracomment>User row: remove this user from the pool</extracomment>
            <translation>移除</translation>
        </message>
        <message>
            <source>Add user</source>
            <extracomment>Pool: adds an empty user row</extracomment>
            <translation>添加用户</translation>
        </message>
    </context>
    <context>
        <name>byway::gui::TrayIcon</name>
        <message>
            <source>Standard</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation>标准</translation>
        </message>
        <message>
            <source>Compat</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation>兼容</translation>
        </message>
        <message>
            <source>Limited</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation>受限</translation>
        </message>
        <message>
            <source>Unknown</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation>未知</translation>
        </message>
        <message>
            <source>Show Byway</source>
            <translation>显示 Byway</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>not connected to bywayd</source>
            <translation>未连接到 bywayd</translation>
        </message>
        <message>
            <source>Byway: %1</source>
            <extracomment>Tray tooltip: product name and the mode badge or connection state</extracomment>
            <translation>Byway：%1</translation>
        </message>
        <message>
            <source>Byway is in Limited mode</source>
            <translation>Byway 处于受限模式</translation>
        </message>
        <message>
            <source>Open the Overview page for the reasons and fixes.</source>
            <translation>打开“概览”页面查看原因和解决方法。</translation>
        </message>
    </context>
    <context>
        <name>byway::qml::HelperConnection</name>
        <message>
            <source>bywayd closed the connection</source>
            <translation>bywayd 关闭了连接</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Byway: VPN gateway and bypass router control panel.</source>
            <translation>Byway：VPN 网关与旁路由控制面板。</translation>
        </message>
        <message>
            <source>bywayd's socket.</source>
            <translation>bywayd 的套接字。</translation>
        </message>
        <message>
            <source>Fullscreen touch panel mode.</source>
            <translation>全屏触摸面板模式。</translation>
        </message>
        <message>
            <source>Language: en, zh_CN or ko.</source>
            <translation>语言：en、zh_CN 或 ko。</translation>
        </message>
        <message>
            <source>Render offscreen, save a PNG and exit.</source>
            <translation>离屏渲染，保存 PNG 后退出。</translation>
        </message>
        <message>
            <source>Window size, e.g. 1280x800.</source>
            <translation>窗口大小，例如 1280x800。</translation>
        </message>
        <message>
            <source>First page: overview, topology, configuration, flows, logs, appliances or settings.</source>
            <translation>起始页面：overview、topology、configuration、flows、logs、appliances 或 settings。</translation>
        </message>
        <message>
            <source>Open a config file in the Configuration page's editor: checked by bywayd, not applied.</source>
            <translation>在“配置”页面的编辑器中打开配置文件：由 bywayd 检查，不会应用。</translation>
        </message>
    </context>
</TS>
