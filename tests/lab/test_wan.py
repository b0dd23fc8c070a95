#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""wan-separated through bywayctl (issue 4): the main table leads to the mesh,
a WAN table is selected by an exit's mark; `bywayctl exec --exit wan` runs a
program whose sockets carry that mark (libbywaymark) and it leaves through the
WAN (the far end sees the WAN address) while unmarked traffic cannot; DNS of
the configured group is redirected to the WAN-only resolver on 127.0.0.1:54;
`apply --confirm-within 3` without a confirm brings the previous state back."""

import os
import sys
import time
import unittest

from bywaylab import configs, topologies
from bywaylab import daemon as bwd
from bywaylab.testing import LabTestCase

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_roles import ECHO_PORT, start_echo  # noqa: E402

GROUP = "bywaylab-dns"

# A resolver stand-in: answers every datagram with "wan-resolver".
RESOLVER = r"""
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 54))
while True:
    data, peer = s.recvfrom(2048)
    s.sendto(b"wan-resolver", peer)
"""
# Sends one datagram to 9.9.9.9:53 and prints the answer.
ASK = r"""
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.settimeout(2)
s.sendto(b"q", ("9.9.9.9", 53))
print(s.recvfrom(2048)[0].decode())
"""


class WanSeparatedTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lab = cls.lab
        topologies.mesh_default(lab)
        lab.ip("router", "link", "set", "lo", "up")
        start_echo(lab, "upstream", cls.net["web"])
        lab.popen("router", sys.executable, "-c", RESOLVER)
        bwd.ensure_group(GROUP)
        cls.d = cls.start_bywayd("router")
        cls.cfg = configs.wan_separated(device="wan0", dns={"wanResolver": "127.0.0.1:54", "redirectGroup": GROUP})
        cls.file = cls.d.write_json("wan.json", cls.cfg)

    def curl(self, *prefix):
        return self.lab.run("router", *prefix, "curl", "-s", "--max-time", "2", "--noproxy", "*",
                            f"http://{self.net['web']}:{ECHO_PORT}/", check=False)

    def test_1_plan_and_apply_via_cli(self):
        plan = self.d.ctl("plan", self.file)
        self.assertCtl(plan)
        self.assertIn("lookup 2101", plan.stdout)
        self.assertIn("redirect", plan.stdout)
        self.assertCtl(self.d.ctl("apply", self.file))
        again = self.d.ctl("apply", self.file)
        self.assertCtl(again)
        self.assertIn("0 kernel change(s)", again.stdout)

    def test_2_exec_leaves_through_the_wan(self):
        self.assertNotEqual(self.curl().returncode, 0, "unmarked traffic must follow the mesh (main table)")
        marked = self.lab.run("router", os.environ.get("BYWAYCTL", "bywayctl"), "--socket", self.d.socket,
                              "exec", "--exit", "wan", "--", "curl", "-s", "--max-time", "3", "--noproxy", "*",
                              f"http://{self.net['web']}:{ECHO_PORT}/", check=False)
        self.assertEqual(marked.returncode, 0, marked.stderr)
        self.assertEqual(marked.stdout.strip(), self.net["router_wan"])
        explain = self.d.ctl("explain", self.net["router_wan"], self.net["web"], "--mark", "0x10000")
        self.assertCtl(explain)
        self.assertIn("2101", explain.stdout)

    def test_3_dns_of_the_group_reaches_the_wan_resolver(self):
        asked = self.lab.run("router", "setpriv", "--reuid", "4343", "--regid", GROUP, "--clear-groups",
                             sys.executable, "-c", ASK, check=False)
        self.assertEqual(asked.stdout.strip(), "wan-resolver", asked.stderr)
        other = self.lab.run("router", "setpriv", "--reuid", "4343", "--regid", "4343", "--clear-groups",
                             sys.executable, "-c", ASK, check=False)
        self.assertNotEqual(other.stdout.strip(), "wan-resolver", "other groups must not be redirected")

    def test_4_confirm_within_reverts(self):
        self.assertCtl(self.d.ctl("apply", self.file))
        none = self.d.write_json("none.json", {"version": 1, "role": "none"})
        r = self.d.ctl("apply", none, "--confirm-within", "3")
        self.assertCtl(r)
        self.assertIn("confirm", r.stdout)
        self.assertNotIn("lookup 2101", self.lab.run("router", "ip", "-N", "rule").stdout)
        deadline = time.monotonic() + 8
        while time.monotonic() < deadline and "lookup 2101" not in self.lab.run("router", "ip", "-N", "rule").stdout:
            time.sleep(0.2)
        self.assertIn("lookup 2101", self.lab.run("router", "ip", "-N", "rule").stdout, "the previous FIB rule must come back")
        self.assertIn("inet byway", self.lab.run("router", "nft", "list", "tables").stdout)
        history = self.d.ctl("history")
        self.assertIn("confirm-timeout", history.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
