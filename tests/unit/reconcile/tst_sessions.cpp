// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions: session.add's checks, the exit a session takes, the table's
// refresh / remove / expiry / persistence, and what they add to the desired
// kernel state.
#include "reconcile/desired.h"
#include "reconcile/ruleids.h"
#include "reconcile/session.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace byway;
using namespace byway::reconcile;

namespace {

config::Config gateway()
{
    auto c = config::fromJson(QJsonDocument::fromJson(R"({"version": 1, "role": "vpn-gateway",
        "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
        "exits": [{"name": "marked", "mark": "0x00010000", "table": 2101, "device": "eth1"},
                  {"name": "tableonly", "table": 2102, "device": "eth2"},
                  {"name": "pooled", "mark": "0x00020000", "table": 2103, "device": "eth3"}],
        "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "exit": "pooled",
                   "users": [{"name": "alice", "address": "10.20.0.50", "exit": "marked"}]},
                  {"name": "plain", "subnet": "10.30.0.0/24"}],
        "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "eth0"}, {"source": "10.30.0.0/24", "out": "eth0"}]}})").object());
    if (!c)
        qFatal("test config invalid: %s", qPrintable(c.error().toString()));
    return *c;
}

SessionRequest request(const char *user, const char *address, const char *exit = "")
{
    SessionRequest r;
    r.user = QLatin1String(user);
    r.address = QLatin1String(address);
    r.interface = QStringLiteral("vpns0");
    r.exit = QLatin1String(exit);
    r.server = QStringLiteral("uid 0");
    return r;
}

Session session(const char *user, const char *address, const char *exit = "", qint64 ttl = 3600)
{
    SessionRequest r = request(user, address, exit);
    r.ttlSec = ttl;
    auto s = makeSession(r, gateway(), QDateTime::currentDateTimeUtc());
    if (!s)
        qFatal("session invalid: %s", qPrintable(s.error().toString()));
    return *s;
}

QStringList paths(const Error &e)
{
    QStringList out;
    for (const FieldError &f : e.errors)
        out << f.path + QLatin1Char(' ') + f.id;
    return out;
}

