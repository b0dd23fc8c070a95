# SPDX-License-Identifier: GPL-3.0-or-later
"""Namespaces, links, bridges, addresses and commands inside them."""

import atexit
import ctypes
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading

PREFIX = "bwl"
_NS_RE = re.compile(r"^bwl(\d+)-([A-Za-z0-9_.-]+)$")
TMP_ROOT = "/tmp"


class LabError(RuntimeError):
    pass


CLONE_NEWNET = 0x40000000
_libc = ctypes.CDLL(None, use_errno=True)


def connect_in(ns, address, port, timeout=10):
    """A TCP socket connected from inside namespace `ns` (the full name).
    setns() moves only the calling thread, so a short-lived thread makes the
    socket; the socket stays in that namespace after the thread is gone."""
    out = {}

    def run():
        try:
            fd = os.open(f"/var/run/netns/{ns}", os.O_RDONLY)
            try:
                if _libc.setns(fd, CLONE_NEWNET) != 0:
                    err = ctypes.get_errno()
                    raise OSError(err, f"setns {ns}: {os.strerror(err)}")
            finally:
                os.close(fd)
            family = socket.AF_INET6 if ":" in address else socket.AF_INET
            s = socket.socket(family, socket.SOCK_STREAM)
            s.settimeout(timeout)
            s.connect((address, port))
            out["sock"] = s
        except Exception as e:  # handed to the caller's thread
            out["error"] = e

    t = threading.Thread(target=run)
    t.start()
    t.join()
    if "error" in out:
        raise out["error"]
    return out["sock"]


def _run(cmd, check=True, timeout=30, input=None):
    """Runs a host command; failures say which command and what it printed."""
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, input=input)
    if check and p.returncode != 0:
        raise LabError(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.strip() or p.stdout.strip()}")
    return p


def list_namespaces():
    p = _run(["ip", "netns", "list"], check=False)
    # "name (id: 3)" or just "name"
    return [line.split()[0] for line in p.stdout.splitlines() if line.strip()]


