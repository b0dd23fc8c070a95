// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace byway::daemon {

// sd_notify without libsystemd: one datagram to $NOTIFY_SOCKET ("READY=1",
// "STATUS=...", "STOPPING=1"). Returns false when not started by systemd
// with Type=notify, or when the send failed; neither is an error for bywayd.
bool sdNotify(const QByteArray &state);

} // namespace byway::daemon
