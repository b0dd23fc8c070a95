# SPDX-License-Identifier: GPL-3.0-or-later
"""Compat capture through the TUN with real traffic: client namespace in the
pool -> router running byway-capture (policy rule + TUN route set here, no
netfilter) -> upstream. Binary: $BYWAY_CAPTURE (file), else
$BYWAY_BIN_DIR/capture/byway-capture or $BYWAY_BIN_DIR/byway-capture, else
build/helper/capture/byway-capture of this tree, else the newest build*/ one. Under CI=true a test that
cannot run fails."""

import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.abspath(os.path.join(HERE, "..", ".."))
MARK = 0x00B70001
TABLE = 2100
# The TUN takes and gives UDP super-packets (USO) from Linux 6.2 on; before,
# the capture cuts and the kernel segments, and only the datagrams are checked.
USO = tuple(int(x) for x in os.uname().release.split(".")[:2] if x.isdigit()) >= (6, 2)

# A deterministic byte stream (64 KiB blocks of sha256(index)), so the end
# that receives part of it can check that what it got is exactly its start.
STREAM = r'''
import hashlib, json, socket, struct
def stream(off, n):
    out = bytearray()
    while n > 0:
        i, o = divmod(off, 1 << 16); b = hashlib.sha256(b"%d" % i).digest() * 2048
        c = b[o:o + n]; out += c; off += len(c); n -= len(c)
    return bytes(out)
def reset(sock):
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)); sock.close()
'''

PEER = STREAM + r'''
import asyncio, os, sys
mode = sys.argv[1]
LOG = sys.argv[3] if len(sys.argv) > 3 else None
def log(**kw):
    if LOG:
        with open(LOG, "a") as f: f.write(json.dumps(kw) + "\n")
async def handle(r, w):
    try:
        await serve(r, w)
    except (ConnectionResetError, BrokenPipeError, asyncio.IncompleteReadError):
        pass
async def serve(r, w):
    cmd = await r.readexactly(1)
    if cmd == b"D":
        n = int.from_bytes(await r.readexactly(8), "big"); h = hashlib.sha256(); chunk = os.urandom(1 << 16)
        while n > 0:
            c = chunk[:min(n, len(chunk))]; h.update(c); w.write(c); await w.drain(); n -= len(c)
            chunk = hashlib.sha256(chunk[:32]).digest() * 2048
        w.write(h.hexdigest().encode())
    elif cmd == b"U":
        n = int.from_bytes(await r.readexactly(8), "big"); h = hashlib.sha256()
        while n > 0:
            c = await r.read(min(n, 1 << 16))
            if not c: break
            h.update(c); n -= len(c)
        w.write(h.hexdigest().encode())
    elif cmd == b"E":
        w.write(await r.readexactly(16))
    elif cmd == b"A":
        w.write(w.get_extra_info("peername")[0].encode())
    elif cmd == b"R":  # the stream's first n bytes, then a RST in their midst
        n = int.from_bytes(await r.readexactly(8), "big"); w.write(stream(0, n)); await w.drain()
        w.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        w.transport.abort(); return
    elif cmd == b"V":  # an upload of the stream, its end logged: the client's EOF or its RST
        got, ok = 0, True
        try:
            while c := await r.read(1 << 16):
                ok = ok and c == stream(got, len(c)); got += len(c)
            log(cmd="V", end="eof", got=got, prefix=ok)
        except ConnectionResetError:
            log(cmd="V", end="reset", got=got, prefix=ok)
        w.close(); return
    elif cmd == b"W":  # the stream until the client goes; how it went logged
        sent = 0
        try:
            while sent < 1 << 30:
                w.write(stream(sent, 1 << 16)); await w.drain(); sent += 1 << 16
            log(cmd="W", end="done", sent=sent)
        except (ConnectionResetError, BrokenPipeError):
            log(cmd="W", end="reset", sent=sent)
        w.close(); return
    await w.drain(); w.close()
async def tcp_server(addr):
    s = await asyncio.start_server(handle, addr, 9000, backlog=4096)
    async with s: await s.serve_forever()
def udp_server(addr):
    s = socket.socket(socket.AF_INET6 if ":" in addr else socket.AF_INET, socket.SOCK_DGRAM); s.bind((addr, 53))
    while True:
        d, a = s.recvfrom(2048); s.sendto(b"answer:" + d, a)
if mode == "server":
    import threading
    threading.Thread(target=udp_server, args=(sys.argv[2],), daemon=True).start()
    asyncio.run(tcp_server(sys.argv[2]))
'''

# Datagram i of a UDP burst: 40 per batch, 39 of 1200 bytes then one of 500
# (a shorter last one, as UDP GSO allows); its index first, then bytes that
# depend on it.
BURST = r'''
def burst_datagram(i):
    n = 500 if i % 40 == 39 else 1200
    return (i.to_bytes(4, "big") + hashlib.sha256(i.to_bytes(4, "big")).digest() * 40)[:n]
'''

# The server of a UDP burst: each request names how many batches; each batch
# goes out in one sendmsg with UDP_SEGMENT (the kernel's UDP GSO, as QUIC
# servers send): on the router it reaches the capture's exit socket whole,
# read with UDP_GRO. The other way, it takes a client's burst datagrams
# (1200 or 500 bytes) and answers "done" with what came: how many, of which
# sizes, how many not as sent. A request "sN" sends N batches one datagram
# per send instead, as senders that do not batch do.
UDP_BURST = r'''
import hashlib, json, socket, sys, time
''' + BURST + r'''
s = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[1], int(sys.argv[2])))
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
seen, sizes, bad = set(), {}, 0
while True:
    d, a = s.recvfrom(65536)
    if d == b"done":
        s.sendto(json.dumps({"got": len(seen), "bad": bad, "sizes": sizes}).encode(), a)
        seen, sizes, bad = set(), {}, 0
        continue
    if len(d) > 16:
        i = int.from_bytes(d[:4], "big"); bad += d != burst_datagram(i); seen.add(i)
        sizes[len(d)] = sizes.get(len(d), 0) + 1
        continue
    for b in range(int(d.lstrip(b"s"))):
        batch = [burst_datagram(b * 40 + k) for k in range(40)]
        if d.startswith(b"s"):
            for one in batch:
                s.sendto(one, a)
        else:
            s.sendmsg([b"".join(batch)], [(socket.SOL_UDP, 103, (1200).to_bytes(2, "little"))], 0, a)  # UDP_SEGMENT
        time.sleep(0.02)
'''

