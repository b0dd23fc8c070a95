// SPDX-License-Identifier: GPL-3.0-or-later
// Commit-confirm end to end, through the GUI's models against a real bywayd
// (netns_run.py: a network namespace of its own). Apply with a deadline:
// the fresh connection is checked, the Keep countdown runs, Keep confirms
// (config.confirm) and the config stays; Revert, and a deadline nobody
// answers, bring the previous config back, in the config and the history.
#include "confighistorymodel.h"
#include "labclient.h"
#include "language.h"
#include "statusmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <unistd.h>

using namespace byway;
using namespace byway::qml;
using namespace byway::qml::testing;

namespace {

QJsonObject history()
{
    return askBywayd(QStringLiteral("config.history"), {{QStringLiteral("limit"), 5}});
}

QJsonValue statusPending()
{
    return askBywayd(QStringLiteral("status.get")).value(u"pending");
}

QString lastAction()
{
    return history().value(u"entries").toArray().first().toObject().value(u"action").toString();
}

} // namespace

class TestCommitConfirm : public QObject
{
    Q_OBJECT

    HelperConnection *m_conn = nullptr;
    ConfigModel *m_model = nullptr;

    // Edits the bypass config (the DHCP owner) and applies it with a deadline.
    void applyWithDeadline(const QString &dhcp, int seconds)
    {
        m_model->setRole(QStringLiteral("bypass-router"));
        m_model->setField(QStringLiteral("/interfaces/lan"), QStringLiteral("list"), QStringLiteral("lan0"));
        m_model->setField(QStringLiteral("/bypass/mainRouter"), QStringLiteral("string"), QStringLiteral("192.168.10.1"));
        m_model->setField(QStringLiteral("/bypass/address"), QStringLiteral("string"), QStringLiteral("192.168.10.2/24"));
        m_model->setField(QStringLiteral("/bypass/dhcp"), QStringLiteral("string"), dhcp);
        QVERIFY(m_model->dirty());
        m_model->setConfirmSeconds(seconds);
        m_model->apply();
        // Applied, then proven reachable over a fresh connection: Keep is offered.
        QTRY_COMPARE_WITH_TIMEOUT(m_model->applyState(), ConfigModel::AwaitingDecision, 20000);
        QVERIFY(!history().value(u"pending").toObject().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("BYWAY_SOCKET"), "run through netns_run.py");
        QVERIFY(connectConfigModel(this, m_conn, m_model));
    }

