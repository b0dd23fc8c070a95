# SPDX-License-Identifier: GPL-3.0-or-later
"""nftables through Byway's libnftnl code (byway-nft-tool), checked against
what the kernel holds, from outside, with nft. Also holds the helpers the
other test_nft*.py files import (functions only).

The tool is looked up in $BYWAY_BIN_DIR, then $BYWAY_BUILD_DIR/helper/netfilter,
then <source>/build*/helper/netfilter (newest first)."""

import glob
import json
import os
import re
import shutil
import tempfile
import subprocess
import unittest

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def tool_path():
    candidates = []
    if os.environ.get("BYWAY_BIN_DIR"):
        candidates.append(os.path.join(os.environ["BYWAY_BIN_DIR"], "byway-nft-tool"))
    if os.environ.get("BYWAY_BUILD_DIR"):
        candidates.append(os.path.join(os.environ["BYWAY_BUILD_DIR"], "helper", "netfilter", "byway-nft-tool"))
    found = glob.glob(os.path.join(SOURCE_DIR, "build*", "helper", "netfilter", "byway-nft-tool"))
    candidates += sorted(found, key=os.path.getmtime, reverse=True)
    for c in candidates:
        if os.access(c, os.X_OK):
            return c
    return None


def requirements_problem():
    if os.geteuid() != 0:
        return "needs root (network namespaces, nftables)"
    for binary in ("ip", "nft"):
        if not shutil.which(binary):
            return f"{binary} not installed"
    if not tool_path():
        return "byway-nft-tool not built (set BYWAY_BIN_DIR)"
    return None


def require(testcase):
    """Under CI=true a lab test that cannot run fails; elsewhere it skips."""
    problem = requirements_problem()
    if problem:
        if os.environ.get("CI") == "true":
            testcase.fail(f"lab test cannot run: {problem}")
        raise unittest.SkipTest(problem)


def run(argv, check=True, input=None, timeout=120):
    p = subprocess.run(argv, capture_output=True, text=True, input=input, timeout=timeout)
    if check and p.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} failed ({p.returncode}): {p.stderr.strip()}")
    return p


class Namespaces:
    """Namespaces bwn<pid>-<tag>, deleted in close() whatever happened."""

    def __init__(self):
        self.names = []

    def add(self, tag):
        name = f"bwn{os.getpid()}-{tag}"
        run(["ip", "netns", "add", name])
        self.names.append(name)
        run(["ip", "-n", name, "link", "set", "lo", "up"])
        return name

    def close(self):
        for name in reversed(self.names):
            pids = subprocess.run(["ip", "netns", "pids", name], capture_output=True, text=True).stdout.split()
            for pid in pids:
                try:
                    os.kill(int(pid), 9)
                except (ProcessLookupError, ValueError):
                    pass
            subprocess.run(["ip", "netns", "del", name], capture_output=True)
        self.names = []


def ns_run(ns, argv, **kw):
    return run(["ip", "netns", "exec", ns] + list(argv), **kw)


def tool(ns, *args, check=True):
    """Runs byway-nft-tool in `ns`; returns (parsed JSON or None, completed process)."""
    p = ns_run(ns, [tool_path()] + list(args), check=check)
    out = p.stdout.strip()
    try:
        return (json.loads(out) if out else None), p
    except json.JSONDecodeError:
        return None, p


def write_ir(tmpdir, name, ir):
    path = os.path.join(tmpdir, name)
    with open(path, "w") as f:
        json.dump(ir, f)
    return path


def listing(ns, table="inet byway", netlink=False):
    """`nft list table` with counters zeroed and handles dropped."""
    argv = ["nft"] + (["--debug=netlink"] if netlink else []) + ["list", "table"] + table.split()
    p = ns_run(ns, argv, check=False)
    if p.returncode != 0:
        return None
    text = re.sub(r"packets \d+ bytes \d+", "packets 0 bytes 0", p.stdout)
    text = re.sub(r"pkts \d+ bytes \d+", "pkts 0 bytes 0", text)
    return re.sub(r" # handle \d+", "", text)