CLIENT = STREAM + BURST + r'''
import asyncio, os, sys, threading, time
def family(a):
    return socket.AF_INET6 if ":" in a else socket.AF_INET
def conn(dst, src=None):
    s = socket.socket(family(dst)); s.settimeout(60)
    if src: s.bind((src, 0))
    s.connect((dst, 9000)); return s
def recv_all(s, n):
    b = bytearray()
    while len(b) < n:
        c = s.recv(min(1 << 16, n - len(b)))
        if not c: break
        b += c
    return bytes(b)
cmd = sys.argv[1]; dst = sys.argv[2]; src = sys.argv[4] if len(sys.argv) > 4 else None
if cmd == "down":
    n = int(sys.argv[3]); s = conn(dst, src); s.sendall(b"D" + n.to_bytes(8, "big")); h = hashlib.sha256(); got = 0
    while got < n:
        c = s.recv(min(1 << 16, n - got))
        if not c: break
        h.update(c); got += len(c)
    print(json.dumps({"got": got, "mine": h.hexdigest(), "theirs": recv_all(s, 64).decode()}))
elif cmd == "up":
    n = int(sys.argv[3]); s = conn(dst, src); s.sendall(b"U" + n.to_bytes(8, "big")); h = hashlib.sha256(); chunk = os.urandom(1 << 16); sent = 0
    while sent < n:
        c = chunk[:min(n - sent, len(chunk))]; h.update(c); s.sendall(c); sent += len(c)
        chunk = hashlib.sha256(chunk[:32]).digest() * 2048
    print(json.dumps({"got": sent, "mine": h.hexdigest(), "theirs": recv_all(s, 64).decode()}))
elif cmd == "hold":
    s = conn(dst, src); print("held", flush=True); time.sleep(float(sys.argv[3]))
elif cmd == "addr":
    s = conn(dst, src); s.sendall(b"A"); print(recv_all(s, 100).decode())
elif cmd == "many":
    n = int(sys.argv[3])
    async def one(i):
        r, w = await asyncio.open_connection(dst, 9000, local_addr=(src, 0) if src else None)
        msg = b"%016d" % i; w.write(b"E" + msg); await w.drain()
        ok = await r.readexactly(16) == msg; w.close(); return ok
    async def main():
        res = await asyncio.gather(*[one(i) for i in range(n)], return_exceptions=True)
        return sum(1 for x in res if x is True), [repr(x) for x in res if x is not True][:3]
    t = time.monotonic(); ok, errs = asyncio.run(main()); print(json.dumps({"ok": ok, "errors": errs, "seconds": time.monotonic() - t}))
elif cmd == "refused":
    s = socket.socket(family(dst)); s.settimeout(10); t = time.monotonic()
    if src: s.bind((src, 0))
    try:
        s.connect((dst, 9)); print(json.dumps({"result": "connected"}))
    except ConnectionRefusedError:
        print(json.dumps({"result": "refused", "seconds": time.monotonic() - t}))
    except Exception as e:
        print(json.dumps({"result": repr(e), "seconds": time.monotonic() - t}))
elif cmd == "resets":
    # argv: resets DST N: at once, N of each, each in flight when it ends: the
    # server resets a download (R), the client resets an upload (V) and a
    # download (W); beside them a clean 32 MiB download.
    n = int(sys.argv[3]); out = {"R": [], "V": [], "W": []}
    def server_reset(k):
        s = conn(dst); s.sendall(b"R" + k.to_bytes(8, "big")); got, ok = 0, True
        try:
            while c := s.recv(1 << 16):
                ok = ok and c == stream(got, len(c)); got += len(c)
            end = "eof"
        except ConnectionResetError:
            end = "reset"
        out["R"].append({"end": end, "got": got, "prefix": ok, "size": k})
    def client_reset_up(k):
        s = conn(dst); s.sendall(b"V" + stream(0, k)); reset(s)
        out["V"].append({"sent": k})
    def client_reset_down(k):
        s = conn(dst); s.sendall(b"W"); got = recv_all(s, k); reset(s)
        out["W"].append({"got": len(got), "prefix": got == stream(0, len(got))})
    def clean():
        out["clean"] = json.loads(os.popen(f"{sys.executable} {sys.argv[0]} down {dst} {32 << 20}").read())
    jobs = [threading.Thread(target=clean)]
    for i in range(n):
        k = (1 + i) << 20
        jobs += [threading.Thread(target=f, args=(k,)) for f in (server_reset, client_reset_up, client_reset_down)]
    for j in jobs: j.start()
    for j in jobs: j.join()
    print(json.dumps(out))
elif cmd == "dns":
    s = socket.socket(family(dst), socket.SOCK_DGRAM); s.settimeout(3)
    s.sendto(b"\x12\x34query", (dst, 53)); print(json.dumps({"reply": s.recvfrom(2048)[0].decode(errors="replace")}))
elif cmd == "udpwho":
    # argv: udpwho DST PORT [SRC]; a few tries: the first datagram may wait for a SOCKS association.
    s = socket.socket(family(dst), socket.SOCK_DGRAM); s.settimeout(2)
    if src: s.bind((src, 0))
    for i in range(3):
        s.sendto(b"who", (dst, int(sys.argv[3])))
        try:
            d, a = s.recvfrom(2048); print(json.dumps({"reply": d.decode(), "from": a[0], "port": a[1]})); break
        except socket.timeout:
            pass
    else:
        print(json.dumps({"reply": None}))
elif cmd == "burst":
    # argv: burst DST BATCHES [SRC]: UDP_BURST's datagrams (port 5400), each
    # checked; BATCHES "sN": N batches sent one datagram at a time.
    s = socket.socket(family(dst), socket.SOCK_DGRAM); s.settimeout(3)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 8 << 20)
    if src: s.bind((src, 0))
    batches = int(sys.argv[3].lstrip("s")); s.sendto(sys.argv[3].encode(), (dst, 5400))
    seen, sizes, bad = set(), {}, 0
    try:
        while len(seen) < batches * 40:
            d = s.recv(65536); i = int.from_bytes(d[:4], "big")
            bad += d != burst_datagram(i); seen.add(i); sizes[len(d)] = sizes.get(len(d), 0) + 1
    except socket.timeout:
        pass
    print(json.dumps({"got": len(seen), "bad": bad, "sizes": sizes}))
elif cmd == "burstup":
    # argv: burstup DST BATCHES [SRC]: BATCHES batches of burst datagrams to
    # UDP_BURST, each in one sendmsg with UDP_SEGMENT ("sN": N batches, one
    # datagram per send); then what it got.
    # A "done" first: the flow (and a SOCKS5 association) stands before the
    # burst, whose first datagrams would otherwise wait in its bounded queue.
    s = socket.socket(family(dst), socket.SOCK_DGRAM); s.settimeout(3)
    if src: s.bind((src, 0))
    s.sendto(b"done", (dst, 5400)); s.recv(65536)
    for b in range(int(sys.argv[3].lstrip("s"))):
        batch = [burst_datagram(b * 40 + k) for k in range(40)]
        if sys.argv[3].startswith("s"):
            for one in batch:
                s.sendto(one, (dst, 5400))
        else:
            s.sendmsg([b"".join(batch)], [(socket.SOL_UDP, 103, (1200).to_bytes(2, "little"))], 0, (dst, 5400))
        time.sleep(0.02)
    time.sleep(0.3); s.sendto(b"done", (dst, 5400)); print(s.recv(65536).decode())
'''


