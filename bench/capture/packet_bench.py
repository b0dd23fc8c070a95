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
BENCH_SECONDS (5), with the capture's CPU seconds per GB it moved.
BENCH_L3=1 (the default) adds the same cases through an L3 tunnel: a TUN
device in L3 mode (bwcpk3, no link header, like xfrm or wireguard) whose
far end is a second TUN in the client's namespace, joined by the lab's
relay (tests/lab/test_capture_packet.py, L3_TUNNEL: one Python process,
GSO super-packets crossing whole); both paths go through the same relay.
BENCH_TO_ROUTER=1 (the default) adds a pooled client's iperf3 to a server on
the router itself, which the capture must leave to the kernel: its "kernel"
row is the same run with no capture started, and the CPU column what the
capture spent meanwhile on copies it was shown. BYWAY_CAPTURE_WORKERS: the capture's workers (2 unless set). Root. Binary
as in tests/lab/test_capture.py (BYWAY_CAPTURE / BYWAY_BIN_DIR); an A/B of
two builds with BYWAY_CAPTURE_A and BYWAY_CAPTURE_B (each round starts
each build in turn, the order alternating)."""

import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "lab"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_capture import WORKERS, Net, capture_binary, snapshot, start_capture  # noqa: E402
from test_capture_packet import L3_TUNNEL  # noqa: E402
from capture_bench import binaries_under_test, client_router_upstream, cpu_seconds, iperf, load  # noqa: E402

CAPTURED, FORWARDED = "10.77.0.2", "10.77.0.200"
L3_CAPTURED, L3_FORWARDED = "10.76.0.2", "10.76.0.200"


def l3_tunnel(net):
    """Client namespace "t" behind the router's L3 TUN device bwcpk3."""
    net.add("t")
    net.ex("r", "ip", "tuntap", "add", "bwcpk3", "mode", "tun")
    net.ex("t", "ip", "tuntap", "add", "pt0", "mode", "tun")
    relay = net.spawn("r", sys.executable, net.script("l3tunnel.py", L3_TUNNEL), f"/run/netns/{net.ns('r')}",
                      "bwcpk3", f"/run/netns/{net.ns('t')}", "pt0", stdout=subprocess.PIPE, text=True)
    if relay.stdout.readline().strip() != "ready":
        raise SystemExit("packet_bench: the L3 tunnel did not start")
    net.ex("r", "ip", "addr", "add", "10.76.0.1/24", "dev", "bwcpk3")
    net.ex("r", "ip", "link", "set", "bwcpk3", "up")
    for a in (L3_CAPTURED, L3_FORWARDED):
        net.ex("t", "ip", "addr", "add", f"{a}/24", "dev", "pt0")
    net.ex("t", "ip", "link", "set", "pt0", "up")
    net.ex("t", "ip", "route", "add", "default", "dev", "pt0")
    net.ex("r", "ip", "rule", "add", "priority", "101", "from", f"{L3_CAPTURED}/32", "iif", "bwcpk3",
           "lookup", "2999")


def main():
    if os.geteuid() != 0:
        raise SystemExit("packet_bench: needs root (network namespaces)")
    seconds = int(os.environ.get("BENCH_SECONDS", "5"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    binaries = binaries_under_test(capture_binary)
    load_before = load()
    net = Net("pb")
    l3 = os.environ.get("BENCH_L3", "1") != "0"
    # (streams, download, through the L3 tunnel, to the router itself)
    cases = [(1, False, False, False), (1, True, False, False), (4, False, False, False), (4, True, False, False)]
    if l3:
        cases += [(1, False, True, False), (1, True, True, False), (4, True, True, False)]
    if os.environ.get("BENCH_TO_ROUTER", "1") != "0":
        cases += [(1, False, False, True), (1, True, False, True)]
    runs = {k: {c: [] for c in cases} for k in ["kernel", *binaries]}
    cpu = {k: {c: [] for c in cases} for k in binaries}
    try:
        client_router_upstream(net, "bwcpk0", [CAPTURED, FORWARDED], "10.77.0.1")
        # What the capture carries, the kernel must not forward as well.
        net.ex("r", "ip", "rule", "add", "priority", "100", "from", f"{CAPTURED}/32", "iif", "bwcpk0",
               "lookup", "2999")
        net.ex("r", "ip", "route", "add", "blackhole", "default", "table", "2999")
        if l3:
            l3_tunnel(net)
        net.spawn("u", "iperf3", "-s", "-B", "10.0.2.1", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        net.spawn("r", "iperf3", "-s", "-B", "10.77.0.1", "-p", "5202", stdout=subprocess.DEVNULL,
                  stderr=subprocess.DEVNULL)
        time.sleep(1)  # both servers listening

        def run(c, captured):
            if c[3]:
                # A pooled client to a service on the router: the kernel's
                # both with the capture (which must leave it alone) and without.
                return iperf(net, c[0], c[1], seconds, src=CAPTURED, to=("10.77.0.1", 5202))
            src = (L3_CAPTURED if captured else L3_FORWARDED) if c[2] else (CAPTURED if captured else FORWARDED)
            return iperf(net, c[0], c[1], seconds, src=src, node="t" if c[2] else "c")

        for i in range(repeat):
            for c in cases:
                runs["kernel"][c].append(run(c, False))
            for name in (list(binaries) if i % 2 == 0 else list(reversed(binaries))):
                os.environ["BYWAY_CAPTURE"] = binaries[name]
                proc = start_capture(net, "r", {"noTun": True, "packetInterfaces": ["bwcpk*"],
                                                "pools": [{"name": "ike", "subnet": f"{CAPTURED}/32"},
                                                          {"name": "l3", "subnet": f"{L3_CAPTURED}/32"}]})
                try:
                    time.sleep(0.5)
                    for c in cases:
                        before = cpu_seconds(proc.pid)  # ip netns exec execs the binary
                        gbit = run(c, True)
                        runs[name][c].append(gbit)
                        cpu[name][c].append((cpu_seconds(proc.pid) - before) / (gbit * seconds / 8))
                    snap = snapshot(net)
                finally:
                    proc.terminate()
                    proc.wait(timeout=30)
        print(f"byway-capture AF_PACKET, {WORKERS} worker(s); median of {repeat} runs of {seconds} s; "
              f"load average before {load_before}, after {load()}")
        print(f"{'case':<26}{'build':<9}{'Gbit/s':>8}{'ratio':>8}{'CPU s/GB':>10}   runs")
        for c in cases:
            k = statistics.median(runs["kernel"][c])
            name = (f"{c[0]} stream{'s' if c[0] > 1 else ''} {'down' if c[1] else 'up'}{', L3' if c[2] else ''}"
                    f"{', to router' if c[3] else ''}")
            print(f"{name:<26}{'kernel':<9}{k:>8.2f}")
            for b in binaries:
                g = statistics.median(runs[b][c])
                print(f"{'':<26}{b:<9}{g:>8.2f}{g / k:>8.3f}{statistics.median(cpu[b][c]):>10.3f}   "
                      + " ".join(f"{x:.2f}" for x in runs[b][c]))
        for name, i in sorted({f["name"]: f for f in snap["packetInterfaces"]}.items()):
            print(f"{name} (last capture): {i.get('sockets')} socket(s), largest frame {i.get('largestFrame')} bytes, "
                  f"{i.get('partialChecksums')} partial checksums, {i.get('injected')} injected")
        print(f"drops {snap['stats'].get('drops')}")
    finally:
        net.close()


if __name__ == "__main__":
    main()
