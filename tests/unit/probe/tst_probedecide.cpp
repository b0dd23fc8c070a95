// SPDX-License-Identifier: GPL-3.0-or-later
// The mode rules with fake findings: no kernel involved.
#include "probe/probe.h"

#include <QTest>

using namespace byway::probe;

namespace {
Finding f(const char *check, Finding::Status s, const char *code)
{
    Finding x;
    x.check = QString::fromLatin1(check);
    x.status = s;
    x.code = QString::fromLatin1(code);
    return x;
}
constexpr auto Ok = Finding::Status::Ok;
constexpr auto Fail = Finding::Status::Fail;

QList<Finding> all(bool admin, bool raw, bool nft, bool tun, bool packet)
{
    return {f("cap.net_admin", admin ? Ok : Fail, admin ? "cap.net_admin.ok" : "cap.net_admin.missing"),
            f("cap.net_raw", raw ? Ok : Fail, raw ? "cap.net_raw.ok" : "cap.net_raw.missing"),
            f("nftables", nft ? Ok : Fail, nft ? "nft.ok" : "nft.unsupported"),
            f("tun", tun ? Ok : Fail, tun ? "tun.ok" : "tun.missing"),
            f("packet", packet ? Ok : Fail, packet ? "packet.ok" : "packet.denied")};
}
} // namespace

class TestProbeDecide : public QObject {
    Q_OBJECT
private slots:
    void standard()
    {
        const Decision d = decide(all(true, true, true, true, true));
        QCOMPARE(d.mode, Mode::Standard);
        QCOMPARE(d.reasons, (QStringList{"nft.ok", "cap.net_admin.ok"}));
        QVERIFY(d.featuresOff.isEmpty());
    }
    void standardWithoutCaptureSaysWhatIsOff()
    {
        const Decision d = decide(all(true, false, true, false, false));
        QCOMPARE(d.mode, Mode::Standard);
        QCOMPARE(d.featuresOff, (QStringList{"capture.tun", "capture.packet"}));
    }
    void readOnlySysctlsAreOffInStandardToo()
    {
        const std::pair<Finding::Status, const char *> readOnly[] = {{Finding::Status::Warn, "sysctl.readonly"},
                                                                      {Ok, "sysctl.readonly.preset"}};
        for (const auto &[status, code] : readOnly) {
            QList<Finding> fs = all(true, true, true, true, true);
            fs << f("sysctl.proc", status, code);
            const Decision d = decide(fs);
            QCOMPARE(d.mode, Mode::Standard);
            QCOMPARE(d.featuresOff, (QStringList{"sysctl.write"}));
        }
        QList<Finding> fs = all(true, true, true, true, true);
        fs << f("sysctl.proc", Ok, "sysctl.writable");
        QVERIFY(decide(fs).featuresOff.isEmpty());
    }
    void compatWithTun()
    {
        const Decision d = decide(all(true, false, false, true, false));
        QCOMPARE(d.mode, Mode::Compat);
        QCOMPARE(d.reasons, (QStringList{"nft.unsupported", "tun.ok"}));
        QVERIFY(d.featuresOff.contains("standard.nat"));
        QVERIFY(d.featuresOff.contains("capture.packet"));
    }
    void compatWithPacketNeedsRaw()
    {
        QCOMPARE(decide(all(true, true, false, false, true)).mode, Mode::Compat);
        // AF_PACKET without NET_RAW does not count (the finding would not be
        // ok anyway; the rule holds even for inconsistent input).
        const Decision d = decide(all(true, false, false, false, true));
        QCOMPARE(d.mode, Mode::Limited);
        QVERIFY(d.reasons.contains("cap.net_raw.missing"));
    }
    void limitedWithoutNetAdmin()
    {
        // nft "ok" cannot count without NET_ADMIN; TUN neither.
        const Decision d = decide(all(false, true, true, true, true));
        QCOMPARE(d.mode, Mode::Limited);
        QCOMPARE(d.reasons.first(), QStringLiteral("cap.net_admin.missing"));
        QVERIFY(d.featuresOff.contains("routing.policy"));
    }
    void limitedNothingToCapture()
    {
        const Decision d = decide(all(true, true, false, false, false));
        QCOMPARE(d.mode, Mode::Limited);
        QCOMPARE(d.reasons, (QStringList{"nft.unsupported", "tun.missing", "packet.denied"}));
    }
    void missingFindingsAreNotOk()
    {
        const Decision d = decide({});
        QCOMPARE(d.mode, Mode::Limited);
        QCOMPARE(d.reasons.first(), QStringLiteral("cap.net_admin.unprobed"));
    }
    void ipv6OffUntilVerified()
    {
        auto fs = all(true, true, true, true, true);
        fs << f("ipv6.egress", Finding::Status::Warn, "ipv6.egress.unverified");
        QVERIFY(decide(fs).featuresOff.contains("ipv6"));
        fs.last().status = Ok;
        QVERIFY(!decide(fs).featuresOff.contains("ipv6"));
    }
};

QTEST_GUILESS_MAIN(TestProbeDecide)
#include "tst_probedecide.moc"
