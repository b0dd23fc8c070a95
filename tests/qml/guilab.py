# SPDX-License-Identifier: GPL-3.0-or-later
"""Network namespaces for the GUI tests, screenshots and benches: a bywayd
of their own, never the host's network.

- bypass(): one namespace with a veth lan0 (192.168.10.2/24); the caller
  applies a bypass-router config, so topology and configuration show a role.
- FlowsLab: client -- router(bywayd, vpn-gateway, capture on) -- upstream,
  with long-lived TCP flows from three client addresses (alice, bob and one
  without a user) through the compat capture, so the Flows page has live rows.

Everything is torn down by close(); a namespace name carries our pid."""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def can_netns() -> bool:
    return os.geteuid() == 0 and shutil.which("ip") is not None


def ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


def rpc(sock: Path, method: str, params: dict | None = None, timeout: float = 30) -> dict:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(timeout)
        s.connect(str(sock))
        req = {"jsonrpc": "2.0", "id": 1, "method": method}
        if params is not None:
            req["params"] = params
        s.sendall((json.dumps(req) + "\n").encode())
        buf = b""
        while not buf.endswith(b"\n"):
            chunk = s.recv(65536)
            if not chunk:
                break
            buf += chunk
    return json.loads(buf.splitlines()[0])


class Bywayd:
    """bywayd with its socket, config and state in `tmp`, optionally in a namespace."""

    def __init__(self, binary: str, tmp: Path, ns: str | None, extra: list[str] | None = None):
        self.tmp = tmp
        self.sock = tmp / "bywayd.sock"
        (tmp / "etc").mkdir(parents=True, exist_ok=True)
        (tmp / "state").mkdir(parents=True, exist_ok=True)
        prefix = ["ip", "netns", "exec", ns] if ns else []
        self.log = open(tmp / "bywayd.log", "w")
        self.proc = subprocess.Popen([*prefix, binary, "--socket", str(self.sock),
                                      "--config", str(tmp / "etc" / "byway.json"),
                                      "--state-dir", str(tmp / "state"), *(extra or [])],
                                     stdout=subprocess.DEVNULL, stderr=self.log)
        for _ in range(200):
            if self.sock.exists():
                return
            if self.proc.poll() is not None:
                break
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"bywayd did not create {self.sock}; see {tmp / 'bywayd.log'}")

    def call(self, method: str, params: dict | None = None) -> dict:
        reply = rpc(self.sock, method, params)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def bypass_netns() -> str | None:
    """A namespace with lo and a veth lan0 (peer lan0p) and a default route
    via the main router 192.168.10.1 (what a setup proposes), or None when
    that cannot be done here."""
    if not can_netns():
        return None
    ns = f"byway-gui-{os.getpid()}"
    try:
        ip("netns", "add", ns)
        ip("-n", ns, "link", "set", "lo", "up")
        ip("-n", ns, "link", "add", "lan0", "type", "veth", "peer", "name", "lan0p")
        ip("-n", ns, "addr", "add", "192.168.10.2/24", "dev", "lan0")
        ip("-n", ns, "link", "set", "lan0", "up")
        ip("-n", ns, "link", "set", "lan0p", "up")
        ip("-n", ns, "route", "add", "default", "via", "192.168.10.1", "dev", "lan0")
    except (subprocess.CalledProcessError, OSError) as e:
        print(f"note: no network namespace ({e})", file=sys.stderr)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        return None
    return ns


