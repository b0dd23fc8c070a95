# SPDX-License-Identifier: GPL-3.0-or-later
"""Routes, FIB rules, addresses and sysctls through Byway's rtnetlink code
(byway-route-tool), checked from outside with `ip -j`, in namespaces of
their own (bwr<pid>-<tag>). Also holds the helpers test_route_mark.py
imports (functions only).

The tool is looked up in $BYWAY_BIN_DIR, then $BYWAY_BUILD_DIR/helper/routing,
then <source>/build*/helper/routing (newest first)."""

import glob
import json
import os
import shutil
import subprocess
import tempfile
import unittest

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def _find(name, subdir):
    candidates = []
    if os.environ.get("BYWAY_BIN_DIR"):
        candidates.append(os.path.join(os.environ["BYWAY_BIN_DIR"], name))
    if os.environ.get("BYWAY_BUILD_DIR"):
        candidates.append(os.path.join(os.environ["BYWAY_BUILD_DIR"], "helper", subdir, name))
    found = glob.glob(os.path.join(SOURCE_DIR, "build*", "helper", subdir, name))
    candidates += sorted(found, key=os.path.getmtime, reverse=True)
    for c in candidates:
        if os.path.exists(c):
            return c
    return None


def tool_path():
    return _find("byway-route-tool", "routing")


def mark_lib_path():
    return _find("libbywaymark.so", "markpreload")


def requirements_problem(need_lib=False):
    if os.geteuid() != 0:
        return "needs root (network namespaces, routes)"
    if not shutil.which("ip"):
        return "ip not installed"
    if not tool_path():
        return "byway-route-tool not built (set BYWAY_BIN_DIR)"
    if need_lib and not mark_lib_path():
        return "libbywaymark.so not built (set BYWAY_BIN_DIR)"
    return None


def require(testcase, need_lib=False):
    """Under CI=true a lab test that cannot run fails; elsewhere it skips."""
    problem = requirements_problem(need_lib)
    if problem:
        if os.environ.get("CI") == "true":
            testcase.fail(f"lab test cannot run: {problem}")
        raise unittest.SkipTest(problem)


def run(argv, check=True, env=None, timeout=60):
    p = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout)
    if check and p.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} failed ({p.returncode}): {p.stderr.strip()} {p.stdout.strip()}")
    return p


class Namespaces:
    """Namespaces bwr<pid>-<tag>, deleted in close() whatever happened."""

    def __init__(self):
        self.names = []

    def add(self, tag):
        name = f"bwr{os.getpid()}-{tag}"
        run(["ip", "netns", "add", name])
        self.names.append(name)
        run(["ip", "-n", name, "link", "set", "lo", "up"])
        return name

    def veth(self, ns_a, name_a, addr_a, ns_b, name_b, addr_b):
        run(["ip", "-n", ns_a, "link", "add", name_a, "type", "veth", "peer", "name", name_b, "netns", ns_b])
        for ns, name, addr in ((ns_a, name_a, addr_a), (ns_b, name_b, addr_b)):
            if addr:
                run(["ip", "-n", ns, "addr", "add", addr, "dev", name])
            run(["ip", "-n", ns, "link", "set", name, "up"])

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


def tool(ns, *args, check=True):
    p = run(["ip", "netns", "exec", ns, tool_path(), *args], check=False)
    if check and p.returncode != 0:
        raise AssertionError(f"byway-route-tool {' '.join(args)} failed ({p.returncode}): {p.stdout} {p.stderr}")
    return p.returncode, json.loads(p.stdout) if p.stdout.strip() else {}


def apply(ns, desired, check=True):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(desired, f)
    try:
        return tool(ns, "apply", f.name, check=check)
    finally:
        os.unlink(f.name)


def ipj(ns, *args):
    out = run(["ip", "-n", ns, "-j", *args]).stdout
    return json.loads(out) if out.strip() else []


