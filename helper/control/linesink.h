// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace byway::control {

// Where outgoing lines go, seen from a producer that must not outrun the
// reader (log streaming): it can ask how much is still unsent and decide to
// drop instead of queueing. A Connection is one; tests use a fake.
class LineSink
{
public:
    virtual ~LineSink() = default;
    // Bytes accepted but not yet taken by the kernel.
    [[nodiscard]] virtual qsizetype unsentBytes() const = 0;
    // Queues one complete line (with '\n'). False when the sink is closed.
    virtual bool sendLine(const QByteArray &line) = 0;
};

} // namespace byway::control
