<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>ApplianceDelegate</name>
        <message>
            <source>This computer</source>
            <extracomment>The local helper in the appliance list</extracomment>
            <translation>이 컴퓨터</translation>
        </message>
        <message>
            <source>in use</source>
            <extracomment>Appliance list: the one the GUI talks to now</extracomment>
            <translation>사용 중</translation>
        </message>
        <message>
            <source>Certificate pinned: %1</source>
            <translation>고정된 인증서: %1</translation>
        </message>
        <message>
            <source>Certificate not trusted yet</source>
            <translation>아직 신뢰하지 않은 인증서</translation>
        </message>
        <message>
            <source>Use</source>
            <extracomment>Switch the GUI to this appliance</extracomment>
            <translation>사용</translation>
        </message>
        <message>
            <source>Remove</source>
            <extracomment>Remove an appliance from the list (and its token from the keychain)</extracomment>
            <translation>제거</translation>
        </message>
    </context>
    <context>
        <name>AppliancesPage</name>
        <message>
            <source>Appliances</source>
            <extracomment>Page title: local and remote bywayd instances
----------
Section title: the list of appliances</extracomment>
            <translation>어플라이언스</translation>
        </message>
        <message>
            <source>Add appliance…</source>
            <extracomment>Opens the form for a remote appliance</extracomment>
            <translation>어플라이언스 추가…</translation>
        </message>
        <message>
            <source>Appliance tokens are stored in the system keychain.</source>
            <translation>어플라이언스 토큰은 시스템 키체인에 저장됩니다.</translation>
        </message>
        <message>
            <source>No keychain available: appliance tokens cannot be saved.</source>
            <translation>사용할 수 있는 키체인이 없습니다: 어플라이언스 토큰을 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>Checking the system keychain…</source>
            <translation>시스템 키체인 확인 중…</translation>
        </message>
        <message>
            <source>Byway keeps tokens only in the keychain (Secret Service: GNOME Keyring, KWallet), never in a file. Without one, a token you enter is used until Byway quits and must be entered again next time.</source>
            <translation>Byway는 토큰을 키체인(Secret Service: GNOME 키링, KWallet)에만 보관하며 파일에는 절대 저장하지 않습니다. 키체인이 없으면 입력한 토큰은 Byway가 종료될 때까지만 사용되며 다음에 다시 입력해야 합니다.</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <translation>세부 정보: %1</translation>
        </message>
        <message>
            <source>Check again</source>
            <extracomment>Ask the keychain again whether it is there</extracomment>
            <translation>다시 확인</translation>
        </message>
        <message>
            <source>Connection</source>
            <extracomment>Card title: the appliance the GUI talks to now</extracomment>
            <translation>연결</translation>
        </message>
        <message>
            <source>Appliance</source>
            <extracomment>Appliance in use</extracomment>
            <translation>어플라이언스</translation>
        </message>
        <message>
            <source>This computer</source>
            <translation>이 컴퓨터</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>접근 권한</translation>
        </message>
        <message>
            <source>%1 — token “%2”</source>
            <extracomment>Remote appliance: the token's role and name</extracomment>
            <translation>%1 — 토큰 “%2”</translation>
        </message>
        <message numerus="yes">
            <source>Trying again in %n second(s).</source>
            <extracomment>Remote appliance: automatic retry after the wait the appliance asked for</extracomment>
            <translation>
                <numerusform>%n초 후에 다시 시도합니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>SHA-256 fingerprint of the certificate the appliance presented:</source>
            <extracomment>Trust prompt before the first remote connection</extracomment>
            <translation>어플라이언스가 제시한 인증서의 SHA-256 지문:</translation>
        </message>
        <message>
            <source>Trust it only if it is the same as the appliance's own: bywayd logs it when its remote listener starts, and its status shows it. Nothing, not even the token, is sent before you trust it.</source>
            <translation>어플라이언스 자체의 지문과 같을 때만 신뢰하세요. bywayd는 원격 리스너를 시작할 때 지문을 로그에 남기고 상태에서도 보여 줍니다. 신뢰하기 전에는 토큰을 포함해 아무것도 보내지 않습니다.</translation>
        </message>
        <message>
            <source>Trust and connect</source>
            <extracomment>Pin the presented certificate and connect</extracomment>
            <translation>신뢰하고 연결</translation>
        </message>
        <message>
            <source>Cancel</source>
            <extracomment>Do not trust; go back to the local helper</extracomment>
            <translation>취소</translation>
        </message>
        <message>
            <source>This can mean someone is intercepting the connection. If the appliance's certificate was replaced on purpose (reinstalled, new key), forget the trusted certificate and compare the new fingerprint before trusting it.</source>
            <translation>누군가 연결을 가로채고 있다는 뜻일 수 있습니다. 어플라이언스의 인증서를 의도적으로 바꾼 경우(재설치, 새 키)에는 신뢰한 인증서를 지우고 새 지문을 비교한 뒤 신뢰하세요.</translation>
        </message>
        <message>
            <source>Forget the trusted certificate</source>
            <translation>신뢰한 인증서 지우기</translation>
        </message>
        <message>
            <source>Token (byw_…)</source>
            <extracomment>Placeholder: the appliance's API token</extracomment>
            <translation>토큰(byw_…)</translation>
        </message>
        <message>
            <source>Use token</source>
            <translation>토큰 사용</translation>
        </message>
        <message>
            <source>Retry now</source>
            <translation>지금 다시 시도</translation>
        </message>
        <message>
            <source>A remote appliance runs bywayd with --remote-listen and gives you a token (bywayctl token create on the appliance). The GUI then talks to it exactly as to the local helper.</source>
            <translation>원격 어플라이언스는 --remote-listen으로 bywayd를 실행하고 토큰을 발급합니다(어플라이언스에서 bywayctl token create). 그러면 GUI는 로컬 데몬과 똑같이 그것과 통신합니다.</translation>
        </message>
        <message>
            <source>Add a remote appliance</source>
            <translation>원격 어플라이언스 추가</translation>
        </message>
        <message>
            <source>Name, e.g. Office gateway</source>
            <extracomment>Appliance form field</extracomment>
            <translation>이름(예: 사무실 게이트웨이)</translation>
        </message>
        <message>
            <source>Host name or address</source>
            <extracomment>Appliance form field</extracomment>
            <translation>호스트 이름 또는 주소</translation>
        </message>
        <message>
            <source>Port</source>
            <extracomment>Appliance form field: TCP port</extracomment>
            <translation>포트</translation>
        </message>
        <message>
            <source>The token goes into the system keychain.</source>
            <translation>토큰은 시스템 키체인에 저장됩니다.</translation>
        </message>
        <message>
            <source>No keychain: the token is kept only until Byway quits.</source>
            <translation>키체인 없음: 토큰은 Byway가 종료될 때까지만 유지됩니다.</translation>
        </message>
        <message>
            <source>Add and connect</source>
            <extracomment>Add the appliance and switch to it</extracomment>
            <translation>추가하고 연결</translation>
        </message>
    </context>
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
        <name>ApplyStatusBanner</name>
        <message numerus="yes">
            <source>Unconfirmed configuration: reverted in %n second(s) unless kept</source>
            <extracomment>Banner on every page: a configuration applied with commit-confirm waits for Keep</extracomment>
            <translation>
                <numerusform>확인되지 않은 구성: 유지하지 않으면 %n초 후 되돌립니다</numerusform>
            </translation>
        </message>
        <message>
            <source>revision %1, reverts at %2</source>
            <extracomment>Banner: the local time at which bywayd reverts by itself</extracomment>
            <translation>리비전 %1, %2에 되돌림</translation>
        </message>
        <message>
            <source>Keep</source>
            <extracomment>Commit-confirm: keep the configuration just applied</extracomment>
            <translation>유지</translation>
        </message>
        <message>
            <source>Revert</source>
            <extracomment>Commit-confirm: go back to the previous configuration now</extracomment>
            <translation>되돌리기</translation>
        </message>
        <message>
            <source>Not applied: %1</source>
            <extracomment>Banner on every page: the stored configuration is not what the kernel runs. %1 is the reason.</extracomment>
            <translation>적용되지 않음: %1</translation>
        </message>
        <message>
            <source>Details: %1</source>
            <extracomment>Technical detail from bywayd, shown under the translated reason</extracomment>
            <translation>세부 정보: %1</translation>
        </message>
        <message>
            <source>Applied from this window</source>
            <extracomment>Banner: who applied the unconfirmed configuration</extracomment>
            <translation>이 창에서 적용함</translation>
        </message>
        <message>
            <source>Applied by remote client “%1”</source>
            <extracomment>Banner: applied through the remote (TLS) API; %1 is the access token's name</extracomment>
            <translation>원격 클라이언트 “%1”이(가) 적용함</translation>
        </message>
        <message>
            <source>bywayd cannot change this system's network settings</source>
            <extracomment>Banner: bywayd cannot change the kernel here (missing privileges or kernel features)</extracomment>
            <translation>bywayd가 이 시스템의 네트워크 설정을 변경할 수 없습니다</translation>
        </message>
        <message>
            <source>applying the stored configuration failed</source>
            <extracomment>Banner: applying the stored configuration failed, no more specific reason known</extracomment>
            <translation>저장된 구성을 적용하지 못했습니다</translation>
        </message>
        <message>
            <source>Applied on this box by uid %1 (bywayctl or another window)</source>
            <extracomment>Banner: applied on this box by bywayctl or another window; %1 is the Unix user id</extracomment>
            <translation>이 장치의 uid %1이(가) 적용함(bywayctl 또는 다른 창)</translation>
        </message>
        <message>
            <source>the stored configuration cannot be used; the network runs as before until a valid configuration is applied</source>
            <extracomment>Banner: at start bywayd found a stored configuration it cannot use (damaged, or refused by a newer version) and left the running network as it was</extracomment>
            <translation>저장된 구성을 사용할 수 없습니다. 유효한 구성이 적용될 때까지 네트워크는 이전대로 동작합니다</translation>
        </message>
        <message>
            <source>bywayd could not apply it on this system</source>
            <extracomment>Banner: bywayd is running but could not apply the stored configuration on this system</extracomment>
            <translation>bywayd가 이 시스템에 적용하지 못했습니다</translation>
        </message>
    </context>
    <context>
        <name>ConfigField</name>
        <message>
            <source>(none)</source>
            <extracomment>Picker entry: no interface / no exit chosen</extracomment>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>Example text in an empty field: %1 is an example value, never a default</extracomment>
            <translation>예: %1</translation>
        </message>
        <message>
            <source>Use %1</source>
            <extracomment>A one-tap value offered for a field (the detected main router, an address of the LAN port)</extracomment>
            <translation>%1 사용</translation>
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
            <source>Interfaces</source>
            <extracomment>Config section title: network interfaces</extracomment>
            <translation>인터페이스</translation>
        </message>
        <message>
            <source>Bypass routing</source>
            <extracomment>Config section title: side-router settings</extracomment>
            <translation>바이패스 라우팅</translation>
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
            <source>NAT</source>
            <extracomment>Config section title: network address translation</extracomment>
            <translation>NAT</translation>
        </message>
        <message>
            <source>Capture</source>
            <extracomment>Config section title: user-space capture (compat path)</extracomment>
            <translation>캡처</translation>
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
            <source>1300 suits ESP-carrying paths; L2TP wants 1280.</source>
            <translation>1300은 ESP 경로에 맞고, L2TP에는 1280이 필요합니다.</translation>
        </message>
        <message>
            <source>Debug</source>
            <extracomment>Config section title: debug logging</extracomment>
            <translation>디버그</translation>
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
        <message numerus="yes">
            <source>%n problem(s) to fix before applying</source>
            <extracomment>Config editor: heading of the list of problems that block Plan and Apply</extracomment>
            <translation>
                <numerusform>적용하기 전에 고칠 문제 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Show</source>
            <extracomment>Config editor: button on a problem that scrolls to its field and focuses it</extracomment>
            <translation>보기</translation>
        </message>
        <message>
            <source>Guided setup</source>
            <extracomment>Config editor: opens the step-by-step setup for a role</extracomment>
            <translation>안내 설정</translation>
        </message>
        <message>
            <source>bywayd connects to these to verify IPv6 egress; without one that answers, IPv6 stays off.</source>
            <translation>bywayd가 이 대상에 연결해 IPv6 외부 연결을 확인합니다. 응답하는 대상이 없으면 IPv6는 꺼진 채로 있습니다.</translation>
        </message>
        <message>
            <source>Matched by the process's primary group; run the programs with this group as their group.</source>
            <translation>프로세스의 기본 그룹으로 맞춥니다. 프로그램을 이 그룹으로 실행하세요.</translation>
        </message>
        <message>
            <source>Routing</source>
            <extracomment>Config section title: routing tables, rule priorities and marks</extracomment>
            <translation>라우팅</translation>
        </message>
        <message>
            <source>bywayd now has revision %1, stored elsewhere (bywayctl, another window). Your unsaved changes are based on revision %2: bywayd refuses to apply them over the newer one.</source>
            <extracomment>Config editor: another admin or bywayctl stored a config meanwhile</extracomment>
            <translation>bywayd에는 이제 다른 곳(bywayctl, 다른 창)에서 저장한 리비전 %1이 있습니다. 저장하지 않은 변경 사항은 리비전 %2을(를) 기준으로 하므로 bywayd는 더 새로운 구성 위에 적용하지 않습니다.</translation>
        </message>
        <message>
            <source>Load revision %1</source>
            <extracomment>Config editor: load the newer stored config, discarding the unsaved changes</extracomment>
            <translation>리비전 %1 불러오기</translation>
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
            <source>Direct</source>
            <extracomment>Exit type: leave through a routing table / mark</extracomment>
            <translation>직접</translation>
        </message>
        <message>
            <source>Remove exit</source>
            <translation>출구 삭제</translation>
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>What this box is</source>
            <translation>이 장치의 역할</translation>
        </message>
        <message>
            <source>WAN interfaces</source>
            <translation>WAN 인터페이스</translation>
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
            <source>Masquerade towards the main router</source>
            <translation>메인 라우터 방향으로 마스커레이드</translation>
        </message>
        <message>
            <source>IPv6 as a secondary route on the alternate port</source>
            <translation>보조 포트에서 IPv6를 보조 경로로 사용</translation>
        </message>
        <message>
            <source>Clamp TCP MSS to the path MTU</source>
            <translation>TCP MSS를 경로 MTU에 맞춤</translation>
        </message>
        <message>
            <source>Capture mode</source>
            <translation>캡처 모드</translation>
        </message>
        <message>
            <source>MTU (576–9000)</source>
            <translation>MTU(576–9000)</translation>
        </message>
        <message>
            <source>Capture TUN device</source>
            <extracomment>The compat capture's TUN device name</extracomment>
            <translation>캡처 TUN 장치</translation>
        </message>
        <message>
            <source>Most flows at once (16–1000000)</source>
            <translation>동시 최대 흐름 수(16–1000000)</translation>
        </message>
        <message>
            <source>AF_PACKET capture on (names or prefix*, comma separated)</source>
            <translation>AF_PACKET 캡처 대상(이름 또는 접두사*, 쉼표로 구분)</translation>
        </message>
        <message>
            <source>Enable IPv6 (held off until the IPv6 egress probe passes)</source>
            <translation>IPv6 사용(IPv6 출구 점검을 통과할 때까지 보류)</translation>
        </message>
        <message>
            <source>IPv6 egress probe targets ([address]:port, comma separated)</source>
            <translation>IPv6 외부 연결 점검 대상([주소]:포트, 쉼표로 구분)</translation>
        </message>
        <message>
            <source>WAN-only resolver (address:port)</source>
            <translation>WAN 전용 리졸버(주소:포트)</translation>
        </message>
        <message>
            <source>Redirect the DNS of this group's processes</source>
            <translation>이 그룹 프로세스의 DNS 리디렉션</translation>
        </message>
        <message>
            <source>First routing table (Byway uses 100 from here)</source>
            <translation>첫 라우팅 테이블(Byway가 여기서부터 100개 사용)</translation>
        </message>
        <message>
            <source>First rule priority (Byway uses 1000 from here)</source>
            <translation>첫 규칙 우선순위(Byway가 여기서부터 1000개 사용)</translation>
        </message>
        <message>
            <source>Mark bits Byway may use</source>
            <translation>Byway가 쓸 수 있는 마크 비트</translation>
        </message>
        <message>
            <source>Repair when others change Byway's kernel state</source>
            <translation>다른 프로그램이 Byway의 커널 상태를 바꾸면 복구</translation>
        </message>
        <message>
            <source>Debug log categories at start (comma separated, or all)</source>
            <translation>시작 시 디버그 로그 범주(쉼표로 구분 또는 all)</translation>
        </message>
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
            <source>Exit (optional)</source>
            <translation>출구(선택)</translation>
        </message>
        <message>
            <source>Type</source>
            <extracomment>Exit type</extracomment>
            <translation>유형</translation>
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
            <source>User name (optional)</source>
            <translation>사용자 이름(선택)</translation>
        </message>
        <message>
            <source>Password (optional)</source>
            <translation>비밀번호(선택)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <translation>인터페이스</translation>
        </message>
        <message>
            <source>Bypass routing</source>
            <translation>바이패스 라우팅</translation>
        </message>
        <message>
            <source>NAT</source>
            <translation>NAT</translation>
        </message>
        <message>
            <source>Capture</source>
            <translation>캡처</translation>
        </message>
        <message>
            <source>Routing</source>
            <extracomment>Config section title: routing tables, rule priorities and marks</extracomment>
            <translation>라우팅</translation>
        </message>
        <message>
            <source>Debug</source>
            <translation>디버그</translation>
        </message>
        <message>
            <source>VPN pools</source>
            <translation>VPN 풀</translation>
        </message>
        <message>
            <source>Exits</source>
            <translation>출구</translation>
        </message>
        <message>
            <source>%1 (not in this form: edit the config file or use bywayctl)</source>
            <extracomment>Config editor: a problem in a setting the form has no field for; %1 is its name in the config file (dns.resolver)</extracomment>
            <translation>%1 (이 양식에는 없음: 구성 파일을 편집하거나 bywayctl을 사용하세요)</translation>
        </message>
        <message>
            <source>Users</source>
            <extracomment>VPN pool: its users (one row each: name, address, own exit)</extracomment>
            <translation>사용자</translation>
        </message>
        <message>
            <source>Masquerade (source prefix and WAN or exit device, comma separated)</source>
            <translation>마스커레이드(출발지 접두사와 WAN 또는 출구 장치, 쉼표로 구분)</translation>
        </message>
        <message>
            <source>Client pools</source>
            <extracomment>Config section title on a bypass or secondary router: groups of LAN clients, each with its exit</extracomment>
            <translation>클라이언트 풀</translation>
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
        <name>FlowsPage</name>
        <message>
            <source>Flows</source>
            <extracomment>Page title: live connections through the capture