# Answers every datagram with the address it came from: which exit carried it.
# A client (source, server, port) that asks and closes its socket at once
# (tests 4f).
ASK_AND_CLOSE = r'''
import socket, sys
u = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
u.bind((sys.argv[1], 0))
u.sendto(b"q", (sys.argv[2], int(sys.argv[3])))
u.close()
'''

# A client (source, server, port) that sends twice to a closed port on a
# connected socket: "refused" or "timeout" (3 s) for each (tests 4g).
ASK_CLOSED_PORT = r'''
import socket, sys
u = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
u.bind((sys.argv[1], 0))
u.connect((sys.argv[2], int(sys.argv[3])))
u.settimeout(3)
out = []
for _ in range(2):
    u.send(b"q")
    try:
        u.recv(100)
        out.append("answered")
    except ConnectionRefusedError:
        out.append("refused")
    except socket.timeout:
        out.append("timeout")
print(" ".join(out))
'''

# A UDP server that answers late (tests 4f): its first reply reaches a
# client port already closed, a second one tells whether the refusal came
# back to it as a NAT would pass it on.
LATE_REPLY = r'''
import socket, sys, time
s = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[1], int(sys.argv[2])))
print("ready", flush=True)
_, peer = s.recvfrom(100)
s.connect(peer)
time.sleep(0.5)
s.send(b"late")
time.sleep(1)
s.settimeout(2)
try:
    s.send(b"later")
    s.recv(100)
    print("answered", flush=True)
except ConnectionRefusedError:
    print("refused", flush=True)
except socket.timeout:
    print("silent", flush=True)
'''

UDP_WHO = r'''
import socket, sys
s = socket.socket(socket.AF_INET6 if ":" in sys.argv[1] else socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[1], int(sys.argv[2])))
while True:
    d, a = s.recvfrom(2048); s.sendto(b"from " + a[0].encode(), a)
'''

# Dante for SOCKS5 UDP ASSOCIATE (microsocks has no UDP), username/password
# against the system's accounts: the lab user below exists while the test runs.
DANTE_USER = "bywaylabsocks"
DANTE_PASSWORD = "Lab-2f9c1e-socks"
DANTED_CONF = """logoutput: stderr
internal: 10.0.2.1 port = 1081
external: 10.0.2.1
clientmethod: none
socksmethod: username
user.privileged: root
user.unprivileged: nobody
client pass { from: 0.0.0.0/0 to: 0.0.0.0/0 }
socks pass { from: 0.0.0.0/0 to: 0.0.0.0/0 command: connect udpassociate udpreply }
"""


def dante_user():
    """Creates the lab's SOCKS account if missing; True when this call made it."""
    if subprocess.run(["id", DANTE_USER], capture_output=True).returncode == 0:
        made = False
    else:
        sh("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", DANTE_USER)
        made = True
    p = subprocess.run(["chpasswd"], input=f"{DANTE_USER}:{DANTE_PASSWORD}\n", text=True, capture_output=True)
    if p.returncode != 0:
        raise AssertionError(f"chpasswd: {p.stderr}")
    return made


def in_ci():
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def capture_binary():
    if os.environ.get("BYWAY_CAPTURE"):
        return os.environ["BYWAY_CAPTURE"]
    d = os.environ.get("BYWAY_BIN_DIR")
    if d:
        for c in (os.path.join(d, "capture", "byway-capture"), os.path.join(d, "byway-capture")):
            if os.access(c, os.X_OK):
                return c
    # The normal build first: build-asan/ and build-tsan/ hold instrumented
    # binaries, several times slower (bench/capture uses this too).
    plain = os.path.join(SOURCE, "build", "helper", "capture", "byway-capture")
    if os.access(plain, os.X_OK):
        return plain
    found = sorted(glob.glob(os.path.join(SOURCE, "build*", "helper", "capture", "byway-capture")), key=os.path.getmtime)
    return found[-1] if found else None


def problem():
    if os.geteuid() != 0:
        return "needs root (network namespaces)"
    if not capture_binary():
        return "byway-capture is not built"
    for tool in ("ip", "ping", "python3"):
        if shutil.which(tool) is None:
            return f"{tool} is missing"
    return None


def sh(*cmd, check=True, timeout=60):
    p = subprocess.run(list(cmd), capture_output=True, text=True, timeout=timeout)
    if check and p.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)}: {p.returncode} {p.stderr.strip()}")
    return p


