# SPDX-License-Identifier: GPL-3.0-or-later
"""The environment probe against the real kernel, each case in a fresh
network namespace: the mode and the reason turn as the environment does, and
a probe leaves the kernel exactly as it found it.

The probe runs as its CLI, byway-probe, found at $BYWAY_PROBE, else
$BYWAY_BIN_DIR/byway-probe or $BYWAY_BIN_DIR/probe/byway-probe, else
$BYWAY_BUILD_DIR/helper/probe/byway-probe, else the newest
<source>/build*/helper/probe/byway-probe. Also holds the helpers
test_probe_reach.py imports."""

import glob
import json
import os
import shutil
import subprocess
import unittest

from bywaylab import Lab, requirements_problem
from bywaylab.testing import cannot_run, main

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def probe_path():
    candidates = []
    if os.environ.get("BYWAY_PROBE"):
        candidates.append(os.environ["BYWAY_PROBE"])
    if os.environ.get("BYWAY_BIN_DIR"):
        candidates += [os.path.join(os.environ["BYWAY_BIN_DIR"], "byway-probe"),
                       os.path.join(os.environ["BYWAY_BIN_DIR"], "probe", "byway-probe")]
    if os.environ.get("BYWAY_BUILD_DIR"):
        candidates.append(os.path.join(os.environ["BYWAY_BUILD_DIR"], "helper", "probe", "byway-probe"))
    found = glob.glob(os.path.join(SOURCE_DIR, "build*", "helper", "probe", "byway-probe"))
    candidates += sorted(found, key=os.path.getmtime, reverse=True)
    for c in candidates:
        if os.access(c, os.X_OK):
            return c
    return None


def setup_problem(*tools):
    problem = requirements_problem()
    if problem:
        return problem
    if not probe_path():
        return "byway-probe is not built (ninja byway-probe; or set BYWAY_PROBE)"
    for t in tools:
        if not shutil.which(t):
            return f"`{t}` is not installed"
    return None


class ProbeCase(unittest.TestCase):
    tools = ()

    @classmethod
    def setUpClass(cls):
        problem = setup_problem(*cls.tools)
        if problem:
            cannot_run(problem)
        cls.probe = probe_path()
        cls.lab = Lab()
        cls.addClassCleanup(cls.lab.close)
        cls.count = 0

    def node(self, forwarding=True):
        """A fresh namespace per test: cases must not see each other's state."""
        type(self).count += 1
        name = f"p{type(self).count}"
        self.lab.add_node(name, forwarding=forwarding)
        return name

    def run_probe(self, node, *args, wrap=()):
        """Runs byway-probe in `node` (optionally under `wrap`, e.g. capsh) and
        returns (report, findings by code)."""
        argv = [*wrap, self.probe, *args] if not wrap else [*wrap, " ".join([self.probe, *args])]
        p = self.lab.run(node, *argv, check=False, timeout=60)
        self.assertEqual(p.returncode, 0, f"byway-probe failed: {p.stderr}")
        report = json.loads(p.stdout)
        return report, {f["code"]: f for f in report["findings"]}

    def assertFinding(self, codes, code, status, *mentions):
        self.assertIn(code, codes, f"{code} not reported; got {sorted(codes)}")
        f = codes[code]
        self.assertEqual(f["status"], status, json.dumps(f, indent=1))
        if status != "ok":
            for key in ("evidence", "consequence", "fix"):
                self.assertTrue(f[key], f"{code} has no {key}")
        text = json.dumps(f)
        for m in mentions:
            self.assertIn(m, text, f"{code} does not mention {m!r}: {text}")
        return f


def snapshot(lab, node):
    """What a probe must not change, read with the tools from outside."""
    cmds = {
        "nft": ["nft", "list", "ruleset"],
        "legacy4": ["iptables-legacy-save"],
        "legacy6": ["ip6tables-legacy-save"],
        "names4": ["cat", "/proc/net/ip_tables_names"],
        "names6": ["cat", "/proc/net/ip6_tables_names"],
        "rule4": ["ip", "-4", "rule"],
        "rule6": ["ip", "-6", "rule"],
        "routes4": ["ip", "-4", "route", "show", "table", "all"],
        "routes6": ["ip", "-6", "route", "show", "table", "all"],
        "links": ["ip", "-o", "link"],
        "sysctl": ["sh", "-c", "grep -r . /proc/sys/net/ipv4/ip_forward /proc/sys/net/ipv4/conf/*/rp_filter "
                               "/proc/sys/net/ipv6/conf/all/forwarding"],
    }
    out = {}
    for key, argv in cmds.items():
        p = lab.run(node, *argv, check=False)
        # iptables-save prints a timestamp comment; drop comment lines.
        out[key] = "\n".join(l for l in p.stdout.splitlines() if not l.startswith("#")) + f"\nrc={p.returncode}"
    return out


