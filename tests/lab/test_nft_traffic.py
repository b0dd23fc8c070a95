# SPDX-License-Identifier: GPL-3.0-or-later
"""Real traffic through a masquerade Byway's netlink code installed:
client (10.20.0.2) -- lan0 router wan0 -- upstream (192.0.2.2, HTTP).
The upstream has no route back to the pool, so the fetch works only once
the router masquerades; the server then logs the router's WAN address."""

import os
import shutil
import subprocess
import tempfile
import time
import unittest

from test_nft import Namespaces, gateway_ir, ns_run, require, run, tool, write_ir


class NftMasqueradeTrafficTest(unittest.TestCase):
    def setUp(self):
        require(self)
        if not shutil.which("curl"):
            if os.environ.get("CI") == "true":
                self.fail("curl not installed")
            raise unittest.SkipTest("curl not installed")
        self.nets = Namespaces()
        self.addCleanup(self.nets.close)
        self.tmp = tempfile.mkdtemp(prefix="bwnft")
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def topology(self):
        client, router, upstream = self.nets.add("c"), self.nets.add("r"), self.nets.add("u")
        run(["ip", "link", "add", "lan0", "netns", router, "type", "veth", "peer", "name", "eth0", "netns", client])
        run(["ip", "link", "add", "wan0", "netns", router, "type", "veth", "peer", "name", "eth0", "netns", upstream])
        for ns, ifname, cidr in ((client, "eth0", "10.20.0.2/24"), (router, "lan0", "10.20.0.1/24"),
                                 (router, "wan0", "192.0.2.1/24"), (upstream, "eth0", "192.0.2.2/24")):
            run(["ip", "-n", ns, "addr", "add", cidr, "dev", ifname])
            run(["ip", "-n", ns, "link", "set", ifname, "up"])
        run(["ip", "-n", client, "route", "add", "default", "via", "10.20.0.1"])
        ns_run(router, ["sysctl", "-qw", "net.ipv4.ip_forward=1"])
        return client, router, upstream

    def start_server(self, ns):
        os.makedirs(os.path.join(self.tmp, "www"))
        with open(os.path.join(self.tmp, "www", "index.html"), "w") as f:
            f.write("byway\n")
        self.log = open(os.path.join(self.tmp, "server.log"), "w+")
        server = subprocess.Popen(["ip", "netns", "exec", ns, "python3", "-m", "http.server", "8080",
                                   "--bind", "192.0.2.2", "--directory", os.path.join(self.tmp, "www")],
                                  stdout=self.log, stderr=subprocess.STDOUT)
        self.addCleanup(self.log.close)
        self.addCleanup(server.wait)
        self.addCleanup(server.kill)
        for _ in range(50):
            if ns_run(ns, ["ss", "-ltn", "sport = :8080"], check=False).stdout.count("LISTEN"):
                return
            time.sleep(0.1)
        self.fail("http.server did not start")

    def fetch(self, client):
        return ns_run(client, ["curl", "-sS", "--max-time", "2", "http://192.0.2.2:8080/"], check=False)

    def test_masquerade_source_and_counters(self):
        client, router, upstream = self.topology()
        self.start_server(upstream)
        self.assertNotEqual(self.fetch(client).returncode, 0, "reached upstream without NAT: bad topology")

        res, _ = tool(router, "apply", write_ir(self.tmp, "gw.json", gateway_ir(lan="lan0", wan="wan0")))
        self.assertTrue(res["written"])
        p = self.fetch(client)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(p.stdout, "byway\n")
        self.log.flush()
        self.log.seek(0)
        lines = [l for l in self.log.read().splitlines() if '"GET / ' in l]
        self.assertTrue(lines, "the server logged no request")
        self.assertTrue(lines[-1].startswith("192.0.2.1 "), lines[-1])  # the router's WAN address

        state, _ = tool(router, "read", "byway")
        counters = {r["id"]: r for r in state["rules"]}
        self.assertGreater(counters["masq.0"]["packets"], 0)
        self.assertGreater(counters["masq.0"]["bytes"], 0)
        self.assertGreater(counters["fwd.tunnel.lan0"]["packets"], 0)
        self.assertGreater(counters["fwd.return.lan0"]["packets"], 0)
        self.assertGreater(counters["fwd.mss"]["packets"], 0)  # the SYN passed the clamp
        # Counters do not make a difference to "is it as wanted".
        self.assertTrue(tool(router, "matches", self.tmp + "/gw.json")[0]["matches"])

        tool(router, "remove", "byway")
        self.assertNotEqual(self.fetch(client).returncode, 0)


if __name__ == "__main__":
    unittest.main()
