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
