// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's TUN device: IFF_TUN|IFF_NO_PI, non-blocking, brought up and
// sized through ioctls on a throwaway socket (no `ip` commands). With
// `offload`, IFF_VNET_HDR and TUNSETOFFLOAD(CSUM|TSO4|TSO6): each read and
// write carries a virtio_net_hdr (gso.h) and TCP moves in 64 KiB
// super-packets; kernels that refuse it get the plain device.
#pragma once

#include "core/error.h"
#include "capture/fd.h"

#include <QString>

namespace byway::capture {

struct TunDevice {
    Fd fd;
    QString name;   // the kernel's name (a pattern like "byway%d" is resolved)
    int ifindex = 0;
    bool vnetHdr = false; // every packet is preceded by a gso::VnetHeader
    bool tso = false;     // ... and TCP may come and go as super-packets
};

// txqueuelen is raised because the default of 500 drops bursts that the
// reader takes in batches.
[[nodiscard]] Result<TunDevice> openTun(const QString &name, int mtu, int txqueuelen = 4096, bool offload = true);

} // namespace byway::capture
