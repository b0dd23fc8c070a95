#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""One ansible-playbook run over N lab boxes (byway.appliance.byway_config),
against the same playbook shape with a no-op module (ansible.builtin.ping)
over the same hosts: what Byway's module adds to what Ansible itself costs.

For each size the lab builds N boxes (tests/lab/bywaylab/fleet.py: a
namespace and a bywayd --remote-listen each, a controller namespace running
ansible-playbook, the collection built and installed with ansible-galaxy),
applies the first config (not timed), then times, median of --repeat runs:
  no-change   tests/lab/fleet/site.yml --tags config, nothing to do anywhere
  one-change  the same with another pool on one box (1 changed, N-1 not)
  ping        tests/lab/fleet/ping.yml (ansible.builtin.ping, connection local)
Wall time of the whole ansible-playbook process. Everything it made is torn
down after each size.

usage: sudo bench/fleet/fleet_bench.py [--sizes 5,20,50] [--repeat 3] [--forks 20]"""

import argparse
import os
import statistics
import subprocess
import sys
import time

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "lab"))
from bywaylab.lab import Lab  # noqa: E402
from bywaylab.fleet import Fleet, tools_problem  # noqa: E402


def timed_run(fleet, forks, want_changed, **kwargs):
    t = time.perf_counter()
    rc, out = fleet.run(forks=forks, timeout=1800, **kwargs)
    seconds = time.perf_counter() - t
    changed = sum(1 for s in out["stats"].values() if s["changed"])
    if rc != 0 or changed != want_changed or len(out["stats"]) != len(fleet.boxes):
        raise SystemExit(f"fleet_bench: run {kwargs} gave exit {rc}, {changed} changed (want {want_changed}), "
                         f"{len(out['stats'])} hosts: {out['stats']}")
    return seconds


def bench_size(n, repeat, forks):
    with Lab() as lab:
        t = time.perf_counter()
        fleet = Fleet(lab, n)
        setup = time.perf_counter() - t
        timed_run(fleet, forks, n, args=["--tags", "config"])  # first apply: every box changes
        pool = {}

        def one_change(i):
            # Box 1 alternates between two pools; the others keep theirs.
            pool[fleet.boxes[0].name] = {"byway_pool": f"10.{30 + i % 2}.0.0/24"}
            return timed_run(fleet, forks, 1, args=["--tags", "config"], host_vars=pool)

        rows = {"no-change": [], "one-change": [], "ping": []}
        for i in range(repeat):
            rows["no-change"].append(timed_run(fleet, forks, 0, args=["--tags", "config"], host_vars=pool))
            rows["one-change"].append(one_change(i))
            rows["ping"].append(timed_run(fleet, forks, 0, playbook="ping.yml"))
        return setup, {k: statistics.median(v) for k, v in rows.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="5,20,50")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--forks", type=int, default=20, help="ansible forks (capped at the number of boxes)")
    args = ap.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("fleet_bench: needs root (network namespaces)")
    problem = tools_problem()
    if problem:
        raise SystemExit(f"fleet_bench: {problem}")
    load = os.getloadavg()[0]
    print(f"# {time.strftime('%Y-%m-%d')}, {subprocess.run(['ansible-playbook', '--version'], capture_output=True, text=True).stdout.splitlines()[0]}, "
          f"{os.cpu_count()} CPUs, load average at start {load:.1f}, median of {args.repeat}")
    print("| boxes | forks | no-change s | one-change s | ping s | no-change / ping | one-change / ping | setup s |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in (int(s) for s in args.sizes.split(",")):
        forks = min(args.forks, n)
        setup, m = bench_size(n, args.repeat, forks)
        print(f"| {n} | {forks} | {m['no-change']:.1f} | {m['one-change']:.1f} | {m['ping']:.1f} | "
              f"{m['no-change'] / m['ping']:.2f}x | {m['one-change'] / m['ping']:.2f}x | {setup:.0f} |", flush=True)
    print(f"# load average at the end {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