def kernel_snapshot(ns):
    """Everything routing-related in the namespace, as text (for before/after)."""
    parts = []
    for fam in ("-4", "-6"):
        parts.append(run(["ip", "-n", ns, fam, "route", "show", "table", "all"]).stdout)
        parts.append(run(["ip", "-n", ns, fam, "rule", "show"]).stdout)
    parts.append(run(["ip", "-n", ns, "-4", "addr", "show"]).stdout)
    return "\n".join(parts)


WAN_DESIRED = {
    "routes": [
        {"table": 2101, "dst": "default", "gateway": "10.8.0.2", "dev": "b0"},
        {"table": 2101, "dst": "10.50.0.0/16", "dev": "b0"},
        {"table": 2102, "dst": "10.60.0.0/16", "type": "blackhole"},
        {"table": 2101, "dst": "2001:db8::/32", "type": "unreachable"},
    ],
    "rules": [
        {"priority": 1000, "fwmark": "0x10000", "fwmask": "0x10000", "table": 2101},
        {"priority": 1001, "from": "10.77.0.0/24", "table": 2102},
        {"family": "inet6", "priority": 1000, "fwmark": "0x10000", "fwmask": "0x10000", "table": 2101},
    ],
    "addresses": [{"address": "10.7.0.1/24", "dev": "c0"}],
}


def two_uplinks(nss):
    """r: a0 10.9.0.1 -> up1 (main default), b0 10.8.0.1 -> up2 (WAN table),
    c0 (a LAN side without address). Both uplinks answer on 203.0.113.10."""
    r, up1, up2, lan = nss.add("r"), nss.add("up1"), nss.add("up2"), nss.add("lan")
    nss.veth(r, "a0", "10.9.0.1/24", up1, "u1", "10.9.0.2/24")
    nss.veth(r, "b0", "10.8.0.1/24", up2, "u2", "10.8.0.2/24")
    nss.veth(r, "c0", None, lan, "l0", None)
    run(["ip", "-n", r, "route", "add", "default", "via", "10.9.0.2"])
    for up in (up1, up2):
        run(["ip", "-n", up, "addr", "add", "203.0.113.10/32", "dev", "lo"])
    return r, up1, up2, lan


