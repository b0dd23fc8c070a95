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
    "No config file at %1 yet; nothing is changed in the kernel until one is saved.":
        ("%1 处尚无配置文件；在保存配置之前，不会对内核做任何更改。",
         "%1에 아직 구성 파일이 없습니다. 구성을 저장하기 전에는 커널을 변경하지 않습니다."),
    "Details: %1": ("详细信息：%1", "세부 정보: %1"),
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
    "Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients.":
        ("客户端以本机为网关；本机不做 NAT 转发到主路由器，回复由主路由器直接返回客户端。",
         "클라이언트는 이 장치를 게이트웨이로 사용합니다. 이 장치는 NAT 없이 메인 라우터로 전달하고, 응답은 메인 라우터에서 클라이언트로 바로 돌아갑니다."),
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
    "%1 · %2 · %3 · %4": ("%1 · %2 · %3 · %4", "%1 · %2 · %3 · %4"),
    "current": ("当前", "현재"),
    "Revert to this": ("恢复到此版本", "이 구성으로 되돌리기"),
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
    "Masquerade (source prefix and WAN, comma separated)": ("地址伪装（源前缀和 WAN，以逗号分隔）", "마스커레이드(출발지 접두사와 WAN, 쉼표로 구분)"),
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
}

# English plural forms: source with "(s)" -> (singular, plural)
EN_PLURAL = {
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
    "Keep this configuration? It is reverted automatically in %n second(s).":
        ("Keep this configuration? It is reverted automatically in %n second.",
         "Keep this configuration? It is reverted automatically in %n seconds."),
    "bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second(s).":
        ("bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second.",
         "bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n seconds."),
}


def fill(path: Path, lang: str) -> list[str]:
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter("message"):
        src = msg.find("source").text
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
            if src not in T:
                missing.append(src)
                continue
            text = T[src][0 if lang == "zh_CN" else 1]
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
