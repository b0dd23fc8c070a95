# SPDX-License-Identifier: GPL-3.0-or-later
"""Reachability probes against a real upstream: a "box" namespace wired to
an "upstream" namespace that serves TCP and answers ICMP on 10.78.0.1 and
fd78::1. Per exit: a mark routed into a blackhole table fails while the
default route and a device-bound exit pass; IPv6 egress fails without an
IPv6 route and passes with one."""

import unittest

from test_probe import ProbeCase


class TestProbeReach(ProbeCase):
    def setUp(self):
        self.box = self.node()
        self.up = self.node()
        self.lab.link(self.box, "wan0", self.up, "down0")
        self.lab.addr(self.box, "wan0", "10.77.0.1/24")
        self.lab.addr(self.up, "down0", "10.77.0.2/24")
        self.lab.addr(self.up, "lo", "10.78.0.1/32")
        self.lab.route(self.box, "default", "via", "10.77.0.2")
        # Exit "dead": fwmark 0x10 -> table 100 -> blackhole.
        self.lab.ip(self.box, "rule", "add", "fwmark", "0x10", "lookup", "100", "priority", "1000")
        self.lab.ip(self.box, "route", "add", "blackhole", "default", "table", "100")
        self.lab.start_web(self.up, "10.78.0.1", 8080)

    def reach(self, *targets, exits=()):
        args = ["--reach", "--timeout", "500"]
        for t in targets:
            args += ["--target", t]
        for e in exits:
            args += ["--exit", e]
        return self.run_probe(self.box, *args)

    def test_gateway_and_exits(self):
        report, _ = self.reach("10.78.0.1:8080", "10.78.0.1", exits=("dead:mark=0x10", "wan:dev=wan0"))
        gw = [f for f in report["findings"] if f["check"] == "gateway.ipv4"]
        self.assertEqual(gw[0]["code"], "gateway.ipv4.ok", gw)
        self.assertEqual(gw[0]["data"]["gateways"][0]["via"], "10.77.0.2")
        results = {(f["data"]["target"], f["data"]["exit"]): f for f in report["findings"] if f["check"] == "reach"}
        for target in ("10.78.0.1:8080", "10.78.0.1"):
            self.assertEqual(results[(target, "")]["code"], "reach.ok", results[(target, "")])
            self.assertEqual(results[(target, "wan")]["code"], "reach.ok", results[(target, "wan")])
            dead = results[(target, "dead")]
            self.assertEqual(dead["code"], "reach.unreachable", dead)
            self.assertEqual(dead["status"], "fail")
            self.assertIn("mark 0x10", dead["summary"])
            self.assertTrue(dead["fix"] and dead["consequence"])
        self.assertEqual(results[("10.78.0.1:8080", "")]["data"]["method"], "tcp")
        self.assertTrue(results[("10.78.0.1", "")]["data"]["method"].startswith("icmp"))
        pmtu = {(f["data"]["target"], f["data"]["exit"]): f for f in report["findings"] if f["check"] == "pmtu"}
        self.assertEqual(pmtu[("10.78.0.1:8080", "")]["data"]["mtu"], 1500)
        self.assertEqual(pmtu[("10.78.0.1:8080", "dead")]["code"], "pmtu.no_route")

    def test_closed_port_is_refused_not_unreachable(self):
        _, codes = self.reach("10.78.0.1:81")
        self.assertFinding(codes, "reach.refused", "warn")

    def test_ipv6_egress(self):
        report, codes = self.reach("[fd78::1]:8080")
        self.assertFinding(codes, "ipv6.egress.no_route", "fail", "ENETUNREACH")
        self.assertIn("ipv6", report["featuresOff"])
        # Now give it IPv6 towards the upstream, and an IPv6 listener there.
        self.lab.addr(self.box, "wan0", "fd77::1/64")
        self.lab.addr(self.up, "down0", "fd77::2/64")
        self.lab.addr(self.up, "lo", "fd78::1/128")
        self.lab.route(self.box, "default", "via", "fd77::2")
        self.lab.start_web(self.up, "fd78::1", 8080)
        report, codes = self.reach("[fd78::1]:8080")
        self.assertFinding(codes, "ipv6.egress.ok", "ok")
        self.assertNotIn("ipv6", report["featuresOff"])
        gw6 = [f for f in report["findings"] if f["check"] == "gateway.ipv6"]
        self.assertEqual(gw6[0]["code"], "gateway.ipv6.ok", gw6)

    def test_ipv6_route_without_target_is_unverified(self):
        self.lab.addr(self.box, "wan0", "fd77::1/64")
        self.lab.route(self.box, "default", "via", "fd77::2")
        report, codes = self.reach("10.78.0.1:8080")
        self.assertFinding(codes, "ipv6.egress.unverified", "warn")
        self.assertIn("ipv6", report["featuresOff"])


if __name__ == "__main__":
    from bywaylab.testing import main
    main()