class RouteLab(unittest.TestCase):
    def setUp(self):
        require(self)
        self.nss = Namespaces()
        self.addCleanup(self.nss.close)
        self.r, self.up1, self.up2, self.lan = two_uplinks(self.nss)

    def test_apply_creates_owned_objects_and_reapply_writes_nothing(self):
        rc, out = apply(self.r, WAN_DESIRED)
        self.assertEqual(out["writes"], 8, out)
        routes = ipj(self.r, "route", "show", "table", "2101")
        self.assertEqual({(x["dst"], x.get("gateway"), x.get("dev"), str(x.get("protocol"))) for x in routes},
                         {("default", "10.8.0.2", "b0", "183"), ("10.50.0.0/16", None, "b0", "183")})
        bh = ipj(self.r, "route", "show", "table", "2102")
        self.assertEqual([(x["type"], x["dst"]) for x in bh], [("blackhole", "10.60.0.0/16")])
        v6 = ipj(self.r, "-6", "route", "show", "table", "2101")
        self.assertEqual([(x["type"], x["dst"], str(x["protocol"])) for x in v6], [("unreachable", "2001:db8::/32", "183")])
        rules = {x["priority"]: x for x in ipj(self.r, "rule", "show")}
        self.assertEqual(rules[1000]["fwmark"], "0x10000")
        self.assertEqual(rules[1000]["fwmask"], "0x10000")
        self.assertEqual(rules[1000]["table"], "2101")
        self.assertEqual(str(rules[1000]["protocol"]), "183")
        self.assertEqual((rules[1001]["src"], rules[1001]["srclen"], rules[1001]["table"]), ("10.77.0.0", 24, "2102"))
        self.assertIn(1000, {x["priority"] for x in ipj(self.r, "-6", "rule", "show")})
        addrs = ipj(self.r, "addr", "show", "dev", "c0")[0]["addr_info"]
        self.assertIn(("10.7.0.1", 24), {(a["local"], a["prefixlen"]) for a in addrs})

        before = kernel_snapshot(self.r)
        rc, out = apply(self.r, WAN_DESIRED)
        self.assertEqual(out["writes"], 0, out)
        self.assertEqual(out["changes"], [])
        self.assertEqual(kernel_snapshot(self.r), before)

        # A changed desired state touches only the difference.
        changed = json.loads(json.dumps(WAN_DESIRED))
        changed["routes"][0]["gateway"] = "10.8.0.3"
        rc, out = apply(self.r, changed)
        self.assertEqual(out["writes"], 2, out)  # delete old default, add new one
        self.assertEqual([c["op"] for c in out["changes"]], ["delete", "add"])

    def test_foreign_rule_route_and_table_survive_apply_and_flush(self):
        # Foreign objects with the same keys as Byway's: same priority, same table.
        run(["ip", "-n", self.r, "rule", "add", "fwmark", "0x10000/0x10000", "priority", "1000", "lookup", "2101"])
        run(["ip", "-n", self.r, "route", "add", "10.98.0.0/16", "via", "10.8.0.2", "table", "2101"])
        run(["ip", "-n", self.r, "route", "add", "10.60.0.0/16", "via", "10.9.0.2", "table", "3000", "proto", "static"])
        run(["ip", "-n", self.r, "rule", "add", "from", "10.66.0.0/24", "priority", "1500", "lookup", "3000"])
        foreign_rules = [x for x in ipj(self.r, "rule", "show") if x["priority"] not in (0, 32766, 32767)]

        rc, out = apply(self.r, WAN_DESIRED)
        self.assertEqual(rc, 0, out)
        rules = ipj(self.r, "rule", "show")
        self.assertEqual(len([x for x in rules if x["priority"] == 1000]), 2)  # ours beside the foreign one
        rc, out = tool(self.r, "flush-owned")
        self.assertEqual(out["writes"], 8, out)

        left_rules = [x for x in ipj(self.r, "rule", "show") if x["priority"] not in (0, 32766, 32767)]
        self.assertEqual(left_rules, foreign_rules)
        self.assertEqual([x["dst"] for x in ipj(self.r, "route", "show", "table", "2101")], ["10.98.0.0/16"])
        self.assertEqual([x["dst"] for x in ipj(self.r, "route", "show", "table", "3000")], ["10.60.0.0/16"])
        self.assertEqual(ipj(self.r, "route", "show", "table", "2102"), [])
        self.assertNotIn("10.7.0.1", run(["ip", "-n", self.r, "addr", "show", "dev", "c0"]).stdout)
        # Flushing again finds nothing of Byway's.
        rc, out = tool(self.r, "flush-owned")
        self.assertEqual(out["writes"], 0, out)
        # Dumps filtered to owned objects never list the foreign ones.
        rc, dump = tool(self.r, "dump")
        self.assertEqual((dump["routes"], dump["rules"], dump["addresses"]), ([], [], []))

    def test_failure_part_way_leaves_the_kernel_as_before(self):
        run(["ip", "-n", self.r, "route", "add", "10.97.0.0/16", "via", "10.9.0.2", "table", "2101"])
        # A new namespace inherits the host's IPv4 forwarding: start from
        # off so the sysctl is one of the steps that must be undone.
        run(["ip", "netns", "exec", self.r, "sysctl", "-qw", "net.ipv4.ip_forward=0"])
        before = kernel_snapshot(self.r)
        forward_before = run(["ip", "netns", "exec", self.r, "cat", "/proc/sys/net/ipv4/ip_forward"]).stdout
        desired = {
            "sysctls": [{"key": "net/ipv4/ip_forward", "value": "1"}],
            "routes": [
                {"table": 2101, "dst": "10.1.0.0/16", "gateway": "10.8.0.2", "dev": "b0"},
                # No connected network holds 192.0.2.1: ENETUNREACH.
                {"table": 2101, "dst": "10.2.0.0/16", "gateway": "192.0.2.1"},
            ],
            "rules": [{"priority": 1000, "fwmark": "0x10000", "fwmask": "0x10000", "table": 2101}],
        }
        rc, out = apply(self.r, desired, check=False)
        self.assertEqual(rc, 1, out)
        self.assertEqual(out["error"]["data"]["errno"], 101, out)
        self.assertIn("192.0.2.1", out["error"]["message"])
        self.assertEqual(out["writes"], 3 + 2, out)  # three steps, two undone
        self.assertEqual(kernel_snapshot(self.r), before)
        self.assertEqual(run(["ip", "netns", "exec", self.r, "cat", "/proc/sys/net/ipv4/ip_forward"]).stdout, forward_before)

    def test_lookup_with_mark_names_table_gateway_and_device(self):
        apply(self.r, WAN_DESIRED)
        rc, marked = tool(self.r, "lookup", "--dst", "203.0.113.10", "--mark", "0x10000")
        self.assertEqual((marked["table"], marked["gateway"], marked["dev"], marked["prefsrc"]),
                         (2101, "10.8.0.2", "b0", "10.8.0.1"), marked)
        self.assertEqual(marked["rulePriority"], 1000)
        self.assertTrue(marked["owned"])
        rc, plain = tool(self.r, "lookup", "--dst", "203.0.113.10")
        self.assertEqual((plain["table"], plain["gateway"], plain["dev"], plain["prefsrc"]),
                         (254, "10.9.0.2", "a0", "10.9.0.1"), plain)
        self.assertFalse(plain["owned"])
        # A mark outside the mask bits does not select the table.
        rc, other = tool(self.r, "lookup", "--dst", "203.0.113.10", "--mark", "0x20000")
        self.assertEqual(other["table"], 254)
        # Forwarded traffic of a pool: iif + source pick the rule 1001 table.
        run(["ip", "-n", self.r, "route", "add", "10.77.0.0/24", "dev", "c0"])
        run(["ip", "netns", "exec", self.r, "sysctl", "-qw", "net.ipv4.ip_forward=1"])
        rc, pool = tool(self.r, "lookup", "--dst", "10.60.1.1", "--src", "10.77.0.5")
        # The kernel shows no FIB match for a blackhole; the tool explains it
        # from the dumps and says so.
        self.assertEqual((pool["table"], pool["type"], pool["rulePriority"], pool["matched"]),
                         (2102, "blackhole", 1001, "10.60.0.0/16"), pool)
        self.assertTrue(pool["derived"])
        rc, fwd = tool(self.r, "lookup", "--dst", "203.0.113.10", "--src", "10.77.0.5", "--iif", "c0")
        self.assertEqual((fwd["table"], fwd["dev"]), (254, "a0"), fwd)

    def test_sysctl_write_returns_previous_and_restores(self):
        key = "net/ipv4/conf/b0/rp_filter"
        rc, cur = tool(self.r, "sysctl", "get", key)
        rc, out = tool(self.r, "sysctl", "set", key, "2")
        self.assertEqual(out["previous"], cur["value"])
        self.assertEqual(run(["ip", "netns", "exec", self.r, "cat", "/proc/sys/" + key]).stdout.strip(), "2")
        rc, back = tool(self.r, "sysctl", "set", key, out["previous"])
        self.assertEqual(back["previous"], "2")
        self.assertEqual(run(["ip", "netns", "exec", self.r, "cat", "/proc/sys/" + key]).stdout.strip(), cur["value"])
        rc, bad = tool(self.r, "sysctl", "set", "net/ipv4/conf/../../../kernel/x", "1", check=False)
        self.assertEqual(rc, 1)
        rc, bad = tool(self.r, "sysctl", "set", "net/ipv4/conf/b0/rp_filter", "banana", check=False)
        self.assertEqual(rc, 1)
        # A ChangeSet with sysctls: applying twice writes once.
        desired = {"sysctls": [{"key": "net/ipv4/conf/all/src_valid_mark", "value": "1"}]}
        self.assertEqual(apply(self.r, desired)[1]["writes"], 1)
        self.assertEqual(apply(self.r, desired)[1]["writes"], 0)


if __name__ == "__main__":
    unittest.main()
