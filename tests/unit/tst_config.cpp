// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/config.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace byway;
using namespace byway::config;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(json), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(err.errorString()));
    return d.object();
}

QStringList paths(const Error &e)
{
    QStringList out;
    for (const auto &fe : e.errors)
        out.append(fe.path + QLatin1Char(' ') + fe.code);
    return out;
}

const char *kGateway = R"({
  "version": 1, "role": "vpn-gateway",
  "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
  "pools": [{"name": "vpn", "subnet": "10.20.0.0/24",
             "users": [{"name": "alice", "address": "10.20.0.5"}]}],
  "nat": {"masquerade": [{"source": "10.20.0.0/16", "out": "eth0"}]}
})";

// The reason for the failure message; never touches error() of a value.
template <typename T>
QByteArray why(const Result<T> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

} // namespace

class TestConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultsAreValidAndChangeNothing()
    {
        const Config c = defaults();
        QCOMPARE(c.role, Role::None);
        QVERIFY(validate(c).isEmpty());
        auto back = fromJson(toJson(c));
        QVERIFY2(back.has_value(), why(back).constData());
        QCOMPARE(*back, c);
    }

    void shippedDefaultFileMatchesDefaults()
    {
        QFile f(QStringLiteral(BYWAY_SOURCE_DIR "/packaging/config/byway.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto c = fromJson(QJsonDocument::fromJson(f.readAll()).object());
        QVERIFY2(c.has_value(), why(c).constData());
        QCOMPARE(*c, defaults());
    }

    void gatewayRoundTrip()
    {
        auto c = fromJson(parse(kGateway));
        QVERIFY2(c.has_value(), why(c).constData());
        QCOMPARE(c->role, Role::VpnGateway);
        QCOMPARE(c->pools.size(), 1);
        QCOMPARE(c->pools[0].users[0].address, QHostAddress(QStringLiteral("10.20.0.5")));
        auto again = fromJson(toJson(*c));
        QVERIFY(again.has_value());
        QCOMPARE(*again, *c);
    }

    void everyErrorIsReported()
    {
        // Five independent mistakes: all five come back, each at its place.
        auto c = fromJson(parse(R"({"version": 1, "role": "gateway", "pools": [{"subnet": "10.0.0.0/33"}],
                                    "capture": {"mtu": 100}, "colour": "blue"})"));
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().code, ErrorCode::ValidationFailed);
        const QStringList p = paths(c.error());
        QVERIFY2(p.contains(QStringLiteral("/role format")), qPrintable(p.join(QLatin1Char('|'))));
        QVERIFY(p.contains(QStringLiteral("/pools/0/name required")));
        QVERIFY(p.contains(QStringLiteral("/pools/0/subnet format")));
        QVERIFY(p.contains(QStringLiteral("/capture/mtu range")));
        QVERIFY(p.contains(QStringLiteral("/colour unknown")));
        QCOMPARE(c.error().errors.size(), 5);
    }

    void wrongTypes()
    {
        auto c = fromJson(parse(R"({"version": "1", "interfaces": {"wan": "eth0"}, "ipv6": {"enabled": 1},
                                    "exits": [{"name": "x", "port": 1.5}]})"));
        QVERIFY(!c.has_value());
        const QStringList p = paths(c.error());
        QVERIFY2(p.contains(QStringLiteral("/version type")), qPrintable(p.join(QLatin1Char('|'))));
        QVERIFY(p.contains(QStringLiteral("/interfaces/wan type")));
        QVERIFY(p.contains(QStringLiteral("/ipv6/enabled type")));
        QVERIFY(p.contains(QStringLiteral("/exits/0/port type")));
    }

    // A rule that reads a malformed field says nothing more: the WAN as a
    // string is one error, not also "eth0 is not one of the WAN interfaces
    // (none is set)"; the same rule still speaks about a well-typed WAN.
    void noErrorFollowsFromAMalformedField()
    {
        const char *doc = R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": %1, "tunnels": ["vpns*"]},
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "exit": "px"}],
            "nat": {"masquerade": %2},
            "exits": %3})";
        const auto errorsOf = [&](const char *wan, const char *masquerade, const char *exits) {
            auto c = fromJson(parse(QString::fromLatin1(doc).arg(QLatin1String(wan), QLatin1String(masquerade), QLatin1String(exits)).toUtf8()));
            return c ? QStringList() : paths(c.error());
        };
        const char *nat = R"([{"source": "10.20.0.0/24", "out": "eth0"}])";
        QStringList p = errorsOf(R"("eth0")", nat, R"({"name": "px"})");
        QCOMPARE(p, (QStringList{QStringLiteral("/interfaces/wan type"), QStringLiteral("/exits type")}));
        p = errorsOf(R"(["eth1"])", R"({"source": "10.20.0.0/24"})", R"([{"name": "px", "table": 120}])");
        QCOMPARE(p, (QStringList{QStringLiteral("/nat/masquerade type")}));
        // Well typed, wrong: each rule still says it.
        p = errorsOf(R"(["eth1"])", nat, R"([{"name": "py", "table": 120}])");
        QVERIFY2(p.contains(QStringLiteral("/nat/masquerade/0/out reference")), qPrintable(p.join(u'|')));
        QVERIFY2(p.contains(QStringLiteral("/pools/0/exit reference")), qPrintable(p.join(u'|')));
    }

    void missingAndNewerVersion()
    {
        auto missing = fromJson(parse(R"({"role": "none"})"));
        QVERIFY(!missing.has_value());
        QVERIFY(paths(missing.error()).contains(QStringLiteral("/version required")));
        auto newer = fromJson(parse(R"({"version": 99})"));
        QVERIFY(!newer.has_value());
        QCOMPARE(newer.error().field, QStringLiteral("/version"));
        QCOMPARE(newer.error().errors.first().code, QStringLiteral("version"));
    }

    void poolNotCoveredByNatNamesBothValues()
    {
        QJsonObject doc = parse(kGateway);
        doc[QStringLiteral("nat")] = parse(R"({"masquerade": [{"source": "10.30.0.0/24", "out": "eth0"}]})");
        auto c = fromJson(doc);
        QVERIFY(!c.has_value());
        QCOMPARE(c.error().errors.size(), 1);
        const FieldError &fe = c.error().errors.first();
        QCOMPARE(fe.path, QStringLiteral("/pools/0/subnet"));
        QCOMPARE(fe.code, QStringLiteral("conflict"));
        QVERIFY(fe.message.contains(QStringLiteral("10.20.0.0/24")));
        QVERIFY(fe.message.contains(QStringLiteral("10.30.0.0/24")));
    }

    void referencesAndDuplicates()
    {
        auto c = fromJson(parse(R"({"version": 1,
            "interfaces": {"wan": ["eth0"], "lan": ["eth0"]},
            "pools": [{"name": "a", "subnet": "10.1.0.0/16", "exit": "nowhere",
                       "users": [{"name": "u", "address": "10.9.0.1"}]},
                      {"name": "a", "subnet": "10.1.2.0/24"}],
            "nat": {"masquerade": [{"source": "10.1.0.5/16", "out": "wan9"}]},
            "exits": [{"name": "e", "type": "socks5"}, {"name": "d", "mark": "0x1", "table": 254}]})"));
        QVERIFY(!c.has_value());
        const QStringList p = paths(c.error());
        for (const char *want : {"/interfaces/lan/0 conflict", "/pools/0/exit reference", "/pools/0/users/0/address conflict",
                                 "/pools/1/name duplicate", "/pools/1/subnet conflict", "/nat/masquerade/0/source format",
                                 "/nat/masquerade/0/out reference", "/exits/0/server required", "/exits/0/port required",
                                 "/exits/1/mark range", "/exits/1/table range"})
            QVERIFY2(p.contains(QLatin1String(want)), qPrintable(QLatin1String(want) + QStringLiteral(" not in ") + p.join(QLatin1Char('|'))));
    }

    // tableBase and tableBase + 99 hold Byway's own routes (the bypass
    // default, the compat capture's): an exit there would collide with them.
    void exitTableOfBywaysOwnRefused()
    {
        for (const char *table : {"2100", "2199", "3099"}) {
            const QByteArray doc = QByteArray(R"({"version": 1, "routing": {"tableBase": )")
                + (QByteArray(table) == "3099" ? "3000" : "2100")
                + R"(}, "exits": [{"name": "x", "mark": "0x10000", "table": )" + table + "}]}";
            auto c = fromJson(parse(doc.constData()));
            QVERIFY2(!c.has_value(), table);
            QCOMPARE(c.error().errors.first().path, QStringLiteral("/exits/0/table"));
            QCOMPARE(c.error().errors.first().id, QStringLiteral("config.exit.table_byway"));
        }
        QVERIFY(fromJson(parse(R"({"version": 1, "exits": [{"name": "x", "mark": "0x10000", "table": 2101}]})")).has_value());
    }

    // Overlaps are reported at the later pool, naming the earliest one it
    // overlaps; nested chains, identical subnets, host bits set, and the two
    // families kept apart.
    void poolOverlapsEveryPairOnce()
    {
        auto c = fromJson(parse(R"({"version": 1,
            "pools": [{"name": "small", "subnet": "10.1.2.0/24"},
                      {"name": "big", "subnet": "10.1.0.0/16"},
                      {"name": "other", "subnet": "10.2.0.0/16"},
                      {"name": "tiny", "subnet": "10.1.2.128/25"},
                      {"name": "same", "subnet": "10.2.0.0/16"},
                      {"name": "v6", "subnet": "fd00::/64"},
                      {"name": "v6b", "subnet": "fd00:0:0:1::/64"},
                      {"name": "hostbits", "subnet": "10.1.9.9/24"}]})"));
        QVERIFY(!c.has_value());
        QStringList got;
        for (const auto &fe : c.error().errors)
            if (fe.code == QLatin1String("conflict"))
                got.append(fe.path + QLatin1Char(' ') + fe.message.section(QLatin1Char('"'), 1, 1));
        // One error per field (fromJson keeps the first): "tiny" also lies
        // in "big", "hostbits" is reported for its host bits first.
        const QStringList want{QStringLiteral("/pools/1/subnet small"), QStringLiteral("/pools/3/subnet small"),
                               QStringLiteral("/pools/4/subnet other")};
        QCOMPARE(got.join(QLatin1Char('|')), want.join(QLatin1Char('|')));
    }

    void bypassRouterTraps()
    {
        auto c = fromJson(parse(R"({"version": 1, "role": "bypass-router",
            "interfaces": {"lan": ["br-lan"], "alternate": "br-lan"},
            "bypass": {"mainRouter": "192.168.20.1", "address": "192.168.10.2/24", "nat": true, "ipv6Secondary": true},
            "nat": {"masquerade": [{"source": "192.168.10.0/24", "out": "eth0"}]}})"));
        QVERIFY(!c.has_value());
        const QStringList p = paths(c.error());
        for (const char *want : {"/interfaces/alternate conflict", "/bypass/mainRouter conflict", "/bypass/nat conflict",
                                 "/nat/masquerade/0/out reference", "/bypass/ipv6Secondary conflict"})
            QVERIFY2(p.contains(QLatin1String(want)), qPrintable(QLatin1String(want) + QStringLiteral(" not in ") + p.join(QLatin1Char('|'))));

        auto good = fromJson(parse(R"({"version": 1, "role": "bypass-router",
            "interfaces": {"lan": ["br-lan"], "alternate": "eth1"},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"}})"));
        QVERIFY2(good.has_value(), why(good).constData());
        QCOMPARE(good->bypass.address.toString(), QStringLiteral("192.168.10.2/24"));

        // Masquerading out of an exit's device (a tunnel to a VPN provider)
        // is not the NAT a bypass router must not do towards the main router.
        auto tunnelNat = fromJson(parse(R"({"version": 1, "role": "bypass-router",
            "interfaces": {"lan": ["br-lan"], "wan": ["wg0"]},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"},
            "nat": {"masquerade": [{"source": "192.168.10.64/26", "out": "wg0"}]}})"));
        QVERIFY2(tunnelNat.has_value(), why(tunnelNat).constData());
        // The exit's device is a place to masquerade out of without being a WAN.
        auto exitNat = fromJson(parse(R"({"version": 1, "role": "bypass-router", "interfaces": {"lan": ["br-lan"]},
            "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24"},
            "pools": [{"name": "kids", "subnet": "192.168.10.64/26", "exit": "prov"}],
            "exits": [{"name": "prov", "type": "direct", "mark": "0x10000", "table": 2150, "device": "wg0"}],
            "nat": {"masquerade": [{"source": "192.168.10.64/26", "out": "wg0"}, {"source": "192.168.10.64/26", "out": "wg1"}]}})"));
        QVERIFY(!exitNat.has_value());
        QCOMPARE(paths(exitNat.error()), QStringList{QStringLiteral("/nat/masquerade/1/out reference")});
        QCOMPARE(exitNat.error().errors.first().message,
                 QStringLiteral("\"wg1\" is neither a WAN interface (none is set) nor an exit's device"));
    }

    void wanSeparatedNeedsSelector()
    {
        auto bad = fromJson(parse(R"({"version": 1, "role": "wan-separated", "interfaces": {"wan": ["eth0"]},
                                      "dns": {"wanResolver": "127.0.0.1", "redirectGroup": "fastd"}})"));
        QVERIFY(!bad.has_value());
        const QStringList p = paths(bad.error());
        QVERIFY(p.contains(QStringLiteral("/exits required")));
        QVERIFY(p.contains(QStringLiteral("/dns/wanResolver format")));
        auto good = fromJson(parse(R"({"version": 1, "role": "wan-separated", "interfaces": {"wan": ["eth0"]},
            "exits": [{"name": "wan", "mark": "0x00010000", "table": 2101}],
            "dns": {"wanResolver": "127.0.0.1:54", "redirectGroup": "fastd"}})"));
        QVERIFY2(good.has_value(), why(good).constData());
        QCOMPARE(good->exits[0].mark, 0x00010000u);
    }

    void captureMarkIsReserved()
    {
        QCOMPARE(captureMark(defaults().routing), 0x00800000u);
        auto c = fromJson(parse(R"({"version": 1, "exits": [{"name": "x", "mark": "0x00800000", "table": 2101}]})"));
        QVERIFY(!c.has_value());
        QVERIFY(paths(c.error()).contains(QStringLiteral("/exits/0/mark range")));
    }

    void captureWorkers()
    {
        // 0 = one per CPU (the default); one TUN queue each, at most 64.
        QCOMPARE(defaults().capture.workers, 0);
        auto two = fromJson(parse(R"({"version": 1, "capture": {"workers": 2}})"));
        QVERIFY2(two.has_value(), why(two).constData());
        QCOMPARE(two->capture.workers, 2);
        QCOMPARE(toJson(*two).value(QStringLiteral("capture")).toObject().value(QStringLiteral("workers")).toInt(), 2);
        for (const char *bad : {R"({"version": 1, "capture": {"workers": 65}})", R"({"version": 1, "capture": {"workers": -1}})"}) {
            auto c = fromJson(parse(bad));
            QVERIFY(!c.has_value());
            QVERIFY2(paths(c.error()).contains(QStringLiteral("/capture/workers range")), bad);
        }
    }

    void captureReceiveSteering()
    {
        // On unless turned off; written back either way.
        QVERIFY(defaults().capture.receiveSteering);
        auto off = fromJson(parse(R"({"version": 1, "capture": {"receiveSteering": false}})"));
        QVERIFY2(off.has_value(), why(off).constData());
        QVERIFY(!off->capture.receiveSteering);
        QCOMPARE(toJson(*off).value(QStringLiteral("capture")).toObject().value(QStringLiteral("receiveSteering")), QJsonValue(false));
        auto bad = fromJson(parse(R"({"version": 1, "capture": {"receiveSteering": "yes"}})"));
        QVERIFY(!bad.has_value());
        QVERIFY(paths(bad.error()).contains(QStringLiteral("/capture/receiveSteering type")));
    }

    void interfaceNamesAndPatterns()
    {
        auto c = fromJson(parse(R"({"version": 1, "interfaces": {"wan": ["this-name-is-too-long"], "lan": ["a/b"],
                                    "tunnels": ["*", "vpns*", "ppp"]}, "capture": {"packetInterfaces": ["ike*c"]}})"));
        QVERIFY(!c.has_value());
        const QStringList p = paths(c.error());
        QVERIFY(p.contains(QStringLiteral("/interfaces/wan/0 format")));
        QVERIFY(p.contains(QStringLiteral("/interfaces/lan/0 format")));
        QVERIFY(p.contains(QStringLiteral("/interfaces/tunnels/0 format")));
        QVERIFY(!p.contains(QStringLiteral("/interfaces/tunnels/1 format")));
        QVERIFY(p.contains(QStringLiteral("/capture/packetInterfaces/0 format")));
    }

    // A tunnels pattern that also takes in a WAN, LAN or alternate interface
    // ("wan*" beside wan0) is refused at that pattern; one that does not is not.
    void tunnelPatternTakingAnotherRole()
    {
        auto c = fromJson(parse(R"({"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["wan0"], "lan": ["br-lan"], "tunnels": ["wan*", "vpns*", "br-lan"]},
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24"}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "wan0"}]}})"));
        QVERIFY(!c.has_value());
        const QStringList p = paths(c.error());
        QCOMPARE(p, (QStringList{QStringLiteral("/interfaces/tunnels/0 conflict"), QStringLiteral("/interfaces/tunnels/2 conflict")}));
        QVERIFY2(c.error().errors.first().message.contains(u"wan0"), qPrintable(c.error().errors.first().message));
    }

    // The subnet's network or broadcast address is no host: not the main
    // router, not this box (a /31 or /32 has no such addresses).
    void bypassAddressesAreHosts()
    {
        const auto bypass = [](const char *mainRouter, const char *address) {
            return fromJson(parse(QStringLiteral(R"({"version": 1, "role": "bypass-router", "interfaces": {"lan": ["lan0"]},
                "bypass": {"mainRouter": "%1", "address": "%2"}})").arg(QLatin1String(mainRouter), QLatin1String(address)).toUtf8().constData()));
        };
        auto c = bypass("192.168.10.255", "192.168.10.2/24");
        QVERIFY(!c);
        QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/bypass/mainRouter conflict")});
        QVERIFY2(c.error().errors.first().message.contains(u"192.168.10.0/24"), qPrintable(c.error().errors.first().message));
        c = bypass("192.168.10.1", "192.168.10.0/24");
        QVERIFY(!c);
        QVERIFY(paths(c.error()).contains(QStringLiteral("/bypass/address conflict")));
        QVERIFY2(bypass("192.168.10.1", "192.168.10.2/24"), qPrintable(why(bypass("192.168.10.1", "192.168.10.2/24"))));
        QVERIFY(bypass("10.0.0.0", "10.0.0.1/31"));
        // IPv4 only: the bypass table routes IPv4 to the main router.
        c = bypass("fd00:20::1", "fd00:20::2/64");
        QVERIFY(!c);
        QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/bypass/address format")});
        QCOMPARE(c.error().errors.first().id, QStringLiteral("config.bypass.ipv4_only"));
        // Nor a pool user.
        auto g = fromJson(parse(R"({"version": 1, "role": "vpn-gateway", "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "users": [{"name": "a", "address": "10.20.0.0"},
                                                                          {"name": "b", "address": "10.20.0.255"},
                                                                          {"name": "c", "address": "10.20.0.1"}]}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "eth0"}]}})"));
        QVERIFY(!g);
        QCOMPARE(paths(g.error()), (QStringList{QStringLiteral("/pools/0/users/0/address conflict"), QStringLiteral("/pools/0/users/1/address conflict")}));
    }

    // Two direct exits on one mark: refused when they leave different ways
    // (the mark's one rule would take both), not when they are one route.
    void exitsSharingAMark()
    {
        auto c = fromJson(parse(R"({"version": 1, "exits": [
            {"name": "a", "type": "direct", "mark": "0x10000", "table": 120},
            {"name": "b", "type": "direct", "mark": "0x10000", "table": 121},
            {"name": "c", "type": "direct", "mark": "0x10000", "table": 120},
            {"name": "d", "type": "direct", "mark": "0x20000", "table": 120},
            {"name": "e", "type": "direct", "mark": "0x40000", "table": 120, "device": "wg1"}]})"));
        QVERIFY(!c);
        // A table holds one way out: d shares a's (same device), e does not.
        QCOMPARE(paths(c.error()), (QStringList{QStringLiteral("/exits/1/mark conflict"), QStringLiteral("/exits/4/table conflict")}));
        QVERIFY2(c.error().errors.first().message.contains(u"exit a's"), qPrintable(c.error().errors.first().message));
        QCOMPARE(c.error().errors.last().id, QStringLiteral("config.exit.table_shared"));
    }

    // A socks5 exit's server is an address the capture can connect to (it
    // resolves no names), and the fields that route a direct exit are refused
    // on it rather than ignored; its mark (of the connections) is not.
    void socksExitServerAndFields()
    {
        const auto socks = [](const char *fields) {
            return fromJson(parse(QStringLiteral(R"({"version": 1, "exits": [{"name": "s", "type": "socks5", "port": 1080, %1}]})")
                                      .arg(QLatin1String(fields)).toUtf8().constData()));
        };
        for (const char *ok : {R"("server": "192.0.2.10")", R"("server": "2001:db8::1")", R"("server": "127.0.0.1")",
                               R"("server": "192.0.2.10", "mark": "0x10000")"})
            QVERIFY2(socks(ok), qPrintable(why(socks(ok))));
        for (const char *bad : {"proxy.example", "0.0.0.0", "::", "255.255.255.255", "239.1.1.1", "ff02::1", "1.2.3", " 192.0.2.1"}) {
            const auto c = socks(qPrintable(QStringLiteral(R"("server": "%1")").arg(QLatin1String(bad))));
            QVERIFY2(!c, bad);
            QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/exits/0/server format")});
        }
        // fe80:: names no host without an interface; 169.254/16 is routed.
        QCOMPARE(paths(socks(R"("server": "fe80::1")").error()), QStringList{QStringLiteral("/exits/0/server range")});
        QVERIFY(socks(R"("server": "169.254.10.1")"));
        auto c = socks(R"("server": "192.0.2.10", "table": 120)");
        QVERIFY(!c);
        QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/exits/0/table conflict")});
        c = socks(R"("server": "192.0.2.10", "device": "wan0")");
        QVERIFY(!c);
        QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/exits/0/device conflict")});
        // A direct exit through lo or the capture's TUN goes nowhere.
        for (const char *dev : {"lo", "byway0"}) {
            c = fromJson(parse(qPrintable(QStringLiteral(R"({"version": 1, "exits": [{"name": "d", "type": "direct", "device": "%1"}]})")
                                              .arg(QLatin1String(dev)))));
            QVERIFY2(!c, dev);
            QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/exits/0/device conflict")});
        }
        QVERIFY(fromJson(parse(R"({"version": 1, "exits": [{"name": "d", "type": "direct", "device": "wg0"}]})")));
    }

    // Names that would be taken for another thing: an exit "main" (the
    // capture's name for no exit), the capture's TUN under a tunnels or
    // packet pattern or as the alternate port, a masquerade rule twice.
    void namesTakenForAnother()
    {
        auto c = fromJson(parse(R"({"version": 1, "exits": [{"name": "main", "type": "direct"}]})"));
        QVERIFY(!c);
        QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/exits/0/name conflict")});
        const auto gateway = [](const char *tun, const char *packet, const char *masquerade) {
            return fromJson(parse(QStringLiteral(R"({"version": 1, "role": "vpn-gateway",
                "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"], "alternate": "alt0"},
                "capture": {"tun": "%1", "packetInterfaces": [%2]}, "pools": [{"name": "vpn", "subnet": "10.20.0.0/24"}],
                "nat": {"masquerade": [%3]}})").arg(QLatin1String(tun), QLatin1String(packet), QLatin1String(masquerade))
                                      .toUtf8().constData()));
        };
        const char *one = R"({"source": "10.20.0.0/24", "out": "wan0"})";
        QVERIFY2(gateway("byway0", R"("ikec*")", one), qPrintable(why(gateway("byway0", R"("ikec*")", one))));
        for (const char *tun : {"vpns9", "ikec0", "alt0"}) {
            c = gateway(tun, R"("ikec*")", one);
            QVERIFY2(!c, tun);
            QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/capture/tun conflict")});
        }
        c = gateway("byway0", "", qPrintable(QStringLiteral("%1, %1").arg(QLatin1String(one))));
        QVERIFY(!c);
        QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/nat/masquerade/1 duplicate")});
    }

    // Addresses that are no host out there: pools of them are never routed
    // to clients, an egress probe of them proves nothing, no resolver has them.
    void addressesThatAreNoHostOutThere()
    {
        const auto gateway = [](const char *subnet, const char *target, const char *resolver) {
            return fromJson(parse(QStringLiteral(R"({"version": 1, "role": "vpn-gateway",
                "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]}, "pools": [{"name": "vpn", "subnet": "%1"}],
                "ipv6": {"enabled": true, "egressTargets": ["%2"]}, "dns": {"wanResolver": "%3"},
                "nat": {"masquerade": [{"source": "%1", "out": "wan0"}]}})").arg(QLatin1String(subnet), QLatin1String(target),
                                                                                QLatin1String(resolver)).toUtf8().constData()));
        };
        const char *target = "[2001:db8::1]:443";
        for (const char *ok : {"10.20.0.0/24", "fd00:20::/64", "100.64.0.0/10"})
            QVERIFY2(gateway(ok, target, "127.0.0.1:54"), qPrintable(why(gateway(ok, target, "127.0.0.1:54"))));
        for (const char *bad : {"127.0.0.0/8", "169.254.0.0/16", "224.0.0.0/24", "0.0.0.0/0", "fe80::/64", "ff00::/8", "::/0"}) {
            const auto c = gateway(bad, target, "127.0.0.1:54");
            QVERIFY2(!c, bad);
            QVERIFY2(paths(c.error()).contains(QStringLiteral("/pools/0/subnet range")), qPrintable(paths(c.error()).join(u';')));
        }
        for (const char *bad : {"[::1]:443", "[::]:443", "[ff02::1]:443", "[fe80::1]:443"}) {
            const auto c = gateway("10.20.0.0/24", bad, "127.0.0.1:54");
            QVERIFY2(!c, bad);
            QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/ipv6/egressTargets/0 range")});
        }
        for (const char *bad : {"0.0.0.0:53", "[::]:53", "255.255.255.255:53", "224.0.0.251:5353"}) {
            const auto c = gateway("10.20.0.0/24", target, bad);
            QVERIFY2(!c, bad);
            QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/dns/wanResolver range")});
        }
    }

    void secretsRedacted()
    {
        auto c = fromJson(parse(R"({"version": 1, "exits": [{"name": "p", "type": "socks5", "server": "10.0.0.9",
                                    "port": 1080, "username": "u", "password": "hunter2"}]})"));
        QVERIFY2(c.has_value(), why(c).constData());
        const QByteArray open = QJsonDocument(toJson(*c)).toJson();
        const QByteArray redacted = QJsonDocument(toJson(*c, true)).toJson();
        QVERIFY(open.contains("hunter2"));
        QVERIFY(!redacted.contains("hunter2"));
    }

    void prefixMath()
    {
        const auto p16 = *Prefix::parse(QStringLiteral("10.20.0.0/16"));
        QVERIFY(p16.covers(*Prefix::parse(QStringLiteral("10.20.3.0/24"))));
        QVERIFY(!p16.covers(*Prefix::parse(QStringLiteral("10.0.0.0/8"))));
        QVERIFY(!p16.covers(*Prefix::parse(QStringLiteral("fd00::/64"))));
        QCOMPARE(networkOf(*Prefix::parse(QStringLiteral("fd00:1:2:3::9/48"))).toString(), QStringLiteral("fd00:1:2::/48"));
        QVERIFY(!Prefix::parse(QStringLiteral("10.0.0.0/+8")));
        QVERIFY(!Prefix::parse(QStringLiteral("10.0.0.0")));
        QVERIFY(!Prefix::parse(QStringLiteral("fe80::1%eth0/64")));
        // Only inet_pton's forms: inet_aton's name other hosts (10.20.0.8,
        // 10.20.0.5, 10.0.0.20) than the text seems to.
        for (const char *other : {"10.20.0.010", "10.20.5", "0x0a.20.0.5", "169082885", "10.20", " 10.20.0.5", "10.20.0.5 "}) {
            QVERIFY2(!parseAddress(QString::fromLatin1(other)), other);
            QVERIFY2(!Prefix::parse(QString::fromLatin1(other) + QStringLiteral("/32")), other);
        }
        QCOMPARE(parseAddress(QStringLiteral("10.20.0.5"))->toString(), QStringLiteral("10.20.0.5"));
        QCOMPARE(parseAddress(QStringLiteral("::ffff:10.20.0.5"))->protocol(), QAbstractSocket::IPv6Protocol);
        auto c = fromJson(parse(R"({"version": 1, "role": "vpn-gateway", "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
            "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "users": [{"name": "a", "address": "10.20.0.010"}]}],
            "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "eth0"}]}})"));
        QVERIFY(!c);
        QCOMPARE(paths(c.error()), QStringList{QStringLiteral("/pools/0/users/0/address format")});
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