# A VPN gateway whose VPN server hands out 10.99.0.2, outside its pool: the
# environment findings (VPN peers outside every pool, a foreign forward chain
# with policy drop) and the counted drop before the WAN, on every surface.
VPN = {"version": 1, "role": "vpn-gateway",
       "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
       "pools": [{"name": "office", "subnet": "10.20.0.0/24", "users": []}],
       "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "wan0"}]}}


def vpn_netns() -> tuple[str, str] | None:
    """(gateway namespace, VPN peer namespace): the gateway has wan0
    (203.0.113.2/24, default route) and vpns0, a point-to-point link to
    10.99.0.2 in the peer namespace; a foreign inet table drops forwarded
    traffic by policy. None when that cannot be done here."""
    if not can_netns() or shutil.which("nft") is None:
        return None
    ns, peer = f"byway-gui-vpn-{os.getpid()}", f"byway-gui-peer-{os.getpid()}"
    try:
        ip("netns", "add", ns)
        ip("netns", "add", peer)
        for n in (ns, peer):
            ip("-n", n, "link", "set", "lo", "up")
        ip("-n", ns, "link", "add", "wan0", "type", "veth", "peer", "name", "wan0p")
        ip("-n", ns, "addr", "add", "203.0.113.2/24", "dev", "wan0")
        ip("-n", ns, "link", "set", "wan0", "up")
        ip("-n", ns, "link", "set", "wan0p", "up")
        ip("-n", ns, "route", "add", "default", "via", "203.0.113.1")
        ip("-n", ns, "link", "add", "vpns0", "type", "veth", "peer", "name", "vpns0p", "netns", peer)
        ip("-n", ns, "addr", "add", "10.99.0.1", "peer", "10.99.0.2/32", "dev", "vpns0")
        ip("-n", ns, "link", "set", "vpns0", "up")
        ip("-n", peer, "addr", "add", "10.99.0.2", "peer", "10.99.0.1/32", "dev", "vpns0p")
        ip("-n", peer, "link", "set", "vpns0p", "up")
        ip("-n", peer, "route", "add", "default", "via", "10.99.0.1", "dev", "vpns0p")
        subprocess.run(["ip", "netns", "exec", ns, "nft", "add table inet fw; "
                        "add chain inet fw forward { type filter hook forward priority 10; policy drop; }"],
                       check=True, capture_output=True)
    except (subprocess.CalledProcessError, OSError) as e:
        print(f"note: no VPN namespaces ({e})", file=sys.stderr)
        for n in (ns, peer):
            subprocess.run(["ip", "netns", "del", n], capture_output=True)
        return None
    return ns, peer


def send_from_peer(peer: str, count: int = 5) -> None:
    """Pings through the gateway from the VPN peer's address (outside every
    pool): Byway drops and counts them before the WAN."""
    subprocess.run(["ip", "netns", "exec", peer, "ping", "-c", str(count), "-i", "0.2", "-W", "1", "198.51.100.7"],
                   capture_output=True)


BYPASS = {"version": 1, "role": "bypass-router",
          "interfaces": {"lan": ["lan0"]},
          "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24", "dhcp": "main"}}

# The traffic of the flows lab: from each client address, a few TCP
# connections to the upstream sink, each sending a little every 200 ms.
_CLIENT = r"""
import selectors, socket, sys, time
dst, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
socks = []
for src in sys.argv[4:]:
    for i in range(count):
        s = socket.create_connection((dst, port), timeout=10, source_address=(src, 0))
        s.setblocking(False)
        socks.append(s)
payload = b"x" * 1400
n = 0
while True:
    for i, s in enumerate(socks):
        try:
            s.send(payload * (1 + (i + n) % 4))
        except (BlockingIOError, OSError):
            pass
        try:
            while s.recv(65536):   # read the echo, or both sides stall
                pass
        except (BlockingIOError, OSError):
            pass
    n += 1
    time.sleep(0.2)
"""

_SINK = r"""
import socket, sys, threading
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("0.0.0.0", int(sys.argv[1]))); srv.listen(64)
def serve(c):
    while True:
        d = c.recv(65536)
        if not d:
            return
        c.sendall(d[: len(d) // 4])   # some bytes back, so both directions count
while True:
    c, _ = srv.accept()
    threading.Thread(target=serve, args=(c,), daemon=True).start()
"""

# A counted transfer: N bytes up, then read the sink's replies until it closes.
_SEND = r"""
import socket, sys, threading, time
dst, port, src, n = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
for attempt in range(50):   # the sink may still be starting
    try:
        s = socket.create_connection((dst, port), timeout=20, source_address=(src, 0))
        break
    except ConnectionRefusedError:
        time.sleep(0.2)
else:
    raise SystemExit("the sink never listened")
back = 0
def read():   # alongside the sending: the sink echoes while it reads
    global back
    while True:
        d = s.recv(65536)
        if not d:
            return
        back += len(d)
reader = threading.Thread(target=read)
reader.start()
chunk = b"y" * 65536
sent = 0
while sent < n:
    sent += s.send(chunk[: min(len(chunk), n - sent)])
s.shutdown(socket.SHUT_WR)
reader.join()
print(back)
"""


