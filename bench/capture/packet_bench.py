#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""iperf3 through byway-capture's AF_PACKET path vs the kernel's forwarding,
in the same run. The capture reads a tunnel interface (here a veth named like
one, `bwcpk0`, with its offloads: GRO/GSO frames up to 64 KiB arrive whole)
through one PACKET_FANOUT_HASH socket per worker, and answers through raw
sockets bound to it; the kernel's own forwarding of what it captures is
blackholed by a policy rule, as on a router system whose FORWARD path is
closed. The client has two addresses: 10.77.0.2 is in the capture's pool
(captured), 10.77.0.200 is not (forwarded by the kernel), so both paths run
against one capture without restarting it. 1 and 4 streams, up and down,
kernel and capture runs alternating, median of BENCH_REPEAT (3) runs of
BENCH_SECONDS (5). BYWAY_CAPTURE_WORKERS: the capture's workers (2 unless
set). Root. Binary as in tests/lab/test_capture.py (BYWAY_CAPTURE /
BYWAY_BIN_DIR)."""

import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "lab"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_capture import WORKERS, Net, snapshot, start_capture  # noqa: E402
from capture_bench import client_router_upstream, iperf, load  # noqa: E402

CAPTURED, FORWARDED = "10.77.0.2", "10.77.0.200"


def main():
    if os.geteuid() != 0:
        raise SystemExit("packet_bench: needs root (network namespaces)")
    seconds = int(os.environ.get("BENCH_SECONDS", "5"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    load_before = load()
    net = Net("pb")
    try:
        client_router_upstream(net, "bwcpk0", [CAPTURED, FORWARDED], "10.77.0.1")
        # What the capture carries, the kernel must not forward as well.
        net.ex("r", "ip", "rule", "add", "priority", "100", "from", f"{CAPTURED}/32", "iif", "bwcpk0",
               "lookup", "2999")
        net.ex("r", "ip", "route", "add", "blackhole", "default", "table", "2999")
        net.spawn("u", "iperf3", "-s", "-B", "10.0.2.1", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        start_capture(net, "r", {"noTun": True, "packetInterfaces": ["bwcpk*"],
                                 "pools": [{"name": "ike", "subnet": f"{CAPTURED}/32"}]})
        time.sleep(0.5)
        cases = [(1, False), (1, True), (4, False), (4, True)]
        runs = {k: {c: [] for c in cases} for k in ("kernel", "capture")}
        for _ in range(repeat):
            for c in cases:
                runs["kernel"][c].append(iperf(net, *c, seconds, src=FORWARDED))
                runs["capture"][c].append(iperf(net, *c, seconds, src=CAPTURED))
        snap = snapshot(net)
        ifs = {i["name"]: i for i in snap["packetInterfaces"]}
        print(f"byway-capture AF_PACKET, {WORKERS} worker(s); median of {repeat} runs of {seconds} s; "
              f"load average before {load_before}, after {load()}")
        print(f"{'case':<18}{'kernel':>8}{'capture':>9}{'ratio':>8}   (Gbit/s)")
        for (streams, rev) in cases:
            k = statistics.median(runs["kernel"][(streams, rev)])
            c = statistics.median(runs["capture"][(streams, rev)])
            name = f"{streams} stream{'s' if streams > 1 else ''} {'down' if rev else 'up'}"
            print(f"{name:<18}{k:>8.2f}{c:>9.2f}{c / k:>8.3f}   capture "
                  + " ".join(f"{x:.2f}" for x in runs["capture"][(streams, rev)]))
        i = ifs.get("bwcpk0", {})
        print(f"bwcpk0: {i.get('sockets')} socket(s), largest frame {i.get('largestFrame')} bytes, "
              f"{i.get('partialChecksums')} partial checksums completed; drops {snap['stats'].get('drops')}")
    finally:
        net.close()


if __name__ == "__main__":
    main()