const nft::Rule *markRule(const Desired &d, const QString &id)
{
    for (const nft::Chain &c : d.table->chains)
        for (const nft::Rule &r : c.rules)
            if (r.id == id)
                return &r;
    return nullptr;
}

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation()
    {
        const config::Config c = gateway();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(makeSession(request("bob", "10.20.0.7"), c, now).has_value());

        SessionRequest bad = request("", "10.99.0.1", "nope");
        bad.interface = QStringLiteral("bad/name");
        bad.ttlSec = 0;
        auto r = makeSession(bad, c, now);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::InvalidParams);
        QCOMPARE(paths(r.error()), (QStringList{QStringLiteral("/user session.user.missing"),
                                                QStringLiteral("/address session.address.outside_pools"),
                                                QStringLiteral("/interface session.interface.invalid"),
                                                QStringLiteral("/exit session.exit.unknown"),
                                                QStringLiteral("/ttlSec session.ttl.range")}));
        QVERIFY(r.error().errors[1].message.contains(QStringLiteral("10.20.0.0/24")));

        // The pool's network and broadcast addresses are no client's.
        for (const char *edge : {"10.20.0.0", "10.20.0.255"}) {
            auto e = makeSession(request("bob", edge), c, now);
            QVERIFY(!e);
            QCOMPARE(paths(e.error()), QStringList{QStringLiteral("/address config.address.not_a_host")});
        }

        auto notIp = makeSession(request("bob", "10.20.0.x"), c, now);
        QVERIFY(!notIp);
        QCOMPARE(notIp.error().field, QStringLiteral("/address"));
        // inet_aton's forms name another host than the one written: 10.20.0.8, 10.20.0.5.
        for (const char *other : {"10.20.0.010", "10.20.5", "10.20.0.0x5", "169082885"}) {
            auto e = makeSession(request("bob", other), c, now);
            QVERIFY2(!e, other);
            QCOMPARE(e.error().field, QStringLiteral("/address"));
        }

        // capture.session's old form names no interface.
        SessionRequest old = request("bob", "10.20.0.7");
        old.interface.clear();
        QVERIFY(!makeSession(old, c, now));
        old.interfaceRequired = false;
        QVERIFY(makeSession(old, c, now).has_value());

        QVERIFY(validInterfaceName(QStringLiteral("ppp0")));
        QVERIFY(validInterfaceName(QStringLiteral("vpns123456789ab")));
        QVERIFY(!validInterfaceName(QStringLiteral("vpns123456789abc")));
        QVERIFY(!validInterfaceName(QStringLiteral("..")));
        QVERIFY(!validInterfaceName(QStringLiteral("a b")));
        QVERIFY(!validInterfaceName(QStringLiteral("a:1")));
    }

    void effectiveExitOrder()
    {
        const config::Config c = gateway();
        QCOMPARE(effectiveExit(session("bob", "10.20.0.7", "tableonly"), c).from, QStringLiteral("session"));
        // alice's exit in the config follows her to whatever address she gets.
        const SessionExit alice = effectiveExit(session("alice", "10.20.0.9"), c);
        QCOMPARE(alice.name, QStringLiteral("marked"));
        QCOMPARE(alice.from, QStringLiteral("user"));
        const SessionExit bob = effectiveExit(session("bob", "10.20.0.7"), c);
        QCOMPARE(bob.name, QStringLiteral("pooled"));
        QCOMPARE(bob.from, QStringLiteral("pool"));
        QCOMPARE(effectiveExit(session("bob", "10.30.0.7"), c).from, QStringLiteral("main"));
    }

    void tableRefreshRemoveExpire()
    {
        SessionTable t;
        Session a = session("alice", "10.20.0.9");
        a.since = a.since.addSecs(-100);
        QVERIFY(!t.put(a));
        QVERIFY(!t.put(session("bob", "10.20.0.7")));
        QVERIFY(!t.put(session("bob", "10.30.0.7")));
        QCOMPARE(t.all().first().address.toString(), QStringLiteral("10.20.0.7")); // sorted by address

        // A re-assert keeps `since`, moves the expiry; the mapping is the same.
        Session again = session("alice", "10.20.0.9", "", 7200);
        const std::optional<Session> before = t.put(again);
        QVERIFY(before);
        QVERIFY(SessionTable::sameMapping(*before, again));
        QCOMPARE(t.all()[1].since, a.since);
        QCOMPARE(t.all()[1].expires, again.expires);
        // Another user on that address: a new session.
        const std::optional<Session> replaced = t.put(session("carol", "10.20.0.9"));
        QVERIFY(replaced && !SessionTable::sameMapping(*replaced, session("carol", "10.20.0.9")));
        t.restore(QHostAddress(QStringLiteral("10.20.0.9")), replaced);
        QCOMPARE(t.all()[1].user, QStringLiteral("alice"));

        QCOMPARE(t.removeUser(QStringLiteral("bob")).size(), 2);
        QCOMPARE(t.all().size(), 1);
        QCOMPARE(t.removeAddress(QHostAddress(QStringLiteral("10.20.0.1"))).size(), 0);

        QVERIFY(!t.put(session("dave", "10.20.0.20", "", 5)));
        QCOMPARE(*t.nextExpiry(), t.all().last().expires);
        QVERIFY(t.expire(QDateTime::currentDateTimeUtc()).isEmpty());
        const QList<Session> gone = t.expire(QDateTime::currentDateTimeUtc().addSecs(10));
        QCOMPARE(gone.size(), 1);
        QCOMPARE(gone.first().user, QStringLiteral("dave"));
    }

    void persistence()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sessions.json"));
        {
            SessionTable t(path);
            QVERIFY(!t.put(session("alice", "10.20.0.9", "tableonly")));
            QVERIFY(!t.put(session("bob", "10.20.0.7", "", 60)));
            QVERIFY(t.save().has_value());
        }
        SessionTable back(path);
        auto dropped = back.load(QDateTime::currentDateTimeUtc());
        QVERIFY(dropped.has_value());
        QCOMPARE(*dropped, 0);
        QCOMPARE(back.all().size(), 2);
        QCOMPARE(back.all().last().exit, QStringLiteral("tableonly"));
        QCOMPARE(back.all().last().interface, QStringLiteral("vpns0"));
        // Down for longer than bob's session lived: it is gone after the restart.
        SessionTable later(path);
        QCOMPARE(*later.load(QDateTime::currentDateTimeUtc().addSecs(120)), 1);
        QCOMPARE(later.all().size(), 1);
        QCOMPARE(later.all().first().user, QStringLiteral("alice"));
        // No file yet: nothing, no error.
        SessionTable none(dir.filePath(QStringLiteral("missing.json")));
        QCOMPARE(*none.load(QDateTime::currentDateTimeUtc()), 0);
    }

    void desiredRules()
    {
        const config::Config c = gateway();
        Environment env;
        env.sessions = {session("alice", "10.20.0.9"), session("bob", "10.20.0.7", "tableonly"),
                        session("carol", "10.30.0.3")};
        auto d = desiredState(c, env);
        QVERIFY(d.has_value());
        // alice: her exit's mark, after the pool's and the config users' rules.
        const nft::Rule *alice = markRule(*d, ruleid::markSession(QStringLiteral("10.20.0.9")));
        QVERIFY(alice);
        QCOMPARE(alice->statement.value, 0x00010000u);
        // bob: a table-only exit clears the pool's mark, and a source rule sends it to the table.
        const nft::Rule *bob = markRule(*d, ruleid::markSession(QStringLiteral("10.20.0.7")));
        QVERIFY(bob);
        QCOMPARE(bob->statement.value, 0u);
        QCOMPARE(bob->statement.mask, c.routing.markMask);
        QStringList rules;
        for (const route::RuleSpec &r : d->routing.rules)
            rules << r.normalized().toIpText();
        const QString text = rules.join(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("from 10.20.0.7/32 priority 21250 lookup 2102")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("from 10.30.0.3/32 priority 21250 lookup 254")), qPrintable(text)); // main
        QVERIFY2(!text.contains(QStringLiteral("from 10.20.0.9")), qPrintable(text));        // marked: fwmark rule
        QVERIFY2(text.contains(QStringLiteral("priority 21250")), qPrintable(text));

        // The mark rules come after the pool's, so the session's set wins.
        QStringList order;
        for (const nft::Chain &ch : d->table->chains)
            if (ch.name == QLatin1String("mark_prerouting"))
                for (const nft::Rule &r : ch.rules)
                    order << r.id;
        QVERIFY(order.indexOf(QStringLiteral("mark.pool:vpn")) < order.indexOf(QStringLiteral("mark.session:10.20.0.7")));
        QVERIFY(order.indexOf(QStringLiteral("mark.user:alice")) < order.indexOf(QStringLiteral("mark.session:10.20.0.9")));

        // With the compat capture the sessions are its user map: no kernel rule.
        env.captureTun = QStringLiteral("byway0");
        auto compat = desiredState(c, env);
        QVERIFY(compat.has_value());
        QVERIFY(!markRule(*compat, ruleid::markSession(QStringLiteral("10.20.0.9"))));
        for (const route::RuleSpec &r : compat->routing.rules)
            QVERIFY(r.priority != c.routing.priorityBase + 250);

        // No sessions: exactly what the config alone gives.
        Environment none;
        auto plain = desiredState(c, none);
        env.captureTun.clear();
        env.sessions.clear();
        QCOMPARE(desiredState(c, env)->table, plain->table);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
