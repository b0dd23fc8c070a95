// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/config.h"
#include "probe/probe.h"
#include "services/proberunner.h"

#include <QJsonObject>
#include <QJsonValue>

// The probe as bywayd runs and shows it, against the stored config: which
// options a config's exits ask for, and the report seen against its role
// (probe.run, probe.get, status.get's summary, metrics).
namespace byway::services {

// Probe options for the config's exits (direct ones: mark and device) and
// its IPv6 egress targets.
[[nodiscard]] probe::Options probeOptions(const config::Config &c);
// The report seen against the config's role: findings that cannot matter
// for it become "info" with a note.
[[nodiscard]] QJsonObject probeJson(const probe::Report &r, const config::Config &c);
// {mode, ok, warn, fail, info, skipped, reasons, at} of the last probe, or null.
[[nodiscard]] QJsonValue probeSummary(const ProbeRunner &probes, const config::Config &c);

} // namespace byway::services