    void keepConfirms()
    {
        qint64 before = 0;
        runningConfig(&before);
        applyWithDeadline(QStringLiteral("main"), 60);
        // The countdown runs.
        const int first = m_model->secondsLeft();
        QVERIFY2(first > 50 && first <= 60, qPrintable(QString::number(first)));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->secondsLeft() < first, 3000);
        m_model->keep();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->applyState(), ConfigModel::Applied, 10000);
        qint64 after = 0;
        const QJsonObject running = runningConfig(&after);
        QVERIFY(after > before);
        QCOMPARE(running.value(u"role").toString(), QStringLiteral("bypass-router"));
        QCOMPARE(running.value(u"bypass").toObject().value(u"dhcp").toString(), QStringLiteral("main"));
        QVERIFY(history().value(u"pending").toObject().isEmpty()); // confirmed: nothing waits
        // And it stays past the deadline it had: nothing reverts a kept config.
        QVERIFY(!m_model->dirty());
    }

    void revertRestoresThePrevious()
    {
        const QJsonObject kept = runningConfig();
        applyWithDeadline(QStringLiteral("none"), 60);
        QCOMPARE(runningConfig().value(u"bypass").toObject().value(u"dhcp").toString(), QStringLiteral("none"));
        m_model->revert();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->applyState(), ConfigModel::Reverted, 10000);
        QCOMPARE(runningConfig(), kept);
        QCOMPARE(lastAction(), QStringLiteral("rollback"));
        QVERIFY(history().value(u"pending").toObject().isEmpty());
        // The form shows the config that runs again.
        QTRY_COMPARE_WITH_TIMEOUT(m_model->fieldText(QStringLiteral("/bypass/dhcp"), QStringLiteral("string")),
                                  QStringLiteral("main"), 5000);
        QVERIFY(!m_model->dirty());
    }

    void unansweredDeadlineReverts()
    {
        const QJsonObject kept = runningConfig();
        applyWithDeadline(QStringLiteral("side"), 3);
        QVERIFY(m_model->secondsLeft() <= 3);
        // Nobody presses anything: bywayd restores the previous config by itself.
        QTRY_COMPARE_WITH_TIMEOUT(m_model->applyState(), ConfigModel::TimedOut, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(runningConfig(), kept, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(lastAction(), QStringLiteral("confirm-timeout"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->fieldText(QStringLiteral("/bypass/dhcp"), QStringLiteral("string")),
                                  QStringLiteral("main"), 10000);
    }

    // The banner above every page (StatusModel): an apply this window did
    // not start (bywayctl apply --confirm-within, over its own connection)
    // is shown with its countdown, and the banner's Keep confirms it.
    void bannerKeepConfirmsAnApplyFromElsewhere()
    {
        StatusModel status(m_conn, m_model);
        QTRY_VERIFY_WITH_TIMEOUT(status.loaded(), 10000);
        QVERIFY(!status.pending());
        const ConfigModel::ApplyState pageState = m_model->applyState();
        QJsonObject cfg = runningConfig();
        QJsonObject bypass = cfg.value(u"bypass").toObject();
        bypass.insert(QStringLiteral("dhcp"), QStringLiteral("side"));
        cfg.insert(QStringLiteral("bypass"), bypass);
        Client other;
        QVERIFY(cli::connectAndWait(other, Client::defaultSocketPath()));
        auto r = cli::callAndWait(other, QStringLiteral("config.apply"),
                                {{QStringLiteral("config"), cfg}, {QStringLiteral("confirmWithinSec"), 120}});
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(status.pending(), 10000);
        QVERIFY(!status.pendingFromHere());
        QVERIFY2(status.pendingSecondsLeft() > 100 && status.pendingSecondsLeft() <= 120,
                 qPrintable(QString::number(status.pendingSecondsLeft())));
        QCOMPARE(status.pendingUid(), qint64(::getuid()));
        QVERIFY(!status.pendingDeadline().isEmpty());
        QVERIFY(status.canKeep());
        status.keepPending();
        QTRY_VERIFY_WITH_TIMEOUT(!status.pending(), 10000);
        QVERIFY2(statusPending().isNull(), qPrintable(QJsonDocument(QJsonArray{statusPending()}).toJson()));
        QCOMPARE(runningConfig().value(u"bypass").toObject().value(u"dhcp").toString(), QStringLiteral("side"));
        QVERIFY(status.decisionErrorCode().isEmpty());
        QCOMPARE(m_model->applyState(), pageState); // the page did not start it and shows nothing of it
    }

    // This window's own apply: the banner's Keep goes through the page's
    // model (its fresh connection), so page and banner end in the same state.
    void bannerKeepOfThisWindowsApply()
    {
        StatusModel status(m_conn, m_model);
        QTRY_VERIFY_WITH_TIMEOUT(status.loaded(), 10000);
        applyWithDeadline(QStringLiteral("none"), 60);
        QTRY_VERIFY_WITH_TIMEOUT(status.pending(), 10000);
        QVERIFY(status.pendingFromHere());
        QVERIFY(status.canKeep());
        status.keepPending();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->applyState(), ConfigModel::Applied, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!status.pending(), 10000);
        QVERIFY(statusPending().isNull());
    }

    // Kept from elsewhere (bywayctl confirm) while the page counts down:
    // the page stops its countdown and says kept, instead of "timed out" later.
    void pageCountdownEndsWhenKeptElsewhere()
    {
        StatusModel status(m_conn, m_model);
        QTRY_VERIFY_WITH_TIMEOUT(status.loaded(), 10000);
        applyWithDeadline(QStringLiteral("side"), 60);
        QTRY_VERIFY_WITH_TIMEOUT(status.pending(), 10000);
        Client other;
        QVERIFY(cli::connectAndWait(other, Client::defaultSocketPath()));
        auto r = cli::callAndWait(other, QStringLiteral("config.confirm"));
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_model->applyState(), ConfigModel::Applied, 10000);
        QVERIFY(!status.pending());
    }

    // Confirm when healthy: the page's checks go with the apply; bywayd
    // probes them (an ICMP echo to its namespace's loopback) and keeps the
    // config by itself: the page ends "kept" without anyone pressing Keep,
    // and the history says confirm-healthy.
    void healthyChecksKeepByThemselves()
    {
        StatusModel status(m_conn, m_model);
        QTRY_VERIFY_WITH_TIMEOUT(status.loaded(), 10000);
        m_model->setConfirmWhenHealthy(true);
        QCOMPARE(m_model->healthChecks().size(), 1);
        m_model->setHealthCheck(0, QStringLiteral("kind"), QStringLiteral("icmp"));
        m_model->setHealthCheck(0, QStringLiteral("target"), QStringLiteral("127.0.0.1"));
        m_model->setRole(QStringLiteral("bypass-router"));
        m_model->setField(QStringLiteral("/bypass/dhcp"), QStringLiteral("string"), QStringLiteral("side"));
        m_model->setConfirmSeconds(60);
        m_model->apply();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->applyState(), ConfigModel::Applied, 20000);
        QCOMPARE(runningConfig().value(u"bypass").toObject().value(u"dhcp").toString(), QStringLiteral("side"));
        QTRY_COMPARE_WITH_TIMEOUT(lastAction(), QStringLiteral("confirm-healthy"), 5000);
        QVERIFY(statusPending().isNull());
        m_model->setConfirmWhenHealthy(false);
    }

    // A check bywayd will not run (0.0.0.0 is this box itself: it would pass
    // whatever was applied) is refused before anything changes, at the
    // check's target, and the page says so in its language.
    void refusedCheckInTheLanguage()
    {
        QQmlEngine engine;
        Language language(&engine, QStringLiteral(BYWAY_QM_DIR));
        QVERIFY(language.select(QStringLiteral("zh_CN")));
        const QJsonObject before = runningConfig();
        m_model->setConfirmWhenHealthy(true);
        m_model->setHealthCheck(0, QStringLiteral("kind"), QStringLiteral("icmp"));
        m_model->setHealthCheck(0, QStringLiteral("target"), QStringLiteral("0.0.0.0"));
        m_model->setField(QStringLiteral("/bypass/dhcp"), QStringLiteral("string"), QStringLiteral("none"));
        m_model->setConfirmSeconds(60);
        m_model->apply();
        QTRY_COMPARE_WITH_TIMEOUT(m_model->errorCode(), QStringLiteral("invalid_params"), 10000);
        const QString expected = QCoreApplication::translate("Messages", "%{address} is no one host's address (0.0.0.0 and :: are this box itself, broadcast and multicast no host's): the check would prove nothing")
                                     .replace(QStringLiteral("%{address}"), QStringLiteral("0.0.0.0"));
        QVERIFY2(expected.contains(u"0.0.0.0") && !expected.contains(u"no one host"), qPrintable(expected));
        QCOMPARE(m_model->errorMessage(), expected);
        QCOMPARE(runningConfig(), before);
        QVERIFY(language.select(QStringLiteral("en")));
        m_model->setConfirmWhenHealthy(false);
    }
};

QTEST_MAIN(TestCommitConfirm)
#include "tst_commitconfirm.moc"
