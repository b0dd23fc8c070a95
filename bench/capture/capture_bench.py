#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""iperf3 through byway-capture vs the plain kernel path between the same
namespaces in the same run (MTU 1500; 1 and 4 streams, up and down), and the
capture's RSS idle and with 1000 open flows. Root; prints ratios.
Binary as in tests/lab/test_capture.py (BYWAY_CAPTURE / BYWAY_BIN_DIR).
BENCH_SECONDS per iperf3 run (5), BENCH_REPEAT runs per case (3): kernel and
capture runs alternate and each case reports its median, since the cores
are shared; the load average before and after is printed with the table."""

import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "lab"))
from test_capture import MARK, TABLE, Net, start_capture  # noqa: E402

HOLD = r'''
import socket, sys, time
if sys.argv[1] == "serve":
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind((sys.argv[2], 9100)); s.listen(4096); keep = []
    while True: keep.append(s.accept()[0])
else:
    keep = []
    for i in range(int(sys.argv[3])):
        c = socket.socket(); c.connect((sys.argv[2], 9100)); keep.append(c)
    print("held", flush=True); time.sleep(float(sys.argv[4]))
'''


def iperf(net, streams, reverse, seconds):
    args = ["iperf3", "-c", "10.0.2.1", "-t", str(seconds), "-P", str(streams), "-J"]
    if reverse:
        args.append("-R")
    out = json.loads(net.ex("c", *args, timeout=seconds + 30).stdout)
    return out["end"]["sum_received"]["bits_per_second"] / 1e9


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def capture_pid(net):
    # ip netns exec execs the binary: the Popen pid is byway-capture itself.
    return net.procs[-1].pid


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    seconds = int(os.environ.get("BENCH_SECONDS", "5"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    load_before = load()
    net = Net("b")
    try:
        for n in ("c", "r", "u"):
            net.add(n)
        net.link("c", "cv0", "r", "rv0")
        net.link("r", "rv1", "u", "uv0")
        net.ex("c", "ip", "addr", "add", "10.9.0.2/24", "dev", "cv0")
        net.ex("c", "ip", "route", "add", "default", "via", "10.9.0.1")
        net.ex("r", "ip", "addr", "add", "10.9.0.1/24", "dev", "rv0")
        net.ex("r", "ip", "addr", "add", "10.0.2.2/24", "dev", "rv1")
        net.ex("u", "ip", "addr", "add", "10.0.2.1/24", "dev", "uv0")
        net.ex("u", "ip", "route", "add", "default", "via", "10.0.2.2")
        net.ex("r", "sysctl", "-qw", "net.ipv4.ip_forward=1", "net.ipv4.conf.all.rp_filter=0", "net.ipv4.conf.default.rp_filter=0")
        net.spawn("u", "iperf3", "-s", "-B", "10.0.2.1", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        hold = net.script("hold.py", HOLD)
        net.spawn("u", sys.executable, hold, "serve", "10.0.2.1")
        time.sleep(0.5)
        cases = [(1, False), (1, True), (4, False), (4, True)]
        start_capture(net, "r", {"tun": "bwc0", "mtu": 1500, "bypassMark": MARK,
                                 "pools": [{"name": "bench", "subnet": "10.9.0.0/24"}]})
        pid = capture_pid(net)
        time.sleep(0.5)
        idle = rss_kib(pid)
        # The capture's rules go in and out between runs: the same TUN and
        # process serve every capture run, the kernel runs see plain forwarding.
        capture_rules = [
            ("rule", "priority", "21000", "fwmark", f"{MARK:#x}/{MARK:#x}", "lookup", "main"),
            ("rule", "priority", "21010", "from", "10.9.0.0/24", "lookup", str(TABLE)),
            ("route", "default", "dev", "bwc0", "table", str(TABLE)),
        ]
        net.ex("r", "sysctl", "-qw", "net.ipv4.conf.bwc0.rp_filter=0")

        def via_capture(on):
            for r in capture_rules:
                net.ex("r", "ip", r[0], "add" if on else "del", *r[1:])

        kernel = {c: [] for c in cases}
        capture = {c: [] for c in cases}
        for _ in range(repeat):
            for c in cases:
                kernel[c].append(iperf(net, *c, seconds))
            via_capture(True)
            for c in cases:
                capture[c].append(iperf(net, *c, seconds))
            via_capture(False)
        via_capture(True)
        after_traffic = rss_kib(pid)
        holder = net.spawn("c", sys.executable, hold, "hold", "10.0.2.1", "1000", "8", stdout=subprocess.PIPE, text=True)
        holder.stdout.readline()
        time.sleep(1)
        held = rss_kib(pid)
        print(f"median of {repeat} runs of {seconds} s; load average before {load_before}, after {load()}")
        print(f"{'case':<22}{'kernel Gbit/s':>14}{'capture Gbit/s':>16}{'ratio':>8}   capture runs")
        for (streams, rev) in cases:
            k, c = statistics.median(kernel[(streams, rev)]), statistics.median(capture[(streams, rev)])
            name = f"{streams} stream{'s' if streams > 1 else ''} {'down' if rev else 'up'}"
            runs = " ".join(f"{x:.2f}" for x in capture[(streams, rev)])
            print(f"{name:<22}{k:>14.2f}{c:>16.2f}{c / k:>8.3f}   {runs}")
        print(f"RSS idle {idle} KiB; after traffic {after_traffic} KiB; with 1000 open flows {held} KiB "
              f"({(held - after_traffic) * 1024 / 1000:.0f} bytes/flow over the post-traffic baseline)")
    finally:
        net.close()


if __name__ == "__main__":
    main()
