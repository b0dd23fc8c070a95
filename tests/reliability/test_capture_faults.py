#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Faults under compat-capture traffic, with bywayd running the capture
(capture.mode on) in the client-router-upstream lab. Upstream has no route
back to the pools and Byway's table masquerades nothing for them, so a
connection that works went through the capture's own sockets.

  - kill -9 bywayd during heavy capture traffic, repeatedly: after each
    restart the capture serves new connections end to end, the kernel holds
    exactly what it held before the first kill (Byway's FIB rules and routes,
    one TUN, the nft table, the TUN's rp_filter) and the config is intact;
  - the AF_PACKET interface vanishing under traffic and coming back (new
    ifindex): bywayd stays up, the capture drops and re-opens it and says so
    in its log, the TUN path keeps serving;
  - the upstream of a SOCKS5 exit dying: its users' connections fail fast and
    clearly (reset / refused, never a hang), the failure is logged, the other
    users keep being served, and the exit works again once its server is back.
    The exit's password, with debug on for everything, appears in no log line.
"""

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time

from bywaylab import testing
from bywaylab.rpc import RpcError
from bywaylab.testing import LabTestCase

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lab"))
from test_capture import CLIENT, PEER, WORKERS  # noqa: E402  (the sha256 bulk/echo peer and its client; capture workers)
from test_capture_packet import OFFLOAD_OFF  # noqa: E402
from test_faults import normalized  # noqa: E402

KILLS = int(os.environ.get("BYWAY_CAPTURE_KILLS", "5"))
WEB_PORT = 9000
SOCKS_PASSWORD = "Sk5-4e1f0b-not-for-logs"

# Heavy traffic until killed: bulk downloads on several connections, a
# stream of short echo connections (flow creation and teardown) and UDP
# queries, all through the capture. Counters go to a JSON file five times a
# second; failures are counted and retried, never fatal.
LOAD = r'''
import json, os, socket, sys, threading, time
dst, out, src = sys.argv[1], sys.argv[2], (sys.argv[3] if len(sys.argv) > 3 else None)
c = {"bytes": 0, "conns": 0, "errors": 0, "udp": 0}
lock = threading.Lock()
def add(k, n=1):
    with lock:
        c[k] += n
def conn():
    s = socket.socket(); s.settimeout(5)
    if src: s.bind((src, 0))
    s.connect((dst, 9000)); return s
def bulk():
    while True:
        try:
            s = conn(); s.sendall(b"D" + (256 << 20).to_bytes(8, "big"))
            while True:
                d = s.recv(1 << 16)
                if not d: break
                add("bytes", len(d))
            s.close(); add("conns")
        except OSError:
            add("errors"); time.sleep(0.05)
def churn():
    i = 0
    while True:
        i += 1
        try:
            s = conn(); m = b"%016d" % i; s.sendall(b"E" + m); got = b""
            while len(got) < 16:
                d = s.recv(16 - len(got))
                if not d: break
                got += d
            s.close(); add("conns" if got == m else "errors")
        except OSError:
            add("errors"); time.sleep(0.05)
def udp():
    while True:
        try:
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(1)
            if src: s.bind((src, 0))
            s.sendto(b"q", (dst, 53)); s.recvfrom(100); add("udp"); s.close()
        except OSError:
            add("errors")
        time.sleep(0.02)
for f in [bulk] * 3 + [churn] * 2 + [udp]:
    threading.Thread(target=f, daemon=True).start()
while True:
    time.sleep(0.2)
    with lock:
        snap = dict(c)
    with open(out + ".tmp", "w") as f:
        json.dump(snap, f)
    os.replace(out + ".tmp", out)
'''

# One download that reports how it ended instead of raising: for the
# exit-dying case the question is *how* the client learns of it.
FETCH = r'''
import json, socket, sys, time
dst, n, src = sys.argv[1], int(sys.argv[2]), sys.argv[3]
t = time.monotonic(); got = 0; how = "complete"
try:
    s = socket.socket(); s.settimeout(20); s.bind((src, 0)); s.connect((dst, 9000))
    s.sendall(b"D" + n.to_bytes(8, "big"))
    while got < n:
        d = s.recv(1 << 16)
        if not d:
            how = "eof"; break
        got += len(d)
except ConnectionRefusedError:
    how = "refused"
except ConnectionResetError:
    how = "reset"
except socket.timeout:
    how = "timeout"
except OSError as e:
    how = "error " + repr(e)
print(json.dumps({"how": how, "got": got, "seconds": time.monotonic() - t}))
'''


class LogCollector(threading.Thread):
    """logs.subscribe (debug and up) read continuously on its own connection,
    so the stream never falls behind and drops records."""

    def __init__(self, d):
        super().__init__(daemon=True)
        self.conn = d.rpc()
        self.conn.call("logs.subscribe", {"backlog": 5000, "minLevel": "debug"})
        self.messages = []
        self.stopping = threading.Event()
        self.start()

    def run(self):
        while not self.stopping.is_set():
            try:
                m = self.conn.read_message(timeout=0.5)
            except Exception:
                continue  # timeout: check stopping
            if m is None:
                return
            self.messages.append(m)

    def stop(self):
        self.stopping.set()
        self.join(timeout=10)
        self.conn.close()
        return self.messages


class CaptureLab(LabTestCase):
    """client-router-upstream with the sha256 peer on the web address, and a
    bywayd whose config turns the capture on for the client's pool."""

    topology = "client-router-upstream"
    debug = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lab.ip("upstream", "route", "del", "10.0.1.0/24")
        cls.tmp = cls.lab.make_tmpdir("capture-faults")
        cls.peer = cls.script("peer.py", PEER)
        cls.client = cls.script("client.py", CLIENT)
        cls.lab.popen("upstream", sys.executable, cls.peer, "server", cls.net["web"],
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        cls.wait_for(lambda: cls.lab.run("upstream", sys.executable, "-c",
                                         f"import socket; socket.create_connection(('{cls.net['web']}', {WEB_PORT}), 1)",
                                         check=False).returncode == 0, 10, "peer server did not come up")

    @classmethod
    def script(cls, name, text):
        path = os.path.join(cls.tmp, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    @staticmethod
    def wait_for(cond, timeout, what):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if cond():
                return
            time.sleep(0.1)
        raise AssertionError(f"{what} (waited {timeout} s)")

    def config(self):
        # A pool needs a masquerade rule to validate; this one names a WAN
        # that does not exist, so none applies (as in tests/lab/test_compat.py).
        return {"version": 1, "role": "vpn-gateway", "capture": {"mode": "on", "workers": WORKERS},
                "interfaces": {"wan": ["wan0", "wan9"], "tunnels": ["lan*"]},
                "pools": [{"name": "lan", "subnet": "10.0.1.0/24"}],
                "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": "wan9"}]}}

    def own_daemon(self, name, **kw):
        d = self.start_bywayd(name, **kw)
        self.addCleanup(d.stop)
        return d

    def run_client(self, *args, node="client", timeout=120):
        p = self.lab.run(node, sys.executable, self.client, *map(str, args), timeout=timeout, check=False)
        out = p.stdout.strip()
        if p.returncode != 0:
            return {"failed": p.returncode, "stderr": p.stderr.strip()[-300:]}
        return json.loads(out) if out.startswith("{") else out

    def end_to_end(self, node="client", src=None, size=4 << 20):
        """A new connection works through the capture: sha256-equal download,
        and the server sees the router's WAN address."""
        extra = [src] if src else []
        r = self.run_client("down", self.net["web"], size, *extra, node=node)
        ok = isinstance(r, dict) and r.get("got") == size and r.get("mine") == r.get("theirs")
        seen = self.run_client("addr", self.net["web"], 0, *extra, node=node)
        return ok and seen == self.net["router_wan"], (r, seen)

    def wait_end_to_end(self, timeout=20, **kw):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            ok, last = self.end_to_end(**kw)
            if ok:
                return
            time.sleep(0.3)
        self.fail(f"no working connection through the capture within {timeout} s: {last}")

    def start_load(self, node="client", src=None):
        out = os.path.join(self.tmp, f"load-{node}-{src or 'any'}.json")
        load = self.script("load.py", LOAD)
        p = self.lab.popen(node, sys.executable, load, self.net["web"], out, *([src] if src else []),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.addCleanup(lambda: (p.kill(), p.wait()))
        return out

    @staticmethod
    def load_counts(path):
        try:
            with open(path) as f:
                return json.load(f)
        except (OSError, ValueError):
            return {"bytes": 0, "conns": 0, "errors": 0, "udp": 0}

    def wait_traffic(self, path, min_bytes=4 << 20, timeout=20):
        """The load moves at least min_bytes more within timeout; returns the rate in MiB/s."""
        b0, t0 = self.load_counts(path)["bytes"], time.monotonic()
        self.wait_for(lambda: self.load_counts(path)["bytes"] - b0 >= min_bytes, timeout,
                      f"capture traffic did not flow ({self.load_counts(path)})")
        return (self.load_counts(path)["bytes"] - b0) / (1 << 20) / max(0.01, time.monotonic() - t0)

    def log_lines(self, d, since_seq=0):
        """Every record of bywayd's log ring after since_seq, through logs.subscribe."""
        with d.rpc() as c:
            head = c.call("logs.subscribe", {"backlog": 5000, "minLevel": "debug"})
            lines = []
            while True:
                try:
                    m = c.read_message(timeout=1)
                except Exception:
                    break
                if m is None:
                    break
                p = m.get("params", {})
                if m.get("method") == "logs.line" and p.get("seq", 0) > since_seq:
                    lines.append(p)
                if p.get("seq") == head.get("lastSeq"):
                    break
        return lines


class KillUnderCaptureTest(CaptureLab):
    def kernel(self):
        R = self.net["router"]
        run = lambda *a: self.lab.run(R, *a).stdout
        rules = sorted(l.strip() for fam in ("-4", "-6") for l in run("ip", fam, "-N", "rule", "show").splitlines()
                       if "proto 183" in l)
        routes = sorted(l.strip() for fam in ("-4", "-6")
                        for l in run("ip", fam, "-o", "route", "show", "table", "all", "proto", "183").splitlines())
        tuns = sorted(l.split(":")[1].strip() for l in run("ip", "-o", "link", "show", "type", "tun").splitlines())
        nft = self.lab.run(R, "nft", "-j", "list", "table", "inet", "byway", check=False)
        rpf = self.lab.run(R, "sysctl", "-n", "net.ipv4.conf.byway0.rp_filter", check=False).stdout.strip()
        return {"rules": rules, "routes": routes, "tuns": tuns,
                "nft": normalized(nft.stdout) if nft.returncode == 0 else None, "rp_filter": rpf}

    def test_kill9_under_capture_traffic(self):
        d = self.own_daemon("kill9-capture")
        cfg = self.config()
        d.call("config.apply", {"config": cfg}, timeout=60)
        self.wait_end_to_end()
        load = self.start_load()
        rate = self.wait_traffic(load)
        baseline = self.kernel()
        self.assertEqual(baseline["tuns"], ["byway0"], baseline)
        self.assertTrue(baseline["rules"] and baseline["routes"], baseline)
        self.assertEqual(len(set(baseline["rules"])), len(baseline["rules"]), "duplicate rules before any kill")
        with open(d.config_path, "rb") as f:
            stored = f.read()
        before = d.call("config.get")

        rng = random.Random(8)
        recover = []
        for i in range(KILLS):
            time.sleep(rng.uniform(0.2, 1.5))  # somewhere in the middle of bulk and churn
            st = d.call("status.get")["capture"]
            self.assertTrue(st["active"], st)
            os.kill(d.pid, signal.SIGKILL)
            d.process.wait(timeout=10)
            after_kill = self.kernel()
            # The TUN dies with its fd; Byway's rules stay for the restart to adopt.
            self.assertEqual(after_kill["tuns"], [], f"kill {i}: TUN survived its process: {after_kill}")
            t0 = time.monotonic()
            d.start()
            self.wait_for(lambda: d.call("status.get")["capture"].get("active"), 20, f"kill {i}: capture not active again")
            self.wait_end_to_end()
            recover.append(time.monotonic() - t0)
            now = self.kernel()
            for what in ("rules", "routes", "tuns", "nft", "rp_filter"):
                self.assertEqual(now[what], baseline[what], f"kill {i}: {what} differ after the restart")
            with open(d.config_path, "rb") as f:
                self.assertEqual(f.read(), stored, f"kill {i}: config file changed")
            self.assertEqual(d.call("config.get"), before, f"kill {i}: config.get differs")
            self.wait_traffic(load, min_bytes=1 << 20)  # the old load generator got going again as well
        # bywayd's capture runs the configured packet threads, one TUN queue each,
        # with receive steering over this process's CPUs (capture.receiveSteering's default).
        stats = d.call("flows.list")["stats"]
        self.assertEqual(len(stats["workers"]), WORKERS)
        cpus = os.sched_getaffinity(0)
        want = sum(1 << c for c in cpus) if len(cpus) > 1 else 0
        got = stats["receiveSteering"]
        self.assertEqual(int(got.replace(",", ""), 16) if want else got, want or "off", got)
        counts = self.load_counts(load)
        print(f"kill -9 x{KILLS} under capture traffic ({rate:.0f} MiB/s before the first kill; "
              f"{counts['bytes'] / (1 << 20):.0f} MiB, {counts['conns']} connections, {counts['udp']} UDP answers, "
              f"{counts['errors']} failed attempts over the run): back to a working capture in "
              f"{min(recover):.1f}-{max(recover):.1f} s, kernel state identical after every restart "
              f"({len(baseline['rules'])} rules, {len(baseline['routes'])} routes, 1 TUN)")


class PacketInterfaceVanishesTest(CaptureLab):
    """A veth named ikec0 stands in for an xfrm tunnel interface; the kernel's
    own forwarding from it is blackholed (priority 100, before Byway's rules),
    as on the boxes that need AF_PACKET capture."""

    def setUp(self):
        if "ike" not in self.lab.nodes:
            self.lab.add_node("ike")
            R = self.net["router"]
            self.lab.run(R, "ip", "rule", "add", "priority", "100", "iif", "ikec0", "lookup", "2999")
            self.lab.run(R, "ip", "route", "add", "blackhole", "default", "table", "2999")
        self.lab.run(self.net["router"], "ip", "link", "del", "ikec0", check=False)  # a test before left it
        self.plug_ike()

    def plug_ike(self):
        self.lab.link("router", "ikec0", "ike", "eth0")
        self.lab.addr("router", "ikec0", "10.77.0.1/24")
        self.lab.addr("ike", "eth0", "10.77.0.2/24")
        self.lab.route("ike", "default", "via", "10.77.0.1")
        # No checksum offload on the far side: AF_PACKET sees finished packets
        # as decapsulated ESP would arrive.
        self.lab.run("ike", sys.executable, self.script("offload.py", OFFLOAD_OFF), "eth0")

    def config(self):
        c = super().config()
        c["capture"]["packetInterfaces"] = ["ikec*"]
        c["pools"].append({"name": "ike", "subnet": "10.77.0.0/24"})
        c["nat"]["masquerade"].append({"source": "10.77.0.0/24", "out": "wan9"})
        return c

    def packet_ifaces(self, d):
        return {i["name"]: i for i in d.call("flows.list").get("packetInterfaces", [])}

    def test_interface_vanishes_and_returns(self):
        d = self.own_daemon("vanish-afpacket", debug="packet")
        d.call("config.apply", {"config": self.config()}, timeout=60)
        self.wait_for(lambda: "ikec0" in self.packet_ifaces(d), 10, "capture did not open ikec0")
        first = self.packet_ifaces(d)["ikec0"]
        self.wait_end_to_end(node="ike")
        self.assertGreater(self.packet_ifaces(d)["ikec0"]["captured"], 0, "ike traffic did not go through AF_PACKET")
        load = self.start_load(node="ike")
        self.wait_traffic(load)
        seq0 = max((l["seq"] for l in self.log_lines(d)), default=0)

        self.lab.ip("router", "link", "del", "ikec0")
        # The capture notices at its next rescan (every 2 s).
        self.wait_for(lambda: "ikec0" not in self.packet_ifaces(d), 10, "capture still lists the deleted ikec0")
        self.assertTrue(d.alive())
        self.wait_end_to_end()  # the TUN path serves the LAN pool meanwhile

        self.plug_ike()
        self.wait_for(lambda: "ikec0" in self.packet_ifaces(d), 10, "capture did not re-open the new ikec0")
        second = self.packet_ifaces(d)["ikec0"]
        self.assertNotEqual(second["ifindex"], first["ifindex"])
        self.wait_end_to_end(node="ike")
        self.wait_traffic(load)
        self.assertGreater(self.packet_ifaces(d)["ikec0"]["captured"], 0, "no traffic through the new ikec0")
        self.assertTrue(d.alive())

        msgs = [l["message"] for l in self.log_lines(d, seq0) if l.get("category") == "packet"]
        self.assertTrue(any("interface gone" in m and "ikec0" in m for m in msgs), msgs[-20:])
        self.assertTrue(any("capturing on" in m and "ikec0" in m for m in msgs), msgs[-20:])
        print(f"ikec0 deleted under load and re-created: dropped at the next rescan, re-opened "
              f"(ifindex {first['ifindex']} -> {second['ifindex']}), traffic resumed; log: "
              f"{[m for m in msgs if 'ikec0' in m][:2]}")

    def test_interfaces_then_pool_added_while_running(self):
        # Only the LAN pool and no AF_PACKET interface at first.
        d = self.own_daemon("add-afpacket")
        first = CaptureLab.config(self)
        d.call("config.apply", {"config": first}, timeout=60)
        self.wait_end_to_end()
        self.assertEqual(self.packet_ifaces(d), {})
        # The capture's own settings changed: it starts over with the interface.
        second = CaptureLab.config(self)
        second["capture"]["packetInterfaces"] = ["ikec*"]
        d.call("config.apply", {"config": second}, timeout=60)
        self.wait_for(lambda: "ikec0" in self.packet_ifaces(d), 10, "the applied packetInterfaces were not taken")
        self.assertTrue(self.packet_ifaces(d)["ikec0"]["filtersSources"])
        # A pool added to the running capture: its sockets' filter takes the
        # new subnet at once (it kept ike's frames in the kernel until now).
        d.call("config.apply", {"config": self.config()}, timeout=60)
        self.wait_end_to_end(node="ike")
        ifaces = self.packet_ifaces(d)
        self.assertGreater(ifaces["ikec0"]["captured"], 0)
        self.assertTrue(ifaces["ikec0"]["filtersSources"])
        self.assertEqual(ifaces["ikec0"]["outgoingFiltered"], 0)
        self.wait_end_to_end()  # the LAN pool through the TUN, as before
        # bywayctl flows shows the interface and its filter, and the frames
        # from unpooled sources apart from the drops.
        out = d.ctl("flows")
        self.assertEqual(out.returncode, 0, out.stderr)
        rows = [l.split() for l in out.stdout.splitlines()]
        self.assertIn(["INTERFACE", "SOCKETS", "READ", "SENT", "LARGEST", "FILTER"], rows, out.stdout)
        row = next(r for r in rows if r and r[0] == "ikec0")
        self.assertEqual(row[1], str(ifaces["ikec0"]["sockets"]), out.stdout)
        self.assertGreater(int(row[2]), 0, out.stdout)
        self.assertTrue(" ".join(row).endswith(" B pooled sources, not to this box"), out.stdout)
        self.assertRegex(out.stdout, r"drops \d+.*; not pooled \d+, to this box \d+\n")


class ExitUpstreamDiesTest(CaptureLab):
    """Pool user bob (10.0.1.3) leaves through exit "socks" (microsocks on
    upstream, username/password); alice (10.0.1.2) leaves directly."""

    def setUp(self):
        if not hasattr(self, "socks"):
            self.lab.addr("client", "eth0", "10.0.1.3/24")
        self.start_socks(SOCKS_PASSWORD)

    def start_socks(self, password):
        p = self.lab.popen("upstream", "microsocks", "-i", self.net["upstream"], "-p", "1080", "-u", "bw",
                           "-P", password, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        type(self).socks = p
        self.wait_for(lambda: self.lab.run("upstream", sys.executable, "-c",
                                           f"import socket; socket.create_connection(('{self.net['upstream']}', 1080), 1)",
                                           check=False).returncode == 0, 10, "microsocks did not come up")
        return p

    def config(self):
        c = super().config()
        c["pools"][0]["users"] = [{"name": "alice", "address": "10.0.1.2"},
                                  {"name": "bob", "address": "10.0.1.3", "exit": "socks"}]
        c["exits"] = [{"name": "socks", "type": "socks5", "server": self.net["upstream"], "port": 1080,
                       "username": "bw", "password": SOCKS_PASSWORD}]
        return c

    def fetch(self, size, src):
        p = self.lab.run("client", sys.executable, self.script("fetch.py", FETCH), self.net["web"], size, src,
                         timeout=60)
        return json.loads(p.stdout)

    def test_socks_upstream_dies(self):
        if not os.access("/usr/bin/microsocks", os.X_OK):
            self.fail("microsocks is not installed (scripts/deps.txt)")
        d = self.own_daemon("exit-dies", debug="all")
        logs = LogCollector(d)
        d.call("config.apply", {"config": self.config()}, timeout=60)
        self.wait_end_to_end()                    # alice, direct
        r = self.fetch(8 << 20, "10.0.1.3")       # bob, through the SOCKS5 exit
        self.assertEqual(r["how"], "complete", r)
        alice = self.start_load(src="10.0.1.2")
        self.wait_traffic(alice)

        # A long download through the exit, then its server is killed under it.
        fetch = self.lab.popen("client", sys.executable, self.script("fetch.py", FETCH), self.net["web"],
                               str(4 << 30), "10.0.1.3", stdout=subprocess.PIPE, text=True)
        time.sleep(1.5)
        flows = d.call("flows.list")["flows"]
        self.assertTrue(any(f.get("user") == "bob" and f.get("exit") == "socks" for f in flows), flows)
        self.socks.kill()
        self.socks.wait()
        out, _ = fetch.communicate(timeout=30)
        during = json.loads(out)
        self.assertIn(during["how"], ("reset", "eof"), during)
        self.assertLess(during["got"], 4 << 30)
        # New connections of the exit's users fail at once, not after a timeout.
        refused = self.fetch(1 << 20, "10.0.1.3")
        self.assertIn(refused["how"], ("refused", "reset"), refused)
        self.assertLess(refused["seconds"], 3.0, refused)
        # Everybody else is still served, by a new connection and by the running load.
        self.wait_end_to_end()
        self.wait_traffic(alice)
        self.assertTrue(d.alive())

        # The server comes back: so does the exit.
        self.start_socks(SOCKS_PASSWORD)
        deadline = time.monotonic() + 15
        while (back := self.fetch(4 << 20, "10.0.1.3"))["how"] != "complete" and time.monotonic() < deadline:
            time.sleep(0.5)
        self.assertEqual(back["how"], "complete", back)

        # A server that refuses the credentials: a clear failure too.
        self.socks.kill()
        self.socks.wait()
        self.start_socks("another-password")
        denied = self.fetch(1 << 20, "10.0.1.3")
        self.assertIn(denied["how"], ("refused", "reset", "eof"), denied)
        self.assertLess(denied["seconds"], 3.0, denied)
        time.sleep(0.5)
        lines = logs.stop()
        msgs = [m["params"]["message"] for m in lines if m.get("method") == "logs.line"]
        dropped = sum(m["params"].get("count", 0) for m in lines if m.get("method") == "logs.dropped")
        forwarder = [m for m in msgs if "connect failed" in m or "SOCKS5" in m]
        self.assertTrue(any("connect failed" in m for m in forwarder), msgs[-30:])
        self.assertTrue(any("username/password refused" in m for m in forwarder), msgs[-30:])
        # Redaction: debug on for everything, the exit's password in the
        # config, the capture doing SOCKS5 authentication with it.
        for m in lines:
            self.assertNotIn(SOCKS_PASSWORD, json.dumps(m))
        d.stop()
        self.assertNotIn(SOCKS_PASSWORD, d.log_text())
        self.assertIn("SOCKS5", d.log_text())
        print(f"SOCKS5 server killed: running download ended with {during['how']} after "
              f"{during['got'] / (1 << 20):.0f} MiB; new connection {refused['how']} in {refused['seconds'] * 1000:.0f} ms; "
              f"wrong credentials: {denied['how']} in {denied['seconds'] * 1000:.0f} ms; log: {forwarder[:2]}; "
              f"password in none of {len(lines)} streamed records ({dropped} dropped by the stream) nor the stderr log")


if __name__ == "__main__":
    testing.main()
