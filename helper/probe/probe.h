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

// One check's verdict. Everything a person needs is data: `id` and `args`
// name its words in core/messages (the GUI renders them in the reader's
// language), summary, consequence and fix are those words in English (for
// logs, the CLI and older clients), and `code` is what the mode decision and
// clients switch on (one code may have several ids when its sentences differ).
struct Finding {
    enum class Status { Ok, Warn, Fail, Skipped };
    QString check;       // stable check name, e.g. "nftables", "cap.net_raw", "tun"
    Status status = Status::Ok;
    QString code;        // stable reason code, e.g. "nft.ok", "cap.net_raw.missing"
    QString id;          // message id, e.g. "probe.cap.net_raw.missing.userns"
    QJsonObject args;    // the values the id's templates name, e.g. {"family": "IPv4"}
    QString summary;     // one line, English
    QString evidence;    // what was read from the kernel, raw enough to debug; never translated
    QString consequence; // what this disables or risks; empty when Ok
    QString fix;         // what to do about it; empty when Ok
    QJsonObject data;    // structured details (tables found, marks held, ...)
};

struct Report {
    Mode mode = Mode::Limited;
    QList<Finding> findings;
    QStringList modeReasons; // codes of the findings that decided the mode
    QStringList featuresOff; // stable feature names the mode turns off, e.g. "nat.dnat"
    QDateTime at;
    qint64 durationUs = 0;
};

// A way out of the box for reachability probes: sockets get SO_MARK `mark`
// (when non-zero) and/or SO_BINDTODEVICE `device` (when non-empty).
struct Exit {
    QString name;
    quint32 mark = 0;
    QString device;
};

struct Options {
    QStringList checks;       // empty = every environment check
    bool reachability = false;// also run the (slow) reachability probes
    QStringList targets;      // reachability targets "host[:port]" (IP literals,
                              // "[v6]:port"); with a port: TCP connect, without: ICMP echo.
                              // Empty = the default gateways only.
    QList<Exit> exits;        // each target is also probed through each exit
    int timeoutMs = 2000;     // per reachability probe
};

// The mode rules, separate from probing so they can be tested with fake
// findings: Standard when nf_tables is usable with CAP_NET_ADMIN; Compat
// when it is not but capture is (NET_ADMIN + TUN, or AF_PACKET with NET_RAW);
// Limited otherwise.
struct Decision {
    Mode mode = Mode::Limited;
    QStringList reasons;     // codes of the findings that decided
    QStringList featuresOff; // see Report::featuresOff
};
[[nodiscard]] Decision decide(const QList<Finding> &findings);

// Names accepted in Options::checks, in run order.
// Reachability checks ("gateway", "reach", "ipv6", "pmtu") run only with
// Options::reachability or when named. The checks the mode depends on
// ("caps", "nftables", "tun", "packet") always run, so a report naming only
// some checks still carries a meaningful mode.
[[nodiscard]] const QStringList &checkNames();

// Blocking: asks the kernel directly (netlink, getsockopt, /proc, ioctl).
// Changes nothing it probes. Call from a worker thread, never the event loop.
[[nodiscard]] Report run(const Options &options);

[[nodiscard]] QJsonObject toJson(const Report &r);
[[nodiscard]] QString statusName(Finding::Status s); // "ok" | "warn" | "fail" | "skipped"

} // namespace byway::probe
