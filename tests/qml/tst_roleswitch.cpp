// SPDX-License-Identifier: GPL-3.0-or-later
// The role-switch trap, through the Configuration page's model against a
// real bywayd (netns_run.py: a namespace with lan0). Values entered for one
// role stay in the form when the role changes, but only the selected role's
// reach bywayd: switching bypass-router ↔ vpn-gateway with values for each
// applies cleanly both ways. And a problem bywayd reports leads to its field:
// the function the page's "Show" button calls focuses the field and section.
#include "labclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace byway;
using namespace byway::qml;
using namespace byway::qml::testing;

class TestRoleSwitch : public QObject
{
    Q_OBJECT

    HelperConnection *m_conn = nullptr;
    ConfigModel *m_model = nullptr;

    void enterBypass()
    {
        m_model->setRole(QStringLiteral("bypass-router"));
        m_model->setField(QStringLiteral("/interfaces/lan"), QStringLiteral("list"), QStringLiteral("lan0"));
        m_model->setField(QStringLiteral("/bypass/mainRouter"), QStringLiteral("string"), QStringLiteral("192.168.10.1"));
        m_model->setField(QStringLiteral("/bypass/address"), QStringLiteral("string"), QStringLiteral("192.168.10.2/24"));
        m_model->setField(QStringLiteral("/bypass/dhcp"), QStringLiteral("string"), QStringLiteral("main"));
    }

    // The WAN is lan0 too: under the bypass role it is the LAN, a value the
    // gateway's form hides and bywayd refuses as "both WAN and LAN".
    void enterGateway()
    {
        m_model->setRole(QStringLiteral("vpn-gateway"));
        m_model->setField(QStringLiteral("/interfaces/wan"), QStringLiteral("list"), QStringLiteral("lan0"));
        m_model->setField(QStringLiteral("/interfaces/tunnels"), QStringLiteral("list"), QStringLiteral("vpns*"));
        if (m_model->poolCount() == 0)
            m_model->addPool();
        m_model->setField(QStringLiteral("/pools/0/subnet"), QStringLiteral("string"), QStringLiteral("10.20.0.0/24"));
        m_model->setField(QStringLiteral("/nat/masquerade"), QStringLiteral("masquerade"), QStringLiteral("10.20.0.0/24 lan0"));
    }

