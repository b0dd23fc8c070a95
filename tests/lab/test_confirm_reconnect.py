#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A change that moves the box's management address (the admin's own path),
confirmed only when the admin's remote client comes back through the new
address (issue 17: health-checked confirm, `reconnect` checks).

The router is a bypass router on lan0; its LAN port carries 10.0.1.1 (A),
10.0.1.7 (B) and 10.0.1.8 (C) from the OS's network config (Byway routes with
bypass.address but never assigns it). bywayd listens on [::]:7443. The client
namespace manages it with `bywayctl --remote` (pinned certificate, admin
token in a file), as an admin at another machine does.

1. Over A, a config with bypass.address B and `--confirm-when-healthy
   reconnect:10.0.1.7`: bywayctl applies over A, reconnects to B with the
   same pin and token, and that request confirms it: exit 0, the stored
   config says B, history confirm-healthy with the reconnect check passed.
2. Over B, a config moving to C, which the client cannot reach (its own
   nftables drops packets to C): nobody comes back through C, so bywayd rolls
   back at the deadline; bywayctl gives up on C, reads the outcome through B
   and exits 6; history says health-rollback naming the reconnect check, the
   stored config says B again.
3. Refusals over the wire: an address the config does not give the box, and
   a port the listener does not have, name /confirm/checks/0/address and
   change nothing.
4. The Ansible collection's client (module_utils/byway_client.py, what
   byway_config runs) moves the box back from B to A and follows it there:
   confirmed, read through A.
