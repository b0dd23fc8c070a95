#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Truth on every surface: what bywayd accepts, warns and shows matches what
the kernel will do. One verdict for validate, set, plan and apply (same
errors, same paths); environment findings from the live box (VPN peers
outside every pool, a missing interface, a missing group, a non-loopback
resolver, a foreign policy-drop chain, an exit the path cannot realise);
VPN clients outside the pool never leave the WAN un-NATed; drift names what
drifted; probe findings seen against the role.

The VPN tunnel is a veth named vpns0 with point-to-point addresses, as
ocserv sets them: the server's 10.66.0.1 peer 10.66.0.50."""

import re
import subprocess
import time
import unittest

from bywaylab.rpc import RpcError
from bywaylab.testing import LabTestCase

SERVER_POOL = "10.66.0.0/24"   # what the VPN server hands out
BYWAY_POOL = "10.67.0.0/24"    # what Byway was told: the field note's mismatch
PEER = "10.66.0.50"

WATCH = """
table ip watch {
    chain pre {
        type filter hook prerouting priority -300; policy accept;
        ip saddr 10.66.0.0/16 counter
    }
}
"""


class TruthTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lab = cls.lab
        lab.link("client", "vpn0", "router", "vpns0")
        lab.ip("router", "addr", "add", "10.66.0.1", "peer", PEER, "dev", "vpns0")
        lab.ip("client", "addr", "add", PEER, "peer", "10.66.0.1", "dev", "vpn0")
        lab.ip("client", "route", "add", f"{cls.net['web']}/32", "via", "10.66.0.1", "dev", "vpn0", "src", PEER)
        # Upstream counts what arrives from the VPN server's subnet: un-NATed leaks.
        lab.nft("upstream", WATCH)
        lab.ip("upstream", "route", "add", SERVER_POOL, "via", cls.net["router_wan"])
        lab.start_web("upstream", cls.net["web"])
        cls.d = cls.start_bywayd("router")

    def gateway(self, pool=BYWAY_POOL, **extra):
        c = {"version": 1, "role": "vpn-gateway",
             "interfaces": {"wan": ["wan0"], "tunnels": ["vpns*"]},
             "pools": [{"name": "vpn", "subnet": pool, "users": [{"name": "alice", "address": pool.replace(".0/24", ".9")}]}],
             "nat": {"masquerade": [{"source": pool, "out": "wan0"}]}}
        c.update(extra)
        return c

    def refused(self, method, params):
        with self.assertRaises(RpcError, msg=f"{method} accepted it") as cm:
            self.d.call(method, params)
        self.assertEqual(cm.exception.code, "validation_failed")
        return cm.exception.data

    def one_verdict(self, cfg):
        """validate, set, plan and apply refuse with the same errors and paths."""
        before = self.d.call("config.get")["revision"]
        answers = [self.refused(m, {"config": cfg}) for m in ("config.validate", "config.set", "config.plan", "config.apply")]
        keyed = [sorted((e["path"], e.get("id"), e["message"]) for e in a["errors"]) for a in answers]
        for k in keyed[1:]:
            self.assertEqual(k, keyed[0])
        self.assertEqual(self.d.call("config.get")["revision"], before, "a refused config was stored")
        return answers[0]["errors"]

    def upstream_leaks(self):
        out = self.lab.run("upstream", "nft", "list", "table", "ip", "watch").stdout
        return int(re.search(r"counter packets (\d+)", out).group(1))

    def byway_counter(self, rule_id):
        out = self.lab.run("router", "nft", "list", "chain", "inet", "byway", "forward").stdout
        total = 0
        for line in out.splitlines():
            if f'"{rule_id}' in line:
                m = re.search(r"packets (\d+)", line)
                total += int(m.group(1)) if m else 0
        return total

    def test_1_peers_outside_every_pool(self):
        cfg = self.gateway()
        outside = lambda findings: [f for f in findings if f.get("id") == "env.pool.peers_outside"]
        v = self.d.call("config.validate", {"config": cfg})
        self.assertTrue(v["valid"])
        [f] = outside(v["findings"])
        self.assertIn(PEER, f["message"])
        self.assertIn(BYWAY_POOL, f["message"])
        self.assertEqual(f["severity"], "warning")
        self.assertIn("vpns0", f["args"]["interfaces"])
        self.assertEqual(len(outside(self.d.call("config.plan", {"config": cfg})["findings"])), 1)
        applied = self.d.call("config.apply", {"config": cfg})
        self.assertEqual(len(outside(applied["findings"])), 1)
        # Every surface says it: status, topology, the probe.
        time.sleep(1.1)  # findings are looked at once a second at most
        self.assertEqual(len(outside(self.d.call("status.get")["findings"])), 1)
        self.assertEqual(len(outside(self.d.call("topology.get")["findings"])), 1)
        self.assertEqual(len(outside(self.d.call("probe.run", {"checks": ["sysctl"]})["configFindings"])), 1)
        status = self.d.ctl("status")
        self.assertIn(PEER, status.stdout + status.stderr)

        # explain says where such a flow goes: in no pool, into the counted drop.
        e = self.d.call("explain", {"src": PEER, "dst": self.net["web"], "iif": "vpns0", "proto": "tcp", "dport": 80})
        self.assertFalse(e["inPool"])
        self.assertIn(f"in no pool ({BYWAY_POOL})", e["text"])
        ids = [r["id"] for r in e["rules"]]
        self.assertIn("fwd.foreign:vpns*", ids)
        self.assertNotIn("fwd.out:vpns*", ids)
        # A question explain cannot answer is refused at its field, not
        # answered for another flow (a mark that is no number, a port on icmp).
        for params, field in (({"iif": "nosuch0"}, "/iif"), ({"proto": "icmp", "dport": 80}, "/dport")):
            with self.assertRaises(RpcError) as cm:
                self.d.call("explain", {"src": PEER, "dst": self.net["web"], **params})
            self.assertEqual((cm.exception.code, cm.exception.data.get("field")), ("invalid_params", field))
        bad_mark = self.d.ctl("explain", PEER, self.net["web"], "--mark", "0xzz")
        self.assertNotEqual(bad_mark.returncode, 0)
        self.assertIn("--mark takes a mark", bad_mark.stderr)

        # The peer's traffic never leaves the WAN un-NATed: dropped and counted.
        leaks = self.upstream_leaks()
        for _ in range(3):
            self.lab.curl("client", f"http://{self.net['web']}/", timeout=1)
        self.assertEqual(self.upstream_leaks(), leaks, "un-NATed VPN client packets reached the upstream")
        self.assertGreater(self.byway_counter("fwd.foreign:"), 0, "the dropped packets were not counted:\n"
                           + self.lab.run("router", "nft", "list", "table", "inet", "byway").stdout)
        # And topology.get shows that count on the VPN path (the GUI's Topology page).
        drops = [x for x in self.d.call("topology.get").get("drops", []) if x["reason"] == "source-outside-pools"]
        self.assertEqual(len(drops), 1, drops)
        self.assertTrue(drops[0]["ruleIds"][0].startswith("fwd.foreign:"), drops)
        self.assertGreater(drops[0]["packets"], 0, drops)
        # A viewer that connects asks for the last probe, not a new one.
        self.assertIn("findings", self.d.call("probe.get"))

        # With the pools agreeing, the same client gets through, masqueraded.
        agreed = self.gateway(pool=SERVER_POOL)
        self.assertFalse(outside(self.d.call("config.apply", {"config": agreed})["findings"]))
        ok, body = self.lab.curl("client", f"http://{self.net['web']}/", timeout=3)
        self.assertTrue(ok, body)
        self.assertEqual(self.upstream_leaks(), leaks, "the client's own address reached the upstream")

    def test_2_unrealisable_exits_refused(self):
        cfg = self.gateway(pool=SERVER_POOL)
        cfg["exits"] = [{"name": "proxy", "type": "socks5", "server": "10.0.2.2", "port": 1080},
                        {"name": "dev-only", "type": "direct", "device": "wan0"}]
        cfg["pools"][0]["users"][0]["exit"] = "proxy"
        cfg["pools"][0]["exit"] = "dev-only"
        cfg["capture"] = {"mode": "off"}
        errors = self.one_verdict(cfg)
        by_path = {e["path"]: e for e in errors}
        self.assertEqual(by_path["/pools/0/users/0/exit"]["id"], "env.exit.socks_needs_capture")
        self.assertIn("alice", by_path["/pools/0/users/0/exit"]["message"])
        self.assertIn("proxy", by_path["/pools/0/users/0/exit"]["message"])
        self.assertEqual(by_path["/pools/0/exit"]["id"], "env.exit.device_only")
        self.assertIn("dev-only", by_path["/pools/0/exit"]["message"])

    def test_3_missing_interface(self):
        cfg = self.gateway(pool=SERVER_POOL)
        cfg["interfaces"]["wan"] = ["wan1"]
        cfg["nat"]["masquerade"][0]["out"] = "wan1"
        [e] = [e for e in self.one_verdict(cfg) if e["path"] == "/interfaces/wan/0"]
        self.assertEqual(e["args"]["suggestion"], "wan0")
        self.assertIn("lan0", e["args"]["existing"])
        # With the config's own mistakes, in the same answer, not one round later;
        # the CLI prints each problem's fix.
        cfg["pools"][0]["subnet"] = "10.66.0.1/24"
        paths = sorted(e["path"] for e in self.one_verdict(cfg))
        self.assertIn("/interfaces/wan/0", paths)
        self.assertIn("/pools/0/subnet", paths)
        refused = self.d.ctl("config", "validate", self.d.write_json("two-kinds.json", cfg))
        self.assertEqual(refused.returncode, 5, refused.stderr)
        self.assertIn("fix: Did you mean wan0?", refused.stderr)
        # Not needed by the role: a warning that names it, nothing refused.
        cfg = self.gateway(pool=SERVER_POOL)
        cfg["interfaces"]["lan"] = ["lna0"]
        v = self.d.call("config.validate", {"config": cfg})
        [w] = [f for f in v["findings"] if f["path"] == "/interfaces/lan/0"]
        self.assertEqual((w["severity"], w["args"]["suggestion"]), ("warning", "lan0"))

    def wan_separated(self, **dns):
        return {"version": 1, "role": "wan-separated", "interfaces": {"wan": ["wan0"]},
                "exits": [{"name": "wan", "type": "direct", "mark": 0x10000, "table": 2200}],
                "dns": dns}

    def test_4_missing_group_and_foreign_resolver(self):
        errors = self.one_verdict(self.wan_separated(wanResolver="127.0.0.1:54", redirectGroup="no-such-group-bw"))
        self.assertEqual([(e["path"], e["id"]) for e in errors], [("/dns/redirectGroup", "env.group.missing")])
        errors = self.one_verdict(self.wan_separated(wanResolver="192.0.2.53:53", redirectGroup="root"))
        self.assertEqual([(e["path"], e["id"]) for e in errors], [("/dns/wanResolver", "env.dns.resolver_not_loopback")])
        self.assertIn("192.0.2.53", errors[0]["message"])
        # Byway runs no resolver: one that is not there, and one nothing is
        # sent to, are said at the resolver.
        def resolver_findings(**dns):
            v = self.d.call("config.validate", {"config": self.wan_separated(**dns)})
            return [f["id"] for f in v["findings"] if f["path"] == "/dns/wanResolver"]

        self.assertEqual(resolver_findings(wanResolver="127.0.0.1:54", redirectGroup="root"),
                         ["env.dns.resolver_not_listening"])
        self.assertEqual(resolver_findings(wanResolver="127.0.0.1:54"), ["env.dns.resolver_unused"])
        resolver = self.lab.popen("router", "python3", "-c", "import socket, sys; s = socket.socket(socket.AF_INET, "
                                  "socket.SOCK_DGRAM); s.bind(('127.0.0.1', 54)); print('bound', flush=True); "
                                  "sys.stdin.read()", stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(resolver.stdout.readline().strip(), "bound")
            self.assertEqual(resolver_findings(wanResolver="127.0.0.1:54", redirectGroup="root"), [])
        finally:
            resolver.stdin.close()
            resolver.wait(timeout=10)

    def test_5_foreign_policy_drop_reported(self):
        self.lab.nft("router", "table inet userfw {\n chain fw_forward {\n type filter hook forward priority 0; policy drop;\n }\n}\n")
        try:
            cfg = self.gateway(pool=SERVER_POOL)
            for method in ("config.plan", "config.apply"):
                found = [f for f in self.d.call(method, {"config": cfg})["findings"]
                         if f.get("id") == "env.foreign.policy_drop"]
                self.assertEqual(len(found), 1, method)
                self.assertEqual((found[0]["args"]["table"], found[0]["args"]["chain"]), ("userfw", "fw_forward"))
            plan = self.d.ctl("plan")
            self.assertIn("userfw", plan.stdout)
            # explain names it on the flow's path. No --iif: the flow arrives
            # where the route back to its source points.
            e = self.d.call("explain", {"src": PEER, "dst": self.net["web"]})
            self.assertEqual((e["iif"], e["iifInferred"]), ("vpns0", True))
            self.assertIn("fwd.out:vpns*", [r["id"] for r in e["rules"]])
            self.assertEqual([(f["table"], f["chain"], f["policyDrop"]) for f in e["foreign"]],
                             [("userfw", "fw_forward", True)])
            self.assertIn("userfw", e["text"])
            # A flow to the box itself is delivered, never forwarded: no forward rules, no forward chain.
            e = self.d.call("explain", {"src": PEER, "dst": "10.66.0.1"})
            self.assertTrue(e["local"])
            self.assertEqual((e["foreign"], [r for r in e["rules"] if "fwd" in r["id"]]), ([], []))
        finally:
            self.lab.run("router", "nft", "delete", "table", "inet", "userfw")

    def test_6_drift_names_the_deleted_rule(self):
        self.d.call("config.apply", {"config": self.gateway(pool=SERVER_POOL)})
        listing = self.lab.run("router", "nft", "-a", "list", "chain", "inet", "byway", "postrouting").stdout
        handle = re.search(r'"masq:0".*# handle (\d+)', listing).group(1)
        self.lab.run("router", "nft", "delete", "rule", "inet", "byway", "postrouting", "handle", handle)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and "missing postrouting masq:0" not in self.d.log_text():
            time.sleep(0.1)
        self.assertIn("drift: nftables: table inet byway differs: missing postrouting masq:0", self.d.log_text())

    def test_7_probe_findings_against_the_role(self):
        cfg = self.wan_separated()
        self.d.call("config.apply", {"config": cfg})
        self.lab.sysctl("router", "net.ipv4.ip_forward", "0")
        try:
            report = self.d.call("probe.run", {"checks": ["sysctl"]})
            [f] = [f for f in report["findings"] if f["code"] == "sysctl.ip_forward.off"]
            self.assertEqual(f["status"], "info", "ip_forward off matters nothing to a wan-separated box")
            self.assertEqual(f["note"]["id"], "probe.not_for_role")
            # The role that needs it: Byway turns it on, and the probe after the apply says so.
            self.d.call("config.apply", {"config": self.gateway(pool=SERVER_POOL)})
            deadline = time.monotonic() + 10
            codes = []
            while time.monotonic() < deadline:
                codes = [f["code"] for f in self.d.call("probe.run", {"checks": ["sysctl"]})["findings"]]
                if "sysctl.ip_forward.on" in codes:
                    break
                time.sleep(0.2)
            self.assertIn("sysctl.ip_forward.on", codes)
        finally:
            self.lab.sysctl("router", "net.ipv4.ip_forward", "1")


if __name__ == "__main__":
    unittest.main(verbosity=2)
