// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's TUN device: IFF_TUN|IFF_NO_PI, non-blocking, brought up and
// sized through ioctls on a throwaway socket (no `ip` commands).
#pragma once

#include "core/error.h"
#include "fd.h"

#include <QString>

namespace byway::capture {

struct TunDevice {
    Fd fd;
    QString name;   // the kernel's name (a pattern like "byway%d" is resolved)
    int ifindex = 0;
};

// txqueuelen is raised because the default of 500 drops bursts that the
// reader takes in batches.
[[nodiscard]] Result<TunDevice> openTun(const QString &name, int mtu, int txqueuelen = 4096);

} // namespace byway::capture
