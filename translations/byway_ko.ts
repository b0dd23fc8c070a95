<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
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
            <source>First page: overview, logs or settings.</source>
            <translation>시작 페이지: overview, logs 또는 settings.</translation>
        </message>
        <message>
            <source>Render offscreen, save a PNG and exit.</source>
            <translation>화면 없이 렌더링하고 PNG로 저장한 뒤 종료합니다.</translation>
        </message>
        <message>
            <source>Window size, e.g. 1280x800.</source>
            <translation>창 크기(예: 1280x800).</translation>
        </message>
    </context>
</TS>
