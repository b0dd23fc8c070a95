#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""iperf3 through byway-capture vs the plain kernel path between the same
namespaces in the same run: MTU 1500, 1 and 4 streams, up and down, each
through the capture's direct exit and through a SOCKS5 exit served by dante
(Debian's danted, beside the iperf3 server in the upstream namespace); then
the capture restarted at MTU 8500 (every link jumbo) for 1 stream up and
down, direct and dante; 200 short connections one after another (kernel,
direct, dante: what a new flow costs); and the capture's RSS idle, with
BENCH_FLOWS (10000) open flows, and once they all closed.
Root; prints ratios: capture/kernel and dante/direct.
Binary as in tests/lab/test_capture.py (BYWAY_CAPTURE / BYWAY_BIN_DIR).
Each row also gives the capture's CPU seconds (user + system) per GB
through the direct exit. BENCH_SECONDS per iperf3 run (5), BENCH_REPEAT runs per case (3): kernel and
capture runs alternate and each case reports its median, since the cores
are shared; the load average before and after is printed with the table.
BENCH_JUMBO=0 leaves the MTU 8500 rows out, BENCH_DANTE=0 the dante column.
The relay column is the bound of any design that terminates TCP on the
router, as the capture must: the same iperf3 through a plain relay in the
router's namespace (the client connects to it, it connects on to the
server) that moves the bytes between its two kernel sockets with splice(2),
no TUN, no user-space stack and no copy in user space. BENCH_RELAY=0 leaves
it out.
BYWAY_CAPTURE_WORKERS: the capture's packet threads (TUN queues), 2 unless set.
BENCH_PERF=PREFIX: afterwards, one more run each way (BENCH_PERF_STREAMS
streams, 4 unless set) through the direct exit under `perf record -g`
(cpu-clock) of byway-capture, written to PREFIX-up.data and
PREFIX-down.data, with each thread's share printed."""

import json
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "lab"))
from test_capture import (DANTE_PASSWORD, DANTE_USER, DANTED_CONF, MARK, TABLE, WORKERS, Net,  # noqa: E402
                          dante_user, sh, snapshot, start_capture)

DIRECT_SRC, DANTE_SRC = "10.9.0.2", "10.9.0.3"
JUMBO = 8500

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


# Short connections: connect, 16 bytes there and back, close, one after the
# other; what a new flow costs before its first byte (the SOCKS5 exit's pool
# and pipelined handshake are for this).
ECHO = r'''
import socket, statistics, sys, time
if sys.argv[1] == "serve":
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind((sys.argv[2], 9200)); s.listen(256)
    while True:
        c = s.accept()[0]; c.sendall(c.recv(16)); c.close()
else:
    times = []
    for i in range(int(sys.argv[3])):
        t = time.monotonic(); c = socket.create_connection((sys.argv[2], 9200), timeout=10, source_address=(sys.argv[4], 0))
        c.sendall(b"%016d" % i); assert c.recv(16) == b"%016d" % i; c.close(); times.append((time.monotonic() - t) * 1000)
    times.sort(); print(f"{statistics.median(times):.2f} {times[int(len(times) * 0.9)]:.2f}")
'''
CONNECTIONS = 200

# The relay bound: accept on the router, connect on to the server, and
# splice each direction through a pipe (the kernel moves pages, no copy in
# user space); a thread per direction, as the capture has a worker per flow.
RELAY = r'''
import fcntl, os, socket, sys, threading
def pump(a, b):
    r, w = os.pipe(); fcntl.fcntl(r, 1031, 1 << 20)  # F_SETPIPE_SZ
    try:
        while (n := os.splice(a.fileno(), w, 1 << 20, flags=os.SPLICE_F_MOVE)) > 0:
            while n:
                n -= os.splice(r, b.fileno(), n, flags=os.SPLICE_F_MOVE)
    except OSError:
        pass
    try:
        b.shutdown(socket.SHUT_WR)
    except OSError:
        pass
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind((sys.argv[1], int(sys.argv[2]))); s.listen(64)
while True:
    c = s.accept()[0]; u = socket.create_connection((sys.argv[3], 5201))
    for x in (c, u): x.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    for a, b in ((c, u), (u, c)): threading.Thread(target=pump, args=(a, b), daemon=True).start()
'''
RELAY_ADDR, RELAY_PORT = "10.9.0.1", 5301


