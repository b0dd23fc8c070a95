#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""New TCP connections at once through byway-capture's direct exit vs the
kernel path between the same namespaces, in the same run: BENCH_CLIENTS (3)
client processes in the client namespace, each keeping BENCH_AT_ONCE (32)
connections going for BENCH_SECONDS (4): connect, 16 bytes there and back,
close, again. The server is two asyncio processes on one SO_REUSEPORT port.
Prints connections a second, median of BENCH_REPEAT (3) rounds, kernel and
capture alternating, capture/kernel, and the capture's CPU (user + system)
a connection. What a browser's burst of new connections meets; the
sequential latency of one connection is capture_bench.py's.

    sudo python3 bench/capture/connect_bench.py
    sudo BYWAY_CAPTURE_A=old/byway-capture BYWAY_CAPTURE_B=new/byway-capture python3 bench/capture/connect_bench.py

With BYWAY_CAPTURE_A and _B the capture runs are made with both binaries
(alternating), each against the same kernel runs; else the binary as in
tests/lab/test_capture.py (BYWAY_CAPTURE / BYWAY_BIN_DIR). Namespaces as
bench/capture/capture_bench.py (client -> router -> upstream, MTU 1500).
Python clients and server: on a 2-core machine they, not the capture, take
most of the CPU, so the ratio understates what the capture could do."""

import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "lab"))
from capture_bench import (DIRECT_SRC, binaries_under_test, capture_config, client_router_upstream,  # noqa: E402
                           cpu_seconds, load)
from test_capture import TABLE, Net, capture_binary, route_into_tun, start_capture  # noqa: E402

PORT = 9300

# argv: ADDR. Echoes 16 bytes a connection, then closes it.
SERVER = r'''
import asyncio, socket, sys
async def echo(r, w):
    w.write(await r.readexactly(16)); await w.drain(); w.close()
async def main():
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    s.bind((sys.argv[1], %d)); s.listen(4096)
    await (await asyncio.start_server(echo, sock=s)).serve_forever()
asyncio.run(main())
''' % PORT

# argv: DST SRC AT_ONCE SECONDS: prints connections done and failed.
CLIENT = r'''
import asyncio, json, sys, time
dst, src, at_once, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
done = failed = 0
async def one_after_another(end):
    global done, failed
    while time.monotonic() < end:
        try:
            r, w = await asyncio.open_connection(dst, %d, local_addr=(src, 0))
            w.write(b"0123456789abcdef"); assert await r.readexactly(16) == b"0123456789abcdef"
            w.close(); done += 1
        except Exception:
            failed += 1
async def main():
    end = time.monotonic() + seconds
    await asyncio.gather(*[one_after_another(end) for _ in range(at_once)])
asyncio.run(main()); print(json.dumps({"done": done, "failed": failed}))
''' % PORT


def burst(net, client, clients, at_once, seconds):
    """Connections a second over all clients, and how many failed."""
    procs = [net.spawn("c", sys.executable, client, "10.0.2.1", DIRECT_SRC, str(at_once), str(seconds),
                       stdout=subprocess.PIPE, text=True) for _ in range(clients)]
    outs = [json.loads(p.communicate(timeout=seconds + 60)[0]) for p in procs]
    return sum(o["done"] for o in outs) / seconds, sum(o["failed"] for o in outs)


def main():
    seconds = float(os.environ.get("BENCH_SECONDS", "4"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    clients = int(os.environ.get("BENCH_CLIENTS", "3"))
    at_once = int(os.environ.get("BENCH_AT_ONCE", "32"))
    binaries = binaries_under_test(capture_binary)
    print(f"load before: {load()}")
    net = Net("con")
    rates = {k: [] for k in ["kernel", *binaries]}
    cpu = {k: [] for k in binaries}
    failed = 0
    try:
        client_router_upstream(net, "rv0", [DIRECT_SRC], "10.9.0.1")
        for _ in range(2):
            net.spawn("u", sys.executable, net.script("server.py", SERVER), "10.0.2.1",
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = net.script("client.py", CLIENT)
        # Many short connections from one address: ports in TIME_WAIT are reused.
        net.ex("c", "sysctl", "-qw", "net.ipv4.ip_local_port_range=10000 65000")
        net.ex("c", "sysctl", "-qw", "net.ipv4.tcp_tw_reuse=1")
        cfg = capture_config(1500)
        time.sleep(0.5)
        for i in range(repeat):
            rate, f = burst(net, client, clients, at_once, seconds)
            rates["kernel"].append(rate)
            failed += f
            for name in (list(binaries) if i % 2 == 0 else list(reversed(binaries))):
                os.environ["BYWAY_CAPTURE"] = binaries[name]
                proc = start_capture(net, "r", cfg)
                try:
                    route_into_tun(net, "bwc0")
                    time.sleep(0.5)
                    before = cpu_seconds(proc.pid)
                    rate, f = burst(net, client, clients, at_once, seconds)
                    rates[name].append(rate)
                    cpu[name].append((cpu_seconds(proc.pid) - before) / (rate * seconds) * 1e6)
                    failed += f
                finally:
                    for prio in ("21000", "21010"):
                        net.ex("r", "ip", "rule", "del", "priority", prio)
                    net.ex("r", "ip", "route", "del", "default", "table", str(TABLE))
                    proc.terminate()
                    proc.wait(timeout=30)
    finally:
        net.close()
    print(f"load after: {load()}; {clients} clients x {at_once} connections at once, {seconds:g} s runs, "
          f"{repeat} rounds; {failed} failed")
    kernel = statistics.median(rates["kernel"])
    print(f"kernel: {kernel:.0f} connections/s")
    for name in binaries:
        r = statistics.median(rates[name])
        print(f"{name}: {r:.0f} connections/s ({r / kernel:.2f} of the kernel path), "
              f"capture CPU {statistics.median(cpu[name]):.0f} us a connection; runs "
              + " ".join(f"{x:.0f}" for x in rates[name]))


if __name__ == "__main__":
    main()