class Net:
    """bwc<pid>-{c,r,u}: client 10.9.0.2/.3 -- router 10.9.0.1 | 10.0.2.2 -- upstream 10.0.2.1."""

    def __init__(self, tag):
        self.prefix = f"bwc{os.getpid()}{tag}"
        self.procs = []
        self.tmp = tempfile.mkdtemp(prefix="bwc-")
        self.nodes = []

    def ns(self, n):
        return f"{self.prefix}-{n}"

    def add(self, n):
        sh("ip", "netns", "add", self.ns(n))
        self.nodes.append(n)
        sh("ip", "-n", self.ns(n), "link", "set", "lo", "up")

    def ex(self, n, *cmd, **kw):
        return sh("ip", "netns", "exec", self.ns(n), *cmd, **kw)

    def spawn(self, n, *cmd, **kw):
        p = subprocess.Popen(["ip", "netns", "exec", self.ns(n), *cmd], **kw)
        self.procs.append(p)
        return p

    def link(self, a, ia, b, ib):
        sh("ip", "link", "add", ia, "netns", self.ns(a), "type", "veth", "peer", "name", ib, "netns", self.ns(b))
        sh("ip", "-n", self.ns(a), "link", "set", ia, "up")
        sh("ip", "-n", self.ns(b), "link", "set", ib, "up")

    def script(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def close(self):
        for p in reversed(self.procs):
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    p.kill()
        for n in self.nodes:
            subprocess.run(["ip", "netns", "del", self.ns(n)], capture_output=True)
        shutil.rmtree(self.tmp, ignore_errors=True)


# Workers (TUN queues) of the capture under test: 2 unless BYWAY_CAPTURE_WORKERS
# says otherwise (1 is the single-thread, single-queue capture).
WORKERS = int(os.environ.get("BYWAY_CAPTURE_WORKERS", "2"))


def start_capture(net, node, cfg, wrap=()):
    """byway-capture with `cfg` in `node` (`wrap`: a command that execs it with its arguments)."""
    cfg = dict(cfg)
    cfg.setdefault("workers", WORKERS)
    cfg["statsFile"] = os.path.join(net.tmp, "stats.json")
    path = net.script("capture.json", json.dumps(cfg))
    with open(os.path.join(net.tmp, "capture.err"), "w") as err:
        p = net.spawn(node, *wrap, capture_binary(), path, stdout=subprocess.PIPE, stderr=err, text=True)
    line = p.stdout.readline()
    if not line.startswith("ready"):
        raise AssertionError(f"byway-capture did not start: {line!r} {open(os.path.join(net.tmp, 'capture.err')).read()}")
    return p


def rps_masks(net, tun):
    """The RPS mask of each receive queue of `tun` in the router's namespace, as integers."""
    out = net.ex("r", "sh", "-c", f"cat /sys/class/net/{tun}/queues/rx-*/rps_cpus").stdout.split()
    return [int(q.replace(",", ""), 16) for q in out]


def snapshot(net):
    time.sleep(0.7)
    with open(os.path.join(net.tmp, "stats.json")) as f:
        return json.load(f)


def wait_stats(net, ready, seconds=10):
    """The capture's stats once ready(stats) holds, or the last ones after `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        s = snapshot(net)["stats"]
        if ready(s) or time.monotonic() > deadline:
            return s


def require_lab():
    """Skips the test class when the capture lab cannot run here; fails under CI=true."""
    why = problem()
    if why:
        if in_ci():
            raise AssertionError(f"capture lab test cannot run under CI=true: {why}")
        raise unittest.SkipTest(why)


def v4_nodes(net, clients, upstream=("10.0.2.1",)):
    """Client c (addresses `clients`, 10.9.0.0/24) -- router r (10.9.0.1 | 10.0.2.2) -- upstream u
    (addresses `upstream`, 10.0.2.0/24); r forwards, without reverse-path filtering."""
    for n in ("c", "r", "u"):
        net.add(n)
    net.link("c", "cv0", "r", "rv0")
    net.link("r", "rv1", "u", "uv0")
    for a in clients:
        net.ex("c", "ip", "addr", "add", f"{a}/24", "dev", "cv0")
    net.ex("c", "ip", "route", "add", "default", "via", "10.9.0.1")
    net.ex("r", "ip", "addr", "add", "10.9.0.1/24", "dev", "rv0")
    net.ex("r", "ip", "addr", "add", "10.0.2.2/24", "dev", "rv1")
    for a in upstream:
        net.ex("u", "ip", "addr", "add", f"{a}/24", "dev", "uv0")
    net.ex("u", "ip", "route", "add", "default", "via", "10.0.2.2")
    net.ex("r", "sysctl", "-qw", "net.ipv4.ip_forward=1", "net.ipv4.conf.all.rp_filter=0",
           "net.ipv4.conf.default.rp_filter=0", "net.ipv4.ping_group_range=0 2147483647")


def route_into_tun(net, tun, pool="10.9.0.0/24"):
    """What the reconciler does (IPv4): the capture's marked sockets first, then the pool into the TUN table."""
    net.ex("r", "ip", "rule", "add", "priority", "21000", "fwmark", f"{MARK:#x}/{MARK:#x}", "lookup", "main")
    net.ex("r", "ip", "rule", "add", "priority", "21010", "from", pool, "lookup", str(TABLE))
    net.ex("r", "ip", "route", "add", "default", "dev", tun, "table", str(TABLE))
    net.ex("r", "sysctl", "-qw", f"net.ipv4.conf.{tun}.rp_filter=0")


def late_reply_refused(test, client, server):
    """Test 4f (IPv4 and IPv6): `client` asks `server` and closes its socket;
    the server's late reply gets the client's port unreachable, which ends
    the UDP flow (counted, not a drop), and the server's next datagram is
    refused by the router."""
    before = snapshot(test.net)["stats"]
    peer = test.net.spawn("u", sys.executable, "-c", LATE_REPLY, server, "5310", stdout=subprocess.PIPE, text=True)
    try:
        test.assertEqual(peer.stdout.readline().strip(), "ready")
        test.net.ex("c", sys.executable, "-c", ASK_AND_CLOSE, client, server, "5310")
        test.assertEqual(peer.stdout.readline().strip(), "refused")
    finally:
        peer.kill()
        peer.wait()
    s = snapshot(test.net)["stats"]
    test.assertEqual(s["icmpErrors"], before["icmpErrors"] + 1, s)
    test.assertEqual(s["drops"]["icmp_unsupported"], before["drops"]["icmp_unsupported"], s["drops"])


class CaptureLab(unittest.TestCase):
    """Namespaces made by the class's build(net) (tag TAG), removed after its tests, or at once
    when building fails; run_client runs CLIENT (cls.client) in a node."""
    TAG = "x"

    @classmethod
    def setUpClass(cls):
        require_lab()
        cls.net = Net(cls.TAG)
        try:
            cls.build(cls.net)
        except Exception:
            cls.net.close()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.net.close()

    def run_client(self, *args, node="c", timeout=240):
        p = self.net.ex(node, sys.executable, self.client, *args, timeout=timeout)
        return json.loads(p.stdout) if p.stdout.strip().startswith("{") else p.stdout.strip()


class CaptureTunTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        require_lab()
        net = cls.net = Net("t")
        try:
            v4_nodes(net, ("10.9.0.2", "10.9.0.3", "10.9.0.4", "10.9.0.5", "10.9.0.6"),
                     upstream=("10.0.2.1", "10.0.2.5"))
            net.spawn("u", sys.executable, net.script("udpwho.py", UDP_WHO), "10.0.2.5", "5353")
            net.spawn("u", sys.executable, net.script("udpburst.py", UDP_BURST), "10.0.2.1", "5400")
            cls.made_user = False
            if shutil.which("danted"):
                cls.made_user = dante_user()
                with open(os.path.join(net.tmp, "danted.err"), "w") as err:
                    net.spawn("u", "danted", "-f", net.script("danted.conf", DANTED_CONF),
                              stdout=subprocess.DEVNULL, stderr=err)
            cls.peer = net.script("peer.py", PEER)
            cls.client = net.script("client.py", CLIENT)
            cls.peer_log = os.path.join(net.tmp, "peer.log")
            net.spawn("u", sys.executable, cls.peer, "server", "10.0.2.1", cls.peer_log)
            if shutil.which("microsocks"):
                net.spawn("u", "microsocks", "-i", "10.0.2.1", "-p", "1080", "-u", "bw", "-P", "secret",
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            start_capture(net, "r", {
                "tun": "bwc0", "mtu": 1500, "bypassMark": MARK, "maxFlows": 4096,
                "pools": [{"name": "lab", "subnet": "10.9.0.0/24",
                           "users": [{"name": "alice", "address": "10.9.0.2"},
                                     {"name": "bob", "address": "10.9.0.3", "exit": "socks"},
                                     {"name": "dave", "address": "10.9.0.4", "exit": "dante"},
                                     {"name": "erin", "address": "10.9.0.5", "exit": "down"},
                                     {"name": "frank", "address": "10.9.0.6", "exit": "wrongpass"}]}],
                "exits": [{"name": "socks", "type": "socks5", "server": "10.0.2.1", "port": 1080,
                           "username": "bw", "password": "secret"},
                          {"name": "dante", "type": "socks5", "server": "10.0.2.1", "port": 1081,
                           "username": DANTE_USER, "password": DANTE_PASSWORD},
                          # Test 7d: a server that is not there, one that refuses the password.
                          {"name": "down", "type": "socks5", "server": "10.0.2.1", "port": 1079},
                          {"name": "wrongpass", "type": "socks5", "server": "10.0.2.1", "port": 1080,
                           "username": "bw", "password": "not-the-secret"}],
            })
            route_into_tun(net, "bwc0")
            time.sleep(0.5)
        except Exception:
            net.close()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.net.close()
        if cls.made_user:
            subprocess.run(["userdel", DANTE_USER], capture_output=True)

    def run_client(self, *args, src=None, timeout=240):
        argv = [sys.executable, self.client, *args]
        if src:
            argv.append(src)
        p = self.net.ex("c", *argv, timeout=timeout)
        return json.loads(p.stdout) if p.stdout.strip().startswith("{") else p.stdout.strip()

    def test_1_download_100mib(self):
        r = self.run_client("down", "10.0.2.1", str(100 << 20))
        self.assertEqual(r["got"], 100 << 20)
        self.assertEqual(r["mine"], r["theirs"])
        flows = snapshot(self.net)["stats"]
        self.assertGreater(flows["tcpFlows"], 0, "the transfer did not go through the capture")
        # The bytes lwIP held for the client (its send buffer) are all
        # accounted for once the flow has ended: the gauge goes back to 0.
        s = wait_stats(self.net, lambda s: s["flowTable"] == 0 and s["sendBuffered"] == 0)
        self.assertEqual(s["sendBuffered"], 0, s)

    def test_1b_receive_steering(self):
        # What the workers write to the TUN is delivered by the kernel on
        # CPUs picked by flow hash (RPS), every CPU this process may use.
        cpus = sorted(os.sched_getaffinity(0))
        want = sum(1 << c for c in cpus) if len(cpus) > 1 else 0
        queues = rps_masks(self.net, "bwc0")
        self.assertEqual(len(queues), WORKERS, queues)
        for q in queues:
            self.assertEqual(q, want, queues)
        steering = snapshot(self.net)["stats"]["receiveSteering"]
        self.assertEqual(int(steering.replace(",", ""), 16) if want else steering, want or "off", steering)

    def test_2_upload_100mib(self):
        r = self.run_client("up", "10.0.2.1", str(100 << 20))
        self.assertEqual(r["mine"], r["theirs"])

    def test_3_thousand_connections(self):
        r = self.run_client("many", "10.0.2.1", "1000")
        self.assertEqual(r["ok"], 1000, r)
        s = snapshot(self.net)["stats"]
        self.assertLessEqual(s["flowTable"], 4096)
        # The kernel spread the connections over the TUN queues: every worker
        # started some of them (1000 flow hashes over 2 queues).
        self.assertEqual(len(s["workers"]), WORKERS, s["workers"])
        for w in s["workers"]:
            self.assertGreater(w["flowsCreated"], 0, s["workers"])
        self.assertEqual(sum(w["flowsCreated"] for w in s["workers"]), s["flowsCreated"], s)

    def test_4_dns_and_ping(self):
        r = self.run_client("dns", "10.0.2.1")
        self.assertEqual(r["reply"], "answer:\x124query")
        p = self.net.ex("c", "ping", "-c", "3", "-i", "0.2", "-W", "2", "10.0.2.1", check=False)
        self.assertIn("3 received", p.stdout, p.stdout)
        self.assertNotIn("DUP", p.stdout)
        s = snapshot(self.net)["stats"]
        self.assertGreater(s["udpFlows"], 0)
        self.assertGreater(s["icmpFlows"], 0)

    def test_4b_udp_burst_one_write(self):
        # A QUIC-like download: 20 batches of 40 datagrams sent with UDP GSO.
        # The exit socket reads each batch whole (UDP_GRO) and the capture
        # writes it to the TUN as one USO super-packet; the kernel cuts it
        # back into the same datagrams, which arrive each intact.
        before = snapshot(self.net)["stats"]
        r = self.run_client("burst", "10.0.2.1", "20", src="10.9.0.2")
        after = snapshot(self.net)["stats"]
        self.assertEqual(r["bad"], 0, r)
        self.assertEqual(r["got"], 800, r)
        self.assertEqual(r["sizes"], {"1200": 780, "500": 20}, r)
        self.assertGreater(after["udpFlows"], before["udpFlows"])
        # Far fewer writes than datagrams: the batches went out whole.
        if USO:
            self.assertGreaterEqual(after["gsoOut"] - before["gsoOut"], 10, (before, after))
            self.assertLess(after["packetsOut"] - before["packetsOut"], 400, (before, after))

    def test_4c_client_udp_gso_up(self):
        # The other way: the client's UDP GSO batches come through the TUN
        # whole (USO) and leave in one sendmsg each (UDP_SEGMENT); the
        # server gets the same datagrams.
        before = snapshot(self.net)["stats"]
        r = self.run_client("burstup", "10.0.2.1", "10", src="10.9.0.2")
        after = snapshot(self.net)["stats"]
        self.assertEqual((r["got"], r["bad"]), (400, 0), r)
        self.assertEqual(r["sizes"], {"1200": 390, "500": 10}, r)
        if USO:
            self.assertLess(after["packetsIn"] - before["packetsIn"], 100, (before, after))

    def test_4d_single_datagrams_joined(self):
        # Senders that do not batch (one datagram per send: most VPNs, games,
        # iperf3 -u): datagrams that queue up while the capture is busy leave
        # joined, towards the client in USO packets, towards the server in
        # UDP_SEGMENT sends, and arrive each intact, all of them, in their sizes.
        before = snapshot(self.net)["stats"]
        r = self.run_client("burst", "10.0.2.1", "s20", src="10.9.0.2")
        self.assertEqual((r["got"], r["bad"]), (800, 0), r)
        self.assertEqual(r["sizes"], {"1200": 780, "500": 20}, r)
        r = self.run_client("burstup", "10.0.2.1", "s10", src="10.9.0.2")
        self.assertEqual((r["got"], r["bad"]), (400, 0), r)
        self.assertEqual(r["sizes"], {"1200": 390, "500": 10}, r)
        after = snapshot(self.net)["stats"]
        down, up = (after[k] - before[k] for k in ("udpJoinedDown", "udpJoinedUp"))
        print(f"(joined: {down} of 800 down, {up} of 400 up) ", end="", file=sys.stderr, flush=True)
        # Each batch's 40 sends take far less time than the capture's wake-up:
        # most of them wait in its socket or TUN queue and are read together.
        self.assertGreater(down, 0, (before, after))
        self.assertGreater(up, 0, (before, after))

    def test_4e_single_datagrams_beyond_the_exit_mtu(self):
        # The exit's route takes less than the client's datagrams (MTU 1200
        # for 1200-byte payloads): the kernel refuses them joined (UDP GSO
        # cannot fragment), so they leave one by one and are fragmented as
        # before; none is lost, and the flow stops trying to join them.
        dev = self.net.ex("r", "ip", "-o", "route", "get", "10.0.2.1").stdout.split(" dev ")[1].split()[0]
        self.net.ex("r", "ip", "route", "add", "10.0.2.1/32", "dev", dev, "mtu", "1200")
        try:
            before = snapshot(self.net)["stats"]
            r = self.run_client("burstup", "10.0.2.1", "s5", src="10.9.0.2")
            after = snapshot(self.net)["stats"]
        finally:
            self.net.ex("r", "ip", "route", "del", "10.0.2.1/32")
        self.assertEqual((r["got"], r["bad"]), (200, 0), r)
        self.assertEqual(r["sizes"], {"1200": 195, "500": 5}, r)
        self.assertEqual(after["udpJoinedUp"], before["udpJoinedUp"], (before, after))

    def test_4f_late_reply_to_a_closed_port(self):
        # The client asked and closed its socket; the server's late reply
        # gets the client's port unreachable. That ICMP error is about a
        # flow, not a drop: the UDP flow ends, and the server's next
        # datagram is refused by the router, as a NAT would have passed the
        # client's refusal on.
        late_reply_refused(self, "10.9.0.2", "10.0.2.1")

    def test_4g_closed_udp_port_refused_quickly(self):
        # The other way: the server's port unreachable reaches the client,
        # whose connected socket fails at once (a resolver tries its next
        # server) rather than wait out its timeout (3 s here). Twice: the
        # flow stays, as a NAT's mapping would.
        out = self.net.ex("c", sys.executable, "-c", ASK_CLOSED_PORT, "10.9.0.2", "10.0.2.1", "5399").stdout.split()
        self.assertEqual(out, ["refused", "refused"])

    def test_5_closed_port_resets_quickly(self):
        r = self.run_client("refused", "10.0.2.1")
        self.assertEqual(r["result"], "refused", r)
        self.assertLess(r["seconds"], 1.0)

    def test_5b_unusable_exit_says_why_and_counts(self):
        # connect() itself fails (no route from the router): the client's
        # connect fails as a router's ICMP would make it, "no route to host"
        # (an unreachable route) or "network is unreachable" (no route at
        # all), not "refused"; each drop is counted as the exit's failure.
        before = snapshot(self.net)["stats"]["drops"]["exit_failed"]
        self.net.ex("r", "ip", "route", "add", "unreachable", "10.0.7.0/24")
        try:
            r = self.run_client("refused", "10.0.7.1")
        finally:
            self.net.ex("r", "ip", "route", "del", "unreachable", "10.0.7.0/24")
        self.assertIn("No route to host", r["result"], r)
        self.assertLess(r["seconds"], 1.0)
        self.assertEqual(self.net.ex("r", "ip", "route", "get", "10.0.8.1", "mark", f"{MARK:#x}", check=False).returncode,
                         2, "the router has a route to 10.0.8.1")
        r = self.run_client("refused", "10.0.8.1")
        self.assertIn("Network is unreachable", r["result"], r)
        self.assertEqual(snapshot(self.net)["stats"]["drops"]["exit_failed"], before + 2)

    def test_6_server_sees_exit_address(self):
        self.assertEqual(self.run_client("addr", "10.0.2.1"), "10.0.2.2")

    def test_7_socks5_user(self):
        if not shutil.which("microsocks"):
            self.fail("microsocks is not installed")
        # microsocks runs on the server's host: the server sees its address.
        self.assertEqual(self.run_client("addr", "10.0.2.1", "0", src="10.9.0.3"), "10.0.2.1")
        r = self.run_client("down", "10.0.2.1", str(8 << 20), src="10.9.0.3")
        self.assertEqual(r["mine"], r["theirs"])
        # Flows leave the table as soon as both sides closed: look at one held open.
        hold = self.net.spawn("c", sys.executable, self.client, "hold", "10.0.2.1", "10", "10.9.0.3",
                              stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(hold.stdout.readline().strip(), "held")
            flows = snapshot(self.net)["flows"]
        finally:
            hold.terminate()
            hold.wait()
        self.assertTrue(any(f["user"] == "bob" and f["exit"] == "socks" for f in flows), flows)

    def test_7b_socks5_udp_associate(self):
        if not shutil.which("danted"):
            self.fail("dante-server is not installed (scripts/deps.txt)")
        # A direct user's datagram leaves from the router's address...
        r = self.run_client("udpwho", "10.0.2.5", "5353", src="10.9.0.2")
        self.assertEqual(r["reply"], "from 10.0.2.2", r)
        # ...dave's through dante's UDP relay: the server sees dante's address,
        # the client sees the answer come from the server it asked.
        r = self.run_client("udpwho", "10.0.2.5", "5353", src="10.9.0.4")
        if r["reply"] != "from 10.0.2.1":
            with open(os.path.join(self.net.tmp, "danted.err")) as f:
                self.fail(f"{r}; danted: {f.read()[-2000:]}")
        self.assertEqual((r["from"], r["port"]), ("10.0.2.5", 5353))
        # The same through TCP (CONNECT with username/password).
        self.assertEqual(self.run_client("addr", "10.0.2.1", "0", src="10.9.0.4"), "10.0.2.1")
        # A client's UDP GSO through the relay: datagram by datagram, each
        # with its SOCKS header; the server gets the same datagrams.
        r = self.run_client("burstup", "10.0.2.1", "5", src="10.9.0.4")
        self.assertEqual((r["got"], r["bad"]), (200, 0), r)
        self.assertEqual(r["sizes"], {"1200": 195, "500": 5}, r)

    def test_7c_socks5_pool_and_pipelining(self):
        if not shutil.which("danted") or not shutil.which("microsocks"):
            self.fail("dante-server and microsocks are needed (scripts/deps.txt)")
        # dave's first flow through dante (test_7b) started his exit's pool:
        # the next ones take a connection made ahead, greeted and
        # authenticated. Each worker keeps its own pool (a flow's sockets
        # live on its owner's thread), so a flow that lands on a worker
        # whose pool is not warm yet misses once and warms it.
        s = wait_stats(self.net, lambda s: s["socksPoolReady"] >= 1)
        self.assertGreaterEqual(s["socksPoolReady"], 1, s)
        failed = s["drops"]["exit_failed"]
        for _ in range(2 * WORKERS + 1):
            self.assertEqual(self.run_client("addr", "10.0.2.1", "0", src="10.9.0.4"), "10.0.2.1")
        after = snapshot(self.net)["stats"]
        self.assertGreater(after["socksPoolHits"], s["socksPoolHits"], after)
        # A UDP flow's association starts on a pooled connection as well.
        s = wait_stats(self.net, lambda s: s["socksPoolReady"] >= 1)
        for _ in range(2 * WORKERS + 1):
            r = self.run_client("udpwho", "10.0.2.5", "5353", src="10.9.0.4")
            self.assertEqual(r["reply"], "from 10.0.2.1", r)
        after = snapshot(self.net)["stats"]
        self.assertGreater(after["socksPoolHits"], s["socksPoolHits"], after)
        # More at once than the pool holds: the misses pipeline their
        # handshake (dante reads ahead; the pool's probe found that out).
        r = self.run_client("many", "10.0.2.1", "40", src="10.9.0.4")
        self.assertEqual(r["ok"], 40, r)
        s = snapshot(self.net)["stats"]
        self.assertGreater(s["socksPipelined"], after["socksPipelined"], s)
        # microsocks drops what follows the greeting and waits (bob's exit,
        # test_7): its probe goes unanswered, the exit stays sequential, and
        # its flows work, from the pool as well.
        s = wait_stats(self.net, lambda s: s["socksPipelineRefused"] >= 1)
        # One probe per worker pool that served bob at most.
        self.assertLessEqual(s["socksPipelineRefused"], WORKERS, s)
        r = self.run_client("many", "10.0.2.1", "40", src="10.9.0.3")
        self.assertEqual(r["ok"], 40, r)
        for _ in range(3):
            self.assertEqual(self.run_client("addr", "10.0.2.1", "0", src="10.9.0.3"), "10.0.2.1")
        end = snapshot(self.net)["stats"]
        self.assertLessEqual(end["socksPipelineRefused"], WORKERS, end)
        self.assertGreaterEqual(end["socksPoolHits"] - s["socksPoolHits"], 3, end)
        self.assertEqual(end["drops"]["exit_failed"], failed, end)
        # The same counters by exit (what /metrics shows per exit): each
        # exit's add up to the totals, and each exit has its own story.
        by_exit = end["socksExits"]
        self.assertEqual(sorted(set(by_exit) - {"down", "wrongpass"}), ["dante", "socks"], by_exit)
        for k, total in (("hits", "socksPoolHits"), ("misses", "socksPoolMisses"), ("ready", "socksPoolReady"),
                         ("pipelined", "socksPipelined"), ("pipelineRefused", "socksPipelineRefused"),
                         ("retries", "socksRetries"), ("failed", "socksFailed")):
            self.assertEqual(sum(e[k] for e in by_exit.values()), end[total], (k, by_exit, end))
        self.assertGreater(by_exit["dante"]["pipelined"], 0, by_exit)
        self.assertEqual(by_exit["socks"]["pipelined"], 0, by_exit)
        self.assertEqual(by_exit["dante"]["pipelineRefused"], 0, by_exit)
        self.assertGreaterEqual(by_exit["socks"]["pipelineRefused"], 1, by_exit)
        self.assertGreaterEqual(by_exit["socks"]["hits"], 3, by_exit)
        self.assertGreater(by_exit["dante"]["hits"], 0, by_exit)

    def test_7d_socks5_exit_failures_named(self):
        # A SOCKS5 exit that gives a flow no connection: the client's connect
        # fails at once, and the exit counts the flow with the reason, so an
        # admin sees which exit fails and why (flows.list, bywayctl flows,
        # byway_capture_socks_failed_total).
        if not shutil.which("microsocks"):
            self.fail("microsocks is not installed")
        # A closed port through a working exit is the destination's answer
        # (CONNECT refused), relayed: the client's, not the exit failing.
        for src in ("10.9.0.3", "10.9.0.4"):
            r = self.run_client("refused", "10.0.2.1", "0", src=src)
            self.assertEqual(r["result"], "refused", (src, r))
        before = snapshot(self.net)["stats"]
        for src in ("10.9.0.5", "10.9.0.6"):
            r = self.run_client("refused", "10.0.2.1", "0", src=src)
            self.assertEqual(r["result"], "refused", (src, r))
            self.assertLess(r["seconds"], 5.0, (src, r))
        s = snapshot(self.net)["stats"]
        down, wrong = s["socksExits"]["down"], s["socksExits"]["wrongpass"]
        self.assertEqual(down["failed"], 1, down)
        self.assertIn("cannot connect to 10.0.2.1:1079", down["lastError"])
        self.assertIn("refused", down["lastError"].lower())
        self.assertEqual(wrong["failed"], 1, wrong)
        self.assertIn("username/password refused", wrong["lastError"])
        self.assertEqual(s["socksFailed"], before["socksFailed"] + 2, s)
        for name, e in s["socksExits"].items():
            if name not in ("down", "wrongpass"):
                self.assertEqual(e["failed"], 0, (name, e))

    def test_8_user_counters(self):
        snap = snapshot(self.net)
        users = {u["user"]: u for u in snap["users"]}
        # bob's transfers ended long ago: the counters still hold them.
        bob = users["bob"]
        self.assertGreaterEqual(bob["bytesIn"], 8 << 20, bob)
        self.assertGreaterEqual(bob["flowsCreated"], 3, bob)
        self.assertEqual(bob["flows"], sum(1 for f in snap["flows"] if f["user"] == "bob"), (bob, snap["flows"]))
        self.assertGreater(bob["packets"], 0, bob)
        alice = users["alice"]
        self.assertGreaterEqual(alice["bytesIn"], 100 << 20, alice)  # the download
        self.assertGreaterEqual(alice["bytesOut"], 100 << 20, alice)  # the upload
        self.assertGreaterEqual(alice["drops"], 0, alice)
        self.assertIn("dave", users)
        for u in snap["users"]:
            self.assertEqual(set(u), {"user", "flows", "flowsCreated", "bytesIn", "bytesOut", "packets", "drops"}, u)

    def test_9a_resets_mid_transfer(self):
        # Flows that end with a RST while their bytes are in flight, several
        # on each worker at once: the reset reaches the other side as a reset
        # (never a clean end, which would pass a cut transfer off as whole),
        # the bytes before it are the stream's own, and the flows go away.
        n = 6
        before = snapshot(self.net)["stats"]["workers"]
        r = self.run_client("resets", "10.0.2.1", str(n), timeout=120)
        self.assertEqual(r["clean"]["got"], 32 << 20, r["clean"])
        self.assertEqual(r["clean"]["mine"], r["clean"]["theirs"])
        self.assertEqual(len(r["R"]), n, r)
        for d in r["R"]:
            self.assertEqual((d["end"], d["prefix"]), ("reset", True), d)
            self.assertLessEqual(d["got"], d["size"], d)
        self.assertEqual(len(r["W"]), n, r)
        for d in r["W"]:
            self.assertTrue(d["prefix"], d)

        def logged():
            with open(self.peer_log) as f:
                return [json.loads(line) for line in f]
        deadline = time.monotonic() + 15
        while len(logged()) < 2 * n and time.monotonic() < deadline:
            time.sleep(0.2)
        entries = logged()
        ups = [e for e in entries if e["cmd"] == "V"]
        downs = [e for e in entries if e["cmd"] == "W"]
        self.assertEqual(len(ups), n, entries)
        self.assertEqual(len(downs), n, entries)
        for e in ups:
            self.assertEqual((e["end"], e["prefix"]), ("reset", True), e)
            self.assertLessEqual(e["got"], n << 20, e)
        for e in downs:
            self.assertEqual(e["end"], "reset", e)
        deadline = time.monotonic() + 10
        while True:
            snap = snapshot(self.net)
            flows = [f for f in snap["flows"] if f["destination"] == "10.0.2.1:9000"]
            if not flows or time.monotonic() > deadline:
                break
        self.assertEqual(flows, [], snap["stats"])
        self.assertEqual(snap["stats"]["drops"]["write_failed"], 0, snap["stats"])
        # 3n + 1 flows by their hash over the workers: all on one of two would be 2^-18.
        for w, b in zip(snap["stats"]["workers"], before):
            self.assertGreater(w["flowsCreated"], b["flowsCreated"], (before, snap["stats"]["workers"]))

    def test_9_no_parse_errors(self):
        s = snapshot(self.net)["stats"]
        self.assertEqual(s["checksumErrors"], 0)
        self.assertEqual(s["drops"]["write_failed"], 0, s)
        # The router's own IPv6 on the TUN (router solicitations from its
        # link-local address, MLD reports) is not a client's: no drops.
        self.assertEqual(s["drops"]["unknown_source"], 0, s["drops"])
        self.assertEqual(s["drops"]["unsupported_protocol"], 0, s["drops"])
        # Nor did the client's kernel find a bad checksum in what the capture
        # wrote: lwIP's segments get theirs on the way out (stackOutput).
        snmp = self.net.ex("c", "cat", "/proc/net/snmp").stdout.splitlines()
        for proto in ("Tcp:", "Udp:"):
            names, values = [line.split()[1:] for line in snmp if line.startswith(proto)][:2]
            self.assertEqual(dict(zip(names, values))["InCsumErrors"], "0", (proto, names, values))


if __name__ == "__main__":
    unittest.main(verbosity=2)
