#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Per-user exits from the real ocserv's hooks (issue 16 part 2): ocserv runs
the shipped packaging/hooks/ocserv as its connect-script and
disconnect-script, the hook tells bywayd the session through bywayctl, and
each openconnect user leaves through the exit the config gives that user.

    alice eth0 ── lan0 router wan0 ── eth0 up0   main table (the pool's exit)
    10.0.1.2             (ocserv)  wan1 ── eth0 up1   exit "direct-a": mark + table 2201 (alice)
    bob   eth0 ── lan1             wan2 ── eth0 up2   exit "direct-b": table 2202 (bob, Standard)
    10.0.5.2                                           dante :1080 = exit "socks" (bob, compat)

Each upstream answers http://203.0.113.10:8080/ with its name and the source
address it saw. The users' exits come from the config (pools[].users[] by
name); ocserv hands out the addresses, only the hook tells Byway which user
holds which. Standard mode cannot realise a SOCKS5 exit
(env.exit.socks_needs_capture): there bob has a second direct exit; with the
compat capture forced on bob's exit is the SOCKS5 server in up2 and the
upstream sees dante's address."""

import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bywaylab import paths  # noqa: E402
from bywaylab.testing import LabTestCase, main  # noqa: E402
from test_ocserv import OcservServer  # noqa: E402
from test_sessions import PORT, WEB, add_upstreams, wait_web  # noqa: E402

HOOK = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "packaging", "hooks", "ocserv")
POOL = "10.66.0.0/24"
SOCKS = "10.0.4.2"
DANTED_CONF = f"""logoutput: stderr
internal: {SOCKS} port = 1080
external: {SOCKS}
clientmethod: none
socksmethod: none
user.privileged: root
user.unprivileged: nobody
client pass {{ from: 0.0.0.0/0 to: 0.0.0.0/0 }}
socks pass {{ from: 0.0.0.0/0 to: 0.0.0.0/0 command: connect }}
"""


