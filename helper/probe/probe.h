// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace byway::probe {

enum class Mode { Standard, Compat, Limited };
[[nodiscard]] QString modeName(Mode m); // "standard" | "compat" | "limited"

// One check's verdict. Everything a person needs is data: the GUI translates
// `code`, the CLI prints `consequence` and `fix`.
struct Finding {
    enum class Status { Ok, Warn, Fail, Skipped };
    QString check;       // stable check name, e.g. "nftables", "cap.net_raw", "tun"
    Status status = Status::Ok;
    QString code;        // stable reason code, e.g. "nft.ok", "cap.net_raw.missing"
    QString summary;     // one line, English
    QString evidence;    // what was read from the kernel, raw enough to debug
    QString consequence; // what this disables or risks; empty when Ok
    QString fix;         // what to do about it; empty when Ok
    QJsonObject data;    // structured details (tables found, marks held, ...)
};

struct Report {
    Mode mode = Mode::Limited;
    QList<Finding> findings;
    QStringList modeReasons; // codes of the findings that decided the mode
    QDateTime at;
    qint64 durationUs = 0;
};

struct Options {
    QStringList checks;       // empty = every environment check
    bool reachability = false;// also run the (slow) reachability probes
    QStringList targets;      // reachability targets "host[:port]"; empty = defaults
    int timeoutMs = 2000;     // per reachability probe
};

// Names accepted in Options::checks, in run order.
[[nodiscard]] const QStringList &checkNames();

// Blocking: asks the kernel directly (netlink, getsockopt, /proc, ioctl).
// Changes nothing it probes. Call from a worker thread, never the event loop.
[[nodiscard]] Report run(const Options &options);

[[nodiscard]] QJsonObject toJson(const Report &r);
[[nodiscard]] QString statusName(Finding::Status s); // "ok" | "warn" | "fail" | "skipped"

} // namespace byway::probe
