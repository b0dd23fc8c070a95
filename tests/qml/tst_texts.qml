// SPDX-License-Identifier: GPL-3.0-or-later
// Codes become words: probe findings by code with the helper's values kept,
// unknown codes and sentences as the helper said them, error codes of the
// remote listener, and English plural forms.
import QtQuick
import QtTest
import Byway
import Byway.Backend

TestCase {
    name: "Texts"

    function cleanup() {
        Language.language = "en"
    }

    function test_templates() {
        compare(ProbeTexts.match("%1 forwarding off", "IPv4 forwarding off"), [undefined, "IPv4"])
        verify(ProbeTexts.match("%1 forwarding off", "IPv4 forwarding on") === null)
        // A placeholder used twice must be the same value twice.
        verify(ProbeTexts.match("set %1=1 (sysctl -w %1=1; persist in /etc/sysctl.d/)",
                                "set a=1 (sysctl -w b=1; persist in /etc/sysctl.d/)") === null)
        compare(ProbeTexts.match("%1 reachable via %2", "192.0.2.1:443 reachable via wan (mark 0x10)")[2], "wan (mark 0x10)")
        // Regex characters in a template are literal.
        verify(ProbeTexts.match("xfrm present (%1 SAs)", "xfrm present 3 SAs") === null)
    }

    function test_englishIsTheHelpersText() {
        compare(ProbeTexts.text("sysctl.ip_forward.off", "IPv4 forwarding off"), "IPv4 forwarding off")
        compare(ProbeTexts.text("no.such.code", "Something new"), "Something new")
        compare(ProbeTexts.text("tun.ok", "A sentence this build does not know"), "A sentence this build does not know")
        compare(ProbeTexts.text("tun.ok", ""), "")
    }

    function test_translatedWithTheHelpersValues() {
        Language.language = "zh_CN"
        compare(Language.language, "zh_CN")
        const s = ProbeTexts.text("sysctl.ip_forward.off", "IPv4 forwarding off")
        verify(s !== "IPv4 forwarding off", s)
        verify(s.indexOf("IPv4") >= 0, s)
        const fix = ProbeTexts.text("sysctl.ip_forward.off", "set net.ipv4.ip_forward=1 (sysctl -w net.ipv4.ip_forward=1; persist in /etc/sysctl.d/)")
        verify(fix.split("net.ipv4.ip_forward").length === 3, fix) // both places keep the name
        const reach = ProbeTexts.text("reach.unreachable", "Check the exit's routing table, mark rule and link (ip route get 192.0.2.1 mark 0x10).")
        verify(reach.indexOf("192.0.2.1") >= 0 && reach.indexOf("0x10") >= 0, reach)
        Language.language = "ko"
        const k = ProbeTexts.text("cap.net_admin.ok", "CAP_NET_ADMIN is effective")
        verify(k !== "CAP_NET_ADMIN is effective" && k.indexOf("CAP_NET_ADMIN") >= 0, k)
    }

    function test_errorCodes() {
        for (const code of ["unauthenticated", "rate_limited", "conflict", "certificate_untrusted", "certificate_changed"]) {
            const t = Texts.errorText(code)
            verify(t.length > 0 && t.indexOf("Error:") < 0, code + ": " + t)
        }
        Language.language = "ko"
        verify(Texts.errorText("rate_limited") !== Language.language && Texts.errorText("rate_limited").indexOf("Too many") < 0)
    }

    function test_englishPlurals() {
        Language.language = "en"
        compare(Texts.uptime(1), "1 second")
        compare(Texts.uptime(42), "42 seconds")
        compare(Texts.uptime(120), "2 minutes")
        Language.language = "zh_CN"
        verify(Texts.uptime(42).indexOf("(s)") < 0)
    }
}
