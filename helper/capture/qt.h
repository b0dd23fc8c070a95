// SPDX-License-Identifier: GPL-3.0-or-later
// bywayd's side of the capture: the capture itself uses no Qt (the
// standalone byway-capture maps no Qt library); these turn bywayd's config,
// addresses and errors into the capture's types and its figures back into
// JSON for the protocol, and route its log lines into the helper's
// categories. Linked by bywayd (byway_capture_qt), never by byway-capture.
#pragma once

#include "capture/capture.h"
#include "core/config/config.h"
#include "core/error.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <memory>
#include <optional>
#include <vector>

namespace byway::capture {

[[nodiscard]] CaptureOptions optionsFrom(const config::Config &c);
[[nodiscard]] std::vector<PoolSpec> poolsFrom(const QList<config::Pool> &pools);
[[nodiscard]] std::vector<ExitSpec> exitsFrom(const QList<config::Exit> &exits);
[[nodiscard]] std::optional<Addr> fromQt(const QHostAddress &a);
// A Fault as the protocol's Error (kernel_failed with its errno, ...).
[[nodiscard]] Error toError(const Fault &f);

// Capture::start from bywayd's config, its log lines in the helper's
// categories (useQtLogging) from then on.
[[nodiscard]] byway::Result<std::unique_ptr<Capture>> startFrom(const config::Config &c);
void reconfigureFrom(Capture &capture, const config::Config &c);
// VPN sessions by their QHostAddress; an address that is not IPv4 or
// IPv6 is ignored.
void setSession(Capture &capture, const QHostAddress &address, const QString &user, const QString &exitName);
void removeSession(Capture &capture, const QHostAddress &address);

[[nodiscard]] QJsonValue toQt(const json::Value &v);
[[nodiscard]] QJsonObject toQt(const json::Object &o);
[[nodiscard]] QJsonArray toQt(const json::Array &a);

// The capture's channels written to lcTun, lcPacket, lcNetstack and
// lcForwarder: logs.setDebug and the log tail see them as the helper's own.
void useQtLogging();

} // namespace byway::capture
