#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Apply time of Byway's nftables layer against the anchors, in one fresh
network namespace per tool (root):

  byway     byway-nft-tool replace FILE.json  (one libnftnl batch)
  nft -f    the same ruleset as toNftText() gives it, one `nft -f` run
  iptables  one iptables (iptables-nft) process per rule
  re-apply  byway-nft-tool apply with no change: read + matches, zero writes

Each size: median of several runs. Wall = whole process, as an admin would
run it; "lib" = time inside the library (byway-nft-tool's elapsed_us).

  sudo bench/nft/bench_nft.py [--sizes 10,100,1000,5000] [--runs 5] [--write-doc]
The tool is found via $BYWAY_BIN_DIR or <source>/build*/helper/netfilter."""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from benchlib import Lab, need_root, tool, write_doc_section  # noqa: E402

SECTION = "## nftables apply"
NOTES = """Reading it: in bywayd there is no process start, so "byway lib" is the apply cost there; the
wall columns include `ip netns exec` and process start/exit for every tool (byway-nft-tool pays
Qt start-up, which is why its wall time trails `nft -f` at 10 and 100 rules while its lib time is
0.6 and 1.9 ms). From 1000 rules on, byway is at or below `nft -f` in wall time too. The no-change
re-apply makes zero netlink writes at every size and stays under 5 ms up to a few hundred rules;
at 1000 and 5000 rules it is bound by the kernel's rule dump (about 40 % of the time in perf)
plus the comparison, 10 and 54 ms. A faster path for big rulesets (digest in the table's
userdata, trusted while the drift Monitor reports no change) is not done.
"""


def sh(argv, input=None):
    p = subprocess.run(argv, capture_output=True, text=True, input=input)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(argv[:6])}...: {p.stderr.strip()}")
    return p.stdout


def timed(argv, input=None):
    t0 = time.perf_counter()
    out = sh(argv, input)
    return time.perf_counter() - t0, out


def ruleset(n):
    """n rules shaped like a gateway's: per-subnet forward accepts, a masquerade each 10th."""
    fwd, post = [], []
    for i in range(n):
        pfx = f"10.{i // 250}.{i % 250}.0/24"
        if i % 10 == 9:
            post.append({"id": f"masq.{i}", "match": [{"kind": "ip_saddr", "prefix": pfx},
                                                      {"kind": "oifname", "name": "wan0"}],
                         "statement": {"kind": "masquerade"}})
        else:
            fwd.append({"id": f"fwd.{i}", "match": [{"kind": "iifname", "name": "vpns*"},
                                                    {"kind": "ip_saddr", "prefix": pfx},
                                                    {"kind": "oifname", "name": "wan0"}],
                        "statement": {"kind": "accept"}})
    return {"name": "byway", "chains": [
        {"name": "forward", "type": "filter", "hook": "forward", "priority": 0, "policy": "accept", "rules": fwd},
        {"name": "postrouting", "type": "nat", "hook": "postrouting", "priority": 100, "policy": "accept",
         "rules": post}]}


def iptables_argv(n):
    out = []
    for i in range(n):
        pfx = f"10.{i // 250}.{i % 250}.0/24"
        if i % 10 == 9:
            out.append(["-t", "nat", "-A", "POSTROUTING", "-s", pfx, "-o", "wan0", "-j", "MASQUERADE"])
        else:
            out.append(["-A", "FORWARD", "-i", "vpns+", "-s", pfx, "-o", "wan0", "-j", "ACCEPT"])
    return out


class Netns:
    """One lab node per size, gone when the lab closes."""

    def __init__(self, lab, tag):
        self.lab, self.tag = lab, tag
        lab.add_node(tag)

    def argv(self, *a):
        return self.lab.cmd(self.tag, *a)


def ms(x):
    return f"{x * 1000:.1f}"


def bench(lab, sizes, runs, ipt_max_runs, tool):
    rows = []
    tmp = lab.make_tmpdir("nftbench")
    for n in sizes:
        path = os.path.join(tmp, f"r{n}.json")
        with open(path, "w") as f:
            json.dump(ruleset(n), f)
        text = sh([tool, "text", "--replace", path])
        ns = Netns(lab, f"b{n}")
        wall, lib = [], []
        for _ in range(runs):
            t, out = timed(ns.argv(tool, "replace", path))
            wall.append(t)
            lib.append(json.loads(out)["elapsed_us"] / 1e6)
        nop_wall, nop_lib, writes = [], [], set()
        for _ in range(runs):
            t, out = timed(ns.argv(tool, "apply", path))
            res = json.loads(out)
            nop_wall.append(t)
            nop_lib.append(res["elapsed_us"] / 1e6)
            writes.add(res["writes"])
        sh(ns.argv(tool, "remove", "byway"))
        nft = []
        for _ in range(runs):
            t, _ = timed(ns.argv("nft", "-f", "-"), input=text)
            nft.append(t)
        sh(ns.argv("nft", "flush", "ruleset"))
        ipt = []
        for _ in range(min(runs, ipt_max_runs if n >= 1000 else runs)):
            sh(ns.argv("nft", "flush", "ruleset"))
            t0 = time.perf_counter()
            for a in iptables_argv(n):
                sh(ns.argv("iptables-nft", *a))
            ipt.append(time.perf_counter() - t0)
        row = dict(n=n, wall=statistics.median(wall), lib=statistics.median(lib), nft=statistics.median(nft),
                   ipt=statistics.median(ipt), nop_wall=statistics.median(nop_wall),
                   nop_lib=statistics.median(nop_lib), nop_writes=sorted(writes), runs=runs, ipt_runs=len(ipt))
        rows.append(row)
        print(f"{n:5d} rules: byway {ms(row['wall'])} ms (lib {ms(row['lib'])})  nft -f {ms(row['nft'])} ms  "
              f"iptables {ms(row['ipt'])} ms  | re-apply lib {ms(row['nop_lib'])} ms, wall {ms(row['nop_wall'])} ms, "
              f"writes {row['nop_writes']}  | nft-f/byway {row['nft'] / row['wall']:.2f}x  "
              f"iptables/byway {row['ipt'] / row['wall']:.0f}x", flush=True)
    return rows


def markdown(rows):
    kernel = platform.release()
    nftv = sh(["nft", "--version"]).strip()
    iptv = sh(["iptables-nft", "--version"]).strip()
    out = [SECTION, "",
           f"`bench/nft/bench_nft.py` (root), {time.strftime('%Y-%m-%d')}, kernel {kernel}, {nftv}, {iptv}; "
           "one fresh network namespace per size. Ruleset: per-/24 forward accepts "
           "(`iifname \"vpns*\" ip saddr P oifname \"wan0\"`) plus a masquerade every 10th rule, counters on all. "
           f"Median of {rows[0]['runs']} runs (iptables at >= 1000 rules: {rows[-1]['ipt_runs']}). "
           "Wall = whole process (byway-nft-tool, `nft -f`, or the sum of one `iptables-nft` process per rule); "
           "lib = time inside byway_nft (IR in memory and socket open → last ack: render, batch, kernel commit; for re-apply: dumps + compare). Re-apply = `apply` of an unchanged IR: "
           "read + matches, no netlink write.", "",
           "| rules | byway wall ms | byway lib ms | nft -f ms | iptables ms | nft -f / byway | iptables / byway "
           "| re-apply lib ms | re-apply wall ms | re-apply writes |",
           "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        out.append(f"| {r['n']} | {ms(r['wall'])} | {ms(r['lib'])} | {ms(r['nft'])} | {ms(r['ipt'])} | "
                   f"{r['nft'] / r['wall']:.2f}x | {r['ipt'] / r['wall']:.0f}x | {ms(r['nop_lib'])} | "
                   f"{ms(r['nop_wall'])} | {','.join(map(str, r['nop_writes']))} |")
    out += ["", NOTES]
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10,100,1000,5000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--iptables-runs", type=int, default=1, help="runs of the slow iptables loop at >= 1000 rules")
    ap.add_argument("--write-doc", action="store_true")
    a = ap.parse_args()
    need_root()
    with Lab() as lab:
        rows = bench(lab, [int(s) for s in a.sizes.split(",")], a.runs, a.iptables_runs, tool("byway-nft-tool"))
    section = markdown(rows)
    print(section)
    if a.write_doc:
        write_doc_section(SECTION, section)


if __name__ == "__main__":
    main()
