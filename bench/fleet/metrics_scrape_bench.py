#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""bywayd's CPU time per /metrics scrape.

bywayd runs in the lab's router namespace with --metrics-listen. For each
case, a client in the same namespace scrapes /metrics --scrapes times back to
back over one keep-alive connection (as Prometheus does); bywayd's user +
system CPU time (/proc/PID/stat, all its threads: the kernel thread reads the
rule counters) before and after gives the cost per scrape. The anchor is the
same number of status.get calls over the control socket, which every GUI
polls. Cases: role none (no capture, no rules); a vpn-gateway with the
compat capture and --users named users, after a download through the capture
so its per-user and per-exit counters are filled.

usage: sudo bench/fleet/metrics_scrape_bench.py [--scrapes 1000] [--users 100] [--show]"""

import argparse
import json
import os
import sys
import time

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "lab"))
from bywaylab.lab import Lab  # noqa: E402
from bywaylab import topologies  # noqa: E402

METRICS = ("127.0.0.1", 9477)
REMOTE = ("127.0.0.1", 7443)

SCRAPER = r'''
import http.client, json, ssl, sys, time
n = int(sys.argv[1]); host = sys.argv[2]; port = int(sys.argv[3]); token = sys.argv[4] if len(sys.argv) > 4 else None
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
def connect():
    if not token:
        return http.client.HTTPConnection(host, port, timeout=30)
    return http.client.HTTPSConnection(host, port, timeout=30, context=ctx)
headers = {"Authorization": "Bearer " + token} if token else {}
c = connect(); size = 0; t = time.perf_counter()
for _ in range(n):
    if token:
        c = connect()  # bywayd answers one request per TLS connection, as Prometheus then reconnects
    c.request("GET", "/metrics", headers=headers); r = c.getresponse(); body = r.read()
    assert r.status == 200, r.status
    size = len(body)
print(json.dumps({"seconds": time.perf_counter() - t, "bytes": size, "lines": body.count(b"\n")}))
'''


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def capture_config(users, client):
    named = [{"name": f"user{i:03d}", "address": f"10.0.1.{10 + i}"} for i in range(users - 1)]
    named.append({"name": "alice", "address": client})
    return {"version": 1, "role": "vpn-gateway", "capture": {"mode": "on"},
            "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
            "pools": [{"name": "l2tp", "subnet": "10.0.1.0/24", "users": named}],
            "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": "wan0"}]}}


def measure(lab, d, script, n, token=None):
    before = cpu_seconds(d.pid)
    p = lab.run("router", sys.executable, script, n, *(REMOTE if token else METRICS), *([token] if token else []),
                timeout=600)
    scrape_cpu = cpu_seconds(d.pid) - before
    out = json.loads(p.stdout)
    before = cpu_seconds(d.pid)
    t = time.perf_counter()
    with d.rpc(timeout=60) as rpc:
        for _ in range(n):
            rpc.call("status.get")
    status_wall = time.perf_counter() - t
    status_cpu = cpu_seconds(d.pid) - before
    return {"scrape_cpu_ms": 1000 * scrape_cpu / n, "scrape_wall_ms": 1000 * out["seconds"] / n,
            "bytes": out["bytes"], "lines": out["lines"],
            "status_cpu_ms": 1000 * status_cpu / n, "status_wall_ms": 1000 * status_wall / n}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scrapes", type=int, default=1000)
    ap.add_argument("--users", type=int, default=100)
    ap.add_argument("--show", action="store_true", help="print the capture case's exposition text")
    args = ap.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("metrics_scrape_bench: needs root (network namespaces)")
    with Lab() as lab:
        net = topologies.BUILDERS["client-router-upstream"](lab, web=False)
        lab.start_web("upstream", topologies.WEB_V4, port=8080, body="x" * (4 << 20))
        d = lab.start_bywayd("router", name="metrics-bench",
                             extra_args=["--metrics-listen", f"{METRICS[0]}:{METRICS[1]}",
                                         "--remote-listen", f"{REMOTE[0]}:{REMOTE[1]}"])
        token = d.call("token.create", {"name": "bench", "role": "view"})["token"]
        script = os.path.join(lab.make_tmpdir("scraper"), "scrape.py")
        with open(script, "w") as f:
            f.write(SCRAPER)
        rows = [("role none", measure(lab, d, script, args.scrapes))]
        d.call("config.apply", {"config": capture_config(args.users, net["client"])}, timeout=120)
        lab.run("client", "curl", "-s", "--noproxy", "*", "-o", "/dev/null", f"http://{topologies.WEB_V4}:8080/")
        rows.append((f"capture, {args.users} users", measure(lab, d, script, args.scrapes)))
        rows.append(("same over TLS + token", measure(lab, d, script, args.scrapes, token)))
        if args.show:
            print(lab.run("router", "curl", "-s", f"http://{METRICS[0]}:{METRICS[1]}/metrics").stdout)
    print(f"{args.scrapes} scrapes per case (one keep-alive connection; over TLS one each); "
          "anchor: as many status.get")
    print(f"{'case':<24} {'CPU/scrape':>11} {'wall/scrape':>12} {'size':>9} {'lines':>6} "
          f"{'CPU/status.get':>15} {'wall/status.get':>16}")
    for name, r in rows:
        print(f"{name:<24} {r['scrape_cpu_ms']:>8.3f} ms {r['scrape_wall_ms']:>9.3f} ms {r['bytes']:>7} B "
              f"{r['lines']:>6} {r['status_cpu_ms']:>12.3f} ms {r['status_wall_ms']:>13.3f} ms")


if __name__ == "__main__":
    main()
