#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sessions from the VPN server on the Standard path: the server's hook says
which user holds which address (session.add), and that user's traffic leaves
through the user's exit; session.remove and expiry take the mapping away; a
restart of bywayd keeps the live sessions and drops the expired ones.

    client eth0 ── lan0 router wan0 ── eth0 up0   main table (the pool's exit)
    10.0.1.2-4/24             wan1 ── eth0 up1   exit "marked": mark + table 2101
                              wan2 ── eth0 up2   exit "tableonly": table 2102, no mark

Each upstream answers http://203.0.113.10:8080/ with its name and the source
address it saw (the router's address on that link: masqueraded)."""

import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from bywaylab import paths  # noqa: E402
from bywaylab.rpc import RpcError  # noqa: E402
from bywaylab.testing import LabTestCase, main  # noqa: E402

WEB = "203.0.113.10"
PORT = 8080
SERVER = r"""
import http.server, sys
name = sys.argv[1]
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"{name} {self.client_address[0]}".encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
http.server.HTTPServer((sys.argv[2], int(sys.argv[3])), H).serve_forever()
"""
ALICE, BOB, CAROL = "10.0.1.2", "10.0.1.3", "10.0.1.4"


UPSTREAMS = ("up0", "up1", "up2")


def add_upstreams(lab):
    """up0..up2 behind the router's wan0..wan2 (10.0.2-4.0/24), each serving
    SERVER on WEB; the main table leaves by wan0."""
    for i, up in enumerate(UPSTREAMS):
        lab.add_node(up)
        lab.link("router", f"wan{i}", up, "eth0")
        lab.addr("router", f"wan{i}", f"10.0.{2 + i}.1/24")
        lab.addr(up, "eth0", f"10.0.{2 + i}.2/24")
        lab.addr(up, "lo", f"{WEB}/32")
        lab.route(up, "default", "via", f"10.0.{2 + i}.1")
        lab.popen(up, sys.executable, "-c", SERVER, up, WEB, str(PORT),
                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    lab.route("router", "default", "via", "10.0.2.2")
    # Replies from the exits' links come from an address the main table
    # routes out of wan0: loose reverse-path filtering, as on a real box.
    for conf in ("all", "default", "wan1", "wan2"):
        lab.sysctl("router", f"net.ipv4.conf.{conf}.rp_filter", 2)


def wait_web(lab, nodes=UPSTREAMS):
    """Each upstream's SERVER answering locally (python starts slowly under load)."""
    for up in nodes:
        deadline = time.monotonic() + 20
        while lab.run(up, "curl", "-s", "--max-time", "1", f"http://{WEB}:{PORT}/", check=False).returncode != 0:
            if time.monotonic() > deadline:
                raise AssertionError(f"the web server in {up} did not come up")
            time.sleep(0.2)


class SessionsTest(LabTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lab = cls.lab
        lab.add_node("client")
        lab.link("client", "eth0", "router", "lan0")
        lab.addr("router", "lan0", "10.0.1.1/24")
        for addr in (ALICE, BOB, CAROL):
            lab.addr("client", "eth0", f"{addr}/24")
        lab.route("client", "default", "via", "10.0.1.1")
        add_upstreams(lab)
        cls.d = cls.start_bywayd("router", config=cls.config())
        cls.d.call("config.apply", {"config": cls.config()})
        wait_web(lab, UPSTREAMS)

    @staticmethod
    def config():
        return {"version": 1, "role": "vpn-gateway",
                "interfaces": {"wan": ["wan0", "wan1", "wan2"], "tunnels": ["lan*"]},
                "exits": [{"name": "marked", "mark": "0x00010000", "table": 2101, "device": "wan1"},
                          {"name": "tableonly", "table": 2102, "device": "wan2"},
                          {"name": "sockie", "type": "socks5", "server": "127.0.0.1", "port": 1080}],
                # alice's exit comes from the config (a static entry on another address).
                "pools": [{"name": "vpn", "subnet": "10.0.1.0/24",
                           "users": [{"name": "alice", "address": "10.0.1.200", "exit": "marked"}]}],
                "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": f"wan{i}"} for i in range(3)]}}

    @classmethod
    def seen(cls, source):
        p = cls.lab.run("client", "curl", "-s", "--max-time", "3", "--interface", source,
                        f"http://{WEB}:{PORT}/", check=False, timeout=10)
        return p.stdout.strip() if p.returncode == 0 else None

    def rules(self):
        return self.lab.run("router", "ip", "rule", "show").stdout

    def marks(self):
        return self.lab.run("router", "nft", "list", "chain", "inet", "byway", "mark_prerouting").stdout

    def sessions(self):
        return {s["address"]: s for s in self.ctl_json(self.d, "session", "list")["sessions"]}

    def add(self, user, address, *extra):
        p = self.d.ctl("session", "add", "--user", user, "--address", address, "--interface", "vpns0", *extra)
        self.assertCtl(p)
        return p

    def test_1_users_leave_through_their_exits(self):
        self.assertEqual(self.seen(ALICE), "up0 10.0.2.1")
        self.assertEqual(self.seen(BOB), "up0 10.0.2.1")
        self.add("alice", ALICE)
        self.add("bob", BOB, "--exit", "tableonly")
        # alice: her exit from the config (mark + table) -> up1; bob: a table-only exit -> up2.
        self.assertEqual(self.seen(ALICE), "up1 10.0.3.1")
        self.assertEqual(self.seen(BOB), "up2 10.0.4.1")
        self.assertEqual(self.seen(CAROL), "up0 10.0.2.1", "no session: the pool's exit")
        listed = self.sessions()
        self.assertEqual((listed[ALICE]["exit"], listed[ALICE]["exitFrom"]), ("marked", "user"))
        self.assertEqual((listed[BOB]["exit"], listed[BOB]["exitFrom"]), ("tableonly", "session"))
        self.assertEqual(listed[BOB]["interface"], "vpns0")
        self.assertIn(f"mark.session:{ALICE}", self.marks())
        self.assertIn(f"from {BOB} lookup 2102", self.rules())
        human = self.d.ctl("session", "list")
        self.assertCtl(human)
        self.assertIn("tableonly (session)", human.stdout)
        # One user's, and at most `limit`, with `count` of them all.
        bobs = self.d.call("session.list", {"user": "bob"})
        self.assertEqual(([s["address"] for s in bobs["sessions"]], bobs["count"]), ([BOB], 1))
        first = self.d.call("session.list", {"limit": 1})
        self.assertEqual((len(first["sessions"]), first["count"]), (1, len(listed)))
        human = self.d.ctl("session", "list", "--limit", "1")
        self.assertCtl(human)
        self.assertIn(f"1 of {len(listed)} session(s) listed", human.stdout)
        with self.assertRaises(RpcError) as cm:
            self.d.call("session.list", {"limit": 0})
        self.assertEqual((cm.exception.code, cm.exception.data.get("field")), ("invalid_params", "/limit"))
        # The hook asserting again changes nothing in the kernel.
        again = self.ctl_json(self.d, "session", "add", "--user", "bob", "--address", BOB, "--interface", "vpns0",
                              "--exit", "tableonly")
        self.assertEqual(again["writes"], 0)
        # The stored config is not touched by sessions.
        self.assertNotIn("session", json.dumps(self.d.call("config.get")))

    def test_2_refused_with_the_field_named(self):
        with self.assertRaises(RpcError) as cm:
            self.d.call("session.add", {"user": "x", "address": "10.9.9.9", "interface": "vpns0"})
        self.assertEqual(cm.exception.code, "invalid_params")
        self.assertEqual([e["path"] for e in cm.exception.data["errors"]], ["/address"])
        # An exit the Standard path cannot realise: the config's env.exit.* verdict.
        with self.assertRaises(RpcError) as cm:
            self.d.call("session.add", {"user": "x", "address": CAROL, "interface": "vpns0", "exit": "sockie"})
        self.assertEqual(cm.exception.code, "validation_failed")
        self.assertEqual(cm.exception.data["errors"][0]["id"], "env.exit.socks_needs_capture")
        self.assertNotIn(CAROL, self.sessions())
        p = self.d.ctl("session", "add", "--user", "x", "--address", CAROL, "--interface", "no/slash")
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("/interface", p.stderr)

    def test_3_remove_takes_the_mapping_away(self):
        self.add("bob", BOB, "--exit", "tableonly")
        self.assertEqual(self.seen(BOB), "up2 10.0.4.1")
        self.assertCtl(self.d.ctl("session", "remove", "--address", BOB))
        self.assertNotIn(f"from {BOB}", self.rules())
        self.assertNotIn(f"mark.session:{BOB}", self.marks())
        self.assertEqual(self.seen(BOB), "up0 10.0.2.1")
        self.assertNotIn(BOB, self.sessions())
        # By user, and nothing matching is no error (a disconnect after a restart).
        self.add("alice", ALICE)
        out = self.ctl_json(self.d, "session", "remove", "--user", "alice")
        self.assertEqual([s["address"] for s in out["removed"]], [ALICE])
        self.assertEqual(self.seen(ALICE), "up0 10.0.2.1")
        p = self.d.ctl("session", "remove", "--user", "nobody-here")
        self.assertCtl(p)
        self.assertIn("no session matched", p.stdout)

    def hook(self, name, *args, **env):
        """Runs packaging/hooks/NAME as its VPN server does: the same
        arguments and environment variables, against this lab's bywayd."""
        script = os.path.join(paths.SOURCE_DIR, "packaging", "hooks", name)
        full = dict(os.environ, BYWAYCTL=paths.bywayctl(), BYWAY_SOCKET=self.d.socket, BYWAY_HOOK_STRICT="1", **env)
        p = subprocess.run([script, *args], env=full, capture_output=True, text=True, timeout=30)
        self.assertEqual(p.returncode, 0, f"{name}: {p.stderr}")

    def test_6_pppd_and_strongswan_hooks(self):
        # pppd (xl2tpd, pptpd, pppoe-server): ip-up IFACE TTY SPEED LOCAL REMOTE IPPARAM, PEERNAME.
        self.hook("pppd-ip-up", "ppp0", "/dev/pts/3", "0", "10.0.1.1", BOB, "", PEERNAME="bob")
        self.assertEqual((self.sessions()[BOB]["user"], self.sessions()[BOB]["interface"]), ("bob", "ppp0"))
        self.hook("pppd-ip-down", "ppp0", "/dev/pts/3", "0", "10.0.1.1", BOB, "", PEERNAME="bob")
        self.assertNotIn(BOB, self.sessions())
        # strongSwan's updown: PLUTO_VERB, the virtual IP as a /32, the EAP identity.
        ipsec = dict(PLUTO_PEER_CLIENT=f"{CAROL}/32", PLUTO_XAUTH_ID="carol", PLUTO_INTERFACE="eth0")
        self.hook("strongswan-updown", PLUTO_VERB="up-client", **ipsec)
        self.assertEqual(self.sessions()[CAROL]["user"], "carol")
        self.hook("strongswan-updown", PLUTO_VERB="down-client", **ipsec)
        self.assertNotIn(CAROL, self.sessions())

    def test_4_expiry_and_restart(self):
        self.add("carol", CAROL, "--exit", "tableonly", "--ttl", "2")
        self.assertIn(f"from {CAROL} lookup 2102", self.rules())
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline and f"from {CAROL}" in self.rules():
            time.sleep(0.2)
        self.assertNotIn(f"from {CAROL}", self.rules(), "an expired session stays in the kernel")
        self.assertNotIn(CAROL, self.sessions())

        # Restart: alice (long-lived) comes back, carol (expired while down) does not.
        self.add("alice", ALICE)
        self.add("carol", CAROL, "--exit", "tableonly", "--ttl", "2")
        self.d.stop()
        time.sleep(3)
        self.d.start()
        listed = self.sessions()
        self.assertIn(ALICE, listed)
        self.assertNotIn(CAROL, listed)
        self.assertNotIn(f"from {CAROL}", self.rules(), "the start-up apply left an expired session's rule")
        self.assertIn(f"mark.session:{ALICE}", self.marks())
        self.assertEqual(self.seen(ALICE), "up1 10.0.3.1")
        self.assertEqual(self.seen(CAROL), "up0 10.0.2.1")
        self.assertIn("expired while bywayd was down", self.d.log_text())

    def test_5_capture_session_alias(self):
        self.d.call("capture.session", {"address": BOB, "user": "bob", "exit": "tableonly"})
        self.assertEqual(self.seen(BOB), "up2 10.0.4.1")
        self.d.call("capture.session", {"address": BOB, "remove": True})
        self.assertEqual(self.seen(BOB), "up0 10.0.2.1")

    def test_7_capture_takes_the_exit_of_the_config_being_applied(self):
        # Through the compat capture a session's exit is its user's in the
        # config being applied, when the capture starts with it and when a
        # running capture's exits change: never the previous config's.
        self.add("alice", ALICE)
        cfg = self.config()
        cfg["capture"] = {"mode": "on"}
        try:
            cfg["pools"][0]["users"][0]["exit"] = "tableonly"
            self.d.call("config.apply", {"config": cfg})
            self.assertEqual(self.sessions()[ALICE]["exit"], "tableonly")
            self.assertEqual(self.seen(ALICE), "up2 10.0.4.1")
            cfg["pools"][0]["users"][0]["exit"] = "marked"
            self.d.call("config.apply", {"config": cfg})
            self.assertEqual(self.seen(ALICE), "up1 10.0.3.1")
            flows = self.d.call("flows.list")
            self.assertTrue(flows["active"], flows)
            # A session's own exit that the new config no longer has: its
            # flows are refused, never sent by the main route instead.
            self.add("bob", BOB, "--exit", "tableonly")
            self.assertEqual(self.seen(BOB), "up2 10.0.4.1")
            cfg["exits"] = [e for e in cfg["exits"] if e["name"] != "tableonly"]
            self.d.call("config.apply", {"config": cfg})
            self.assertIsNone(self.seen(BOB))
            self.assertIn("name exit tableonly which the capture does not have", self.d.log_text())
        finally:
            self.d.call("config.apply", {"config": self.config()})
            for address in (ALICE, BOB):
                self.d.call("session.remove", {"address": address})

    def test_8_standard_path_refuses_a_session_whose_exit_is_gone(self):
        # The same on the Standard path: a FIB rule prohibits the address, and
        # the session's mark rule clears its pool's mark before it.
        self.add("bob", BOB, "--exit", "tableonly")
        try:
            self.assertEqual(self.seen(BOB), "up2 10.0.4.1")
            cfg = self.config()
            cfg["exits"] = [e for e in cfg["exits"] if e["name"] != "tableonly"]
            # Said before it is applied: a warning naming the session.
            planned = self.d.call("config.plan", {"config": cfg})
            gone = [f for f in planned.get("findings", []) if f["id"] == "env.session.exit_gone"]
            self.assertEqual(len(gone), 1, planned.get("findings"))
            self.assertEqual(gone[0]["args"]["sessions"], f"bob ({BOB})")
            self.d.call("config.apply", {"config": cfg})
            self.assertIn(f"from {BOB} prohibit proto 183", self.rules())
            self.assertIsNone(self.seen(BOB))
            self.assertEqual(self.seen(CAROL), "up0 10.0.2.1", "another address of the pool still leaves")
        finally:
            self.d.call("config.apply", {"config": self.config()})
            self.d.call("session.remove", {"address": BOB})
        self.assertEqual(self.seen(BOB), "up0 10.0.2.1")


if __name__ == "__main__":
    main()
