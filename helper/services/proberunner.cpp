// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/proberunner.h"

#include "core/logging.h"

namespace byway::services {
namespace {

bool sameOptions(const probe::Options &a, const probe::Options &b)
{
    if (a.checks != b.checks || a.reachability != b.reachability || a.targets != b.targets
        || a.timeoutMs != b.timeoutMs || a.exits.size() != b.exits.size())
        return false;
    for (qsizetype i = 0; i < a.exits.size(); ++i)
        if (a.exits[i].name != b.exits[i].name || a.exits[i].mark != b.exits[i].mark
            || a.exits[i].device != b.exits[i].device)
            return false;
    return true;
}

} // namespace

ProbeRunner::ProbeRunner(ProbeFn probe, QObject *parent) : QObject(parent), m_probe(std::move(probe))
{
    m_pool.setMaxThreadCount(1);
}

ProbeRunner::~ProbeRunner()
{
    m_pool.waitForDone();
}

bool ProbeRunner::run(const probe::Options &options, Done done)
{
    if (m_running && sameOptions(m_running->options, options)) {
        m_running->done.append(std::move(done));
        return true;
    }
    for (Job &job : m_waiting) {
        if (sameOptions(job.options, options)) {
            job.done.append(std::move(done));
            return true;
        }
    }
    if (m_waiting.size() >= kMaxWaiting)
        return false;
    m_waiting.append(Job{options, {std::move(done)}});
    if (!m_running)
        start();
    return true;
}

void ProbeRunner::start()
{
    if (m_running || m_waiting.isEmpty())
        return;
    m_running = m_waiting.takeFirst();
    qCInfo(lcProbe).noquote() << QStringLiteral("probe started (%1%2)")
                                     .arg(m_running->options.checks.isEmpty() ? QStringLiteral("all checks")
                                                                              : m_running->options.checks.join(u", "),
                                          m_running->options.reachability ? QStringLiteral(", with reachability") : QString());
    m_pool.start([this, fn = m_probe, options = m_running->options] {
        const probe::Report report = fn(options);
        // Back to the event loop; the destructor waits for us, so `this` is alive.
        QMetaObject::invokeMethod(this, [this, report] { onFinished(report); }, Qt::QueuedConnection);
    });
}

void ProbeRunner::onFinished(const probe::Report &report)
{
    m_last = report;
    const Job job = std::move(*m_running);
    m_running.reset();
    qCInfo(lcProbe).noquote() << "probe finished: mode" << probe::modeName(report.mode) << "in"
                              << report.durationUs / 1000 << "ms";
    for (const Done &done : job.done)
        done(report);
    Q_EMIT finished();
    start();
}

} // namespace byway::services
