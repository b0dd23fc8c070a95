// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/healthchecker.h"

#include "core/logging.h"
#include "probe/reach.h"

#include <QPointer>

#include <cerrno>
#include <cstring>

namespace byway::reconcile {
namespace {

constexpr int kRetryMs = 1000;

QString errnoText(int err, int timeoutMs)
{
    if (err == ETIMEDOUT)
        return QStringLiteral("timed out after %1 ms").arg(timeoutMs);
    return QString::fromLocal8Bit(std::strerror(err)).toLower();
}

QString rcodeText(int rcode)
{
    static const char *const names[] = {"NOERROR", "FORMERR", "SERVFAIL", "NXDOMAIN", "NOTIMP", "REFUSED"};
    return rcode >= 0 && rcode < 6 ? QString::fromLatin1(names[rcode]) : QString::number(rcode);
}

} // namespace

QString runCheck(const HealthCheck &check)
{
    if (check.kind == HealthCheck::Kind::Reconnect)
        return QStringLiteral("no admin's remote client has made a request through %1 since the apply").arg(check.target);
    const probe::Exit route{check.exit, check.mark, check.device};
    const probe::Exit *via = (check.mark || !check.device.isEmpty()) ? &route : nullptr;
    if (check.kind == HealthCheck::Kind::Dns) {
        auto server = probe::parseTarget(check.server);
        if (!server)
            return QStringLiteral("bad server %1: %2").arg(check.server, server.error());
        auto rcode = probe::dnsQuery(check.target, *server, via, check.timeoutMs);
        if (!rcode)
            return errnoText(rcode.error(), check.timeoutMs);
        if (*rcode == 0 || *rcode == 3)
            return {};
        return QStringLiteral("the server answered %1").arg(rcodeText(*rcode));
    }
    auto target = probe::parseTarget(check.target);
    if (!target)
        return QStringLiteral("bad target: %1").arg(target.error());
    const probe::Probe p = probe::probeTarget(*target, via, check.timeoutMs);
    return p.err ? errnoText(p.err, check.timeoutMs) : QString();
}

HealthChecker::HealthChecker(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(kMaxHealthChecks);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HealthChecker::round);
}

HealthChecker::~HealthChecker()
{
    stop();
    m_pool.waitForDone(); // a probe ends by its own timeout
}

void HealthChecker::start(QList<HealthCheck> checks)
{
    stop();
    m_checks = std::move(checks);
    m_states = QList<CheckState>(m_checks.size());
    m_running = true;
    round();
}

void HealthChecker::stop()
{
    ++m_generation;
    m_running = false;
    m_outstanding = 0;
    m_retry.stop();
}

void HealthChecker::round()
{
    if (!m_running)
        return;
    m_roundClock.start();
    const quint64 generation = m_generation;
    QPointer<HealthChecker> self(this);
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        if (m_states[i].state == CheckState::State::Passed)
            continue;
        if (m_checks[i].kind == HealthCheck::Kind::Reconnect) {
            m_states[i] = CheckState{CheckState::State::Waiting, runCheck(m_checks[i])};
            continue; // remoteRequest() passes it
        }
        ++m_outstanding;
        m_pool.start([self, generation, i, check = m_checks[i]] {
            const QString error = runCheck(check);
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, i, error] {
                    if (self)
                        self->onResult(generation, i, error);
                },
                Qt::QueuedConnection);
        });
    }
    if (m_outstanding == 0)
        roundDone();
}

void HealthChecker::setState(qsizetype index, const QString &error)
{
    CheckState &s = m_states[index];
    const HealthCheck &c = m_checks[index];
    if (error.isEmpty()) {
        if (s.state != CheckState::State::Passed)
            qCInfo(lcReconcile).noquote() << "health check" << c.name << "passed";
        s = CheckState{CheckState::State::Passed, {}};
    } else {
        if (s.error != error)
            qCInfo(lcReconcile).noquote() << "health check" << c.name << "failing:" << error;
        s = CheckState{CheckState::State::Failing, error};
    }
}

void HealthChecker::onResult(quint64 generation, qsizetype index, const QString &error)
{
    if (generation != m_generation || !m_running)
        return;
    setState(index, error);
    if (--m_outstanding > 0)
        return;
    roundDone();
}

void HealthChecker::remoteRequest(const QHostAddress &local, quint16 port)
{
    if (!m_running)
        return;
    bool passed = false;
    for (qsizetype i = 0; i < m_checks.size(); ++i)
        if (m_states[i].state != CheckState::State::Passed && reconnectMatches(m_checks[i], local, port)) {
            setState(i, {});
            passed = true;
        }
    // While probes are out, the end of their round looks at every state.
    if (passed && m_outstanding == 0)
        roundDone();
}

void HealthChecker::roundDone()
{
    for (const CheckState &st : std::as_const(m_states))
        if (st.state != CheckState::State::Passed) {
            if (!m_retry.isActive())
                m_retry.start(int(qMax<qint64>(0, kRetryMs - m_roundClock.elapsed())));
            return;
        }
    m_retry.stop();
    m_running = false;
    Q_EMIT allPassed();
}

} // namespace byway::reconcile
