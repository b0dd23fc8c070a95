// SPDX-License-Identifier: GPL-3.0-or-later
// The Configuration page's apply with commit-confirm: the deadline, the
// health checks bywayd may confirm by itself, the proof over a fresh
// connection, Keep / Revert, and an apply settled elsewhere.
#include "configmodel.h"

#include "confirmchecks.h"
#include "helperconnection.h"

#include <QJsonArray>
#include <QPointer>

namespace byway::qml {
namespace {

// What the form starts a new check with.
QVariantMap newHealthCheck()
{
    return {{QStringLiteral("kind"), QStringLiteral("tcp")}, {QStringLiteral("target"), QString()},
            {QStringLiteral("timeoutMs"), 3000}};
}

} // namespace

void ConfigModel::setConfirmWhenHealthy(bool on)
{
    if (on == m_confirmWhenHealthy)
        return;
    m_confirmWhenHealthy = on;
    if (on && m_healthChecks.isEmpty())
        m_healthChecks.append(newHealthCheck());
    Q_EMIT healthChecksChanged();
}

void ConfigModel::addHealthCheck()
{
    if (m_healthChecks.size() >= 16) // bywayd's limit
        return;
    m_healthChecks.append(newHealthCheck());
    Q_EMIT healthChecksChanged();
}

void ConfigModel::removeHealthCheck(int index)
{
    if (index < 0 || index >= m_healthChecks.size())
        return;
    m_healthChecks.removeAt(index);
    Q_EMIT healthChecksChanged();
}

void ConfigModel::setHealthCheck(int index, const QString &key, const QVariant &value)
{
    if (index < 0 || index >= m_healthChecks.size())
        return;
    QVariantMap m = m_healthChecks[index].toMap();
    if (m.value(key) == value)
        return;
    m.insert(key, value);
    m_healthChecks[index] = m;
    Q_EMIT healthChecksChanged();
}

void ConfigModel::setConfirmSeconds(int s)
{
    s = std::clamp(s, 0, 3600);
    if (s == m_confirmSeconds)
        return;
    m_confirmSeconds = s;
    Q_EMIT confirmSecondsChanged();
}

void ConfigModel::apply()
{
    if (m_applyState == Applying || m_applyState == Verifying || m_applyState == AwaitingDecision)
        return;
    setApplyState(Applying);
    clearError();
    // Refused (conflict) when someone else stored a config since this one was
    // loaded: their change is never replaced unseen.
    QJsonObject params{{QStringLiteral("config"), effectiveDocument()}, {QStringLiteral("baseRevision"), m_revision}};
    if (m_confirmSeconds > 0 && m_confirmWhenHealthy && !m_healthChecks.isEmpty()) {
        // bywayd probes them through the new state and keeps it by itself; the
        // countdown and Keep / Revert work as for a plain commit-confirm.
        QJsonArray checks;
        for (const QVariant &v : std::as_const(m_healthChecks))
            checks.append(confirmCheckJson(v.toMap()));
        params.insert(QStringLiteral("confirm"), QJsonObject{{QStringLiteral("withinSec"), m_confirmSeconds},
                                                             {QStringLiteral("checks"), checks}});
    } else if (m_confirmSeconds > 0) {
        params.insert(QStringLiteral("confirmWithinSec"), m_confirmSeconds);
    }
    QPointer<ConfigModel> self(this);
    connection()->client()->call(QStringLiteral("config.apply"), params, [self](Result<QJsonValue> r) {
        if (!self)
            return;
        if (!r) {
            self->takeFailure(r.error());
            self->setApplyState(Failed);
            return;
        }
        self->onApplied(r->toObject());
    }, 60000);
}

void ConfigModel::onApplied(const QJsonObject &result)
{
    // The form now shows what bywayd stores: the other roles' values are gone.
    const QJsonObject applied = effectiveDocument();
    m_plan = result.value(u"plan").toObject();
    takeFindings(result.contains(u"findings") ? result : m_plan);
    Q_EMIT planChanged();
    setLoaded(applied, qint64(result.value(u"revision").toDouble()));
    m_history.refresh();
    const QString confirmBy = result.value(u"confirmBy").toString();
    m_healthChecked = result.value(u"confirm").toObject().value(u"state").toString() == u"checking";
    if (confirmBy.isEmpty() && m_confirmSeconds == 0) {
        setApplyState(Applied);
        return;
    }
    m_deadline = QDateTime::fromString(confirmBy, Qt::ISODateWithMs);
    if (!m_deadline.isValid())
        m_deadline = QDateTime::currentDateTimeUtc().addSecs(m_confirmSeconds);
    tick();
    m_countdown.start();
    Q_EMIT appliedWithDeadline(result); // AddressMove may point the connection elsewhere first
    verifyOverFreshConnection();
}

void ConfigModel::verifyOverFreshConnection()
{
    setApplyState(Verifying);
    // Not the GUI's usual connection: that one survived the apply by
    // definition. A new one proves that a person can still reach the box.
    m_fresh = std::make_unique<Client>();
    Client *fresh = m_fresh.get();
    auto failed = [this, fresh](const Error &e) {
        if (m_fresh.get() != fresh || m_applyState != Verifying)
            return;
        showError(e);
        setApplyState(Unreachable);
    };
    connect(fresh, &Client::connectionError, this, failed);
    connect(fresh, &Client::connected, this, [this, fresh, failed] {
        fresh->call(QStringLiteral("status.get"), {}, [this, fresh, failed](Result<QJsonValue> r) {
            if (m_fresh.get() != fresh || m_applyState != Verifying)
                return;
            if (!r)
                return failed(r.error());
            setApplyState(AwaitingDecision);
            // The checks may have passed already (bywayd kept it by itself).
            if (m_healthChecked && r->toObject().value(u"pending").isNull()) {
                const qint64 now = qint64(r->toObject().value(u"config").toObject().value(u"revision").toDouble());
                QMetaObject::invokeMethod(this, [this, now] { settledElsewhere(now); }, Qt::QueuedConnection);
            }
        }, kVerifyTimeoutMs);
    });
    QTimer::singleShot(kVerifyTimeoutMs + 1000, fresh, [fresh, failed] {
        failed(Error::make(ErrorCode::Timeout, QStringLiteral("no answer over a new connection")));
    });
    fresh->connectTo(connection()->endpoint());
}

void ConfigModel::tick()
{
    const int left = int(std::max<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(m_deadline) + 999) / 1000));
    if (left != m_secondsLeft) {
        m_secondsLeft = left;
        Q_EMIT secondsLeftChanged();
    }
    if (left > 0) {
        askIfSettled();
        return;
    }
    m_countdown.stop();
    if (m_applyState == AwaitingDecision || m_applyState == Verifying || m_applyState == Unreachable) {
        // bywayd restores the previous config at the deadline by itself.
        setApplyState(TimedOut);
        m_fresh.reset();
        QTimer::singleShot(1500, this, [this] {
            load();
            m_history.refresh();
        });
    }
}