def connections(net, echo, src):
    """Median and 90th percentile ms of CONNECTIONS sequential short connections from `src`."""
    med, p90 = net.ex("c", sys.executable, echo, "connect", "10.0.2.1", str(CONNECTIONS), src, timeout=120).stdout.split()
    return float(med), float(p90)


def iperf(net, streams, reverse, seconds, src=DIRECT_SRC, to=("10.0.2.1", 5201), node="c"):
    args = ["iperf3", "-c", to[0], "-p", str(to[1]), "-B", src, "-t", str(seconds), "-P", str(streams), "-J"]
    if reverse:
        args.append("-R")
    for _ in range(10):
        out = json.loads(net.ex(node, *args, timeout=seconds + 30, check=False).stdout or "{}")
        # On a loaded machine the server may still be finishing the run before.
        if "busy" not in out.get("error", ""):
            break
        time.sleep(1)
    if "sum_received" not in out.get("end", {}):
        raise RuntimeError(f"iperf3 {' '.join(args[1:])}: {out.get('error', 'no result')}")
    return out["end"]["sum_received"]["bits_per_second"] / 1e9


def rss_kib(pid):
    """VmRSS and its private part (RssAnon) in KiB. The rest, RssFile, is the
    pages of shared libraries and the binary this process touched: shared
    with every other process mapping them (bywayd maps the same Qt)."""
    got = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, value = line.partition(":")
            if key in ("VmRSS", "RssAnon"):
                got[key] = int(value.split()[0])
    return got.get("VmRSS", 0), got.get("RssAnon", 0)


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


FLOWS = int(os.environ.get("BENCH_FLOWS", "10000"))


def client_router_upstream(net, router_dev, client_addrs, gateway):
    """Namespaces c - r - u: the client's /24 addresses on cv0 (linked to the
    router's `router_dev`, which holds `gateway`), upstream 10.0.2.1 behind
    the router's 10.0.2.2; forwarding on, rp_filter off."""
    for n in ("c", "r", "u"):
        net.add(n)
    net.link("c", "cv0", "r", router_dev)
    net.link("r", "rv1", "u", "uv0")
    for a in client_addrs:
        net.ex("c", "ip", "addr", "add", f"{a}/24", "dev", "cv0")
    net.ex("c", "ip", "route", "add", "default", "via", gateway)
    net.ex("r", "ip", "addr", "add", f"{gateway}/24", "dev", router_dev)
    net.ex("r", "ip", "addr", "add", "10.0.2.2/24", "dev", "rv1")
    net.ex("u", "ip", "addr", "add", "10.0.2.1/24", "dev", "uv0")
    net.ex("u", "ip", "route", "add", "default", "via", "10.0.2.2")
    net.ex("r", "sysctl", "-qw", "net.ipv4.ip_forward=1", "net.ipv4.conf.all.rp_filter=0",
           "net.ipv4.conf.default.rp_filter=0")


def capture_config(mtu):
    return {"tun": "bwc0", "mtu": mtu, "bypassMark": MARK, "maxFlows": FLOWS + 2000,
            "pools": [{"name": "bench", "subnet": "10.9.0.0/24",
                       "users": [{"name": "direct", "address": DIRECT_SRC},
                                 {"name": "socks", "address": DANTE_SRC, "exit": "dante"}]}],
            "exits": [{"name": "dante", "type": "socks5", "server": "10.0.2.1", "port": 1081,
                       "username": DANTE_USER, "password": DANTE_PASSWORD}]}


def set_mtu(net, mtu):
    for node, dev in (("c", "cv0"), ("r", "rv0"), ("r", "rv1"), ("u", "uv0")):
        net.ex(node, "ip", "link", "set", dev, "mtu", str(mtu))


def binaries_under_test(capture_binary):
    """{name: path}: A and B from BYWAY_CAPTURE_A and _B when both are set (an A/B of two
    builds), else the one binary `capture_binary()` finds."""
    if os.environ.get("BYWAY_CAPTURE_A") and os.environ.get("BYWAY_CAPTURE_B"):
        return {"A": os.environ["BYWAY_CAPTURE_A"], "B": os.environ["BYWAY_CAPTURE_B"]}
    return {"capture": capture_binary()}