    void settle()
    {
        // The debounced config.validate of the last edit, and its answer.
        QTest::qWait(ConfigModel::kValidateDelayMs + 100);
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->validating(), 10000);
    }

    void applyNow()
    {
        QString why;
        QVERIFY2(applyAndWait(*m_model, &why), qPrintable(why));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BYWAY_SOCKET"), "run through netns_run.py");
        QVERIFY(connectConfigModel(this, m_conn, m_model));
    }

    void switchBackAndForthThenApply()
    {
        enterBypass();
        enterGateway();
        // Back and forth: each role's values are still in the form.
        m_model->setRole(QStringLiteral("bypass-router"));
        QCOMPARE(m_model->fieldText(QStringLiteral("/bypass/mainRouter"), QStringLiteral("string")), QStringLiteral("192.168.10.1"));
        m_model->setRole(QStringLiteral("vpn-gateway"));
        QCOMPARE(m_model->fieldText(QStringLiteral("/pools/0/subnet"), QStringLiteral("string")), QStringLiteral("10.20.0.0/24"));
        settle();
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        applyNow();
        QJsonObject running = runningConfig();
        QCOMPARE(running.value(u"role").toString(), QStringLiteral("vpn-gateway"));
        // bywayd stores the document with its defaults: the bypass values are gone.
        QVERIFY2(running.value(u"bypass").toObject().value(u"mainRouter").toString().isEmpty(),
                 qPrintable(QJsonDocument(running).toJson(QJsonDocument::Compact)));
        QVERIFY(running.value(u"interfaces").toObject().value(u"lan").toArray().isEmpty());
        QCOMPARE(running.value(u"pools").toArray().size(), 1);

        // And back: pools and NAT are a bypass router's too (its clients
        // out of an exit's device), so they come along, and the gateway's
        // masquerade out of its WAN, here the bypass router's LAN, is refused
        // at its field until it is removed. The gateway's tunnels stay out.
        enterBypass();
        settle();
        QCOMPARE(m_model->fieldError(QStringLiteral("/nat/masquerade")).value(QStringLiteral("id")).toString(),
                 QStringLiteral("config.nat.out_no_wan"));
        m_model->setField(QStringLiteral("/nat/masquerade"), QStringLiteral("masquerade"), QString());
        settle();
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        applyNow();
        running = runningConfig();
        QCOMPARE(running.value(u"role").toString(), QStringLiteral("bypass-router"));
        QVERIFY2(running.value(u"nat").toObject().value(u"masquerade").toArray().isEmpty(),
                 qPrintable(QJsonDocument(running).toJson(QJsonDocument::Compact)));
        QCOMPARE(running.value(u"pools").toArray().size(), 1);
        QVERIFY(running.value(u"interfaces").toObject().value(u"tunnels").toArray().isEmpty());
        QCOMPARE(running.value(u"interfaces").toObject().value(u"lan").toArray(), QJsonArray{QStringLiteral("lan0")});
        QVERIFY(!m_model->dirty()); // the form shows what bywayd stores

        // Once more to the gateway, values entered again, and it applies.
        enterGateway();
        settle();
        QVERIFY2(m_model->errorCount() == 0, qPrintable(describe(*m_model)));
        applyNow();
        QCOMPARE(runningConfig().value(u"role").toString(), QStringLiteral("vpn-gateway"));
    }

    // A refused Plan lists every problem in bywayd's words with its place,
    // and "Show" (ConfigModel::showProblem, the page's button) focuses the field.
    void problemLeadsToItsField()
    {
        m_model->setRole(QStringLiteral("vpn-gateway"));
        m_model->setField(QStringLiteral("/pools/0/subnet"), QStringLiteral("string"), QStringLiteral("10.20.0.1/24"));
        settle();
        m_model->plan();
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->planning(), 10000);
        QCOMPARE(m_model->errorCode(), QStringLiteral("validation_failed"));
        const QVariantList problems = m_model->problems();
        QVERIFY2(!problems.isEmpty(), qPrintable(describe(*m_model)));
        QVariantMap hostBits;
        for (const QVariant &p : problems)
            if (p.toMap().value(QStringLiteral("path")).toString() == u"/pools/0/subnet")
                hostBits = p.toMap();
        QVERIFY2(!hostBits.isEmpty(), qPrintable(describe(*m_model)));
        QCOMPARE(hostBits.value(QStringLiteral("id")).toString(), QStringLiteral("config.prefix.host_bits"));
        QCOMPARE(hostBits.value(QStringLiteral("field")).toString(), QStringLiteral("/pools/0/subnet"));
        QCOMPARE(hostBits.value(QStringLiteral("section")).toString(), QStringLiteral("pools"));

        QSignalSpy focus(m_model, &ConfigModel::focusRequested);
        QVERIFY(m_model->showProblem(hostBits.value(QStringLiteral("path")).toString()));
        QCOMPARE(focus.size(), 1);
        QCOMPARE(m_model->focusField(), QStringLiteral("/pools/0/subnet"));
        QCOMPARE(m_model->focusSection(), QStringLiteral("pools"));

        // A requirement of the role with no field of its own goes to its section.
        m_model->removePool(0);
        settle();
        QVariantMap pools;
        for (const QVariant &p : m_model->problems())
            if (p.toMap().value(QStringLiteral("path")).toString() == u"/pools")
                pools = p.toMap();
        QVERIFY2(!pools.isEmpty(), qPrintable(describe(*m_model)));
        QVERIFY(m_model->showProblem(QStringLiteral("/pools")));
        QCOMPARE(m_model->focusField(), QString());
        QCOMPARE(m_model->focusSection(), QStringLiteral("pools"));
        m_model->discard();
    }
};

QTEST_MAIN(TestRoleSwitch)
#include "tst_roleswitch.moc"
