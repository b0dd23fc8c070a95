#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The roles with real traffic through bywayd (issue 4): a VPN gateway whose
pool reaches upstream only after apply and leaves with the WAN address; the
mismatched pool refused with the field named; drift repaired after someone
flushes the ruleset; explain; a bypass router that forwards without NAT while
the return path skips it (proved with counters)."""

import json
import subprocess
import sys
import time
import unittest

from bywaylab import testing
from bywaylab.rpc import RpcError
from bywaylab.testing import LabTestCase

# Answers every connection with the address it came from: what the far end sees.
ECHO_SOURCE = r"""
import socket, sys
s = socket.socket(socket.AF_INET6 if ':' in sys.argv[1] else socket.AF_INET)
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2]))); s.listen(64)
while True:
    c, peer = s.accept()
    try:
        c.recv(4096)
        c.sendall(b"HTTP/1.0 200 OK\r\n\r\n" + peer[0].encode() + b"\n")
    finally:
        c.close()
"""
ECHO_PORT = 8080


def start_echo(lab, node, address):
    lab.popen(node, sys.executable, "-c", ECHO_SOURCE, address, ECHO_PORT)
    host = f"[{address}]" if ":" in address else address
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if lab.run(node, "curl", "-s", "-g", "--max-time", "1", f"http://{host}:{ECHO_PORT}/", check=False).returncode == 0:
            return
        time.sleep(0.1)
    raise AssertionError(f"echo server in {node} did not come up")


def seen_source(lab, node, address, timeout=3):
    ok, body = lab.curl(node, f"http://{address}:{ECHO_PORT}/", timeout=timeout)
    return body.strip() if ok else None


def wait_until(predicate, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


def nft_tables(lab, node):
    return lab.run(node, "nft", "list", "tables").stdout


class GatewayTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Upstream knows no way back to the client net: only masquerade helps.
        cls.lab.ip("upstream", "route", "del", "10.0.1.0/24")
        start_echo(cls.lab, "upstream", cls.net["web"])
        cls.d = cls.start_bywayd("router")

    def config(self, masq="10.0.1.0/24", **extra):
        c = {"version": 1, "role": "vpn-gateway",
             "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
             "pools": [{"name": "vpn", "subnet": "10.0.1.0/24", "users": [{"name": "alice", "address": "10.0.1.2"}]}],
             "nat": {"masquerade": [{"source": masq, "out": "wan0"}]}}
        c.update(extra)
        return c

    def test_1_traffic_only_after_apply_with_wan_source(self):
        self.assertIsNone(seen_source(self.lab, "client", self.net["web"], timeout=2),
                          "upstream must be unreachable before Byway masquerades")
        plan = self.d.call("config.plan", {"config": self.config()})
        self.assertTrue(plan["changes"])
        self.assertIn("masquerade", plan["text"])
        self.assertNotIn("byway", nft_tables(self.lab, "router"), "plan changed the kernel")

        report = self.d.call("config.apply", {"config": self.config()})
        self.assertGreater(report["writes"], 0)
        self.assertEqual(seen_source(self.lab, "client", self.net["web"]), self.net["router_wan"])
        again = self.d.call("config.apply", {"config": self.config()})
        self.assertEqual(again["writes"], 0, "the same config twice must not touch the kernel")
        status = self.d.call("status.get")
        self.assertEqual(status["config"]["role"], "vpn-gateway")

    def test_2_mismatched_pool_refused_nothing_changes(self):
        before = self.lab.run("router", "nft", "list", "ruleset").stdout
        with self.assertRaises(RpcError) as cm:
            self.d.call("config.apply", {"config": self.config(masq="10.9.0.0/24")})
        self.assertEqual(cm.exception.code, "validation_failed")
        paths = [e["path"] for e in cm.exception.data.get("errors", [])]
        self.assertIn("/pools/0/subnet", paths)
        messages = " ".join(e["message"] for e in cm.exception.data["errors"])
        self.assertIn("10.0.1.0/24", messages)
        self.assertIn("10.9.0.0/24", messages)
        self.assertEqual(self.lab.run("router", "nft", "list", "ruleset").stdout, before)

    def test_3_ipv6_nat_off_while_egress_unverified(self):
        cfg = self.config(ipv6={"enabled": True})
        cfg["nat"]["masquerade"].append({"source": "fd00:1::/64", "out": "wan0"})
        plan = self.d.call("config.plan", {"config": cfg})
        self.assertTrue(any("fd00:1::/64" in n["message"] for n in plan["notes"]), plan["notes"])
        commands = "\n".join(l for l in plan["text"].splitlines() if not l.startswith("#"))
        self.assertNotIn("fd00:1::/64", commands)
        # Held-off IPv6 is said in the headline, not "no changes".
        self.assertTrue(plan["deferred"], plan)
        self.assertTrue(all(n["id"] for n in plan["notes"]), plan["notes"])
        if not plan["changes"]:
            self.assertIn("deferred", plan["text"].splitlines()[0])

    def test_4_drift_repaired(self):
        self.d.call("config.apply", {"config": self.config()})
        self.lab.run("router", "nft", "flush", "ruleset")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and "inet byway" not in nft_tables(self.lab, "router"):
            time.sleep(0.1)
        self.assertIn("inet byway", nft_tables(self.lab, "router"), "Byway's table did not come back")
        self.assertIn("drift", self.d.log_text())
        self.assertEqual(seen_source(self.lab, "client", self.net["web"]), self.net["router_wan"])

    def test_5_explain(self):
        self.d.call("config.apply", {"config": self.config()})
        e = self.d.call("explain", {"src": self.net["client"], "dst": self.net["web"], "iif": "lan0", "proto": "tcp",
                                    "dport": ECHO_PORT})
        self.assertEqual(e["user"], "alice")
        self.assertEqual(e["pool"], "vpn")
        self.assertEqual(e["route"]["dev"], "wan0")
        self.assertEqual(e["route"]["table"], 254)
        ids = [r["id"] for r in e["rules"]]
        self.assertIn("masq:0", ids)
        self.assertIn("fwd.out:lan*", ids)

    def test_6_history_and_rollback(self):
        self.d.call("config.apply", {"config": self.config()})
        self.d.call("config.apply", {"config": {"version": 1, "role": "none"}})
        self.assertNotIn("inet byway", nft_tables(self.lab, "router"))
        history = self.d.call("config.history")["entries"]
        self.assertEqual(history[0]["role"], "none")
        self.assertEqual(history[0]["uid"], 0)
        self.d.call("config.rollback")
        self.assertIn("inet byway", nft_tables(self.lab, "router"))
        self.assertEqual(seen_source(self.lab, "client", self.net["web"]), self.net["router_wan"])

    def test_7_route_drift_seen_at_once(self):
        # The pool goes to a direct exit's own table; someone flushes that
        # table. The rtnetlink watch notices: back well before the 30 s sweep.
        cfg = self.config(exits=[{"name": "wan", "type": "direct", "device": "wan0", "table": 2101}])
        cfg["pools"][0]["exit"] = "wan"
        self.d.call("config.apply", {"config": cfg})
        table = lambda: self.lab.run("router", "ip", "route", "show", "table", "2101").stdout  # noqa: E731
        self.assertIn("default via 10.0.2.2", table())
        self.lab.run("router", "ip", "route", "flush", "table", "2101")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and "default" not in table():
            time.sleep(0.1)
        self.assertIn("default via 10.0.2.2", table(), "the flushed routes did not come back")
        self.assertIn("drift found after routing change", self.d.log_text())
        self.assertEqual(seen_source(self.lab, "client", self.net["web"]), self.net["router_wan"])
        self.assertEqual(self.d.call("config.apply", {"config": cfg})["writes"], 0)


# Counts what passes the side router towards the client (it should be nothing:
# replies come from the main router straight to the client) and what reaches
# the main router from the client's own address (no NAT on the side router).
SIDE_COUNTERS = """
table inet labcount {
    chain count {
        type filter hook forward priority 10; policy accept;
        ip daddr 192.168.10.101 counter
    }
}
"""
MAIN_COUNTERS = """
table inet labcount {
    chain count {
        type filter hook forward priority 10; policy accept;
        iifname "lan0" ip saddr 192.168.10.101 counter
        iifname "lan0" ip saddr 192.168.10.2 counter
    }
}
"""


def counters(lab, node):
    out = json.loads(lab.run(node, "nft", "-j", "list", "table", "inet", "labcount").stdout)
    return [e["rule"]["expr"][-1]["counter"]["packets"] for e in out["nftables"] if "rule" in e]


# A VPN provider at the far end of a tunnel from the side router: it routes
# back only the tunnel's own address, as a real one does, and the second
# client's address (a site-to-site route, which the side router has too).
PROV_SIDE, PROV_END, PROV_WEB = "10.99.0.2", "10.99.0.1", "203.0.113.7"


class BypassTest(LabTestCase):
    topology = "bypass"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        start_echo(cls.lab, "upstream", cls.net["web"])
        cls.lab.add_node("prov")
        cls.lab.link("side", "vpn0", "prov", "eth0")
        cls.lab.addr("side", "vpn0", PROV_SIDE + "/30")
        cls.lab.addr("prov", "eth0", PROV_END + "/30")
        cls.lab.addr("prov", "lo", PROV_WEB + "/32")
        cls.lab.route("prov", cls.net["client_addrs"][1] + "/32", "via", PROV_SIDE)
        cls.lab.route("side", PROV_WEB + "/32", "via", PROV_END)  # the side's own route there
        start_echo(cls.lab, "prov", PROV_WEB)
        cls.lab.nft("side", SIDE_COUNTERS)
        cls.lab.nft("main", MAIN_COUNTERS)
        cls.d = cls.start_bywayd("router")

    def test_forward_without_nat_and_asymmetric_return(self):
        cfg = {"version": 1, "role": "bypass-router",
               "interfaces": {"lan": ["lan0"], "alternate": "alt0"},
               "bypass": {"mainRouter": self.net["main_lan"], "address": self.net["side_lan"] + "/24"}}
        report = self.d.call("config.apply", {"config": cfg})
        self.assertGreater(report["writes"], 0)
        # The upstream sees the main router's NAT, and the request did go through.
        self.assertEqual(seen_source(self.lab, "client1", self.net["web"]), self.net["main_wan"])
        self.assertTrue(self.lab.ping("client1", self.net["web"]))
        side_to_client, = counters(self.lab, "side")
        main_from_client, main_from_side = counters(self.lab, "main")
        self.assertGreater(main_from_client, 0, "the main router must see the client's own address")
        self.assertEqual(main_from_side, 0, "the side router must not masquerade")
        self.assertEqual(side_to_client, 0, "replies must not pass the side router")
        # Byway's own counter on the upstream path counted the client's packets.
        topo = self.d.call("topology.get")
        up = next(p for p in topo["paths"] if p["id"] == "up")
        back = next(p for p in topo["paths"] if p["id"] == "back")
        self.assertGreater(up["packets"], 0)
        self.assertNotIn("this", back["hops"])
        # The table and FIB rule that send LAN traffic to the main router.
        rules = self.lab.run("side", "ip", "-N", "rule").stdout
        self.assertIn("iif lan0 lookup 2100 proto 183", rules)
        # Foreign tables survive.
        self.assertIn("labcount", nft_tables(self.lab, "side"))

    def test_pool_exit_through_a_provider_tunnel(self):
        # Some clients leave by a tunnel to a VPN provider: their exit's rule
        # comes before the way to the main router, and out of the tunnel they
        # need a masquerade (said until there is one). The others still go
        # by the main router, and reach the box's own links directly.
        net, lab = self.net, self.lab
        pooled, other = net["client_addrs"][:2]
        cfg = {"version": 1, "role": "bypass-router", "interfaces": {"lan": ["lan0"], "wan": ["vpn0"]},
               "bypass": {"mainRouter": net["main_lan"], "address": net["side_lan"] + "/24"},
               "pools": [{"name": "vpnusers", "subnet": pooled + "/32", "exit": "prov"}],
               "exits": [{"name": "prov", "type": "direct", "mark": "0x10000", "table": 2150, "device": "vpn0"}]}
        try:
            report = self.d.call("config.apply", {"config": cfg})
            self.assertIn("env.exit.unmasqueraded", [f["id"] for f in report["findings"]])
            e = self.d.call("explain", {"src": pooled, "dst": PROV_WEB, "iif": "lan0"})
            self.assertEqual((e["route"]["table"], e["route"]["dev"]), (2150, "vpn0"))
            self.assertIsNone(seen_source(lab, "client1", PROV_WEB, timeout=2))  # its own address: dropped
            cfg["nat"] = {"masquerade": [{"source": pooled + "/32", "out": "vpn0"}]}
            report = self.d.call("config.apply", {"config": cfg})
            self.assertNotIn("env.exit.unmasqueraded", [f["id"] for f in report["findings"]])
            self.assertEqual(seen_source(lab, "client1", PROV_WEB), PROV_SIDE)
            paths = {p["id"]: p for p in self.d.call("topology.get")["paths"]}
            self.assertEqual(paths["up:vpnusers"]["hops"], ["clients", "this", "exit:prov", "internet"])
            self.assertGreater(paths["up:vpnusers"]["packets"], 0)
            # The rules read back as they were written: nothing to redo.
            self.assertEqual(self.d.call("config.apply", {"config": cfg})["writes"], 0)
            self.assertEqual(seen_source(lab, "client2", net["web"]), net["main_wan"])
            self.assertEqual(seen_source(lab, "client2", PROV_WEB), other)  # the side's own route, no NAT
            # The tunnel goes down: its clients are refused in the exit's
            # table, never sent on to the main router; the others are not
            # touched. Back up, the exit carries them again, and the apply
            # state never turned to failed.
            table = lambda: lab.run("side", "ip", "route", "show", "table", "2150").stdout
            lab.ip("side", "link", "set", "vpn0", "down")
            try:
                self.assertTrue(wait_until(lambda: "dev vpn0" not in table()), table())
                self.assertIn("unreachable default", table())
                self.assertIsNone(seen_source(lab, "client1", net["web"], timeout=2))
                self.assertEqual(seen_source(lab, "client2", net["web"]), net["main_wan"])
                notes = [n["id"] for n in self.d.call("config.plan", {"config": cfg})["notes"]]
                self.assertIn("plan.exit.device_down", notes)
            finally:
                lab.ip("side", "link", "set", "vpn0", "up")
                lab.route("side", PROV_WEB + "/32", "via", PROV_END)
            self.assertTrue(wait_until(lambda: seen_source(lab, "client1", PROV_WEB, timeout=1) == PROV_SIDE), table())
            self.assertEqual(self.d.call("status.get")["apply"]["state"], "applied")
        finally:  # the other tests start from role none
            self.d.call("config.apply", {"config": {"version": 1}})

    def test_capture_on_without_a_pool_is_not_started_and_says_so(self):
        # The capture takes IPv4 pools' traffic only; a bypass router has none.
        cfg = {"version": 1, "role": "bypass-router", "interfaces": {"lan": ["lan0"]},
               "bypass": {"mainRouter": self.net["main_lan"], "address": self.net["side_lan"] + "/24"},
               "capture": {"mode": "on"}}
        try:
            report = self.d.call("config.apply", {"config": cfg})
            self.assertIn("env.capture.no_ipv4_pool", [f["id"] for f in report["findings"]])
            status = self.d.call("status.get")
            self.assertEqual(status["capture"], {"active": False, "idle": "no_ipv4_pool"})
            self.assertNotIn("byway0", self.lab.run("side", "ip", "-o", "link").stdout)
        finally:  # the other tests start from role none
            self.d.call("config.apply", {"config": {"version": 1}})

    def test_dhcp_server_checked_where_the_config_says_it_is(self):
        # bypass.dhcp names the LAN's one DHCP server; Byway serves none. A
        # socket on UDP 67 in the side router's namespace stands for one.
        cfg = {"version": 1, "role": "bypass-router", "interfaces": {"lan": ["lan0"]},
               "bypass": {"mainRouter": self.net["main_lan"], "address": self.net["side_lan"] + "/24"}}

        def dhcp_findings(dhcp):
            cfg["bypass"]["dhcp"] = dhcp
            v = self.d.call("config.validate", {"config": cfg})
            self.assertTrue(v["valid"])
            return [f["id"] for f in v["findings"] if f["path"] == "/bypass/dhcp"]

        self.assertEqual(dhcp_findings("main"), [])
        self.assertEqual(dhcp_findings("side"), ["env.dhcp.side_not_serving"])
        server = self.lab.popen("side", "python3", "-c", "import socket, sys; s = socket.socket(socket.AF_INET6, "
                                "socket.SOCK_DGRAM); s.bind(('::', 67)); print('bound', flush=True); sys.stdin.read()",
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(server.stdout.readline().strip(), "bound")
            self.assertEqual(dhcp_findings("side"), [])
            self.assertEqual(dhcp_findings("main"), ["env.dhcp.also_serving"])
            self.assertEqual(dhcp_findings("none"), ["env.dhcp.also_serving"])
        finally:
            server.stdin.close()
            server.wait(timeout=10)

    def test_secondary_router_main_router_is_on_its_wan(self):
        # The side box as a secondary router: WAN towards the main router
        # (lan0), its own LAN on alt0. The main router is the WAN's neighbour.
        cfg = {"version": 1, "role": "secondary-router", "interfaces": {"wan": ["lan0"], "lan": ["alt0"]},
               "bypass": {"mainRouter": self.net["main_lan"], "nat": True}}

        def warned():
            v = self.d.call("config.validate", {"config": cfg})
            self.assertTrue(v["valid"])
            return [f["id"] for f in v["findings"] if f["path"] == "/bypass/mainRouter"]

        self.assertEqual(warned(), [])
        # Behind its NAT the LAN is closed to the WAN side: a client there
        # with a route to the LAN (through this box) is dropped and counted;
        # without NAT it is routed.
        lab, net = self.lab, self.net
        lab.route("client1", "192.168.20.0/24", "via", net["side_lan"])
        try:
            self.d.call("config.apply", {"config": cfg})
            self.assertFalse(lab.ping("client1", net["main_alt"]))
            drops = {x["id"]: x["packets"] for x in self.d.call("topology.get")["drops"]}
            self.assertGreater(drops.get("inbound", 0), 0, drops)
            # explain says so: the return rule is only for replies, the drop ends it.
            e = self.d.call("explain", {"src": net["client_addrs"][0], "dst": net["main_alt"], "iif": "lan0"})
            rules = {r["id"]: r.get("onlyIf") for r in e["rules"] if r["chain"] == "forward"}
            self.assertEqual(rules.get("fwd.back:alt0"), "ct state established,related", rules)
            self.assertIn("fwd.in:alt0", rules)
            self.assertIsNone(rules["fwd.in:alt0"])
            cfg["bypass"]["nat"] = False
            self.d.call("config.apply", {"config": cfg})
            self.assertTrue(lab.ping("client1", net["main_alt"]))
            cfg["bypass"]["nat"] = True
        finally:
            lab.ip("client1", "route", "del", "192.168.20.0/24")
            self.d.call("config.apply", {"config": {"version": 1}})
        cfg["bypass"]["mainRouter"] = self.net["main_alt"]  # on the secondary's own LAN
        self.assertEqual(warned(), ["env.secondary.main_router_off_wan"])

    def test_ipv6_secondary_routing_on_the_alternate_port(self):
        lab, net = self.lab, self.net
        # The standard IPv6 secondary route: the main router routes the
        # clients' prefix to the side router's address on the alternate
        # bridge; the side router serves that prefix on the primary LAN.
        lab.addr("side", "lan0", "fd00:30::1/64")
        lab.addr("client1", "eth0", "fd00:30::101/64")
        lab.route("client1", "default", "via", "fd00:30::1")
        lab.route("main", "fd00:30::/64", "via", net["side_alt6"], "dev", "alt0")
        lab.route("upstream", "fd00:30::/64", "via", "fd00:51::1")
        lab.route("upstream", "fd00:20::/64", "via", "fd00:51::1")
        lab.sysctl("side", "net.ipv6.conf.all.forwarding", 0)
        start_echo(lab, "upstream", net["web6"])
        url = f"http://[{net['web6']}]:{ECHO_PORT}/"
        fetch = lambda: lab.run("client1", "curl", "-s", "-g", "--max-time", "3", url, check=False)  # noqa: E731
        self.assertNotEqual(fetch().returncode, 0, "IPv6 must not pass the side router before apply")

        cfg = {"version": 1, "role": "bypass-router",
               "interfaces": {"lan": ["lan0"], "alternate": "alt0"},
               "bypass": {"mainRouter": net["main_lan"], "address": net["side_lan"] + "/24", "ipv6Secondary": True},
               "ipv6": {"enabled": True, "egressTargets": [f"[{net['web6']}]:{ECHO_PORT}"]}}
        # IPv6 features stay off until egress is verified...
        plan = self.d.call("config.plan", {"config": cfg})
        self.assertTrue(any("IPv6 secondary routing is held off" in n["message"] for n in plan["notes"]), plan["notes"])
        # ...which bywayd does by itself after an apply that names egress
        # targets: the probe passes and IPv6 comes on without another apply.
        self.d.call("config.apply", {"config": cfg})
        forwarding = lambda: lab.run("side", "sysctl", "-n", "net.ipv6.conf.all.forwarding").stdout.strip()  # noqa: E731
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and forwarding() != "1":
            time.sleep(0.2)
        self.assertEqual(forwarding(), "1", "IPv6 forwarding did not come on after the egress probe")
        # A quick probe (no reachability) must not turn IPv6 off again.
        self.d.call("probe.run", {}, timeout=30)
        self.assertFalse(self.d.call("config.plan", {"config": cfg})["changes"])
        self.assertEqual(lab.run("side", "sysctl", "-n", "net.ipv6.conf.alt0.accept_ra").stdout.strip(), "2")
        r = fetch()
        self.assertEqual(r.returncode, 0, r.stderr)
        # No NAT for IPv6: upstream sees the client's own address.
        self.assertEqual(r.stdout.strip(), "fd00:30::101")
        # Both directions pass the side router, counted by Byway's rules.
        topo = self.d.call("topology.get")
        paths = {p["id"]: p for p in topo["paths"]}
        self.assertGreater(paths["up6"]["packets"], 0)
        self.assertGreater(paths["back6"]["packets"], 0)
        self.assertIn("alternate", paths["up6"]["hops"])
        # IPv4 is still the bypass: replies skip the side router.
        self.assertEqual(seen_source(lab, "client1", net["web"]), net["main_wan"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