class OcservSessionsTest(OcservServer, LabTestCase):
    users = {"alice": "", "bob": ""}
    ocserv_extra = f"connect-script = {os.path.realpath(HOOK)}\ndisconnect-script = {os.path.realpath(HOOK)}\n"

    @classmethod
    def setUpClass(cls):
        cls.require_tools({"danted": "dante-server"})
        super().setUpClass()
        lab = cls.lab
        for node in ("alice", "bob"):
            lab.add_node(node)
        lab.link("alice", "eth0", "router", "lan0")
        lab.addr("router", "lan0", "10.0.1.1/24")
        lab.addr("alice", "eth0", "10.0.1.2/24")
        lab.link("bob", "eth0", "router", "lan1")
        lab.addr("router", "lan1", "10.0.5.1/24")
        lab.addr("bob", "eth0", "10.0.5.2/24")
        # ocserv's address stays off the tunnel's two /1 routes.
        lab.route("bob", "10.0.1.0/24", "via", "10.0.5.1")
        add_upstreams(lab)
        cls.net = {"router": "router", "router_lan": "10.0.1.1"}
        cls.dir = lab.make_tmpdir("ocserv")
        conf = os.path.join(cls.dir, "danted.conf")
        with open(conf, "w") as f:
            f.write(DANTED_CONF)
        with open(os.path.join(cls.dir, "danted.log"), "w") as log:
            lab.popen("up2", "danted", "-f", conf, stdout=log, stderr=subprocess.STDOUT)
        cls.d = cls.start_bywayd("router")
        # The hook as ocserv runs it (as root), pointed at the lab's bywayd.
        cls.ocserv_env = dict(os.environ, BYWAYCTL=paths.bywayctl(), BYWAY_SOCKET=cls.d.socket)
        cls.make_pki()
        cls.start_ocserv()
        wait_web(lab)

    @staticmethod
    def config(bob_exit, capture="off"):
        return {"version": 1, "role": "vpn-gateway", "capture": {"mode": capture},
                "interfaces": {"wan": ["wan0", "wan1", "wan2"], "tunnels": ["vpns*"]},
                "exits": [{"name": "direct-a", "mark": "0x00010000", "table": 2201, "device": "wan1"},
                          {"name": "direct-b", "table": 2202, "device": "wan2"},
                          {"name": "socks", "type": "socks5", "server": SOCKS, "port": 1080}],
                # By name: the static addresses are never handed out; the
                # sessions from the hook carry the users' real ones.
                "pools": [{"name": "ocserv", "subnet": POOL,
                           "users": [{"name": "alice", "address": "10.66.0.250", "exit": "direct-a"},
                                     {"name": "bob", "address": "10.66.0.251", "exit": bob_exit}]}],
                "nat": {"masquerade": [{"source": POOL, "out": f"wan{i}"} for i in range(3)]}}

    def seen(self, node):
        p = self.lab.run(node, "curl", "-s", "--noproxy", "*", "--max-time", "5", f"http://{WEB}:{PORT}/",
                         check=False, timeout=15)
        return p.stdout.strip() if p.returncode == 0 else None

    def sessions(self):
        return {s["user"]: s for s in self.ctl_json(self.d, "session", "list")["sessions"]}

    def wait_sessions(self, want):
        """The hook runs after the client is up: wait for the sessions it adds."""
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            listed = self.sessions()
            if set(listed) == set(want):
                return listed
            time.sleep(0.1)
        self.fail(f"sessions {sorted(listed)}, expected {sorted(want)}\n--- ocserv ---\n{self.ocserv_log()[-3000:]}")

    def rules(self):
        return self.lab.run("router", "ip", "rule", "show").stdout

    def route_from(self, address, iif):
        """The router's routing decision for a packet from `address` coming
        in on `iif` (a FIB lookup, without the mark)."""
        out = self.lab.ip("router", "route", "get", WEB, "from", address, "iif", iif).stdout
        return out.split(" dev ")[1].split()[0]

    def run_users(self, cfg, bob_sees, standard):
        self.assertCtl(self.d.ctl("apply", self.config_file(cfg)))
        alice = self.connect("alice", node="alice")
        bob = self.connect("bob", node="bob")
        listed = self.wait_sessions({"alice", "bob"})
        for user, pushed, exit_name in (("alice", alice, "direct-a"), ("bob", bob, cfg["pools"][0]["users"][1]["exit"])):
            s = listed[user]
            self.assertEqual(s["address"], pushed["addr4"], s)
            self.assertEqual((s["exit"], s["exitFrom"]), (exit_name, "user"), s)
            self.assertRegex(s["interface"], r"^vpns\d+$")
            self.assertEqual(s["server"], "uid 0", "the hook runs as ocserv's root main process")
        self.assertEqual(self.seen("alice"), "up1 10.0.3.1")
        self.assertEqual(self.seen("bob"), bob_sees)
        human = self.d.ctl("session", "list")
        self.assertCtl(human)
        self.assertIn("direct-a (user)", human.stdout)
        iif = listed["alice"]["interface"]
        if standard:
            self.assertEqual(self.route_from(bob["addr4"], iif), "wan2")

        # bob's openconnect goes: the disconnect-script removes his session.
        self.disconnect(bob["process"])
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and "bob" in self.sessions():
            time.sleep(0.1)
        self.assertEqual(set(self.sessions()), {"alice"}, self.ocserv_log()[-3000:])
        self.assertNotIn(f"from {bob['addr4']}", self.rules())
        if standard:
            # A packet from bob's address would leave by the pool's exit (main: wan0).
            self.assertEqual(self.route_from(bob["addr4"], iif), "wan0")
        self.assertEqual(self.seen("alice"), "up1 10.0.3.1")
        self.disconnect(alice["process"])
        self.wait_sessions(set())
        return alice, bob

    def test_1_standard_two_direct_exits(self):
        alice, bob = self.run_users(self.config("direct-b"), "up2 10.0.4.1", standard=True)
        self.assertNotIn(f"from {alice['addr4']}", self.rules())
        self.assertFalse(self.d.call("status.get")["capture"]["active"])

    def test_2_compat_capture_socks5_exit(self):
        self.run_users(self.config("socks", capture="on"), f"up2 {SOCKS}", standard=False)
        self.assertTrue(self.d.call("status.get")["capture"]["active"])


if __name__ == "__main__":
    main()
