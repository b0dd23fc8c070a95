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

#include "capture/fault.h"
#include "capture/fd.h"

#include <string>
#include <vector>

namespace byway::capture {

struct TunDevice {
    std::vector<Fd> queues; // one fd per queue; queues[0] alone without IFF_MULTI_QUEUE
    std::string name;   // the kernel's name (a pattern like "byway%d" is resolved)
    int ifindex = 0;
    bool vnetHdr = false; // every packet is preceded by a gso::VnetHeader
    bool tso = false;     // ... and TCP may come and go as super-packets
    bool uso = false;     // ... and a client's UDP GSO comes whole (Linux 6.2+)
};

// txqueuelen is raised because the default of 500 drops bursts that the
// reader takes in batches.
// queues > 1: IFF_MULTI_QUEUE (at most kMaxTunQueues).
inline constexpr int kMaxTunQueues = 64;
[[nodiscard]] Result<TunDevice> openTun(const std::string &name, int mtu, int queues = 1, int txqueuelen = 4096,
                                        bool offload = true);

// Receive packet steering (RPS) on the device's receive queues, over the
// CPUs this process may run on: what the workers write to the TUN (the
// clients' downloads, lwIP's ACKs) is then routed and delivered by the
// kernel on a CPU picked by flow hash, instead of inside the worker's
// write() on the worker's own CPU (what OpenWrt's "packet steering" does
// for its interfaces). The mask as written ("3" for CPUs 0 and 1); empty
// with one CPU, where there is nothing to spread. An error (sysfs read-only
// in a container, no such device in this namespace's sysfs) is returned,
// every queue as it was; the capture runs on without steering.
[[nodiscard]] Result<std::string> steerReceive(const std::string &name);
// steerReceive's writing: `mask` into rx-*/rps_cpus under `queuesDir` (a
// device's sysfs queues/), all queues or none: one that refuses puts back
// what the ones before it had. The error names the queue that refused.
[[nodiscard]] Result<void> steerQueues(const std::string &queuesDir, const std::string &mask);
// The RPS mask of `cpus` (CPU numbers), as /sys/class/net/*/queues/rx-*/rps_cpus
// takes it: hex, 32 bits a group, groups separated by commas, highest first.
[[nodiscard]] std::string cpuMask(const std::vector<int> &cpus);

} // namespace byway::capture