def _pid_alive(pid):
    """True if `pid` still runs a lab owner. A recycled pid that is not
    Python (the harness) counts as dead."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmdline = f.read()
    except OSError:
        return False
    return b"python" in cmdline


def _kill_ns_processes(ns):
    p = _run(["ip", "netns", "pids", ns], check=False)
    pids = [int(x) for x in p.stdout.split() if x.isdigit()]
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass


def _delete_ns(ns):
    _kill_ns_processes(ns)
    _run(["ip", "netns", "del", ns], check=False)


def cleanup_leftovers(all_runs=False, verbose=False):
    """Removes namespaces and temp dirs of earlier runs whose owner is gone
    (every lab run's, with all_runs). Returns the names removed."""
    removed = []
    for ns in list_namespaces():
        m = _NS_RE.match(ns)
        if not m:
            continue
        pid = int(m.group(1))
        if all_runs or (pid != os.getpid() and not _pid_alive(pid)):
            _delete_ns(ns)
            removed.append(ns)
    for entry in os.listdir(TMP_ROOT):
        m = re.match(r"^bywaylab-(\d+)-", entry)
        if m and (all_runs or (int(m.group(1)) != os.getpid() and not _pid_alive(int(m.group(1))))):
            shutil.rmtree(os.path.join(TMP_ROOT, entry), ignore_errors=True)
            removed.append(entry)
    if verbose:
        for r in removed:
            print(f"removed {r}")
    return removed


def requirements_problem():
    """Why the lab cannot run here, or None. Checked by really doing it."""
    if os.geteuid() != 0:
        return "lab tests need root (network namespaces, veth, bridges)"
    for tool in ("ip", "sysctl", "nft", "setpriv", "ping", "curl"):
        if shutil.which(tool) is None:
            return f"`{tool}` is not installed (bash scripts/dev.sh deps)"
    ns = f"{PREFIX}{os.getpid()}-probe"
    try:
        p = _run(["ip", "netns", "add", ns], check=False)
        if p.returncode != 0:
            return f"cannot create a network namespace: {p.stderr.strip()}"
        p = _run(["ip", "-n", ns, "link", "add", "bwla", "type", "veth", "peer", "name", "bwlb"], check=False)
        if p.returncode != 0:
            return f"cannot create a veth pair: {p.stderr.strip()}"
        p = _run(["ip", "-n", ns, "link", "add", "bwlbr", "type", "bridge"], check=False)
        if p.returncode != 0:
            return f"cannot create a bridge: {p.stderr.strip()}"
    finally:
        _run(["ip", "netns", "del", ns], check=False)
    return None


class Lab:
    """One run's namespaces. Use as a context manager, or call close().
    close() also runs at exit and on SIGTERM/SIGINT/SIGHUP, so a killed test
    leaves nothing behind (and SIGKILL leftovers go at the next run's start)."""

    _live = []
    _handlers_installed = False
    _lock = threading.Lock()

    def __init__(self, cleanup_first=True):
        if cleanup_first:
            cleanup_leftovers()
        self.pid = os.getpid()
        self.nodes = []
        self.processes = []   # Popen objects to stop on close, newest last
        self.daemons = []
        self.closed = False
        self.tmpdir = None
        Lab._install_handlers()
        with Lab._lock:
            Lab._live.append(self)

    # --- life cycle -------------------------------------------------------

    @classmethod
    def _install_handlers(cls):
        if cls._handlers_installed:
            return
        cls._handlers_installed = True
        atexit.register(cls.close_all)
        def handler(signum, frame):
            # Tear down first: ctest's timeout and Ctrl-C land here.
            cls.close_all()
            sys.exit(128 + signum)

        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, handler)

    @classmethod
    def close_all(cls):
        with cls._lock:
            labs = list(cls._live)
        for lab in reversed(labs):
            lab.close()

    def close(self):
        if self.closed:
            return
        self.closed = True
        for d in reversed(self.daemons):
            try:
                d.stop()
            except Exception as e:  # keep tearing down the rest
                print(f"bywaylab: stopping bywayd: {e}", file=sys.stderr)
        for p in reversed(self.processes):
            if p.poll() is None:
                p.kill()
                try:
                    p.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
        for node in reversed(self.nodes):
            _delete_ns(self.ns(node))
        self.nodes = []
        if self.tmpdir:
            shutil.rmtree(self.tmpdir, ignore_errors=True)
        with Lab._lock:
            if self in Lab._live:
                Lab._live.remove(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def make_tmpdir(self, name="run"):
        """A fresh directory under /tmp named after this run, traversable by
        the non-root users the authorization tests run as."""
        import tempfile
        if self.tmpdir is None:
            self.tmpdir = tempfile.mkdtemp(prefix=f"bywaylab-{self.pid}-", dir=TMP_ROOT)
            os.chmod(self.tmpdir, 0o755)
        path = tempfile.mkdtemp(prefix=f"{name}-", dir=self.tmpdir)
        os.chmod(path, 0o755)
        return path

    # --- building -----------------------------------------------------------

    def ns(self, node):
        return f"{PREFIX}{self.pid}-{node}"

    def add_node(self, node, forwarding=False):
        if node in self.nodes:
            raise LabError(f"node {node} exists")
        _run(["ip", "netns", "add", self.ns(node)])
        self.nodes.append(node)
        self.ip(node, "link", "set", "lo", "up")
        # No duplicate address detection: link-local addresses would stay
        # tentative for a second after each link comes up and the first IPv6
        # packets (neighbour discovery from a router) would be lost.
        for conf in ("all", "default"):
            self.sysctl(node, f"net.ipv6.conf.{conf}.accept_dad", 0)
            self.sysctl(node, f"net.ipv6.conf.{conf}.dad_transmits", 0)
        # A new namespace starts from the host's IPv4 settings: say what
        # this node does, whatever the host (or an earlier test) set there.
        self.sysctl(node, "net.ipv4.ip_forward", 1 if forwarding else 0)
        if forwarding:
            self.sysctl(node, "net.ipv6.conf.all.forwarding", 1)
        else:
            # Hosts accept router advertisements by default; keep addressing deterministic.
            self.sysctl(node, "net.ipv6.conf.default.accept_ra", 0)
        return self.ns(node)

    def ip(self, node, *args, check=True):
        return _run(["ip", "-n", self.ns(node), *map(str, args)], check=check)

    def sysctl(self, node, key, value):
        return self.run(node, "sysctl", "-qw", f"{key}={value}")

    def link(self, a, if_a, b, if_b, mtu=None):
        """A veth pair from node a (named if_a there) to node b (if_b), both up."""
        _run(["ip", "link", "add", if_a, "netns", self.ns(a), "type", "veth",
              "peer", "name", if_b, "netns", self.ns(b)])
        for node, ifname in ((a, if_a), (b, if_b)):
            if mtu:
                self.ip(node, "link", "set", ifname, "mtu", mtu)
            self.ip(node, "link", "set", ifname, "up")

    def bridge(self, switch, name):
        """A bridge inside the `switch` node (which holds only bridges)."""
        if switch not in self.nodes:
            self.add_node(switch)
        self.ip(switch, "link", "add", name, "type", "bridge", "stp_state", 0, "forward_delay", 0)
        self.ip(switch, "link", "set", name, "up")

    def plug(self, node, ifname, switch, bridge):
        """Connects `ifname` in `node` to `bridge` in `switch`."""
        port = f"{bridge}-{node}"[:15]
        self.link(node, ifname, switch, port)
        self.ip(switch, "link", "set", port, "master", bridge)

    def addr(self, node, ifname, cidr):
        args = ["addr", "add", cidr, "dev", ifname]
        if ":" in cidr:
            args.append("nodad")  # usable at once; DAD would delay tests by seconds
        self.ip(node, *args)

    def route(self, node, *args):
        six = any(":" in str(a) for a in args)
        self.ip(node, *(["-6"] if six else []), "route", "replace", *args)

    def nft(self, node, ruleset):
        return self.run(node, "nft", "-f", "-", input=ruleset)

    # --- running things -------------------------------------------------------

    def cmd(self, node, *argv):
        """argv run inside `node`; node None runs it on the host itself (only
        for what changes nothing there, e.g. a bywayd without root)."""
        if node is None:
            return list(map(str, argv))
        return ["ip", "netns", "exec", self.ns(node), *map(str, argv)]

    def run(self, node, *argv, check=True, timeout=60, input=None, env=None):
        p = subprocess.run(self.cmd(node, *argv), capture_output=True, text=True,
                           timeout=timeout, input=input, env=env)
        if check and p.returncode != 0:
            raise LabError(f"[{node}] {' '.join(map(str, argv))} failed ({p.returncode}): "
                           f"{p.stderr.strip() or p.stdout.strip()}")
        return p

    def popen(self, node, *argv, **kwargs):
        p = subprocess.Popen(self.cmd(node, *argv), **kwargs)
        self.processes.append(p)
        return p

    def ping(self, node, address, count=1, timeout=2):
        six = ":" in address
        p = self.run(node, "ping", *(["-6"] if six else ["-4"]), "-n", "-c", count, "-W", timeout, address,
                     check=False, timeout=timeout * count + 5)
        return p.returncode == 0

    def curl(self, node, url, timeout=5):
        """(ok, body) of an HTTP GET from `node`."""
        p = self.run(node, "curl", "-sS", "-g", "--max-time", timeout, "--noproxy", "*", url,
                     check=False, timeout=timeout + 5)
        return p.returncode == 0, p.stdout if p.returncode == 0 else p.stderr.strip()

    def start_web(self, node, address, port=80, body="byway lab\n"):
        """A tiny HTTP server bound to `address` in `node`, serving `body` at /."""
        root = self.make_tmpdir("web")
        with open(os.path.join(root, "index.html"), "w") as f:
            f.write(body)
        p = self.popen(node, sys.executable, "-m", "http.server", "--bind", address, "--directory", root, port,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        host = f"[{address}]" if ":" in address else address
        import time
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self.run(node, "curl", "-s", "-g", "--max-time", 1, f"http://{host}:{port}/", check=False).returncode == 0:
                return p
            if p.poll() is not None:
                raise LabError(f"web server in {node} exited ({p.returncode})")
            time.sleep(0.1)
        raise LabError(f"web server in {node} on {address}:{port} did not come up")

    def start_bywayd(self, node, **kwargs):
        from .daemon import Bywayd
        d = Bywayd(self, node, **kwargs)
        self.daemons.append(d)
        d.start()
        return d
