<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
            <source>First page: overview, logs or settings.</source>
            <translation>起始页面：overview、logs 或 settings。</translation>
        </message>
        <message>
            <source>Render offscreen, save a PNG and exit.</source>
            <translation>离屏渲染，保存 PNG 后退出。</translation>
        </message>
        <message>
            <source>Window size, e.g. 1280x800.</source>
            <translation>窗口大小，例如 1280x800。</translation>
        </message>
    </context>
</TS>
