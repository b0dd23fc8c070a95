#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Health-checked confirm (issue 17 part 1) on a real kernel.

The router is wan-separated: its main table leads to the mesh (lan0), the
upstream web server is reachable only through the exit "wan" (mark 0x10000 ->
table 2101, a copy of the WAN default). bywayd's checks carry the exit's mark,
so they pass exactly when the applied config routes that mark to the WAN.

1. `bywayctl apply --confirm-when-healthy` of the wan config with a TCP, an
   ICMP and a DNS check (a real UDP DNS query to a resolver stand-in on the
   upstream that answers NXDOMAIN) through the exit: confirmed by itself, the
   config and the FIB rule stay, history says confirm-healthy.
2. config.apply of role none with a check through the exit (reachable only
   with the old config), wait: true: a status.get on another connection
   answers while the checks run and shows them; the reply says rolled_back
   naming the failing check; the FIB rule and table are back, the stored
   config is the wan one again, history has health-rollback with the reason.
3. The same with a long deadline and no wait: bywayd is SIGKILLed while
   checking and restarted: it rolls back at start ("bywayd restarted before
   the health checks passed")."""

import os
import sys
import unittest

from bywaylab import configs, topologies
from bywaylab.rpc import RpcConnection, RpcError
from bywaylab.testing import LabTestCase

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_roles import ECHO_PORT, start_echo  # noqa: E402

# A resolver stand-in on the upstream: answers every query NXDOMAIN (the name
# does not exist, but the resolver works: the check passes).
RESOLVER = r"""
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind((sys.argv[1], 53))
while True:
    q, peer = s.recvfrom(2048)
    if len(q) >= 12:
        s.sendto(q[:2] + bytes([0x81, 0x83]) + q[4:6] + b"\0\0\0\0\0\0" + q[12:], peer)
"""


class ConfirmHealthTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lab = cls.lab
        topologies.mesh_default(lab)
        start_echo(lab, "upstream", cls.net["web"])
        lab.popen("upstream", sys.executable, "-c", RESOLVER, cls.net["web"])
        cls.d = cls.start_bywayd("router")
        cls.wan = configs.wan_separated()
        # Role none keeps the exit (so a check may name it) but makes no rule for its mark.
        cls.none = {"version": 1, "role": "none", "exits": cls.wan["exits"]}
        cls.wan_file = cls.d.write_json("wan.json", cls.wan)

    def rules(self):
        return self.lab.run("router", "ip", "-N", "rule").stdout

    def history(self):
        return self.d.call("config.history", {"limit": 5})["entries"]

    def through_exit_check(self):
        return {"kind": "tcp", "target": f"{self.net['web']}:{ECHO_PORT}", "exit": "wan", "timeoutMs": 500,
                "name": "web via wan"}

    def assert_wan_state_back(self):
        self.assertIn("lookup 2101", self.rules(), "the exit's FIB rule must be back")
        self.assertIn("inet byway", self.lab.run("router", "nft", "list", "tables").stdout)
        self.assertEqual(self.d.call("config.get")["config"]["role"], "wan-separated", "the stored config must be back")
        self.assertIsNone(self.d.call("status.get").get("pending"))

    def test_1_healthy_apply_confirms_itself(self):
        web = self.net["web"]
        r = self.d.ctl("apply", self.wan_file, "--confirm-when-healthy", f"tcp:{web}:{ECHO_PORT},exit=wan",
                       f"icmp:{web},exit=wan,timeout=1000", f"dns:example.org@{web},exit=wan", "--within", "15",
                       timeout=60)
        self.assertCtl(r)
        self.assertIn("confirmed: all 3 health check(s) passed", r.stdout)
        for name in (f"tcp {web}:{ECHO_PORT} via wan", f"icmp {web} via wan", "dns example.org via wan"):
            self.assertRegex(r.stdout, rf"(?m)^\s+passed\s+{name}$")
        self.assertIn("lookup 2101", self.rules())
        self.assertIsNone(self.d.call("status.get").get("pending"))
        newest = self.history()[0]
        self.assertEqual(newest["action"], "confirm-healthy")
        self.assertEqual([c["state"] for c in newest["checks"]], ["passed"] * 3)

    def test_2_failing_check_rolls_back(self):
        self.assertIn("lookup 2101", self.rules(), "test 1 leaves the wan config applied")
        confirm = {"withinSec": 3, "wait": True, "checks": [self.through_exit_check()]}
        with RpcConnection(self.d.socket, timeout=30) as applying:
            id = applying.send("config.apply", {"config": self.none, "confirm": confirm})
            # Another client is served while the checks run, and sees them.
            # (Retried while the apply itself still runs: pending appears after it.)
            for _ in range(100):
                status = self.d.call("status.get")
                if status.get("pending"):
                    break
            self.assertEqual([c["name"] for c in status["pending"]["checks"]], ["web via wan"])
            self.assertIn(status["pending"]["checks"][0]["state"], ("waiting", "failing"))
            reply = applying.wait_reply(id, timeout=30)
        self.assertNotIn("error", reply)
        outcome = reply["result"]["confirm"]
        self.assertEqual(outcome["state"], "rolled_back")
        self.assertIn("web via wan", outcome["reason"])
        self.assertEqual(outcome["checks"][0]["state"], "failing")
        self.assertTrue(outcome["checks"][0]["error"])
        self.assert_wan_state_back()
        newest = self.history()[0]
        self.assertEqual(newest["action"], "health-rollback")
        self.assertEqual(newest["role"], "wan-separated")
        self.assertIn("web via wan", newest["reason"])
        self.assertEqual(newest["checks"][0]["name"], "web via wan")
        self.assertEqual(newest["checks"][0]["state"], "failing")

    def test_3_killed_while_checking_rolls_back_at_start(self):
        self.assertIn("lookup 2101", self.rules())
        confirm = {"withinSec": 600, "checks": [self.through_exit_check()]}
        r = self.d.call("config.apply", {"config": self.none, "confirm": confirm}, timeout=30)
        self.assertEqual(r["confirm"]["state"], "checking")
        self.assertNotIn("lookup 2101", self.rules(), "role none is applied while it is being checked")
        self.assertEqual(self.d.call("status.get")["pending"]["checks"][0]["name"], "web via wan")
        self.d.process.kill()
        self.d.process.wait(timeout=10)
        self.d.start()
        self.assert_wan_state_back()
        newest = self.history()[0]
        self.assertEqual(newest["action"], "health-rollback")
        self.assertEqual(newest["reason"], "bywayd restarted before the health checks passed")

    def test_4_bad_confirm_changes_nothing(self):
        before = self.d.call("config.get")["revision"]
        for confirm, field in (({"withinSec": 5, "checks": [{"kind": "tcp", "target": "203.0.113.10"}]},
                                "/confirm/checks/0/target"),
                               ({"withinSec": 5, "checks": [{"kind": "icmp", "target": "203.0.113.10", "exit": "lte"}]},
                                "/confirm/checks/0/exit")):
            with self.assertRaises(RpcError) as e:
                self.d.call("config.apply", {"config": self.none, "confirm": confirm})
            self.assertEqual(e.exception.data.get("field"), field)
        with self.assertRaises(RpcError) as e:
            self.d.call("config.apply", {"config": self.none, "confirmWithinSec": 5, "confirm": {"withinSec": 5}})
        self.assertEqual(e.exception.data.get("field"), "/confirm")
        self.assertEqual(self.d.call("config.get")["revision"], before)
        self.assertIn("lookup 2101", self.rules())


if __name__ == "__main__":
    from bywaylab.testing import main
    main()