class FlowsLab:
    """client (10.0.1.2-4) -- lan0 router wan0 -- upstream (10.0.2.2:8080)."""

    SINK_PORT = 8080

    def __init__(self, bywayd: str, tmp: Path, flows_per_client: int = 3):
        """flows_per_client 0: no background traffic (the caller sends its own)."""
        self.tag = f"{os.getpid() % 100000}"
        self.c, self.r, self.u = f"bwc{self.tag}", f"bwr{self.tag}", f"bwu{self.tag}"
        self.procs: list[subprocess.Popen] = []
        self.daemon: Bywayd | None = None
        try:
            for ns in (self.c, self.r, self.u):
                ip("netns", "add", ns)
                ip("-n", ns, "link", "set", "lo", "up")
            ip("-n", self.c, "link", "add", "c0", "type", "veth", "peer", "name", "lan0", "netns", self.r)
            ip("-n", self.u, "link", "add", "u0", "type", "veth", "peer", "name", "wan0", "netns", self.r)
            for addr in ("10.0.1.2/24", "10.0.1.3/24", "10.0.1.4/24"):
                ip("-n", self.c, "addr", "add", addr, "dev", "c0")
            ip("-n", self.r, "addr", "add", "10.0.1.1/24", "dev", "lan0")
            ip("-n", self.r, "addr", "add", "10.0.2.1/24", "dev", "wan0")
            ip("-n", self.u, "addr", "add", "10.0.2.2/24", "dev", "u0")
            for ns, dev in ((self.c, "c0"), (self.r, "lan0"), (self.r, "wan0"), (self.u, "u0")):
                ip("-n", ns, "link", "set", dev, "up")
            ip("-n", self.c, "route", "add", "default", "via", "10.0.1.1")
            ip("-n", self.u, "route", "add", "default", "via", "10.0.2.1")
            self.daemon = Bywayd(bywayd, tmp, self.r)
            self.daemon.call("config.apply", {"config": self.config()})
            self.procs.append(subprocess.Popen(["ip", "netns", "exec", self.u, sys.executable, "-c", _SINK,
                                                str(self.SINK_PORT)]))
            time.sleep(0.3)
            if flows_per_client == 0:
                return
            self.procs.append(subprocess.Popen(["ip", "netns", "exec", self.c, sys.executable, "-c", _CLIENT,
                                                "10.0.2.2", str(self.SINK_PORT), str(flows_per_client),
                                                "10.0.1.2", "10.0.1.3", "10.0.1.4"]))
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                if len(self.daemon.call("flows.list").get("flows", [])) >= 3 * flows_per_client:
                    break
                time.sleep(0.2)
        except BaseException:
            self.close()
            raise

    @staticmethod
    def config() -> dict:
        return {"version": 1, "role": "vpn-gateway", "capture": {"mode": "on"},
                "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
                "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": "wan0"}]},
                "exits": [{"name": "wan", "type": "direct", "device": "wan0"}],
                "pools": [{"name": "office", "subnet": "10.0.1.0/24",
                           "users": [{"name": "alice", "address": "10.0.1.2"},
                                     {"name": "bob", "address": "10.0.1.3", "exit": "wan"}]}]}

    def send(self, src: str, nbytes: int) -> int:
        """One TCP connection from `src` to the sink carrying `nbytes`; waits
        for the sink's replies to end. Returns the bytes that came back."""
        r = subprocess.run(["ip", "netns", "exec", self.c, sys.executable, "-c", _SEND, "10.0.2.2",
                            str(self.SINK_PORT), src, str(nbytes)], capture_output=True, text=True, timeout=60)
        if r.returncode != 0:
            raise RuntimeError(f"send from {src} failed: {r.stderr.strip()}")
        return int(r.stdout.strip())

    @property
    def sock(self) -> Path:
        assert self.daemon
        return self.daemon.sock

    def close(self) -> None:
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        self.procs.clear()
        if self.daemon:
            self.daemon.stop()
            self.daemon = None
        for ns in (self.c, self.r, self.u):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)


if __name__ == "__main__":
    # Manual use: python3 guilab.py BYWAYD -> a flows lab until Ctrl-C.
    with tempfile.TemporaryDirectory(prefix="byway-flowslab-") as t:
        lab = FlowsLab(sys.argv[1], Path(t))
        print(lab.sock, flush=True)
        stop = lambda *_: (_ for _ in ()).throw(KeyboardInterrupt)
        signal.signal(signal.SIGTERM, stop)
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
            lab.close()