5. bywayd killed while a reconnect check waits: the check was persisted with
   the pending confirm, and the restart rolls back ("bywayd restarted before
   the health checks passed").
6. Only an admin counts: a view token's requests through the new address
   leave the check waiting, and the deadline rolls back."""

import json
import os
import sys
import time

from bywaylab import paths
from bywaylab.lab import connect_in
from bywaylab.rpc import RpcError
from bywaylab.testing import LabTestCase

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_remote import PORT, Remote  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "ansible", "plugins",
                                "module_utils"))
import byway_client  # noqa: E402

A, B, C = "10.0.1.1", "10.0.1.7", "10.0.1.8"


class ConfirmReconnectTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lab = cls.lab
        for address in (B, C):
            lab.ip("router", "addr", "add", f"{address}/24", "dev", "lan0")
        cls.d = cls.start_bywayd("router", extra_args=["--remote-listen", f"[::]:{PORT}"])
        cls.files = {}
        for name, address in (("A", A), ("B", B), ("C", C)):
            cfg = {"version": 1, "role": "bypass-router", "interfaces": {"lan": ["lan0"]},
                   "bypass": {"mainRouter": "10.0.1.254", "address": f"{address}/24"}}
            cls.files[name] = os.path.join(cls.d.dir, f"bypass-{name}.json")
            with open(cls.files[name], "w") as f:
                json.dump(cfg, f)
        p = cls.d.ctl("apply", cls.files["A"])
        if p.returncode != 0:
            raise AssertionError(f"the starting config did not apply: {p.stderr}")
        token = json.loads(cls.d.ctl("-o", "json", "token", "create", "--role", "admin", "--name",
                                     "reconnect-admin").stdout)["token"]
        cls.token = token
        cls.token_file = os.path.join(cls.d.dir, "admin.token")
        with open(cls.token_file, "w") as f:
            f.write(token + "\n")
        os.chmod(cls.token_file, 0o600)
        cls.fingerprint = cls.d.call("status.get")["remote"]["fingerprintSha256"]

    def remote_ctl(self, via, *args, timeout=90):
        """bywayctl in the client namespace against bywayd's listener at `via`."""
        return self.lab.run("client", paths.bywayctl(), "--remote", f"{via}:{PORT}", "--fingerprint",
                            self.fingerprint, "--token-file", self.token_file, *args, check=False, timeout=timeout)

    def stored_address(self):
        return self.d.call("config.get")["config"]["bypass"]["address"]

    def newest(self):
        return self.d.call("config.history", {"limit": 1})["entries"][0]

    def answers(self, address):
        with Remote(self.lab.ns("client"), address) as r:
            reply = r.call("auth.token", {"token": self.token})
            return "result" in reply and "result" in r.call("status.get")

    def test_1_client_follows_the_box_and_confirms(self):
        r = self.remote_ctl(A, "apply", self.files["B"], "--confirm-when-healthy", f"reconnect:{B}", "--within", "20")
        self.assertCtl(r)
        self.assertIn(f"reconnecting to {B}:{PORT}", r.stdout)
        self.assertIn(f"outcome read through {B}:{PORT}", r.stdout)
        self.assertIn("confirmed: all 1 health check(s) passed", r.stdout)
        self.assertRegex(r.stdout, rf"(?m)^\s+passed\s+reconnect {B}$")
        self.assertEqual(self.stored_address(), f"{B}/24", "the config with B stays")
        self.assertIsNone(self.d.call("status.get").get("pending"))
        newest = self.newest()
        self.assertEqual(newest["action"], "confirm-healthy")
        self.assertEqual([(c["kind"], c["target"], c["state"]) for c in newest["checks"]], [("reconnect", B, "passed")])
        self.assertTrue(self.answers(B), "B answers remote clients")
        self.assertCtl(self.remote_ctl(B, "status"), msg="bywayctl --remote through B")

    def test_2_nobody_comes_back_through_the_new_address(self):
        self.assertEqual(self.stored_address(), f"{B}/24", "test 1 leaves B in force")
        # The admin's machine cannot reach C (a firewall on the way).
        self.lab.run("client", "nft", "-f", "-", input=f"""
table ip reconnect_lab {{
    chain out {{ type filter hook output priority 0; ip daddr {C} drop; }}
}}""")
        try:
            r = self.remote_ctl(B, "apply", self.files["C"], "--confirm-when-healthy", f"reconnect:{C}",
                                "--within", "4")
        finally:
            self.lab.run("client", "nft", "delete", "table", "ip", "reconnect_lab")
        self.assertCtl(r, 6)
        self.assertIn(f"could not reach {C}:{PORT} before the deadline", r.stdout)
        self.assertIn(f"outcome read through {B}:{PORT}", r.stdout)
        self.assertIn(f"rolled back: health checks did not pass before the deadline: reconnect {C}", r.stdout)
        self.assertEqual(self.stored_address(), f"{B}/24", "the config with B is back")
        self.assertIsNone(self.d.call("status.get").get("pending"))
        newest = self.newest()
        self.assertEqual(newest["action"], "health-rollback")
        self.assertIn(f"reconnect {C}", newest["reason"])
        self.assertEqual([(c["kind"], c["state"]) for c in newest["checks"]], [("reconnect", "waiting")])
        self.assertTrue(self.answers(B), "B answers again")

    def test_3_refusals_name_the_address(self):
        before = self.d.call("config.get")["revision"]
        with open(self.files["C"]) as f:
            cfg = json.load(f)
        for address, says in ((A, f"bypass.address is {C}"), (f"{C}:8443", f"port is {PORT}")):
            with self.assertRaises(RpcError) as e:
                self.d.call("config.apply", {"config": cfg, "confirm": {
                    "withinSec": 5, "checks": [{"kind": "reconnect", "address": address}]}})
            self.assertEqual(e.exception.data.get("field"), "/confirm/checks/0/address")
            self.assertIn(says, str(e.exception))
        # Without --remote, bywayctl cannot follow the box: a usage error.
        p = self.d.ctl("apply", self.files["C"], "--confirm-when-healthy", f"reconnect:{C}")
        self.assertCtl(p, 2)
        self.assertIn("needs --remote", p.stderr)
        self.assertEqual(self.d.call("config.get")["revision"], before)

    def test_4_ansible_client_follows_the_box(self):
        self.assertEqual(self.stored_address(), f"{B}/24")

        def open_client(host, port):
            # As byway_config's, but connected from inside the client namespace.
            try:
                sock = connect_in(self.lab.ns("client"), host, port, timeout=2)
            except OSError as e:
                raise byway_client.BywayError("unavailable", str(e))
            return byway_client.BywayClient(host, self.token, self.fingerprint, port=port, sock=sock)

        with open(self.files["A"]) as f:
            cfg = json.load(f)
        confirm = {"withinSec": 20, "wait": False, "checks": [{"kind": "reconnect", "address": A}]}
        self.assertEqual(byway_client.reconnect_address(confirm), A)
        with open_client(B, PORT) as c:
            applied = c.call("config.apply", {"config": cfg, "confirm": confirm})
        self.assertEqual(applied["confirm"]["state"], "checking")
        outcome = byway_client.follow_reconnect(open_client, (B, PORT), byway_client.split_address(A, PORT), 20,
                                                applied["historyId"])
        self.assertEqual(outcome["state"], "confirmed", outcome)
        self.assertEqual(outcome["via"], f"{A}:{PORT}")
        self.assertEqual(self.stored_address(), f"{A}/24")
        self.assertEqual(self.newest()["action"], "confirm-healthy")

    def test_5_killed_while_waiting_rolls_back_at_start(self):
        self.assertEqual(self.stored_address(), f"{A}/24", "test 4 leaves A in force")
        with open(self.files["B"]) as f:
            cfg = json.load(f)
        r = self.d.call("config.apply", {"config": cfg, "confirm": {
            "withinSec": 600, "checks": [{"kind": "reconnect", "address": B}]}})
        self.assertEqual(r["confirm"]["state"], "checking")
        pending = self.d.call("status.get")["pending"]["checks"]
        self.assertEqual([(c["kind"], c["target"], c["state"]) for c in pending], [("reconnect", B, "waiting")])
        self.assertIn(f"through {B}", pending[0]["error"])
        self.d.process.kill()
        self.d.process.wait(timeout=10)
        self.d.start()
        self.assertEqual(self.stored_address(), f"{A}/24")
        newest = self.newest()
        self.assertEqual(newest["action"], "health-rollback")
        self.assertEqual(newest["reason"], "bywayd restarted before the health checks passed")

    def test_6_a_view_token_does_not_confirm(self):
        self.assertEqual(self.stored_address(), f"{A}/24", "test 5 leaves A in force")
        view = json.loads(self.d.ctl("-o", "json", "token", "create", "--role", "view", "--name",
                                     "reconnect-view").stdout)["token"]
        with open(self.files["B"]) as f:
            cfg = json.load(f)
        r = self.d.call("config.apply", {"config": cfg, "confirm": {
            "withinSec": 3, "checks": [{"kind": "reconnect", "address": B}]}})
        self.assertEqual(r["confirm"]["state"], "checking")
        with Remote(self.lab.ns("client"), B) as remote:
            self.assertEqual(remote.call("auth.token", {"token": view})["result"]["role"], "view")
            pending = remote.call("status.get")["result"]["pending"]
        self.assertEqual(pending["checks"][0]["state"], "waiting", "a view token's request does not pass it")
        # The deadline (3 s) decides; polled for at most 15 s.
        give_up = time.monotonic() + 15
        while self.d.call("status.get").get("pending") and time.monotonic() < give_up:
            time.sleep(0.2)
        newest = self.newest()
        self.assertEqual(newest["action"], "health-rollback")
        self.assertIn(f"reconnect {B}", newest["reason"])
        self.assertEqual(self.stored_address(), f"{A}/24")


if __name__ == "__main__":
    from bywaylab.testing import main
    main()
