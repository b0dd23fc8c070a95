// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "verbs.h"

#include <QJsonArray>

namespace byway::cli {

// Each takes the command's own arguments, args[0] being the verb ("status",
// "config", ...), and returns the process exit code.
[[nodiscard]] int runStatus(Context &ctx, const QStringList &args);
[[nodiscard]] int runConfig(Context &ctx, const QStringList &args);
[[nodiscard]] int runLogs(Context &ctx, const QStringList &args);
[[nodiscard]] int runDebug(Context &ctx, const QStringList &args);
[[nodiscard]] int runProbe(Context &ctx, const QStringList &args);
[[nodiscard]] int runVersion(Context &ctx, const QStringList &args);
[[nodiscard]] int runExec(Context &ctx, const QStringList &args);
[[nodiscard]] int runToken(Context &ctx, const QStringList &args); // token create|list|revoke
[[nodiscard]] int runSession(Context &ctx, const QStringList &args); // session add|remove|list
// plan, apply, confirm, rollback, history, explain, topology, flows; -1 if `verb` is none of them.
[[nodiscard]] int runReconcileVerb(Context &ctx, const QString &verb, const QStringList &args);
// explain, topology, flows (trafficcmd.cpp).
[[nodiscard]] const QList<Verb> &trafficVerbs();


// Plan notes and verdict findings, one line each ("warning: ... (/pools)"):
// plan, apply, config validate and config set print them the same way.
void printNotes(Context &ctx, const QJsonArray &notes, const char *defaultLabel);

// `apply --confirm-when-healthy`: "tcp:192.0.2.1:443,exit=wan,timeout=500",
// "icmp:192.0.2.1", "dns:example.org@192.0.2.53" as a config.apply check
// object, or why not (healthcheckarg.cpp).
[[nodiscard]] bool looksLikeHealthCheck(const QString &arg);
[[nodiscard]] std::expected<QJsonObject, QString> parseHealthCheckArg(const QString &arg);

// A health-checked apply's outcome {state, reason, checks}, one line per
// check; the exit code (0 confirmed, 6 rolled back).
[[nodiscard]] int printConfirmOutcome(Context &ctx, const QJsonObject &confirm);
// After an apply with a reconnect check to `address` over --remote: follows
// the box there and reports the outcome, the first recorded after history
// entry `since` (reconnectcmd.cpp).
[[nodiscard]] int followReconnect(Context &ctx, const QJsonObject &applied, qint64 since, const QString &address,
                                  int withinSec);

} // namespace byway::cli
