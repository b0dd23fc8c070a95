<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>ApplyPanel</name>
        <message>
            <source>Keep</source>
            <extracomment>Commit-confirm: keep the configuration just applied</extracomment>
            <translation>유지</translation>
        </message>
        <message>
            <source>Revert now</source>
            <extracomment>Commit-confirm: go back to the previous configuration now</extracomment>
            <translation>지금 되돌리기</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>닫기</translation>
        </message>
    </context>
    <context>
        <name>ConfigurationPage</name>
        <message>
            <source>Configuration</source>
            <extracomment>Page title: the config editor</extracomment>
            <translation>구성</translation>
        </message>
        <message>
            <source>Read-only: only members of the group byway can change the configuration.</source>
            <translation>읽기 전용: byway 그룹의 구성원만 구성을 변경할 수 있습니다.</translation>
        </message>
        <message>
            <source>Revision %1</source>
            <extracomment>Config editor: revision of the stored config</extracomment>
            <translation>리비전 %1</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>저장되지 않은 변경</translation>
        </message>
        <message>
            <source>No changes</source>
            <translation>변경 없음</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>확인 중…</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>문제 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>유효함</translation>
        </message>
        <message>
            <source>Discard</source>
            <extracomment>Config editor: throw away unsaved edits</extracomment>
            <translation>변경 취소</translation>
        </message>
        <message>
            <source>Planning…</source>
            <extracomment>Config editor: show what applying would change</extracomment>
            <translation>계획 중…</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <source>Confirm within (s)</source>
            <extracomment>Commit-confirm: seconds to confirm after applying (0 = no confirmation)</extracomment>
            <translation>확인 제한(초)</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>적용</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>Config section title</extracomment>
            <translation>역할</translation>
        </message>
        <message>
            <source>What this box is</source>
            <translation>이 장치의 역할</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <extracomment>Config section title: network interfaces</extracomment>
            <translation>인터페이스</translation>
        </message>
        <message>
            <source>WAN interfaces (comma separated)</source>
            <translation>WAN 인터페이스(쉼표로 구분)</translation>
        </message>
        <message>
            <source>LAN ports or bridges</source>
            <translation>LAN 포트 또는 브리지</translation>
        </message>
        <message>
            <source>VPN interfaces (name or prefix*)</source>
            <translation>VPN 인터페이스(이름 또는 접두사*)</translation>
        </message>
        <message>
            <source>Alternate bridge port</source>
            <translation>보조 브리지 포트</translation>
        </message>
        <message>
            <source>Bypass routing</source>
            <extracomment>Config section title: side-router settings</extracomment>
            <translation>바이패스 라우팅</translation>
        </message>
        <message>
            <source>Main router address</source>
            <translation>메인 라우터 주소</translation>
        </message>
        <message>
            <source>This box on the LAN (address/length)</source>
            <translation>LAN에서 이 장치의 주소(주소/길이)</translation>
        </message>
        <message>
            <source>DHCP server</source>
            <extracomment>The one DHCP server of the LAN</extracomment>
            <translation>DHCP 서버</translation>
        </message>
        <message>
            <source>Main router</source>
            <translation>메인 라우터</translation>
        </message>
        <message>
            <source>This box</source>
            <translation>이 장치</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Masquerade towards the main router</source>
            <translation>메인 라우터 방향으로 마스커레이드</translation>
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port</source>
            <translation>보조 포트에서 IPv6를 보조 경로로 사용</translation>
        </message>
        <message>
            <source>NAT</source>
            <extracomment>Config section title: network address translation</extracomment>
            <translation>NAT</translation>
        </message>
        <message>
            <source>Masquerade (source prefix and WAN, comma separated)</source>
            <translation>마스커레이드(출발지 접두사와 WAN, 쉼표로 구분)</translation>
        </message>
        <message>
            <source>Clamp TCP MSS to the path MTU</source>
            <translation>TCP MSS를 경로 MTU에 맞춤</translation>
        </message>
        <message>
            <source>Capture</source>
            <extracomment>Config section title: user-space capture (compat path)</extracomment>
            <translation>캡처</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>모드</translation>
        </message>
        <message>
            <source>Automatic</source>
            <extracomment>Capture mode: on when the probe says Compat</extracomment>
            <translation>자동</translation>
        </message>
        <message>
            <source>On</source>
            <translation>켜기</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>끄기</translation>
        </message>
        <message>
            <source>MTU (576–9000)</source>
            <translation>MTU(576–9000)</translation>
        </message>
        <message>
            <source>1300 suits ESP-carrying paths; L2TP wants 1280.</source>
            <translation>1300은 ESP 경로에 맞고, L2TP에는 1280이 필요합니다.</translation>
        </message>
        <message>
            <source>Enable IPv6 (held off until the IPv6 egress probe passes)</source>
            <translation>IPv6 사용(IPv6 출구 점검을 통과할 때까지 보류)</translation>
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Config section title: debug logging</extracomment>
            <translation>디버그</translation>
        </message>
        <message>
            <source>Debug log categories at start (comma separated, or all)</source>
            <translation>시작 시 디버그 로그 범주(쉼표로 구분 또는 all)</translation>
        </message>
        <message>
            <source>VPN pools</source>
            <extracomment>Config section title: VPN address pools</extracomment>
            <translation>VPN 풀</translation>
        </message>
        <message>
            <source>Add pool</source>
            <translation>풀 추가</translation>
        </message>
        <message>
            <source>Exits</source>
            <extracomment>Config section title: where traffic leaves the box</extracomment>
            <translation>출구</translation>
        </message>
        <message>
            <source>Add exit</source>
            <translation>출구 추가</translation>
        </message>
    </context>
    <context>
        <name>ConnectionBanner</name>
        <message>
            <source>Details: %1</source>
            <extracomment>Technical detail from the helper connection, shown under the translated reason</extracomment>
            <translation>세부 정보: %1</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>지금 다시 시도</translation>
        </message>
    </context>
    <context>
        <name>ExitEditor</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Exit type</extracomment>
            <translation>유형</translation>
        </message>
        <message>
            <source>Direct</source>
            <extracomment>Exit type: leave through a routing table / mark</extracomment>
            <translation>직접</translation>
        </message>
        <message>
            <source>Table</source>
            <extracomment>Routing table number</extracomment>
            <translation>테이블</translation>
        </message>
        <message>
            <source>Mark</source>
            <extracomment>Firewall mark (fwmark)</extracomment>
            <translation>마크</translation>
        </message>
        <message>
            <source>Device (optional)</source>
            <translation>장치(선택)</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>서버</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>포트</translation>
        </message>
        <message>
            <source>Remove exit</source>
            <translation>출구 삭제</translation>
        </message>
    </context>
    <context>
        <name>FileCard</name>
        <message>
            <source>Import / export</source>
            <extracomment>Card title: import/export the config file</extracomment>
            <translation>가져오기/내보내기</translation>
        </message>
        <message>
            <source>Export</source>
            <extracomment>Write the edited config to the file</extracomment>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>%1(으)로 내보냈습니다</translation>
        </message>
        <message>
            <source>Import</source>
            <extracomment>Load a config file into the editor (not applied)</extracomment>
            <translation>가져오기</translation>
        </message>
        <message>
            <source>Imported; check it, plan and apply.</source>
            <translation>가져왔습니다. 확인하고 계획을 본 뒤 적용하세요.</translation>
        </message>
    </context>
    <context>
        <name>FindingDelegate</name>
        <message>
            <source>Consequence: %1</source>
            <extracomment>Probe finding: what the problem causes</extracomment>
            <translation>영향: %1</translation>
        </message>
        <message>
            <source>Fix: %1</source>
            <extracomment>Probe finding: how to fix the problem</extracomment>
            <translation>해결 방법: %1</translation>
        </message>
    </context>
    <context>
        <name>HistoryCard</name>
        <message>
            <source>History</source>
            <extracomment>Card title: the applied configs, newest first</extracomment>
            <translation>기록</translation>
        </message>
        <message>
            <source>Nothing applied yet.</source>
            <translation>아직 적용된 구성이 없습니다.</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · %4</source>
            <extracomment>History entry: time, what happened, role, who</extracomment>
            <translation>%1 · %2 · %3 · %4</translation>
        </message>
        <message>
            <source>current</source>
            <extracomment>History: the entry that runs now</extracomment>
            <translation>현재</translation>
        </message>
        <message>
            <source>Revert to this</source>
            <extracomment>History: go back to this applied config</extracomment>
            <translation>이 구성으로 되돌리기</translation>
        </message>
    </context>
    <context>
        <name>LogsPage</name>
        <message>
            <source>Logs</source>
            <extracomment>Page title</extracomment>
            <translation>로그</translation>
        </message>
        <message>
            <source>Resume</source>
            <extracomment>Toggle: stop adding new lines to the view (they are kept)</extracomment>
            <translation>재개</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>일시 정지</translation>
        </message>
        <message>
            <source>Follow</source>
            <extracomment>Toggle: keep scrolled to the newest line</extracomment>
            <translation>자동 스크롤</translation>
        </message>
        <message>
            <source>Debug…</source>
            <extracomment>Opens the per-category debug logging switches</extracomment>
            <translation>디버그…</translation>
        </message>
        <message>
            <source>Clear</source>
            <extracomment>Removes all lines from the view</extracomment>
            <translation>지우기</translation>
        </message>
        <message>
            <source>Search</source>
            <extracomment>Placeholder of the log search field</extracomment>
            <translation>검색</translation>
        </message>
        <message>
            <source>All categories</source>
            <extracomment>Log filter: show every category</extracomment>
            <translation>모든 범주</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n line(s)</source>
            <extracomment>Log view counter: lines shown after filtering / lines kept</extracomment>
            <translation>
                <numerusform>전체 %n줄 중 %1줄</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new line(s) waiting</source>
            <translation>
                <numerusform>새 줄 %n개 대기 중</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) dropped</source>
            <extracomment>Lines lost because the viewer could not keep up</extracomment>
            <translation>
                <numerusform>%n줄 유실됨</numerusform>
            </translation>
        </message>
        <message>
            <source>No log lines yet.</source>
            <translation>아직 로그가 없습니다.</translation>
        </message>
        <message>
            <source>Debug logging</source>
            <translation>디버그 로깅</translation>
        </message>
        <message>
            <source>Turns on detailed messages per category in bywayd, at once and without a restart. Needs administrator access.</source>
            <translation>bywayd에서 범주별 상세 메시지를 재시작 없이 즉시 켭니다. 관리자 권한이 필요합니다.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Copy</source>
            <extracomment>Copies the selected log lines to the clipboard</extracomment>
            <translation>복사</translation>
        </message>
        <message>
            <source>Export…</source>
            <extracomment>Saves the lines shown (after filters) to a file</extracomment>
            <translation>내보내기…</translation>
        </message>
        <message numerus="yes">
            <source>Export %n visible line(s) to:</source>
            <extracomment>Export dialog: %n lines that pass the current filters</extracomment>
            <translation>
                <numerusform>표시된 %n줄을 다음 위치로 내보내기:</numerusform>
            </translation>
        </message>
        <message>
            <source>Export</source>
            <translation>내보내기</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 저장됨</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>저장할 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>로그</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>Byway — %1</source>
            <extracomment>Window title: product name and the page shown</extracomment>
            <translation>Byway — %1</translation>
        </message>
        <message>
            <source>Topology</source>
            <translation>토폴로지</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>구성</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Overview</source>
            <extracomment>Page title</extracomment>
            <translation>개요</translation>
        </message>
        <message>
            <source>Mode</source>
            <extracomment>Card title: the box's operating mode</extracomment>
            <translation>모드</translation>
        </message>
        <message>
            <source>Helper</source>
            <extracomment>Card title: the privileged helper process</extracomment>
            <translation>데몬</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>버전</translation>
        </message>
        <message>
            <source>Running for</source>
            <translation>실행 시간</translation>
        </message>
        <message>
            <source>Access</source>
            <extracomment>What the current user may do</extracomment>
            <translation>접근 권한</translation>
        </message>
        <message>
            <source>Configuration</source>
            <extracomment>Card title: the stored configuration</extracomment>
            <translation>구성</translation>
        </message>
        <message>
            <source>Role</source>
            <extracomment>The box's configured role (gateway, bypass router...)</extracomment>
            <translation>역할</translation>
        </message>
        <message>
            <source>Revision</source>
            <extracomment>Configuration revision number</extracomment>
            <translation>리비전</translation>
        </message>
        <message>
            <source>Source</source>
            <extracomment>Where the running configuration was loaded from</extracomment>
            <translation>출처</translation>
        </message>
        <message>
            <source>Probe results</source>
            <extracomment>Section title: results of the system probe</extracomment>
            <translation>점검 결과</translation>
        </message>
        <message>
            <source>Probing…</source>
            <translation>점검 중…</translation>
        </message>
        <message>
            <source>Run probe</source>
            <translation>점검 실행</translation>
        </message>
        <message>
            <source>No probe results yet.</source>
            <translation>아직 점검 결과가 없습니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n passed</source>
            <extracomment>Probe tally: number of checks that passed</extracomment>
            <translation>
                <numerusform>%n개 통과</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <extracomment>Probe tally: number of checks with a warning</extracomment>
            <translation>
                <numerusform>경고 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n failed</source>
            <extracomment>Probe tally: number of checks that failed</extracomment>
            <translation>
                <numerusform>%n개 실패</numerusform>
            </translation>
        </message>
        <message>
            <source>No config file at %1 yet; nothing is changed in the kernel until one is saved.</source>
            <translation>%1에 아직 구성 파일이 없습니다. 구성을 저장하기 전에는 커널을 변경하지 않습니다.</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <source>No Byway rule sees this traffic, so it has no counters.</source>
            <extracomment>Topology: a path no Byway rule counts</extracomment>
            <translation>이 트래픽을 보는 Byway 규칙이 없어 카운터가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>Plan</source>
            <extracomment>Card title: what applying would change</extracomment>
            <translation>계획</translation>
        </message>
        <message>
            <source>No changes: applying would make zero kernel writes.</source>
            <translation>변경 없음: 적용해도 커널에 아무것도 쓰지 않습니다.</translation>
        </message>
        <message numerus="yes">
            <source>nftables: %1, %n rule(s)</source>
            <extracomment>Plan summary: %1 = create/replace/remove/none (nftables action), %2 = rule count</extracomment>
            <translation>
                <numerusform>nftables: %1, 규칙 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>sysctl %1: %2 → %3</source>
            <extracomment>Plan: a sysctl change, e.g. "net/ipv4/ip_forward: 0 → 1 (why)"</extracomment>
            <translation>sysctl %1: %2 → %3</translation>
        </message>
        <message>
            <source>route: %1</source>
            <extracomment>Plan: a route or routing rule change</extracomment>
            <translation>경로: %1</translation>
        </message>
        <message>
            <source>Equivalent commands:</source>
            <extracomment>Plan: the commands an admin could run by hand to the same effect</extracomment>
            <translation>동일한 명령:</translation>
        </message>
    </context>
    <context>
        <name>PoolEditor</name>
        <message>
            <source>Name</source>
            <extracomment>VPN pool: its name</extracomment>
            <translation>이름</translation>
        </message>
        <message>
            <source>Subnet</source>
            <translation>서브넷</translation>
        </message>
        <message>
            <source>Users (name address, comma separated)</source>
            <translation>사용자(이름 주소, 쉼표로 구분)</translation>
        </message>
        <message>
            <source>Exit (optional)</source>
            <translation>출구(선택)</translation>
        </message>
        <message>
            <source>Remove pool</source>
            <translation>풀 삭제</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <extracomment>Page title</extracomment>
            <translation>설정</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>언어</translation>
        </message>
        <message>
            <source>Appearance</source>
            <extracomment>Settings section: colours of the interface</extracomment>
            <translation>모양</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>어두운 테마</translation>
        </message>
        <message>
            <source>Helper connection</source>
            <extracomment>Settings section: connection to the privileged helper</extracomment>
            <translation>데몬 연결</translation>
        </message>
        <message>
            <source>Socket path</source>
            <extracomment>Label of the socket path field</extracomment>
            <translation>소켓 경로</translation>
        </message>
        <message>
            <source>Connect</source>
            <extracomment>Connect to the helper at the socket path entered</extracomment>
            <translation>연결</translation>
        </message>
        <message>
            <source>The default is /run/byway/bywayd.sock. Reading needs the group byway-view; changing settings needs byway.</source>
            <translation>기본값은 /run/byway/bywayd.sock입니다. 읽기에는 byway-view 그룹, 설정 변경에는 byway 그룹이 필요합니다.</translation>
        </message>
        <message>
            <source>About</source>
            <extracomment>Settings section: version information</extracomment>
            <translation>정보</translation>
        </message>
        <message>
            <source>bywayd version</source>
            <translation>bywayd 버전</translation>
        </message>
        <message>
            <source>Config file</source>
            <translation>구성 파일</translation>
        </message>
    </context>
    <context>
        <name>Texts</name>
        <message>
            <source>Standard</source>
            <extracomment>Operating mode badge: full nftables path available</extracomment>
            <translation>표준</translation>
        </message>
        <message>
            <source>Compat</source>
            <extracomment>Operating mode badge: traffic captured in user space (TUN/AF_PACKET)</extracomment>
            <translation>호환</translation>
        </message>
        <message>
            <source>Limited</source>
            <extracomment>Operating mode badge: important features unavailable</extracomment>
            <translation>제한</translation>
        </message>
        <message>
            <source>Unknown</source>
            <extracomment>Operating mode badge: not known yet (no helper or no probe)</extracomment>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>The kernel offers everything Byway needs; traffic is handled by nftables and policy routing.</source>
            <translation>커널이 Byway에 필요한 모든 기능을 제공합니다. 트래픽은 nftables와 정책 라우팅으로 처리됩니다.</translation>
        </message>
        <message>
            <source>Part of the kernel path is unusable here; Byway captures traffic in user space instead.</source>
            <translation>이 시스템에서는 커널 경로 일부를 사용할 수 없어 Byway가 사용자 공간에서 트래픽을 캡처합니다.</translation>
        </message>
        <message>
            <source>Some features cannot work on this system. The findings below say why and how to fix it.</source>
            <translation>일부 기능은 이 시스템에서 동작할 수 없습니다. 아래 점검 결과에서 원인과 해결 방법을 확인하세요.</translation>
        </message>
        <message>
            <source>The mode is known once bywayd has probed this system.</source>
            <translation>bywayd가 이 시스템을 점검하면 모드가 결정됩니다.</translation>
        </message>
        <message>
            <source>OK</source>
            <extracomment>Probe finding status</extracomment>
            <translation>정상</translation>
        </message>
        <message>
            <source>Warning</source>
            <extracomment>Probe finding status</extracomment>
            <translation>경고</translation>
        </message>
        <message>
            <source>Failed</source>
            <extracomment>Probe finding status</extracomment>
            <translation>실패</translation>
        </message>
        <message>
            <source>Skipped</source>
            <extracomment>Probe finding status: the check did not run</extracomment>
            <translation>건너뜀</translation>
        </message>
        <message>
            <source>Not configured</source>
            <extracomment>Config role: nothing configured yet</extracomment>
            <translation>구성되지 않음</translation>
        </message>
        <message>
            <source>VPN gateway</source>
            <translation>VPN 게이트웨이</translation>
        </message>
        <message>
            <source>Bypass router</source>
            <extracomment>Config role: side router beside the main router</extracomment>
            <translation>바이패스 라우터</translation>
        </message>
        <message>
            <source>Secondary router</source>
            <translation>보조 라우터</translation>
        </message>
        <message>
            <source>WAN separation</source>
            <extracomment>Config role: WAN and mesh traffic kept in separate routing tables</extracomment>
            <translation>WAN 분리</translation>
        </message>
        <message>
            <source>Config file</source>
            <extracomment>Where the running config came from</extracomment>
            <translation>구성 파일</translation>
        </message>
        <message>
            <source>Last good copy</source>
            <extracomment>Where the running config came from: the saved copy after a bad file</extracomment>
            <translation>마지막 정상 사본</translation>
        </message>
        <message>
            <source>Built-in defaults</source>
            <extracomment>Where the running config came from</extracomment>
            <translation>내장 기본값</translation>
        </message>
        <message>
            <source>Administrator (may change settings)</source>
            <extracomment>What this user may do with bywayd</extracomment>
            <translation>관리자(설정 변경 가능)</translation>
        </message>
        <message>
            <source>Read-only</source>
            <extracomment>What this user may do with bywayd</extracomment>
            <translation>읽기 전용</translation>
        </message>
        <message>
            <source>Connected to bywayd</source>
            <translation>bywayd에 연결됨</translation>
        </message>
        <message>
            <source>Connecting to bywayd…</source>
            <translation>bywayd에 연결 중…</translation>
        </message>
        <message>
            <source>bywayd refused this user</source>
            <translation>bywayd가 이 사용자를 거부했습니다</translation>
        </message>
        <message>
            <source>Not connected to bywayd</source>
            <translation>bywayd에 연결되지 않음</translation>
        </message>
        <message>
            <source>bywayd could not read the request.</source>
            <translation>bywayd가 요청을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>bywayd rejected a malformed request.</source>
            <translation>bywayd가 잘못된 형식의 요청을 거부했습니다.</translation>
        </message>
        <message>
            <source>This bywayd does not offer that function; it may be older than the GUI.</source>
            <translation>이 bywayd는 해당 기능을 제공하지 않습니다. GUI보다 오래된 버전일 수 있습니다.</translation>
        </message>
        <message>
            <source>A parameter was missing or invalid.</source>
            <translation>매개변수가 없거나 올바르지 않습니다.</translation>
        </message>
        <message>
            <source>bywayd hit an internal error.</source>
            <translation>bywayd에서 내부 오류가 발생했습니다.</translation>
        </message>
        <message>
            <source>The message was larger than the 1 MiB limit.</source>
            <translation>메시지가 1 MiB 제한을 초과했습니다.</translation>
        </message>
        <message>
            <source>Permission denied: join the group byway-view to read or byway to change settings.</source>
            <translation>권한이 거부되었습니다. 조회하려면 byway-view 그룹에, 설정을 변경하려면 byway 그룹에 추가하세요.</translation>
        </message>
        <message>
            <source>The configuration has errors.</source>
            <translation>구성에 오류가 있습니다.</translation>
        </message>
        <message>
            <source>bywayd could not read or write the configuration file.</source>
            <translation>bywayd가 구성 파일을 읽거나 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>Not found.</source>
            <translation>찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>bywayd is busy with another change; try again shortly.</source>
            <translation>bywayd가 다른 변경을 처리하고 있습니다. 잠시 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>bywayd is not running or its socket is missing.</source>
            <translation>bywayd가 실행 중이 아니거나 소켓이 없습니다.</translation>
        </message>
        <message>
            <source>bywayd did not answer in time.</source>
            <translation>bywayd가 제시간에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <source>bywayd speaks a different protocol version.</source>
            <translation>bywayd의 프로토콜 버전이 다릅니다.</translation>
        </message>
        <message>
            <source>The kernel refused the change.</source>
            <translation>커널이 변경을 거부했습니다.</translation>
        </message>
        <message>
            <source>The configuration was changed by someone else in the meantime.</source>
            <translation>그사이 다른 사용자가 구성을 변경했습니다.</translation>
        </message>
        <message>
            <source>Error: %1</source>
            <translation>오류: %1</translation>
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Log level</extracomment>
            <translation>디버그</translation>
        </message>
        <message>
            <source>Info</source>
            <extracomment>Log level</extracomment>
            <translation>정보</translation>
        </message>
        <message>
            <source>Warning</source>
            <comment>log level</comment>
            <extracomment>Log level</extracomment>
            <translation>경고</translation>
        </message>
        <message>
            <source>Error</source>
            <extracomment>Log level</extracomment>
            <translation>오류</translation>
        </message>
        <message>
            <source>Critical</source>
            <extracomment>Log level</extracomment>
            <translation>심각</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n초</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n분</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n시간</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n일</numerusform>
            </translation>
        </message>
        <message>
            <source>Internet</source>
            <extracomment>Topology node kind</extracomment>
            <translation>인터넷</translation>
        </message>
        <message>
            <source>Main router</source>
            <extracomment>Topology node kind: the router that owns the WAN</extracomment>
            <translation>메인 라우터</translation>
        </message>
        <message>
            <source>This box</source>
            <extracomment>Topology node kind: the box Byway runs on</extracomment>
            <translation>이 장치</translation>
        </message>
        <message>
            <source>LAN bridge</source>
            <extracomment>Topology node kind: LAN port or bridge</extracomment>
            <translation>LAN 브리지</translation>
        </message>
        <message>
            <source>Alternate bridge</source>
            <extracomment>Topology node kind: the alternate bridge/port of a bypass router</extracomment>
            <translation>보조 브리지</translation>
        </message>
        <message>
            <source>Clients</source>
            <extracomment>Topology node kind: the LAN's client devices</extracomment>
            <translation>클라이언트</translation>
        </message>
        <message>
            <source>VPN pool</source>
            <extracomment>Topology node kind: VPN address pool</extracomment>
            <translation>VPN 풀</translation>
        </message>
        <message>
            <source>Exit</source>
            <extracomment>Topology node kind: where traffic leaves (direct table/mark or SOCKS5)</extracomment>
            <translation>출구</translation>
        </message>
        <message>
            <source>Upstream</source>
            <extracomment>Topology path: traffic towards the internet</extracomment>
            <translation>상향</translation>
        </message>
        <message>
            <source>Return</source>
            <extracomment>Topology path: replies back to the clients</extracomment>
            <translation>복귀</translation>
        </message>
        <message>
            <source>%1/s</source>
            <extracomment>Transfer rate, %1 is a size such as "1.2 kB"</extracomment>
            <translation>%1/초</translation>
        </message>
        <message numerus="yes">
            <source>%n packet(s)</source>
            <extracomment>Topology path counters: packets, bytes and current rate</extracomment>
            <translation>
                <numerusform>패킷 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Replies go from the main router straight to the clients and skip this box (asymmetric routing; rp_filter is loose).</source>
            <extracomment>Topology: the return path of a bypass router</extracomment>
            <translation>응답은 메인 라우터에서 클라이언트로 바로 가며 이 장치를 거치지 않습니다(비대칭 라우팅, rp_filter 느슨한 모드).</translation>
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port.</source>
            <translation>IPv6는 보조 포트의 보조 경로로 갑니다.</translation>
        </message>
        <message>
            <source>Unmarked traffic uses the main routing table.</source>
            <translation>표시되지 않은 트래픽은 기본 라우팅 테이블을 사용합니다.</translation>
        </message>
        <message>
            <source>Marked sockets and the WAN-only resolver.</source>
            <translation>표시된 소켓과 WAN 전용 DNS 해석기.</translation>
        </message>
        <message>
            <source>Without NAT the main router needs a route back to this box's LAN.</source>
            <translation>NAT 없이 사용하면 메인 라우터에 이 장치의 LAN으로 돌아오는 경로가 필요합니다.</translation>
        </message>
        <message>
            <source>Required</source>
            <extracomment>Validation: a needed value is missing</extracomment>
            <translation>필수</translation>
        </message>
        <message>
            <source>Wrong type</source>
            <extracomment>Validation: wrong JSON type</extracomment>
            <translation>잘못된 형식의 값</translation>
        </message>
        <message>
            <source>Unknown setting</source>
            <extracomment>Validation: a member the schema does not have</extracomment>
            <translation>알 수 없는 설정</translation>
        </message>
        <message>
            <source>Invalid format</source>
            <extracomment>Validation: a value that does not parse (address, prefix, name)</extracomment>
            <translation>잘못된 형식</translation>
        </message>
        <message>
            <source>Out of range</source>
            <extracomment>Validation: number outside its range</extracomment>
            <translation>범위를 벗어남</translation>
        </message>
        <message>
            <source>Used twice</source>
            <extracomment>Validation: a name or address used twice</extracomment>
            <translation>중복 사용</translation>
        </message>
        <message>
            <source>Refers to nothing</source>
            <extracomment>Validation: a name that points nowhere</extracomment>
            <translation>참조 대상 없음</translation>
        </message>
        <message>
            <source>Conflicts with another setting</source>
            <extracomment>Validation: values that disagree with each other</extracomment>
            <translation>다른 설정과 충돌</translation>
        </message>
        <message>
            <source>From a newer Byway</source>
            <extracomment>Validation: the document is from a newer Byway</extracomment>
            <translation>더 새로운 Byway의 구성</translation>
        </message>
        <message>
            <source>create table</source>
            <extracomment>Plan: the nftables table is created</extracomment>
            <translation>테이블 생성</translation>
        </message>
        <message>
            <source>replace table</source>
            <extracomment>Plan: the nftables table is replaced atomically</extracomment>
            <translation>테이블 교체</translation>
        </message>
        <message>
            <source>remove table</source>
            <extracomment>Plan: the nftables table is removed</extracomment>
            <translation>테이블 삭제</translation>
        </message>
        <message>
            <source>unchanged</source>
            <extracomment>Plan: the nftables table stays as it is</extracomment>
            <translation>변경 없음</translation>
        </message>
        <message>
            <source>VPN clients get addresses from pools; their traffic is forwarded and masqueraded out of the WAN.</source>
            <translation>VPN 클라이언트는 풀에서 주소를 받고, 트래픽은 전달·마스커레이드되어 WAN으로 나갑니다.</translation>
        </message>
        <message>
            <source>Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients.</source>
            <translation>클라이언트는 이 장치를 게이트웨이로 사용합니다. 이 장치는 NAT 없이 메인 라우터로 전달하고, 응답은 메인 라우터에서 클라이언트로 바로 돌아갑니다.</translation>
        </message>
        <message>
            <source>This box routes its own LAN behind the main router, with or without NAT.</source>
            <translation>이 장치는 메인 라우터 뒤에서 자체 LAN을 라우팅합니다(NAT 사용 여부 선택).</translation>
        </message>
        <message>
            <source>WAN and mesh traffic use separate routing tables; marked sockets and a WAN-only resolver leave through the WAN.</source>
            <translation>WAN과 메시 트래픽은 별도의 라우팅 테이블을 사용합니다. 표시된 소켓과 WAN 전용 해석기는 WAN으로 나갑니다.</translation>
        </message>
        <message>
            <source>Byway probes and reports but changes nothing in the kernel.</source>
            <translation>Byway는 점검하고 보고만 하며 커널을 변경하지 않습니다.</translation>
        </message>
        <message>
            <source>at start</source>
            <extracomment>History: config loaded when bywayd started</extracomment>
            <translation>시작 시</translation>
        </message>
        <message>
            <source>applied</source>
            <extracomment>History: an admin applied a config</extracomment>
            <translation>적용됨</translation>
        </message>
        <message>
            <source>rolled back</source>
            <extracomment>History: went back to the previous config</extracomment>
            <translation>롤백됨</translation>
        </message>
        <message>
            <source>reverted</source>
            <extracomment>History: went back to a chosen earlier config</extracomment>
            <translation>되돌림</translation>
        </message>
        <message>
            <source>not confirmed, restored</source>
            <extracomment>History: nobody confirmed in time, bywayd restored the previous config</extracomment>
            <translation>확인 안 됨, 복원됨</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>적용 중…</translation>
        </message>
        <message>
            <source>Applied. Checking that bywayd can still be reached over a new connection…</source>
            <extracomment>Commit-confirm: checking over a new connection that bywayd can still be reached</extracomment>
            <translation>적용했습니다. 새 연결로 bywayd에 연결할 수 있는지 확인하는 중…</translation>
        </message>
        <message numerus="yes">
            <source>Keep this configuration? It is reverted automatically in %n second(s).</source>
            <extracomment>Commit-confirm countdown</extracomment>
            <translation>
                <numerusform>이 구성을 유지할까요? %n초 후 자동으로 되돌립니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keeping…</source>
            <translation>유지하는 중…</translation>
        </message>
        <message>
            <source>Reverting…</source>
            <translation>되돌리는 중…</translation>
        </message>
        <message>
            <source>Applied and kept.</source>
            <translation>적용하고 유지했습니다.</translation>
        </message>
        <message>
            <source>Reverted to the previous configuration.</source>
            <translation>이전 구성으로 되돌렸습니다.</translation>
        </message>
        <message numerus="yes">
            <source>bywayd could not be reached over a new connection. It restores the previous configuration by itself in %n second(s).</source>
            <extracomment>Commit-confirm: the second connection failed</extracomment>
            <translation>
                <numerusform>새 연결로 bywayd에 연결할 수 없습니다. %n초 후 bywayd가 이전 구성을 스스로 복원합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not confirmed in time: bywayd restored the previous configuration.</source>
            <translation>제때 확인하지 않아 bywayd가 이전 구성을 복원했습니다.</translation>
        </message>
        <message>
            <source>The configuration was not applied.</source>
            <translation>구성이 적용되지 않았습니다.</translation>
        </message>
    </context>
    <context>
        <name>TopologyDetail</name>
        <message>
            <source>Node</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>Path</source>
            <translation>경로</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Kind</source>
            <extracomment>Topology node: what kind of thing it is</extracomment>
            <translation>종류</translation>
        </message>
        <message>
            <source>Details</source>
            <extracomment>Topology node: address, interface or subnet</extracomment>
            <translation>세부 정보</translation>
        </message>
        <message>
            <source>Paths through it:</source>
            <extracomment>Topology node detail: which paths pass this node</extracomment>
            <translation>이 노드를 지나는 경로:</translation>
        </message>
    </context>
    <context>
        <name>TopologyGraph</name>
        <message>
            <source>skips this box</source>
            <translation>이 장치 우회</translation>
        </message>
        <message>
            <source>not counted</source>
            <translation>집계 안 됨</translation>
        </message>
    </context>
    <context>
        <name>TopologyPage</name>
        <message>
            <source>Topology</source>
            <extracomment>Page title: the network picture</extracomment>
            <translation>토폴로지</translation>
        </message>
        <message>
            <source>The applied configuration is waiting for confirmation; bywayd reverts it unless it is kept.</source>
            <extracomment>Topology: a config was applied with commit-confirm and waits for Keep</extracomment>
            <translation>적용된 구성이 확인을 기다리는 중입니다. 유지하지 않으면 bywayd가 되돌립니다.</translation>
        </message>
        <message>
            <source>No role applied: nothing is routed by Byway</source>
            <extracomment>Topology empty state</extracomment>
            <translation>적용된 역할 없음: Byway가 라우팅하는 트래픽이 없습니다</translation>
        </message>
        <message>
            <source>Choose a role on the Configuration page and apply it; the paths of your traffic then appear here with live counters.</source>
            <translation>구성 페이지에서 역할을 선택하고 적용하세요. 그러면 트래픽 경로가 실시간 카운터와 함께 여기에 표시됩니다.</translation>
        </message>
        <message>
            <source>Upstream (solid)</source>
            <extracomment>Legend: traffic towards the internet</extracomment>
            <translation>상향(실선)</translation>
        </message>
        <message>
            <source>Return (dashed)</source>
            <extracomment>Legend: replies back to the clients</extracomment>
            <translation>복귀(점선)</translation>
        </message>
        <message>
            <source>Tap a box or a rate for details.</source>
            <extracomment>Hint under the topology graph</extracomment>
            <translation>상자나 속도를 누르면 세부 정보가 표시됩니다.</translation>
        </message>
    </context>
    <context>
        <name>byway::gui::TrayIcon</name>
        <message>
            <source>Standard</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation>표준</translation>
        </message>
        <message>
            <source>Compat</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation>호환</translation>
        </message>
        <message>
            <source>Limited</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation>제한</translation>
        </message>
        <message>
            <source>Unknown</source>
            <extracomment>Tray tooltip mode name (same as the mode badge)</extracomment>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Show Byway</source>
            <translation>Byway 열기</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>종료</translation>
        </message>
        <message>
            <source>not connected to bywayd</source>
            <translation>bywayd에 연결되지 않음</translation>
        </message>
        <message>
            <source>Byway: %1</source>
            <extracomment>Tray tooltip: product name and the mode badge or connection state</extracomment>
            <translation>Byway: %1</translation>
        </message>
        <message>
            <source>Byway is in Limited mode</source>
            <translation>Byway가 제한 모드입니다</translation>
        </message>
        <message>
            <source>Open the Overview page for the reasons and fixes.</source>
            <translation>원인과 해결 방법은 개요 페이지에서 확인하세요.</translation>
        </message>
    </context>
    <context>
        <name>byway::qml::HelperConnection</name>
        <message>
            <source>bywayd closed the connection</source>
            <translation>bywayd가 연결을 닫았습니다</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Byway: VPN gateway and bypass router control panel.</source>
            <translation>Byway: VPN 게이트웨이 및 바이패스 라우터 제어판.</translation>
        </message>
        <message>
            <source>bywayd's socket.</source>
            <translation>bywayd 소켓.</translation>
        </message>
        <message>
            <source>Fullscreen touch panel mode.</source>
            <translation>전체 화면 터치 패널 모드.</translation>
        </message>
        <message>
            <source>Language: en, zh_CN or ko.</source>
            <translation>언어: en, zh_CN 또는 ko.</translation>
        </message>
        <message>
            <source>Render offscreen, save a PNG and exit.</source>
            <translation>화면 없이 렌더링하고 PNG로 저장한 뒤 종료합니다.</translation>
        </message>
        <message>
            <source>Window size, e.g. 1280x800.</source>
            <translation>창 크기(예: 1280x800).</translation>
        </message>
        <message>
            <source>First page: overview, topology, configuration, logs or settings.</source>
            <translation>첫 페이지: overview, topology, configuration, logs 또는 settings.</translation>
        </message>
    </context>
</TS>
