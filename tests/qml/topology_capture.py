#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The topology's capture paths carry real traffic: a vpn-gateway with the
compat capture on (guilab.FlowsLab, no background traffic), a client sends
counted TCP bytes through the capture, and topology.get's capture path of
the user's exit rises with the bytes sent (within 10 %) up and back; so does
the GUI's TopologyModel (tst_topologylab against the same bywayd). The
counters survive an apply that keeps the capture and one that restarts it
(another TUN name): never reset. Needs root and ip(8); exits 77 (skip)
otherwise, 1 under CI=true.
  topology_capture.py --bywayd BYWAYD --test TST_TOPOLOGYLAB"""
import argparse
import copy
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guilab  # noqa: E402

SEND = 2 * 1024 * 1024


def path(topo: dict, pid: str) -> dict:
    return next((p for p in topo["paths"] if p["id"] == pid), {"bytes": 0, "packets": 0, "missing": True})


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bywayd", default="")
    ap.add_argument("--test", default="")
    args = ap.parse_args()
    if (rc := guilab.cannot_run(args.bywayd)) is not None:
        return rc
    failures: list[str] = []
    start = time.monotonic()
    lab = guilab.FlowsLab(args.bywayd, flows_per_client=0, name="gui-topology-capture")
    try:
        d = lab.daemon
        # alice (10.0.1.2) has no exit of her own: the main table ("main").
        up, back = "capture-up:main", "capture-back:main"

        def counters(when: str) -> tuple[int, int, int, int]:
            topo = d.call("topology.get")
            u, b = path(topo, up), path(topo, back)
            if "missing" in u or "missing" in b:
                failures.append(f"{when}: no capture path {up}/{back}: {[p['id'] for p in topo['paths']]}"
                                f" (capture {topo.get('capture')})")
            return u["bytes"], b["bytes"], u["packets"], b["packets"]

        def transfer(label: str) -> tuple[int, int, int, int]:
            before = counters(label + ", before")
            came_back = lab.send("10.0.1.2", SEND)
            after = counters(label + ", after")
            for what, got, want in (("up", after[0] - before[0], SEND), ("back", after[1] - before[1], came_back)):
                if not abs(got - want) <= want * 0.10:
                    failures.append(f"{label}: capture path {what} rose by {got} bytes, sent {want}")
            if after[2] <= before[2] or after[3] <= before[3]:
                failures.append(f"{label}: packets did not rise: {before[2:]} -> {after[2:]}")
            print(f"{label}: sent {SEND} up, {came_back} back; path counted "
                  f"{after[0] - before[0]} up, {after[1] - before[1]} back")
            return after

        first = transfer("first transfer")
        # An apply that keeps the capture running (another MSS clamp setting).
        cfg = lab.config()
        cfg["nat"]["mssClamp"] = False
        d.call("config.apply", {"config": cfg}, timeout=30)
        kept = counters("after an apply")
        if kept[0] < first[0] or kept[1] < first[1]:
            failures.append(f"an apply reset the capture path: {first[:2]} -> {kept[:2]}")
        # One that restarts it on another TUN: the counters go on from there.
        cfg2 = copy.deepcopy(cfg)
        cfg2["capture"]["tun"] = "bywaytopo1"
        d.call("config.apply", {"config": cfg2}, timeout=30)
        restarted = counters("after a capture restart")
        if restarted[0] < first[0] or restarted[1] < first[1]:
            failures.append(f"a capture restart reset the capture path: {first[:2]} -> {restarted[:2]}")
        second = transfer("after the restart")
        # The GUI's model reads the same from this bywayd.
        if args.test:
            env = dict(os.environ, BYWAY_SOCKET=lab.sock, QT_QPA_PLATFORM="offscreen",
                       BYWAY_EXPECT_PATH=up, BYWAY_EXPECT_BYTES=str(second[0]))
            r = subprocess.run([args.test], env=env, capture_output=True, text=True, timeout=60)
            if r.returncode != 0:
                failures.append(f"the GUI model disagrees:\n{r.stdout[-2000:]}{r.stderr[-2000:]}")
            else:
                print("the GUI model shows the capture path's counters")
    finally:
        lab.close()
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    print(f"{'failed' if failures else 'passed'} in {time.monotonic() - start:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
