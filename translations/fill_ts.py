#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills byway_zh_CN.ts and byway_ko.ts from the glossary below, and the
English plural forms of byway_en.ts. Run after `ninja byway_lupdate`; it
reports every source text it has no translation for and exits 1 then, so a
new string cannot slip through untranslated. Hand edits in Qt Linguist work
too: entries already finished are left alone."""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# source text -> (Simplified Chinese, Korean)
T = {
    # Health-checked confirm (apply dialog)
    "Confirm when healthy": ("健康时自动确认", "정상이면 자동 확정"),
    "After applying, bywayd checks these targets through the new configuration. When all answer it keeps it; when they do not before the deadline it restores the previous one.":
        ("应用后，bywayd 通过新配置检查这些目标。全部响应则保留新配置；若在截止时间前未全部响应，则恢复之前的配置。",
         "적용한 뒤 bywayd가 새 구성을 통해 이 대상들을 확인합니다. 모두 응답하면 유지하고, 마감 시간 전에 응답하지 않으면 이전 구성으로 되돌립니다."),
    "Check kind": ("检查类型", "확인 종류"),
    "The compat capture is stopped: these counts are from when it ran.":
        ("兼容捕获已停止：这些计数来自它运行时。", "호환 캡처가 멈췄습니다: 이 수치는 실행 중일 때의 것입니다."),
    # Flows page: a SOCKS5 exit that gives flows no connection
    "SOCKS5 exit %1 gave %n flow(s) no connection. Last: %2":
        ("SOCKS5 出口 %1 有 %n 个数据流未能接通。最近一次原因：%2", "SOCKS5 출구 %1이(가) 플로 %n개에 연결을 주지 못했습니다. 마지막 원인: %2"),
    # Moving the management address (a reconnect check; the connection follows the box)
    "Management address moves to": ("管理地址改为", "관리 주소 변경:"),
    "After applying, Byway reconnects to the box on this address with the same certificate and token. Reaching it there keeps the change; otherwise the box goes back to the previous configuration at the deadline and Byway to the old address.":
        ("应用后，Byway 使用相同的证书和令牌通过此地址重新连接设备。能在此地址连上则保留更改；否则设备在截止时间恢复之前的配置，Byway 也回到旧地址。",
         "적용한 뒤 Byway가 같은 인증서와 토큰으로 이 주소에서 장비에 다시 연결합니다. 그 주소로 연결되면 변경을 유지하고, 그렇지 않으면 마감 시간에 장비는 이전 구성으로, Byway는 이전 주소로 돌아갑니다."),
    "Following the box from %1 to %2 (same certificate and token)…":
        ("正在跟随设备从 %1 转到 %2（相同的证书和令牌）…", "장비를 따라 %1에서 %2(으)로 연결 중(같은 인증서와 토큰)…"),
    "The box is now managed at %1; the appliance's address is updated.":
        ("设备现在通过 %1 管理；该设备的地址已更新。", "이제 %1에서 장비를 관리합니다. 장비 주소가 갱신되었습니다."),
    "The change was not kept: back to %1 (the appliance keeps that address).":
        ("更改未被保留：已回到 %1（设备保留该地址）。", "변경이 유지되지 않았습니다: %1(으)로 돌아왔습니다(장비는 그 주소를 유지합니다)."),
    "IP:port, e.g. 192.0.2.1:443": ("IP:端口，例如 192.0.2.1:443", "IP:포트, 예: 192.0.2.1:443"),
    "name@server, e.g. example.org@192.0.2.53": ("域名@服务器，例如 example.org@192.0.2.53", "이름@서버, 예: example.org@192.0.2.53"),
    "IP address, e.g. 192.0.2.1": ("IP 地址，例如 192.0.2.1", "IP 주소, 예: 192.0.2.1"),
    "Timeout (ms)": ("超时（毫秒）", "시간 제한(ms)"),
    "Add check": ("添加检查", "확인 추가"),
    "passed": ("已通过", "통과"),
    "failing, retrying": ("失败，正在重试", "실패, 다시 시도 중"),
    "waiting": ("等待中", "대기 중"),
    "%1: %2 (%3)": ("%1：%2（%3）", "%1: %2 (%3)"),
    "%1: %2": ("%1：%2", "%1: %2"),
    "Tap a box or a path below for details.": ("点按方框或下方的路径查看详情。", "상자나 아래의 경로를 누르면 세부 정보가 표시됩니다."),
    "Connection (grey)": ("连接（灰色）", "연결(회색)"),
    "%n known": ("已知 %n 个", "알려진 %n개"),
    "Through the compat capture, exit %1": ("经兼容捕获，出口 %1", "호환 캡처를 거침, 출구 %1"),
    "main table": ("主路由表", "주 테이블"),
    "main routing table": ("主路由表", "주 라우팅 테이블"),
    "Compat capture": ("兼容捕获", "호환 캡처"),
    "stopped": ("已停止", "중지됨"),
    "Client pools": ("客户端池", "클라이언트 풀"),
    "Capture is not running — no IPv4 pool sends traffic into it (it takes the IPv4 pools' traffic only). Add the VPN server's IPv4 pool on the Configuration page.": ("捕获未运行——没有任何 IPv4 地址池把流量送入它（它只接收 IPv4 地址池的流量）。请在“配置”页添加 VPN 服务器的 IPv4 地址池。", "캡처가 실행되고 있지 않습니다 — 캡처로 트래픽을 보내는 IPv4 풀이 없습니다(캡처는 IPv4 풀의 트래픽만 받습니다). 구성 페이지에서 VPN 서버의 IPv4 풀을 추가하세요."),
    "bywayd cannot do this on this system.": ("bywayd 无法在此系统上执行此操作。", "bywayd가 이 시스템에서 이 작업을 할 수 없습니다."),
    "the stored configuration cannot be used; the network runs as before until a valid configuration is applied": ("存储的配置无法使用；在应用有效配置之前，网络保持原样运行", "저장된 구성을 사용할 수 없습니다. 유효한 구성이 적용될 때까지 네트워크는 이전대로 동작합니다"),
    "bywayd could not apply it on this system": ("bywayd 无法在此系统上应用它", "bywayd가 이 시스템에 적용하지 못했습니다"),
    "running": ("运行中", "실행 중"),
    "via %1": ("经 %1", "%1 경유"),
    "LAN": ("LAN", "LAN"),
    "WAN": ("WAN", "WAN"),
    "alternate": ("备用", "보조"),
    "VPN": ("VPN", "VPN"),
    "no address": ("无地址", "주소 없음"),
    "Known clients:": ("已知客户端：", "알려진 클라이언트:"),
    "and %n more": ("另有 %n 个", "외 %n개"),
    "↑ %1 ↓ %2 · %n packet(s)": ("↑ %1 ↓ %2 · %n 个数据包", "↑ %1 ↓ %2 · 패킷 %n개"),
    "Collecting samples…": ("正在收集样本…", "샘플 수집 중…"),
    "Peak %1 over the last %n minute(s)": ("最近 %n 分钟峰值 %1", "최근 %n분 최고 %1"),
    "Sysctls are writable": ("sysctl 可写", "sysctl 쓰기 가능"),
    "Sysctls are read-only here; the values Byway needs are already set":
        ("此处 sysctl 为只读；Byway 需要的值已经设置好", "여기서는 sysctl이 읽기 전용이며, Byway에 필요한 값은 이미 설정되어 있습니다"),
    "Sysctls are read-only here: Byway cannot set %{sysctls}":
        ("此处 sysctl 为只读：Byway 无法设置 %{sysctls}", "여기서는 sysctl이 읽기 전용입니다: Byway가 %{sysctls}을(를) 설정할 수 없습니다"),
    "A config that needs them (forwarding, the compat capture) is refused before anything changes.":
        ("需要这些值的配置（转发、兼容捕获）会在任何更改之前被拒绝。",
         "이 값이 필요한 구성(포워딩, 호환 캡처)은 아무것도 바꾸기 전에 거부됩니다."),
    "Start the container with %{flags}.": ("启动容器时加上 %{flags}。", "컨테이너를 %{flags} 옵션으로 시작하세요."),
    "%{sysctl} is %{current}, this config needs %{needed}, and sysctls are read-only here (a container): start it with %{flag}":
        ("%{sysctl} 当前为 %{current}，此配置需要 %{needed}，而此处 sysctl 为只读（容器）：启动容器时加上 %{flag}",
         "%{sysctl}은(는) 현재 %{current}이고 이 구성에는 %{needed}이(가) 필요하지만, 여기서는 sysctl이 읽기 전용입니다(컨테이너): 컨테이너를 %{flag} 옵션으로 시작하세요"),
    "Nothing was changed: applying would fail half-way.":
        ("未做任何更改：应用会在中途失败。", "아무것도 바꾸지 않았습니다. 적용하면 도중에 실패합니다."),
    "Start the container with %{flag}, or run bywayd where /proc/sys is writable.":
        ("启动容器时加上 %{flag}，或在 /proc/sys 可写的环境中运行 bywayd。",
         "컨테이너를 %{flag} 옵션으로 시작하거나, /proc/sys에 쓸 수 있는 곳에서 bywayd를 실행하세요."),
    "Findings": ("检查结果", "발견 사항"),
    "%n listed below": ("%n 项，见下方", "아래에 %n개"),
    "%n dropped: source outside every pool": ("已丢弃 %n 个：源地址不在任何地址池内", "%n개 차단됨: 어느 풀에도 없는 출발지 주소"),
    "Open a config file in the Configuration page's editor: checked by bywayd, not applied.":
        ("在“配置”页面的编辑器中打开配置文件：由 bywayd 检查，不会应用。",
         "구성 파일을 구성 페이지의 편집기에서 엽니다. bywayd가 검사하며 적용하지는 않습니다."),
    "The configuration on this box": ("本机上的配置", "이 장치의 구성"),
    "Dropped: source outside every pool": ("已丢弃：源地址不在任何地址池内", "차단됨: 어느 풀에도 없는 출발지 주소"),
    "The VPN server hands out addresses Byway has no pool for: their traffic is dropped before the WAN, never sent out unmasqueraded.":
        ("VPN 服务器分配了 Byway 没有对应地址池的地址：这些流量在到达 WAN 之前被丢弃，绝不会未经伪装就发出。",
         "VPN 서버가 Byway에 풀이 없는 주소를 나눠 주고 있습니다. 그 트래픽은 WAN에 닿기 전에 차단되며, 마스커레이드 없이 나가는 일은 없습니다."),
    "%n problem(s) to fix before applying": ("应用前需修正 %n 个问题", "적용하기 전에 고칠 문제 %n개"),
    "Show": ("转到", "보기"),
    "%1 (not in this form: edit the config file or use bywayctl)":
        ("%1（此表单中没有该项：请编辑配置文件或使用 bywayctl）", "%1 (이 양식에는 없음: 구성 파일을 편집하거나 bywayctl을 사용하세요)"),
    "No config file at %1 yet; nothing is changed in the kernel until one is saved.":
        ("%1 处尚无配置文件；在保存配置之前，不会对内核做任何更改。",
         "%1에 아직 구성 파일이 없습니다. 구성을 저장하기 전에는 커널을 변경하지 않습니다."),
    "Details: %1": ("详细信息：%1", "세부 정보: %1"),
    "IPv6 replies come back through the alternate port and this box.":
        ("IPv6 回程经备用端口和本机返回。", "IPv6 응답은 보조 포트와 이 장치를 거쳐 돌아옵니다."),
    "Retry now": ("立即重试", "지금 다시 시도"),
    "Consequence: %1": ("影响：%1", "영향: %1"),
    "Fix: %1": ("解决方法：%1", "해결 방법: %1"),
    "Logs": ("日志", "로그"),
    "Resume": ("继续", "재개"),
    "Pause": ("暂停", "일시 정지"),
    "Follow": ("自动滚动", "자동 스크롤"),
    "Debug…": ("调试…", "디버그…"),
    "Clear": ("清空", "지우기"),
    "Search": ("搜索", "검색"),
    "All categories": ("所有类别", "모든 범주"),
    "%1 of %n line(s)": ("显示 %1 行，共 %n 行", "전체 %n줄 중 %1줄"),
    "%n new line(s) waiting": ("%n 行新日志待显示", "새 줄 %n개 대기 중"),
    "%n line(s) dropped": ("已丢弃 %n 行", "%n줄 유실됨"),
    "No log lines yet.": ("暂无日志。", "아직 로그가 없습니다."),
    "Debug logging": ("调试日志", "디버그 로깅"),
    "Turns on detailed messages per category in bywayd, at once and without a restart. Needs administrator access.":
        ("按类别在 bywayd 中立即开启详细日志，无需重启。需要管理员权限。",
         "bywayd에서 범주별 상세 메시지를 재시작 없이 즉시 켭니다. 관리자 권한이 필요합니다."),
    "Close": ("关闭", "닫기"),
    "Overview": ("概览", "개요"),
    "Settings": ("设置", "설정"),
    "Byway — %1": ("Byway — %1", "Byway — %1"),
    "Mode": ("模式", "모드"),
    "Helper": ("守护进程", "데몬"),
    "Version": ("版本", "버전"),
    "Running for": ("已运行", "실행 시간"),
    "Access": ("访问权限", "접근 권한"),
    "Configuration": ("配置", "구성"),
    "Role": ("角色", "역할"),
    "Revision": ("修订版本", "리비전"),
    "Source": ("来源", "출처"),
    "Probe results": ("探测结果", "점검 결과"),
    "%n passed": ("%n 项通过", "%n개 통과"),
    "%n warning(s)": ("%n 项警告", "경고 %n개"),
    "%n failed": ("%n 项失败", "%n개 실패"),
    "Probing…": ("正在探测…", "점검 중…"),
    "Run probe": ("运行探测", "점검 실행"),
    "No probe results yet.": ("暂无探测结果。", "아직 점검 결과가 없습니다."),
    "Language": ("语言", "언어"),
    "Appearance": ("外观", "모양"),
    "Dark theme": ("深色主题", "어두운 테마"),
    "Helper connection": ("守护进程连接", "데몬 연결"),
    "Socket path": ("套接字路径", "소켓 경로"),
    "Connect": ("连接", "연결"),
    "The default is /run/byway/bywayd.sock. Reading needs the group byway-view; changing settings needs byway.":
        ("默认路径为 /run/byway/bywayd.sock。查看需要 byway-view 组，修改设置需要 byway 组。",
         "기본값은 /run/byway/bywayd.sock입니다. 읽기에는 byway-view 그룹, 설정 변경에는 byway 그룹이 필요합니다."),
    "About": ("关于", "정보"),
    "bywayd version": ("bywayd 版本", "bywayd 버전"),
    "Config file": ("配置文件", "구성 파일"),
    "Standard": ("标准", "표준"),
    "Compat": ("兼容", "호환"),
    "Limited": ("受限", "제한"),
    "Unknown": ("未知", "알 수 없음"),
    "The kernel offers everything Byway needs; traffic is handled by nftables and policy routing.":
        ("内核提供了 Byway 所需的全部功能；流量由 nftables 和策略路由处理。",
         "커널이 Byway에 필요한 모든 기능을 제공합니다. 트래픽은 nftables와 정책 라우팅으로 처리됩니다."),
    "Part of the kernel path is unusable here; Byway captures traffic in user space instead.":
        ("此系统上部分内核路径不可用；Byway 改为在用户空间捕获流量。",
         "이 시스템에서는 커널 경로 일부를 사용할 수 없어 Byway가 사용자 공간에서 트래픽을 캡처합니다."),
    "Some features cannot work on this system. The findings below say why and how to fix it.":
        ("部分功能在此系统上无法工作。下方的探测结果说明了原因和解决方法。",
         "일부 기능은 이 시스템에서 동작할 수 없습니다. 아래 점검 결과에서 원인과 해결 방법을 확인하세요."),
    "The mode is known once bywayd has probed this system.":
        ("bywayd 探测此系统后即可确定模式。", "bywayd가 이 시스템을 점검하면 모드가 결정됩니다."),
    "OK": ("正常", "정상"),
    "Warning": ("警告", "경고"),
    "Failed": ("失败", "실패"),
    "Skipped": ("已跳过", "건너뜀"),
    "Not configured": ("未配置", "구성되지 않음"),
    "VPN gateway": ("VPN 网关", "VPN 게이트웨이"),
    "Bypass router": ("旁路由", "바이패스 라우터"),
    "Secondary router": ("二级路由", "보조 라우터"),
    "WAN separation": ("WAN 分离", "WAN 분리"),
    "Last good copy": ("上次可用的副本", "마지막 정상 사본"),
    "Built-in defaults": ("内置默认配置", "내장 기본값"),
    "Administrator (may change settings)": ("管理员（可修改设置）", "관리자(설정 변경 가능)"),
    "Read-only": ("只读", "읽기 전용"),
    "Connected to bywayd": ("已连接到 bywayd", "bywayd에 연결됨"),
    "Connecting to bywayd…": ("正在连接 bywayd…", "bywayd에 연결 중…"),
    "bywayd refused this user": ("bywayd 拒绝了此用户", "bywayd가 이 사용자를 거부했습니다"),
    "Not connected to bywayd": ("未连接到 bywayd", "bywayd에 연결되지 않음"),
    "bywayd could not read the request.": ("bywayd 无法解析该请求。", "bywayd가 요청을 읽을 수 없습니다."),
    "bywayd rejected a malformed request.": ("bywayd 拒绝了格式错误的请求。", "bywayd가 잘못된 형식의 요청을 거부했습니다."),
    "This bywayd does not offer that function; it may be older than the GUI.":
        ("此 bywayd 不提供该功能，其版本可能比图形界面旧。",
         "이 bywayd는 해당 기능을 제공하지 않습니다. GUI보다 오래된 버전일 수 있습니다."),
    "A parameter was missing or invalid.": ("参数缺失或无效。", "매개변수가 없거나 올바르지 않습니다."),
    "bywayd hit an internal error.": ("bywayd 发生内部错误。", "bywayd에서 내부 오류가 발생했습니다."),
    "The message was larger than the 1 MiB limit.": ("消息超过了 1 MiB 的上限。", "메시지가 1 MiB 제한을 초과했습니다."),
    "Permission denied: join the group byway-view to read or byway to change settings.":
        ("权限被拒绝：加入 byway-view 组可查看，加入 byway 组可修改设置。",
         "권한이 거부되었습니다. 조회하려면 byway-view 그룹에, 설정을 변경하려면 byway 그룹에 추가하세요."),
    "The configuration has errors.": ("配置有错误。", "구성에 오류가 있습니다."),
    "bywayd could not read or write the configuration file.": ("bywayd 无法读取或写入配置文件。", "bywayd가 구성 파일을 읽거나 쓸 수 없습니다."),
    "Not found.": ("未找到。", "찾을 수 없습니다."),
    "bywayd is busy with another change; try again shortly.": ("bywayd 正在处理另一项更改，请稍后重试。", "bywayd가 다른 변경을 처리하고 있습니다. 잠시 후 다시 시도하세요."),
    "bywayd is not running or its socket is missing.": ("bywayd 未运行，或其套接字不存在。", "bywayd가 실행 중이 아니거나 소켓이 없습니다."),
    "bywayd did not answer in time.": ("bywayd 未及时响应。", "bywayd가 제시간에 응답하지 않았습니다."),
    "bywayd speaks a different protocol version.": ("bywayd 使用的协议版本不同。", "bywayd의 프로토콜 버전이 다릅니다."),
    "The kernel refused the change.": ("内核拒绝了此更改。", "커널이 변경을 거부했습니다."),
    "The configuration was changed by someone else in the meantime.": ("配置在此期间已被他人修改。", "그사이 다른 사용자가 구성을 변경했습니다."),
    "Error: %1": ("错误：%1", "오류: %1"),
    "Debug": ("调试", "디버그"),
    "Info": ("信息", "정보"),
    "Error": ("错误", "오류"),
    "Critical": ("严重", "심각"),
    "%n second(s)": ("%n 秒", "%n초"),
    "%n minute(s)": ("%n 分钟", "%n분"),
    "%n hour(s)": ("%n 小时", "%n시간"),
    "%n day(s)": ("%n 天", "%n일"),
    "Show Byway": ("显示 Byway", "Byway 열기"),
    "Quit": ("退出", "종료"),
    "not connected to bywayd": ("未连接到 bywayd", "bywayd에 연결되지 않음"),
    "Byway: %1": ("Byway：%1", "Byway: %1"),
    "Byway is in Limited mode": ("Byway 处于受限模式", "Byway가 제한 모드입니다"),
    "Open the Overview page for the reasons and fixes.": ("打开“概览”页面查看原因和解决方法。", "원인과 해결 방법은 개요 페이지에서 확인하세요."),
    "bywayd closed the connection": ("bywayd 关闭了连接", "bywayd가 연결을 닫았습니다"),
    "Byway: VPN gateway and bypass router control panel.": ("Byway：VPN 网关与旁路由控制面板。", "Byway: VPN 게이트웨이 및 바이패스 라우터 제어판."),
    "bywayd's socket.": ("bywayd 的套接字。", "bywayd 소켓."),
    "Fullscreen touch panel mode.": ("全屏触摸面板模式。", "전체 화면 터치 패널 모드."),
    "Language: en, zh_CN or ko.": ("语言：en、zh_CN 或 ko。", "언어: en, zh_CN 또는 ko."),
    "First page: overview, logs or settings.": ("起始页面：overview、logs 或 settings。", "시작 페이지: overview, logs 또는 settings."),
    "Render offscreen, save a PNG and exit.": ("离屏渲染，保存 PNG 后退出。", "화면 없이 렌더링하고 PNG로 저장한 뒤 종료합니다."),
    "Window size, e.g. 1280x800.": ("窗口大小，例如 1280x800。", "창 크기(예: 1280x800)."),
    # ---- topology ----
    "Topology": ("拓扑", "토폴로지"),
    "Internet": ("互联网", "인터넷"),
    "Main router": ("主路由器", "메인 라우터"),
    "This box": ("本机", "이 장치"),
    "LAN bridge": ("LAN 网桥", "LAN 브리지"),
    "Alternate bridge": ("备用网桥", "보조 브리지"),
    "Clients": ("客户端", "클라이언트"),
    "VPN pool": ("VPN 地址池", "VPN 풀"),
    "Exit": ("出口", "출구"),
    "Upstream": ("上行", "상향"),
    "Return": ("回程", "복귀"),
    "%1/s": ("%1/秒", "%1/초"),
    "%n packet(s)": ("%n 个数据包", "패킷 %n개"),
    "%n interface(s): %1": ("%n 个接口：%1", "인터페이스 %n개: %1"),
    "no matching interface with an address": ("没有带地址的匹配接口", "주소가 있는 일치 인터페이스 없음"),
    "%n byte(s)": ("%n 字节", "%n바이트"),
    "Replies go from the main router straight to the clients and skip this box (asymmetric routing; rp_filter is loose).":
        ("回复由主路由器直接发往客户端，不经过本机（非对称路由；rp_filter 为宽松模式）。",
         "응답은 메인 라우터에서 클라이언트로 바로 가며 이 장치를 거치지 않습니다(비대칭 라우팅, rp_filter 느슨한 모드)."),
    "IPv6 as a secondary route on the alternate port.": ("IPv6 作为备用端口上的次要路由。", "IPv6는 보조 포트의 보조 경로로 갑니다."),
    "Unmarked traffic uses the main routing table.": ("未标记的流量使用主路由表。", "표시되지 않은 트래픽은 기본 라우팅 테이블을 사용합니다."),
    "Marked sockets and the WAN-only resolver.": ("带标记的套接字和仅 WAN 的 DNS 解析器。", "표시된 소켓과 WAN 전용 DNS 해석기."),
    "Without NAT the main router needs a route back to this box's LAN.":
        ("不使用 NAT 时，主路由器需要一条返回本机 LAN 的路由。", "NAT 없이 사용하면 메인 라우터에 이 장치의 LAN으로 돌아오는 경로가 필요합니다."),
    "The applied configuration is waiting for confirmation; bywayd reverts it unless it is kept.":
        ("已应用的配置正在等待确认；若不保留，bywayd 将自动恢复。", "적용된 구성이 확인을 기다리는 중입니다. 유지하지 않으면 bywayd가 되돌립니다."),
    "No role applied: nothing is routed by Byway": ("未应用角色：Byway 不路由任何流量", "적용된 역할 없음: Byway가 라우팅하는 트래픽이 없습니다"),
    "Choose a role on the Configuration page and apply it; the paths of your traffic then appear here with live counters.":
        ("在“配置”页面选择角色并应用；之后流量路径会连同实时计数显示在这里。",
         "구성 페이지에서 역할을 선택하고 적용하세요. 그러면 트래픽 경로가 실시간 카운터와 함께 여기에 표시됩니다."),
    "Upstream (solid)": ("上行（实线）", "상향(실선)"),
    "Return (dashed)": ("回程（虚线）", "복귀(점선)"),
    "Tap a box or a rate for details.": ("点按方框或速率查看详情。", "상자나 속도를 누르면 세부 정보가 표시됩니다."),
    "skips this box": ("绕过本机", "이 장치 우회"),
    "not counted": ("未计数", "집계 안 됨"),
    "Node": ("节点", "노드"),
    "Path": ("路径", "경로"),
    "Kind": ("类型", "종류"),
    "Details": ("详情", "세부 정보"),
    "Paths through it:": ("经过此节点的路径：", "이 노드를 지나는 경로:"),
    "No Byway rule sees this traffic, so it has no counters.": ("没有 Byway 规则经过此流量，因此没有计数。", "이 트래픽을 보는 Byway 규칙이 없어 카운터가 없습니다."),
    "First page: overview, topology, configuration, logs or settings.":
        ("起始页面：overview、topology、configuration、logs 或 settings。", "첫 페이지: overview, topology, configuration, logs 또는 settings."),
    # ---- configuration ----
    "Required": ("必填", "필수"),
    "Wrong type": ("类型错误", "잘못된 형식의 값"),
    "Unknown setting": ("未知设置", "알 수 없는 설정"),
    "Invalid format": ("格式无效", "잘못된 형식"),
    "Out of range": ("超出范围", "범위를 벗어남"),
    "Used twice": ("重复使用", "중복 사용"),
    "Refers to nothing": ("引用的对象不存在", "참조 대상 없음"),
    "Conflicts with another setting": ("与其他设置冲突", "다른 설정과 충돌"),
    "From a newer Byway": ("来自更新版本的 Byway", "더 새로운 Byway의 구성"),
    "create table": ("创建表", "테이블 생성"),
    "replace table": ("替换表", "테이블 교체"),
    "remove table": ("删除表", "테이블 삭제"),
    "unchanged": ("不变", "변경 없음"),
    "VPN clients get addresses from pools; their traffic is forwarded and masqueraded out of the WAN.":
        ("VPN 客户端从地址池获取地址；其流量经转发并伪装后从 WAN 发出。", "VPN 클라이언트는 풀에서 주소를 받고, 트래픽은 전달·마스커레이드되어 WAN으로 나갑니다."),
    "Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients. Client pools with an exit leave by it instead (a tunnel to a VPN provider, masqueraded there).":
        ("客户端以本机为网关；本机不做 NAT 转发到主路由器，回复由主路由器直接返回客户端。设有出口的客户端池改从该出口离开（例如通往 VPN 服务商的隧道，并在那里做地址伪装）。",
         "클라이언트는 이 장치를 게이트웨이로 사용합니다. 이 장치는 NAT 없이 메인 라우터로 전달하고, 응답은 메인 라우터에서 클라이언트로 바로 돌아갑니다. 출구가 있는 클라이언트 풀은 대신 그 출구로 나갑니다(VPN 제공자로 가는 터널, 그곳에서 마스커레이드)."),
    "This box routes its own LAN behind the main router, with or without NAT.": ("本机在主路由器之后路由自己的 LAN，可使用或不使用 NAT。", "이 장치는 메인 라우터 뒤에서 자체 LAN을 라우팅합니다(NAT 사용 여부 선택)."),
    "WAN and mesh traffic use separate routing tables; marked sockets and a WAN-only resolver leave through the WAN.":
        ("WAN 与网状网络流量使用不同的路由表；带标记的套接字和仅 WAN 的解析器经 WAN 发出。",
         "WAN과 메시 트래픽은 별도의 라우팅 테이블을 사용합니다. 표시된 소켓과 WAN 전용 해석기는 WAN으로 나갑니다."),
    "Byway probes and reports but changes nothing in the kernel.": ("Byway 只探测和报告，不更改内核。", "Byway는 점검하고 보고만 하며 커널을 변경하지 않습니다."),
    "at start": ("启动时", "시작 시"),
    "applied": ("已应用", "적용됨"),
    "rolled back": ("已回滚", "롤백됨"),
    "reverted": ("已恢复", "되돌림"),
    "not confirmed, restored": ("未确认，已恢复", "확인 안 됨, 복원됨"),
    "Applying…": ("正在应用…", "적용 중…"),
    "Applied. Checking that bywayd can still be reached over a new connection…":
        ("已应用。正在通过新连接检查能否访问 bywayd…", "적용했습니다. 새 연결로 bywayd에 연결할 수 있는지 확인하는 중…"),
    "Keep this configuration? It is reverted automatically in %n second(s).":
        ("保留此配置？%n 秒后将自动恢复。", "이 구성을 유지할까요? %n초 후 자동으로 되돌립니다."),
    "Keeping…": ("正在保留…", "유지하는 중…"),
    "Reverting…": ("正在恢复…", "되돌리는 중…"),
    "Applied and kept.": ("已应用并保留。", "적용하고 유지했습니다."),
    "Reverted to the previous configuration.": ("已恢复为之前的配置。", "이전 구성으로 되돌렸습니다."),
    "bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second(s).":
        ("无法通过新连接访问 bywayd。它将在 %n 秒后自行恢复之前的配置。", "새 연결로 bywayd에 연결할 수 없습니다. %n초 후 bywayd가 이전 구성을 스스로 복원합니다."),
    "Not confirmed in time: bywayd restored the previous configuration.": ("未及时确认：bywayd 已恢复之前的配置。", "제때 확인하지 않아 bywayd가 이전 구성을 복원했습니다."),
    "The configuration was not applied.": ("配置未应用。", "구성이 적용되지 않았습니다."),
    "Keep": ("保留", "유지"),
    "Revert now": ("立即恢复", "지금 되돌리기"),
    "Dismiss": ("关闭提示", "닫기"),
    "Import / export": ("导入/导出", "가져오기/내보내기"),
    "Export": ("导出", "내보내기"),
    "Exported to %1": ("已导出到 %1", "%1(으)로 내보냈습니다"),
    "Import": ("导入", "가져오기"),
    "Imported; check it, plan and apply.": ("已导入；请检查、生成计划并应用。", "가져왔습니다. 확인하고 계획을 본 뒤 적용하세요."),
    "Name": ("名称", "이름"),
    "Subnet": ("子网", "서브넷"),
    "Users (name address, comma separated)": ("用户（名称 地址，以逗号分隔）", "사용자(이름 주소, 쉼표로 구분)"),
    "Exit (optional)": ("出口（可选）", "출구(선택)"),
    "Remove pool": ("删除地址池", "풀 삭제"),
    "Type": ("类型", "유형"),
    "Direct": ("直连", "직접"),
    "Table": ("路由表", "테이블"),
    "Mark": ("标记", "마크"),
    "Device (optional)": ("设备（可选）", "장치(선택)"),
    "Server": ("服务器", "서버"),
    "Port": ("端口", "포트"),
    "Remove exit": ("删除出口", "출구 삭제"),
    "Plan": ("计划", "계획"),
    "No changes: applying would make zero kernel writes.": ("无更改：应用时不会写入内核。", "변경 없음: 적용해도 커널에 아무것도 쓰지 않습니다."),
    "nftables: %1, %n rule(s)": ("nftables：%1，%n 条规则", "nftables: %1, 규칙 %n개"),
    "sysctl %1: %2 → %3": ("sysctl %1：%2 → %3", "sysctl %1: %2 → %3"),
    "route: %1": ("路由：%1", "경로: %1"),
    "Equivalent commands:": ("等效命令：", "동일한 명령:"),
    "History": ("历史", "기록"),
    "Nothing applied yet.": ("尚未应用任何配置。", "아직 적용된 구성이 없습니다."),
    "%1 · %2 · %3 · revision %4 · %5": ("%1 · %2 · %3 · 修订版本 %4 · %5", "%1 · %2 · %3 · 리비전 %4 · %5"),
    "current": ("当前", "현재"),
    "Revert to this": ("恢复到此版本", "이 구성으로 되돌리기"),
    "Reverting throws away your unsaved changes.": ("恢复会丢弃你尚未保存的更改。", "되돌리면 저장하지 않은 변경 사항이 사라집니다."),
    "Discard changes and revert": ("丢弃更改并恢复", "변경 사항 버리고 되돌리기"),
    "Keep editing": ("继续编辑", "계속 편집"),
    "Not connected: its certificate is not trusted yet": ("未连接：尚未信任其证书", "연결되지 않음: 인증서를 아직 신뢰하지 않았습니다"),
    "Not connected: its certificate changed": ("未连接：其证书已更改", "연결되지 않음: 인증서가 바뀌었습니다"),
    "The appliance refused the token": ("设备拒绝了该令牌", "어플라이언스가 토큰을 거부했습니다"),
    "Not connected: no token": ("未连接：没有令牌", "연결되지 않음: 토큰 없음"),
    "bywayd now has revision %1, stored elsewhere (bywayctl, another window). Your unsaved changes are based on revision %2: bywayd refuses to apply them over the newer one.":
        ("bywayd 现在的配置是修订版本 %1，由别处保存（bywayctl 或另一个窗口）。你尚未保存的更改基于修订版本 %2：bywayd 不会用它们覆盖较新的配置。",
         "bywayd에는 이제 다른 곳(bywayctl, 다른 창)에서 저장한 리비전 %1이 있습니다. 저장하지 않은 변경 사항은 리비전 %2을(를) 기준으로 하므로 bywayd는 더 새로운 구성 위에 적용하지 않습니다."),
    "Load revision %1": ("加载修订版本 %1", "리비전 %1 불러오기"),
    "Read-only: only members of the group byway can change the configuration.":
        ("只读：只有 byway 组的成员才能更改配置。", "읽기 전용: byway 그룹의 구성원만 구성을 변경할 수 있습니다."),
    "Revision %1": ("修订版本 %1", "리비전 %1"),
    "Unsaved changes": ("有未保存的更改", "저장되지 않은 변경"),
    "No changes": ("无更改", "변경 없음"),
    "Checking…": ("正在检查…", "확인 중…"),
    "%n problem(s)": ("%n 个问题", "문제 %n개"),
    "Valid": ("有效", "유효함"),
    "Discard": ("放弃更改", "변경 취소"),
    "Planning…": ("正在生成计划…", "계획 중…"),
    "Confirm within (s)": ("确认时限（秒）", "확인 제한(초)"),
    "Apply": ("应用", "적용"),
    "What this box is": ("本机的角色", "이 장치의 역할"),
    "Interfaces": ("接口", "인터페이스"),
    "WAN interfaces (comma separated)": ("WAN 接口（以逗号分隔）", "WAN 인터페이스(쉼표로 구분)"),
    "LAN ports or bridges": ("LAN 端口或网桥", "LAN 포트 또는 브리지"),
    "VPN interfaces (name or prefix*)": ("VPN 接口（名称或前缀*）", "VPN 인터페이스(이름 또는 접두사*)"),
    "Alternate bridge port": ("备用网桥端口", "보조 브리지 포트"),
    "Bypass routing": ("旁路由", "바이패스 라우팅"),
    "Main router address": ("主路由器地址", "메인 라우터 주소"),
    "This box on the LAN (address/length)": ("本机的 LAN 地址（地址/前缀长度）", "LAN에서 이 장치의 주소(주소/길이)"),
    "DHCP server": ("DHCP 服务器", "DHCP 서버"),
    "None": ("无", "없음"),
    "Masquerade towards the main router": ("对主路由器方向做地址伪装", "메인 라우터 방향으로 마스커레이드"),
    "IPv6 as a secondary route on the alternate port": ("IPv6 作为备用端口上的次要路由", "보조 포트에서 IPv6를 보조 경로로 사용"),
    "NAT": ("NAT", "NAT"),
    "Masquerade (source prefix and WAN or exit device, comma separated)": ("地址伪装（源前缀和 WAN 或出口设备，以逗号分隔）", "마스커레이드(출발지 접두사와 WAN 또는 출구 장치, 쉼표로 구분)"),
    "Clamp TCP MSS to the path MTU": ("将 TCP MSS 限制为路径 MTU", "TCP MSS를 경로 MTU에 맞춤"),
    "Capture": ("捕获", "캡처"),
    "Automatic": ("自动", "자동"),
    "On": ("开", "켜기"),
    "Off": ("关", "끄기"),
    "MTU (576–9000)": ("MTU（576–9000）", "MTU(576–9000)"),
    "1300 suits ESP-carrying paths; L2TP wants 1280.": ("1300 适合承载 ESP 的路径；L2TP 需要 1280。", "1300은 ESP 경로에 맞고, L2TP에는 1280이 필요합니다."),
    "Enable IPv6 (held off until the IPv6 egress probe passes)": ("启用 IPv6（在 IPv6 出口探测通过前保持关闭）", "IPv6 사용(IPv6 출구 점검을 통과할 때까지 보류)"),
    "Debug log categories at start (comma separated, or all)": ("启动时的调试日志类别（以逗号分隔，或 all）", "시작 시 디버그 로그 범주(쉼표로 구분 또는 all)"),
    "VPN pools": ("VPN 地址池", "VPN 풀"),
    "Add pool": ("添加地址池", "풀 추가"),
    "Exits": ("出口", "출구"),
    "Add exit": ("添加出口", "출구 추가"),
    # ---- logs ----
    "Copy": ("复制", "복사"),
    "Export…": ("导出…", "내보내기…"),
    "Export %n visible line(s) to:": ("将 %n 行可见日志导出到：", "표시된 %n줄을 다음 위치로 내보내기:"),
    "Saved %1": ("已保存 %1", "%1 저장됨"),
    "Could not save: %1": ("无法保存：%1", "저장할 수 없습니다: %1"),
    # ---- flows ----
    "Flows": ("数据流", "플로"),
    ("Flows", "column: number of flows"): ("数据流数", "플로 수"),
    ("Source", "flow column: client address"): ("源地址", "출발지"),
    "User": ("用户", "사용자"),
    "Proto": ("协议", "프로토콜"),
    "Destination": ("目的地址", "목적지"),
    "Sent": ("已发送", "보냄"),
    "Received": ("已接收", "받음"),
    "Rate": ("速率", "속도"),
    "Age": ("时长", "경과"),
    "State": ("状态", "상태"),
    "%1 of %n flow(s)": ("显示 %1 个数据流，共 %n 个", "전체 %n개 플로 중 %1개"),
    "%1 of %n flow(s), the %2 busiest listed":
        ("显示 %1 个数据流，共 %n 个，只列出流量最大的 %2 个", "전체 %n개 플로 중 %1개, 가장 많이 쓰는 %2개만 표시"),
    "flows now, of %1 at most": ("当前数据流（上限 %1）", "현재 플로(최대 %1)"),
    "%n user(s), the %1 busiest listed":
        ("共 %n 个用户，只列出流量最大的 %1 个", "전체 사용자 %n명 중 가장 많이 쓰는 %1명만 표시"),
    "No flows to show": ("没有可显示的数据流", "표시할 플로가 없습니다"),
    "Flows are listed only for traffic the compat capture (TUN or AF_PACKET) carries in user space.":
        ("只有兼容捕获（TUN 或 AF_PACKET）在用户空间转发的流量才会列为数据流。",
         "호환 캡처(TUN 또는 AF_PACKET)가 사용자 공간에서 전달하는 트래픽만 플로로 표시됩니다."),
    "flows now": ("当前数据流", "현재 플로"),
    "flows created": ("已建立的数据流", "생성된 플로"),
    "in from clients": ("来自客户端", "클라이언트에서 들어옴"),
    "out to clients": ("发往客户端", "클라이언트로 나감"),
    "packets dropped": ("丢弃的数据包", "버린 패킷"),
    "device": ("设备", "장치"),
    "Filter by user, address or exit": ("按用户、地址或出口筛选", "사용자, 주소 또는 출구로 필터"),
    "Per user": ("按用户", "사용자별"),
    "Per user (since the capture started)": ("按用户（自捕获启动以来）", "사용자별(캡처 시작 이후)"),
    "Per user (open flows)": ("按用户（当前数据流）", "사용자별(열린 플로)"),
    "via %1": ("经 %1", "%1 경유"),
    "No flows through the capture right now.": ("当前没有经过捕获的数据流。", "지금은 캡처를 거치는 플로가 없습니다."),
    "No flow matches the filter.": ("没有与筛选条件匹配的数据流。", "필터와 일치하는 플로가 없습니다."),
    "connecting": ("连接中", "연결 중"),
    "SOCKS": ("SOCKS", "SOCKS"),
    "handshake": ("握手", "핸드셰이크"),
    "established": ("已建立", "연결됨"),
    "half-closed": ("半关闭", "반쯤 닫힘"),
    "closing": ("关闭中", "닫는 중"),
    "open": ("打开", "열림"),
    "(no user)": ("（无用户）", "(사용자 없음)"),
    "%1 s": ("%1 秒", "%1초"),
    "%1 min": ("%1 分钟", "%1분"),
    "%1 h": ("%1 小时", "%1시간"),
    "%1 d": ("%1 天", "%1일"),
    "Capture is not running — it could not start: %1": ("捕获未运行 — 无法启动：%1", "캡처가 실행 중이 아닙니다 — 시작할 수 없었습니다: %1"),
    "Capture is not running — this box is in Standard mode: nftables forwards traffic in the kernel, so no flows pass through user space. The capture starts when the configuration sets it on, or on Automatic when the probe finds Compat mode.":
        ("捕获未运行 — 本机处于标准模式：nftables 在内核中转发流量，因此没有数据流经过用户空间。当配置将捕获设为开启，或设为自动且探测结果为兼容模式时，捕获才会启动。",
         "캡처가 실행 중이 아닙니다 — 이 장치는 표준 모드입니다. nftables가 커널에서 트래픽을 전달하므로 사용자 공간을 거치는 플로가 없습니다. 구성에서 캡처를 켜거나, 자동으로 두고 점검 결과가 호환 모드일 때 캡처가 시작됩니다."),
    "Capture is not running — the mode is not known yet (no probe result).":
        ("捕获未运行 — 模式尚未确定（暂无探测结果）。", "캡처가 실행 중이 아닙니다 — 아직 모드를 알 수 없습니다(점검 결과 없음)."),
    "Capture is not running — the configuration has it off. Set Capture to On or Automatic on the Configuration page and apply.":
        ("捕获未运行 — 配置中已将其关闭。请在“配置”页面将捕获设为“开”或“自动”并应用。",
         "캡처가 실행 중이 아닙니다 — 구성에서 꺼져 있습니다. 구성 페이지에서 캡처를 켜기 또는 자동으로 설정하고 적용하세요."),
    # ---- appliances ----
    "Appliances": ("设备管理", "어플라이언스"),
    "Config": ("配置", "구성"),
    "gateway %1": ("网关 %1", "게이트웨이 %1"),
    "table %1 mark %2": ("路由表 %1，标记 %2", "테이블 %1, 마크 %2"),
    "This computer": ("本机", "이 컴퓨터"),
    "in use": ("使用中", "사용 중"),
    "Certificate pinned: %1": ("已固定证书：%1", "고정된 인증서: %1"),
    "Certificate not trusted yet": ("证书尚未受信任", "아직 신뢰하지 않은 인증서"),
    "Use": ("使用", "사용"),
    "Remove": ("移除", "제거"),
    "Add appliance…": ("添加设备…", "어플라이언스 추가…"),
    "Appliance tokens are stored in the system keychain.": ("设备令牌保存在系统密钥环中。", "어플라이언스 토큰은 시스템 키체인에 저장됩니다."),
    "No keychain available: appliance tokens cannot be saved.": ("没有可用的密钥环：无法保存设备令牌。", "사용할 수 있는 키체인이 없습니다: 어플라이언스 토큰을 저장할 수 없습니다."),
    "Checking the system keychain…": ("正在检查系统密钥环…", "시스템 키체인 확인 중…"),
    "Byway keeps tokens only in the keychain (Secret Service: GNOME Keyring, KWallet), never in a file. Without one, a token you enter is used until Byway quits and must be entered again next time.":
        ("Byway 只把令牌保存在密钥环中（Secret Service：GNOME 密钥环、KWallet），从不写入文件。没有密钥环时，输入的令牌只在 Byway 退出前有效，下次需要重新输入。",
         "Byway는 토큰을 키체인(Secret Service: GNOME 키링, KWallet)에만 보관하며 파일에는 절대 저장하지 않습니다. 키체인이 없으면 입력한 토큰은 Byway가 종료될 때까지만 사용되며 다음에 다시 입력해야 합니다."),
    "Check again": ("重新检查", "다시 확인"),
    "Connection": ("连接", "연결"),
    "Appliance": ("设备", "어플라이언스"),
    "%1 — token “%2”": ("%1 — 令牌“%2”", "%1 — 토큰 “%2”"),
    "Trying again in %n second(s).": ("%n 秒后重试。", "%n초 후에 다시 시도합니다."),
    "SHA-256 fingerprint of the certificate the appliance presented:": ("设备出示的证书的 SHA-256 指纹：", "어플라이언스가 제시한 인증서의 SHA-256 지문:"),
    "Trust it only if it is the same as the appliance's own: bywayd logs it when its remote listener starts, and its status shows it. Nothing, not even the token, is sent before you trust it.":
        ("只有与设备自身的指纹相同时才信任它：bywayd 在远程监听启动时会在日志中记录指纹，其状态中也会显示。在您信任之前，不会发送任何内容，包括令牌。",
         "어플라이언스 자체의 지문과 같을 때만 신뢰하세요. bywayd는 원격 리스너를 시작할 때 지문을 로그에 남기고 상태에서도 보여 줍니다. 신뢰하기 전에는 토큰을 포함해 아무것도 보내지 않습니다."),
    "Trust and connect": ("信任并连接", "신뢰하고 연결"),
    "Cancel": ("取消", "취소"),
    "This can mean someone is intercepting the connection. If the appliance's certificate was replaced on purpose (reinstalled, new key), forget the trusted certificate and compare the new fingerprint before trusting it.":
        ("这可能意味着有人在拦截连接。如果设备的证书是有意更换的（重装、新密钥），请忘记已信任的证书，并在信任前核对新的指纹。",
         "누군가 연결을 가로채고 있다는 뜻일 수 있습니다. 어플라이언스의 인증서를 의도적으로 바꾼 경우(재설치, 새 키)에는 신뢰한 인증서를 지우고 새 지문을 비교한 뒤 신뢰하세요."),
    "Forget the trusted certificate": ("忘记已信任的证书", "신뢰한 인증서 지우기"),
    "Token (byw_…)": ("令牌（byw_…）", "토큰(byw_…)"),
    "Use token": ("使用令牌", "토큰 사용"),
    "A remote appliance runs bywayd with --remote-listen and gives you a token (bywayctl token create on the appliance). The GUI then talks to it exactly as to the local helper.":
        ("远程设备以 --remote-listen 运行 bywayd，并为您生成令牌（在该设备上执行 bywayctl token create）。之后图形界面与它的通信方式和本地守护进程完全相同。",
         "원격 어플라이언스는 --remote-listen으로 bywayd를 실행하고 토큰을 발급합니다(어플라이언스에서 bywayctl token create). 그러면 GUI는 로컬 데몬과 똑같이 그것과 통신합니다."),
    "Add a remote appliance": ("添加远程设备", "원격 어플라이언스 추가"),
    "Name, e.g. Office gateway": ("名称，例如“办公室网关”", "이름(예: 사무실 게이트웨이)"),
    "Host name or address": ("主机名或地址", "호스트 이름 또는 주소"),
    "Port": ("端口", "포트"),
    "The token goes into the system keychain.": ("令牌将保存到系统密钥环中。", "토큰은 시스템 키체인에 저장됩니다."),
    "No keychain: the token is kept only until Byway quits.": ("没有密钥环：令牌只保留到 Byway 退出。", "키체인 없음: 토큰은 Byway가 종료될 때까지만 유지됩니다."),
    "Add and connect": ("添加并连接", "추가하고 연결"),
    "Appliance: %1": ("设备：%1", "어플라이언스: %1"),
    "The appliance did not accept the token: it is wrong, expired or revoked. Enter a new one.":
        ("设备不接受该令牌：令牌错误、已过期或已被吊销。请输入新的令牌。", "어플라이언스가 토큰을 받아들이지 않았습니다. 토큰이 틀렸거나 만료되었거나 취소되었습니다. 새 토큰을 입력하세요."),
    "Too many failed attempts: the appliance asks to wait before the next one.":
        ("失败次数过多：设备要求等待一段时间后再试。", "실패한 시도가 너무 많습니다. 어플라이언스가 다음 시도 전에 기다리라고 합니다."),
    "The appliance's certificate is not trusted yet. Compare its fingerprint with the one the appliance shows, then trust it.":
        ("设备的证书尚未受信任。请将其指纹与设备显示的指纹进行核对，然后再信任。", "어플라이언스의 인증서를 아직 신뢰하지 않았습니다. 지문을 어플라이언스에 표시된 지문과 비교한 뒤 신뢰하세요."),
    "The appliance presented a different certificate than the one trusted before. The connection was refused and nothing was sent.":
        ("设备出示的证书与之前信任的不同。连接已被拒绝，未发送任何内容。", "어플라이언스가 이전에 신뢰한 것과 다른 인증서를 제시했습니다. 연결을 거부했으며 아무것도 보내지 않았습니다."),
    "The secure connection to the appliance failed.": ("与设备的安全连接失败。", "어플라이언스와의 보안 연결에 실패했습니다."),
    "No token is stored for this appliance. Enter its token.": ("此设备没有保存令牌。请输入它的令牌。", "이 어플라이언스에 저장된 토큰이 없습니다. 토큰을 입력하세요."),
    "The token could not be read: no keychain is available.": ("无法读取令牌：没有可用的密钥环。", "토큰을 읽을 수 없습니다: 사용할 수 있는 키체인이 없습니다."),
    "The token could not be stored in the keychain; it is kept only until Byway quits.":
        ("无法将令牌保存到密钥环；它只保留到 Byway 退出。", "토큰을 키체인에 저장할 수 없습니다. Byway가 종료될 때까지만 유지됩니다."),
    "The token could not be removed from the keychain.": ("无法从密钥环中删除令牌。", "키체인에서 토큰을 제거할 수 없습니다."),
    "Read-only: the token for this appliance has the view role; applying needs an admin token.":
        ("只读：此设备的令牌为查看角色；应用配置需要管理员令牌。", "읽기 전용: 이 어플라이언스의 토큰은 보기 역할입니다. 적용하려면 관리자 토큰이 필요합니다."),
    "Give the appliance a name.": ("请为设备命名。", "어플라이언스 이름을 입력하세요."),
    "Enter the appliance's host name or address.": ("请输入设备的主机名或地址。", "어플라이언스의 호스트 이름 또는 주소를 입력하세요."),
    "The port must be between 1 and 65535.": ("端口必须在 1 到 65535 之间。", "포트는 1에서 65535 사이여야 합니다."),
    "That is not a Byway token (it looks like %1).": ("这不是 Byway 令牌（格式应为 %1）。", "Byway 토큰이 아닙니다(형식: %1)."),
    "This host and port are already in the list.": ("此主机和端口已在列表中。", "이 호스트와 포트는 이미 목록에 있습니다."),
    "Token in the keychain": ("令牌在密钥环中", "토큰이 키체인에 있음"),
    "Token kept for this session only": ("令牌仅在本次会话中保留", "이번 세션에만 토큰 유지"),
    "No token": ("无令牌", "토큰 없음"),
    "First page: overview, topology, configuration, flows, logs, appliances or settings.":
        ("起始页面：overview、topology、configuration、flows、logs、appliances 或 settings。",
         "첫 페이지: overview, topology, configuration, flows, logs, appliances 또는 settings."),
    # ---- bywayd's words (core/messages, context Messages): probe findings; %{name} stays as it is ----
    "CAP_NET_ADMIN is effective": ("CAP_NET_ADMIN 已生效", "CAP_NET_ADMIN이 유효합니다"),
    "CAP_NET_RAW is effective": ("CAP_NET_RAW 已生效", "CAP_NET_RAW가 유효합니다"),
    "CAP_NET_ADMIN does not reach this network namespace": ("CAP_NET_ADMIN 对此网络命名空间无效", "CAP_NET_ADMIN이 이 네트워크 네임스페이스에 미치지 않습니다"),
    "CAP_NET_ADMIN is not effective": ("CAP_NET_ADMIN 未生效", "CAP_NET_ADMIN이 유효하지 않습니다"),
    "No nftables changes, no routes or policy rules, no sysctl changes, no TUN device: Byway can only report.":
        ("无法修改 nftables、路由或策略规则，无法修改 sysctl，也无法创建 TUN 设备：Byway 只能报告。",
         "nftables 변경, 경로나 정책 규칙, sysctl 변경, TUN 장치 모두 불가능합니다. Byway는 보고만 할 수 있습니다."),
    "Run bywayd as root or with CAP_NET_ADMIN (container: --cap-add NET_ADMIN; systemd: AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW).":
        ("以 root 身份或带 CAP_NET_ADMIN 运行 bywayd（容器：--cap-add NET_ADMIN；systemd：AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW）。",
         "bywayd를 root로 또는 CAP_NET_ADMIN과 함께 실행하세요(컨테이너: --cap-add NET_ADMIN, systemd: AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW)."),
    "Run bywayd in the user namespace that owns this network namespace (not under unshare -U / a nested sandbox).":
        ("在拥有此网络命名空间的用户命名空间中运行 bywayd（不要在 unshare -U 或嵌套沙箱中运行）。",
         "이 네트워크 네임스페이스를 소유한 사용자 네임스페이스에서 bywayd를 실행하세요(unshare -U나 중첩 샌드박스 아래가 아니라)."),
    "CAP_NET_RAW does not reach this network namespace": ("CAP_NET_RAW 对此网络命名空间无效", "CAP_NET_RAW가 이 네트워크 네임스페이스에 미치지 않습니다"),
    "CAP_NET_RAW is not effective": ("CAP_NET_RAW 未生效", "CAP_NET_RAW가 유효하지 않습니다"),
    "No AF_PACKET capture (IKEv2-style compat path), no raw reply injection, no raw ICMP probes, and legacy iptables tables cannot be inspected.":
        ("无法进行 AF_PACKET 捕获（IKEv2 类兼容路径）、原始应答注入和原始 ICMP 探测，也无法检查旧版 iptables 表。",
         "AF_PACKET 캡처(IKEv2 방식 호환 경로), 원시 응답 주입, 원시 ICMP 점검이 불가능하며 레거시 iptables 테이블을 검사할 수 없습니다."),
    "Run the container with --cap-add NET_RAW (systemd: add CAP_NET_RAW to AmbientCapabilities and CapabilityBoundingSet).":
        ("用 --cap-add NET_RAW 运行容器（systemd：将 CAP_NET_RAW 加入 AmbientCapabilities 和 CapabilityBoundingSet）。",
         "--cap-add NET_RAW로 컨테이너를 실행하세요(systemd: AmbientCapabilities와 CapabilityBoundingSet에 CAP_NET_RAW 추가)."),
    "Capabilities could not be read": ("无法读取能力集", "권한(capability)을 읽을 수 없습니다"),
    "Everything that needs them is assumed off.": ("所有依赖这些能力的功能都视为关闭。", "이것이 필요한 기능은 모두 꺼진 것으로 간주합니다."),
    "Check the seccomp profile of the container; capget must be allowed.": ("检查容器的 seccomp 配置；必须允许 capget。", "컨테이너의 seccomp 프로필을 확인하세요. capget이 허용되어야 합니다."),
    "nf_tables usable and changeable": ("nf_tables 可用且可修改", "nf_tables를 사용하고 변경할 수 있습니다"),
    "nf_tables refuses us": ("nf_tables 拒绝访问", "nf_tables가 접근을 거부합니다"),
    "No standard path: no DNAT to the proxy, no masquerade, no forward rules.":
        ("没有标准路径：无法 DNAT 到代理，无法地址伪装，无法添加转发规则。", "표준 경로 없음: 프록시로의 DNAT, 마스커레이드, 전달 규칙이 모두 불가능합니다."),
    "Give bywayd CAP_NET_ADMIN in this network namespace (container: --cap-add NET_ADMIN).":
        ("在此网络命名空间中授予 bywayd CAP_NET_ADMIN（容器：--cap-add NET_ADMIN）。", "이 네트워크 네임스페이스에서 bywayd에 CAP_NET_ADMIN을 부여하세요(컨테이너: --cap-add NET_ADMIN)."),
    "This kernel has no nf_tables": ("此内核没有 nf_tables", "이 커널에는 nf_tables가 없습니다"),
    "No standard path; Byway falls back to capture (Compat) if it can.": ("没有标准路径；Byway 会在可能时改用捕获（兼容模式）。", "표준 경로가 없습니다. 가능하면 Byway가 캡처(호환)로 대체합니다."),
    "Use a kernel with CONFIG_NF_TABLES (and nft_nat, nft_masq), or load nf_tables on the host.":
        ("使用启用 CONFIG_NF_TABLES（及 nft_nat、nft_masq）的内核，或在宿主机上加载 nf_tables。", "CONFIG_NF_TABLES(및 nft_nat, nft_masq)가 있는 커널을 쓰거나 호스트에서 nf_tables를 로드하세요."),
    "nf_tables could not be listed": ("无法列出 nf_tables", "nf_tables 목록을 가져올 수 없습니다"),
    "No standard path while this persists.": ("在此问题解决前没有标准路径。", "이 상태가 계속되는 동안 표준 경로가 없습니다."),
    "See the kernel log; retry the probe.": ("查看内核日志，然后重新探测。", "커널 로그를 확인하고 점검을 다시 실행하세요."),
    "nf_tables readable but CAP_NET_ADMIN is not effective": ("nf_tables 可读，但 CAP_NET_ADMIN 未生效", "nf_tables는 읽을 수 있지만 CAP_NET_ADMIN이 유효하지 않습니다"),
    "Changes would be refused: no standard path.": ("修改会被拒绝：没有标准路径。", "변경이 거부됩니다: 표준 경로가 없습니다."),
    "Give bywayd CAP_NET_ADMIN.": ("授予 bywayd CAP_NET_ADMIN。", "bywayd에 CAP_NET_ADMIN을 부여하세요."),
    "No legacy iptables in this namespace": ("此命名空间中没有旧版 iptables", "이 네임스페이스에는 레거시 iptables가 없습니다"),
    "ip_tables loaded, no legacy tables instantiated": ("ip_tables 已加载，但没有实例化的旧版表", "ip_tables가 로드되었지만 생성된 레거시 테이블은 없습니다"),
    "Legacy iptables tables exist but could not be read": ("旧版 iptables 表存在但无法读取", "레거시 iptables 테이블이 있지만 읽을 수 없습니다"),
    "Rules in them cannot be checked for conflicts with Byway's nf_tables rules.": ("无法检查其中的规则是否与 Byway 的 nf_tables 规则冲突。", "그 안의 규칙이 Byway의 nf_tables 규칙과 충돌하는지 확인할 수 없습니다."),
    "Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN.": ("授予 bywayd CAP_NET_RAW（原始套接字）和 CAP_NET_ADMIN。", "bywayd에 CAP_NET_RAW(원시 소켓)와 CAP_NET_ADMIN을 부여하세요."),
    "Check the kernel log; the x_tables interface refused the read.": ("查看内核日志；x_tables 接口拒绝了读取。", "커널 로그를 확인하세요. x_tables 인터페이스가 읽기를 거부했습니다."),
    "No legacy nat table (not needed: Byway speaks nf_tables)": ("没有旧版 nat 表（无需：Byway 使用 nf_tables）", "레거시 nat 테이블 없음(필요 없음: Byway는 nf_tables를 사용)"),
    "The legacy nat table exists but we may not read it": ("旧版 nat 表存在，但我们无权读取", "레거시 nat 테이블이 있지만 읽을 권한이 없습니다"),
    "Legacy NAT rules cannot be checked against Byway's.": ("无法将旧版 NAT 规则与 Byway 的规则进行比对。", "레거시 NAT 규칙을 Byway의 규칙과 대조할 수 없습니다."),
    "Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN (x_tables reads).": ("授予 bywayd CAP_NET_RAW（原始套接字）和 CAP_NET_ADMIN（读取 x_tables）。", "bywayd에 CAP_NET_RAW(원시 소켓)와 CAP_NET_ADMIN(x_tables 읽기)을 부여하세요."),
    "The legacy nat table exists but cannot be read": ("旧版 nat 表存在但无法读取", "레거시 nat 테이블이 있지만 읽을 수 없습니다"),
    "Tools relying on iptables-legacy -t nat (the field's auto-detection) fail here; Byway does not use it.":
        ("依赖 iptables-legacy -t nat 的工具（常见的自动检测）在这里会失败；Byway 不使用它。", "iptables-legacy -t nat에 의존하는 도구(흔한 자동 감지)는 여기서 실패합니다. Byway는 이를 사용하지 않습니다."),
    "Nothing to do for Byway; other tools on this box need a working legacy nat.": ("Byway 无需处理；本机上的其他工具需要可用的旧版 nat。", "Byway가 할 일은 없습니다. 이 장치의 다른 도구에는 작동하는 레거시 nat가 필요합니다."),
    "iptables-legacy -t nat -L fails on this kernel (router-system kernel); tools that test it conclude iptables is unusable.":
        ("iptables-legacy -t nat -L 在此内核（路由器系统内核）上会失败；以此检测的工具会认为 iptables 不可用。", "이 커널(라우터 시스템 커널)에서는 iptables-legacy -t nat -L이 실패하므로 이를 시험하는 도구는 iptables를 쓸 수 없다고 판단합니다."),
    "Nothing to do for Byway: it uses nf_tables, or the compat capture.": ("Byway 无需处理：它使用 nf_tables 或兼容捕获。", "Byway가 할 일은 없습니다. nf_tables나 호환 캡처를 사용합니다."),
    "No legacy iptables rules beside nf_tables": ("nf_tables 旁没有旧版 iptables 规则", "nf_tables 옆에 레거시 iptables 규칙이 없습니다"),
    "Both rule sets run on every packet; a drop or NAT in one is invisible to the tools of the other: clients connect but nothing is forwarded.":
        ("两套规则都会处理每个数据包；一方的丢弃或 NAT 在另一方的工具中不可见：客户端能连接，但没有任何流量被转发。",
         "두 규칙 집합이 모든 패킷에 적용되고, 한쪽의 드롭이나 NAT는 다른 쪽 도구에서 보이지 않습니다. 클라이언트는 연결되지만 아무것도 전달되지 않습니다."),
    "Use one backend: remove the legacy rules (iptables-legacy -F -t <table>) or switch the tool that writes them to iptables-nft; in a container, do not share the host's network namespace with a legacy-iptables image.":
        ("只使用一种后端：删除旧版规则（iptables-legacy -F -t <table>），或让写入这些规则的工具改用 iptables-nft；在容器中，不要与使用旧版 iptables 的镜像共享宿主机网络命名空间。",
         "백엔드는 하나만 쓰세요. 레거시 규칙을 지우거나(iptables-legacy -F -t <table>) 그것을 쓰는 도구를 iptables-nft로 바꾸세요. 컨테이너에서는 레거시 iptables 이미지와 호스트 네트워크 네임스페이스를 공유하지 마세요."),
    "Once Byway's nf_tables chains are in, packets pass both; a legacy drop or NAT overrides Byway silently.":
        ("一旦加入 Byway 的 nf_tables 链，数据包会经过两者；旧版规则中的丢弃或 NAT 会悄无声息地覆盖 Byway。", "Byway의 nf_tables 체인이 들어가면 패킷이 둘 다 거치며, 레거시의 드롭이나 NAT가 Byway를 조용히 무효로 만듭니다."),
    "Move those rules to nf_tables (iptables-nft) or remove them.": ("将这些规则迁移到 nf_tables（iptables-nft）或删除它们。", "그 규칙을 nf_tables(iptables-nft)로 옮기거나 지우세요."),
    "A mixed-backend conflict cannot be ruled out.": ("无法排除混用后端造成的冲突。", "백엔드 혼용 충돌을 배제할 수 없습니다."),
    "Give bywayd CAP_NET_RAW and CAP_NET_ADMIN.": ("授予 bywayd CAP_NET_RAW 和 CAP_NET_ADMIN。", "bywayd에 CAP_NET_RAW와 CAP_NET_ADMIN을 부여하세요."),
    "No foreign drops on forward/postrouting": ("forward/postrouting 上没有其他程序的丢弃规则", "forward/postrouting에 다른 프로그램의 드롭이 없습니다"),
    "An accept in Byway's table ends only Byway's chain; this chain still sees the packet and drops whatever it does not accept itself.":
        ("Byway 表中的放行只结束 Byway 自己的链；这条链仍会看到数据包，并丢弃它自己未放行的一切。", "Byway 테이블의 허용은 Byway 체인만 끝냅니다. 이 체인은 여전히 패킷을 보고, 스스로 허용하지 않은 것은 모두 버립니다."),
    "Allow the traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a policy or zone for the LAN/VPN interfaces; fw4: a forwarding rule for the zone), or let its owner accept it.":
        ("在该链中放行这些流量（Docker：在 DOCKER-USER 中加规则；firewalld：为 LAN/VPN 接口配置策略或区域；fw4：为该区域加转发规则），或让该链的所有者放行。",
         "그 체인에서 트래픽을 허용하세요(Docker: DOCKER-USER에 규칙, firewalld: LAN/VPN 인터페이스용 정책이나 영역, fw4: 해당 영역의 전달 규칙). 또는 체인 소유자가 허용하게 하세요."),
    "Packets Byway accepts can still be dropped there.": ("Byway 放行的数据包仍可能在那里被丢弃。", "Byway가 허용한 패킷도 그곳에서 버려질 수 있습니다."),
    "Check that chain's drop rules do not match Byway's pools and interfaces.": ("确认该链的丢弃规则不会匹配 Byway 的地址池和接口。", "그 체인의 드롭 규칙이 Byway의 풀과 인터페이스에 맞지 않는지 확인하세요."),
    "Forwarded traffic is dropped by the legacy table whatever Byway accepts.": ("无论 Byway 放行什么，转发的流量都会被旧版表丢弃。", "Byway가 무엇을 허용하든 전달 트래픽은 레거시 테이블에서 버려집니다."),
    "Add an accept for Byway's traffic in the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.":
        ("在旧版 FORWARD 链中为 Byway 的流量添加放行规则（Docker：DOCKER-USER），或删除旧版规则。", "레거시 FORWARD 체인에 Byway 트래픽을 허용하는 규칙을 추가하거나(Docker: DOCKER-USER) 레거시 규칙을 지우세요."),
    "Foreign nf_tables chains could not be checked": ("无法检查其他程序的 nf_tables 链", "다른 프로그램의 nf_tables 체인을 확인할 수 없습니다"),
    "A foreign drop on forward/postrouting would go unnoticed.": ("forward/postrouting 上其他程序的丢弃将不会被发现。", "forward/postrouting에서 다른 프로그램의 드롭을 알아차리지 못합니다."),
    "Fix the nftables finding first.": ("请先解决 nftables 的问题。", "먼저 nftables 항목을 해결하세요."),
    "TUN devices can be created": ("可以创建 TUN 设备", "TUN 장치를 만들 수 있습니다"),
    "/dev/net/tun does not exist": ("/dev/net/tun 不存在", "/dev/net/tun이 없습니다"),
    "No TUN capture: the compat path for L2TP/PPP-style pools is off.": ("无法 TUN 捕获：L2TP/PPP 类地址池的兼容路径关闭。", "TUN 캡처 불가: L2TP/PPP 방식 풀의 호환 경로가 꺼집니다."),
    "Pass the device to the container (--device /dev/net/tun) and allow it (systemd: DeviceAllow=/dev/net/tun rw).":
        ("将设备传入容器（--device /dev/net/tun）并允许访问（systemd：DeviceAllow=/dev/net/tun rw）。", "장치를 컨테이너에 전달하고(--device /dev/net/tun) 허용하세요(systemd: DeviceAllow=/dev/net/tun rw)."),
    "/dev/net/tun cannot be opened": ("无法打开 /dev/net/tun", "/dev/net/tun을 열 수 없습니다"),
    "A TUN device cannot be created": ("无法创建 TUN 设备", "TUN 장치를 만들 수 없습니다"),
    "Give bywayd CAP_NET_ADMIN (container: --cap-add NET_ADMIN); check the LSM profile allows tun_socket create.":
        ("授予 bywayd CAP_NET_ADMIN（容器：--cap-add NET_ADMIN）；确认 LSM 配置允许 tun_socket create。", "bywayd에 CAP_NET_ADMIN을 부여하고(컨테이너: --cap-add NET_ADMIN) LSM 프로필이 tun_socket create를 허용하는지 확인하세요."),
    "The kernel has no TUN driver": ("内核没有 TUN 驱动", "커널에 TUN 드라이버가 없습니다"),
    "Load the tun module on the host (modprobe tun) or use a kernel with CONFIG_TUN.": ("在宿主机上加载 tun 模块（modprobe tun），或使用启用 CONFIG_TUN 的内核。", "호스트에서 tun 모듈을 로드하거나(modprobe tun) CONFIG_TUN이 있는 커널을 쓰세요."),
    "See the kernel log.": ("查看内核日志。", "커널 로그를 확인하세요."),
    "AF_PACKET sockets work": ("AF_PACKET 套接字可用", "AF_PACKET 소켓이 작동합니다"),
    "The kernel has no AF_PACKET": ("内核没有 AF_PACKET", "커널에 AF_PACKET이 없습니다"),
    "No AF_PACKET capture on per-tunnel interfaces: the compat path for xfrm/IKEv2 interfaces is off.":
        ("无法在每个隧道接口上进行 AF_PACKET 捕获：xfrm/IKEv2 接口的兼容路径关闭。", "터널별 인터페이스에서 AF_PACKET 캡처 불가: xfrm/IKEv2 인터페이스의 호환 경로가 꺼집니다."),
    "Use a kernel with CONFIG_PACKET.": ("使用启用 CONFIG_PACKET 的内核。", "CONFIG_PACKET이 있는 커널을 쓰세요."),
    "AF_PACKET sockets are refused": ("AF_PACKET 套接字被拒绝", "AF_PACKET 소켓이 거부됩니다"),
    "Run the container with --cap-add NET_RAW (and check the seccomp/LSM profile allows AF_PACKET).":
        ("用 --cap-add NET_RAW 运行容器（并确认 seccomp/LSM 配置允许 AF_PACKET）。", "--cap-add NET_RAW로 컨테이너를 실행하세요(seccomp/LSM 프로필이 AF_PACKET을 허용하는지도 확인)."),
    "Host network namespace": ("宿主机网络命名空间", "호스트 네트워크 네임스페이스"),
    "Container network namespace": ("容器网络命名空间", "컨테이너 네트워크 네임스페이스"),
    "A network namespace other than PID 1's": ("不同于 PID 1 的网络命名空间", "PID 1과 다른 네트워크 네임스페이스"),
    "A container sharing the host's network namespace": ("与宿主机共享网络命名空间的容器", "호스트의 네트워크 네임스페이스를 공유하는 컨테이너"),
    "Everything Byway changes is the host's; tools in other containers with legacy iptables act on the same hooks (clients connect, nothing forwards).":
        ("Byway 所做的一切修改都作用于宿主机；其他使用旧版 iptables 的容器中的工具作用于相同的钩子（客户端能连接，但没有流量被转发）。",
         "Byway가 바꾸는 것은 모두 호스트의 것입니다. 레거시 iptables를 쓰는 다른 컨테이너의 도구가 같은 훅에서 동작합니다(클라이언트는 연결되지만 아무것도 전달되지 않음)."),
    "Prefer a bridge network with a static IP, --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun.":
        ("建议使用带静态 IP 的桥接网络，并加上 --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun。", "고정 IP가 있는 브리지 네트워크와 --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun을 권장합니다."),
    "No strict reverse-path filtering": ("没有严格的反向路径过滤", "엄격한 역경로 필터링 없음"),
    "Asymmetric return traffic (bypass router) and replies routed by mark into another table are dropped on these interfaces.":
        ("在这些接口上，非对称的回程流量（旁路由）以及按标记路由到其他表的应答会被丢弃。", "이 인터페이스에서는 비대칭 반환 트래픽(바이패스 라우터)과 마크로 다른 테이블에 라우팅된 응답이 버려집니다."),
    "rp_filter ignores fwmarks": ("rp_filter 忽略 fwmark", "rp_filter가 fwmark를 무시합니다"),
    "With rp_filter on, replies arriving on a marked exit fail the reverse-path check.": ("开启 rp_filter 时，从带标记的出口返回的应答无法通过反向路径检查。", "rp_filter가 켜져 있으면 마크된 출구로 도착한 응답이 역경로 검사에 실패합니다."),
    "set net.ipv4.conf.all.src_valid_mark=1": ("设置 net.ipv4.conf.all.src_valid_mark=1", "net.ipv4.conf.all.src_valid_mark=1로 설정하세요"),
    "Policy routing available": ("策略路由可用", "정책 라우팅을 사용할 수 있습니다"),
    "Policy routing is not available": ("策略路由不可用", "정책 라우팅을 사용할 수 없습니다"),
    "No per-pool tables, no fwmark-selected exits, and the TUN capture cannot be routed (it needs \"from <pool> lookup <table>\").":
        ("无法使用按地址池的路由表和按 fwmark 选择的出口，TUN 捕获也无法路由（它需要 \"from <pool> lookup <table>\"）。", "풀별 테이블, fwmark로 고르는 출구가 불가능하며 TUN 캡처도 라우팅할 수 없습니다(\"from <pool> lookup <table>\"이 필요)."),
    "Use a kernel with CONFIG_IP_MULTIPLE_TABLES (and IPV6_MULTIPLE_TABLES).": ("使用启用 CONFIG_IP_MULTIPLE_TABLES（及 IPV6_MULTIPLE_TABLES）的内核。", "CONFIG_IP_MULTIPLE_TABLES(및 IPV6_MULTIPLE_TABLES)가 있는 커널을 쓰세요."),
    "No xfrm (IPsec) in this kernel": ("此内核没有 xfrm（IPsec）", "이 커널에는 xfrm(IPsec)이 없습니다"),
    "IKEv2/IPsec tunnels cannot terminate on this box.": ("IKEv2/IPsec 隧道无法在本机终结。", "이 장치에서 IKEv2/IPsec 터널을 종단할 수 없습니다."),
    "Use a kernel with CONFIG_XFRM_USER (xfrm_user module).": ("使用启用 CONFIG_XFRM_USER（xfrm_user 模块）的内核。", "CONFIG_XFRM_USER(xfrm_user 모듈)가 있는 커널을 쓰세요."),
    "xfrm state cannot be listed": ("无法列出 xfrm 状态", "xfrm 상태를 나열할 수 없습니다"),
    "IKEv2 tunnels on this box cannot be inspected.": ("无法检查本机上的 IKEv2 隧道。", "이 장치의 IKEv2 터널을 검사할 수 없습니다."),
    "/dev/ppp usable": ("/dev/ppp 可用", "/dev/ppp 사용 가능"),
    "/dev/ppp does not exist": ("/dev/ppp 不存在", "/dev/ppp가 없습니다"),
    "PPP-based tunnels (L2TP, PPTP) cannot terminate here.": ("基于 PPP 的隧道（L2TP、PPTP）无法在此终结。", "PPP 기반 터널(L2TP, PPTP)을 여기서 종단할 수 없습니다."),
    "Pass --device /dev/ppp to the container, or create it (mknod /dev/ppp c 108 0).": ("给容器传入 --device /dev/ppp，或创建它（mknod /dev/ppp c 108 0）。", "컨테이너에 --device /dev/ppp를 전달하거나 만드세요(mknod /dev/ppp c 108 0)."),
    "No PPP driver": ("没有 PPP 驱动", "PPP 드라이버가 없습니다"),
    "Load ppp_generic on the host.": ("在宿主机上加载 ppp_generic。", "호스트에서 ppp_generic을 로드하세요."),
    "/dev/ppp cannot be opened": ("无法打开 /dev/ppp", "/dev/ppp를 열 수 없습니다"),
    "Give bywayd CAP_NET_ADMIN and allow the device (DeviceAllow=/dev/ppp rw).": ("授予 bywayd CAP_NET_ADMIN 并允许该设备（DeviceAllow=/dev/ppp rw）。", "bywayd에 CAP_NET_ADMIN을 부여하고 장치를 허용하세요(DeviceAllow=/dev/ppp rw)."),
    "No other owners of the ruleset or routing": ("规则集和路由没有其他管理者", "규칙 집합이나 라우팅의 다른 소유자가 없습니다"),
    "Direct exits have no way out.": ("直连出口没有出路。", "직접 출구가 나갈 길이 없습니다."),
    "Configure a default route (DHCP/RA on the WAN, or a static one).": ("配置默认路由（WAN 上的 DHCP/RA，或静态路由）。", "기본 경로를 구성하세요(WAN의 DHCP/RA 또는 고정 경로)."),
    "IPv6 stays off: no IPv6 egress.": ("IPv6 保持关闭：没有 IPv6 出口。", "IPv6는 꺼진 채로 둡니다: IPv6 출구가 없습니다."),
    "Traffic through that gateway may not get out (or it filters ICMP).": ("经该网关的流量可能无法出去（或它过滤了 ICMP）。", "그 게이트웨이를 거치는 트래픽이 나가지 못할 수 있습니다(또는 ICMP를 걸러냄)."),
    "Check the link and the gateway; some routers drop echo requests.": ("检查链路和网关；有些路由器会丢弃 echo 请求。", "링크와 게이트웨이를 확인하세요. 일부 라우터는 에코 요청을 버립니다."),
    "Routes could not be read": ("无法读取路由", "경로를 읽을 수 없습니다"),
    "The default gateway is unknown.": ("默认网关未知。", "기본 게이트웨이를 알 수 없습니다."),
    "The path works but nothing listens on that port.": ("路径可用，但该端口上没有服务监听。", "경로는 작동하지만 그 포트에서 수신 대기하는 것이 없습니다."),
    "Check the upstream service and port.": ("检查上游服务和端口。", "상위 서비스와 포트를 확인하세요."),
    "That target is not probed.": ("不会探测该目标。", "그 대상은 점검하지 않습니다."),
    "Use host[:port] with an IP literal, e.g. 192.0.2.1:443 or [2001:db8::1]:443.": ("使用带 IP 字面量的 host[:port]，例如 192.0.2.1:443 或 [2001:db8::1]:443。", "IP 리터럴로 host[:port]를 쓰세요. 예: 192.0.2.1:443 또는 [2001:db8::1]:443."),
    "No reachability targets configured": ("未配置可达性目标", "구성된 도달성 대상이 없습니다"),
    "Upstream reachability per exit is not verified.": ("未验证各出口的上游可达性。", "출구별 상위 도달성을 확인하지 않았습니다."),
    "Configure targets (e.g. the upstream proxy's host:port).": ("配置目标（例如上游代理的 host:port）。", "대상을 구성하세요(예: 상위 프록시의 host:port)."),
    "IPv6 egress verified": ("IPv6 出口已验证", "IPv6 출구 확인됨"),
    "IPv6 is disabled": ("IPv6 已禁用", "IPv6가 비활성화되어 있습니다"),
    "IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits).": ("IPv6 功能保持关闭（不向客户端通告 IPv6，没有 IPv6 出口）。", "IPv6 기능은 꺼진 채로 둡니다(클라이언트에 IPv6를 알리지 않고 IPv6 출구도 없음)."),
    "Enable IPv6 (ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0).": ("启用 IPv6（ipv6.disable=0，net.ipv6.conf.all.disable_ipv6=0）。", "IPv6를 활성화하세요(ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0)."),
    "No IPv6 route to the Internet": ("没有到互联网的 IPv6 路由", "인터넷으로 가는 IPv6 경로가 없습니다"),
    "Give the WAN an IPv6 default route (RA/DHCPv6-PD or static).": ("为 WAN 配置 IPv6 默认路由（RA/DHCPv6-PD 或静态）。", "WAN에 IPv6 기본 경로를 주세요(RA/DHCPv6-PD 또는 고정)."),
    "IPv6 route present, egress not verified": ("存在 IPv6 路由，但出口未验证", "IPv6 경로는 있지만 출구를 확인하지 않았습니다"),
    "Add an IPv6 reachability target (e.g. [2001:db8::1]:443 of your upstream).": ("添加 IPv6 可达性目标（例如上游的 [2001:db8::1]:443）。", "IPv6 도달성 대상을 추가하세요(예: 상위의 [2001:db8::1]:443)."),
    "IPv6 targets unreachable": ("IPv6 目标不可达", "IPv6 대상에 도달할 수 없습니다"),
    "Check the IPv6 upstream (firewall, RA, prefix delegation).": ("检查 IPv6 上游（防火墙、RA、前缀委派）。", "IPv6 상위를 확인하세요(방화벽, RA, 접두사 위임)."),
    "The path MTU towards it is unknown.": ("到它的路径 MTU 未知。", "그곳까지의 경로 MTU를 알 수 없습니다."),
    "No target for a path MTU": ("没有用于路径 MTU 的目标", "경로 MTU를 잴 대상이 없습니다"),
    "Tunnel MTU/MSS stay at their defaults.": ("隧道 MTU/MSS 保持默认值。", "터널 MTU/MSS는 기본값으로 둡니다."),
    "Configure a reachability target.": ("配置一个可达性目标。", "도달성 대상을 구성하세요."),
    "Nothing was probed for it.": ("没有对它进行任何探测。", "그것에 대해서는 아무것도 점검하지 않았습니다."),
    "Unknown check \"%{check}\"": ("未知的检查项“%{check}”", "알 수 없는 점검 항목 \"%{check}\""),
    "Use one of: %{known}": ("请使用以下之一：%{known}", "다음 중 하나를 쓰세요: %{known}"),
    "Our accept is overridden: %{where} has policy drop":
        ("我们的放行被覆盖：%{where} 的默认策略为 drop",
         "Byway의 허용이 무효가 됩니다: %{where}의 정책이 drop입니다"),
    "%{where} has %{count} drop/reject rule(s) that can override our accept":
        ("%{where} 有 %{count} 条 drop/reject 规则，可能覆盖我们的放行",
         "%{where}에 Byway의 허용을 무효로 만들 수 있는 drop/reject 규칙이 %{count}개 있습니다"),
    "Our accept is overridden: legacy %{family} filter FORWARD has policy drop":
        ("我们的放行被覆盖：旧版 %{family} filter 表的 FORWARD 默认策略为 drop",
         "Byway의 허용이 무효가 됩니다: 레거시 %{family} filter FORWARD 정책이 drop입니다"),
    "Legacy tables read: %{tables}": ("已读取旧版表：%{tables}", "읽은 레거시 테이블: %{tables}"),
    "Legacy nat table readable (%{entries} entries)":
        ("旧版 nat 表可读（%{entries} 个条目）",
         "레거시 nat 테이블을 읽을 수 있음(항목 %{entries}개)"),
    "The legacy nat table uses targets stock iptables cannot parse: %{targets}":
        ("旧版 nat 表使用了标准 iptables 无法解析的目标：%{targets}",
         "레거시 nat 테이블이 표준 iptables가 해석할 수 없는 대상을 사용합니다: %{targets}"),
    "Legacy iptables and nf_tables both act on the same hooks: %{legacy} beside %{nftables}":
        ("旧版 iptables 和 nf_tables 作用于相同的钩子：%{legacy} 与 %{nftables} 并存",
         "레거시 iptables와 nf_tables가 같은 훅에서 동작합니다: %{legacy} 옆에 %{nftables}"),
    "Legacy iptables rules sit on hooks Byway will use: %{legacy}":
        ("旧版 iptables 规则位于 Byway 将使用的钩子上：%{legacy}",
         "레거시 iptables 규칙이 Byway가 사용할 훅에 있습니다: %{legacy}"),
    "Legacy tables exist but could not be read: %{tables}":
        ("旧版表存在但无法读取：%{tables}",
         "레거시 테이블이 있지만 읽을 수 없습니다: %{tables}"),
    "%{family} forwarding on": ("%{family} 转发已开启", "%{family} 전달 켜짐"),
    "%{family} forwarding off": ("%{family} 转发已关闭", "%{family} 전달 꺼짐"),
    "The box does not route %{family} between interfaces: clients connect, nothing is forwarded.":
        ("本机不在接口之间路由 %{family}：客户端能连接，但没有流量被转发。",
         "이 장치는 인터페이스 사이에서 %{family}을(를) 라우팅하지 않습니다. 클라이언트는 연결되지만 아무것도 전달되지 않습니다."),
    "set %{sysctl}=1 (sysctl -w %{sysctl}=1; persist in /etc/sysctl.d/)":
        ("设置 %{sysctl}=1（sysctl -w %{sysctl}=1；在 /etc/sysctl.d/ 中持久化）",
         "%{sysctl}=1로 설정하세요(sysctl -w %{sysctl}=1, /etc/sysctl.d/에 영구 저장)"),
    "%{family} forwarding setting not found": ("未找到 %{family} 转发设置", "%{family} 전달 설정을 찾을 수 없습니다"),
    "%{family} is disabled in this kernel or namespace.":
        ("%{family} 在此内核或命名空间中已禁用。",
         "이 커널이나 네임스페이스에서 %{family}이(가) 비활성화되어 있습니다."),
    "Enable %{family} (kernel command line / module options).":
        ("启用 %{family}（内核命令行或模块参数）。",
         "%{family}을(를) 활성화하세요(커널 명령줄 또는 모듈 옵션)."),
    "Strict reverse-path filtering on %{interfaces}":
        ("%{interfaces} 上启用了严格的反向路径过滤",
         "%{interfaces}에서 엄격한 역경로 필터링이 켜져 있습니다"),
    "set net.ipv4.conf.all.rp_filter=2 and net.ipv4.conf.<if>.rp_filter=2 (loose) for %{interfaces}":
        ("为 %{interfaces} 设置 net.ipv4.conf.all.rp_filter=2 和 net.ipv4.conf.<if>.rp_filter=2（宽松）",
         "%{interfaces}에 대해 net.ipv4.conf.all.rp_filter=2와 net.ipv4.conf.<if>.rp_filter=2(느슨하게)로 설정하세요"),
    "src_valid_mark on": ("src_valid_mark 已开启", "src_valid_mark 켜짐"),
    "src_valid_mark off (rp_filter not in the way)":
        ("src_valid_mark 已关闭（rp_filter 不受影响）",
         "src_valid_mark 꺼짐(rp_filter에 걸리지 않음)"),
    "xfrm present (%{sas} SAs)": ("xfrm 可用（%{sas} 个 SA）", "xfrm 있음(SA %{sas}개)"),
    "Other owners: %{owners}": ("其他管理者：%{owners}", "다른 소유자: %{owners}"),
    "%{family} default route present": ("存在 %{family} 默认路由", "%{family} 기본 경로가 있습니다"),
    "No %{family} default route in the main table": ("main 表中没有 %{family} 默认路由", "main 테이블에 %{family} 기본 경로가 없습니다"),
    "%{family} gateway %{gateways} does not answer ICMP":
        ("%{family} 网关 %{gateways} 不响应 ICMP",
         "%{family} 게이트웨이 %{gateways}이(가) ICMP에 응답하지 않습니다"),
    "%{target} reachable via default route": ("经默认路由可到达 %{target}", "기본 경로를 통해 %{target}에 도달할 수 있습니다"),
    "%{target} reachable via exit %{exit} (%{route})":
        ("经出口 %{exit}（%{route}）可到达 %{target}",
         "출구 %{exit}(%{route})을(를) 통해 %{target}에 도달할 수 있습니다"),
    "%{target} via default route: host answers, port closed":
        ("经默认路由访问 %{target}：主机有响应，但端口关闭",
         "기본 경로 경유 %{target}: 호스트는 응답하지만 포트가 닫혀 있습니다"),
    "%{target} via exit %{exit} (%{route}): host answers, port closed":
        ("经出口 %{exit}（%{route}）访问 %{target}：主机有响应，但端口关闭",
         "출구 %{exit}(%{route}) 경유 %{target}: 호스트는 응답하지만 포트가 닫혀 있습니다"),
    "%{target} unreachable via default route": ("经默认路由无法到达 %{target}", "기본 경로를 통해 %{target}에 도달할 수 없습니다"),
    "%{target} unreachable via exit %{exit} (%{route})":
        ("经出口 %{exit}（%{route}）无法到达 %{target}",
         "출구 %{exit}(%{route})을(를) 통해 %{target}에 도달할 수 없습니다"),
    "Users on this exit cannot reach %{target}.": ("使用此出口的用户无法到达 %{target}。", "이 출구를 쓰는 사용자는 %{target}에 도달할 수 없습니다."),
    "Check the exit's routing table, mark rule and link (%{command}).":
        ("检查该出口的路由表、标记规则和链路（%{command}）。",
         "출구의 라우팅 테이블, 마크 규칙, 링크를 확인하세요(%{command})."),
    "Bad reachability target %{target}": ("无效的可达性目标 %{target}", "잘못된 도달성 대상 %{target}"),
    "Path MTU to %{target} via default route: %{mtu}":
        ("经默认路由到 %{target} 的路径 MTU：%{mtu}",
         "기본 경로 경유 %{target}까지의 경로 MTU: %{mtu}"),
    "Path MTU to %{target} via exit %{exit}: %{mtu}":
        ("经出口 %{exit} 到 %{target} 的路径 MTU：%{mtu}",
         "출구 %{exit} 경유 %{target}까지의 경로 MTU: %{mtu}"),
    "No path to %{target} via default route": ("经默认路由没有到 %{target} 的路径", "기본 경로 경유 %{target}까지의 경로가 없습니다"),
    "No path to %{target} via exit %{exit}": ("经出口 %{exit} 没有到 %{target} 的路径", "출구 %{exit} 경유 %{target}까지의 경로가 없습니다"),
    "Fix the route to %{target} first.": ("请先修复到 %{target} 的路由。", "먼저 %{target}까지의 경로를 고치세요."),
    "\"%{name}\" is not a member here (known: %{known})":
        ("此处没有成员“%{name}”（已知成员：%{known}）",
         "여기에는 \"%{name}\" 항목이 없습니다(알려진 항목: %{known})"),
    "unknown setting \"%{name}\"": ("未知设置“%{name}”", "알 수 없는 설정 \"%{name}\""),
    "must be an object": ("必须是对象", "객체여야 합니다"),
    "must be an array": ("必须是数组", "배열이어야 합니다"),
    "must be a string": ("必须是字符串", "문자열이어야 합니다"),
    "must be true or false": ("必须是 true 或 false", "true 또는 false여야 합니다"),
    "must be a whole number": ("必须是整数", "정수여야 합니다"),
    "is required": ("为必填项", "필수 항목입니다"),
    "must not be empty": ("不能为空", "비어 있으면 안 됩니다"),
    "must be between %{min} and %{max} (is %{value})":
        ("必须在 %{min} 到 %{max} 之间（当前为 %{value}）",
         "%{min}에서 %{max} 사이여야 합니다(현재 %{value})"),
    "must be a 32-bit number, decimal or 0x-hex (is \"%{value}\")":
        ("必须是 32 位数字，十进制或 0x 开头的十六进制（当前为“%{value}”）",
         "32비트 숫자여야 합니다. 10진수 또는 0x로 시작하는 16진수(현재 \"%{value}\")"),
    "\"%{value}\" is not an address with a prefix length like 10.20.0.0/24":
        ("“%{value}”不是带前缀长度的地址（例如 10.20.0.0/24）",
         "\"%{value}\"은(는) 10.20.0.0/24처럼 접두사 길이가 있는 주소가 아닙니다"),
    "\"%{value}\" is not an IP address": ("“%{value}”不是 IP 地址", "\"%{value}\"은(는) IP 주소가 아닙니다"),
    "\"%{value}\" is not one of: %{allowed}":
        ("“%{value}”不是以下之一：%{allowed}",
         "\"%{value}\"은(는) 다음 중 하나가 아닙니다: %{allowed}"),
    "\"%{value}\" is not an interface name": ("“%{value}”不是接口名称", "\"%{value}\"은(는) 인터페이스 이름이 아닙니다"),
    "\"%{value}\" is not an interface name (1-15 characters, no / : * or spaces)":
        ("“%{value}”不是接口名称（1-15 个字符，不能包含 / : * 或空格）",
         "\"%{value}\"은(는) 인터페이스 이름이 아닙니다(1-15자, / : * 및 공백 불가)"),
    "\"%{value}\" is not an interface name or a prefix with a trailing * (like vpns*)":
        ("“%{value}”不是接口名称，也不是以 * 结尾的前缀（例如 vpns*）",
         "\"%{value}\"은(는) 인터페이스 이름도, vpns*처럼 *로 끝나는 접두사도 아닙니다"),
    "\"%{value}\" is not a valid name (1-32 of A-Z a-z 0-9 _ . -, starting with a letter or digit)":
        ("“%{value}”不是有效名称（1-32 个 A-Z a-z 0-9 _ . - 字符，以字母或数字开头）",
         "\"%{value}\"은(는) 올바른 이름이 아닙니다(A-Z a-z 0-9 _ . - 중 1-32자, 글자나 숫자로 시작)"),
    "config schema version %{version} is newer than this bywayd understands (%{supported})":
        ("配置架构版本 %{version} 比此 bywayd 支持的版本（%{supported}）更新",
         "구성 스키마 버전 %{version}은(는) 이 bywayd가 이해하는 버전(%{supported})보다 새롭습니다"),
    "\"%{value}\" appears more than once": ("“%{value}”出现了多次", "\"%{value}\"이(가) 두 번 이상 나옵니다"),
    "\"%{interface}\" is listed as both WAN and LAN":
        ("“%{interface}”同时被列为 WAN 和 LAN",
         "\"%{interface}\"이(가) WAN과 LAN에 모두 들어 있습니다"),
    "\"%{interface}\" is also a WAN or LAN interface: the alternate port must be a separate link, or traffic loops between the two bridges":
        ("“%{interface}”同时也是 WAN 或 LAN 接口：备用端口必须是单独的链路，否则流量会在两个网桥之间环回",
         "\"%{interface}\"은(는) WAN 또는 LAN 인터페이스이기도 합니다. 보조 포트는 별도의 링크여야 하며, 그렇지 않으면 두 브리지 사이에서 트래픽이 순환합니다"),
    "%{value} has host bits set; did you mean %{network}?":
        ("%{value} 设置了主机位；您是指 %{network} 吗？",
         "%{value}에 호스트 비트가 설정되어 있습니다. %{network}을(를) 뜻하셨나요?"),
    "%{subnet} overlaps pool \"%{pool}\" (%{other})":
        ("%{subnet} 与地址池“%{pool}”（%{other}）重叠",
         "%{subnet}이(가) 풀 \"%{pool}\"(%{other})과(와) 겹칩니다"),
    "no exit named \"%{exit}\" in /exits": ("/exits 中没有名为“%{exit}”的出口", "/exits에 \"%{exit}\"(이)라는 출구가 없습니다"),
    "user \"%{user}\" appears more than once": ("用户“%{user}”出现了多次", "사용자 \"%{user}\"이(가) 두 번 이상 나옵니다"),
    "%{address} is outside the pool's subnet %{subnet}":
        ("%{address} 不在地址池的子网 %{subnet} 内",
         "%{address}이(가) 풀의 서브넷 %{subnet} 밖에 있습니다"),
    "%{address} is assigned to another user": ("%{address} 已分配给另一个用户", "%{address}은(는) 이미 다른 사용자에게 할당되어 있습니다"),
    "IPv6 masquerade of %{source} needs ipv6.enabled":
        ("对 %{source} 做 IPv6 地址伪装需要 ipv6.enabled",
         "%{source}의 IPv6 마스커레이드에는 ipv6.enabled가 필요합니다"),
    "\"%{interface}\" is neither one of the WAN interfaces (%{wan}) nor an exit's device":
        ("“%{interface}”既不是 WAN 接口之一（%{wan}），也不是某个出口的设备",
         "\"%{interface}\"은(는) WAN 인터페이스(%{wan})도, 출구의 장치도 아닙니다"),
    "\"%{interface}\" is neither a WAN interface (none is set) nor an exit's device":
        ("“%{interface}”既不是 WAN 接口（尚未设置任何 WAN 接口），也不是某个出口的设备",
         "\"%{interface}\"은(는) WAN 인터페이스(설정된 것 없음)도, 출구의 장치도 아닙니다"),
    "mark %{mark} uses bits outside the routing mark mask %{mask}":
        ("标记 %{mark} 使用了路由标记掩码 %{mask} 之外的位",
         "마크 %{mark}이(가) 라우팅 마크 마스크 %{mask} 밖의 비트를 사용합니다"),
    "bit %{bit} of the routing mark mask is reserved for the compat capture's own sockets":
        ("路由标记掩码的位 %{bit} 保留给兼容捕获自身的套接字",
         "라우팅 마크 마스크의 비트 %{bit}은(는) 호환 캡처 자체의 소켓용으로 예약되어 있습니다"),
    "table %{table} is Byway's own (%{bypass}: the bypass route, %{capture}: the compat capture); pick another":
        ("路由表 %{table} 为 Byway 自用（%{bypass}：旁路路由，%{capture}：兼容捕获）；请另选一个",
         "테이블 %{table}은(는) Byway 전용입니다(%{bypass}: 우회 경로, %{capture}: 호환 캡처). 다른 테이블을 고르세요"),
    "table %{table} is reserved by the kernel (253 default, 254 main, 255 local)":
        ("路由表 %{table} 由内核保留（253 default、254 main、255 local）",
         "테이블 %{table}은(는) 커널이 예약한 것입니다(253 default, 254 main, 255 local)"),
    "server, port, username and password belong to socks5 exits":
        ("server、port、username 和 password 只适用于 socks5 出口",
         "server, port, username, password는 socks5 출구에만 쓰입니다"),
    "a socks5 exit needs a server": ("socks5 出口需要服务器", "socks5 출구에는 서버가 필요합니다"),
    "a socks5 exit needs a port (1-65535)": ("socks5 出口需要端口（1-65535）", "socks5 출구에는 포트(1-65535)가 필요합니다"),
    "a password without a username is never sent": ("没有用户名时密码永远不会被发送", "사용자 이름이 없으면 비밀번호는 전송되지 않습니다"),
    "SOCKS5 usernames and passwords are at most 255 bytes (RFC 1929)":
        ("SOCKS5 用户名和密码最多 255 字节（RFC 1929）",
         "SOCKS5 사용자 이름과 비밀번호는 최대 255바이트입니다(RFC 1929)"),
    "tables %{first}-%{last} would include the kernel's 253-255":
        ("路由表 %{first}-%{last} 会包含内核保留的 253-255",
         "테이블 %{first}-%{last}에 커널의 253-255가 포함됩니다"),
    "must leave Byway at least one mark bit": ("必须至少给 Byway 留一个标记位", "Byway에 마크 비트를 하나 이상 남겨야 합니다"),
    "a vpn-gateway needs the WAN interface its pools leave through":
        ("vpn-gateway 需要其地址池流量出去的 WAN 接口",
         "vpn-gateway에는 풀 트래픽이 나가는 WAN 인터페이스가 필요합니다"),
    "a vpn-gateway needs at least one pool": ("vpn-gateway 至少需要一个地址池", "vpn-gateway에는 풀이 하나 이상 필요합니다"),
    "a vpn-gateway needs the tunnel interface pattern of its VPN server (like vpns*)":
        ("vpn-gateway 需要其 VPN 服务器的隧道接口模式（例如 vpns*）",
         "vpn-gateway에는 VPN 서버의 터널 인터페이스 패턴(예: vpns*)이 필요합니다"),
    "pool %{subnet} is not covered by any masquerade source (%{sources}): its clients would get addresses that are never masqueraded":
        ("地址池 %{subnet} 不在任何伪装源（%{sources}）范围内：其客户端获得的地址永远不会被伪装",
         "풀 %{subnet}이(가) 어떤 마스커레이드 출발지(%{sources})에도 포함되지 않습니다. 클라이언트가 받는 주소는 마스커레이드되지 않습니다"),
    "pool %{subnet} is not covered by any masquerade source (none is set): its clients would get addresses that are never masqueraded":
        ("地址池 %{subnet} 不在任何伪装源范围内（尚未设置伪装源）：其客户端获得的地址永远不会被伪装",
         "풀 %{subnet}이(가) 어떤 마스커레이드 출발지에도 포함되지 않습니다(출발지 없음). 클라이언트가 받는 주소는 마스커레이드되지 않습니다"),
    "the primary LAN interface (or bridge) is required": ("需要主 LAN 接口（或网桥）", "기본 LAN 인터페이스(또는 브리지)가 필요합니다"),
    "a secondary router needs its WAN port towards the main router":
        ("二级路由需要连向主路由器的 WAN 端口",
         "보조 라우터에는 메인 라우터 쪽 WAN 포트가 필요합니다"),
    "the main router's address is required": ("需要主路由器的地址", "메인 라우터의 주소가 필요합니다"),
    "this box's address on the primary LAN (like 192.168.10.2/24) is required":
        ("需要本机在主 LAN 上的地址（例如 192.168.10.2/24）",
         "기본 LAN에서 이 장치의 주소(예: 192.168.10.2/24)가 필요합니다"),
    "the main router cannot have this box's own address": ("主路由器不能使用本机自己的地址", "메인 라우터가 이 장치의 주소를 가질 수는 없습니다"),
    "%{mainRouter} is not on this box's LAN %{lan}: a bypass router forwards to a main router on the same LAN":
        ("%{mainRouter} 不在本机的 LAN %{lan} 上：旁路由只转发到同一 LAN 上的主路由器",
         "%{mainRouter}이(가) 이 장치의 LAN %{lan}에 없습니다. 바이패스 라우터는 같은 LAN의 메인 라우터로 전달합니다"),
    "a bypass router forwards without NAT; use role secondary-router for NAT":
        ("旁路由转发时不做 NAT；需要 NAT 请使用 secondary-router 角色",
         "바이패스 라우터는 NAT 없이 전달합니다. NAT가 필요하면 secondary-router 역할을 쓰세요"),
    "IPv6 secondary routing needs the port on the alternate bridge":
        ("IPv6 二级路由需要备用网桥上的端口",
         "IPv6 보조 라우팅에는 보조 브리지의 포트가 필요합니다"),
    "IPv6 secondary routing needs ipv6.enabled": ("IPv6 二级路由需要 ipv6.enabled", "IPv6 보조 라우팅에는 ipv6.enabled가 필요합니다"),
    "the WAN interface whose table is selected by mark is required":
        ("需要按标记选择路由表的 WAN 接口",
         "마크로 테이블이 선택되는 WAN 인터페이스가 필요합니다"),
    "wan-separated needs a direct exit with both a mark and a table (the WAN table)":
        ("wan-separated 需要一个同时设置了标记和路由表（WAN 表）的直连出口",
         "wan-separated에는 마크와 테이블(WAN 테이블)을 모두 가진 직접 출구가 필요합니다"),
    "IPv6 needs an MTU of at least 1280 (is %{mtu})":
        ("IPv6 要求 MTU 至少为 1280（当前为 %{mtu}）",
         "IPv6에는 1280 이상의 MTU가 필요합니다(현재 %{mtu})"),
    "\"%{interface}\" is already a WAN, LAN or alternate interface":
        ("“%{interface}”已是 WAN、LAN 或备用接口",
         "\"%{interface}\"은(는) 이미 WAN, LAN 또는 보조 인터페이스입니다"),
    "\"%{interface}\" matches \"%{pattern}\": the capture's TUN is Byway's own device, not a VPN tunnel; name it outside that pattern":
        ("“%{interface}”匹配“%{pattern}”：捕获的 TUN 是 Byway 自己的设备，不是 VPN 隧道；请取一个不匹配该模式的名称",
         "\"%{interface}\"이(가) \"%{pattern}\"에 일치합니다: 캡처의 TUN은 VPN 터널이 아니라 Byway 자체 장치이므로 그 패턴 밖의 이름을 지정하세요"),
    "\"%{value}\" is not a SOCKS5 server's IP address: give the server's unicast IPv4 or IPv6 address (names are not resolved)":
        ("“%{value}”不是 SOCKS5 服务器的 IP 地址：请填写服务器的单播 IPv4 或 IPv6 地址（不解析域名）",
         "\"%{value}\"은(는) SOCKS5 서버의 IP 주소가 아닙니다: 서버의 유니캐스트 IPv4 또는 IPv6 주소를 입력하세요(이름은 해석하지 않습니다)"),
    "table and device belong to direct exits: a socks5 exit reaches its server by the routes of its mark (or the main table)":
        ("table 和 device 属于直连出口：socks5 出口按其标记的路由（或主路由表）连接服务器",
         "table과 device는 직접 출구의 설정입니다: socks5 출구는 마크의 경로(또는 main 테이블)로 서버에 연결합니다"),
    "\"%{value}\" is reserved: the capture's counters and the topology call the way out of traffic without an exit \"main\"":
        ("“%{value}”为保留名称：捕获的计数器和拓扑把未指定出口的流量去向称为“main”",
         "\"%{value}\"은(는) 예약된 이름입니다: 캡처의 카운터와 토폴로지는 출구가 없는 트래픽의 경로를 \"main\"이라고 부릅니다"),
    "\"%{value}\" is not [IPv6 address]:port like [2001:db8::1]:443":
        ("“%{value}”不是 [IPv6 地址]:端口 格式（例如 [2001:db8::1]:443）",
         "\"%{value}\"은(는) [2001:db8::1]:443처럼 [IPv6 주소]:포트 형식이 아닙니다"),
    "\"%{value}\" is not address:port like 127.0.0.1:54":
        ("“%{value}”不是 地址:端口 格式（例如 127.0.0.1:54）",
         "\"%{value}\"은(는) 127.0.0.1:54처럼 주소:포트 형식이 아닙니다"),
    "redirecting DNS of a group needs the WAN-only resolver (dns.wanResolver)":
        ("重定向某个组的 DNS 需要仅限 WAN 的解析器（dns.wanResolver）",
         "그룹의 DNS를 리디렉션하려면 WAN 전용 리졸버(dns.wanResolver)가 필요합니다"),
    "\"%{value}\" is not a log category (%{known}, or all)":
        ("“%{value}”不是日志类别（%{known}，或 all）",
         "\"%{value}\"은(는) 로그 범주가 아닙니다(%{known} 또는 all)"),
    "IPv6 forwarding stays off until the IPv6 egress probe passes":
        ("在 IPv6 出口探测通过之前，IPv6 转发保持关闭",
         "IPv6 출구 검사를 통과할 때까지 IPv6 전달은 꺼진 상태로 둡니다"),
    "Use one of: %1": ("请使用以下之一：%1", "다음 중 하나를 쓰세요: %1"),
    # The banner above every page: commit-confirm in flight, config not applied.
    "Unconfirmed configuration: reverted in %n second(s) unless kept":
        ("配置尚未确认：若不保留，将在 %n 秒后恢复", "확인되지 않은 구성: 유지하지 않으면 %n초 후 되돌립니다"),
    "revision %1, reverts at %2": ("修订版本 %1，将于 %2 恢复", "리비전 %1, %2에 되돌림"),
    "Revert": ("恢复", "되돌리기"),
    "Not applied: %1": ("未生效：%1", "적용되지 않음: %1"),
    "Applied from this window": ("由此窗口应用", "이 창에서 적용함"),
    "Applied by remote client “%1”": ("由远程客户端“%1”应用", "원격 클라이언트 “%1”이(가) 적용함"),
    "Applied on this box by uid %1 (bywayctl or another window)":
        ("由本机 uid %1 应用（bywayctl 或其他窗口）", "이 장치의 uid %1이(가) 적용함(bywayctl 또는 다른 창)"),
    "bywayd cannot change this system's network settings":
        ("bywayd 无法更改此系统的网络设置", "bywayd가 이 시스템의 네트워크 설정을 변경할 수 없습니다"),
    "applying the stored configuration failed": ("应用已保存的配置失败", "저장된 구성을 적용하지 못했습니다"),
    # Environment findings, plan notes, drift (core/messages/messages_reconcile.cpp).
    "No interface matches tunnel pattern %{pattern} now (this box has: %{existing})":
        ("目前没有接口匹配隧道模式 %{pattern}（本机现有：%{existing}）",
         "지금은 터널 패턴 %{pattern}에 맞는 인터페이스가 없습니다(이 장치에 있는 것: %{existing})"),
    "Normal while no VPN client is connected: the rules apply to the VPN server's interfaces as they appear. If clients are connected, the pattern does not name their interfaces and their traffic is not handled.":
        ("没有 VPN 客户端连接时这是正常的：VPN 服务器的接口出现时规则即对其生效。若已有客户端连接，说明该模式没有匹配到它们的接口，它们的流量不会被处理。",
         "연결된 VPN 클라이언트가 없을 때는 정상입니다. VPN 서버의 인터페이스가 나타나면 규칙이 적용됩니다. 클라이언트가 연결되어 있다면 패턴이 그 인터페이스를 가리키지 않는 것이며, 그 트래픽은 처리되지 않습니다."),
    "Compare the pattern with the VPN server's interface names (ocserv: vpns*, pppd: ppp*, WireGuard: the interface's own name).":
        ("请将该模式与 VPN 服务器的接口名称对照（ocserv：vpns*，pppd：ppp*，WireGuard：接口自身的名称）。",
         "패턴을 VPN 서버의 인터페이스 이름과 비교하세요(ocserv: vpns*, pppd: ppp*, WireGuard: 인터페이스 자체 이름)."),
    "Interface %{name} does not exist on this box (it has: %{existing})":
        ("本机没有接口 %{name}（现有：%{existing}）", "이 장치에 %{name} 인터페이스가 없습니다(있는 것: %{existing})"),
    "Traffic meant for it is not handled until it appears.":
        ("在它出现之前，发往它的流量不会被处理。", "인터페이스가 나타날 때까지 그쪽 트래픽은 처리되지 않습니다."),
    "Name one of this box's interfaces, or create %{name} first.":
        ("请填写本机已有的接口，或先创建 %{name}。", "이 장치의 인터페이스 중 하나를 쓰거나 먼저 %{name}을(를) 만드세요."),
    "Did you mean %{suggestion}?": ("您是指 %{suggestion} 吗？", "%{suggestion}을(를) 말씀하신 건가요?"),
    "%{address} is on %{port}, but a bypass router reaches the main router out of its primary LAN, the first of interfaces.lan (%{primary})":
        ("%{address} 在 %{port} 上，但旁路由经由主 LAN（interfaces.lan 的第一个端口 %{primary}）到达主路由器",
         "%{address}은(는) %{port}에 있지만, 우회 라우터는 기본 LAN(interfaces.lan의 첫 번째 포트 %{primary})을 통해 메인 라우터에 연결합니다"),
    "The clients' traffic for the main router would leave by %{primary}, where the main router is not.":
        ("客户端发往主路由器的流量会从 %{primary} 离开，而主路由器不在那里。",
         "메인 라우터로 가는 클라이언트 트래픽이 메인 라우터가 없는 %{primary}(으)로 나가게 됩니다."),
    "Exit %{exit}: %{device} is a link that resolves its next hops (Ethernet-like), and the main table has no IPv4 default route through it to copy into table %{table}":
        ("出口 %{exit}：%{device} 是需要解析下一跳的链路（类似以太网），而主路由表中没有经它的 IPv4 默认路由可复制到路由表 %{table}",
         "출구 %{exit}: %{device}은(는) 다음 홉을 찾아야 하는 링크(이더넷 계열)인데, 기본 테이블에 테이블 %{table}로 복사할 이 링크 경유 IPv4 기본 경로가 없습니다"),
    "Byway would route the exit as \"default dev %{device}\": the box then asks (ARP) for every destination on that link, and only a router doing proxy ARP answers.":
        ("Byway 会把该出口路由为“default dev %{device}”：本机会在该链路上为每个目的地址发 ARP 询问，只有做代理 ARP 的路由器才会应答。",
         "Byway는 이 출구를 \"default dev %{device}\"로 라우팅하게 됩니다. 그러면 장치가 그 링크에서 모든 목적지를 ARP로 묻고, 프록시 ARP를 하는 라우터만 응답합니다."),
    "Add a default route via the next router on %{device} to the main table (a high metric keeps it out of the box's own way), or use a point-to-point tunnel.":
        ("在主路由表中添加一条经 %{device} 上下一跳路由器的默认路由（较高的 metric 可使本机自身流量不走它），或改用点对点隧道。",
         "기본 테이블에 %{device}의 다음 라우터를 거치는 기본 경로를 추가하거나(높은 metric을 주면 장치 자신의 트래픽은 그쪽으로 가지 않습니다), 점대점 터널을 사용하십시오."),
    "table %{table} is used by another program (%{owner}); move Byway's tables (%{first}-%{last}) elsewhere":
        ("路由表 %{table} 已被其他程序（%{owner}）使用；请把 Byway 的路由表（%{first}-%{last}）移到别处",
         "테이블 %{table}은(는) 다른 프로그램(%{owner})이 쓰고 있습니다. Byway의 테이블(%{first}-%{last})을 다른 곳으로 옮기십시오"),
    "table %{table} is used by another program (%{owner}): Byway would fill it with its own routes":
        ("路由表 %{table} 已被其他程序（%{owner}）使用：Byway 会用自己的路由填充它",
         "테이블 %{table}은(는) 다른 프로그램(%{owner})이 쓰고 있습니다. Byway가 자기 경로로 채우게 됩니다"),
    "rule priority %{priority} is used by another program (%{owner}); move Byway's rules (from %{base}) elsewhere":
        ("规则优先级 %{priority} 已被其他程序（%{owner}）使用；请把 Byway 的规则（从 %{base} 起）移到别处",
         "규칙 우선순위 %{priority}은(는) 다른 프로그램(%{owner})이 쓰고 있습니다. Byway의 규칙(%{base}부터)을 다른 곳으로 옮기십시오"),
    "mark %{mark} of another program (%{owner}, %{source}) uses bits of Byway's mask %{mask}; choose a mask it does not touch":
        ("其他程序（%{owner}，%{source}）的标记 %{mark} 用到了 Byway 掩码 %{mask} 的位；请选择它不触及的掩码",
         "다른 프로그램(%{owner}, %{source})의 마크 %{mark}이(가) Byway 마스크 %{mask}의 비트를 씁니다. 그 프로그램이 건드리지 않는 마스크를 고르십시오"),
    "%{mainRouter} is this box's own address on %{wan}, or the network or broadcast address of %{subnet}: not the main router":
        ("%{mainRouter} 是本机在 %{wan} 上的地址，或是 %{subnet} 的网络地址或广播地址：不是主路由器",
         "%{mainRouter}은(는) %{wan}에 있는 이 장치 자신의 주소이거나 %{subnet}의 네트워크 또는 브로드캐스트 주소입니다. 메인 라우터가 아닙니다"),
    "Table %{table} of exit %{exit} holds %{count} route(s) Byway did not write: %{routes}":
        ("出口 %{exit} 的路由表 %{table} 中有 %{count} 条不是 Byway 写入的路由：%{routes}",
         "출구 %{exit}의 테이블 %{table}에 Byway가 쓰지 않은 경로가 %{count}개 있습니다: %{routes}"),
    "Byway fills the exit's table itself: traffic for those destinations leaves as they say, not by the exit, and a default route there makes the apply fail.":
        ("出口的路由表由 Byway 自己填写：去往这些目的地的流量会按这些路由离开，而不走出口；其中若有默认路由，应用会失败。",
         "출구의 테이블은 Byway가 직접 채웁니다. 그 목적지로 가는 트래픽은 출구가 아니라 그 경로대로 나가며, 거기에 기본 경로가 있으면 적용이 실패합니다."),
    "Remove them, or give the exit a table no other program uses.":
        ("删除这些路由，或给出口换一个其他程序不使用的路由表。", "그 경로들을 지우거나, 다른 프로그램이 쓰지 않는 테이블을 출구에 주십시오."),
    "List %{port} first in interfaces.lan.": ("在 interfaces.lan 中把 %{port} 列在第一位。", "interfaces.lan에서 %{port}을(를) 맨 앞에 두십시오."),
    "%{who} leave by exit \"%{exit}\" through %{device} with their own addresses: no nat.masquerade covers them there":
        ("%{who} 经出口“%{exit}”从 %{device} 离开时带着自己的地址：那里没有 nat.masquerade 覆盖它们",
         "%{who}은(는) 출구 \"%{exit}\"를 통해 %{device}로 자기 주소 그대로 나갑니다. 그곳을 덮는 nat.masquerade가 없습니다"),
    "Pool %{pool} (%{subnet}) is not on the LAN: its traffic reaches the main router %{mainRouter} with its own addresses (a bypass router does not masquerade)":
        ("池 %{pool}（%{subnet}）不在 LAN 上：它的流量带着自己的地址到达主路由器 %{mainRouter}（旁路由不做地址伪装）",
         "풀 %{pool}(%{subnet})은(는) LAN에 있지 않습니다. 그 트래픽은 자기 주소 그대로 메인 라우터 %{mainRouter}에 도착합니다(바이패스 라우터는 마스커레이드하지 않음)"),
    "The main router sends the replies back only if it routes %{subnet} to this box; otherwise they leave by its WAN and are lost.":
        ("只有主路由器把 %{subnet} 路由到本机时，回复才会回来；否则回复会从它的 WAN 发出并丢失。",
         "메인 라우터가 %{subnet}을(를) 이 장치로 라우팅할 때만 응답이 돌아옵니다. 그렇지 않으면 응답은 메인 라우터의 WAN으로 나가 사라집니다."),
    "Add a route for %{subnet} via %{address} on the main router, or give the pool an exit (masqueraded there).":
        ("在主路由器上添加一条经 %{address} 到 %{subnet} 的路由，或给这个池设置一个出口（并在那里做地址伪装）。",
         "메인 라우터에 %{address}를 거쳐 %{subnet}로 가는 경로를 추가하거나, 이 풀에 출구를 지정하세요(그곳에서 마스커레이드)."),
    "A VPN provider's end, or any network past %{device} that does not route them back to this box, drops their traffic.":
        ("VPN 服务商的一端，或 %{device} 之后任何不把它们路由回本机的网络，都会丢弃这些流量。",
         "VPN 제공자 쪽이나, %{device} 너머에서 이 장치로 되돌려 라우팅하지 않는 네트워크는 이 트래픽을 버립니다."),
    "Add a nat.masquerade entry with source %{source} and out %{device}, unless the far end routes them back.":
        ("添加一条 nat.masquerade：source 为 %{source}，out 为 %{device}，除非对端会把它们路由回来。",
         "source가 %{source}, out이 %{device}인 nat.masquerade 항목을 추가하세요. 상대편이 되돌려 라우팅한다면 필요 없습니다."),
    "dns.wanResolver is used only by the DNS redirect of dns.redirectGroup, which is not set: nothing is sent to it": ("dns.wanResolver 只被 dns.redirectGroup 的 DNS 重定向使用，而后者未设置：不会有任何查询发往它", "dns.wanResolver는 dns.redirectGroup의 DNS 리디렉션에서만 쓰이는데, 그것이 설정되지 않았습니다: 아무것도 그리로 보내지지 않습니다"),
    "Set dns.redirectGroup (role wan-separated), or remove dns.wanResolver.": ("设置 dns.redirectGroup（角色 wan-separated），或删除 dns.wanResolver。", "dns.redirectGroup을 설정하거나(역할 wan-separated) dns.wanResolver를 제거하세요."),
    "Nothing on this box listens on UDP port %{port}: the DNS queries of group %{group}'s processes are redirected there and get no answer": ("本机上没有任何程序监听 UDP 端口 %{port}：组 %{group} 的进程的 DNS 查询会被重定向到那里，得不到应答", "이 장치에서 UDP 포트 %{port}를 수신하는 것이 없습니다: 그룹 %{group} 프로세스의 DNS 질의가 그리로 리디렉션되어 응답을 받지 못합니다"),
    "Start the WAN-only resolver on that port first (Byway runs none), or name the port it listens on.": ("先在该端口上启动仅走 WAN 的解析器（Byway 不自带解析器），或填写它实际监听的端口。", "먼저 그 포트에서 WAN 전용 리졸버를 시작하거나(Byway는 리졸버를 실행하지 않습니다), 리졸버가 실제로 수신하는 포트를 입력하세요."),
    "The main router %{mainRouter} is on none of the WAN ports' subnets (%{wan} has %{have}): a secondary router reaches the main router through its WAN": ("主路由器 %{mainRouter} 不在任何 WAN 端口的子网中（%{wan} 的地址：%{have}）：二级路由器经由其 WAN 到达主路由器", "메인 라우터 %{mainRouter}은(는) 어느 WAN 포트의 서브넷에도 없습니다(%{wan}의 주소: %{have}): 2차 라우터는 WAN을 통해 메인 라우터에 도달합니다"),
    "Give the main router's address on the network the WAN port is plugged into.": ("填写主路由器在 WAN 端口所接网络中的地址。", "WAN 포트가 연결된 네트워크에서의 메인 라우터 주소를 입력하세요."),
    "capture.mode is on, but no IPv4 pool sends traffic into the compat capture (it takes the IPv4 pools' traffic only): it is not started": ("capture.mode 为 on，但没有任何 IPv4 地址池把流量送入兼容捕获（它只接收 IPv4 地址池的流量）：捕获不会启动", "capture.mode가 on이지만 호환 캡처로 트래픽을 보내는 IPv4 풀이 없습니다(캡처는 IPv4 풀의 트래픽만 받습니다): 캡처는 시작되지 않습니다"),
    "Add the VPN server's IPv4 pool, or set capture.mode to auto or off.": ("添加 VPN 服务器的 IPv4 地址池，或把 capture.mode 设为 auto 或 off。", "VPN 서버의 IPv4 풀을 추가하거나 capture.mode를 auto 또는 off로 설정하세요."),
    "The compat capture carries IPv4 only: pool %{pool} (%{subnet}) is not captured, its traffic takes the kernel's path as without the capture": ("兼容捕获只承载 IPv4：地址池 %{pool}（%{subnet}）不会被捕获，其流量像没有捕获时一样走内核路径", "호환 캡처는 IPv4만 처리합니다: 풀 %{pool}(%{subnet})은(는) 캡처되지 않으며, 그 트래픽은 캡처가 없을 때처럼 커널 경로를 따릅니다"),
    "bypass.dhcp says this box is the LAN's DHCP server, but nothing on it listens on UDP port 67: Byway serves no DHCP itself, so clients get no lease from this box": ("bypass.dhcp 表示本机是局域网的 DHCP 服务器，但本机上没有任何程序监听 UDP 67 端口：Byway 自身不提供 DHCP，因此客户端从本机得不到租约", "bypass.dhcp는 이 장치가 LAN의 DHCP 서버라고 하지만, 이 장치에서 UDP 67 포트를 수신하는 것이 없습니다: Byway는 DHCP를 직접 제공하지 않으므로 클라이언트는 이 장치에서 임대를 받지 못합니다"),
    "Run a DHCP server on the LAN port (dnsmasq, kea) that gives this box's address as the gateway, or set dhcp to main if the main router hands out leases.": ("在局域网端口上运行一个 DHCP 服务器（dnsmasq、kea），把本机地址作为网关下发；如果由主路由器分配租约，请把 dhcp 设为 main。", "LAN 포트에서 이 장치의 주소를 게이트웨이로 알려 주는 DHCP 서버(dnsmasq, kea)를 실행하거나, 메인 라우터가 임대를 나눠 준다면 dhcp를 main으로 설정하세요."),
    "bypass.dhcp is %{dhcp}, but a DHCP server or relay listens on UDP port 67 on this box: if it serves the LAN, clients get leases from two servers that disagree": ("bypass.dhcp 为 %{dhcp}，但本机上有 DHCP 服务器或中继在监听 UDP 67 端口：如果它服务于局域网，客户端会从两个不一致的服务器获得租约", "bypass.dhcp는 %{dhcp}이지만 이 장치에서 DHCP 서버나 릴레이가 UDP 67 포트를 수신하고 있습니다: 그것이 LAN을 서비스한다면 클라이언트는 서로 맞지 않는 두 서버에서 임대를 받게 됩니다"),
    "Stop the DHCP server on this box's LAN port, or set dhcp to side if this box is the LAN's one DHCP server (then turn the main router's off).": ("停止本机局域网端口上的 DHCP 服务器；如果本机就是局域网唯一的 DHCP 服务器，请把 dhcp 设为 side（并关闭主路由器的 DHCP）。", "이 장치의 LAN 포트에서 DHCP 서버를 중지하거나, 이 장치가 LAN의 유일한 DHCP 서버라면 dhcp를 side로 설정하세요(그리고 메인 라우터의 DHCP를 끄세요)."),
    "%{value} is an IPv6 link-local address, which is reached only through an interface the exit cannot name: give the SOCKS5 server's global or unique local address": ("%{value} 是 IPv6 链路本地地址，只能经由某个接口到达，而出口无法指定该接口：请填写 SOCKS5 服务器的全局地址或唯一本地地址", "%{value}은(는) IPv6 링크 로컬 주소로, 출구가 지정할 수 없는 인터페이스를 통해서만 도달할 수 있습니다: SOCKS5 서버의 글로벌 주소나 고유 로컬 주소를 입력하세요"),
    "the stored config is not usable (status: config.problem); bywayd left the kernel as it was and changes nothing until a valid config is applied": ("存储的配置无法使用（见 status: config.problem）；bywayd 保持内核原样，在应用有效配置之前不做任何更改", "저장된 구성을 사용할 수 없습니다(status: config.problem 참조). bywayd는 커널을 그대로 두었으며 유효한 구성이 적용될 때까지 아무것도 바꾸지 않습니다"),
    "%{device} is no way out of this box: lo delivers to the box itself and the compat capture's TUN hands traffic back to the capture": ("%{device} 不是离开本机的出口：lo 投递给本机自身，兼容捕获的 TUN 会把流量交回捕获", "%{device}은(는) 이 장치에서 나가는 경로가 아닙니다: lo는 장치 자신에게 전달하고, 호환 캡처의 TUN은 트래픽을 캡처로 되돌려 보냅니다"),
    "%{value} is this box itself or no one host out there (loopback, ::, multicast or link-local): a probe of it proves no IPv6 egress": ("%{value} 是本机自身或不是外部的某一台主机（环回、::、组播或链路本地地址）：探测它证明不了 IPv6 出口", "%{value}은(는) 이 장치 자신이거나 외부의 어느 한 호스트도 아닙니다(루프백, ::, 멀티캐스트 또는 링크 로컬): 이를 검사해도 IPv6 외부 연결은 확인되지 않습니다"),
    "%{value} is no resolver's address (0.0.0.0, ::, broadcast or multicast)": ("%{value} 不是解析器的地址（0.0.0.0、::、广播或组播）", "%{value}은(는) 리졸버의 주소가 아닙니다(0.0.0.0, ::, 브로드캐스트 또는 멀티캐스트)"),
    "%{subnet} is no range of client addresses: loopback, link-local, multicast and ranges from 0.0.0.0 or :: are never routed to VPN clients": ("%{subnet} 不是客户端地址范围：环回、链路本地、组播以及从 0.0.0.0 或 :: 开始的范围永远不会路由给 VPN 客户端", "%{subnet}은(는) 클라이언트 주소 범위가 아닙니다: 루프백, 링크 로컬, 멀티캐스트 및 0.0.0.0 또는 ::에서 시작하는 범위는 VPN 클라이언트로 라우팅되지 않습니다"),
    "IPv6 stays off: it comes on once a probe of ipv6.egressTargets passes, and there are none to probe": ("IPv6 保持关闭：它在 ipv6.egressTargets 的探测通过后才会开启，而目前没有可探测的目标", "IPv6이 꺼진 채로 있습니다: ipv6.egressTargets 검사가 통과해야 켜지는데 검사할 대상이 없습니다"),
    "Add an IPv6 address and port this box should reach, e.g. [2001:4860:4860::8888]:443.": ("添加一个本机应能访问的 IPv6 地址和端口，例如 [2001:4860:4860::8888]:443。", "이 장치가 도달해야 할 IPv6 주소와 포트를 추가하세요(예: [2001:4860:4860::8888]:443)."),
    "must be an object {withinSec, checks, wait}": ("必须是对象 {withinSec, checks, wait}", "{withinSec, checks, wait} 형식의 객체여야 합니다"),
    "unknown member %{member} (known: %{known})": ("未知成员 %{member}（可用：%{known}）", "알 수 없는 항목 %{member}(사용 가능: %{known})"),
    "%{member} is required": ("%{member} 为必填项", "%{member}은(는) 필수입니다"),
    "%{member} must not be empty": ("%{member} 不能为空", "%{member}은(는) 비어 있으면 안 됩니다"),
    "%{member} must be a whole number": ("%{member} 必须是整数", "%{member}은(는) 정수여야 합니다"),
    "%{member} must be between %{min} and %{max}": ("%{member} 必须在 %{min} 到 %{max} 之间", "%{member}은(는) %{min}에서 %{max} 사이여야 합니다"),
    "%{member} must be true or false": ("%{member} 必须是 true 或 false", "%{member}은(는) true 또는 false여야 합니다"),
    "checks must be a list of checks": ("checks 必须是检查项列表", "checks는 검사 목록이어야 합니다"),
    "at most %{max} checks": ("最多 %{max} 项检查", "검사는 최대 %{max}개입니다"),
    "a check must be an object {kind, target, ...}": ("每项检查必须是对象 {kind, target, ...}", "검사는 {kind, target, ...} 형식의 객체여야 합니다"),
    "\"%{value}\" is no kind of check: tcp, icmp, dns or reconnect": ("“%{value}”不是检查类型：可用 tcp、icmp、dns 或 reconnect", "\"%{value}\"은(는) 검사 종류가 아닙니다: tcp, icmp, dns 또는 reconnect"),
    "\"%{value}\" is not IP:port or [IPv6]:port, e.g. 192.0.2.1:443": ("“%{value}”不是 IP:端口 或 [IPv6]:端口，例如 192.0.2.1:443", "\"%{value}\"은(는) IP:포트 또는 [IPv6]:포트 형식이 아닙니다(예: 192.0.2.1:443)"),
    "\"%{value}\" is not an IP address (a ping check has no port)": ("“%{value}”不是 IP 地址（ping 检查不带端口）", "\"%{value}\"은(는) IP 주소가 아닙니다(ping 검사에는 포트가 없습니다)"),
    "\"%{value}\" is not a host name to resolve, e.g. example.org": ("“%{value}”不是可解析的主机名，例如 example.org", "\"%{value}\"은(는) 조회할 호스트 이름이 아닙니다(예: example.org)"),
    "\"%{value}\" is not a DNS server's IP address (IP, IP:port or [IPv6]:port)": ("“%{value}”不是 DNS 服务器的 IP 地址（IP、IP:端口 或 [IPv6]:端口）", "\"%{value}\"은(는) DNS 서버의 IP 주소가 아닙니다(IP, IP:포트 또는 [IPv6]:포트)"),
    "%{address} is no one host's address (0.0.0.0 and :: are this box itself, broadcast and multicast no host's): the check would prove nothing": ("%{address} 不是任何一台主机的地址（0.0.0.0 和 :: 指本机自身，广播和组播地址不属于任何主机）：这项检查证明不了任何事", "%{address}은(는) 어느 한 호스트의 주소가 아닙니다(0.0.0.0과 ::은 이 장치 자신이고, 브로드캐스트와 멀티캐스트는 어떤 호스트의 주소도 아닙니다): 이 검사로는 아무것도 확인할 수 없습니다"),
    "only dns checks have a server": ("只有 dns 检查才有服务器", "서버는 dns 검사에만 있습니다"),
    "give exit or fromPool, not both": ("exit 和 fromPool 只能给一个", "exit와 fromPool 중 하나만 지정하세요"),
    "must name a pool of the config being applied, by name or index (it has %{count} pool(s))": ("必须按名称或序号指定要应用的配置中的地址池（该配置有 %{count} 个地址池）", "적용할 구성의 풀을 이름이나 번호로 지정해야 합니다(풀 %{count}개)"),
    "another check is already named \"%{name}\"; give each a name of its own": ("已有另一项检查名为“%{name}”；请为每项检查取不同的名称", "이미 \"%{name}\"(이)라는 검사가 있습니다. 검사마다 다른 이름을 지정하세요"),
    "exit %{exit} is not in the config being applied (exits: %{exits})": ("出口 %{exit} 不在要应用的配置中（出口：%{exits}）", "출구 %{exit}이(가) 적용할 구성에 없습니다(출구: %{exits})"),
    "exit %{exit} is a socks5 exit: checks through it are not supported": ("出口 %{exit} 是 socks5 出口：不支持经由它的检查", "출구 %{exit}은(는) socks5 출구입니다: 이를 거치는 검사는 지원하지 않습니다"),
    "exit %{exit} has neither a mark nor a device: a probe's socket cannot take its route (give the exit a mark)": ("出口 %{exit} 既没有标记也没有设备：探测的套接字无法走它的路由（请给该出口设置标记）", "출구 %{exit}에는 마크도 장치도 없습니다: 검사 소켓이 그 경로를 탈 수 없습니다(출구에 마크를 지정하세요)"),
    "a reconnect check needs bywayd's remote listener (bywayd --remote-listen ADDR:PORT): without it no remote client can reconnect": ("重新连接检查需要 bywayd 的远程监听（bywayd --remote-listen 地址:端口）：没有它，远程客户端无法重新连接", "재연결 검사에는 bywayd의 원격 수신기(bywayd --remote-listen 주소:포트)가 필요합니다: 없으면 원격 클라이언트가 다시 연결할 수 없습니다"),
    "\"%{value}\" is not IP, IP:port or [IPv6]:port": ("“%{value}”不是 IP、IP:端口 或 [IPv6]:端口", "\"%{value}\"은(는) IP, IP:포트 또는 [IPv6]:포트 형식이 아닙니다"),
    "the config being applied gives this box no address of its own to move to (bypass.address, of the bypass-router and secondary-router roles)": ("要应用的配置没有给本机可迁移到的自有地址（bypass.address，属于旁路由和次级路由角色）", "적용할 구성에는 이 장치가 옮겨 갈 자체 주소가 없습니다(bypass-router와 secondary-router 역할의 bypass.address)"),
    "%{address} is not this box's address in the config being applied (bypass.address is %{own})": ("%{address} 不是要应用的配置中本机的地址（bypass.address 为 %{own}）", "%{address}은(는) 적용할 구성에서 이 장치의 주소가 아닙니다(bypass.address는 %{own})"),
    "the remote listener accepts only on %{listener}: run bywayd with --remote-listen on a wildcard ([::]:%{port}) or on %{address}": ("远程监听只在 %{listener} 上接受连接：请让 bywayd 以 --remote-listen 监听通配地址（[::]:%{port}）或 %{address}", "원격 수신기는 %{listener}에서만 연결을 받습니다: bywayd를 --remote-listen으로 와일드카드([::]:%{port}) 또는 %{address}에서 실행하세요"),
    "the remote listener's port is %{port}, not %{given}": ("远程监听的端口是 %{port}，不是 %{given}", "원격 수신기의 포트는 %{given}이(가) 아니라 %{port}입니다"),
    "mark %{mark} is also exit %{exit}'s, which leaves by another table or device: a mark selects one route, so one of the two exits would take the other's":
        ("标记 %{mark} 也是出口 %{exit} 的标记，而它经由另一个路由表或设备出去：一个标记只选一条路由，两个出口中会有一个走另一个的路由",
         "마크 %{mark}은(는) 다른 테이블이나 장치로 나가는 출구 %{exit}의 마크이기도 합니다. 마크 하나는 경로 하나만 고르므로 두 출구 중 하나가 다른 출구의 경로를 타게 됩니다"),
    "%{address} is the network or broadcast address of %{subnet}: no host has it":
        ("%{address} 是 %{subnet} 的网络地址或广播地址：没有主机使用它",
         "%{address}은(는) %{subnet}의 네트워크 주소 또는 브로드캐스트 주소입니다. 어떤 호스트도 이 주소를 쓰지 않습니다"),
    "The tunnels pattern \"%{pattern}\" also matches %{interface}, a WAN, LAN or alternate interface: the VPN server's tunnels must be interfaces of their own":
        ("隧道模式“%{pattern}”也匹配 %{interface}，它是 WAN、LAN 或备用接口：VPN 服务器的隧道必须是独立的接口",
         "터널 패턴 \"%{pattern}\"이(가) WAN, LAN 또는 대체 인터페이스인 %{interface}에도 일치합니다. VPN 서버의 터널은 별도의 인터페이스여야 합니다"),
    "Pool %{subnet} holds %{address}, this box's own address on the WAN interface %{interface}":
        ("地址池 %{subnet} 包含 %{address}，这是本机在 WAN 接口 %{interface} 上的地址",
         "풀 %{subnet}에 %{address}이(가) 들어 있습니다. 이는 WAN 인터페이스 %{interface}에 있는 이 장치의 주소입니다"),
    "Byway would steer and masquerade the uplink's own addresses as VPN clients'.":
        ("Byway 会把上行链路自己的地址当作 VPN 客户端的地址来引导和伪装。",
         "Byway가 업링크 자신의 주소를 VPN 클라이언트의 주소처럼 조정하고 마스커레이드하게 됩니다."),
    "Give the pool the subnet the VPN server hands out, one no interface of this box is on.":
        ("请给地址池填写 VPN 服务器分配的子网，且本机没有任何接口位于该子网。",
         "풀에는 VPN 서버가 나눠 주는 서브넷, 즉 이 장치의 어떤 인터페이스도 속하지 않은 서브넷을 지정하세요."),
    "Pool %{subnet} holds %{address}, this box's address on %{interface}, which no tunnels pattern matches":
        ("地址池 %{subnet} 包含 %{address}，这是本机在 %{interface} 上的地址，而没有任何隧道模式匹配该接口",
         "풀 %{subnet}에 %{address}이(가) 들어 있습니다. 이는 %{interface}에 있는 이 장치의 주소이며, 어떤 터널 패턴도 이 인터페이스와 일치하지 않습니다"),
    "If %{interface} is the VPN server's interface, add it to interfaces.tunnels; otherwise give the pool a subnet of its own.":
        ("如果 %{interface} 是 VPN 服务器的接口，请把它加入 interfaces.tunnels；否则请给地址池一个独立的子网。",
         "%{interface}이(가) VPN 서버의 인터페이스라면 interfaces.tunnels에 추가하세요. 아니라면 풀에 별도의 서브넷을 지정하세요."),
    "Pool %{subnet} overlaps %{network}, the subnet on %{interface}: its clients' addresses would also be that link's":
        ("地址池 %{subnet} 与 %{interface} 上的子网 %{network} 重叠：其客户端的地址也会属于那条链路",
         "풀 %{subnet}이(가) %{interface}의 서브넷 %{network}과(와) 겹칩니다. 그 클라이언트의 주소가 그 링크의 주소이기도 하게 됩니다"),
    "Give the pool a subnet no interface of this box is on.":
        ("请给地址池一个本机任何接口都不在其中的子网。", "이 장치의 어떤 인터페이스도 속하지 않은 서브넷을 풀에 지정하세요."),
    "Interface %{name} does not exist on this box (it has: %{existing}); a %{role} cannot work without it":
        ("本机没有接口 %{name}（现有：%{existing}）；没有它，%{role} 无法工作",
         "이 장치에 %{name} 인터페이스가 없습니다(있는 것: %{existing}). %{role}은(는) 이것 없이 동작할 수 없습니다"),
    "Group %{group} does not exist on this system": ("系统中不存在组 %{group}", "이 시스템에 %{group} 그룹이 없습니다"),
    "No rule can match its processes: their DNS would not be redirected.":
        ("没有规则能匹配其进程：它们的 DNS 不会被重定向。", "어떤 규칙도 그 프로세스와 일치할 수 없어 DNS가 리디렉션되지 않습니다."),
    "Create the group (groupadd %{group}) or name an existing one.":
        ("请创建该组（groupadd %{group}），或填写一个已有的组。", "그룹을 만들거나(groupadd %{group}) 이미 있는 그룹을 지정하세요."),
    "capture.maxFlows %{flows} is more than bywayd's file limit (%{limit}) can hold sockets for: the compat capture bounds its flows to about %{bound}":
        ("capture.maxFlows %{flows} 超出了 bywayd 的文件数上限（%{limit}）所能容纳的套接字：兼容捕获会把数据流限制在约 %{bound} 个",
         "capture.maxFlows %{flows}은(는) bywayd의 파일 수 한도(%{limit})로 소켓을 열 수 있는 수보다 많습니다. 호환 캡처는 플로를 약 %{bound}개로 제한합니다"),
    "Each flow holds a socket; bywayd keeps 1024 files for itself. New flows past the bound are dropped (flow_limit).":
        ("每个数据流占用一个套接字；bywayd 为自身保留 1024 个文件。超出上限的新数据流会被丢弃（flow_limit）。",
         "플로마다 소켓 하나를 씁니다. bywayd는 자신을 위해 파일 1024개를 남겨 둡니다. 한도를 넘는 새 플로는 버려집니다(flow_limit)."),
    "Raise bywayd's file limit (LimitNOFILE= in its systemd unit, or the container's nofile ulimit), or lower capture.maxFlows.":
        ("请提高 bywayd 的文件数上限（其 systemd 单元中的 LimitNOFILE=，或容器的 nofile ulimit），或调低 capture.maxFlows。",
         "bywayd의 파일 수 한도를 올리거나(systemd 유닛의 LimitNOFILE=, 또는 컨테이너의 nofile ulimit) capture.maxFlows를 낮추세요."),
    "dns.redirectGroup (%{group}) is used only by role wan-separated; with role %{role} nothing is redirected":
        ("dns.redirectGroup（%{group}）仅用于 wan-separated 角色；在 %{role} 角色下不会重定向任何流量",
         "dns.redirectGroup(%{group})은(는) wan-separated 역할에서만 쓰입니다. %{role} 역할에서는 아무것도 리디렉션되지 않습니다"),
    "Remove it, or switch the role to wan-separated.":
        ("请删除它，或将角色切换为 wan-separated。", "이 항목을 지우거나 역할을 wan-separated로 바꾸세요."),
    "%{address} is not this box's loopback address: the DNS redirect rewrites only the port, so queries would go to 127.0.0.1:%{port} (or [::1]:%{port}), not to %{address}":
        ("%{address} 不是本机的回环地址：DNS 重定向只改写端口，查询会发往 127.0.0.1:%{port}（或 [::1]:%{port}），而不是 %{address}",
         "%{address}은(는) 이 장치의 루프백 주소가 아닙니다. DNS 리디렉션은 포트만 바꾸므로 질의는 %{address}이(가) 아니라 127.0.0.1:%{port}(또는 [::1]:%{port})로 갑니다"),
    "Run the WAN-only resolver on 127.0.0.1:%{port} (and [::1]:%{port} for IPv6) and name that address.":
        ("请让仅走 WAN 的解析器监听 127.0.0.1:%{port}（IPv6 为 [::1]:%{port}），并填写该地址。",
         "WAN 전용 리졸버를 127.0.0.1:%{port}(IPv6는 [::1]:%{port})에서 실행하고 그 주소를 지정하세요."),
    "%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has policy drop: it drops what Byway accepts":
        ("%{family} 表 %{table} 的链 %{chain}（钩子 %{hook}，优先级 %{priority}）策略为 drop：它会丢弃 Byway 放行的流量",
         "%{family} 테이블 %{table}의 체인 %{chain}(훅 %{hook}, 우선순위 %{priority})은 정책이 drop입니다. Byway가 허용한 트래픽을 버립니다"),
    "An accept in Byway's table ends only Byway's chain; this chain still sees every forwarded packet and drops what it does not accept itself.":
        ("Byway 表中的 accept 只结束 Byway 自己的链；该链仍会看到每个转发的数据包，并丢弃它自己未放行的。",
         "Byway 테이블의 accept는 Byway의 체인만 끝냅니다. 이 체인은 여전히 전달되는 모든 패킷을 보고 스스로 허용하지 않은 것을 버립니다."),
    "Allow Byway's traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a zone or policy for the LAN and VPN interfaces; fw4: a forwarding rule), or let its owner accept it.":
        ("请在该链中放行 Byway 的流量（Docker：在 DOCKER-USER 中加规则；firewalld：为 LAN 和 VPN 接口设置区域或策略；fw4：添加转发规则），或让其所有者放行。",
         "그 체인에서 Byway의 트래픽을 허용하세요(Docker: DOCKER-USER에 규칙 추가, firewalld: LAN·VPN 인터페이스용 영역이나 정책, fw4: 전달 규칙). 또는 그 체인의 소유자가 허용하게 하세요."),
    "%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has %{rules} drop or reject rules that can override Byway's accept":
        ("%{family} 表 %{table} 的链 %{chain}（钩子 %{hook}，优先级 %{priority}）有 %{rules} 条 drop 或 reject 规则，可能推翻 Byway 的放行",
         "%{family} 테이블 %{table}의 체인 %{chain}(훅 %{hook}, 우선순위 %{priority})에 Byway의 허용을 뒤집을 수 있는 drop/reject 규칙이 %{rules}개 있습니다"),
    "Check that those rules do not match Byway's pools and interfaces.":
        ("请确认这些规则不会匹配 Byway 的地址池和接口。", "그 규칙이 Byway의 풀과 인터페이스에 일치하지 않는지 확인하세요."),
    "Legacy iptables (%{family}) filter FORWARD has policy drop: it drops what Byway accepts":
        ("传统 iptables（%{family}）filter FORWARD 策略为 drop：它会丢弃 Byway 放行的流量",
         "레거시 iptables(%{family}) filter FORWARD의 정책이 drop입니다. Byway가 허용한 트래픽을 버립니다"),
    "Add an accept for Byway's traffic to the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.":
        ("请在传统 FORWARD 链中为 Byway 的流量添加 accept（Docker：DOCKER-USER），或删除传统规则。",
         "레거시 FORWARD 체인에 Byway 트래픽용 accept를 추가하거나(Docker: DOCKER-USER) 레거시 규칙을 지우세요."),
    "VPN peers on %{interfaces} use addresses outside every pool: %{addresses} (pools: %{pools})":
        ("%{interfaces} 上的 VPN 对端使用了不在任何地址池中的地址：%{addresses}（地址池：%{pools}）",
         "%{interfaces}의 VPN 상대가 어느 풀에도 없는 주소를 씁니다: %{addresses}(풀: %{pools})"),
    "Their traffic is dropped on the way to the WAN (counted in the topology) and never masqueraded: the VPN server and Byway disagree about the pool.":
        ("它们的流量在去往 WAN 时被丢弃（计入拓扑），永远不会被伪装：VPN 服务器与 Byway 对地址池的设定不一致。",
         "이 트래픽은 WAN으로 가는 길에 버려지고(토폴로지에 집계) 마스커레이드되지 않습니다. VPN 서버와 Byway의 풀 설정이 다릅니다."),
    "VPN sessions name exit %{exit}, which this config does not have: %{sessions}":
        ("有 VPN 会话指定了出口 %{exit}，但此配置中没有该出口：%{sessions}",
         "VPN 세션이 이 구성에 없는 출구 %{exit}를 지정합니다: %{sessions}"),
    "Their traffic is refused, never sent by the pool's or the main route instead, until the sessions end or the exit is back.":
        ("在这些会话结束或该出口恢复之前，它们的流量会被拒绝，绝不会改走地址池或主路由。",
         "세션이 끝나거나 출구가 돌아올 때까지 이 트래픽은 거부되며, 대신 풀이나 기본 경로로 나가지 않습니다."),
    "Keep exit %{exit} in the config, or end those sessions (bywayctl session remove).":
        ("请在配置中保留出口 %{exit}，或结束这些会话（bywayctl session remove）。",
         "구성에 출구 %{exit}를 남겨 두거나 그 세션을 끝내세요(bywayctl session remove)."),
    "VPN sessions name SOCKS5 exit %{exit}, which needs the compat capture, off for this config: %{sessions}":
        ("有 VPN 会话指定了 SOCKS5 出口 %{exit}，它需要兼容捕获，而此配置关闭了捕获：%{sessions}",
         "VPN 세션이 호환 캡처가 필요한 SOCKS5 출구 %{exit}를 지정하지만, 이 구성에서는 캡처가 꺼져 있습니다: %{sessions}"),
    "Their traffic is refused, never sent by the pool's or the main route instead, until the capture runs again or the sessions end.":
        ("在捕获重新运行或这些会话结束之前，它们的流量会被拒绝，绝不会改走地址池或主路由。",
         "캡처가 다시 돌거나 세션이 끝날 때까지 이 트래픽은 거부되며, 대신 풀이나 기본 경로로 나가지 않습니다."),
    "Turn the capture on (capture.mode), or end those sessions (bywayctl session remove).":
        ("请打开捕获（capture.mode），或结束这些会话（bywayctl session remove）。",
         "캡처를 켜거나(capture.mode) 그 세션을 끝내세요(bywayctl session remove)."),
    "Make the VPN server's address pool and Byway's pools the same subnet.":
        ("请让 VPN 服务器的地址池与 Byway 的地址池使用同一子网。", "VPN 서버의 주소 풀과 Byway의 풀을 같은 서브넷으로 맞추세요."),
    "%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture is off: only the capture can send traffic through a SOCKS5 proxy":
        ("%{who} 经 SOCKS5 出口 %{exit} 出去，但兼容捕获已关闭：只有捕获才能把流量送进 SOCKS5 代理",
         "%{who}은(는) SOCKS5 출구 %{exit}(으)로 나가지만 호환 캡처가 꺼져 있습니다. SOCKS5 프록시로 트래픽을 보낼 수 있는 것은 캡처뿐입니다"),
    "Set capture.mode to on, or give %{who} a direct exit.":
        ("请将 capture.mode 设为 on，或为 %{who} 指定直连出口。", "capture.mode를 on으로 하거나 %{who}에게 직접 출구를 지정하세요."),
    "%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture carries IPv4 pools only":
        ("%{who} 经 SOCKS5 出口 %{exit} 出去，但兼容捕获只承载 IPv4 地址池",
         "%{who}은(는) SOCKS5 출구 %{exit}(으)로 나가지만 호환 캡처는 IPv4 풀만 처리합니다"),
    "Give this IPv6 pool or user a direct exit.": ("请为该 IPv6 地址池或用户指定直连出口。", "이 IPv6 풀이나 사용자에게 직접 출구를 지정하세요."),
    "%{who} leaves through exit %{exit}, which names only a device (%{device}): without a mark or a table nothing steers the traffic there, it would leave by the main route":
        ("%{who} 经出口 %{exit} 出去，但该出口只指定了设备（%{device}）：没有标记或路由表，流量不会被引到那里，而会走主路由",
         "%{who}은(는) 출구 %{exit}(으)로 나가지만 이 출구에는 장치(%{device})만 있습니다. 마크나 테이블이 없으면 트래픽을 그리로 보낼 수 없어 기본 경로로 나갑니다"),
    "Give exit %{exit} a table (Byway copies the device's routes into it) or a mark.":
        ("请为出口 %{exit} 指定路由表（Byway 会把该设备的路由复制进去）或标记。",
         "출구 %{exit}에 테이블(Byway가 장치의 경로를 복사해 넣음)이나 마크를 지정하세요."),
    "%{who} leaves through exit %{exit}, which has no mark, table or device: its traffic would leave by the main route":
        ("%{who} 经出口 %{exit} 出去，但该出口没有标记、路由表或设备：其流量会走主路由",
         "%{who}은(는) 출구 %{exit}(으)로 나가지만 이 출구에는 마크·테이블·장치가 없습니다. 트래픽이 기본 경로로 나갑니다"),
    "Give exit %{exit} a table or a mark.": ("请为出口 %{exit} 指定路由表或标记。", "출구 %{exit}에 테이블이나 마크를 지정하세요."),
    # Sessions (session.add from a VPN server's hook).
    "A session needs the user name the VPN server authenticated":
        ("会话需要 VPN 服务器认证过的用户名", "세션에는 VPN 서버가 인증한 사용자 이름이 필요합니다"),
    "Pass the user name (ocserv: USERNAME, pppd: PEERNAME, strongSwan: PLUTO_XAUTH_ID or PLUTO_PEER_ID).":
        ("请传入用户名（ocserv：USERNAME，pppd：PEERNAME，strongSwan：PLUTO_XAUTH_ID 或 PLUTO_PEER_ID）。",
         "사용자 이름을 넘기세요(ocserv: USERNAME, pppd: PEERNAME, strongSwan: PLUTO_XAUTH_ID 또는 PLUTO_PEER_ID)."),
    "The user name has control characters or is longer than %{max} characters":
        ("用户名含有控制字符，或长于 %{max} 个字符", "사용자 이름에 제어 문자가 있거나 %{max}자보다 깁니다"),
    "%{address} is not an IP address": ("%{address} 不是 IP 地址", "%{address}은(는) IP 주소가 아닙니다"),
    "%{address} is in no pool (pools: %{pools}): Byway steers only the addresses of its pools":
        ("%{address} 不在任何地址池中（地址池：%{pools}）：Byway 只引导其地址池中的地址",
         "%{address}은(는) 어느 풀에도 없습니다(풀: %{pools}). Byway는 자신의 풀에 있는 주소만 조종합니다"),
    "Add a pool holding the addresses the VPN server hands out.":
        ("请添加一个包含 VPN 服务器所分配地址的地址池。", "VPN 서버가 나눠 주는 주소를 담은 풀을 추가하세요."),
    "%{interface} is not a valid interface name": ("%{interface} 不是有效的接口名", "%{interface}은(는) 올바른 인터페이스 이름이 아닙니다"),
    "There is no exit named %{exit} (exits: %{exits})":
        ("没有名为 %{exit} 的出口（出口：%{exits}）", "%{exit}(이)라는 출구가 없습니다(출구: %{exits})"),
    "A session lives between 1 and %{max} seconds": ("会话的有效期为 1 到 %{max} 秒", "세션은 1초에서 %{max}초 사이로 유지됩니다"),
    "Deferred: IPv6 comes on by itself once a probe of ipv6.egressTargets passes.":
        ("已推迟：一旦对 ipv6.egressTargets 的探测通过，IPv6 会自动开启。",
         "보류됨: ipv6.egressTargets 점검을 통과하면 IPv6가 저절로 켜집니다."),
    "IPv6 masquerade of %{source} is held off: the IPv6 egress probe has not passed":
        ("%{source} 的 IPv6 地址伪装暂缓：IPv6 出口探测尚未通过", "%{source}의 IPv6 마스커레이드를 보류합니다. IPv6 출구 점검을 아직 통과하지 못했습니다"),
    "IPv6 secondary routing is held off: the IPv6 egress probe has not passed":
        ("IPv6 次级路由暂缓：IPv6 出口探测尚未通过", "IPv6 보조 라우팅을 보류합니다. IPv6 출구 점검을 아직 통과하지 못했습니다"),
    "nftables is not usable here: no Byway table; the compat capture carries pool traffic":
        ("此处无法使用 nftables：不创建 Byway 表；由兼容捕获承载地址池流量",
         "여기서는 nftables를 쓸 수 없습니다. Byway 테이블 없이 호환 캡처가 풀 트래픽을 처리합니다"),
    "Exit %{exit}: no device or WAN interface to route table %{table} through":
        ("出口 %{exit}：没有可用于路由表 %{table} 的设备或 WAN 接口", "출구 %{exit}: 테이블 %{table}의 경로를 보낼 장치나 WAN 인터페이스가 없습니다"),
    "Exit %{exit}: the main table has no default route via %{device} to copy into table %{table}; what the table does not route is refused":
        ("出口 %{exit}：主路由表中没有经 %{device} 的默认路由可复制到路由表 %{table}；该表不路由的流量将被拒绝",
         "출구 %{exit}: 기본 테이블에 테이블 %{table}로 복사할 %{device} 경유 기본 경로가 없습니다. 이 테이블이 라우팅하지 않는 트래픽은 거부됩니다"),
    "Exit %{exit}: %{device} is missing or down; its traffic is refused (table %{table} unreachable) until the device is up":
        ("出口 %{exit}：%{device} 不存在或已停用；在设备启用之前，其流量将被拒绝（路由表 %{table} 不可达）",
         "출구 %{exit}: %{device}이(가) 없거나 내려가 있습니다. 장치가 올라올 때까지 트래픽이 거부됩니다(테이블 %{table} 도달 불가)"),
    "Exit %{exit}: the main table has no IPv6 default route via %{device}; IPv6 traffic through the exit is refused (table %{table})":
        ("出口 %{exit}：主路由表中没有经 %{device} 的 IPv6 默认路由；经此出口的 IPv6 流量将被拒绝（路由表 %{table}）",
         "출구 %{exit}: 기본 테이블에 %{device} 경유 IPv6 기본 경로가 없습니다. 이 출구로 가는 IPv6 트래픽은 거부됩니다(테이블 %{table})"),
    "table %{table} is also exit %{exit}'s, which leaves by another device: a table holds one way out, so one of the two exits would take the other's":
        ("路由表 %{table} 也属于出口 %{exit}，而它经另一个设备离开：一个路由表只有一条出路，两个出口之一会走另一个的路",
         "테이블 %{table}은(는) 다른 장치로 나가는 출구 %{exit}의 것이기도 합니다. 테이블 하나는 나가는 길이 하나뿐이라 두 출구 중 하나가 다른 쪽의 길을 타게 됩니다"),
    "a bypass router sends its clients' IPv4 to the main router: this box's address on the LAN must be IPv4 (IPv6 clients reach the main router directly, or through bypass.ipv6Secondary)":
        ("旁路由把客户端的 IPv4 流量发往主路由器：本机在 LAN 上的地址必须是 IPv4（IPv6 客户端直接访问主路由器，或经由 bypass.ipv6Secondary）",
         "우회 라우터는 클라이언트의 IPv4를 메인 라우터로 보냅니다. LAN에서 이 장치의 주소는 IPv4여야 합니다(IPv6 클라이언트는 메인 라우터에 직접, 또는 bypass.ipv6Secondary로 연결합니다)"),
    "nftables: table inet %{table} is gone": ("nftables：表 inet %{table} 已不存在", "nftables: inet %{table} 테이블이 사라졌습니다"),
    "nftables: table inet %{table} differs: missing %{missing}; not Byway's %{extra}":
        ("nftables：表 inet %{table} 已改变：缺少 %{missing}；非 Byway 所写 %{extra}",
         "nftables: inet %{table} 테이블이 달라졌습니다. 없어진 것: %{missing}, Byway가 쓰지 않은 것: %{extra}"),
    "Route or rule missing: %{what}": ("缺少路由或规则：%{what}", "경로나 규칙이 없습니다: %{what}"),
    "Route or rule that Byway no longer wants: %{what}": ("Byway 已不再需要的路由或规则：%{what}", "Byway가 더는 원하지 않는 경로나 규칙: %{what}"),
    "sysctl %{key} is %{now}, Byway set %{want}": ("sysctl %{key} 现为 %{now}，Byway 设置的是 %{want}", "sysctl %{key}이(가) %{now}입니다. Byway는 %{want}(으)로 설정했습니다"),
    "DNS is redirected for processes whose primary group is %{group}; a process that is only a supplementary member of %{group} is not redirected":
        ("仅重定向主组为 %{group} 的进程的 DNS；仅以附加组身份属于 %{group} 的进程不会被重定向",
         "기본 그룹이 %{group}인 프로세스의 DNS만 리디렉션합니다. %{group}의 보조 그룹 구성원일 뿐인 프로세스는 리디렉션되지 않습니다"),
    "Start the WAN-only programs with %{group} as their group (sg %{group} -c …, or Group= in a systemd unit).":
        ("请以 %{group} 作为所属组启动仅走 WAN 的程序（sg %{group} -c …，或在 systemd 单元中设置 Group=）。",
         "WAN 전용 프로그램을 %{group} 그룹으로 실행하세요(sg %{group} -c … 또는 systemd 유닛의 Group=)."),
    "Not relevant for role %{role}": ("与 %{role} 角色无关", "%{role} 역할과는 관계없습니다"),
    # Guided setup, pickers, the Plan diff, the config sections added to the form.
    "WAN interfaces": ("WAN 接口", "WAN 인터페이스"),
    "Capture mode": ("捕获模式", "캡처 모드"),
    "Capture TUN device": ("捕获 TUN 设备", "캡처 TUN 장치"),
    "Most flows at once (16–1000000)": ("同时最多数据流（16–1000000）", "동시 최대 흐름 수(16–1000000)"),
    "AF_PACKET capture on (names or prefix*, comma separated)":
        ("在这些接口上进行 AF_PACKET 捕获（名称或前缀*，逗号分隔）", "AF_PACKET 캡처 대상(이름 또는 접두사*, 쉼표로 구분)"),
    "IPv6 egress probe targets ([address]:port, comma separated)":
        ("IPv6 出口探测目标（[地址]:端口，逗号分隔）", "IPv6 외부 연결 점검 대상([주소]:포트, 쉼표로 구분)"),
    "WAN-only resolver (address:port)": ("仅 WAN 解析器（地址:端口）", "WAN 전용 리졸버(주소:포트)"),
    "Redirect the DNS of this group's processes": ("重定向该组进程的 DNS", "이 그룹 프로세스의 DNS 리디렉션"),
    "First routing table (Byway uses 100 from here)": ("起始路由表（Byway 从此处起使用 100 个）", "첫 라우팅 테이블(Byway가 여기서부터 100개 사용)"),
    "First rule priority (Byway uses 1000 from here)": ("起始规则优先级（Byway 从此处起使用 1000 个）", "첫 규칙 우선순위(Byway가 여기서부터 1000개 사용)"),
    "Mark bits Byway may use": ("Byway 可使用的标记位", "Byway가 쓸 수 있는 마크 비트"),
    "Repair when others change Byway's kernel state": ("他人更改 Byway 的内核状态时自动修复", "다른 프로그램이 Byway의 커널 상태를 바꾸면 복구"),
    "Users (name address [exit], comma separated)": ("用户（名称 地址 [出口]，逗号分隔）", "사용자(이름 주소 [출구], 쉼표로 구분)"),
    "User name (optional)": ("用户名（可选）", "사용자 이름(선택)"),
    "Password (optional)": ("密码（可选）", "비밀번호(선택)"),
    "Routing": ("路由", "라우팅"),
    "not on this box": ("本机没有此接口", "이 장치에 없음"),
    "link up": ("链路已连接", "링크 연결됨"),
    "no carrier": ("无载波", "캐리어 없음"),
    "down": ("已关闭", "꺼짐"),
    "(none)": ("（无）", "(없음)"),
    "e.g. %1": ("例如 %1", "예: %1"),
    "Use %1": ("使用 %1", "%1 사용"),
    "nftables rules": ("nftables 规则", "nftables 규칙"),
    "Routing rules": ("路由规则", "라우팅 규칙"),
    "Routes": ("路由", "경로"),
    "Addresses": ("地址", "주소"),
    "Kernel settings (sysctl)": ("内核设置（sysctl）", "커널 설정(sysctl)"),
    "%1: +%2 −%3": ("%1：+%2 −%3", "%1: +%2 −%3"),
    "Too many lines to list; the commands below have all of them.": ("行数太多无法逐条列出；下方命令包含全部内容。", "줄이 너무 많아 나열할 수 없습니다. 아래 명령에 모두 있습니다."),
    "Equivalent commands": ("等效命令", "동등한 명령"),
    "Exits and pools": ("出口和地址池", "출구와 풀"),
    "Review": ("检查", "검토"),
    "Plan and apply": ("计划并应用", "계획 및 적용"),
    "Guided setup · step %1 of %2: %3": ("引导设置 · 第 %1 步，共 %2 步：%3", "안내 설정 · %2단계 중 %1단계: %3"),
    "This box's interfaces, as bywayd sees them now: tap to choose.": ("bywayd 当前看到的本机接口：点击选择。", "bywayd가 지금 보는 이 장치의 인터페이스입니다. 눌러서 고르세요."),
    "bywayd has not listed this box's interfaces; type their names.": ("bywayd 未列出本机接口；请输入接口名称。", "bywayd가 이 장치의 인터페이스를 알려 주지 않았습니다. 이름을 입력하세요."),
    "The VPN server creates these as clients connect: a name, or a prefix with *.": ("客户端连接时由 VPN 服务器创建：填写名称，或带 * 的前缀。", "클라이언트가 연결할 때 VPN 서버가 만듭니다. 이름 또는 *가 붙은 접두사를 쓰세요."),
    "Detected: %1 (default route via %2).": ("已检测到：%1（默认路由经由 %2）。", "감지됨: %1 (%2를 통한 기본 경로)."),
    "No default route on this box: type the main router's address.": ("本机没有默认路由：请输入主路由器的地址。", "이 장치에 기본 경로가 없습니다. 메인 라우터 주소를 입력하세요."),
    "One of the addresses %1 has: %2": ("%1 拥有的地址之一：%2", "%1의 주소 중 하나: %2"),
    "none": ("无", "없음"),
    "Choose the LAN port first.": ("请先选择 LAN 端口。", "먼저 LAN 포트를 고르세요."),
    "Exits defined: %1. Add or change exits on the Configuration page.": ("已定义的出口：%1。请在“配置”页面添加或修改出口。", "정의된 출구: %1. 출구는 구성 페이지에서 추가하거나 바꾸세요."),
    "No exits defined: traffic leaves by the main routing table. Add exits on the Configuration page.":
        ("未定义出口：流量经主路由表离开。请在“配置”页面添加出口。", "정의된 출구가 없습니다. 트래픽은 메인 라우팅 테이블로 나갑니다. 출구는 구성 페이지에서 추가하세요."),
    "Exit of pool %1": ("地址池 %1 的出口", "풀 %1의 출구"),
    "This role uses no pools or exits.": ("此角色不使用地址池或出口。", "이 역할은 풀이나 출구를 쓰지 않습니다."),
    "bywayd accepts this configuration.": ("bywayd 接受此配置。", "bywayd가 이 구성을 받아들입니다."),
    "Back": ("上一步", "이전"),
    "Next": ("下一步", "다음"),
    "Guided setup": ("引导设置", "안내 설정"),
    "A user's own exit is the third word; exits: %1": ("用户自己的出口写在第三个词；出口：%1", "사용자별 출구는 세 번째 단어입니다. 출구: %1"),
    "bywayd connects to these to verify IPv6 egress; without one that answers, IPv6 stays off.":
        ("bywayd 连接这些目标来验证 IPv6 出口；没有可应答的目标时，IPv6 保持关闭。", "bywayd가 이 대상에 연결해 IPv6 외부 연결을 확인합니다. 응답하는 대상이 없으면 IPv6는 꺼진 채로 있습니다."),
    "Matched by the process's primary group; run the programs with this group as their group.":
        ("按进程的主组匹配；请以该组作为所属组运行程序。", "프로세스의 기본 그룹으로 맞춥니다. 프로그램을 이 그룹으로 실행하세요."),
    "This box does not have %{address} on its LAN ports (%{lan}); they have: %{have}":
        ("本机的 LAN 端口（%{lan}）上没有 %{address}；它们拥有：%{have}", "이 장치의 LAN 포트(%{lan})에는 %{address}가 없습니다. 있는 주소: %{have}"),
    "The clients' gateway would point at an address nobody answers on.": ("客户端的网关将指向一个无人应答的地址。", "클라이언트의 게이트웨이가 아무도 응답하지 않는 주소를 가리키게 됩니다."),
    "Pick one of the LAN port's addresses, or add %{address} to it first.": ("请选择 LAN 端口的某个地址，或先把 %{address} 添加到该端口。", "LAN 포트의 주소 중 하나를 고르거나, 먼저 %{address}를 포트에 추가하세요."),
    # Per-user rows of a pool (name picker, address, own exit)
    "Users": ("用户", "사용자"),
    "User name": ("用户名", "사용자 이름"),
    "Pool's exit": ("使用地址池的出口", "풀의 출구"),
    "Add user": ("添加用户", "사용자 추가"),
    # Topology: where a known client is known from
    "VPN session": ("VPN 会话", "VPN 세션"),
    "capture": ("捕获", "캡처"),
    "neighbour": ("邻居表", "이웃 테이블"),
}

# English plural forms: source with "(s)" -> (singular, plural)
EN_PLURAL = {
    "SOCKS5 exit %1 gave %n flow(s) no connection. Last: %2": ("SOCKS5 exit %1 gave a flow no connection. Last: %2",
                                                               "SOCKS5 exit %1 gave %n flows no connection. Last: %2"),
    "Peak %1 over the last %n minute(s)": ("Peak %1 over the last minute", "Peak %1 over the last %n minutes"),
    "and %n more": ("and %n more", "and %n more"),
    "↑ %1 ↓ %2 · %n packet(s)": ("↑ %1 ↓ %2 · %n packet", "↑ %1 ↓ %2 · %n packets"),
    "%n known": ("%n known", "%n known"),
    "%n listed below": ("%n listed below", "%n listed below"),
    "%n dropped: source outside every pool": ("%n dropped: source outside every pool", "%n dropped: source outside every pool"),
    "%n problem(s) to fix before applying": ("%n problem to fix before applying", "%n problems to fix before applying"),
    "%1 of %n line(s)": ("%1 of %n line", "%1 of %n lines"),
    "%n new line(s) waiting": ("%n new line waiting", "%n new lines waiting"),
    "%n line(s) dropped": ("%n line dropped", "%n lines dropped"),
    "%n passed": ("%n passed", "%n passed"),
    "%n warning(s)": ("%n warning", "%n warnings"),
    "%n failed": ("%n failed", "%n failed"),
    "%n second(s)": ("%n second", "%n seconds"),
    "%n minute(s)": ("%n minute", "%n minutes"),
    "%n hour(s)": ("%n hour", "%n hours"),
    "%n day(s)": ("%n day", "%n days"),
    "%n problem(s)": ("%n problem", "%n problems"),
    "Export %n visible line(s) to:": ("Export %n visible line to:", "Export %n visible lines to:"),
    "nftables: %1, %n rule(s)": ("nftables: %1, %n rule", "nftables: %1, %n rules"),
    "%n packet(s)": ("%n packet", "%n packets"),
    "%n interface(s): %1": ("%n interface: %1", "%n interfaces: %1"),
    "%n byte(s)": ("%n byte", "%n bytes"),
    "Keep this configuration? It is reverted automatically in %n second(s).":
        ("Keep this configuration? It is reverted automatically in %n second.",
         "Keep this configuration? It is reverted automatically in %n seconds."),
    "bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second(s).":
        ("bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second.",
         "bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n seconds."),
    "%1 of %n flow(s)": ("%1 of %n flow", "%1 of %n flows"),
    "%1 of %n flow(s), the %2 busiest listed": ("%1 of %n flow, the %2 busiest listed", "%1 of %n flows, the %2 busiest listed"),
    "%n user(s), the %1 busiest listed": ("%n user, the %1 busiest listed", "%n users, the %1 busiest listed"),
    "Trying again in %n second(s).": ("Trying again in %n second.", "Trying again in %n seconds."),
    "Unconfirmed configuration: reverted in %n second(s) unless kept":
        ("Unconfirmed configuration: reverted in %n second unless kept",
         "Unconfirmed configuration: reverted in %n seconds unless kept"),
}


def fill(path: Path, lang: str) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        src = msg.find("source").text
        comment = msg.find("comment")
        # A source text with a disambiguation comment may have its own entry.
        key = (src, comment.text) if comment is not None and (src, comment.text) in T else src
        tr = msg.find("translation")
        numerus = msg.get("numerus") == "yes"
        if lang == "en":
            if not numerus:
                continue  # English is the source language: only plurals need forms
            forms = EN_PLURAL.get(src)
            if not forms:
                missing.append(src)
                continue
        else:
            if key not in T:
                missing.append(src)
                continue
            text = T[key][0 if lang == "zh_CN" else 1]
            forms = (text,)  # Chinese and Korean have one plural form
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        if numerus:
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        else:
            tr.text = forms[0]
        tr.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    bad = 0
    for lang in ("en", "zh_CN", "ko"):
        missing = fill(HERE / f"byway_{lang}.ts", lang)
        for m in missing:
            print(f"byway_{lang}.ts: no translation for: {m}", file=sys.stderr)
        bad += len(missing)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