def rule(rid, matches, statement):
    return {"id": rid, "match": matches, "statement": statement}


def gateway_ir(lan="lan0", wan="wan0", pool="10.20.0.0/24", name="byway", extra_forward=()):
    """The vpn-gateway shape: forward tunnel<->WAN, masquerade the pool, clamp MSS."""
    return {
        "name": name,
        "chains": [
            {"name": "forward", "type": "filter", "hook": "forward", "priority": 0, "policy": "accept",
             "rules": [
                 rule("fwd.mss", [{"kind": "tcp_syn"}], {"kind": "clamp_mss_pmtu"}),
                 rule(f"fwd.tunnel.{lan}", [{"kind": "iifname", "name": lan}, {"kind": "oifname", "name": wan}],
                      {"kind": "accept"}),
                 rule(f"fwd.return.{lan}", [{"kind": "iifname", "name": wan}, {"kind": "oifname", "name": lan},
                                            {"kind": "ct_state", "states": ["established", "related"]}],
                      {"kind": "accept"}),
                 *extra_forward,
             ]},
            {"name": "postrouting", "type": "nat", "hook": "postrouting", "priority": 100, "policy": "accept",
             "rules": [
                 rule("masq.0", [{"kind": "ip_saddr", "prefix": pool}, {"kind": "oifname", "name": wan}],
                      {"kind": "masquerade"}),
             ]},
        ],
    }


def foreign_setup(ns):
    ns_run(ns, ["nft", "-f", "-"], input="""
table inet other {
    chain input { type filter hook input priority 10; policy accept; tcp dport 22 counter accept; }
}
table ip nat {
    chain postrouting { type nat hook postrouting priority 100; policy accept; ip saddr 172.16.0.0/12 counter masquerade; }
}
""")