class TestProbeEnvironment(ProbeCase):
    tools = ("capsh", "unshare", "iptables-legacy", "iptables-nft", "nft")

    def test_everything_is_standard(self):
        n = self.node()
        report, codes = self.run_probe(n)
        self.assertEqual(report["mode"], "standard")
        self.assertEqual(report["modeReasons"], ["nft.ok", "cap.net_admin.ok"])
        for code in ("cap.net_admin.ok", "cap.net_raw.ok", "nft.ok", "tun.ok", "packet.ok", "fibrules.ok",
                     "sysctl.ip_forward.on", "mixed.none", "foreign.none"):
            self.assertFinding(codes, code, "ok")
        self.assertNotIn("capture.tun", report["featuresOff"])
        self.assertLess(report["durationUs"], 100_000)

    def test_probe_changes_nothing(self):
        n = self.node()
        # Give it something to read: a foreign nft table, a legacy filter
        # rule, policy routing. The legacy nat table must NOT get created.
        self.lab.nft(n, "table inet theirs {\n chain fw {\n type filter hook forward priority 0; policy accept\n"
                        " counter\n }\n}\n")
        self.lab.run(n, "iptables-legacy", "-A", "FORWARD", "-s", "10.1.0.0/24", "-j", "ACCEPT")
        self.lab.ip(n, "rule", "add", "fwmark", "0x100/0x3f00", "table", "100", "priority", "1000")
        before = snapshot(self.lab, n)
        self.assertNotIn("nat", before["names4"].split())
        monitor = self.lab.popen(n, "ip", "-o", "monitor", "link", "rule", "route",
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            import time
            time.sleep(0.3)
            for args in ((), ("--reach", "--target", "192.0.2.1:9", "--target", "[2001:db8::1]:9",
                              "--exit", "x:mark=0x10", "--timeout", "200")):
                self.run_probe(n, *args)
            time.sleep(0.3)
        finally:
            monitor.terminate()
            events = monitor.communicate(timeout=5)[0]
        after = snapshot(self.lab, n)
        for key in before:
            self.assertEqual(before[key], after[key], f"the probe changed {key}")
        self.assertEqual(events.strip(), "", f"the probe caused netlink events:\n{events}")
        # The snapshot does see the trap the probe avoids: listing the legacy
        # nat table the way the field's detection does instantiates it.
        self.lab.run(n, "iptables-legacy", "-t", "nat", "-L", "-n")
        self.assertIn("nat", snapshot(self.lab, n)["names4"].split())

    def test_without_net_admin_is_limited(self):
        n = self.node()
        report, codes = self.run_probe(n, wrap=("capsh", "--drop=cap_net_admin", "--", "-c"))
        self.assertEqual(report["mode"], "limited")
        self.assertIn("cap.net_admin.missing", report["modeReasons"])
        self.assertFinding(codes, "cap.net_admin.missing", "fail", "NET_ADMIN")
        self.assertFinding(codes, "nft.denied", "fail", "EPERM")
        self.assertFinding(codes, "tun.denied", "fail")
        for feature in ("standard.nat", "capture.tun", "routing.policy"):
            self.assertIn(feature, report["featuresOff"])

    def test_capabilities_of_a_child_user_namespace_do_not_count(self):
        n = self.node()
        # capget shows a full set inside `unshare -U`, but the network
        # namespace belongs to the parent user namespace: nothing works.
        report, codes = self.run_probe(n, wrap=("unshare", "-U", "-r", "sh", "-c"))
        self.assertEqual(report["mode"], "limited")
        self.assertFinding(codes, "cap.net_admin.missing", "fail", "does not reach this network namespace")
        self.assertTrue(codes["cap.net_admin.missing"]["data"]["foreignUserNamespace"])
        # A rootless container owns its network namespace: its capabilities count.
        report, codes = self.run_probe(n, wrap=("unshare", "-U", "-r", "-n", "sh", "-c"))
        self.assertEqual(report["mode"], "standard")
        self.assertFinding(codes, "cap.net_admin.ok", "ok", "owns this network namespace")

    def test_without_net_raw_loses_packet_capture(self):
        n = self.node()
        report, codes = self.run_probe(n, wrap=("capsh", "--drop=cap_net_raw", "--", "-c"))
        self.assertEqual(report["mode"], "standard")
        self.assertFinding(codes, "cap.net_raw.missing", "fail", "--cap-add NET_RAW")
        self.assertFinding(codes, "packet.denied", "fail", "--cap-add NET_RAW")
        self.assertIn("capture.packet", report["featuresOff"])

    def test_hidden_tun(self):
        n = self.node()
        # A private mount namespace with an empty /dev/net: the container
        # started without --device /dev/net/tun.
        report, codes = self.run_probe(n, wrap=("unshare", "-m", "--propagation", "private", "sh", "-c",
                                                "mount -t tmpfs none /dev/net && exec \"$0\" \"$@\""))
        self.assertFinding(codes, "tun.missing", "fail", "--device /dev/net/tun")
        self.assertIn("capture.tun", report["featuresOff"])
        self.assertEqual(report["mode"], "standard")  # nf_tables still works
        # Without NET_ADMIN as well nothing can capture: Limited, with both reasons.
        report, codes = self.run_probe(n, wrap=("unshare", "-m", "--propagation", "private", "sh", "-c",
                                                "mount -t tmpfs none /dev/net && exec capsh --drop=cap_net_admin "
                                                "-- -c \"$0 $*\""))
        self.assertEqual(report["mode"], "limited")
        self.assertFinding(codes, "tun.missing", "fail")

    def test_mixed_backends_are_named(self):
        n = self.node()
        self.lab.run(n, "iptables-legacy", "-t", "nat", "-A", "POSTROUTING", "-s", "10.9.0.0/24", "-j", "MASQUERADE")
        self.lab.nft(n, "table ip theirs {\n chain post {\n type nat hook postrouting priority 100\n }\n}\n")
        report, codes = self.run_probe(n)
        f = self.assertFinding(codes, "mixed.backends", "warn", "ip nat postrouting", "ip theirs post")
        self.assertIn({"legacy": "ip nat postrouting", "nftables": "ip theirs post (postrouting)"}, f["data"]["pairs"])
        self.assertFinding(codes, "legacy.nat.ok", "ok", "MASQUERADE")
        self.assertEqual(report["mode"], "standard")

    def test_legacy_rules_alone_on_our_hooks(self):
        n = self.node()
        self.lab.run(n, "iptables-legacy", "-t", "nat", "-A", "POSTROUTING", "-j", "MASQUERADE")
        _, codes = self.run_probe(n)
        self.assertFinding(codes, "mixed.legacy_rules", "warn", "ip nat postrouting")

    def test_foreign_forward_drops_are_named(self):
        n = self.node()
        self.lab.nft(n, "table inet fwx {\n chain fw {\n type filter hook forward priority 0; policy drop\n }\n}\n")
        self.lab.run(n, "iptables-nft", "-P", "FORWARD", "DROP")       # Docker on iptables-nft
        self.lab.run(n, "iptables-legacy", "-P", "FORWARD", "DROP")    # Docker on iptables-legacy
        report, _ = self.run_probe(n)
        drops = [f for f in report["findings"] if f["code"] == "foreign.policy_drop"]
        names = {(f["data"]["table"], f["data"]["chain"]) for f in drops}
        self.assertIn(("fwx", "fw"), names)
        self.assertIn(("filter", "FORWARD"), names)
        for f in drops:
            self.assertEqual(f["status"], "warn")
            self.assertIn("overridden", f["summary"])
            self.assertTrue(f["fix"])
        legacy = [f for f in report["findings"] if f["code"] == "foreign.legacy_policy_drop"]
        self.assertEqual(len(legacy), 1, report["findings"])

    def test_ip_forward_off(self):
        n = self.node(forwarding=False)
        _, codes = self.run_probe(n)
        self.assertFinding(codes, "sysctl.ip_forward.off", "warn", "net.ipv4.ip_forward=1")

    def test_strict_rp_filter(self):
        n = self.node()
        self.lab.ip(n, "link", "add", "bwpa", "type", "veth", "peer", "name", "bwpb")
        self.lab.sysctl(n, "net.ipv4.conf.all.rp_filter", 1)
        _, codes = self.run_probe(n)
        self.assertFinding(codes, "sysctl.rp_filter.strict", "warn", "rp_filter=2")
        self.assertFinding(codes, "sysctl.src_valid_mark.off", "warn")

    def test_other_owners(self):
        n = self.node()
        self.lab.ip(n, "rule", "add", "fwmark", "0x100/0x3f00", "table", "100", "priority", "1000")
        self.lab.ip(n, "rule", "add", "fwmark", "0x2023", "table", "2022", "priority", "9000")
        self.lab.nft(n, "table inet firewalld {\n chain c {\n type filter hook input priority 10\n"
                        " meta mark set 0x77\n }\n}\n")
        _, codes = self.run_probe(n)
        f = self.assertFinding(codes, "owners.found", "ok")
        self.assertEqual(set(f["data"]["owners"]), {"mwan3", "sing-box", "firewalld"})
        marks = {(m["mark"], m["owner"]) for m in f["data"]["marks"]}
        self.assertEqual(marks, {("0x100", "mwan3"), ("0x2023", "sing-box"), ("0x77", "firewalld")})
        self.assertIn({"table": 2022, "owner": "sing-box"}, f["data"]["tables"])
        self.assertIn({"priority": 9000, "owner": "sing-box"}, f["data"]["priorities"])


if __name__ == "__main__":
    main()
