#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The harness itself: both topologies carry traffic as drawn, and leftovers
of dead runs are cleaned while live runs are left alone. And topology.get's
known clients from the neighbour table of a real bypass router."""

import json
import os
import subprocess
import sys
import unittest

from bywaylab import Lab, cleanup_leftovers, topologies, testing
from bywaylab.lab import list_namespaces
from bywaylab.testing import LabTestCase


class ClientRouterUpstreamTest(LabTestCase):
    topology = "client-router-upstream"
    need_bywayd = False

    def test_forwarding(self):
        n = self.net
        for addr in (n["router_lan"], n["upstream"], n["web"], n["router_lan6"], n["upstream6"], n["web6"]):
            self.assertTrue(self.lab.ping("client", addr), f"client → {addr}")
        for url in (f"http://{n['web']}/", f"http://[{n['web6']}]/"):
            ok, body = self.lab.curl("client", url)
            self.assertTrue(ok, f"{url}: {body}")
            self.assertEqual(body, "byway lab\n")

    def test_names(self):
        for node in ("client", "router", "upstream"):
            self.assertIn(f"bwl{os.getpid()}-{node}", list_namespaces())
        links = self.lab.ip("router", "-o", "link").stdout
        self.assertIn("lan0", links)
        self.assertIn("wan0", links)
        # Nothing of ours in the host's namespace.
        host = subprocess.run(["ip", "-o", "link"], capture_output=True, text=True).stdout
        self.assertNotIn("lan0@", host)


class BypassTest(LabTestCase):
    topology = "bypass"
    need_bywayd = False

    def test_clients_reach_upstream_through_side_and_main(self):
        n = self.net
        for client in n["clients"]:
            ok, body = self.lab.curl(client, f"http://{n['web']}/")
            self.assertTrue(ok, f"{client}: {body}")
        # The path goes client → side → main: the side router's first hop.
        trace = self.lab.run("client1", "ip", "route", "get", n["web"]).stdout
        self.assertIn(f"via {n['side_lan']}", trace)
        side = self.lab.run("side", "ip", "route", "get", n["web"]).stdout
        self.assertIn(f"via {n['main_lan']}", side)
        # Upstream has no route back to the LAN: only the main router's NAT makes it work.
        self.assertNotIn("192.168.10", self.lab.ip("upstream", "route").stdout)
        rules = self.lab.run("main", "nft", "list", "ruleset").stdout
        self.assertIn("masquerade", rules)

    def test_alternate_bridge(self):
        self.assertTrue(self.lab.ping("side", self.net["main_alt"]))
        self.assertTrue(self.lab.ping("side", "fd00:20::1"))
        self.assertEqual(self.lab.run("side", "sysctl", "-n", "net.ipv4.conf.lan0.rp_filter").stdout.strip(), "2")


class KnownClientsTest(LabTestCase):
    """A client that pinged the side router is a known client of its
    topology (source "neighbour", with its address, port and MAC); the main
    router, a neighbour too, is not, nor a client that never spoke."""
    topology = "bypass"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.d = cls.start_bywayd("router")

    def test_a_client_that_pinged_is_listed(self):
        n = self.net
        self.d.call("config.apply", {"config": {
            "version": 1, "role": "bypass-router", "interfaces": {"lan": ["lan0"], "alternate": "alt0"},
            "bypass": {"mainRouter": n["main_lan"], "address": n["side_lan"] + "/24"}}})
        self.assertTrue(self.lab.ping("client1", n["side_lan"]))
        # The side router talks to the main router too: a neighbour, never a client.
        self.assertTrue(self.lab.ping("side", n["main_lan"]))
        mac = json.loads(self.lab.run("client1", "ip", "-j", "link", "show", "eth0").stdout)[0]["address"]
        topo = self.d.call("topology.get")
        clients = next(x for x in topo["nodes"] if x["id"] == "clients")
        seen = {m["address"]: m for m in clients["members"] if m["source"] == "neighbour"}
        self.assertIn(n["client_addrs"][0], seen, clients)
        me = seen[n["client_addrs"][0]]
        self.assertEqual((me["dev"], me["lladdr"]), ("lan0", mac))
        self.assertNotIn(n["main_lan"], seen)
        self.assertNotIn(n["client_addrs"][1], seen, "client2 never spoke to the side router")
        self.assertNotIn(n["side_lan"], seen)


class CleanupTest(LabTestCase):
    need_bywayd = False

    def test_dead_run_removed_live_run_kept(self):
        # A dead owner: a pid that exited. A live one: a Python child.
        dead = subprocess.Popen([sys.executable, "-c", "pass"])
        dead.wait()
        live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
        try:
            dead_ns, live_ns = f"bwl{dead.pid}-x", f"bwl{live.pid}-x"
            for ns in (dead_ns, live_ns):
                subprocess.run(["ip", "netns", "add", ns], check=True)
            removed = cleanup_leftovers()
            self.assertIn(dead_ns, removed)
            self.assertNotIn(live_ns, removed)
            names = list_namespaces()
            self.assertNotIn(dead_ns, names)
            self.assertIn(live_ns, names)
            self.assertIn(self.lab.ns("router"), names, "cleanup removed our own run's namespace")
        finally:
            live.kill()
            live.wait()
            subprocess.run(["ip", "netns", "del", f"bwl{live.pid}-x"], capture_output=True)

    def test_killed_run_leaves_nothing_after_cleanup(self):
        here = os.path.dirname(os.path.abspath(__file__))
        p = subprocess.Popen([sys.executable, "-m", "bywaylab", "up", "bypass"], cwd=here,
                             stderr=subprocess.PIPE, text=True)
        for line in p.stderr:
            if "holding" in line:
                break
        self.assertTrue([ns for ns in list_namespaces() if ns.startswith(f"bwl{p.pid}-")])
        p.kill()
        p.wait()
        p.stderr.close()
        cleanup_leftovers()
        self.assertFalse([ns for ns in list_namespaces() if ns.startswith(f"bwl{p.pid}-")])

    def test_sigterm_tears_down(self):
        here = os.path.dirname(os.path.abspath(__file__))
        p = subprocess.Popen([sys.executable, "-m", "bywaylab", "up", "client-router-upstream"], cwd=here,
                             stderr=subprocess.PIPE, text=True)
        for line in p.stderr:
            if "holding" in line:
                break
        p.terminate()
        p.wait(timeout=20)
        p.stderr.close()
        self.assertFalse([ns for ns in list_namespaces() if ns.startswith(f"bwl{p.pid}-")])


if __name__ == "__main__":
    testing.main()
