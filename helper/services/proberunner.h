// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/probe.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace byway::services {

// Runs probes off the event loop, one at a time. A caller asking for the
// same options as the running probe shares its result; other requests wait
// their turn (a few at most: beyond that, Busy).
class ProbeRunner final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const probe::Report &report)>;
    using ProbeFn = std::function<probe::Report(const probe::Options &options)>;

    static constexpr int kMaxWaiting = 8;

    explicit ProbeRunner(ProbeFn probe, QObject *parent = nullptr);
    ~ProbeRunner() override; // waits for a running probe: it holds no kernel state, but it calls back here

    // False (and `done` not kept) when too many distinct requests wait.
    [[nodiscard]] bool run(const probe::Options &options, Done done);

    [[nodiscard]] bool running() const { return m_running.has_value(); }
    [[nodiscard]] const std::optional<probe::Report> &last() const { return m_last; }

Q_SIGNALS:
    void finished();

private:
    struct Job {
        probe::Options options;
        QList<Done> done;
    };
    void start();
    void onFinished(const probe::Report &report);

    ProbeFn m_probe;
    QThreadPool m_pool;
    std::optional<Job> m_running;
    QList<Job> m_waiting;
    std::optional<probe::Report> m_last;
};

} // namespace byway::services
