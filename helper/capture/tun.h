// SPDX-License-Identifier: GPL-3.0-or-later
// The capture's TUN device: IFF_TUN|IFF_NO_PI, non-blocking, brought up and
// sized through ioctls on a throwaway socket (no `ip` commands). With more
// than one queue, IFF_MULTI_QUEUE and one fd per queue (one per worker): the
// kernel spreads the clients' flows over the queues by flow hash and keeps a
// flow on the queue its replies were last written to. With
// `offload`, IFF_VNET_HDR and TUNSETOFFLOAD(CSUM|TSO4|TSO6): each read and
// write carries a virtio_net_hdr (gso.h) and TCP moves in 64 KiB
// super-packets; kernels that refuse it get the plain device.
#pragma once

#include "core/error.h"
#include "capture/fd.h"

#include <QString>

#include <vector>

namespace byway::capture {

struct TunDevice {
    std::vector<Fd> queues; // one fd per queue; queues[0] alone without IFF_MULTI_QUEUE
    QString name;   // the kernel's name (a pattern like "byway%d" is resolved)
    int ifindex = 0;
    bool vnetHdr = false; // every packet is preceded by a gso::VnetHeader
    bool tso = false;     // ... and TCP may come and go as super-packets
    bool uso = false;     // ... and a client's UDP GSO comes whole (Linux 6.2+)
};

// txqueuelen is raised because the default of 500 drops bursts that the
// reader takes in batches.
// queues > 1: IFF_MULTI_QUEUE (at most kMaxTunQueues).
inline constexpr int kMaxTunQueues = 64;
[[nodiscard]] Result<TunDevice> openTun(const QString &name, int mtu, int queues = 1, int txqueuelen = 4096,
                                        bool offload = true);

} // namespace byway::capture