----------
Flows page, narrow layout: the list of flows</extracomment>
            <translation>플로</translation>
        </message>
        <message>
            <source>User</source>
            <extracomment>Flows table column</extracomment>
            <translation>사용자</translation>
        </message>
        <message>
            <source>Proto</source>
            <extracomment>Flows table column: tcp/udp/icmp</extracomment>
            <translation>프로토콜</translation>
        </message>
        <message>
            <source>Destination</source>
            <extracomment>Flows table column: destination address:port</extracomment>
            <translation>목적지</translation>
        </message>
        <message>
            <source>Exit</source>
            <extracomment>Flows table column: where the flow leaves</extracomment>
            <translation>출구</translation>
        </message>
        <message>
            <source>Sent</source>
            <extracomment>Flows table column: bytes client → exit</extracomment>
            <translation>보냄</translation>
        </message>
        <message>
            <source>Received</source>
            <extracomment>Flows table column: bytes exit → client</extracomment>
            <translation>받음</translation>
        </message>
        <message>
            <source>Rate</source>
            <extracomment>Flows table column: current rate</extracomment>
            <translation>속도</translation>
        </message>
        <message>
            <source>Age</source>
            <extracomment>Flows table column: time since the flow started</extracomment>
            <translation>경과</translation>
        </message>
        <message>
            <source>State</source>
            <extracomment>Flows table column</extracomment>
            <translation>상태</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n flow(s)</source>
            <extracomment>Flows page: number of flows shown / in the table</extracomment>
            <translation>
                <numerusform>전체 %n개 플로 중 %1개</numerusform>
            </translation>
        </message>
        <message>
            <source>No flows to show</source>
            <extracomment>Flows page empty state, title</extracomment>
            <translation>표시할 플로가 없습니다</translation>
        </message>
        <message>
            <source>Flows are listed only for traffic the compat capture (TUN or AF_PACKET) carries in user space.</source>
            <translation>호환 캡처(TUN 또는 AF_PACKET)가 사용자 공간에서 전달하는 트래픽만 플로로 표시됩니다.</translation>
        </message>
        <message>
            <source>flows now</source>
            <extracomment>Capture statistic: flows in the table now</extracomment>
            <translation>현재 플로</translation>
        </message>
        <message>
            <source>flows created</source>
            <extracomment>Capture statistic</extracomment>
            <translation>생성된 플로</translation>
        </message>
        <message>
            <source>in from clients</source>
            <extracomment>Capture statistic: bytes from the clients</extracomment>
            <translation>클라이언트에서 들어옴</translation>
        </message>
        <message>
            <source>out to clients</source>
            <extracomment>Capture statistic: bytes back to the clients</extracomment>
            <translation>클라이언트로 나감</translation>
        </message>
        <message>
            <source>packets dropped</source>
            <extracomment>Capture statistic: packets refused (malformed, no flow, limits)</extracomment>
            <translation>버린 패킷</translation>
        </message>
        <message>
            <source>device</source>
            <extracomment>Capture statistic: the TUN device</extracomment>
            <translation>장치</translation>
        </message>
        <message>
            <source>Filter by user, address or exit</source>
            <extracomment>Placeholder of the flows filter</extracomment>
            <translation>사용자, 주소 또는 출구로 필터</translation>
        </message>
        <message>
            <source>Per user</source>
            <extracomment>Flows page, narrow layout: totals per user</extracomment>
            <translation>사용자별</translation>
        </message>
        <message>
            <source>Per user (since the capture started)</source>
            <extracomment>Card title: traffic summed per VPN user</extracomment>
            <translation>사용자별(캡처 시작 이후)</translation>
        </message>
        <message>
            <source>Per user (open flows)</source>
            <translation>사용자별(열린 플로)</translation>
        </message>
        <message>
            <source>via %1</source>
            <extracomment>Flows, narrow layout: exit, bytes sent/received, rate, age, state</extracomment>
            <translation>%1 경유</translation>
        </message>
        <message>
            <source>No flows through the capture right now.</source>
            <translation>지금은 캡처를 거치는 플로가 없습니다.</translation>
        </message>
        <message>
            <source>No flow matches the filter.</source>
            <translation>필터와 일치하는 플로가 없습니다.</translation>
        </message>
        <message>
            <source>Flows</source>
            <comment>column: number of flows</comment>
            <translation>플로 수</translation>
        </message>
        <message>
            <source>Source</source>
            <comment>flow column: client address</comment>
            <extracomment>Flows table column: client address:port</extracomment>
            <translation>출발지</translation>
        </message>
        <message numerus="yes">
            <source>SOCKS5 exit %1 gave %n flow(s) no connection. Last: %2</source>
            <extracomment>%1: exit name, %n: flows; %2: the last reason, as bywayd words it (English)</extracomment>
            <translation>
                <numerusform>SOCKS5 출구 %1이(가) 플로 %n개에 연결을 주지 못했습니다. 마지막 원인: %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n flow(s), the %2 busiest listed</source>
            <extracomment>Flows page, when bywayd lists only the busiest flows: %1 = rows shown (after the filter), %n = open flows, %2 = rows listed</extracomment>
            <translation>
                <numerusform>전체 %n개 플로 중 %1개, 가장 많이 쓰는 %2개만 표시</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user(s), the %1 busiest listed</source>
            <extracomment>Flows page, per-user card, when bywayd lists only the busiest users: %n = users in all, %1 = users listed</extracomment>
            <translation>
                <numerusform>전체 사용자 %n명 중 가장 많이 쓰는 %1명만 표시</numerusform>
            </translation>
        </message>
        <message>
            <source>flows now, of %1 at most</source>
            <extracomment>Capture statistic: flows in the table now, and the most it holds</extracomment>
            <translation>현재 플로(최대 %1)</translation>
        </message>
    </context>
    <context>
        <name>HealthCheckEditor</name>
        <message>
            <source>Confirm when healthy</source>
            <extracomment>Apply option: bywayd confirms by itself when the checks below pass</extracomment>
            <translation>정상이면 자동 확정</translation>
        </message>
        <message>
            <source>After applying, bywayd checks these targets through the new configuration. When all answer it keeps it; when they do not before the deadline it restores the previous one.</source>
            <extracomment>Tooltip of the "Confirm when healthy" option</extracomment>
            <translation>적용한 뒤 bywayd가 새 구성을 통해 이 대상들을 확인합니다. 모두 응답하면 유지하고, 마감 시간 전에 응답하지 않으면 이전 구성으로 되돌립니다.</translation>
        </message>
        <message>
            <source>Check kind</source>
            <extracomment>Health check kind (TCP connect, ping, DNS query)</extracomment>
            <translation>확인 종류</translation>
        </message>
        <message>
            <source>IP:port, e.g. 192.0.2.1:443</source>
            <translation>IP:포트, 예: 192.0.2.1:443</translation>
        </message>
        <message>
            <source>name@server, e.g. example.org@192.0.2.53</source>
            <translation>이름@서버, 예: example.org@192.0.2.53</translation>
        </message>
        <message>
            <source>IP address, e.g. 192.0.2.1</source>
            <extracomment>Placeholder of the new management address</extracomment>
            <translation>IP 주소, 예: 192.0.2.1</translation>
        </message>
        <message>
            <source>Timeout (ms)</source>
            <extracomment>Health check timeout in milliseconds</extracomment>
            <translation>시간 제한(ms)</translation>
        </message>
        <message>
            <source>Remove</source>
            <extracomment>Remove a health check</extracomment>
            <translation>제거</translation>
        </message>
        <message>
            <source>Add check</source>
            <extracomment>Add a health check row</extracomment>
            <translation>확인 추가</translation>
        </message>
        <message>
            <source>Management address moves to</source>
            <extracomment>Apply option: the change moves the address this GUI reaches the remote box on; a field with the new address follows</extracomment>
            <translation>관리 주소 변경:</translation>
        </message>
        <message>
            <source>After applying, Byway reconnects to the box on this address with the same certificate and token. Reaching it there keeps the change; otherwise the box goes back to the previous configuration at the deadline and Byway to the old address.</source>
            <extracomment>Tooltip of the "Management address moves to" option</extracomment>
            <translation>적용한 뒤 Byway가 같은 인증서와 토큰으로 이 주소에서 장비에 다시 연결합니다. 그 주소로 연결되면 변경을 유지하고, 그렇지 않으면 마감 시간에 장비는 이전 구성으로, Byway는 이전 주소로 돌아갑니다.</translation>
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
            <source>current</source>
            <extracomment>History: the entry that runs now</extracomment>
            <translation>현재</translation>
        </message>
        <message>
            <source>Revert to this</source>
            <extracomment>History: go back to this applied config</extracomment>
            <translation>이 구성으로 되돌리기</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 · revision %4 · %5</source>
            <extracomment>History entry: time, what happened, role, the config revision it ran, who</extracomment>
            <translation>%1 · %2 · %3 · 리비전 %4 · %5</translation>
        </message>
        <message>
            <source>Reverting throws away your unsaved changes.</source>
            <extracomment>History: asked before a revert while the editor has unsaved changes</extracomment>
            <translation>되돌리면 저장하지 않은 변경 사항이 사라집니다.</translation>
        </message>
        <message>
            <source>Discard changes and revert</source>
            <extracomment>History: revert although unsaved changes go</extracomment>
            <translation>변경 사항 버리고 되돌리기</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <extracomment>History: do not revert; go on editing</extracomment>
            <translation>계속 편집</translation>
        </message>
    </context>
    <context>
        <name>InterfaceChip</name>
        <message>
            <source>not on this box</source>
            <extracomment>Interface picker: a configured name this box has no interface for</extracomment>
            <translation>이 장치에 없음</translation>
        </message>
        <message>
            <source>link up</source>
            <translation>링크 연결됨</translation>
        </message>
        <message>
            <source>no carrier</source>
            <translation>캐리어 없음</translation>
        </message>
        <message>
            <source>down</source>
            <translation>꺼짐</translation>
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
            <extracomment>Short form of Configuration for the kiosk's tab bar (seven tabs on 800 px)</extracomment>
            <translation>구성</translation>
        </message>
        <message>
            <source>Config</source>
            <translation>구성</translation>
        </message>
        <message>
            <source>Flows</source>
            <extracomment>Navigation: live connections through the capture</extracomment>
            <translation>플로</translation>
        </message>
        <message>
            <source>Appliances</source>
            <extracomment>Navigation: local and remote bywayd instances</extracomment>
            <translation>어플라이언스</translation>
        </message>
    </context>
    <context>
        <name>MessageRow</name>
        <message>
            <source>Consequence: %1</source>
            <translation>영향: %1</translation>
        </message>
        <message>
            <source>Fix: %1</source>
            <translation>해결 방법: %1</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>"%{name}" is not a member here (known: %{known})</source>
            <translation>여기에는 "%{name}" 항목이 없습니다(알려진 항목: %{known})</translation>
        </message>
        <message>
            <source>unknown setting "%{name}"</source>
            <translation>알 수 없는 설정 "%{name}"</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>객체여야 합니다</translation>
        </message>
        <message>
            <source>must be an array</source>
            <translation>배열이어야 합니다</translation>
        </message>
        <message>
            <source>must be a string</source>
            <translation>문자열이어야 합니다</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>true 또는 false여야 합니다</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>정수여야 합니다</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>필수 항목입니다</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>비어 있으면 안 됩니다</translation>
        </message>
        <message>
            <source>must be between %{min} and %{max} (is %{value})</source>
            <translation>%{min}에서 %{max} 사이여야 합니다(현재 %{value})</translation>
        </message>
        <message>
            <source>must be a 32-bit number, decimal or 0x-hex (is "%{value}")</source>
            <translation>32비트 숫자여야 합니다. 10진수 또는 0x로 시작하는 16진수(현재 "%{value}")</translation>
        </message>
        <message>
            <source>"%{value}" is not an address with a prefix length like 10.20.0.0/24</source>
            <translation>"%{value}"은(는) 10.20.0.0/24처럼 접두사 길이가 있는 주소가 아닙니다</translation>
        </message>
        <message>
            <source>"%{value}" is not an IP address</source>
            <translation>"%{value}"은(는) IP 주소가 아닙니다</translation>
        </message>
        <message>
            <source>"%{value}" is not one of: %{allowed}</source>
            <translation>"%{value}"은(는) 다음 중 하나가 아닙니다: %{allowed}</translation>
        </message>
        <message>
            <source>"%{value}" is not an interface name</source>
            <translation>"%{value}"은(는) 인터페이스 이름이 아닙니다</translation>
        </message>
        <message>
            <source>"%{value}" is not an interface name (1-15 characters, no / : * or spaces)</source>
            <translation>"%{value}"은(는) 인터페이스 이름이 아닙니다(1-15자, / : * 및 공백 불가)</translation>
        </message>
        <message>
            <source>"%{value}" is not an interface name or a prefix with a trailing * (like vpns*)</source>
            <translation>"%{value}"은(는) 인터페이스 이름도, vpns*처럼 *로 끝나는 접두사도 아닙니다</translation>
        </message>
        <message>
            <source>"%{value}" is not a valid name (1-32 of A-Z a-z 0-9 _ . -, starting with a letter or digit)</source>
            <translation>"%{value}"은(는) 올바른 이름이 아닙니다(A-Z a-z 0-9 _ . - 중 1-32자, 글자나 숫자로 시작)</translation>
        </message>
        <message>
            <source>config schema version %{version} is newer than this bywayd understands (%{supported})</source>
            <translation>구성 스키마 버전 %{version}은(는) 이 bywayd가 이해하는 버전(%{supported})보다 새롭습니다</translation>
        </message>
        <message>
            <source>"%{value}" appears more than once</source>
            <translation>"%{value}"이(가) 두 번 이상 나옵니다</translation>
        </message>
        <message>
            <source>"%{interface}" is listed as both WAN and LAN</source>
            <translation>"%{interface}"이(가) WAN과 LAN에 모두 들어 있습니다</translation>
        </message>
        <message>
            <source>"%{interface}" is also a WAN or LAN interface: the alternate port must be a separate link, or traffic loops between the two bridges</source>
            <translation>"%{interface}"은(는) WAN 또는 LAN 인터페이스이기도 합니다. 보조 포트는 별도의 링크여야 하며, 그렇지 않으면 두 브리지 사이에서 트래픽이 순환합니다</translation>
        </message>
        <message>
            <source>%{value} has host bits set; did you mean %{network}?</source>
            <translation>%{value}에 호스트 비트가 설정되어 있습니다. %{network}을(를) 뜻하셨나요?</translation>
        </message>
        <message>
            <source>%{subnet} overlaps pool "%{pool}" (%{other})</source>
            <translation>%{subnet}이(가) 풀 "%{pool}"(%{other})과(와) 겹칩니다</translation>
        </message>
        <message>
            <source>no exit named "%{exit}" in /exits</source>
            <translation>/exits에 "%{exit}"(이)라는 출구가 없습니다</translation>
        </message>
        <message>
            <source>user "%{user}" appears more than once</source>
            <translation>사용자 "%{user}"이(가) 두 번 이상 나옵니다</translation>
        </message>
        <message>
            <source>%{address} is outside the pool's subnet %{subnet}</source>
            <translation>%{address}이(가) 풀의 서브넷 %{subnet} 밖에 있습니다</translation>
        </message>
        <message>
            <source>%{address} is assigned to another user</source>
            <translation>%{address}은(는) 이미 다른 사용자에게 할당되어 있습니다</translation>
        </message>
        <message>
            <source>IPv6 masquerade of %{source} needs ipv6.enabled</source>
            <translation>%{source}의 IPv6 마스커레이드에는 ipv6.enabled가 필요합니다</translation>
        </message>
        <message>
            <source>table %{table} is reserved by the kernel (253 default, 254 main, 255 local)</source>
            <translation>테이블 %{table}은(는) 커널이 예약한 것입니다(253 default, 254 main, 255 local)</translation>
        </message>
        <message>
            <source>server, port, username and password belong to socks5 exits</source>
            <translation>server, port, username, password는 socks5 출구에만 쓰입니다</translation>
        </message>
        <message>
            <source>a socks5 exit needs a server</source>
            <translation>socks5 출구에는 서버가 필요합니다</translation>
        </message>
        <message>
            <source>a socks5 exit needs a port (1-65535)</source>
            <translation>socks5 출구에는 포트(1-65535)가 필요합니다</translation>
        </message>
        <message>
            <source>a password without a username is never sent</source>
            <translation>사용자 이름이 없으면 비밀번호는 전송되지 않습니다</translation>
        </message>
        <message>
            <source>SOCKS5 usernames and passwords are at most 255 bytes (RFC 1929)</source>
            <translation>SOCKS5 사용자 이름과 비밀번호는 최대 255바이트입니다(RFC 1929)</translation>
        </message>
        <message>
            <source>tables %{first}-%{last} would include the kernel's 253-255</source>
            <translation>테이블 %{first}-%{last}에 커널의 253-255가 포함됩니다</translation>
        </message>
        <message>
            <source>must leave Byway at least one mark bit</source>
            <translation>Byway에 마크 비트를 하나 이상 남겨야 합니다</translation>
        </message>
        <message>
            <source>a vpn-gateway needs the WAN interface its pools leave through</source>
            <translation>vpn-gateway에는 풀 트래픽이 나가는 WAN 인터페이스가 필요합니다</translation>
        </message>
        <message>
            <source>a vpn-gateway needs at least one pool</source>
            <translation>vpn-gateway에는 풀이 하나 이상 필요합니다</translation>
        </message>
        <message>
            <source>a vpn-gateway needs the tunnel interface pattern of its VPN server (like vpns*)</source>
            <translation>vpn-gateway에는 VPN 서버의 터널 인터페이스 패턴(예: vpns*)이 필요합니다</translation>
        </message>
        <message>
            <source>the primary LAN interface (or bridge) is required</source>
            <translation>기본 LAN 인터페이스(또는 브리지)가 필요합니다</translation>
        </message>
        <message>
            <source>a secondary router needs its WAN port towards the main router</source>
            <translation>보조 라우터에는 메인 라우터 쪽 WAN 포트가 필요합니다</translation>
        </message>
        <message>
            <source>the main router's address is required</source>
            <translation>메인 라우터의 주소가 필요합니다</translation>
        </message>
        <message>
            <source>this box's address on the primary LAN (like 192.168.10.2/24) is required</source>
            <translation>기본 LAN에서 이 장치의 주소(예: 192.168.10.2/24)가 필요합니다</translation>
        </message>
        <message>
            <source>the main router cannot have this box's own address</source>
            <translation>메인 라우터가 이 장치의 주소를 가질 수는 없습니다</translation>
        </message>
        <message>
            <source>%{mainRouter} is not on this box's LAN %{lan}: a bypass router forwards to a main router on the same LAN</source>
            <translation>%{mainRouter}이(가) 이 장치의 LAN %{lan}에 없습니다. 바이패스 라우터는 같은 LAN의 메인 라우터로 전달합니다</translation>
        </message>
        <message>
            <source>a bypass router forwards without NAT; use role secondary-router for NAT</source>
            <translation>바이패스 라우터는 NAT 없이 전달합니다. NAT가 필요하면 secondary-router 역할을 쓰세요</translation>
        </message>
        <message>
            <source>IPv6 secondary routing needs the port on the alternate bridge</source>
            <translation>IPv6 보조 라우팅에는 보조 브리지의 포트가 필요합니다</translation>
        </message>
        <message>
            <source>IPv6 secondary routing needs ipv6.enabled</source>
            <translation>IPv6 보조 라우팅에는 ipv6.enabled가 필요합니다</translation>
        </message>
        <message>
            <source>the WAN interface whose table is selected by mark is required</source>
            <translation>마크로 테이블이 선택되는 WAN 인터페이스가 필요합니다</translation>
        </message>
        <message>
            <source>wan-separated needs a direct exit with both a mark and a table (the WAN table)</source>
            <translation>wan-separated에는 마크와 테이블(WAN 테이블)을 모두 가진 직접 출구가 필요합니다</translation>
        </message>
        <message>
            <source>IPv6 needs an MTU of at least 1280 (is %{mtu})</source>
            <translation>IPv6에는 1280 이상의 MTU가 필요합니다(현재 %{mtu})</translation>
        </message>
        <message>
            <source>"%{value}" is not [IPv6 address]:port like [2001:db8::1]:443</source>
            <translation>"%{value}"은(는) [2001:db8::1]:443처럼 [IPv6 주소]:포트 형식이 아닙니다</translation>
        </message>
        <message>
            <source>"%{value}" is not address:port like 127.0.0.1:54</source>
            <translation>"%{value}"은(는) 127.0.0.1:54처럼 주소:포트 형식이 아닙니다</translation>
        </message>
        <message>
            <source>"%{value}" is not a log category (%{known}, or all)</source>
            <translation>"%{value}"은(는) 로그 범주가 아닙니다(%{known} 또는 all)</translation>
        </message>
        <message>
            <source>Unknown check "%{check}"</source>
            <translation>알 수 없는 점검 항목 "%{check}"</translation>
        </message>
        <message>
            <source>Nothing was probed for it.</source>
            <translation>그것에 대해서는 아무것도 점검하지 않았습니다.</translation>
        </message>
        <message>
            <source>Use one of: %{known}</source>
            <translation>다음 중 하나를 쓰세요: %{known}</translation>
        </message>
        <message>
            <source>Capabilities could not be read</source>
            <translation>권한(capability)을 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>Everything that needs them is assumed off.</source>
            <translation>이것이 필요한 기능은 모두 꺼진 것으로 간주합니다.</translation>
        </message>
        <message>
            <source>Check the seccomp profile of the container; capget must be allowed.</source>
            <translation>컨테이너의 seccomp 프로필을 확인하세요. capget이 허용되어야 합니다.</translation>
        </message>
        <message>
            <source>CAP_NET_ADMIN is effective</source>
            <translation>CAP_NET_ADMIN이 유효합니다</translation>
        </message>
        <message>
            <source>CAP_NET_ADMIN is not effective</source>
            <translation>CAP_NET_ADMIN이 유효하지 않습니다</translation>
        </message>
        <message>
            <source>No nftables changes, no routes or policy rules, no sysctl changes, no TUN device: Byway can only report.</source>
            <translation>nftables 변경, 경로나 정책 규칙, sysctl 변경, TUN 장치 모두 불가능합니다. Byway는 보고만 할 수 있습니다.</translation>
        </message>
        <message>
            <source>Run bywayd as root or with CAP_NET_ADMIN (container: --cap-add NET_ADMIN; systemd: AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW).</source>
            <translation>bywayd를 root로 또는 CAP_NET_ADMIN과 함께 실행하세요(컨테이너: --cap-add NET_ADMIN, systemd: AmbientCapabilities=CAP_NET_ADMIN CAP_NET_RAW).</translation>
        </message>
        <message>
            <source>CAP_NET_ADMIN does not reach this network namespace</source>
            <translation>CAP_NET_ADMIN이 이 네트워크 네임스페이스에 미치지 않습니다</translation>
        </message>
        <message>
            <source>Run bywayd in the user namespace that owns this network namespace (not under unshare -U / a nested sandbox).</source>
            <translation>이 네트워크 네임스페이스를 소유한 사용자 네임스페이스에서 bywayd를 실행하세요(unshare -U나 중첩 샌드박스 아래가 아니라).</translation>
        </message>
        <message>
            <source>CAP_NET_RAW is effective</source>
            <translation>CAP_NET_RAW가 유효합니다</translation>
        </message>
        <message>
            <source>CAP_NET_RAW is not effective</source>
            <translation>CAP_NET_RAW가 유효하지 않습니다</translation>
        </message>
        <message>
            <source>No AF_PACKET capture (IKEv2-style compat path), no raw reply injection, no raw ICMP probes, and legacy iptables tables cannot be inspected.</source>
            <translation>AF_PACKET 캡처(IKEv2 방식 호환 경로), 원시 응답 주입, 원시 ICMP 점검이 불가능하며 레거시 iptables 테이블을 검사할 수 없습니다.</translation>
        </message>
        <message>
            <source>Run the container with --cap-add NET_RAW (systemd: add CAP_NET_RAW to AmbientCapabilities and CapabilityBoundingSet).</source>
            <translation>--cap-add NET_RAW로 컨테이너를 실행하세요(systemd: AmbientCapabilities와 CapabilityBoundingSet에 CAP_NET_RAW 추가).</translation>
        </message>
        <message>
            <source>CAP_NET_RAW does not reach this network namespace</source>
            <translation>CAP_NET_RAW가 이 네트워크 네임스페이스에 미치지 않습니다</translation>
        </message>
        <message>
            <source>nf_tables usable and changeable</source>
            <translation>nf_tables를 사용하고 변경할 수 있습니다</translation>
        </message>
        <message>
            <source>nf_tables refuses us</source>
            <translation>nf_tables가 접근을 거부합니다</translation>
        </message>
        <message>
            <source>No standard path: no DNAT to the proxy, no masquerade, no forward rules.</source>
            <translation>표준 경로 없음: 프록시로의 DNAT, 마스커레이드, 전달 규칙이 모두 불가능합니다.</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN in this network namespace (container: --cap-add NET_ADMIN).</source>
            <translation>이 네트워크 네임스페이스에서 bywayd에 CAP_NET_ADMIN을 부여하세요(컨테이너: --cap-add NET_ADMIN).</translation>
        </message>
        <message>
            <source>This kernel has no nf_tables</source>
            <translation>이 커널에는 nf_tables가 없습니다</translation>
        </message>
        <message>
            <source>No standard path; Byway falls back to capture (Compat) if it can.</source>
            <translation>표준 경로가 없습니다. 가능하면 Byway가 캡처(호환)로 대체합니다.</translation>
        </message>
        <message>
            <source>Use a kernel with CONFIG_NF_TABLES (and nft_nat, nft_masq), or load nf_tables on the host.</source>
            <translation>CONFIG_NF_TABLES(및 nft_nat, nft_masq)가 있는 커널을 쓰거나 호스트에서 nf_tables를 로드하세요.</translation>
        </message>
        <message>
            <source>nf_tables could not be listed</source>
            <translation>nf_tables 목록을 가져올 수 없습니다</translation>
        </message>
        <message>
            <source>No standard path while this persists.</source>
            <translation>이 상태가 계속되는 동안 표준 경로가 없습니다.</translation>
        </message>
        <message>
            <source>See the kernel log; retry the probe.</source>
            <translation>커널 로그를 확인하고 점검을 다시 실행하세요.</translation>
        </message>
        <message>
            <source>nf_tables readable but CAP_NET_ADMIN is not effective</source>
            <translation>nf_tables는 읽을 수 있지만 CAP_NET_ADMIN이 유효하지 않습니다</translation>
        </message>
        <message>
            <source>Changes would be refused: no standard path.</source>
            <translation>변경이 거부됩니다: 표준 경로가 없습니다.</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN.</source>
            <translation>bywayd에 CAP_NET_ADMIN을 부여하세요.</translation>
        </message>
        <message>
            <source>No foreign drops on forward/postrouting</source>
            <translation>forward/postrouting에 다른 프로그램의 드롭이 없습니다</translation>
        </message>
        <message>
            <source>Our accept is overridden: %{where} has policy drop</source>
            <translation>Byway의 허용이 무효가 됩니다: %{where}의 정책이 drop입니다</translation>
        </message>
        <message>
            <source>An accept in Byway's table ends only Byway's chain; this chain still sees the packet and drops whatever it does not accept itself.</source>
            <translation>Byway 테이블의 허용은 Byway 체인만 끝냅니다. 이 체인은 여전히 패킷을 보고, 스스로 허용하지 않은 것은 모두 버립니다.</translation>
        </message>
        <message>
            <source>Allow the traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a policy or zone for the LAN/VPN interfaces; fw4: a forwarding rule for the zone), or let its owner accept it.</source>
            <translation>그 체인에서 트래픽을 허용하세요(Docker: DOCKER-USER에 규칙, firewalld: LAN/VPN 인터페이스용 정책이나 영역, fw4: 해당 영역의 전달 규칙). 또는 체인 소유자가 허용하게 하세요.</translation>
        </message>
        <message>
            <source>%{where} has %{count} drop/reject rule(s) that can override our accept</source>
            <translation>%{where}에 Byway의 허용을 무효로 만들 수 있는 drop/reject 규칙이 %{count}개 있습니다</translation>
        </message>
        <message>
            <source>Packets Byway accepts can still be dropped there.</source>
            <translation>Byway가 허용한 패킷도 그곳에서 버려질 수 있습니다.</translation>
        </message>
        <message>
            <source>Check that chain's drop rules do not match Byway's pools and interfaces.</source>
            <translation>그 체인의 드롭 규칙이 Byway의 풀과 인터페이스에 맞지 않는지 확인하세요.</translation>
        </message>
        <message>
            <source>Our accept is overridden: legacy %{family} filter FORWARD has policy drop</source>
            <translation>Byway의 허용이 무효가 됩니다: 레거시 %{family} filter FORWARD 정책이 drop입니다</translation>
        </message>
        <message>
            <source>Forwarded traffic is dropped by the legacy table whatever Byway accepts.</source>
            <translation>Byway가 무엇을 허용하든 전달 트래픽은 레거시 테이블에서 버려집니다.</translation>
        </message>
        <message>
            <source>Add an accept for Byway's traffic in the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.</source>
            <translation>레거시 FORWARD 체인에 Byway 트래픽을 허용하는 규칙을 추가하거나(Docker: DOCKER-USER) 레거시 규칙을 지우세요.</translation>
        </message>
        <message>
            <source>Foreign nf_tables chains could not be checked</source>
            <translation>다른 프로그램의 nf_tables 체인을 확인할 수 없습니다</translation>
        </message>
        <message>
            <source>A foreign drop on forward/postrouting would go unnoticed.</source>
            <translation>forward/postrouting에서 다른 프로그램의 드롭을 알아차리지 못합니다.</translation>
        </message>
        <message>
            <source>Fix the nftables finding first.</source>
            <translation>먼저 nftables 항목을 해결하세요.</translation>
        </message>
        <message>
            <source>No legacy iptables in this namespace</source>
            <translation>이 네임스페이스에는 레거시 iptables가 없습니다</translation>
        </message>
        <message>
            <source>ip_tables loaded, no legacy tables instantiated</source>
            <translation>ip_tables가 로드되었지만 생성된 레거시 테이블은 없습니다</translation>
        </message>
        <message>
            <source>Legacy tables read: %{tables}</source>
            <translation>읽은 레거시 테이블: %{tables}</translation>
        </message>
        <message>
            <source>Legacy iptables tables exist but could not be read</source>
            <translation>레거시 iptables 테이블이 있지만 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>Rules in them cannot be checked for conflicts with Byway's nf_tables rules.</source>
            <translation>그 안의 규칙이 Byway의 nf_tables 규칙과 충돌하는지 확인할 수 없습니다.</translation>
        </message>
        <message>
            <source>Check the kernel log; the x_tables interface refused the read.</source>
            <translation>커널 로그를 확인하세요. x_tables 인터페이스가 읽기를 거부했습니다.</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN.</source>
            <translation>bywayd에 CAP_NET_RAW(원시 소켓)와 CAP_NET_ADMIN을 부여하세요.</translation>
        </message>
        <message>
            <source>No legacy nat table (not needed: Byway speaks nf_tables)</source>
            <translation>레거시 nat 테이블 없음(필요 없음: Byway는 nf_tables를 사용)</translation>
        </message>
        <message>
            <source>Legacy nat table readable (%{entries} entries)</source>
            <translation>레거시 nat 테이블을 읽을 수 있음(항목 %{entries}개)</translation>
        </message>
        <message>
            <source>The legacy nat table exists but we may not read it</source>
            <translation>레거시 nat 테이블이 있지만 읽을 권한이 없습니다</translation>
        </message>
        <message>
            <source>Legacy NAT rules cannot be checked against Byway's.</source>
            <translation>레거시 NAT 규칙을 Byway의 규칙과 대조할 수 없습니다.</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW (raw socket) and CAP_NET_ADMIN (x_tables reads).</source>
            <translation>bywayd에 CAP_NET_RAW(원시 소켓)와 CAP_NET_ADMIN(x_tables 읽기)을 부여하세요.</translation>
        </message>
        <message>
            <source>The legacy nat table exists but cannot be read</source>
            <translation>레거시 nat 테이블이 있지만 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>Tools relying on iptables-legacy -t nat (the field's auto-detection) fail here; Byway does not use it.</source>
            <translation>iptables-legacy -t nat에 의존하는 도구(흔한 자동 감지)는 여기서 실패합니다. Byway는 이를 사용하지 않습니다.</translation>
        </message>
        <message>
            <source>Nothing to do for Byway; other tools on this box need a working legacy nat.</source>
            <translation>Byway가 할 일은 없습니다. 이 장치의 다른 도구에는 작동하는 레거시 nat가 필요합니다.</translation>
        </message>
        <message>
            <source>The legacy nat table uses targets stock iptables cannot parse: %{targets}</source>
            <translation>레거시 nat 테이블이 표준 iptables가 해석할 수 없는 대상을 사용합니다: %{targets}</translation>
        </message>
        <message>
            <source>iptables-legacy -t nat -L fails on this kernel (router-system kernel); tools that test it conclude iptables is unusable.</source>
            <translation>이 커널(라우터 시스템 커널)에서는 iptables-legacy -t nat -L이 실패하므로 이를 시험하는 도구는 iptables를 쓸 수 없다고 판단합니다.</translation>
        </message>
        <message>
            <source>Nothing to do for Byway: it uses nf_tables, or the compat capture.</source>
            <translation>Byway가 할 일은 없습니다. nf_tables나 호환 캡처를 사용합니다.</translation>
        </message>
        <message>
            <source>No legacy iptables rules beside nf_tables</source>
            <translation>nf_tables 옆에 레거시 iptables 규칙이 없습니다</translation>
        </message>
        <message>
            <source>Legacy iptables and nf_tables both act on the same hooks: %{legacy} beside %{nftables}</source>
            <translation>레거시 iptables와 nf_tables가 같은 훅에서 동작합니다: %{legacy} 옆에 %{nftables}</translation>
        </message>
        <message>
            <source>Both rule sets run on every packet; a drop or NAT in one is invisible to the tools of the other: clients connect but nothing is forwarded.</source>
            <translation>두 규칙 집합이 모든 패킷에 적용되고, 한쪽의 드롭이나 NAT는 다른 쪽 도구에서 보이지 않습니다. 클라이언트는 연결되지만 아무것도 전달되지 않습니다.</translation>
        </message>
        <message>
            <source>Use one backend: remove the legacy rules (iptables-legacy -F -t &lt;table&gt;) or switch the tool that writes them to iptables-nft; in a container, do not share the host's network namespace with a legacy-iptables image.</source>
            <translation>백엔드는 하나만 쓰세요. 레거시 규칙을 지우거나(iptables-legacy -F -t &lt;table&gt;) 그것을 쓰는 도구를 iptables-nft로 바꾸세요. 컨테이너에서는 레거시 iptables 이미지와 호스트 네트워크 네임스페이스를 공유하지 마세요.</translation>
        </message>
        <message>
            <source>Legacy iptables rules sit on hooks Byway will use: %{legacy}</source>
            <translation>레거시 iptables 규칙이 Byway가 사용할 훅에 있습니다: %{legacy}</translation>
        </message>
        <message>
            <source>Once Byway's nf_tables chains are in, packets pass both; a legacy drop or NAT overrides Byway silently.</source>
            <translation>Byway의 nf_tables 체인이 들어가면 패킷이 둘 다 거치며, 레거시의 드롭이나 NAT가 Byway를 조용히 무효로 만듭니다.</translation>
        </message>
        <message>
            <source>Move those rules to nf_tables (iptables-nft) or remove them.</source>
            <translation>그 규칙을 nf_tables(iptables-nft)로 옮기거나 지우세요.</translation>
        </message>
        <message>
            <source>Legacy tables exist but could not be read: %{tables}</source>
            <translation>레거시 테이블이 있지만 읽을 수 없습니다: %{tables}</translation>
        </message>
        <message>
            <source>A mixed-backend conflict cannot be ruled out.</source>
            <translation>백엔드 혼용 충돌을 배제할 수 없습니다.</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_RAW and CAP_NET_ADMIN.</source>
            <translation>bywayd에 CAP_NET_RAW와 CAP_NET_ADMIN을 부여하세요.</translation>
        </message>
        <message>
            <source>TUN devices can be created</source>
            <translation>TUN 장치를 만들 수 있습니다</translation>
        </message>
        <message>
            <source>/dev/net/tun does not exist</source>
            <translation>/dev/net/tun이 없습니다</translation>
        </message>
        <message>
            <source>No TUN capture: the compat path for L2TP/PPP-style pools is off.</source>
            <translation>TUN 캡처 불가: L2TP/PPP 방식 풀의 호환 경로가 꺼집니다.</translation>
        </message>
        <message>
            <source>Pass the device to the container (--device /dev/net/tun) and allow it (systemd: DeviceAllow=/dev/net/tun rw).</source>
            <translation>장치를 컨테이너에 전달하고(--device /dev/net/tun) 허용하세요(systemd: DeviceAllow=/dev/net/tun rw).</translation>
        </message>
        <message>
            <source>The kernel has no TUN driver</source>
            <translation>커널에 TUN 드라이버가 없습니다</translation>
        </message>
        <message>
            <source>Load the tun module on the host (modprobe tun) or use a kernel with CONFIG_TUN.</source>
            <translation>호스트에서 tun 모듈을 로드하거나(modprobe tun) CONFIG_TUN이 있는 커널을 쓰세요.</translation>
        </message>
        <message>
            <source>/dev/net/tun cannot be opened</source>
            <translation>/dev/net/tun을 열 수 없습니다</translation>
        </message>
        <message>
            <source>A TUN device cannot be created</source>
            <translation>TUN 장치를 만들 수 없습니다</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN (container: --cap-add NET_ADMIN); check the LSM profile allows tun_socket create.</source>
            <translation>bywayd에 CAP_NET_ADMIN을 부여하고(컨테이너: --cap-add NET_ADMIN) LSM 프로필이 tun_socket create를 허용하는지 확인하세요.</translation>
        </message>
        <message>
            <source>See the kernel log.</source>
            <translation>커널 로그를 확인하세요.</translation>
        </message>
        <message>
            <source>AF_PACKET sockets work</source>
            <translation>AF_PACKET 소켓이 작동합니다</translation>
        </message>
        <message>
            <source>The kernel has no AF_PACKET</source>
            <translation>커널에 AF_PACKET이 없습니다</translation>
        </message>
        <message>
            <source>No AF_PACKET capture on per-tunnel interfaces: the compat path for xfrm/IKEv2 interfaces is off.</source>
            <translation>터널별 인터페이스에서 AF_PACKET 캡처 불가: xfrm/IKEv2 인터페이스의 호환 경로가 꺼집니다.</translation>
        </message>
        <message>
            <source>Use a kernel with CONFIG_PACKET.</source>
            <translation>CONFIG_PACKET이 있는 커널을 쓰세요.</translation>
        </message>
        <message>
            <source>AF_PACKET sockets are refused</source>
            <translation>AF_PACKET 소켓이 거부됩니다</translation>
        </message>
        <message>
            <source>Run the container with --cap-add NET_RAW (and check the seccomp/LSM profile allows AF_PACKET).</source>
            <translation>--cap-add NET_RAW로 컨테이너를 실행하세요(seccomp/LSM 프로필이 AF_PACKET을 허용하는지도 확인).</translation>
        </message>
        <message>
            <source>Host network namespace</source>
            <translation>호스트 네트워크 네임스페이스</translation>
        </message>
        <message>
            <source>Container network namespace</source>
            <translation>컨테이너 네트워크 네임스페이스</translation>
        </message>
        <message>
            <source>A network namespace other than PID 1's</source>
            <translation>PID 1과 다른 네트워크 네임스페이스</translation>
        </message>
        <message>
            <source>A container sharing the host's network namespace</source>
            <translation>호스트의 네트워크 네임스페이스를 공유하는 컨테이너</translation>
        </message>
        <message>
            <source>Everything Byway changes is the host's; tools in other containers with legacy iptables act on the same hooks (clients connect, nothing forwards).</source>
            <translation>Byway가 바꾸는 것은 모두 호스트의 것입니다. 레거시 iptables를 쓰는 다른 컨테이너의 도구가 같은 훅에서 동작합니다(클라이언트는 연결되지만 아무것도 전달되지 않음).</translation>
        </message>
        <message>
            <source>Prefer a bridge network with a static IP, --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun.</source>
            <translation>고정 IP가 있는 브리지 네트워크와 --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun을 권장합니다.</translation>
        </message>
        <message>
            <source>%{family} forwarding on</source>
            <translation>%{family} 전달 켜짐</translation>
        </message>
        <message>
            <source>%{family} forwarding off</source>
            <translation>%{family} 전달 꺼짐</translation>
        </message>
        <message>
            <source>The box does not route %{family} between interfaces: clients connect, nothing is forwarded.</source>
            <translation>이 장치는 인터페이스 사이에서 %{family}을(를) 라우팅하지 않습니다. 클라이언트는 연결되지만 아무것도 전달되지 않습니다.</translation>
        </message>
        <message>
            <source>set %{sysctl}=1 (sysctl -w %{sysctl}=1; persist in /etc/sysctl.d/)</source>
            <translation>%{sysctl}=1로 설정하세요(sysctl -w %{sysctl}=1, /etc/sysctl.d/에 영구 저장)</translation>
        </message>
        <message>
            <source>%{family} forwarding setting not found</source>
            <translation>%{family} 전달 설정을 찾을 수 없습니다</translation>
        </message>
        <message>
            <source>%{family} is disabled in this kernel or namespace.</source>
            <translation>이 커널이나 네임스페이스에서 %{family}이(가) 비활성화되어 있습니다.</translation>
        </message>
        <message>
            <source>Enable %{family} (kernel command line / module options).</source>
            <translation>%{family}을(를) 활성화하세요(커널 명령줄 또는 모듈 옵션).</translation>
        </message>
        <message>
            <source>No strict reverse-path filtering</source>
            <translation>엄격한 역경로 필터링 없음</translation>
        </message>
        <message>
            <source>Strict reverse-path filtering on %{interfaces}</source>
            <translation>%{interfaces}에서 엄격한 역경로 필터링이 켜져 있습니다</translation>
        </message>
        <message>
            <source>Asymmetric return traffic (bypass router) and replies routed by mark into another table are dropped on these interfaces.</source>
            <translation>이 인터페이스에서는 비대칭 반환 트래픽(바이패스 라우터)과 마크로 다른 테이블에 라우팅된 응답이 버려집니다.</translation>
        </message>
        <message>
            <source>set net.ipv4.conf.all.rp_filter=2 and net.ipv4.conf.&lt;if&gt;.rp_filter=2 (loose) for %{interfaces}</source>
            <translation>%{interfaces}에 대해 net.ipv4.conf.all.rp_filter=2와 net.ipv4.conf.&lt;if&gt;.rp_filter=2(느슨하게)로 설정하세요</translation>
        </message>
        <message>
            <source>src_valid_mark on</source>
            <translation>src_valid_mark 켜짐</translation>
        </message>
        <message>
            <source>src_valid_mark off (rp_filter not in the way)</source>
            <translation>src_valid_mark 꺼짐(rp_filter에 걸리지 않음)</translation>
        </message>
        <message>
            <source>rp_filter ignores fwmarks</source>
            <translation>rp_filter가 fwmark를 무시합니다</translation>
        </message>
        <message>
            <source>With rp_filter on, replies arriving on a marked exit fail the reverse-path check.</source>
            <translation>rp_filter가 켜져 있으면 마크된 출구로 도착한 응답이 역경로 검사에 실패합니다.</translation>
        </message>
        <message>
            <source>set net.ipv4.conf.all.src_valid_mark=1</source>
            <translation>net.ipv4.conf.all.src_valid_mark=1로 설정하세요</translation>
        </message>
        <message>
            <source>Policy routing available</source>
            <translation>정책 라우팅을 사용할 수 있습니다</translation>
        </message>
        <message>
            <source>Policy routing is not available</source>
            <translation>정책 라우팅을 사용할 수 없습니다</translation>
        </message>
        <message>
            <source>No per-pool tables, no fwmark-selected exits, and the TUN capture cannot be routed (it needs "from &lt;pool&gt; lookup &lt;table&gt;").</source>
            <translation>풀별 테이블, fwmark로 고르는 출구가 불가능하며 TUN 캡처도 라우팅할 수 없습니다("from &lt;pool&gt; lookup &lt;table&gt;"이 필요).</translation>
        </message>
        <message>
            <source>Use a kernel with CONFIG_IP_MULTIPLE_TABLES (and IPV6_MULTIPLE_TABLES).</source>
            <translation>CONFIG_IP_MULTIPLE_TABLES(및 IPV6_MULTIPLE_TABLES)가 있는 커널을 쓰세요.</translation>
        </message>
        <message>
            <source>xfrm present (%{sas} SAs)</source>
            <translation>xfrm 있음(SA %{sas}개)</translation>
        </message>
        <message>
            <source>No xfrm (IPsec) in this kernel</source>
            <translation>이 커널에는 xfrm(IPsec)이 없습니다</translation>
        </message>
        <message>
            <source>IKEv2/IPsec tunnels cannot terminate on this box.</source>
            <translation>이 장치에서 IKEv2/IPsec 터널을 종단할 수 없습니다.</translation>
        </message>
        <message>
            <source>Use a kernel with CONFIG_XFRM_USER (xfrm_user module).</source>
            <translation>CONFIG_XFRM_USER(xfrm_user 모듈)가 있는 커널을 쓰세요.</translation>
        </message>
        <message>
            <source>xfrm state cannot be listed</source>
            <translation>xfrm 상태를 나열할 수 없습니다</translation>
        </message>
        <message>
            <source>IKEv2 tunnels on this box cannot be inspected.</source>
            <translation>이 장치의 IKEv2 터널을 검사할 수 없습니다.</translation>
        </message>
        <message>
            <source>/dev/ppp usable</source>
            <translation>/dev/ppp 사용 가능</translation>
        </message>
        <message>
            <source>/dev/ppp does not exist</source>
            <translation>/dev/ppp가 없습니다</translation>
        </message>
        <message>
            <source>PPP-based tunnels (L2TP, PPTP) cannot terminate here.</source>
            <translation>PPP 기반 터널(L2TP, PPTP)을 여기서 종단할 수 없습니다.</translation>
        </message>
        <message>
            <source>Pass --device /dev/ppp to the container, or create it (mknod /dev/ppp c 108 0).</source>
            <translation>컨테이너에 --device /dev/ppp를 전달하거나 만드세요(mknod /dev/ppp c 108 0).</translation>
        </message>
        <message>
            <source>No PPP driver</source>
            <translation>PPP 드라이버가 없습니다</translation>
        </message>
        <message>
            <source>Load ppp_generic on the host.</source>
            <translation>호스트에서 ppp_generic을 로드하세요.</translation>
        </message>
        <message>
            <source>/dev/ppp cannot be opened</source>
            <translation>/dev/ppp를 열 수 없습니다</translation>
        </message>
        <message>
            <source>Give bywayd CAP_NET_ADMIN and allow the device (DeviceAllow=/dev/ppp rw).</source>
            <translation>bywayd에 CAP_NET_ADMIN을 부여하고 장치를 허용하세요(DeviceAllow=/dev/ppp rw).</translation>
        </message>
        <message>
            <source>No other owners of the ruleset or routing</source>
            <translation>규칙 집합이나 라우팅의 다른 소유자가 없습니다</translation>
        </message>
        <message>
            <source>Other owners: %{owners}</source>
            <translation>다른 소유자: %{owners}</translation>
        </message>
        <message>
            <source>%{family} default route present</source>
            <translation>%{family} 기본 경로가 있습니다</translation>
        </message>
        <message>
            <source>No %{family} default route in the main table</source>
            <translation>main 테이블에 %{family} 기본 경로가 없습니다</translation>
        </message>
        <message>
            <source>Direct exits have no way out.</source>
            <translation>직접 출구가 나갈 길이 없습니다.</translation>
        </message>
        <message>
            <source>Configure a default route (DHCP/RA on the WAN, or a static one).</source>
            <translation>기본 경로를 구성하세요(WAN의 DHCP/RA 또는 고정 경로).</translation>
        </message>
        <message>
            <source>IPv6 stays off: no IPv6 egress.</source>
            <translation>IPv6는 꺼진 채로 둡니다: IPv6 출구가 없습니다.</translation>
        </message>
        <message>
            <source>%{family} gateway %{gateways} does not answer ICMP</source>
            <translation>%{family} 게이트웨이 %{gateways}이(가) ICMP에 응답하지 않습니다</translation>
        </message>
        <message>
            <source>Traffic through that gateway may not get out (or it filters ICMP).</source>
            <translation>그 게이트웨이를 거치는 트래픽이 나가지 못할 수 있습니다(또는 ICMP를 걸러냄).</translation>
        </message>
        <message>
            <source>Check the link and the gateway; some routers drop echo requests.</source>
            <translation>링크와 게이트웨이를 확인하세요. 일부 라우터는 에코 요청을 버립니다.</translation>
        </message>
        <message>
            <source>Routes could not be read</source>
            <translation>경로를 읽을 수 없습니다</translation>
        </message>
        <message>
            <source>The default gateway is unknown.</source>
            <translation>기본 게이트웨이를 알 수 없습니다.</translation>
        </message>
        <message>
            <source>%{target} reachable via default route</source>
            <translation>기본 경로를 통해 %{target}에 도달할 수 있습니다</translation>
        </message>
        <message>
            <source>%{target} reachable via exit %{exit} (%{route})</source>
            <translation>출구 %{exit}(%{route})을(를) 통해 %{target}에 도달할 수 있습니다</translation>
        </message>
        <message>
            <source>%{target} via default route: host answers, port closed</source>
            <translation>기본 경로 경유 %{target}: 호스트는 응답하지만 포트가 닫혀 있습니다</translation>
        </message>
        <message>
            <source>The path works but nothing listens on that port.</source>
            <translation>경로는 작동하지만 그 포트에서 수신 대기하는 것이 없습니다.</translation>
        </message>
        <message>
            <source>Check the upstream service and port.</source>
            <translation>상위 서비스와 포트를 확인하세요.</translation>
        </message>
        <message>
            <source>%{target} via exit %{exit} (%{route}): host answers, port closed</source>
            <translation>출구 %{exit}(%{route}) 경유 %{target}: 호스트는 응답하지만 포트가 닫혀 있습니다</translation>
        </message>
        <message>
            <source>%{target} unreachable via default route</source>
            <translation>기본 경로를 통해 %{target}에 도달할 수 없습니다</translation>
        </message>
        <message>
            <source>Users on this exit cannot reach %{target}.</source>
            <translation>이 출구를 쓰는 사용자는 %{target}에 도달할 수 없습니다.</translation>
        </message>
        <message>
            <source>Check the exit's routing table, mark rule and link (%{command}).</source>
            <translation>출구의 라우팅 테이블, 마크 규칙, 링크를 확인하세요(%{command}).</translation>
        </message>
        <message>
            <source>%{target} unreachable via exit %{exit} (%{route})</source>
            <translation>출구 %{exit}(%{route})을(를) 통해 %{target}에 도달할 수 없습니다</translation>
        </message>
        <message>
            <source>Bad reachability target %{target}</source>
            <translation>잘못된 도달성 대상 %{target}</translation>
        </message>
        <message>
            <source>That target is not probed.</source>
            <translation>그 대상은 점검하지 않습니다.</translation>
        </message>
        <message>
            <source>Use host[:port] with an IP literal, e.g. 192.0.2.1:443 or [2001:db8::1]:443.</source>
            <translation>IP 리터럴로 host[:port]를 쓰세요. 예: 192.0.2.1:443 또는 [2001:db8::1]:443.</translation>
        </message>
        <message>
            <source>No reachability targets configured</source>
            <translation>구성된 도달성 대상이 없습니다</translation>
        </message>
        <message>
            <source>Upstream reachability per exit is not verified.</source>
            <translation>출구별 상위 도달성을 확인하지 않았습니다.</translation>
        </message>
        <message>
            <source>Configure targets (e.g. the upstream proxy's host:port).</source>
            <translation>대상을 구성하세요(예: 상위 프록시의 host:port).</translation>
        </message>
        <message>
            <source>IPv6 egress verified</source>
            <translation>IPv6 출구 확인됨</translation>
        </message>
        <message>
            <source>IPv6 is disabled</source>
            <translation>IPv6가 비활성화되어 있습니다</translation>
        </message>
        <message>
            <source>IPv6 features stay off (no IPv6 advertised to clients, no IPv6 exits).</source>
            <translation>IPv6 기능은 꺼진 채로 둡니다(클라이언트에 IPv6를 알리지 않고 IPv6 출구도 없음).</translation>
        </message>
        <message>
            <source>Enable IPv6 (ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0).</source>
            <translation>IPv6를 활성화하세요(ipv6.disable=0, net.ipv6.conf.all.disable_ipv6=0).</translation>
        </message>
        <message>
            <source>No IPv6 route to the Internet</source>
            <translation>인터넷으로 가는 IPv6 경로가 없습니다</translation>
        </message>
        <message>
            <source>Give the WAN an IPv6 default route (RA/DHCPv6-PD or static).</source>
            <translation>WAN에 IPv6 기본 경로를 주세요(RA/DHCPv6-PD 또는 고정).</translation>
        </message>
        <message>
            <source>IPv6 route present, egress not verified</source>
            <translation>IPv6 경로는 있지만 출구를 확인하지 않았습니다</translation>
        </message>
        <message>
            <source>Add an IPv6 reachability target (e.g. [2001:db8::1]:443 of your upstream).</source>
            <translation>IPv6 도달성 대상을 추가하세요(예: 상위의 [2001:db8::1]:443).</translation>
        </message>
        <message>
            <source>IPv6 targets unreachable</source>
            <translation>IPv6 대상에 도달할 수 없습니다</translation>
        </message>
        <message>
            <source>Check the IPv6 upstream (firewall, RA, prefix delegation).</source>
            <translation>IPv6 상위를 확인하세요(방화벽, RA, 접두사 위임).</translation>
        </message>
        <message>
            <source>Path MTU to %{target} via default route: %{mtu}</source>
            <translation>기본 경로 경유 %{target}까지의 경로 MTU: %{mtu}</translation>
        </message>
        <message>
            <source>Path MTU to %{target} via exit %{exit}: %{mtu}</source>
            <translation>출구 %{exit} 경유 %{target}까지의 경로 MTU: %{mtu}</translation>
        </message>
        <message>
            <source>No path to %{target} via default route</source>
            <translation>기본 경로 경유 %{target}까지의 경로가 없습니다</translation>
        </message>
        <message>
            <source>The path MTU towards it is unknown.</source>
            <translation>그곳까지의 경로 MTU를 알 수 없습니다.</translation>
        </message>
        <message>
            <source>Fix the route to %{target} first.</source>
            <translation>먼저 %{target}까지의 경로를 고치세요.</translation>
        </message>
        <message>
            <source>No path to %{target} via exit %{exit}</source>
            <translation>출구 %{exit} 경유 %{target}까지의 경로가 없습니다</translation>
        </message>
        <message>
            <source>No target for a path MTU</source>
            <translation>경로 MTU를 잴 대상이 없습니다</translation>
        </message>
        <message>
            <source>Tunnel MTU/MSS stay at their defaults.</source>
            <translation>터널 MTU/MSS는 기본값으로 둡니다.</translation>
        </message>
        <message>
            <source>Configure a reachability target.</source>
            <translation>도달성 대상을 구성하세요.</translation>
        </message>
        <message>
            <source>IPv6 forwarding stays off until the IPv6 egress probe passes</source>
            <translation>IPv6 출구 검사를 통과할 때까지 IPv6 전달은 꺼진 상태로 둡니다</translation>
        </message>
        <message>
            <source>Interface %{name} does not exist on this box (it has: %{existing})</source>
            <translation>이 장치에 %{name} 인터페이스가 없습니다(있는 것: %{existing})</translation>
        </message>
        <message>
            <source>Traffic meant for it is not handled until it appears.</source>
            <translation>인터페이스가 나타날 때까지 그쪽 트래픽은 처리되지 않습니다.</translation>
        </message>
        <message>
            <source>Name one of this box's interfaces, or create %{name} first.</source>
            <translation>이 장치의 인터페이스 중 하나를 쓰거나 먼저 %{name}을(를) 만드세요.</translation>
        </message>
        <message>
            <source>Did you mean %{suggestion}?</source>
            <translation>%{suggestion}을(를) 말씀하신 건가요?</translation>
        </message>
        <message>
            <source>Interface %{name} does not exist on this box (it has: %{existing}); a %{role} cannot work without it</source>
            <translation>이 장치에 %{name} 인터페이스가 없습니다(있는 것: %{existing}). %{role}은(는) 이것 없이 동작할 수 없습니다</translation>
        </message>
        <message>
            <source>Group %{group} does not exist on this system</source>
            <translation>이 시스템에 %{group} 그룹이 없습니다</translation>
        </message>
        <message>
            <source>No rule can match its processes: their DNS would not be redirected.</source>
            <translation>어떤 규칙도 그 프로세스와 일치할 수 없어 DNS가 리디렉션되지 않습니다.</translation>
        </message>
        <message>
            <source>Create the group (groupadd %{group}) or name an existing one.</source>
            <translation>그룹을 만들거나(groupadd %{group}) 이미 있는 그룹을 지정하세요.</translation>
        </message>
        <message>
            <source>dns.redirectGroup (%{group}) is used only by role wan-separated; with role %{role} nothing is redirected</source>
            <translation>dns.redirectGroup(%{group})은(는) wan-separated 역할에서만 쓰입니다. %{role} 역할에서는 아무것도 리디렉션되지 않습니다</translation>
        </message>
        <message>
            <source>Remove it, or switch the role to wan-separated.</source>
            <translation>이 항목을 지우거나 역할을 wan-separated로 바꾸세요.</translation>
        </message>
        <message>
            <source>%{address} is not this box's loopback address: the DNS redirect rewrites only the port, so queries would go to 127.0.0.1:%{port} (or [::1]:%{port}), not to %{address}</source>
            <translation>%{address}은(는) 이 장치의 루프백 주소가 아닙니다. DNS 리디렉션은 포트만 바꾸므로 질의는 %{address}이(가) 아니라 127.0.0.1:%{port}(또는 [::1]:%{port})로 갑니다</translation>
        </message>
        <message>
            <source>Run the WAN-only resolver on 127.0.0.1:%{port} (and [::1]:%{port} for IPv6) and name that address.</source>
            <translation>WAN 전용 리졸버를 127.0.0.1:%{port}(IPv6는 [::1]:%{port})에서 실행하고 그 주소를 지정하세요.</translation>
        </message>
        <message>
            <source>%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has policy drop: it drops what Byway accepts</source>
            <translation>%{family} 테이블 %{table}의 체인 %{chain}(훅 %{hook}, 우선순위 %{priority})은 정책이 drop입니다. Byway가 허용한 트래픽을 버립니다</translation>
        </message>
        <message>
            <source>An accept in Byway's table ends only Byway's chain; this chain still sees every forwarded packet and drops what it does not accept itself.</source>
            <translation>Byway 테이블의 accept는 Byway의 체인만 끝냅니다. 이 체인은 여전히 전달되는 모든 패킷을 보고 스스로 허용하지 않은 것을 버립니다.</translation>
        </message>
        <message>
            <source>Allow Byway's traffic in that chain (Docker: a rule in DOCKER-USER; firewalld: a zone or policy for the LAN and VPN interfaces; fw4: a forwarding rule), or let its owner accept it.</source>
            <translation>그 체인에서 Byway의 트래픽을 허용하세요(Docker: DOCKER-USER에 규칙 추가, firewalld: LAN·VPN 인터페이스용 영역이나 정책, fw4: 전달 규칙). 또는 그 체인의 소유자가 허용하게 하세요.</translation>
        </message>
        <message>
            <source>%{family} table %{table}, chain %{chain} (hook %{hook}, priority %{priority}) has %{rules} drop or reject rules that can override Byway's accept</source>
            <translation>%{family} 테이블 %{table}의 체인 %{chain}(훅 %{hook}, 우선순위 %{priority})에 Byway의 허용을 뒤집을 수 있는 drop/reject 규칙이 %{rules}개 있습니다</translation>
        </message>
        <message>
            <source>Check that those rules do not match Byway's pools and interfaces.</source>
            <translation>그 규칙이 Byway의 풀과 인터페이스에 일치하지 않는지 확인하세요.</translation>
        </message>
        <message>
            <source>Legacy iptables (%{family}) filter FORWARD has policy drop: it drops what Byway accepts</source>
            <translation>레거시 iptables(%{family}) filter FORWARD의 정책이 drop입니다. Byway가 허용한 트래픽을 버립니다</translation>
        </message>
        <message>
            <source>Add an accept for Byway's traffic to the legacy FORWARD chain (Docker: DOCKER-USER), or remove the legacy rules.</source>
            <translation>레거시 FORWARD 체인에 Byway 트래픽용 accept를 추가하거나(Docker: DOCKER-USER) 레거시 규칙을 지우세요.</translation>
        </message>
        <message>
            <source>VPN peers on %{interfaces} use addresses outside every pool: %{addresses} (pools: %{pools})</source>
            <translation>%{interfaces}의 VPN 상대가 어느 풀에도 없는 주소를 씁니다: %{addresses}(풀: %{pools})</translation>
        </message>
        <message>
            <source>Their traffic is dropped on the way to the WAN (counted in the topology) and never masqueraded: the VPN server and Byway disagree about the pool.</source>
            <translation>이 트래픽은 WAN으로 가는 길에 버려지고(토폴로지에 집계) 마스커레이드되지 않습니다. VPN 서버와 Byway의 풀 설정이 다릅니다.</translation>
        </message>
        <message>
            <source>Make the VPN server's address pool and Byway's pools the same subnet.</source>
            <translation>VPN 서버의 주소 풀과 Byway의 풀을 같은 서브넷으로 맞추세요.</translation>
        </message>
        <message>
            <source>%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture is off: only the capture can send traffic through a SOCKS5 proxy</source>
            <translation>%{who}은(는) SOCKS5 출구 %{exit}(으)로 나가지만 호환 캡처가 꺼져 있습니다. SOCKS5 프록시로 트래픽을 보낼 수 있는 것은 캡처뿐입니다</translation>
        </message>
        <message>
            <source>Set capture.mode to on, or give %{who} a direct exit.</source>
            <translation>capture.mode를 on으로 하거나 %{who}에게 직접 출구를 지정하세요.</translation>
        </message>
        <message>
            <source>%{who} leaves through %{exit}, a SOCKS5 exit, but the compat capture carries IPv4 pools only</source>
            <translation>%{who}은(는) SOCKS5 출구 %{exit}(으)로 나가지만 호환 캡처는 IPv4 풀만 처리합니다</translation>
        </message>
        <message>
            <source>Give this IPv6 pool or user a direct exit.</source>
            <translation>이 IPv6 풀이나 사용자에게 직접 출구를 지정하세요.</translation>
        </message>
        <message>
            <source>%{who} leaves through exit %{exit}, which names only a device (%{device}): without a mark or a table nothing steers the traffic there, it would leave by the main route</source>
            <translation>%{who}은(는) 출구 %{exit}(으)로 나가지만 이 출구에는 장치(%{device})만 있습니다. 마크나 테이블이 없으면 트래픽을 그리로 보낼 수 없어 기본 경로로 나갑니다</translation>
        </message>
        <message>
            <source>Give exit %{exit} a table (Byway copies the device's routes into it) or a mark.</source>
            <translation>출구 %{exit}에 테이블(Byway가 장치의 경로를 복사해 넣음)이나 마크를 지정하세요.</translation>
        </message>
        <message>
            <source>%{who} leaves through exit %{exit}, which has no mark, table or device: its traffic would leave by the main route</source>
            <translation>%{who}은(는) 출구 %{exit}(으)로 나가지만 이 출구에는 마크·테이블·장치가 없습니다. 트래픽이 기본 경로로 나갑니다</translation>
        </message>
        <message>
            <source>Give exit %{exit} a table or a mark.</source>
            <translation>출구 %{exit}에 테이블이나 마크를 지정하세요.</translation>
        </message>
        <message>
            <source>Deferred: IPv6 comes on by itself once a probe of ipv6.egressTargets passes.</source>
            <translation>보류됨: ipv6.egressTargets 점검을 통과하면 IPv6가 저절로 켜집니다.</translation>
        </message>
        <message>
            <source>IPv6 masquerade of %{source} is held off: the IPv6 egress probe has not passed</source>
            <translation>%{source}의 IPv6 마스커레이드를 보류합니다. IPv6 출구 점검을 아직 통과하지 못했습니다</translation>
        </message>
        <message>
            <source>IPv6 secondary routing is held off: the IPv6 egress probe has not passed</source>
            <translation>IPv6 보조 라우팅을 보류합니다. IPv6 출구 점검을 아직 통과하지 못했습니다</translation>
        </message>
        <message>
            <source>nftables is not usable here: no Byway table; the compat capture carries pool traffic</source>
            <translation>여기서는 nftables를 쓸 수 없습니다. Byway 테이블 없이 호환 캡처가 풀 트래픽을 처리합니다</translation>
        </message>
        <message>
            <source>Exit %{exit}: no device or WAN interface to route table %{table} through</source>
            <translation>출구 %{exit}: 테이블 %{table}의 경로를 보낼 장치나 WAN 인터페이스가 없습니다</translation>
        </message>
        <message>
            <source>nftables: table inet %{table} is gone</source>
            <translation>nftables: inet %{table} 테이블이 사라졌습니다</translation>
        </message>
        <message>
            <source>nftables: table inet %{table} differs: missing %{missing}; not Byway's %{extra}</source>
            <translation>nftables: inet %{table} 테이블이 달라졌습니다. 없어진 것: %{missing}, Byway가 쓰지 않은 것: %{extra}</translation>
        </message>
        <message>
            <source>Route or rule missing: %{what}</source>
            <translation>경로나 규칙이 없습니다: %{what}</translation>
        </message>
        <message>
            <source>Route or rule that Byway no longer wants: %{what}</source>
            <translation>Byway가 더는 원하지 않는 경로나 규칙: %{what}</translation>
        </message>
        <message>
            <source>sysctl %{key} is %{now}, Byway set %{want}</source>
            <translation>sysctl %{key}이(가) %{now}입니다. Byway는 %{want}(으)로 설정했습니다</translation>
        </message>
        <message>
            <source>Not relevant for role %{role}</source>
            <translation>%{role} 역할과는 관계없습니다</translation>
        </message>
        <message>
            <source>DNS is redirected for processes whose primary group is %{group}; a process that is only a supplementary member of %{group} is not redirected</source>
            <translation>기본 그룹이 %{group}인 프로세스의 DNS만 리디렉션합니다. %{group}의 보조 그룹 구성원일 뿐인 프로세스는 리디렉션되지 않습니다</translation>
        </message>
        <message>
            <source>Start the WAN-only programs with %{group} as their group (sg %{group} -c …, or Group= in a systemd unit).</source>
            <translation>WAN 전용 프로그램을 %{group} 그룹으로 실행하세요(sg %{group} -c … 또는 systemd 유닛의 Group=).</translation>
        </message>
        <message>
            <source>mark %{mark} uses bits outside the routing mark mask %{mask}</source>
            <translation>마크 %{mark}이(가) 라우팅 마크 마스크 %{mask} 밖의 비트를 사용합니다</translation>
        </message>
        <message>
            <source>bit %{bit} of the routing mark mask is reserved for the compat capture's own sockets</source>
            <translation>라우팅 마크 마스크의 비트 %{bit}은(는) 호환 캡처 자체의 소켓용으로 예약되어 있습니다</translation>
        </message>
        <message>
            <source>pool %{subnet} is not covered by any masquerade source (%{sources}): its clients would get addresses that are never masqueraded</source>
            <translation>풀 %{subnet}이(가) 어떤 마스커레이드 출발지(%{sources})에도 포함되지 않습니다. 클라이언트가 받는 주소는 마스커레이드되지 않습니다</translation>
        </message>
        <message>
            <source>pool %{subnet} is not covered by any masquerade source (none is set): its clients would get addresses that are never masqueraded</source>
            <translation>풀 %{subnet}이(가) 어떤 마스커레이드 출발지에도 포함되지 않습니다(출발지 없음). 클라이언트가 받는 주소는 마스커레이드되지 않습니다</translation>
        </message>
        <message>
            <source>redirecting DNS of a group needs the WAN-only resolver (dns.wanResolver)</source>
            <translation>그룹의 DNS를 리디렉션하려면 WAN 전용 리졸버(dns.wanResolver)가 필요합니다</translation>
        </message>
        <message>
            <source>A session needs the user name the VPN server authenticated</source>
            <translation>세션에는 VPN 서버가 인증한 사용자 이름이 필요합니다</translation>
        </message>
        <message>
            <source>Pass the user name (ocserv: USERNAME, pppd: PEERNAME, strongSwan: PLUTO_XAUTH_ID or PLUTO_PEER_ID).</source>
            <translation>사용자 이름을 넘기세요(ocserv: USERNAME, pppd: PEERNAME, strongSwan: PLUTO_XAUTH_ID 또는 PLUTO_PEER_ID).</translation>
        </message>
        <message>
            <source>The user name has control characters or is longer than %{max} characters</source>
            <translation>사용자 이름에 제어 문자가 있거나 %{max}자보다 깁니다</translation>
        </message>
        <message>
            <source>%{address} is not an IP address</source>
            <translation>%{address}은(는) IP 주소가 아닙니다</translation>
        </message>
        <message>
            <source>%{address} is in no pool (pools: %{pools}): Byway steers only the addresses of its pools</source>
            <translation>%{address}은(는) 어느 풀에도 없습니다(풀: %{pools}). Byway는 자신의 풀에 있는 주소만 조종합니다</translation>
        </message>
        <message>
            <source>Add a pool holding the addresses the VPN server hands out.</source>
            <translation>VPN 서버가 나눠 주는 주소를 담은 풀을 추가하세요.</translation>
        </message>
        <message>
            <source>%{interface} is not a valid interface name</source>
            <translation>%{interface}은(는) 올바른 인터페이스 이름이 아닙니다</translation>
        </message>
        <message>
            <source>There is no exit named %{exit} (exits: %{exits})</source>
            <translation>%{exit}(이)라는 출구가 없습니다(출구: %{exits})</translation>
        </message>
        <message>
            <source>A session lives between 1 and %{max} seconds</source>
            <translation>세션은 1초에서 %{max}초 사이로 유지됩니다</translation>
        </message>
        <message>
            <source>This box does not have %{address} on its LAN ports (%{lan}); they have: %{have}</source>
            <translation>이 장치의 LAN 포트(%{lan})에는 %{address}가 없습니다. 있는 주소: %{have}</translation>
        </message>
        <message>
            <source>The clients' gateway would point at an address nobody answers on.</source>
            <translation>클라이언트의 게이트웨이가 아무도 응답하지 않는 주소를 가리키게 됩니다.</translation>
        </message>
        <message>
            <source>Pick one of the LAN port's addresses, or add %{address} to it first.</source>
            <translation>LAN 포트의 주소 중 하나를 고르거나, 먼저 %{address}를 포트에 추가하세요.</translation>
        </message>
        <message>
            <source>Sysctls are writable</source>
            <translation>sysctl 쓰기 가능</translation>
        </message>
        <message>
            <source>Sysctls are read-only here; the values Byway needs are already set</source>
            <translation>여기서는 sysctl이 읽기 전용이며, Byway에 필요한 값은 이미 설정되어 있습니다</translation>
        </message>
        <message>
            <source>Sysctls are read-only here: Byway cannot set %{sysctls}</source>
            <translation>여기서는 sysctl이 읽기 전용입니다: Byway가 %{sysctls}을(를) 설정할 수 없습니다</translation>
        </message>
        <message>
            <source>A config that needs them (forwarding, the compat capture) is refused before anything changes.</source>
            <translation>이 값이 필요한 구성(포워딩, 호환 캡처)은 아무것도 바꾸기 전에 거부됩니다.</translation>
        </message>
        <message>
            <source>Start the container with %{flags}.</source>
            <translation>컨테이너를 %{flags} 옵션으로 시작하세요.</translation>
        </message>
        <message>
            <source>%{sysctl} is %{current}, this config needs %{needed}, and sysctls are read-only here (a container): start it with %{flag}</source>
            <translation>%{sysctl}은(는) 현재 %{current}이고 이 구성에는 %{needed}이(가) 필요하지만, 여기서는 sysctl이 읽기 전용입니다(컨테이너): 컨테이너를 %{flag} 옵션으로 시작하세요</translation>
        </message>
        <message>
            <source>Nothing was changed: applying would fail half-way.</source>
            <translation>아무것도 바꾸지 않았습니다. 적용하면 도중에 실패합니다.</translation>
        </message>
        <message>
            <source>Start the container with %{flag}, or run bywayd where /proc/sys is writable.</source>
            <translation>컨테이너를 %{flag} 옵션으로 시작하거나, /proc/sys에 쓸 수 있는 곳에서 bywayd를 실행하세요.</translation>
        </message>
        <message>
            <source>table %{table} is Byway's own (%{bypass}: the bypass route, %{capture}: the compat capture); pick another</source>
            <translation>테이블 %{table}은(는) Byway 전용입니다(%{bypass}: 우회 경로, %{capture}: 호환 캡처). 다른 테이블을 고르세요</translation>
        </message>
        <message>
            <source>No interface matches tunnel pattern %{pattern} now (this box has: %{existing})</source>
            <translation>지금은 터널 패턴 %{pattern}에 맞는 인터페이스가 없습니다(이 장치에 있는 것: %{existing})</translation>
        </message>
        <message>
            <source>Normal while no VPN client is connected: the rules apply to the VPN server's interfaces as they appear. If clients are connected, the pattern does not name their interfaces and their traffic is not handled.</source>
            <translation>연결된 VPN 클라이언트가 없을 때는 정상입니다. VPN 서버의 인터페이스가 나타나면 규칙이 적용됩니다. 클라이언트가 연결되어 있다면 패턴이 그 인터페이스를 가리키지 않는 것이며, 그 트래픽은 처리되지 않습니다.</translation>
        </message>
        <message>
            <source>Compare the pattern with the VPN server's interface names (ocserv: vpns*, pppd: ppp*, WireGuard: the interface's own name).</source>
            <translation>패턴을 VPN 서버의 인터페이스 이름과 비교하세요(ocserv: vpns*, pppd: ppp*, WireGuard: 인터페이스 자체 이름).</translation>
        </message>
        <message>
            <source>VPN sessions name exit %{exit}, which this config does not have: %{sessions}</source>
            <translation>VPN 세션이 이 구성에 없는 출구 %{exit}를 지정합니다: %{sessions}</translation>
        </message>
        <message>
            <source>Their traffic is refused, never sent by the pool's or the main route instead, until the sessions end or the exit is back.</source>
            <translation>세션이 끝나거나 출구가 돌아올 때까지 이 트래픽은 거부되며, 대신 풀이나 기본 경로로 나가지 않습니다.</translation>
        </message>
        <message>
            <source>Keep exit %{exit} in the config, or end those sessions (bywayctl session remove).</source>
            <translation>구성에 출구 %{exit}를 남겨 두거나 그 세션을 끝내세요(bywayctl session remove).</translation>
        </message>
        <message>
            <source>VPN sessions name SOCKS5 exit %{exit}, which needs the compat capture, off for this config: %{sessions}</source>
            <translation>VPN 세션이 호환 캡처가 필요한 SOCKS5 출구 %{exit}를 지정하지만, 이 구성에서는 캡처가 꺼져 있습니다: %{sessions}</translation>
        </message>
        <message>
            <source>Their traffic is refused, never sent by the pool's or the main route instead, until the capture runs again or the sessions end.</source>
            <translation>캡처가 다시 돌거나 세션이 끝날 때까지 이 트래픽은 거부되며, 대신 풀이나 기본 경로로 나가지 않습니다.</translation>
        </message>
        <message>
            <source>Turn the capture on (capture.mode), or end those sessions (bywayctl session remove).</source>
            <translation>캡처를 켜거나(capture.mode) 그 세션을 끝내세요(bywayctl session remove).</translation>
        </message>
        <message>
            <source>capture.maxFlows %{flows} is more than bywayd's file limit (%{limit}) can hold sockets for: the compat capture bounds its flows to about %{bound}</source>
            <translation>capture.maxFlows %{flows}은(는) bywayd의 파일 수 한도(%{limit})로 소켓을 열 수 있는 수보다 많습니다. 호환 캡처는 플로를 약 %{bound}개로 제한합니다</translation>
        </message>
        <message>
            <source>Each flow holds a socket; bywayd keeps 1024 files for itself. New flows past the bound are dropped (flow_limit).</source>
            <translation>플로마다 소켓 하나를 씁니다. bywayd는 자신을 위해 파일 1024개를 남겨 둡니다. 한도를 넘는 새 플로는 버려집니다(flow_limit).</translation>
        </message>
        <message>
            <source>Raise bywayd's file limit (LimitNOFILE= in its systemd unit, or the container's nofile ulimit), or lower capture.maxFlows.</source>
            <translation>bywayd의 파일 수 한도를 올리거나(systemd 유닛의 LimitNOFILE=, 또는 컨테이너의 nofile ulimit) capture.maxFlows를 낮추세요.</translation>
        </message>
        <message>
            <source>The tunnels pattern "%{pattern}" also matches %{interface}, a WAN, LAN or alternate interface: the VPN server's tunnels must be interfaces of their own</source>
            <translation>터널 패턴 "%{pattern}"이(가) WAN, LAN 또는 대체 인터페이스인 %{interface}에도 일치합니다. VPN 서버의 터널은 별도의 인터페이스여야 합니다</translation>
        </message>
        <message>
            <source>Pool %{subnet} holds %{address}, this box's own address on the WAN interface %{interface}</source>
            <translation>풀 %{subnet}에 %{address}이(가) 들어 있습니다. 이는 WAN 인터페이스 %{interface}에 있는 이 장치의 주소입니다</translation>
        </message>
        <message>
            <source>Byway would steer and masquerade the uplink's own addresses as VPN clients'.</source>
            <translation>Byway가 업링크 자신의 주소를 VPN 클라이언트의 주소처럼 조정하고 마스커레이드하게 됩니다.</translation>
        </message>
        <message>
            <source>Give the pool the subnet the VPN server hands out, one no interface of this box is on.</source>
            <translation>풀에는 VPN 서버가 나눠 주는 서브넷, 즉 이 장치의 어떤 인터페이스도 속하지 않은 서브넷을 지정하세요.</translation>
        </message>
        <message>
            <source>Pool %{subnet} holds %{address}, this box's address on %{interface}, which no tunnels pattern matches</source>
            <translation>풀 %{subnet}에 %{address}이(가) 들어 있습니다. 이는 %{interface}에 있는 이 장치의 주소이며, 어떤 터널 패턴도 이 인터페이스와 일치하지 않습니다</translation>
        </message>
        <message>
            <source>If %{interface} is the VPN server's interface, add it to interfaces.tunnels; otherwise give the pool a subnet of its own.</source>
            <translation>%{interface}이(가) VPN 서버의 인터페이스라면 interfaces.tunnels에 추가하세요. 아니라면 풀에 별도의 서브넷을 지정하세요.</translation>
        </message>
        <message>
            <source>Pool %{subnet} overlaps %{network}, the subnet on %{interface}: its clients' addresses would also be that link's</source>
            <translation>풀 %{subnet}이(가) %{interface}의 서브넷 %{network}과(와) 겹칩니다. 그 클라이언트의 주소가 그 링크의 주소이기도 하게 됩니다</translation>
        </message>
        <message>
            <source>Give the pool a subnet no interface of this box is on.</source>
            <translation>이 장치의 어떤 인터페이스도 속하지 않은 서브넷을 풀에 지정하세요.</translation>
        </message>
        <message>
            <source>%{address} is the network or broadcast address of %{subnet}: no host has it</source>
            <translation>%{address}은(는) %{subnet}의 네트워크 주소 또는 브로드캐스트 주소입니다. 어떤 호스트도 이 주소를 쓰지 않습니다</translation>
        </message>
        <message>
            <source>mark %{mark} is also exit %{exit}'s, which leaves by another table or device: a mark selects one route, so one of the two exits would take the other's</source>
            <translation>마크 %{mark}은(는) 다른 테이블이나 장치로 나가는 출구 %{exit}의 마크이기도 합니다. 마크 하나는 경로 하나만 고르므로 두 출구 중 하나가 다른 출구의 경로를 타게 됩니다</translation>
        </message>
        <message>
            <source>"%{value}" is not a SOCKS5 server's IP address: give the server's unicast IPv4 or IPv6 address (names are not resolved)</source>
            <translation>"%{value}"은(는) SOCKS5 서버의 IP 주소가 아닙니다: 서버의 유니캐스트 IPv4 또는 IPv6 주소를 입력하세요(이름은 해석하지 않습니다)</translation>
        </message>
        <message>
            <source>table and device belong to direct exits: a socks5 exit reaches its server by the routes of its mark (or the main table)</source>
            <translation>table과 device는 직접 출구의 설정입니다: socks5 출구는 마크의 경로(또는 main 테이블)로 서버에 연결합니다</translation>
        </message>
        <message>
            <source>"%{value}" is reserved: the capture's counters and the topology call the way out of traffic without an exit "main"</source>
            <translation>"%{value}"은(는) 예약된 이름입니다: 캡처의 카운터와 토폴로지는 출구가 없는 트래픽의 경로를 "main"이라고 부릅니다</translation>
        </message>
        <message>
            <source>"%{interface}" is already a WAN, LAN or alternate interface</source>
            <translation>"%{interface}"은(는) 이미 WAN, LAN 또는 보조 인터페이스입니다</translation>
        </message>
        <message>
            <source>"%{interface}" matches "%{pattern}": the capture's TUN is Byway's own device, not a VPN tunnel; name it outside that pattern</source>
            <translation>"%{interface}"이(가) "%{pattern}"에 일치합니다: 캡처의 TUN은 VPN 터널이 아니라 Byway 자체 장치이므로 그 패턴 밖의 이름을 지정하세요</translation>
        </message>
        <message>
            <source>must be an object {withinSec, checks, wait}</source>
            <translation>{withinSec, checks, wait} 형식의 객체여야 합니다</translation>
        </message>
        <message>
            <source>unknown member %{member} (known: %{known})</source>
            <translation>알 수 없는 항목 %{member}(사용 가능: %{known})</translation>
        </message>
        <message>
            <source>%{member} is required</source>
            <translation>%{member}은(는) 필수입니다</translation>
        </message>
        <message>
            <source>%{member} must not be empty</source>
            <translation>%{member}은(는) 비어 있으면 안 됩니다</translation>
        </message>
        <message>
            <source>%{member} must be a whole number</source>
            <translation>%{member}은(는) 정수여야 합니다</translation>
        </message>
        <message>
            <source>%{member} must be between %{min} and %{max}</source>
            <translation>%{member}은(는) %{min}에서 %{max} 사이여야 합니다</translation>
        </message>
        <message>
            <source>%{member} must be true or false</source>
            <translation>%{member}은(는) true 또는 false여야 합니다</translation>
        </message>
        <message>
            <source>checks must be a list of checks</source>
            <translation>checks는 검사 목록이어야 합니다</translation>
        </message>
        <message>
            <source>at most %{max} checks</source>
            <translation>검사는 최대 %{max}개입니다</translation>
        </message>
        <message>
            <source>a check must be an object {kind, target, ...}</source>
            <translation>검사는 {kind, target, ...} 형식의 객체여야 합니다</translation>
        </message>
        <message>
            <source>"%{value}" is no kind of check: tcp, icmp, dns or reconnect</source>
            <translation>"%{value}"은(는) 검사 종류가 아닙니다: tcp, icmp, dns 또는 reconnect</translation>
        </message>
        <message>
            <source>"%{value}" is not IP:port or [IPv6]:port, e.g. 192.0.2.1:443</source>
            <translation>"%{value}"은(는) IP:포트 또는 [IPv6]:포트 형식이 아닙니다(예: 192.0.2.1:443)</translation>
        </message>
        <message>
            <source>"%{value}" is not an IP address (a ping check has no port)</source>
            <translation>"%{value}"은(는) IP 주소가 아닙니다(ping 검사에는 포트가 없습니다)</translation>
        </message>
        <message>
            <source>"%{value}" is not a host name to resolve, e.g. example.org</source>
            <translation>"%{value}"은(는) 조회할 호스트 이름이 아닙니다(예: example.org)</translation>
        </message>
        <message>
            <source>"%{value}" is not a DNS server's IP address (IP, IP:port or [IPv6]:port)</source>
            <translation>"%{value}"은(는) DNS 서버의 IP 주소가 아닙니다(IP, IP:포트 또는 [IPv6]:포트)</translation>
        </message>
        <message>
            <source>%{address} is no one host's address (0.0.0.0 and :: are this box itself, broadcast and multicast no host's): the check would prove nothing</source>
            <translation>%{address}은(는) 어느 한 호스트의 주소가 아닙니다(0.0.0.0과 ::은 이 장치 자신이고, 브로드캐스트와 멀티캐스트는 어떤 호스트의 주소도 아닙니다): 이 검사로는 아무것도 확인할 수 없습니다</translation>
        </message>
        <message>
            <source>only dns checks have a server</source>
            <translation>서버는 dns 검사에만 있습니다</translation>
        </message>
        <message>
            <source>give exit or fromPool, not both</source>
            <translation>exit와 fromPool 중 하나만 지정하세요</translation>
        </message>
        <message>
            <source>must name a pool of the config being applied, by name or index (it has %{count} pool(s))</source>
            <translation>적용할 구성의 풀을 이름이나 번호로 지정해야 합니다(풀 %{count}개)</translation>
        </message>
        <message>
            <source>another check is already named "%{name}"; give each a name of its own</source>
            <translation>이미 "%{name}"(이)라는 검사가 있습니다. 검사마다 다른 이름을 지정하세요</translation>
        </message>
        <message>
            <source>exit %{exit} is not in the config being applied (exits: %{exits})</source>
            <translation>출구 %{exit}이(가) 적용할 구성에 없습니다(출구: %{exits})</translation>
        </message>
        <message>
            <source>exit %{exit} is a socks5 exit: checks through it are not supported</source>
            <translation>출구 %{exit}은(는) socks5 출구입니다: 이를 거치는 검사는 지원하지 않습니다</translation>
        </message>
        <message>
            <source>exit %{exit} has neither a mark nor a device: a probe's socket cannot take its route (give the exit a mark)</source>
            <translation>출구 %{exit}에는 마크도 장치도 없습니다: 검사 소켓이 그 경로를 탈 수 없습니다(출구에 마크를 지정하세요)</translation>
        </message>
        <message>
            <source>a reconnect check needs bywayd's remote listener (bywayd --remote-listen ADDR:PORT): without it no remote client can reconnect</source>
            <translation>재연결 검사에는 bywayd의 원격 수신기(bywayd --remote-listen 주소:포트)가 필요합니다: 없으면 원격 클라이언트가 다시 연결할 수 없습니다</translation>
        </message>
        <message>
            <source>"%{value}" is not IP, IP:port or [IPv6]:port</source>
            <translation>"%{value}"은(는) IP, IP:포트 또는 [IPv6]:포트 형식이 아닙니다</translation>
        </message>
        <message>
            <source>the config being applied gives this box no address of its own to move to (bypass.address, of the bypass-router and secondary-router roles)</source>
            <translation>적용할 구성에는 이 장치가 옮겨 갈 자체 주소가 없습니다(bypass-router와 secondary-router 역할의 bypass.address)</translation>
        </message>
        <message>
            <source>%{address} is not this box's address in the config being applied (bypass.address is %{own})</source>
            <translation>%{address}은(는) 적용할 구성에서 이 장치의 주소가 아닙니다(bypass.address는 %{own})</translation>
        </message>
        <message>
            <source>the remote listener accepts only on %{listener}: run bywayd with --remote-listen on a wildcard ([::]:%{port}) or on %{address}</source>
            <translation>원격 수신기는 %{listener}에서만 연결을 받습니다: bywayd를 --remote-listen으로 와일드카드([::]:%{port}) 또는 %{address}에서 실행하세요</translation>
        </message>
        <message>
            <source>the remote listener's port is %{port}, not %{given}</source>
            <translation>원격 수신기의 포트는 %{given}이(가) 아니라 %{port}입니다</translation>
        </message>
        <message>
            <source>%{subnet} is no range of client addresses: loopback, link-local, multicast and ranges from 0.0.0.0 or :: are never routed to VPN clients</source>
            <translation>%{subnet}은(는) 클라이언트 주소 범위가 아닙니다: 루프백, 링크 로컬, 멀티캐스트 및 0.0.0.0 또는 ::에서 시작하는 범위는 VPN 클라이언트로 라우팅되지 않습니다</translation>
        </message>
        <message>
            <source>%{value} is this box itself or no one host out there (loopback, ::, multicast or link-local): a probe of it proves no IPv6 egress</source>
            <translation>%{value}은(는) 이 장치 자신이거나 외부의 어느 한 호스트도 아닙니다(루프백, ::, 멀티캐스트 또는 링크 로컬): 이를 검사해도 IPv6 외부 연결은 확인되지 않습니다</translation>
        </message>
        <message>
            <source>%{value} is no resolver's address (0.0.0.0, ::, broadcast or multicast)</source>
            <translation>%{value}은(는) 리졸버의 주소가 아닙니다(0.0.0.0, ::, 브로드캐스트 또는 멀티캐스트)</translation>
        </message>
        <message>
            <source>IPv6 stays off: it comes on once a probe of ipv6.egressTargets passes, and there are none to probe</source>
            <translation>IPv6이 꺼진 채로 있습니다: ipv6.egressTargets 검사가 통과해야 켜지는데 검사할 대상이 없습니다</translation>
        </message>
        <message>
            <source>Add an IPv6 address and port this box should reach, e.g. [2001:4860:4860::8888]:443.</source>
            <translation>이 장치가 도달해야 할 IPv6 주소와 포트를 추가하세요(예: [2001:4860:4860::8888]:443).</translation>
        </message>
        <message>
            <source>%{device} is no way out of this box: lo delivers to the box itself and the compat capture's TUN hands traffic back to the capture</source>
            <translation>%{device}은(는) 이 장치에서 나가는 경로가 아닙니다: lo는 장치 자신에게 전달하고, 호환 캡처의 TUN은 트래픽을 캡처로 되돌려 보냅니다</translation>
        </message>
        <message>
            <source>%{value} is an IPv6 link-local address, which is reached only through an interface the exit cannot name: give the SOCKS5 server's global or unique local address</source>
            <translation>%{value}은(는) IPv6 링크 로컬 주소로, 출구가 지정할 수 없는 인터페이스를 통해서만 도달할 수 있습니다: SOCKS5 서버의 글로벌 주소나 고유 로컬 주소를 입력하세요</translation>
        </message>
        <message>
            <source>the stored config is not usable (status: config.problem); bywayd left the kernel as it was and changes nothing until a valid config is applied</source>
            <translation>저장된 구성을 사용할 수 없습니다(status: config.problem 참조). bywayd는 커널을 그대로 두었으며 유효한 구성이 적용될 때까지 아무것도 바꾸지 않습니다</translation>
        </message>
        <message>
            <source>bypass.dhcp says this box is the LAN's DHCP server, but nothing on it listens on UDP port 67: Byway serves no DHCP itself, so clients get no lease from this box</source>
            <translation>bypass.dhcp는 이 장치가 LAN의 DHCP 서버라고 하지만, 이 장치에서 UDP 67 포트를 수신하는 것이 없습니다: Byway는 DHCP를 직접 제공하지 않으므로 클라이언트는 이 장치에서 임대를 받지 못합니다</translation>
        </message>
        <message>
            <source>Run a DHCP server on the LAN port (dnsmasq, kea) that gives this box's address as the gateway, or set dhcp to main if the main router hands out leases.</source>
            <translation>LAN 포트에서 이 장치의 주소를 게이트웨이로 알려 주는 DHCP 서버(dnsmasq, kea)를 실행하거나, 메인 라우터가 임대를 나눠 준다면 dhcp를 main으로 설정하세요.</translation>
        </message>
        <message>
            <source>bypass.dhcp is %{dhcp}, but a DHCP server or relay listens on UDP port 67 on this box: if it serves the LAN, clients get leases from two servers that disagree</source>
            <translation>bypass.dhcp는 %{dhcp}이지만 이 장치에서 DHCP 서버나 릴레이가 UDP 67 포트를 수신하고 있습니다: 그것이 LAN을 서비스한다면 클라이언트는 서로 맞지 않는 두 서버에서 임대를 받게 됩니다</translation>
        </message>
        <message>
            <source>Stop the DHCP server on this box's LAN port, or set dhcp to side if this box is the LAN's one DHCP server (then turn the main router's off).</source>
            <translation>이 장치의 LAN 포트에서 DHCP 서버를 중지하거나, 이 장치가 LAN의 유일한 DHCP 서버라면 dhcp를 side로 설정하세요(그리고 메인 라우터의 DHCP를 끄세요).</translation>
        </message>
        <message>
            <source>capture.mode is on, but no IPv4 pool sends traffic into the compat capture (it takes the IPv4 pools' traffic only): it is not started</source>
            <translation>capture.mode가 on이지만 호환 캡처로 트래픽을 보내는 IPv4 풀이 없습니다(캡처는 IPv4 풀의 트래픽만 받습니다): 캡처는 시작되지 않습니다</translation>
        </message>
        <message>
            <source>Add the VPN server's IPv4 pool, or set capture.mode to auto or off.</source>
            <translation>VPN 서버의 IPv4 풀을 추가하거나 capture.mode를 auto 또는 off로 설정하세요.</translation>
        </message>
        <message>
            <source>The compat capture carries IPv4 only: pool %{pool} (%{subnet}) is not captured, its traffic takes the kernel's path as without the capture</source>
            <translation>호환 캡처는 IPv4만 처리합니다: 풀 %{pool}(%{subnet})은(는) 캡처되지 않으며, 그 트래픽은 캡처가 없을 때처럼 커널 경로를 따릅니다</translation>
        </message>
        <message>
            <source>The main router %{mainRouter} is on none of the WAN ports' subnets (%{wan} has %{have}): a secondary router reaches the main router through its WAN</source>
            <translation>메인 라우터 %{mainRouter}은(는) 어느 WAN 포트의 서브넷에도 없습니다(%{wan}의 주소: %{have}): 2차 라우터는 WAN을 통해 메인 라우터에 도달합니다</translation>
        </message>
        <message>
            <source>Give the main router's address on the network the WAN port is plugged into.</source>
            <translation>WAN 포트가 연결된 네트워크에서의 메인 라우터 주소를 입력하세요.</translation>
        </message>
        <message>
            <source>dns.wanResolver is used only by the DNS redirect of dns.redirectGroup, which is not set: nothing is sent to it</source>
            <translation>dns.wanResolver는 dns.redirectGroup의 DNS 리디렉션에서만 쓰이는데, 그것이 설정되지 않았습니다: 아무것도 그리로 보내지지 않습니다</translation>
        </message>
        <message>
            <source>Set dns.redirectGroup (role wan-separated), or remove dns.wanResolver.</source>
            <translation>dns.redirectGroup을 설정하거나(역할 wan-separated) dns.wanResolver를 제거하세요.</translation>
        </message>
        <message>
            <source>Nothing on this box listens on UDP port %{port}: the DNS queries of group %{group}'s processes are redirected there and get no answer</source>
            <translation>이 장치에서 UDP 포트 %{port}를 수신하는 것이 없습니다: 그룹 %{group} 프로세스의 DNS 질의가 그리로 리디렉션되어 응답을 받지 못합니다</translation>
        </message>
        <message>
            <source>Start the WAN-only resolver on that port first (Byway runs none), or name the port it listens on.</source>
            <translation>먼저 그 포트에서 WAN 전용 리졸버를 시작하거나(Byway는 리졸버를 실행하지 않습니다), 리졸버가 실제로 수신하는 포트를 입력하세요.</translation>
        </message>
        <message>
            <source>%{who} leave by exit "%{exit}" through %{device} with their own addresses: no nat.masquerade covers them there</source>
            <translation>%{who}은(는) 출구 "%{exit}"를 통해 %{device}로 자기 주소 그대로 나갑니다. 그곳을 덮는 nat.masquerade가 없습니다</translation>
        </message>
        <message>
            <source>A VPN provider's end, or any network past %{device} that does not route them back to this box, drops their traffic.</source>
            <translation>VPN 제공자 쪽이나, %{device} 너머에서 이 장치로 되돌려 라우팅하지 않는 네트워크는 이 트래픽을 버립니다.</translation>
        </message>
        <message>
            <source>"%{interface}" is neither one of the WAN interfaces (%{wan}) nor an exit's device</source>
            <translation>"%{interface}"은(는) WAN 인터페이스(%{wan})도, 출구의 장치도 아닙니다</translation>
        </message>
        <message>
            <source>"%{interface}" is neither a WAN interface (none is set) nor an exit's device</source>
            <translation>"%{interface}"은(는) WAN 인터페이스(설정된 것 없음)도, 출구의 장치도 아닙니다</translation>
        </message>
        <message>
            <source>Add a nat.masquerade entry with source %{source} and out %{device}, unless the far end routes them back.</source>
            <translation>source가 %{source}, out이 %{device}인 nat.masquerade 항목을 추가하세요. 상대편이 되돌려 라우팅한다면 필요 없습니다.</translation>
        </message>
        <message>
            <source>Pool %{pool} (%{subnet}) is not on the LAN: its traffic reaches the main router %{mainRouter} with its own addresses (a bypass router does not masquerade)</source>
            <translation>풀 %{pool}(%{subnet})은(는) LAN에 있지 않습니다. 그 트래픽은 자기 주소 그대로 메인 라우터 %{mainRouter}에 도착합니다(바이패스 라우터는 마스커레이드하지 않음)</translation>
        </message>
        <message>
            <source>The main router sends the replies back only if it routes %{subnet} to this box; otherwise they leave by its WAN and are lost.</source>
            <translation>메인 라우터가 %{subnet}을(를) 이 장치로 라우팅할 때만 응답이 돌아옵니다. 그렇지 않으면 응답은 메인 라우터의 WAN으로 나가 사라집니다.</translation>
        </message>
        <message>
            <source>Add a route for %{subnet} via %{address} on the main router, or give the pool an exit (masqueraded there).</source>
            <translation>메인 라우터에 %{address}를 거쳐 %{subnet}로 가는 경로를 추가하거나, 이 풀에 출구를 지정하세요(그곳에서 마스커레이드).</translation>
        </message>
        <message>
            <source>%{address} is on %{port}, but a bypass router reaches the main router out of its primary LAN, the first of interfaces.lan (%{primary})</source>
            <translation>%{address}은(는) %{port}에 있지만, 우회 라우터는 기본 LAN(interfaces.lan의 첫 번째 포트 %{primary})을 통해 메인 라우터에 연결합니다</translation>
        </message>
        <message>
            <source>The clients' traffic for the main router would leave by %{primary}, where the main router is not.</source>
            <translation>메인 라우터로 가는 클라이언트 트래픽이 메인 라우터가 없는 %{primary}(으)로 나가게 됩니다.</translation>
        </message>
        <message>
            <source>List %{port} first in interfaces.lan.</source>
            <translation>interfaces.lan에서 %{port}을(를) 맨 앞에 두십시오.</translation>
        </message>
        <message>
            <source>table %{table} is also exit %{exit}'s, which leaves by another device: a table holds one way out, so one of the two exits would take the other's</source>
            <translation>테이블 %{table}은(는) 다른 장치로 나가는 출구 %{exit}의 것이기도 합니다. 테이블 하나는 나가는 길이 하나뿐이라 두 출구 중 하나가 다른 쪽의 길을 타게 됩니다</translation>
        </message>
        <message>
            <source>a bypass router sends its clients' IPv4 to the main router: this box's address on the LAN must be IPv4 (IPv6 clients reach the main router directly, or through bypass.ipv6Secondary)</source>
            <translation>우회 라우터는 클라이언트의 IPv4를 메인 라우터로 보냅니다. LAN에서 이 장치의 주소는 IPv4여야 합니다(IPv6 클라이언트는 메인 라우터에 직접, 또는 bypass.ipv6Secondary로 연결합니다)</translation>
        </message>
        <message>
            <source>Exit %{exit}: the main table has no default route via %{device} to copy into table %{table}; what the table does not route is refused</source>
            <translation>출구 %{exit}: 기본 테이블에 테이블 %{table}로 복사할 %{device} 경유 기본 경로가 없습니다. 이 테이블이 라우팅하지 않는 트래픽은 거부됩니다</translation>
        </message>
        <message>
            <source>Exit %{exit}: %{device} is missing or down; its traffic is refused (table %{table} unreachable) until the device is up</source>
            <translation>출구 %{exit}: %{device}이(가) 없거나 내려가 있습니다. 장치가 올라올 때까지 트래픽이 거부됩니다(테이블 %{table} 도달 불가)</translation>
        </message>
        <message>
            <source>Exit %{exit}: the main table has no IPv6 default route via %{device}; IPv6 traffic through the exit is refused (table %{table})</source>
            <translation>출구 %{exit}: 기본 테이블에 %{device} 경유 IPv6 기본 경로가 없습니다. 이 출구로 가는 IPv6 트래픽은 거부됩니다(테이블 %{table})</translation>
        </message>
        <message>
            <source>Exit %{exit}: %{device} is a link that resolves its next hops (Ethernet-like), and the main table has no IPv4 default route through it to copy into table %{table}</source>
            <translation>출구 %{exit}: %{device}은(는) 다음 홉을 찾아야 하는 링크(이더넷 계열)인데, 기본 테이블에 테이블 %{table}로 복사할 이 링크 경유 IPv4 기본 경로가 없습니다</translation>
        </message>
        <message>
            <source>Byway would route the exit as "default dev %{device}": the box then asks (ARP) for every destination on that link, and only a router doing proxy ARP answers.</source>
            <translation>Byway는 이 출구를 "default dev %{device}"로 라우팅하게 됩니다. 그러면 장치가 그 링크에서 모든 목적지를 ARP로 묻고, 프록시 ARP를 하는 라우터만 응답합니다.</translation>
        </message>
        <message>
            <source>Add a default route via the next router on %{device} to the main table (a high metric keeps it out of the box's own way), or use a point-to-point tunnel.</source>
            <translation>기본 테이블에 %{device}의 다음 라우터를 거치는 기본 경로를 추가하거나(높은 metric을 주면 장치 자신의 트래픽은 그쪽으로 가지 않습니다), 점대점 터널을 사용하십시오.</translation>
        </message>
        <message>
            <source>table %{table} is used by another program (%{owner}); move Byway's tables (%{first}-%{last}) elsewhere</source>
            <translation>테이블 %{table}은(는) 다른 프로그램(%{owner})이 쓰고 있습니다. Byway의 테이블(%{first}-%{last})을 다른 곳으로 옮기십시오</translation>
        </message>
        <message>
            <source>table %{table} is used by another program (%{owner}): Byway would fill it with its own routes</source>
            <translation>테이블 %{table}은(는) 다른 프로그램(%{owner})이 쓰고 있습니다. Byway가 자기 경로로 채우게 됩니다</translation>
        </message>
        <message>
            <source>rule priority %{priority} is used by another program (%{owner}); move Byway's rules (from %{base}) elsewhere</source>
            <translation>규칙 우선순위 %{priority}은(는) 다른 프로그램(%{owner})이 쓰고 있습니다. Byway의 규칙(%{base}부터)을 다른 곳으로 옮기십시오</translation>
        </message>
        <message>
            <source>mark %{mark} of another program (%{owner}, %{source}) uses bits of Byway's mask %{mask}; choose a mask it does not touch</source>
            <translation>다른 프로그램(%{owner}, %{source})의 마크 %{mark}이(가) Byway 마스크 %{mask}의 비트를 씁니다. 그 프로그램이 건드리지 않는 마스크를 고르십시오</translation>
        </message>
        <message>
            <source>Table %{table} of exit %{exit} holds %{count} route(s) Byway did not write: %{routes}</source>
            <translation>출구 %{exit}의 테이블 %{table}에 Byway가 쓰지 않은 경로가 %{count}개 있습니다: %{routes}</translation>
        </message>
        <message>
            <source>Byway fills the exit's table itself: traffic for those destinations leaves as they say, not by the exit, and a default route there makes the apply fail.</source>
            <translation>출구의 테이블은 Byway가 직접 채웁니다. 그 목적지로 가는 트래픽은 출구가 아니라 그 경로대로 나가며, 거기에 기본 경로가 있으면 적용이 실패합니다.</translation>
        </message>
        <message>
            <source>Remove them, or give the exit a table no other program uses.</source>
            <translation>그 경로들을 지우거나, 다른 프로그램이 쓰지 않는 테이블을 출구에 주십시오.</translation>
        </message>
        <message>
            <source>%{mainRouter} is this box's own address on %{wan}, or the network or broadcast address of %{subnet}: not the main router</source>
            <translation>%{mainRouter}은(는) %{wan}에 있는 이 장치 자신의 주소이거나 %{subnet}의 네트워크 또는 브로드캐스트 주소입니다. 메인 라우터가 아닙니다</translation>
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
        <message>
            <source>Findings</source>
            <extracomment>Overview: bywayd's findings about the configuration on this box</extracomment>
            <translation>발견 사항</translation>
        </message>
        <message numerus="yes">
            <source>%n listed below</source>
            <extracomment>Overview: how many findings are listed further down the page</extracomment>
            <translation>
                <numerusform>아래에 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>The configuration on this box</source>
            <extracomment>Section title on the Overview: bywayd's findings about the applied configuration on this box</extracomment>
            <translation>이 장치의 구성</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>보기</translation>
        </message>
    </context>
    <context>
        <name>PathRow</name>
        <message>
            <source>No Byway rule sees this traffic, so it has no counters.</source>
            <extracomment>Topology: a path no Byway rule counts</extracomment>
            <translation>이 트래픽을 보는 Byway 규칙이 없어 카운터가 없습니다.</translation>
        </message>
        <message>
            <source>Through the compat capture, exit %1</source>
            <extracomment>Topology: a path counted by the compat capture, %1 is the exit's name ("main" = the main routing table)</extracomment>
            <translation>호환 캡처를 거침, 출구 %1</translation>
        </message>
        <message>
            <source>main table</source>
            <translation>주 테이블</translation>
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
            <source>nftables rules</source>
            <extracomment>Plan group: rules and chains of Byway's nftables table</extracomment>
            <translation>nftables 규칙</translation>
        </message>
        <message>
            <source>Routing rules</source>
            <extracomment>Plan group: policy routing rules (ip rule)</extracomment>
            <translation>라우팅 규칙</translation>
        </message>
        <message>
            <source>Routes</source>
            <extracomment>Plan group: routes (ip route)</extracomment>
            <translation>경로</translation>
        </message>
        <message>
            <source>Addresses</source>
            <extracomment>Plan group: interface addresses</extracomment>
            <translation>주소</translation>
        </message>
        <message>
            <source>Kernel settings (sysctl)</source>
            <extracomment>Plan group: kernel settings under /proc/sys</extracomment>
            <translation>커널 설정(sysctl)</translation>
        </message>
        <message>
            <source>%1: +%2 −%3</source>
            <extracomment>Plan group heading: %1 = group name, %2 = lines added, %3 = lines removed</extracomment>
            <translation>%1: +%2 −%3</translation>
        </message>
        <message>
            <source>Too many lines to list; the commands below have all of them.</source>
            <extracomment>Plan: a change too long to list line by line</extracomment>
            <translation>줄이 너무 많아 나열할 수 없습니다. 아래 명령에 모두 있습니다.</translation>
        </message>
        <message>
            <source>Equivalent commands</source>
            <extracomment>Plan: shows the commands an admin could run by hand to the same effect (read only, never run)</extracomment>
            <translation>동등한 명령</translation>
        </message>
    </context>
    <context>
        <name>PoolEditor</name>
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
        <message>
            <source>Details: %1</source>
            <translation>세부 정보: %1</translation>
        </message>
    </context>
    <context>
        <name>SetupFlow</name>
        <message>
            <source>Role</source>
            <translation>역할</translation>
        </message>
        <message>
            <source>Interfaces</source>
            <translation>인터페이스</translation>
        </message>
        <message>
            <source>Addresses</source>
            <extracomment>Setup step: addresses, main router, pools</extracomment>
            <translation>주소</translation>
        </message>
        <message>
            <source>Exits and pools</source>
            <extracomment>Setup step: exits and pools</extracomment>
            <translation>출구와 풀</translation>
        </message>
        <message>
            <source>Review</source>
            <extracomment>Setup step: check what was entered</extracomment>
            <translation>검토</translation>
        </message>
        <message>
            <source>Plan and apply</source>
            <extracomment>Setup step: plan and apply</extracomment>
            <translation>계획 및 적용</translation>
        </message>
        <message>
            <source>Guided setup · step %1 of %2: %3</source>
            <extracomment>Guided setup title: %1 = step number, %2 = step count, %3 = step name</extracomment>
            <translation>안내 설정 · %2단계 중 %1단계: %3</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>Closes the guided setup (the edits stay in the Configuration page)</extracomment>
            <translation>닫기</translation>
        </message>
        <message>
            <source>This box's interfaces, as bywayd sees them now: tap to choose.</source>
            <extracomment>Setup: above the interface pickers</extracomment>
            <translation>bywayd가 지금 보는 이 장치의 인터페이스입니다. 눌러서 고르세요.</translation>
        </message>
        <message>
            <source>bywayd has not listed this box's interfaces; type their names.</source>
            <extracomment>Setup: bywayd did not list the interfaces (older bywayd, not connected)</extracomment>
            <translation>bywayd가 이 장치의 인터페이스를 알려 주지 않았습니다. 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>The VPN server creates these as clients connect: a name, or a prefix with *.</source>
            <translation>클라이언트가 연결할 때 VPN 서버가 만듭니다. 이름 또는 *가 붙은 접두사를 쓰세요.</translation>
        </message>
        <message>
            <source>Detected: %1 (default route via %2).</source>
            <extracomment>Setup: the main router found in the main routing table; %1 address, %2 interface</extracomment>
            <translation>감지됨: %1 (%2를 통한 기본 경로).</translation>
        </message>
        <message>
            <source>No default route on this box: type the main router's address.</source>
            <translation>이 장치에 기본 경로가 없습니다. 메인 라우터 주소를 입력하세요.</translation>
        </message>
        <message>
            <source>One of the addresses %1 has: %2</source>
            <extracomment>Setup: %1 = LAN interface names, %2 = their addresses</extracomment>
            <translation>%1의 주소 중 하나: %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Choose the LAN port first.</source>
            <translation>먼저 LAN 포트를 고르세요.</translation>
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
            <source>Exits defined: %1. Add or change exits on the Configuration page.</source>
            <extracomment>Setup: %1 lists the exits the configuration defines</extracomment>
            <translation>정의된 출구: %1. 출구는 구성 페이지에서 추가하거나 바꾸세요.</translation>
        </message>
        <message>
            <source>No exits defined: traffic leaves by the main routing table. Add exits on the Configuration page.</source>
            <translation>정의된 출구가 없습니다. 트래픽은 메인 라우팅 테이블로 나갑니다. 출구는 구성 페이지에서 추가하세요.</translation>
        </message>
        <message>
            <source>Exit of pool %1</source>
            <extracomment>Setup: a pool's exit; %1 = pool name</extracomment>
            <translation>풀 %1의 출구</translation>
        </message>
        <message>
            <source>This role uses no pools or exits.</source>
            <extracomment>Setup: the selected role uses neither pools nor exits</extracomment>
            <translation>이 역할은 풀이나 출구를 쓰지 않습니다.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>확인 중…</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before applying</source>
            <translation>
                <numerusform>적용하기 전에 고칠 문제 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>bywayd accepts this configuration.</source>
            <extracomment>Setup review: bywayd accepts the configuration</extracomment>
            <translation>bywayd가 이 구성을 받아들입니다.</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>Planning…</source>
            <translation>계획 중…</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>계획</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>적용</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>이전</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>문제 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>Next</source>
            <extracomment>Guided setup: next step</extracomment>
            <translation>다음</translation>
        </message>
    </context>
    <context>
        <name>Sidebar</name>
        <message>
            <source>Appliance: %1</source>
            <extracomment>Sidebar: the remote appliance in use</extracomment>
            <translation>어플라이언스: %1</translation>
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
        <message>
            <source>The appliance did not accept the token: it is wrong, expired or revoked. Enter a new one.</source>
            <extracomment>Remote appliance: auth.token refused</extracomment>
            <translation>어플라이언스가 토큰을 받아들이지 않았습니다. 토큰이 틀렸거나 만료되었거나 취소되었습니다. 새 토큰을 입력하세요.</translation>
        </message>
        <message>
            <source>Too many failed attempts: the appliance asks to wait before the next one.</source>
            <extracomment>Remote appliance: too many failed logins</extracomment>
            <translation>실패한 시도가 너무 많습니다. 어플라이언스가 다음 시도 전에 기다리라고 합니다.</translation>
        </message>
        <message>
            <source>The appliance's certificate is not trusted yet. Compare its fingerprint with the one the appliance shows, then trust it.</source>
            <extracomment>Remote appliance: first connection, certificate not pinned yet</extracomment>
            <translation>어플라이언스의 인증서를 아직 신뢰하지 않았습니다. 지문을 어플라이언스에 표시된 지문과 비교한 뒤 신뢰하세요.</translation>
        </message>
        <message>
            <source>The appliance presented a different certificate than the one trusted before. The connection was refused and nothing was sent.</source>
            <extracomment>Remote appliance: the certificate differs from the pinned one</extracomment>
            <translation>어플라이언스가 이전에 신뢰한 것과 다른 인증서를 제시했습니다. 연결을 거부했으며 아무것도 보내지 않았습니다.</translation>
        </message>
        <message>
            <source>The secure connection to the appliance failed.</source>
            <translation>어플라이언스와의 보안 연결에 실패했습니다.</translation>
        </message>
        <message>
            <source>No token is stored for this appliance. Enter its token.</source>
            <extracomment>Remote appliance: no token in the keychain for it</extracomment>
            <translation>이 어플라이언스에 저장된 토큰이 없습니다. 토큰을 입력하세요.</translation>
        </message>
        <message>
            <source>The token could not be read: no keychain is available.</source>
            <translation>토큰을 읽을 수 없습니다: 사용할 수 있는 키체인이 없습니다.</translation>
        </message>
        <message>
            <source>The token could not be stored in the keychain; it is kept only until Byway quits.</source>
            <translation>토큰을 키체인에 저장할 수 없습니다. Byway가 종료될 때까지만 유지됩니다.</translation>
        </message>
        <message>
            <source>The token could not be removed from the keychain.</source>
            <translation>키체인에서 토큰을 제거할 수 없습니다.</translation>
        </message>
        <message>
            <source>Read-only: the token for this appliance has the view role; applying needs an admin token.</source>
            <extracomment>Remote appliance connected with a view token</extracomment>
            <translation>읽기 전용: 이 어플라이언스의 토큰은 보기 역할입니다. 적용하려면 관리자 토큰이 필요합니다.</translation>
        </message>
        <message>
            <source>Read-only: only members of the group byway can change the configuration.</source>
            <translation>읽기 전용: byway 그룹의 구성원만 구성을 변경할 수 있습니다.</translation>
        </message>
        <message>
            <source>connecting</source>
            <extracomment>Flow state: connecting to the destination</extracomment>
            <translation>연결 중</translation>
        </message>
        <message>
            <source>SOCKS</source>
            <extracomment>Flow state: talking to the SOCKS5 exit</extracomment>
            <translation>SOCKS</translation>
        </message>
        <message>
            <source>handshake</source>
            <extracomment>Flow state: TCP handshake with the client</extracomment>
            <translation>핸드셰이크</translation>
        </message>
        <message>
            <source>established</source>
            <extracomment>Flow state</extracomment>
            <translation>연결됨</translation>
        </message>
        <message>
            <source>half-closed</source>
            <extracomment>Flow state: one side has closed</extracomment>
            <translation>반쯤 닫힘</translation>
        </message>
        <message>
            <source>closing</source>
            <extracomment>Flow state</extracomment>
            <translation>닫는 중</translation>
        </message>
        <message>
            <source>open</source>
            <extracomment>Flow state of UDP/ICMP flows</extracomment>
            <translation>열림</translation>
        </message>
        <message>
            <source>(no user)</source>
            <extracomment>Flows: a client address no VPN session is mapped to</extracomment>
            <translation>(사용자 없음)</translation>
        </message>
        <message>
            <source>%1 s</source>
            <extracomment>Duration in seconds, short</extracomment>
            <translation>%1초</translation>
        </message>
        <message>
            <source>%1 min</source>
            <extracomment>Duration in minutes, short</extracomment>
            <translation>%1분</translation>
        </message>
        <message>
            <source>%1 h</source>
            <extracomment>Duration in hours, short</extracomment>
            <translation>%1시간</translation>
        </message>
        <message>
            <source>%1 d</source>
            <extracomment>Duration in days, short</extracomment>
            <translation>%1일</translation>
        </message>
        <message>
            <source>Capture is not running — it could not start: %1</source>
            <extracomment>Flows page: the capture failed to start; %1 is the helper's reason</extracomment>
            <translation>캡처가 실행 중이 아닙니다 — 시작할 수 없었습니다: %1</translation>
        </message>
        <message>
            <source>Capture is not running — this box is in Standard mode: nftables forwards traffic in the kernel, so no flows pass through user space. The capture starts when the configuration sets it on, or on Automatic when the probe finds Compat mode.</source>
            <translation>캡처가 실행 중이 아닙니다 — 이 장치는 표준 모드입니다. nftables가 커널에서 트래픽을 전달하므로 사용자 공간을 거치는 플로가 없습니다. 구성에서 캡처를 켜거나, 자동으로 두고 점검 결과가 호환 모드일 때 캡처가 시작됩니다.</translation>
        </message>
        <message>
            <source>Capture is not running — the mode is not known yet (no probe result).</source>
            <translation>캡처가 실행 중이 아닙니다 — 아직 모드를 알 수 없습니다(점검 결과 없음).</translation>
        </message>
        <message>
            <source>Capture is not running — the configuration has it off. Set Capture to On or Automatic on the Configuration page and apply.</source>
            <translation>캡처가 실행 중이 아닙니다 — 구성에서 꺼져 있습니다. 구성 페이지에서 캡처를 켜기 또는 자동으로 설정하고 적용하세요.</translation>
        </message>
        <message>
            <source>Give the appliance a name.</source>
            <translation>어플라이언스 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the appliance's host name or address.</source>
            <translation>어플라이언스의 호스트 이름 또는 주소를 입력하세요.</translation>
        </message>
        <message>
            <source>The port must be between 1 and 65535.</source>
            <translation>포트는 1에서 65535 사이여야 합니다.</translation>
        </message>
        <message>
            <source>That is not a Byway token (it looks like %1).</source>
            <extracomment>%1 is the expected shape of a token</extracomment>
            <translation>Byway 토큰이 아닙니다(형식: %1).</translation>
        </message>
        <message>
            <source>This host and port are already in the list.</source>
            <translation>이 호스트와 포트는 이미 목록에 있습니다.</translation>
        </message>
        <message>
            <source>Token in the keychain</source>
            <extracomment>Where an appliance's token is kept</extracomment>
            <translation>토큰이 키체인에 있음</translation>
        </message>
        <message>
            <source>Token kept for this session only</source>
            <extracomment>Where an appliance's token is kept: no keychain, memory only</extracomment>
            <translation>이번 세션에만 토큰 유지</translation>
        </message>
        <message>
            <source>No token</source>
            <translation>토큰 없음</translation>
        </message>
        <message>
            <source>gateway %1</source>
            <extracomment>Topology: the clients' default gateway</extracomment>
            <translation>게이트웨이 %1</translation>
        </message>
        <message>
            <source>table %1 mark %2</source>
            <extracomment>Topology: a direct exit's routing table and fwmark</extracomment>
            <translation>테이블 %1, 마크 %2</translation>
        </message>
        <message>
            <source>IPv6 replies come back through the alternate port and this box.</source>
            <extracomment>Topology: IPv6 replies of a bypass router with IPv6 secondary routing</extracomment>
            <translation>IPv6 응답은 보조 포트와 이 장치를 거쳐 돌아옵니다.</translation>
        </message>
        <message>
            <source>passed</source>
            <extracomment>Health check state: it answered</extracomment>
            <translation>통과</translation>
        </message>
        <message>
            <source>failing, retrying</source>
            <extracomment>Health check state: it failed and is being retried</extracomment>
            <translation>실패, 다시 시도 중</translation>
        </message>
        <message>
            <source>waiting</source>
            <extracomment>Health check state: not probed yet</extracomment>
            <translation>대기 중</translation>
        </message>
        <message>
            <source>%1: %2 (%3)</source>
            <extracomment>Health check line: name, state and the last error (may be empty)</extracomment>
            <translation>%1: %2 (%3)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Compat capture</source>
            <extracomment>Topology node kind: the compat capture (TUN + userspace stack) on this box</extracomment>
            <translation>호환 캡처</translation>
        </message>
        <message>
            <source>main routing table</source>
            <extracomment>Topology: a direct exit without table or mark: the main routing table</extracomment>
            <translation>주 라우팅 테이블</translation>
        </message>
        <message>
            <source>stopped</source>
            <extracomment>Topology: the compat capture is not running now (its counters stay)</extracomment>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>via %1</source>
            <extracomment>Topology: a direct exit bound to a device</extracomment>
            <translation>%1 경유</translation>
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
            <translation>보조</translation>
        </message>
        <message>
            <source>VPN</source>
            <extracomment>Topology: a port's role on this box: VPN tunnel interfaces</extracomment>
            <translation>VPN</translation>
        </message>
        <message>
            <source>Following the box from %1 to %2 (same certificate and token)…</source>
            <extracomment>Management address move: the GUI now talks to the box on its new address, waiting for the outcome</extracomment>
            <translation>장비를 따라 %1에서 %2(으)로 연결 중(같은 인증서와 토큰)…</translation>
        </message>
        <message>
            <source>The box is now managed at %1; the appliance's address is updated.</source>
            <extracomment>Management address move: the change was kept and the appliance is stored with its new address</extracomment>
            <translation>이제 %1에서 장비를 관리합니다. 장비 주소가 갱신되었습니다.</translation>
        </message>
        <message>
            <source>The change was not kept: back to %1 (the appliance keeps that address).</source>
            <extracomment>Management address move: the change was rolled back, the GUI went back to the old address</extracomment>
            <translation>변경이 유지되지 않았습니다: %1(으)로 돌아왔습니다(장비는 그 주소를 유지합니다).</translation>
        </message>
        <message>
            <source>The compat capture is stopped: these counts are from when it ran.</source>
            <extracomment>Topology: a compat capture path while the capture does not run (another role, or compat no longer needed)</extracomment>
            <translation>호환 캡처가 멈췄습니다: 이 수치는 실행 중일 때의 것입니다.</translation>
        </message>
        <message>
            <source>Not connected: its certificate is not trusted yet</source>
            <extracomment>Connection state: a remote appliance's certificate waits for the admin's trust</extracomment>
            <translation>연결되지 않음: 인증서를 아직 신뢰하지 않았습니다</translation>
        </message>
        <message>
            <source>Not connected: its certificate changed</source>
            <extracomment>Connection state: a remote appliance presented another certificate than the pinned one</extracomment>
            <translation>연결되지 않음: 인증서가 바뀌었습니다</translation>
        </message>
        <message>
            <source>The appliance refused the token</source>
            <extracomment>Connection state: the remote appliance did not accept the token</extracomment>
            <translation>어플라이언스가 토큰을 거부했습니다</translation>
        </message>
        <message>
            <source>Not connected: no token</source>
            <extracomment>Connection state: no token to send to the remote appliance</extracomment>
            <translation>연결되지 않음: 토큰 없음</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <extracomment>A size below a kilobyte</extracomment>
            <translation>
                <numerusform>%n바이트</numerusform>
            </translation>
        </message>
        <message>
            <source>running</source>
            <extracomment>Topology: the compat capture is running (its node's state)</extracomment>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>bywayd cannot do this on this system.</source>
            <extracomment>An answer from a running bywayd; its reason follows</extracomment>
            <translation>bywayd가 이 시스템에서 이 작업을 할 수 없습니다.</translation>
        </message>
        <message>
            <source>Capture is not running — no IPv4 pool sends traffic into it (it takes the IPv4 pools' traffic only). Add the VPN server's IPv4 pool on the Configuration page.</source>
            <extracomment>Flows page: capture is on in the configuration, but no IPv4 pool routes traffic into it</extracomment>
            <translation>캡처가 실행되고 있지 않습니다 — 캡처로 트래픽을 보내는 IPv4 풀이 없습니다(캡처는 IPv4 풀의 트래픽만 받습니다). 구성 페이지에서 VPN 서버의 IPv4 풀을 추가하세요.</translation>
        </message>
        <message>
            <source>Clients use this box as their gateway; it forwards to the main router without NAT, and replies go from the main router straight back to the clients. Client pools with an exit leave by it instead (a tunnel to a VPN provider, masqueraded there).</source>
            <translation>클라이언트는 이 장치를 게이트웨이로 사용합니다. 이 장치는 NAT 없이 메인 라우터로 전달하고, 응답은 메인 라우터에서 클라이언트로 바로 돌아갑니다. 출구가 있는 클라이언트 풀은 대신 그 출구로 나갑니다(VPN 제공자로 가는 터널, 그곳에서 마스커레이드).</translation>
        </message>
    </context>
    <context>
        <name>ThroughputChart</name>
        <message>
            <source>Collecting samples…</source>
            <extracomment>Throughput chart caption: %1 is the peak rate, %2 the minutes shown</extracomment>
            <translation>샘플 수집 중…</translation>
        </message>
        <message numerus="yes">
            <source>Peak %1 over the last %n minute(s)</source>
            <translation>
                <numerusform>최근 %n분 최고 %1</numerusform>
            </translation>
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
        <message>
            <source>no address</source>
            <extracomment>Topology: a port without an address</extracomment>
            <translation>주소 없음</translation>
        </message>
        <message>
            <source>Known clients:</source>
            <extracomment>Topology node detail: the clients bywayd knows on this segment</extracomment>
            <translation>알려진 클라이언트:</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <extracomment>Topology node detail: known clients not listed</extracomment>
            <translation>
                <numerusform>외 %n개</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>↑ %1 ↓ %2 · %n packet(s)</source>
            <extracomment>Topology: a capture user's counters: bytes out, bytes in, packets</extracomment>
            <translation>
                <numerusform>↑ %1 ↓ %2 · 패킷 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>VPN session</source>
            <extracomment>Topology: a known client's origin: the VPN server said it holds this address</extracomment>
            <translation>VPN 세션</translation>
        </message>
        <message>
            <source>capture</source>
            <extracomment>Topology: a known client's origin: the compat capture carried its traffic</extracomment>
            <translation>캡처</translation>
        </message>
        <message>
            <source>neighbour</source>
            <extracomment>Topology: a known client's origin: the box's ARP/NDP neighbour table</extracomment>
            <translation>이웃 테이블</translation>
        </message>
        <message>
            <source>no matching interface with an address</source>
            <extracomment>Topology: a tunnel pattern's port (vpns*) when no interface it matches has an address now</extracomment>
            <translation>주소가 있는 일치 인터페이스 없음</translation>
        </message>
        <message numerus="yes">
            <source>%n interface(s): %1</source>
            <extracomment>Topology: a tunnel pattern's port (vpns*): %n interfaces match it now, %1 their names</extracomment>
            <translation>
                <numerusform>인터페이스 %n개: %1</numerusform>
            </translation>
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
        <message numerus="yes">
            <source>%n dropped: source outside every pool</source>
            <extracomment>Topology graph: packets dropped at this box because their source is in no VPN pool</extracomment>
            <translation>
                <numerusform>%n개 차단됨: 어느 풀에도 없는 출발지 주소</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n known</source>
            <extracomment>Topology node: how many clients bywayd knows (sessions, capture users)</extracomment>
            <translation>
                <numerusform>알려진 %n개</numerusform>
            </translation>
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
            <translation>상자나 속도를 누르면 세부 정보가 표시됩니다.</translation>
        </message>
        <message>
            <source>Dropped: source outside every pool</source>
            <extracomment>Topology: counted drop on the VPN path; packets from VPN clients whose address is in no configured pool</extracomment>
            <translation>차단됨: 어느 풀에도 없는 출발지 주소</translation>
        </message>
        <message numerus="yes">
            <source>%n packet(s)</source>
            <extracomment>Topology: how many packets the drop rule counted, and their size</extracomment>
            <translation>
                <numerusform>패킷 %n개</numerusform>
            </translation>
        </message>
        <message>
            <source>The VPN server hands out addresses Byway has no pool for: their traffic is dropped before the WAN, never sent out unmasqueraded.</source>
            <translation>VPN 서버가 Byway에 풀이 없는 주소를 나눠 주고 있습니다. 그 트래픽은 WAN에 닿기 전에 차단되며, 마스커레이드 없이 나가는 일은 없습니다.</translation>
        </message>
        <message>
            <source>Connection (grey)</source>
            <extracomment>Legend: the physical connections between the boxes</extracomment>
            <translation>연결(회색)</translation>
        </message>
        <message>
            <source>Tap a box or a path below for details.</source>
            <extracomment>Hint under the topology graph</extracomment>
            <translation>상자나 아래의 경로를 누르면 세부 정보가 표시됩니다.</translation>
        </message>
    </context>
    <context>
        <name>UsersEditor</name>
        <message>
            <source>Users</source>
            <extracomment>Pool users: heading of the per-user rows (name, address, own exit)</extracomment>
            <translation>사용자</translation>
        </message>
        <message>
            <source>Pool's exit</source>
            <extracomment>User row: no exit of the user's own (the pool's exit applies)</extracomment>
            <translation>풀의 출구</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>사용자 이름</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <extracomment>User row: example address, never a default</extracomment>
            <translation>예: %1</translation>
        </message>
        <message>
            <source>Remove</source>
            <extracomment>User row: remove this user from the pool</extracomment>
            <translation>제거</translation>
        </message>
        <message>
            <source>Add user</source>
            <extracomment>Pool: adds an empty user row</extracomment>
            <translation>사용자 추가</translation>
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
            <source>First page: overview, topology, configuration, flows, logs, appliances or settings.</source>
            <translation>첫 페이지: overview, topology, configuration, flows, logs, appliances 또는 settings.</translation>
        </message>
        <message>
            <source>Open a config file in the Configuration page's editor: checked by bywayd, not applied.</source>
            <translation>구성 파일을 구성 페이지의 편집기에서 엽니다. bywayd가 검사하며 적용하지는 않습니다.</translation>
        </message>
    </context>
</TS>
