#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Probe bench: a full environment probe (no reachability) against the
anchor the field uses to decide the same thing, `iptables-legacy -t nat -L -n`
plus `nft list ruleset`, on the same machine in the same run.

Runs in a throwaway network namespace (the anchor instantiates the legacy nat
table, the very trap the probe avoids), loaded with a small realistic ruleset:
a Docker-like legacy nat table and a firewall-like nf_tables table.

Prints median/min/max of N runs for:
  probe (in-process)  byway::probe::run() as bywayd calls it (byway-probe --bench)
  probe (process)     byway-probe as a process, including Qt start-up
  anchor              iptables-legacy -t nat -L -n ; nft list ruleset
and the ratio anchor / probe. Needs root.

usage: bench/probe_bench.py [--runs N] [--probe PATH]"""

import argparse
import json
import os
import statistics
import sys
import time

from benchlib import Lab, need_root, tool


NFT = """table inet filter {
 chain input { type filter hook input priority 0; policy accept
  ct state established,related accept
  iifname "lo" accept
%s
 }
 chain forward { type filter hook forward priority 0; policy accept
%s
 }
}
""" % ("\n".join(f"  tcp dport {1000 + i} accept" for i in range(20)),
       "\n".join(f"  ip saddr 10.{i}.0.0/16 counter accept" for i in range(20)))


def run(lab, node, *argv, **kw):
    return lab.run(node, *argv, **kw)


def timed(fn, n):
    us = []
    for _ in range(n):
        t = time.perf_counter_ns()
        fn()
        us.append((time.perf_counter_ns() - t) // 1000)
    return us


def stats(us):
    return {"medianUs": int(statistics.median(us)), "minUs": min(us), "maxUs": max(us)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--probe")
    args = ap.parse_args()
    need_root()
    probe = args.probe or os.environ.get("BYWAY_PROBE") or tool("byway-probe")
    with Lab() as lab:
        lab.add_node("bench")
        run(lab, "bench", "nft", "-f", "-", input=NFT)
        for i in range(20):
            run(lab, "bench", "iptables-legacy", "-t", "nat", "-A", "POSTROUTING", "-s", f"172.{16 + i}.0.0/16",
                "!", "-o", f"br-{i}", "-j", "MASQUERADE")
        run(lab, "bench", "iptables-legacy", "-t", "nat", "-N", "DOCKER")
        run(lab, "bench", "iptables-legacy", "-t", "nat", "-A", "PREROUTING", "-m", "addrtype", "--dst-type",
            "LOCAL", "-j", "DOCKER")

        inproc = json.loads(run(lab, "bench", probe, "--bench", str(args.runs)).stdout)
        process = timed(lambda: run(lab, "bench", probe), args.runs)
        anchor = timed(lambda: (run(lab, "bench", "iptables-legacy", "-t", "nat", "-L", "-n"),
                                run(lab, "bench", "nft", "list", "ruleset")), args.runs)
        # The `ip netns exec` wrapper costs the same for both process figures;
        # measure it so the reader can subtract it.
        wrapper = timed(lambda: run(lab, "bench", "true"), args.runs)

        a, p, w = stats(anchor), stats(process), stats(wrapper)
        out = {
            "runs": args.runs,
            "kernel": os.uname().release,
            "probeInProcess": {k: inproc[k] for k in ("medianUs", "minUs", "maxUs")},
            "probeProcess": p,
            "anchor": a,
            "ipNetnsExecOverhead": w,
            "ratioAnchorOverProbeInProcess": round(a["medianUs"] / max(1, inproc["medianUs"]), 2),
            "ratioAnchorOverProbeProcess": round(a["medianUs"] / max(1, p["medianUs"]), 2),
        }
        print(json.dumps(out, indent=1))
        print(f"probe in-process median {inproc['medianUs'] / 1000:.2f} ms; probe process median "
              f"{p['medianUs'] / 1000:.2f} ms; anchor median {a['medianUs'] / 1000:.2f} ms "
              f"(ip netns exec alone {w['medianUs'] / 1000:.2f} ms); anchor/probe = "
              f"{out['ratioAnchorOverProbeInProcess']}x in-process, {out['ratioAnchorOverProbeProcess']}x as processes",
              file=sys.stderr)

if __name__ == "__main__":
    main()
