// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's SOCKS5 pool counters (by exit) and per-worker counters for
// /metrics. The capture counts from zero each time it starts; these series
// add up its increases between scrapes, so they never go down (as
// UserTotals does for the users).
#pragma once

#include "capture/capture.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace byway::metrics {
class Exposition;
}

namespace byway::daemon {

// How much a raw counter rose since `seen` (then `seen` = now); all of
// `now` when it went down: the capture restarted and counts from zero.
[[nodiscard]] double increaseSince(double now, double &seen);

class CaptureExtras
{
public:
    // `socksExits`: the config's SOCKS5 exits, whose series are written from
    // the start (0 until a flow uses them).
    void render(metrics::Exposition &out, const capture::Capture::Figures &f, const QStringList &socksExits);
    // The running total of counter `key` after its raw value `raw`.
    double total(const QString &key, double raw);

private:
    // The packet counters' families (render writes the SOCKS5 exits' first).
    void renderPackets(metrics::Exposition &out, const capture::Capture::Figures &f);
    struct Rising {
        double seen = 0, total = 0;
    };
    QHash<QString, Rising> m_counters;
};

} // namespace byway::daemon
