<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <name>ConfigurationPage</name>
        <message>
            <source>Configuration</source>
            <extracomment>Page title: the config editor</extracomment>
            <translation>配置</translation>
        </message>
        <message>
            <source>Read-only: only members of the group byway can change the configuration.</source>
            <translation>只读：只有 byway 组的成员才能更改配置。</translation>
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
            <source>What this box is</source>
            <translation>本机的角色</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <extracomment>Config section title: network interfaces</extracomment>
            <translation>接口</translation>
        </message>
        <message>
            <source>WAN interfaces (comma separated)</source>
            <translation>WAN 接口（以逗号分隔）</translation>
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
            <source>Bypass routing</source>
            <extracomment>Config section title: side-router settings</extracomment>
            <translation>旁路由</translation>
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
            <source>Masquerade towards the main router</source>
            <translation>对主路由器方向做地址伪装</translation>
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port</source>
            <translation>IPv6 作为备用端口上的次要路由</translation>
        </message>
        <message>
            <source>NAT</source>
            <extracomment>Config section title: network address translation</extracomment>
            <translation>NAT</translation>
        </message>
        <message>
            <source>Masquerade (source prefix and WAN, comma separated)</source>
            <translation>地址伪装（源前缀和 WAN，以逗号分隔）</translation>
        </message>
        <message>
            <source>Clamp TCP MSS to the path MTU</source>
            <translation>将 TCP MSS 限制为路径 MTU</translation>
        </message>
        <message>
            <source>Capture</source>
            <extracomment>Config section title: user-space capture (compat path)</extracomment>
            <translation>捕获</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>模式</translation>
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
            <source>MTU (576–9000)</source>
            <translation>MTU（576–9000）</translation>
        </message>
        <message>
            <source>1300 suits ESP-carrying paths; L2TP wants 1280.</source>
            <translation>1300 适合承载 ESP 的路径；L2TP 需要 1280。</translation>
        </message>
        <message>
            <source>Enable IPv6 (held off until the IPv6 egress probe passes)</source>
            <translation>启用 IPv6（在 IPv6 出口探测通过前保持关闭）</translation>
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Config section title: debug logging</extracomment>
            <translation>调试</translation>
        </message>
        <message>
            <source>Debug log categories at start (comma separated, or all)</source>
            <translation>启动时的调试日志类别（以逗号分隔，或 all）</translation>
        </message>
        <message>
            <source>VPN pools</source>
            <extracomment>Config section title: VPN address pools</extracomment>
            <translation>VPN 地址池</translation>
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
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Exit type</extracomment>
            <translation>类型</translation>
        </message>
        <message>
            <source>Direct</source>
            <extracomment>Exit type: leave through a routing table / mark</extracomment>
            <translation>直连</translation>
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
            <source>Remove exit</source>
            <translation>删除出口</translation>
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
            <source>%1 · %2 · %3 · %4</source>
            <extracomment>History entry: time, what happened, role, who</extracomment>
            <translation>%1 · %2 · %3 · %4</translation>
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
            <translation>配置</translation>
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
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <source>No Byway rule sees this traffic, so it has no counters.</source>
            <extracomment>Topology: a path no Byway rule counts</extracomment>
            <translation>没有 Byway 规则经过此流量，因此没有计数。</translation>
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
            <source>sysctl %1: %2 → %3</source>
            <extracomment>Plan: a sysctl change, e.g. "net/ipv4/ip_forward: 0 → 1 (why)"</extracomment>
            <translation>sysctl %1：%2 → %3</translation>
        </message>
        <message>
            <source>route: %1</source>
            <extracomment>Plan: a route or routing rule change</extracomment>
            <translation>路由：%1</translation>
        </message>
        <message>
            <source>Equivalent commands:</source>
            <extracomment>Plan: the commands an admin could run by hand to the same effect</extracomment>
            <translation>等效命令：</translation>
        </message>
    </context>
    <context>
        <name>PoolEditor</name>
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
            <source>Users (name address, comma separated)</source>
            <translation>用户（名称 地址，以逗号分隔）</translation>
        </message>
        <message>
            <source>Exit (optional)</source>
            <translation>出口（可选）</translation>
        </message>
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
            <source>Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients.</source>
            <translation>客户端以本机为网关；本机不做 NAT 转发到主路由器，回复由主路由器直接返回客户端。</translation>
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
            <extracomment>Hint under the topology graph</extracomment>
            <translation>点按方框或速率查看详情。</translation>
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
            <source>First page: overview, topology, configuration, logs or settings.</source>
            <translation>起始页面：overview、topology、configuration、logs 或 settings。</translation>
        </message>
    </context>
</TS>