def cpu_seconds(pid):
    """User + system CPU time of `pid` (all its threads) so far."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(net, cases, repeat, seconds, via_capture, dante, pid, relay=False):
    """{case: runs} for the kernel path, the capture's direct exit and its
    dante exit, the splice relay's (relay), and under "cpu" the capture's
    CPU seconds per GB moved through its direct exit (what a pass over the
    data saves shows here even when the throughput moves less than its
    spread)."""
    runs = {k: {c: [] for c in cases} for k in ("kernel", "direct", "dante", "relay", "cpu")}
    for _ in range(repeat):
        for c in cases:
            runs["kernel"][c].append(iperf(net, *c, seconds))
            if relay:
                runs["relay"][c].append(iperf(net, *c, seconds, to=(RELAY_ADDR, RELAY_PORT)))
        via_capture(True)
        for c in cases:
            before = cpu_seconds(pid)
            gbit = iperf(net, *c, seconds)
            runs["cpu"][c].append((cpu_seconds(pid) - before) / (gbit * seconds / 8))
            runs["direct"][c].append(gbit)
            if dante:
                runs["dante"][c].append(iperf(net, *c, seconds, src=DANTE_SRC))
        via_capture(False)
    return runs


def print_rows(runs, cases, mtu):
    for (streams, rev) in cases:
        med = {k: statistics.median(v[(streams, rev)]) if v[(streams, rev)] else 0.0 for k, v in runs.items()}
        cpu = " ".join(f"{x:.3f}" for x in runs["cpu"][(streams, rev)])
        name = f"{streams} stream{'s' if streams > 1 else ''} {'down' if rev else 'up'}, MTU {mtu}"
        k, d, s, r = med["kernel"], med["direct"], med["dante"], med["relay"]
        runs_d = " ".join(f"{x:.2f}" for x in runs["direct"][(streams, rev)])
        runs_s = " ".join(f"{x:.2f}" for x in runs["dante"][(streams, rev)])
        relay = f"{r:>8.2f}{r / k:>7.3f}" if r else f"{'-':>8}{'-':>7}"
        print(f"{name:<26}{k:>8.2f}{d:>9.2f}{d / k:>8.3f}{s:>9.2f}{(s / d if d else 0):>8.3f}{relay}"
              f"   direct {runs_d}; dante {runs_s or '-'}; capture CPU s/GB {med['cpu']:.3f} ({cpu})")


def profile(net, pid, prefix, seconds):
    """BENCH_PERF_STREAMS streams each way under perf record; prints the busiest threads."""
    streams = int(os.environ.get("BENCH_PERF_STREAMS", "4"))
    for direction, rev in (("up", False), ("down", True)):
        data = f"{prefix}-{direction}.data"
        rec = subprocess.Popen(["perf", "record", "-q", "-e", "cpu-clock", "-F", "999", "-g", "-p", str(pid),
                                "-o", data, "--", "sleep", str(seconds)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        gbit = iperf(net, streams, rev, seconds)
        rec.wait(timeout=seconds + 60)
        def top(key, n):
            out = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children", "-g", "none",
                                  "--sort", key, "--percent-limit", "1"], capture_output=True, text=True).stdout
            rows = [" ".join(line.split()) for line in out.splitlines() if line.strip() and not line.startswith("#")]
            return "; ".join(rows[:n])
        print(f"perf {direction} ({streams} streams, {gbit:.2f} Gbit/s): {data}")
        print(f"  threads: {top('pid', 4)}")
        print(f"  symbols: {top('sym', 12)}")


def main():
    seconds = int(os.environ.get("BENCH_SECONDS", "5"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    jumbo = os.environ.get("BENCH_JUMBO", "1") != "0"
    dante = os.environ.get("BENCH_DANTE", "1") != "0"
    relay = os.environ.get("BENCH_RELAY", "1") != "0"
    if dante and not shutil.which("danted"):
        sys.exit("danted is missing (apt-get install dante-server), or BENCH_DANTE=0")
    load_before = load()
    net = Net("b")
    made_user = False
    try:
        client_router_upstream(net, "rv0", [DIRECT_SRC, DANTE_SRC], "10.9.0.1")
        net.spawn("u", "iperf3", "-s", "-B", "10.0.2.1", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if dante:
            made_user = dante_user()
            net.spawn("u", "danted", "-f", net.script("danted.conf", DANTED_CONF),
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        hold = net.script("hold.py", HOLD)
        hold_server = net.spawn("u", sys.executable, hold, "serve", "10.0.2.1")
        echo = net.script("echo.py", ECHO)
        net.spawn("u", sys.executable, echo, "serve", "10.0.2.1")
        if relay:
            net.spawn("r", sys.executable, net.script("relay.py", RELAY), RELAY_ADDR, str(RELAY_PORT), "10.0.2.1")
        time.sleep(0.5)
        cases = [(1, False), (1, True), (4, False), (4, True)]
        proc = start_capture(net, "r", capture_config(1500))
        pid = proc.pid  # ip netns exec execs the binary: the Popen pid is byway-capture itself
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

        runs = measure(net, cases, repeat, seconds, via_capture, dante, pid, relay)
        short = {"kernel": connections(net, echo, DIRECT_SRC)}
        via_capture(True)
        short["direct"] = connections(net, echo, DIRECT_SRC)
        if dante:
            before_short = snapshot(net)["stats"]
            short["dante"] = connections(net, echo, DANTE_SRC)
            after_short = snapshot(net)["stats"]
            pool = {k: after_short.get(k, 0) - before_short.get(k, 0)
                    for k in ("socksPoolHits", "socksPoolMisses", "socksPipelined")}
        if os.environ.get("BENCH_PERF"):
            # Before the held flows.
            profile(net, pid, os.environ["BENCH_PERF"], seconds)
        after_traffic = rss_kib(pid)
        before_hold = snapshot(net)["stats"]
        holder = net.spawn("c", sys.executable, hold, "hold", "10.0.2.1", str(FLOWS), "8", stdout=subprocess.PIPE, text=True)
        all_held = holder.stdout.readline().strip() == "held"
        time.sleep(1)
        held = rss_kib(pid)
        hold_stats = snapshot(net)["stats"]
        holder.wait(timeout=60)
        # The holder's server never closes its side: ending it lets every flow finish.
        hold_server.terminate()
        hold_server.wait(timeout=10)
        deadline = time.monotonic() + 90
        while snapshot(net)["stats"]["flowTable"] > 0 and time.monotonic() < deadline:
            pass
        drained = rss_kib(pid)
        via_capture(False)

        jumbo_cases = [(1, False), (1, True)]
        if jumbo:
            # A new capture at the jumbo MTU (its TUN MTU and MSS clamp are set at start).
            proc.terminate()
            proc.wait(timeout=10)
            set_mtu(net, JUMBO)
            jumbo_proc = start_capture(net, "r", capture_config(JUMBO))
            net.ex("r", "sysctl", "-qw", "net.ipv4.conf.bwc0.rp_filter=0")
            time.sleep(0.5)
            jumbo_runs = measure(net, jumbo_cases, repeat, seconds, via_capture, dante, jumbo_proc.pid, relay)

        print(f"byway-capture with {WORKERS} worker(s); median of {repeat} runs of {seconds} s; "
              f"load average before {load_before}, after {load()}")
        print(f"{'case':<26}{'kernel':>8}{'direct':>9}{'ratio':>8}{'dante':>9}{'d/dir':>8}{'relay':>8}{'r/k':>7}   "
              "(Gbit/s; ratio = capture direct / kernel, d/dir = capture via dante / capture direct, "
              "r/k = splice relay / kernel: the bound of any TCP-terminating design)")
        print_rows(runs, cases, 1500)
        if jumbo:
            print_rows(jumbo_runs, jumbo_cases, JUMBO)
        print(f"{CONNECTIONS} short connections one after another (connect, 16 bytes echoed, close), "
              "median / 90th percentile ms: " + "; ".join(f"{k} {m:.2f} / {p:.2f}" for k, (m, p) in short.items())
              + (f"; dante's pool {pool}" if dante else ""))
        def kib(r):
            return f"{r[0]} KiB ({r[1]} private)"
        drops = {k: v - before_hold["drops"][k] for k, v in hold_stats["drops"].items() if v != before_hold["drops"][k]}
        print(f"RSS idle {kib(idle)}; after traffic {kib(after_traffic)}; with {FLOWS} open flows {kib(held)} "
              f"({(held[0] - after_traffic[0]) * 1024 / max(FLOWS, 1):.0f} bytes/flow over the post-traffic baseline; "
              f"{'all' if all_held else 'NOT all'} connected, {hold_stats['flowTable']} in the table, drops {drops or 'none'}); "
              f"once they closed {kib(drained)}")
    finally:
        net.close()
        if made_user:
            sh("userdel", DANTE_USER, check=False)


if __name__ == "__main__":
    main()
