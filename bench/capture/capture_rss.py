#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the compat capture costs in memory where users run it: inside bywayd.

The product runs the capture in bywayd's process (reconcile service), not as
byway-capture; byway-capture (capture_bench.py) is the standalone tool for
labs and benches, whose RSS is mostly Qt Core, ICU, libstdc++ and libc pages
that bywayd maps anyway. This measures bywayd in the lab's router namespace:
idle with the capture off, then the same config with `capture.mode` on (idle,
the TUN and workers up), after iperf3 up and down through it, with
BENCH_FLOWS (1000) idle flows held open, once they closed, and with the
capture off again. Each step: VmRSS and RssAnon (the process's private
memory), after a settle. Prints each and the capture's increments.

usage: sudo bench/capture/capture_rss.py   (BENCH_FLOWS, BYWAY_CAPTURE_WORKERS:
capture.workers, 2 unless set; BENCH_SECONDS per iperf3 direction, 3)"""

import os
import subprocess
import sys
import time

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "lab"))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bywaylab.lab import Lab  # noqa: E402
from bywaylab import topologies  # noqa: E402
from capture_bench import HOLD, rss_kib as memory  # noqa: E402

FLOWS = int(os.environ.get("BENCH_FLOWS", "1000"))
WORKERS = int(os.environ.get("BYWAY_CAPTURE_WORKERS", "2"))
SECONDS = int(os.environ.get("BENCH_SECONDS", "3"))


def config(mode):
    return {"version": 1, "role": "vpn-gateway",
            "capture": {"mode": mode, "workers": WORKERS},
            "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
            "pools": [{"name": "lan", "subnet": "10.0.1.0/24"}],
            # The same in both: with the capture on it carries the pool itself.
            "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": "wan0"}]}}


def settle(d, seconds=1.5):
    time.sleep(seconds)
    return memory(d.pid)


def wait_capture(d, active):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if bool(d.call("status.get").get("capture", {}).get("active")) == active:
            return
        time.sleep(0.1)
    raise SystemExit(f"capture_rss: the capture did not become {'active' if active else 'inactive'}")


def iperf(lab, server, reverse):
    args = ["iperf3", "-c", server, "-t", str(SECONDS), "-J"]
    if reverse:
        args.append("-R")
    p = lab.run("client", *args, check=False, timeout=SECONDS + 30)
    if p.returncode != 0:
        raise SystemExit(f"capture_rss: iperf3 {' '.join(args[1:])} failed: {p.stderr or p.stdout[-400:]}")


def main():
    if os.geteuid() != 0:
        raise SystemExit("capture_rss: needs root (network namespaces)")
    with Lab() as lab:
        net = topologies.BUILDERS["client-router-upstream"](lab, web=False)
        # Only the capture carries the pool: upstream has no route back.
        lab.ip("upstream", "route", "del", "10.0.1.0/24")
        lab.popen("upstream", "iperf3", "-s", "-B", net["upstream"], stdout=subprocess.DEVNULL,
                  stderr=subprocess.DEVNULL)
        hold = os.path.join(lab.make_tmpdir("rss"), "hold.py")
        with open(hold, "w") as f:
            f.write(HOLD)
        hold_server = lab.popen("upstream", sys.executable, hold, "serve", net["upstream"])
        d = lab.start_bywayd("router")
        d.call("config.apply", {"config": config("off")})
        rows = [("capture off", settle(d))]
        d.call("config.apply", {"config": config("on")})
        wait_capture(d, True)
        rows.append(("capture on, idle", settle(d)))
        iperf(lab, net["upstream"], False)
        iperf(lab, net["upstream"], True)
        rows.append(("after iperf3 up and down", settle(d)))
        holder = lab.popen("client", sys.executable, hold, "hold", net["upstream"], str(FLOWS), "6",
                           stdout=subprocess.PIPE, text=True)
        if holder.stdout.readline().strip() != "held":
            raise SystemExit("capture_rss: the idle flows did not all connect")
        held = settle(d, 1)
        flows = len(d.call("flows.list").get("flows", []))
        rows.append((f"{FLOWS} idle flows open ({flows} listed)", held))
        holder.wait(timeout=60)
        hold_server.terminate()
        hold_server.wait(timeout=10)
        deadline = time.monotonic() + 60
        while d.call("flows.list").get("flows") and time.monotonic() < deadline:
            time.sleep(0.5)
        rows.append(("flows closed", settle(d)))
        d.call("config.apply", {"config": config("off")})
        wait_capture(d, False)
        rows.append(("capture off again", settle(d)))

        base = rows[0][1]
        print(f"bywayd with capture.workers {WORKERS}; KiB (VmRSS / RssAnon), and over the first row")
        for name, (rss, anon) in rows:
            print(f"  {name:<36} {rss:>7} / {anon:>7}   +{rss - base[0]:>6} / +{anon - base[1]:>6}")
        idle, after, held_row = rows[1][1], rows[2][1], rows[3][1]
        print(f"capture idle: +{(idle[0] - base[0]) / 1024:.1f} MiB RSS (+{(idle[1] - base[1]) / 1024:.1f} private); "
              f"after traffic +{(after[0] - base[0]) / 1024:.1f} MiB; "
              f"{(held_row[0] - after[0]) * 1024 / FLOWS:.0f} bytes per idle flow")


if __name__ == "__main__":
    main()