void ConfigModel::askIfSettled()
{
    // Once a second while bywayd runs the checks: a StatusModel poll may
    // never have seen the pending confirm that the checks ended quickly.
    if (!m_healthChecked || m_applyState != AwaitingDecision || !m_fresh || !m_fresh->isConnected())
        return;
    QPointer<ConfigModel> self(this);
    m_fresh->call(QStringLiteral("status.get"), {}, [self](Result<QJsonValue> r) {
        if (!self || !r || !r->toObject().value(u"pending").isNull())
            return;
        const qint64 now = qint64(r->toObject().value(u"config").toObject().value(u"revision").toDouble());
        QMetaObject::invokeMethod(self, [self, now] {
            if (self)
                self->settledElsewhere(now);
        }, Qt::QueuedConnection);
    }, kVerifyTimeoutMs);
}

void ConfigModel::settle(const Result<QJsonValue> &r, ApplyState ok, bool reload)
{
    m_countdown.stop();
    if (!r) {
        showError(r.error());
        setApplyState(Failed);
    } else {
        setApplyState(ok);
    }
    if (reload)
        load();
    m_history.refresh();
}

void ConfigModel::keep()
{
    if (m_applyState != AwaitingDecision || !m_fresh)
        return;
    setApplyState(Confirming);
    QPointer<ConfigModel> self(this);
    m_fresh->call(QStringLiteral("config.confirm"), {}, [self](Result<QJsonValue> r) {
        if (self)
            self->settle(r, Applied, false);
    });
}

void ConfigModel::revert()
{
    if (m_applyState != AwaitingDecision && m_applyState != Unreachable)
        return;
    setApplyState(Reverting);
    Client *client = m_fresh && m_fresh->isConnected() ? m_fresh.get() : connection()->client();
    QPointer<ConfigModel> self(this);
    client->call(QStringLiteral("config.rollback"), {}, [self](Result<QJsonValue> r) {
        if (self)
            self->settle(r, Reverted, true);
    });
}

void ConfigModel::revertTo(int historyId)
{
    setApplyState(Reverting);
    clearError();
    QPointer<ConfigModel> self(this);
    connection()->client()->call(QStringLiteral("config.rollback"), {{QStringLiteral("historyId"), historyId}},
                                 [self](Result<QJsonValue> r) {
                                     if (self)
                                         self->settle(r, Reverted, true);
                                 });
}

void ConfigModel::dismissApplyState()
{
    if (m_applyState == Verifying || m_applyState == AwaitingDecision || m_applyState == Applying)
        return;
    m_fresh.reset();
    setApplyState(Idle);
}

bool ConfigModel::ownsPending() const
{
    switch (m_applyState) {
    case Verifying:
    case AwaitingDecision:
    case Unreachable:
    case Confirming:
    case Reverting:
        return true;
    default:
        return false;
    }
}

void ConfigModel::settledElsewhere(qint64 revisionNow)
{
    // Confirming / Reverting: our own call answers, with its own outcome.
    if (m_applyState != Verifying && m_applyState != AwaitingDecision && m_applyState != Unreachable)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_deadline.addSecs(-1)) {
        // The deadline passed: bywayd reverted by itself; tick() says so.
        tick();
        return;
    }
    m_countdown.stop();
    m_fresh.reset();
    setApplyState(revisionNow == m_revision ? Applied : Reverted);
    if (m_applyState == Reverted)
        load();
    m_history.refresh();
}
} // namespace byway::qml
