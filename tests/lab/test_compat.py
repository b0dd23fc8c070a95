#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compat capture driven by bywayd (issue 5 activation): with capture.mode on,
bywayd starts the TUN + userspace stack and the reconciler routes the pool
into it; the client reaches upstream through the capture's own sockets (the
server sees the router's WAN address although upstream has no route back to
the pool and Byway's table has no masquerade for it), flows.list shows the
flow, and switching the capture off removes the TUN and its rules."""

import sys
import time
import unittest

from bywaylab.rpc import RpcError
from bywaylab.testing import LabTestCase

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from test_roles import ECHO_PORT, seen_source, start_echo  # noqa: E402


class CompatTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.lab.ip("upstream", "route", "del", "10.0.1.0/24")
        # A WAN that leads nowhere: the masquerade out of it never applies, so
        # only the capture can carry the pool (bywayd refuses a WAN that does
        # not exist at all when the capture is off).
        cls.lab.ip("router", "link", "add", "wan9", "type", "veth", "peer", "name", "wan9p")
        start_echo(cls.lab, "upstream", cls.net["web"])
        cls.d = cls.start_bywayd("router")

    def config(self, mode):
        return {"version": 1, "role": "vpn-gateway", "capture": {"mode": mode},
                "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
                "pools": [{"name": "l2tp", "subnet": "10.0.1.0/24"}],
                # No masquerade covers the pool's traffic here on purpose:
                # the capture's own sockets carry it, with the WAN address.
                "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": "wan9"}]}}

    def test_capture_on_then_off(self):
        cfg = self.config("on")
        cfg["interfaces"]["wan"].append("wan9")
        report = self.d.call("config.apply", {"config": cfg})
        self.assertGreater(report["writes"], 0)
        links = self.lab.run("router", "ip", "-o", "link").stdout
        self.assertIn("byway0", links, "the capture's TUN must exist")
        rules = self.lab.run("router", "ip", "-N", "rule").stdout
        self.assertIn("from 10.0.1.0/24 lookup 2199 proto 183", rules)
        self.assertIn("fwmark 0x800000/0x800000 lookup 254 proto 183", rules)

        self.assertEqual(seen_source(self.lab, "client", self.net["web"]), self.net["router_wan"])
        # ICMP echo leaves through a ping socket: the kernel's "1 0" refuses
        # those even to root, so bywayd widened ping_group_range to its group.
        ping_range = lambda: self.lab.run("router", "sysctl", "-n", "net.ipv4.ping_group_range").stdout.split()  # noqa: E731
        self.assertEqual(ping_range(), ["0", "0"])
        self.assertTrue(self.lab.ping("client", self.net["web"], count=2), "ping through the capture's exit failed")
        self.assertEqual(self.d.call("flows.list")["stats"].get("drops", {}).get("icmp_socket", 0), 0)
        # A second echo flow, smaller: flows.list lists the busiest first,
        # `limit` of them, and counts them all in flowCount.
        self.assertTrue(self.lab.ping("client", self.net["web"], count=1))
        flows = self.d.call("flows.list")
        self.assertTrue(flows["active"])
        size = lambda f: f["bytesUp"] + f["bytesDown"]  # noqa: E731
        self.assertGreaterEqual(flows["flowCount"], 2, flows["flows"])
        self.assertEqual(flows["flowCount"], len(flows["flows"]))
        self.assertEqual(flows["userCount"], len(flows["users"]), flows["users"])
        self.assertEqual(flows["stats"]["flowLimit"], 4096)  # the default bound, within the file limit
        self.assertGreaterEqual(flows["userCount"], 1)
        self.assertEqual([size(f) for f in flows["flows"]], sorted((size(f) for f in flows["flows"]), reverse=True))
        one = self.d.call("flows.list", {"limit": 1})
        self.assertEqual(len(one["flows"]), 1, one["flows"])
        self.assertEqual(one["flowCount"], flows["flowCount"])
        self.assertEqual(size(one["flows"][0]), size(flows["flows"][0]))
        for bad in (0, -1, "10", 1.5):
            with self.assertRaises(RpcError) as e:
                self.d.call("flows.list", {"limit": bad})
            self.assertEqual((e.exception.code, e.exception.data.get("field")), ("invalid_params", "/limit"), bad)
        self.assertGreater(flows["stats"].get("packetsIn", flows["stats"].get("tunPacketsIn", 1)), 0)
        status = self.d.call("status.get")
        self.assertTrue(status["capture"]["active"])
        self.assertEqual(status["capture"]["tun"], "byway0")

        cfg = self.config("off")
        cfg["interfaces"]["wan"].append("wan9")
        self.d.call("config.apply", {"config": cfg})
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and "byway0" in self.lab.run("router", "ip", "-o", "link").stdout:
            time.sleep(0.1)
        self.assertNotIn("byway0", self.lab.run("router", "ip", "-o", "link").stdout)
        self.assertNotIn("lookup 2199", self.lab.run("router", "ip", "-N", "rule").stdout)
        self.assertEqual(ping_range(), ["1", "0"], "ping_group_range must be back to what Byway found")
        self.assertFalse(self.d.call("flows.list")["active"])
        self.assertIsNone(seen_source(self.lab, "client", self.net["web"], timeout=2),
                          "without the capture (and no masquerade) upstream must be unreachable again")

        # And on again in the same bywayd (lwIP is initialised once per process).
        cfg = self.config("on")
        cfg["interfaces"]["wan"].append("wan9")
        self.d.call("config.apply", {"config": cfg})
        self.assertEqual(seen_source(self.lab, "client", self.net["web"]), self.net["router_wan"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