class NftRulesetTest(unittest.TestCase):
    def setUp(self):
        require(self)
        self.nets = Namespaces()
        self.addCleanup(self.nets.close)
        self.tmp = tempfile.mkdtemp(prefix="bwnft")
        self.addCleanup(shutil.rmtree, self.tmp, True)

    def test_apply_creates_table(self):
        ns = self.nets.add("a")
        res, _ = tool(ns, "apply", write_ir(self.tmp, "gw.json", gateway_ir()))
        self.assertTrue(res["written"])
        doc = json.loads(ns_run(ns, ["nft", "-j", "list", "table", "inet", "byway"]).stdout)["nftables"]
        chains = {o["chain"]["name"]: o["chain"] for o in doc if "chain" in o}
        self.assertEqual(set(chains), {"forward", "postrouting"})
        self.assertEqual((chains["forward"]["type"], chains["forward"]["hook"], chains["forward"]["prio"]),
                         ("filter", "forward", 0))
        self.assertEqual((chains["postrouting"]["type"], chains["postrouting"]["hook"]), ("nat", "postrouting"))
        rules = [o["rule"] for o in doc if "rule" in o]
        self.assertEqual([r["comment"] for r in rules],
                         ["fwd.mss", "fwd.tunnel.lan0", "fwd.return.lan0", "masq.0"])
        for r in rules:  # every rule counts
            self.assertTrue(any("counter" in e for e in r["expr"]), r)
        self.assertTrue(any("masquerade" in e for e in rules[3]["expr"]))
        state, _ = tool(ns, "read", "byway")
        self.assertEqual([r["id"] for r in state["rules"]], [r["comment"] for r in rules])

    def test_text_and_netlink_load_the_same(self):
        a, b = self.nets.add("a"), self.nets.add("b")
        ir = gateway_ir(extra_forward=[
            rule("fwd.v6", [{"kind": "ip6_saddr", "prefix": "fd00:20::/64"},
                            {"kind": "ip6_daddr", "prefix": "fd00::/7", "negate": True}], {"kind": "drop"}),
            rule("fwd.mark", [{"kind": "mark", "value": 256, "mask": 65280}], {"kind": "jump", "chain": "marks"}),
            rule("fwd.mss.ppp", [{"kind": "oifname", "name": "ppp*"}, {"kind": "tcp_syn"}],
                 {"kind": "clamp_mss", "value": 1240}),
        ])
        ir["chains"].append({"name": "marks", "rules": [
            rule("mark.wan", [], {"kind": "mark_set", "value": 512, "mask": 65280})]})
        ir["chains"].append({"name": "dns", "type": "nat", "hook": "output", "priority": -100, "policy": "accept",
                             "rules": [
                                 rule("dns.udp", [{"kind": "skgid", "value": 1001}, {"kind": "l4proto", "value": 17},
                                                  {"kind": "th_dport", "value": 53}],
                                      {"kind": "redirect", "port": 54}),
                                 rule("dns.tcp", [{"kind": "skuid", "value": 1000}, {"kind": "l4proto", "value": 6},
                                                  {"kind": "th_dport", "value": 53}],
                                      {"kind": "dnat", "address": "127.0.0.1", "port": 54})]})
        ir["chains"][1]["rules"].append(
            rule("snat.1", [{"kind": "ip_saddr", "prefix": "10.21.0.0/20"}], {"kind": "snat", "address": "192.0.2.1"}))
        path = write_ir(self.tmp, "full.json", ir)
        tool(a, "replace", path)
        text = run([tool_path(), "text", "--replace", path]).stdout
        ns_run(b, ["nft", "-f", "-"], input=text)
        self.assertIsNotNone(listing(a))
        self.assertEqual(listing(a), listing(b))
        self.assertEqual(listing(a, netlink=True), listing(b, netlink=True))
        # What nft -f loaded is also what the IR wants, to the last expression.
        res, _ = tool(b, "matches", path)
        self.assertTrue(res["matches"])

    def test_reapply_is_zero_writes_and_drift_is_seen(self):
        ns = self.nets.add("a")
        path = write_ir(self.tmp, "gw.json", gateway_ir())
        first, _ = tool(ns, "apply", path)
        self.assertTrue(first["written"])
        self.assertGreater(first["writes"], 0)
        again, _ = tool(ns, "apply", path)
        self.assertEqual((again["written"], again["writes"]), (False, 0))
        self.assertTrue(tool(ns, "matches", path)[0]["matches"])
        # Someone edits Byway's table: no longer a match; apply restores it.
        ns_run(ns, ["nft", "add", "rule", "inet", "byway", "forward", "counter", "drop"])
        self.assertFalse(tool(ns, "matches", path)[0]["matches"])
        handle = json.loads(ns_run(ns, ["nft", "-j", "-a", "list", "chain", "inet", "byway", "postrouting"]).stdout)
        masq = [o["rule"]["handle"] for o in handle["nftables"] if "rule" in o][0]
        ns_run(ns, ["nft", "replace", "rule", "inet", "byway", "postrouting", "handle", str(masq),
                    "ip", "saddr", "10.20.0.0/24", "oifname", "wan0", "counter", "masquerade", "comment", '"masq.0"'])
        self.assertTrue(tool(ns, "apply", path)[0]["written"])
        self.assertTrue(tool(ns, "matches", path)[0]["matches"])
        # A changed IR is not a match either.
        changed = write_ir(self.tmp, "gw2.json", gateway_ir(pool="10.20.1.0/24"))
        self.assertFalse(tool(ns, "matches", changed)[0]["matches"])

    def test_foreign_tables_survive(self):
        ns = self.nets.add("a")
        foreign_setup(ns)
        before = (listing(ns, "inet other"), listing(ns, "ip nat"))
        tool(ns, "apply", write_ir(self.tmp, "gw.json", gateway_ir()))
        tool(ns, "apply", write_ir(self.tmp, "gw2.json", gateway_ir(pool="10.30.0.0/16")))
        self.assertEqual((listing(ns, "inet other"), listing(ns, "ip nat")), before)
        tables, _ = tool(ns, "list")
        self.assertIn({"family": "inet", "name": "byway", "byway": True}, tables)
        self.assertIn({"family": "ip", "name": "nat", "byway": False}, tables)
        tool(ns, "remove", "byway")
        tool(ns, "remove", "byway")  # absent: fine
        self.assertIsNone(listing(ns))
        # Foreign names are refused, not touched.
        _, p = tool(ns, "remove", "other", check=False)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("not Byway's", p.stderr)
        foreign = gateway_ir(name="other")
        _, p = tool(ns, "replace", write_ir(self.tmp, "other.json", foreign), check=False)
        self.assertNotEqual(p.returncode, 0)
        self.assertEqual((listing(ns, "inet other"), listing(ns, "ip nat")), before)

    def test_failed_batch_changes_nothing(self):
        ns = self.nets.add("a")
        good = write_ir(self.tmp, "good.json", gateway_ir())
        tool(ns, "apply", good)
        before = (ns_run(ns, ["nft", "-a", "list", "ruleset"]).stdout,
                  ns_run(ns, ["nft", "--debug=netlink", "list", "ruleset"]).stdout)
        # Many valid rules, then one the kernel refuses: masquerade outside a
        # nat chain (the kernel's validate step says EOPNOTSUPP).
        many = [rule(f"fill.{i}", [{"kind": "ip_saddr", "prefix": f"10.{i // 250}.{i % 250}.0/24"}], {"kind": "accept"})
                for i in range(300)]
        bad = gateway_ir(pool="10.40.0.0/16", extra_forward=many + [
            rule("bad.masq", [{"kind": "oifname", "name": "wan0"}], {"kind": "masquerade"})])
        res, p = tool(ns, "apply", write_ir(self.tmp, "bad.json", bad), check=False)
        self.assertNotEqual(p.returncode, 0)
        self.assertIn("bad.masq", p.stderr)
        self.assertIn("kernel_failed", p.stderr)
        after = (ns_run(ns, ["nft", "-a", "list", "ruleset"]).stdout,
                 ns_run(ns, ["nft", "--debug=netlink", "list", "ruleset"]).stdout)
        self.assertEqual(after, before)  # byte-identical, handles included
        self.assertTrue(tool(ns, "matches", good)[0]["matches"])
        # On an empty namespace a failing first apply leaves no table behind.
        empty = self.nets.add("b")
        _, p = tool(empty, "apply", self.tmp + "/bad.json", check=False)
        self.assertNotEqual(p.returncode, 0)
        self.assertEqual(ns_run(empty, ["nft", "list", "ruleset"]).stdout.strip(), "")

    def test_monitor_reports_flush_of_byway_only(self):
        ns = self.nets.add("a")
        path = write_ir(self.tmp, "gw.json", gateway_ir())
        tool(ns, "apply", path)
        mon = subprocess.Popen(["ip", "netns", "exec", ns, tool_path(), "monitor", "3"],
                               stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(json.loads(mon.stdout.readline()), {"ready": True})
            ns_run(ns, ["nft", "add", "table", "inet", "foreign"])
            ns_run(ns, ["nft", "flush", "ruleset"])
            events = [json.loads(l) for l in mon.communicate(timeout=10)[0].splitlines()]
        finally:
            mon.kill()
        self.assertIn("table_deleted", [e["event"] for e in events])
        self.assertIn("masq.0", [e["id"] for e in events if e["event"] == "rule_deleted"])
        self.assertTrue(all(e["table"] == "byway" and e["pid"] > 0 for e in events), events)


if __name__ == "__main__":
    unittest.main()
