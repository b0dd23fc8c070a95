#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""QUIC-like UDP through byway-capture's direct exit vs the kernel path
between the same namespaces, in the same run, both ways: down, the
upstream sends 1200-byte datagrams in UDP GSO batches of 40 (sendmsg with
UDP_SEGMENT, as QUIC servers do) as fast as it can for BENCH_SECONDS (5)
and the client reads with UDP_GRO (as QUIC clients do); up, the client
sends the same way and the upstream reads. Prints received Gbit/s and the
share of datagrams lost, median of BENCH_REPEAT (3) runs, kernel and
capture alternating, and capture/kernel. BENCH_SINGLE=1 adds the senders
that do not batch (DNS, most VPNs, games): `iperf3 -u -b 0 -l 1200`, one
datagram per send, up and down (-R), 1 and 4 streams; received Gbit/s.

    sudo python3 bench/capture/udp_bench.py
    sudo BYWAY_CAPTURE_A=old/byway-capture BYWAY_CAPTURE_B=new/byway-capture python3 bench/capture/udp_bench.py

With BYWAY_CAPTURE_A and _B the capture runs are made with both binaries
(alternating), each against the same kernel runs; else the binary as in
tests/lab/test_capture.py (BYWAY_CAPTURE / BYWAY_BIN_DIR). Namespaces as
bench/capture/capture_bench.py (client -> router -> upstream, MTU 1500)."""

import json
import os
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "lab"))
from capture_bench import (DIRECT_SRC, binaries_under_test, capture_config, client_router_upstream,  # noqa: E402
                           load)
from test_capture import MARK, TABLE, Net, capture_binary, start_capture  # noqa: E402

SEGMENT, BATCH = 1200, 40

# argv: ADDR PORT. Each request "SECONDS" from a client: datagrams to it for
# that long, GSO batches back to back; each datagram carries its number.
SENDER = r'''
import socket, struct, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind((sys.argv[1], int(sys.argv[2])))
s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8 << 20)
SEG, BATCH = %d, %d
body = bytes(SEG - 8)
while True:
    d, a = s.recvfrom(64); end = time.monotonic() + float(d); n = 0
    while time.monotonic() < end:
        batch = b"".join(struct.pack("!Q", n + k) + body for k in range(BATCH))
        try:
            s.sendmsg([batch], [(socket.SOL_UDP, 103, SEG.to_bytes(2, "little"))], 0, a); n += BATCH
        except (BlockingIOError, ConnectionRefusedError):
            pass
    time.sleep(0.2); s.sendto(b"end" + struct.pack("!Q", n), a)
''' % (SEGMENT, BATCH)

# argv: DST PORT SECONDS SRC: asks for SECONDS of datagrams, reads them with
# UDP_GRO until the sender says it is done; prints bytes and datagrams got,
# and how many were sent.
RECEIVER = r'''
import json, socket, struct, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind((sys.argv[4], 0))
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 << 20); s.setsockopt(socket.SOL_UDP, 104, 1)  # UDP_GRO
s.settimeout(5); s.sendto(sys.argv[3].encode(), (sys.argv[1], int(sys.argv[2])))
got = datagrams = 0; sent = None; t0 = None; t1 = None; buf = bytearray(65536)
while True:
    try:
        n, anc, _, _ = s.recvmsg_into([buf], socket.CMSG_SPACE(4))
    except socket.timeout:
        break
    if n == 11 and buf[:3] == b"end":
        sent = struct.unpack("!Q", buf[3:11])[0]; break
    seg = next((int.from_bytes(d[:4], "little") for l, t, d in anc if l == socket.SOL_UDP and t == 104), n)
    t0 = t0 or time.monotonic(); t1 = time.monotonic()
    got += n; datagrams += (n + seg - 1) // seg
print(json.dumps({"bytes": got, "datagrams": datagrams, "sent": sent, "seconds": (t1 - t0) if t0 else 0}))
'''


# Up: the upstream counts what comes (argv ADDR PORT), read with UDP_GRO;
# "start" from a client resets the count, "stop" answers it.
UP_RECEIVER = r'''
import json, socket, sys, time
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind((sys.argv[1], int(sys.argv[2])))
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 << 20); s.setsockopt(socket.SOL_UDP, 104, 1)
got = datagrams = 0; t0 = t1 = None; buf = bytearray(65536)
while True:
    n, anc, _, a = s.recvmsg_into([buf], socket.CMSG_SPACE(4))
    if n == 5 and buf[:5] == b"start":
        got = datagrams = 0; t0 = t1 = None; s.sendto(b"ok", a); continue
    if n == 4 and buf[:4] == b"stop":
        s.sendto(json.dumps({"bytes": got, "datagrams": datagrams, "seconds": (t1 - t0) if t0 else 0}).encode(), a)
        continue
    seg = next((int.from_bytes(d[:4], "little") for l, t, d in anc if l == socket.SOL_UDP and t == 104), n)
    t0 = t0 or time.monotonic(); t1 = time.monotonic(); got += n; datagrams += (n + seg - 1) // seg
'''

# Up: the client (argv DST PORT SECONDS SRC) sends for SECONDS; prints what
# the upstream got and how many it sent.
UP_SENDER = r'''
import json, socket, struct, sys, time
SEG, BATCH = %d, %d
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind((sys.argv[4], 0)); s.settimeout(2)
s.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 8 << 20); dst = (sys.argv[1], int(sys.argv[2]))
def ask(what):
    for _ in range(10):
        s.sendto(what, dst)
        try:
            return s.recv(4096)
        except socket.timeout:
            pass
ask(b"start"); body = bytes(SEG - 8); n = 0; end = time.monotonic() + float(sys.argv[3])
s.setblocking(False)
while time.monotonic() < end:
    batch = b"".join(struct.pack("!Q", n + k) + body for k in range(BATCH))
    try:
        s.sendmsg([batch], [(socket.SOL_UDP, 103, SEG.to_bytes(2, "little"))], 0, dst); n += BATCH
    except (BlockingIOError, ConnectionRefusedError):
        pass
s.setblocking(True); s.settimeout(2); time.sleep(0.3)
out = json.loads(ask(b"stop")); out["sent"] = n; print(json.dumps(out))
''' % (SEGMENT, BATCH)


def run(net, seconds, scripts, direction):
    if direction.startswith("single-"):
        _, d, streams = direction.split("-")
        return iperf_udp(net, seconds, d, int(streams))
    receiver, sender = scripts
    script, port = (receiver, "5500") if direction == "down" else (sender, "5501")
    out = json.loads(net.ex("c", sys.executable, script, "10.0.2.1", port, str(seconds), DIRECT_SRC,
                            timeout=seconds + 60).stdout)
    gbit = out["bytes"] * 8 / out["seconds"] / 1e9 if out["seconds"] else 0.0
    lost = (out["sent"] - out["datagrams"]) / out["sent"] if out["sent"] else 1.0
    return gbit, lost


def iperf_udp(net, seconds, direction, streams):
    """Received Gbit/s and lost share of iperf3 -u -b 0 (one datagram per send)."""
    args = ["iperf3", "-u", "-b", "0", "-l", str(SEGMENT), "-c", "10.0.2.1", "-B", DIRECT_SRC,
            "-t", str(seconds), "-P", str(streams), "-J"]
    if direction == "down":
        args.append("-R")
    for _ in range(10):
        out = json.loads(net.ex("c", *args, timeout=seconds + 30, check=False).stdout or "{}")
        # A busy server (finishing the run before), or iperf3 3.12 taking an
        # EAGAIN on a UDP stream's first read for an error: again.
        if "error" not in out:
            break
        print(f"iperf3 {' '.join(args[1:])}: {out['error']}; again", file=sys.stderr)
        time.sleep(1)
    s = out.get("end", {}).get("sum")
    if not s:
        raise RuntimeError(f"iperf3 {' '.join(args[1:])}: {out.get('error', 'no result')}")
    lost = s.get("lost_percent", 0.0) / 100
    return s["bytes"] * (1 - lost) * 8 / s["seconds"] / 1e9, lost


def main():
    seconds = int(os.environ.get("BENCH_SECONDS", "5"))
    repeat = int(os.environ.get("BENCH_REPEAT", "3"))
    binaries = binaries_under_test(capture_binary)
    print(f"load before: {load()}")
    net = Net("udp")
    directions = os.environ.get("BENCH_DIRECTIONS", "down up").split()
    if os.environ.get("BENCH_SINGLE", "0") != "0":
        directions += [f"single-{d}-{n}" for n in (1, 4) for d in ("down", "up")]
    runs = {(k, d): [] for k in ["kernel", *binaries] for d in directions}
    try:
        client_router_upstream(net, "rv0", [DIRECT_SRC], "10.9.0.1")
        net.spawn("u", sys.executable, net.script("sender.py", SENDER), "10.0.2.1", "5500")
        net.spawn("u", sys.executable, net.script("up_receiver.py", UP_RECEIVER), "10.0.2.1", "5501")
        net.spawn("u", "iperf3", "-s", "-B", "10.0.2.1", stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        scripts = (net.script("receiver.py", RECEIVER), net.script("up_sender.py", UP_SENDER))
        for rule in (("rule", "add", "priority", "21000", "fwmark", f"{MARK:#x}/{MARK:#x}", "lookup", "main"),):
            net.ex("r", "ip", *rule)
        time.sleep(0.3)
        for i in range(repeat):
            for d in directions:
                runs[("kernel", d)].append(run(net, seconds, scripts, d))
            for name in (list(binaries) if i % 2 == 0 else list(reversed(binaries))):
                os.environ["BYWAY_CAPTURE"] = binaries[name]
                proc = start_capture(net, "r", capture_config(1500))
                try:
                    net.ex("r", "sysctl", "-qw", "net.ipv4.conf.bwc0.rp_filter=0")
                    net.ex("r", "ip", "route", "replace", "default", "dev", "bwc0", "table", str(TABLE))
                    net.ex("r", "ip", "rule", "add", "priority", "21010", "from", "10.9.0.0/24", "lookup", str(TABLE))
                    time.sleep(0.3)
                    for d in directions:
                        runs[(name, d)].append(run(net, seconds, scripts, d))
                finally:
                    net.ex("r", "ip", "rule", "del", "priority", "21010")
                    proc.terminate()
                    proc.wait(timeout=30)
    finally:
        net.close()
    print(f"load after: {load()}; {seconds} s runs, {repeat} rounds, {SEGMENT}-byte datagrams in GSO batches of {BATCH}")
    for d in directions:
        kernel = statistics.median(g for g, _ in runs[("kernel", d)])
        for name in ["kernel", *binaries]:
            r = runs[(name, d)]
            gbit = statistics.median(g for g, _ in r)
            lost = statistics.median(x for _, x in r)
            print(f"{d:<14} {name:<8} {gbit:6.2f} Gbit/s received, {lost * 100:5.1f} % lost, "
                  f"{gbit / kernel:5.2f} of the kernel path   (runs {' '.join(f'{g:.2f}' for g, _ in r)})")


if __name__ == "__main__":
    main()
