# SPDX-License-Identifier: GPL-3.0-or-later
"""The GUI tests', screenshots' and benches' labs, built with bywaylab
(tests/lab): a bywayd of their own, never the host's network.

- bypass(lab): a node with a veth lan0 (192.168.10.2/24) and a default route
  via the main router 192.168.10.1; the caller applies a bypass-router
  config, so topology and configuration show a role.
- vpn(lab): a VPN gateway and its peer, which is outside every pool.
- FlowsLab: client -- router(bywayd, vpn-gateway, capture on) -- upstream
  (bywaylab's client-router-upstream), with long-lived TCP flows from three
  client addresses (alice, bob and one without a user) through the compat
  capture, so the Flows page has live rows.

Everything goes with the lab's close() (also at exit and on SIGTERM)."""
import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "lab"))
import bywaylab  # noqa: E402
from bywaylab import RpcError, topologies  # noqa: E402,F401 (RpcError: for the callers)


def netns_problem() -> str | None:
    """Why no lab can be built here (no root, no ip), or None."""
    return bywaylab.requirements_problem()


def can_netns() -> bool:
    return netns_problem() is None


SKIP = 77


def cannot_run(bywayd: str) -> int | None:
    """For a GUI test that needs a real bywayd in a lab: None when it can run
    here; else why not, on stderr, and its exit code: 77 (skipped), or 1
    under CI=true, where a test that cannot run fails."""
    problem = None
    if not bywayd or not os.access(bywayd, os.X_OK):
        problem = f"no bywayd binary ({bywayd or 'not built'}): this test needs a real helper"
    elif (why := netns_problem()) is not None:
        problem = f"no network namespace: {why}"
    if problem is None:
        return None
    ci = os.environ.get("CI") == "true"
    print(("FAIL: " if ci else "SKIP: ") + problem, file=sys.stderr)
    return 1 if ci else SKIP


def new_lab() -> bywaylab.Lab:
    # The lab tests clean up leftovers of dead runs; a GUI run leaves them be.
    return bywaylab.Lab(cleanup_first=False)


def start_bywayd(lab: bywaylab.Lab, node: str | None, binary: str, name: str,
                 config: dict | None = None, extra: list[str] | None = None) -> bywaylab.Bywayd:
    """`binary` in `node` (None: on the host, for a run without root), its
    socket, config and state in a temp dir of the lab, its log in the lab
    artifacts as NAME.log (a name per test: GUI tests may run side by side)."""
    os.environ["BYWAYD"] = binary  # where bywaylab finds it
    return lab.start_bywayd(node, name=name, config=config, extra_args=extra or [])


def bypass(lab: bywaylab.Lab, node: str = "gui") -> str:
    """A node with lo and a veth lan0 (peer lan0p) and a default route via the
    main router 192.168.10.1 (what a setup proposes)."""
    lab.add_node(node)
    lab.link(node, "lan0", node, "lan0p")
    lab.addr(node, "lan0", "192.168.10.2/24")
    lab.route(node, "default", "via", "192.168.10.1", "dev", "lan0")
    return node


BYPASS = {"version": 1, "role": "bypass-router",
          "interfaces": {"lan": ["lan0"]},
          "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24", "dhcp": "main"}}

# A VPN gateway whose VPN server hands out 10.99.0.2, outside its pool: the
# environment findings (VPN peers outside every pool, a foreign forward chain
# with policy drop) and the counted drop before the WAN, on every surface.
VPN = {"version": 1, "role": "vpn-gateway",
       "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
       "pools": [{"name": "office", "subnet": "10.20.0.0/24", "users": []}],
       "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "wan0"}]}}


def vpn(lab: bywaylab.Lab) -> tuple[str, str]:
    """(gateway node, VPN peer node): the gateway has wan0 (203.0.113.2/24,
    default route) and vpns0, a point-to-point link to 10.99.0.2 in the peer;
    a foreign inet table drops forwarded traffic by policy."""
    gw, peer = "gw", "peer"
    lab.add_node(gw, forwarding=True)
    lab.add_node(peer)
    lab.link(gw, "wan0", gw, "wan0p")
    lab.addr(gw, "wan0", "203.0.113.2/24")
    lab.route(gw, "default", "via", "203.0.113.1")
    lab.link(gw, "vpns0", peer, "vpns0p")
    lab.ip(gw, "addr", "add", "10.99.0.1", "peer", "10.99.0.2/32", "dev", "vpns0")
    lab.ip(peer, "addr", "add", "10.99.0.2", "peer", "10.99.0.1/32", "dev", "vpns0p")
    lab.route(peer, "default", "via", "10.99.0.1", "dev", "vpns0p")
    lab.nft(gw, "table inet fw {\n  chain forward { type filter hook forward priority 10; policy drop; }\n}\n")
    return gw, peer


def send_from_peer(lab: bywaylab.Lab, peer: str, count: int = 5) -> None:
    """Pings through the gateway from the VPN peer's address (outside every
    pool): Byway drops and counts them before the WAN."""
    lab.run(peer, "ping", "-c", str(count), "-i", "0.2", "-W", "1", "198.51.100.7", check=False)


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
    """bywaylab's client-router-upstream (client 10.0.1.2-4, upstream
    10.0.2.2:8080) with bywayd in the router, in `lab` (or a lab of its own)."""

    SINK_PORT = 8080

    def __init__(self, bywayd: str, flows_per_client: int = 3, lab: bywaylab.Lab | None = None,
                 name: str = "flows"):
        """flows_per_client 0: no background traffic (the caller sends its own);
        `name`: bywayd's log (NAME.log in the lab artifacts)."""
        self.own = lab is None
        self.lab = lab or new_lab()
        try:
            topologies.client_router_upstream(self.lab, web=False)
            for addr in ("10.0.1.3/24", "10.0.1.4/24"):
                self.lab.addr("client", "eth0", addr)
            self.daemon = start_bywayd(self.lab, "router", bywayd, name=name)
            self.daemon.call("config.apply", {"config": self.config()}, timeout=30)
            self.lab.popen("upstream", sys.executable, "-c", _SINK, self.SINK_PORT)
            time.sleep(0.3)
            if flows_per_client == 0:
                return
            self.lab.popen("client", sys.executable, "-c", _CLIENT, "10.0.2.2", self.SINK_PORT, flows_per_client,
                           "10.0.1.2", "10.0.1.3", "10.0.1.4")
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
        r = self.lab.run("client", sys.executable, "-c", _SEND, "10.0.2.2", self.SINK_PORT, src, nbytes,
                         check=False, timeout=60)
        if r.returncode != 0:
            raise RuntimeError(f"send from {src} failed: {r.stderr.strip()}")
        return int(r.stdout.strip())

    @property
    def sock(self) -> str:
        return self.daemon.socket

    def close(self) -> None:
        """Ends the lab when it is this one's own (a shared lab ends with its owner)."""
        if self.own:
            self.lab.close()


if __name__ == "__main__":
    # Manual use: python3 guilab.py BYWAYD -> a flows lab until Ctrl-C (or SIGTERM).
    lab = FlowsLab(sys.argv[1])
    print(lab.sock, flush=True)
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        lab.close()
