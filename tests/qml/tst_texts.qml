// SPDX-License-Identifier: GPL-3.0-or-later
// Codes become words: bywayd's messages from id and args with the values
// kept, unknown ids as the helper said them, a finding following a language
// switch, error codes of the remote listener, and English plural forms.
import QtQuick
import QtTest
import Byway
import Byway.Backend

TestCase {
    name: "Texts"

    function cleanup() {
        Language.language = "en"
    }

    // bywayd's words come as {id, args}: rendered from core/messages in the
    // reader's language, the args kept as they are.
    function test_englishFromIdAndArgs() {
        const args = { family: "IPv4", sysctl: "net.ipv4.ip_forward" }
        compare(Messages.text("probe.sysctl.forwarding.off", args, "fallback"), "IPv4 forwarding off")
        compare(Messages.fix("probe.sysctl.forwarding.off", args),
                "set net.ipv4.ip_forward=1 (sysctl -w net.ipv4.ip_forward=1; persist in /etc/sysctl.d/)")
        compare(Messages.consequence("probe.tun.ok", {}), "")
        // Arrays read as lists.
        compare(Messages.text("probe.legacy.tables", { tables: ["ip filter", "ip nat"] }), "Legacy tables read: ip filter, ip nat")
        verify(Messages.known("probe.tun.ok"))
    }

    function test_unknownIdShowsTheHelpersText() {
        verify(!Messages.known("no.such.id"))
        compare(Messages.text("no.such.id", {}, "Something new"), "Something new")
        compare(Messages.text("", {}, "A plain plan note"), "A plain plan note")
        compare(Texts.messageText({ message: "An old bywayd's note" }), "An old bywayd's note")
    }

    function test_translatedWithTheHelpersValues() {
        const args = { family: "IPv4", sysctl: "net.ipv4.ip_forward" }
        Language.language = "zh_CN"
        compare(Language.language, "zh_CN")
        compare(Messages.language, "zh_CN")
        const s = Messages.text("probe.sysctl.forwarding.off", args)
        verify(s !== "IPv4 forwarding off" && s.indexOf("IPv4") >= 0, s)
        const fix = Messages.fix("probe.sysctl.forwarding.off", args)
        verify(fix.split("net.ipv4.ip_forward").length === 3, fix) // both places keep the name
        const reach = Messages.fix("probe.reach.unreachable.exit",
                                   { target: "192.0.2.1", exit: "wan", route: "mark 0x10", command: "ip route get 192.0.2.1 mark 0x10" })
        verify(reach.indexOf("ip route get 192.0.2.1 mark 0x10") >= 0 && reach.indexOf("Check") < 0, reach)
        const e = Texts.fieldErrorText({ code: "conflict", id: "config.pool.overlap", message: "english",
                                         args: { subnet: "10.0.0.0/24", pool: "b", other: "10.0.0.0/16" } })
        verify(e.indexOf("10.0.0.0/16") >= 0 && e.indexOf("overlaps") < 0 && e.indexOf("english") < 0, e)
        // An id this build lacks: the generic kind, translated, and bywayd's English words.
        const old = Texts.fieldErrorText({ code: "conflict", id: "config.from.the.future", message: "english" })
        verify(old.indexOf("english") >= 0 && old !== "english", old)
        Language.language = "ko"
        const k = Messages.text("probe.cap.net_admin.ok", {})
        verify(k !== "CAP_NET_ADMIN is effective" && k.indexOf("CAP_NET_ADMIN") >= 0, k)
    }

    // A finding on screen follows a language switch at run time.
    Component {
        id: findingComponent
        FindingDelegate {
            check: "sysctl.ip_forward"
            status: "warn"
            code: "sysctl.ip_forward.off"
            summary: "IPv4 forwarding off"
            evidence: ""
            consequence: "The box does not route IPv4 between interfaces: clients connect, nothing is forwarded."
            fix: "set net.ipv4.ip_forward=1 (sysctl -w net.ipv4.ip_forward=1; persist in /etc/sysctl.d/)"
            messageId: "probe.sysctl.forwarding.off"
            args: ({ family: "IPv4", sysctl: "net.ipv4.ip_forward" })
        }
    }

    function labelTexts(item) {
        let out = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (typeof child.text === "string")
                out.push(child.text)
            out = out.concat(labelTexts(child))
        }
        return out
    }

    function test_delegateFollowsLanguage() {
        Language.language = "en"
        const d = createTemporaryObject(findingComponent, this)
        verify(d)
        verify(labelTexts(d).indexOf("IPv4 forwarding off") >= 0, labelTexts(d).join(" | "))
        Language.language = "zh_CN"
        const zh = labelTexts(d)
        verify(zh.indexOf("IPv4 forwarding off") < 0, zh.join(" | "))
        verify(zh.some(t => t.indexOf("IPv4 转发") >= 0), zh.join(" | "))
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
        // Sizes below a kilobyte are counted, not left to Qt's "1 bytes".
        compare(Texts.dataSize(1), "1 byte")
        compare(Texts.dataSize(999), "999 bytes")
        verify(Texts.dataSize(1500).indexOf("1.5") === 0, Texts.dataSize(1500))
        Language.language = "zh_CN"
        verify(Texts.uptime(42).indexOf("(s)") < 0)
        compare(Texts.dataSize(1), "1 字节")
    }
}
