#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""status.get while a big apply runs: does bywayd keep answering?

bywayd runs in the lab's router namespace. A vpn-gateway config with N
pools (each masqueraded, each sent to a direct exit's table by source: N
masquerade rules and N FIB rules) is applied, then a second one with other
subnets (so every rule and FIB rule changes), --repeat times. While each
apply runs, a second connection asks status.get back to back; the latencies
of the status.get calls that overlapped an apply are reported (p50, p99,
max) next to the apply's own duration, which is what every other client
waited before the kernel work moved off the event loop (the anchor).

usage: sudo bench/load/apply_status_bench.py [--pools 5000] [--repeat 3]"""

import argparse
import os
import statistics
import sys
import threading
import time

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "lab"))
from bywaylab.lab import Lab  # noqa: E402
from bywaylab import topologies  # noqa: E402


def config(n, second):
    base = 150 if second else 100
    pools, masquerade = [], []
    for i in range(n):
        # Every other /24, so the pools do not merge into a few forward rules.
        subnet = f"10.{base + (2 * i) // 250}.{(2 * i) % 250}.0/24"
        pools.append({"name": f"p{i}", "subnet": subnet, "exit": "wan"})
        masquerade.append({"source": subnet, "out": "wan0"})
    return {"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
            "pools": pools, "exits": [{"name": "wan", "type": "direct", "device": "wan0", "table": 2101}],
            "nat": {"masquerade": masquerade}}


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pools", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("apply_status_bench: needs root (network namespaces)")

    with Lab() as lab:
        topologies.BUILDERS["client-router-upstream"](lab, web=False)
        d = lab.start_bywayd("router")
        configs = [config(args.pools, False), config(args.pools, True)]
        d.call("config.apply", {"config": configs[1]}, timeout=300)
        applies, during = [], []
        for i in range(args.repeat * 2):
            window = {"start": None, "end": None}
            samples = []
            stop = threading.Event()

            def poll():
                rpc = d.rpc(timeout=300)
                while not stop.is_set():
                    t = time.perf_counter()
                    rpc.call("status.get")
                    samples.append((t, time.perf_counter()))

            poller = threading.Thread(target=poll)
            poller.start()
            time.sleep(0.05)
            window["start"] = time.perf_counter()
            r = d.call("config.apply", {"config": configs[i % 2]}, timeout=300)
            window["end"] = time.perf_counter()
            stop.set()
            poller.join()
            applies.append((window["end"] - window["start"]) * 1000)
            during += [(e - s) * 1000 for s, e in samples if s < window["end"] and e > window["start"]]
            if r["writes"] == 0:
                raise SystemExit("the apply changed nothing: the bench measured no kernel work")
        d.stop()

    print(f"| pools | applies | apply wall ms (median) | status.get during apply: n | p50 ms | p99 ms | max ms | "
          f"p99 / apply (anchor: the whole apply) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    apply_ms = statistics.median(applies)
    p99 = percentile(during, 99)
    print(f"| {args.pools} | {len(applies)} | {apply_ms:.0f} | {len(during)} | {percentile(during, 50):.2f} | "
          f"{p99:.2f} | {max(during):.2f} | {p99 / apply_ms:.3f} |")


if __name__ == "__main__":
    main()
