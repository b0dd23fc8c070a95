#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No-change re-apply through bywayd's reconciler: the cost of deciding that
the kernel already holds a config, as bywayd pays it.

bywayd runs in the lab's router namespace (client-router-upstream). For each
size N it applies a vpn-gateway config with N pools, each masqueraded on
its own and sent to a direct exit's table by source (N masquerade rules, N
FIB rules, the exit's routes), then applies the same config again --repeat
times. Reported from bywayd's own reply (kernelMs: desired state + compare
with the kernel + changes + verify; totalMs adds storing config, history and
state), median over the repeats; "whole request" is the client's round trip
(JSON parsing and validation of the config, the reply). Anchors in the same run: dumping the same
objects from outside (`nft list table inet byway`, `ip rule show`), which is
what a compare without bywayd's caches would have to read at least.

usage: sudo bench/reconcile/reapply_bench.py [--sizes 10,100,1000] [--repeat 20]"""

import argparse
import os
import statistics
import subprocess
import sys
import time

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "lab"))
from bywaylab.lab import Lab  # noqa: E402
from bywaylab import topologies  # noqa: E402


def config(n):
    pools = []
    exits = []
    masquerade = []
    for i in range(n):
        subnet = f"10.{100 + i // 250}.{i % 250}.0/24"
        pools.append({"name": f"p{i}", "subnet": subnet, "exit": "wan"})
        masquerade.append({"source": subnet, "out": "wan0"})
    exits.append({"name": "wan", "type": "direct", "device": "wan0", "table": 2101})
    return {"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
            "pools": pools, "exits": exits,
            "nat": {"masquerade": masquerade}}


def timed(argv):
    t = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True)
    return (time.perf_counter() - t) * 1000


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,100,1000")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("reapply_bench: needs root (network namespaces)")

    rows = []
    with Lab() as lab:
        topologies.BUILDERS["client-router-upstream"](lab, web=False)
        d = lab.start_bywayd("router")
        ns = lab.ns("router")
        for n in [int(s) for s in args.sizes.split(",")]:
            cfg = config(n)
            first = d.call("config.apply", {"config": cfg}, timeout=120)
            nft_rules = subprocess.run(["ip", "netns", "exec", ns, "nft", "-a", "list", "table", "inet", "byway"],
                                       capture_output=True, text=True).stdout.count("# handle") - 0
            fib_rules = subprocess.run(["ip", "-n", ns, "rule", "show"], capture_output=True, text=True).stdout.count("\n")
            kernel, total, writes, request = [], [], [], []
            for _ in range(args.repeat):
                t = time.perf_counter()
                r = d.call("config.apply", {"config": cfg}, timeout=120)
                request.append((time.perf_counter() - t) * 1000)
                kernel.append(r["kernelMs"])
                total.append(r["totalMs"])
                writes.append(r["writes"])
            nft_dump = statistics.median(timed(["ip", "netns", "exec", ns, "nft", "list", "table", "inet", "byway"])
                                         for _ in range(5))
            rule_dump = statistics.median(timed(["ip", "-n", ns, "rule", "show"]) for _ in range(5))
            rows.append((n, nft_rules, fib_rules, first["kernelMs"], statistics.median(kernel), min(kernel),
                         statistics.median(total), statistics.median(request), nft_dump + rule_dump,
                         sorted(set(writes))))
        d.stop()

    print("| pools | nft objects | FIB rules | first apply kernel ms | re-apply kernel ms (median) | min | "
          "re-apply total ms | whole request ms | anchor: nft list + ip rule (wall ms) | re-apply writes |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]:.1f} | {r[4]:.2f} | {r[5]:.2f} | {r[6]:.1f} | {r[7]:.1f} | "
              f"{r[8]:.1f} | {r[9]} |")
    bad = [r for r in rows if r[9] != [0]]
    if bad:
        raise SystemExit(f"re-apply wrote to the kernel: {bad}")


if __name__ == "__main__":
    main()
