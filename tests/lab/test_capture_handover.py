# SPDX-License-Identifier: GPL-3.0-or-later
"""A flow's packets on another worker's TUN queue: byway-capture with two
workers (two queues of a multi-queue TUN), and the kernel made to put every
TCP packet longer than 100 bytes on queue 1 and the rest on queue 0, by a
queue-steering eBPF program (TUNSETSTEERINGEBPF) this test loads and
attaches through a third queue it opens and detaches again. A connection's
SYN (60 bytes) lands on queue 0, so worker 0 owns the flow; the upload's
data segments land on queue 1, whose worker must hand them over through
worker 0's inbox rather than handle them itself. The transfer must arrive
byte-exact (sha256 of both ends), and the stats must show the handover
(worker 0's handedOver) with no packet lost to a full inbox.
CaptureSysfsReadOnlyTest: the TUN's receive steering (RPS) where /sys is
read-only, as in a container: refused, reported, and the capture runs."""

import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_capture import (CLIENT, MARK, PEER, CaptureLab, route_into_tun, rps_masks, snapshot, start_capture,  # noqa: E402
                          v4_nodes)

# Run in the router's namespace: argv[1] is the TUN. Loads a socket-filter
# program returning the queue (len > 100 ? 1 : 0; the kernel takes it modulo
# the queue count), attaches it to the device through a queue of our own
# (same flags as the capture's queues, from sysfs), and detaches that queue
# so it never receives a packet. The device keeps the program.
STEER = r'''
import ctypes, fcntl, os, struct, sys
dev = sys.argv[1]
flags = int(open(f"/sys/class/net/{dev}/tun_flags").read(), 16)
libc = ctypes.CDLL(None, use_errno=True)
def insn(code, dst=0, src=0, off=0, imm=0):
    return struct.pack("<BBhi", code, (src << 4) | dst, off, imm)
prog = b"".join([
    insn(0x61, dst=0, src=1, off=0),   # r0 = skb->len
    insn(0x25, dst=0, off=2, imm=100), # if r0 > 100 goto +2
    insn(0xb7, dst=0, imm=0),          # r0 = 0
    insn(0x95),                        # exit
    insn(0xb7, dst=0, imm=1),          # r0 = 1
    insn(0x95),                        # exit
])
insns = ctypes.create_string_buffer(prog)
lic = ctypes.create_string_buffer(b"GPL")
log = ctypes.create_string_buffer(65536)
attr = ctypes.create_string_buffer(struct.pack("<IIQQIIQ", 1, len(prog) // 8, ctypes.addressof(insns),
                                               ctypes.addressof(lic), 1, len(log), ctypes.addressof(log)), 128)
fd = libc.syscall(321, 5, attr, 128)  # bpf(BPF_PROG_LOAD), BPF_PROG_TYPE_SOCKET_FILTER
if fd < 0:
    sys.exit(f"BPF_PROG_LOAD: {os.strerror(ctypes.get_errno())} {log.value.decode(errors='replace')}")
tun = os.open("/dev/net/tun", os.O_RDWR)
fcntl.ioctl(tun, 0x400454ca, struct.pack("16sH", dev.encode(), flags))          # TUNSETIFF: a third queue
fcntl.ioctl(tun, 0x800454e0, struct.pack("i", fd))                              # TUNSETSTEERINGEBPF
fcntl.ioctl(tun, 0x400454d9, struct.pack("16sH", b"", 0x0400))                  # TUNSETQUEUE: IFF_DETACH_QUEUE
os.close(tun)
print("steered")
'''


def two_worker_lab(cls, net, tun, wrap=()):
    """One client (alice, 10.9.0.2), the peer server upstream, a two-worker capture on `tun`."""
    v4_nodes(net, ("10.9.0.2",))
    cls.client = net.script("client.py", CLIENT)
    net.spawn("u", sys.executable, net.script("peer.py", PEER), "server", "10.0.2.1")
    start_capture(net, "r", {
        "tun": tun, "mtu": 1500, "bypassMark": MARK, "maxFlows": 256, "workers": 2,
        "pools": [{"name": "lab", "subnet": "10.9.0.0/24", "users": [{"name": "alice", "address": "10.9.0.2"}]}],
    }, wrap=wrap)
    route_into_tun(net, tun)


class CaptureHandoverTest(CaptureLab):
    TAG = "h"

    @classmethod
    def build(cls, net):
        two_worker_lab(cls, net, "bwch0")
        p = net.ex("r", sys.executable, net.script("steer.py", STEER), "bwch0", check=False)
        if p.returncode != 0 or "steered" not in p.stdout:
            raise AssertionError(f"steering program: {p.returncode} {p.stdout} {p.stderr}")
        time.sleep(0.3)

    def test_1_upload_handed_over_intact(self):
        before = snapshot(self.net)["stats"]
        r = self.run_client("up", "10.0.2.1", str(16 << 20))
        self.assertEqual(r["got"], 16 << 20)
        self.assertEqual(r["mine"], r["theirs"])
        s = snapshot(self.net)["stats"]
        w = s["workers"]
        self.assertEqual(len(w), 2, w)
        # Worker 0 got the SYN and owns the flow; worker 1 got the data.
        self.assertEqual(w[0]["flowsCreated"] - before["workers"][0]["flowsCreated"], 1, w)
        self.assertEqual(w[1]["flowsCreated"], 0, w)
        self.assertGreater(w[1]["packetsIn"], 100, w)
        handed = w[0]["handedOver"] - before["workers"][0]["handedOver"]
        self.assertGreater(handed, 100, w)
        self.assertEqual(w[1]["handedOver"], 0, w)
        self.assertEqual(s["drops"]["inbox_full"], 0, s["drops"])
        self.assertEqual(s["checksumErrors"], 0, s)

    def test_2_download_intact(self):
        # The client's side of a download is ACKs and the request, all on
        # queue 0: nothing handed over, and the bytes still exact.
        r = self.run_client("down", "10.0.2.1", str(16 << 20))
        self.assertEqual(r["got"], 16 << 20)
        self.assertEqual(r["mine"], r["theirs"])


class CaptureSysfsReadOnlyTest(CaptureLab):
    """Receive steering where /sys is read-only (a container): the capture
    starts all the same, leaves the TUN's queues without RPS, says why in
    its stats and its log, and carries traffic."""
    TAG = "s"

    @classmethod
    def build(cls, net):
        # Its own mount namespace, with the namespace's sysfs remounted read-only.
        two_worker_lab(cls, net, "bwcs0", wrap=("unshare", "-m", "sh", "-c", 'mount -o remount,ro /sys && exec "$0" "$@"'))

    def test_steering_refused_capture_runs(self):
        queues = rps_masks(self.net, "bwcs0")
        self.assertEqual(len(queues), 2, queues)
        self.assertEqual(queues, [0, 0], queues)
        steering = snapshot(self.net)["stats"]["receiveSteering"]
        if len(os.sched_getaffinity(0)) > 1:
            self.assertTrue(steering.startswith("failed: /sys/class/net/bwcs0/queues/rx-0/rps_cpus"), steering)
            with open(os.path.join(self.net.tmp, "capture.err")) as f:
                self.assertIn("receive steering on bwcs0 not set", f.read())
        else:
            self.assertEqual(steering, "off")
        r = self.run_client("down", "10.0.2.1", str(8 << 20))
        self.assertEqual(r["got"], 8 << 20)
        self.assertEqual(r["mine"], r["theirs"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
