#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Faults: kill -9 during apply (repeatedly), a full disk and a read-only
config directory at config.set, and an interface of the config vanishing.
Each case: nothing half-applied in the kernel, no config lost or corrupted,
and a clear error or event."""

import json
import os
import random
import subprocess
import threading
import time
import unittest

from bywaylab import testing
from bywaylab.daemon import Bywayd
from bywaylab.rpc import RpcError
from bywaylab.testing import LabTestCase

KILLS = int(os.environ.get("BYWAY_FAULT_KILLS", "20"))
POOLS_A = int(os.environ.get("BYWAY_FAULT_POOLS_A", "60"))
POOLS_B = int(os.environ.get("BYWAY_FAULT_POOLS_B", "120"))


def big_config(pools, base=20):
    """A vpn-gateway with `pools` pools, each masqueraded: a table of a few hundred rules."""
    ps = [{"name": f"p{i}", "subnet": f"10.{base}.{i}.0/24", "users": []} for i in range(pools)]
    return {"version": 1, "role": "vpn-gateway",
            "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
            "pools": ps,
            "nat": {"masquerade": [{"source": p["subnet"], "out": "eth0"} for p in ps]}}


def normalized(nft_json):
    """The ruleset without handles and counter values (they differ per load)."""
    if not nft_json.strip():
        return None
    out = []
    for item in json.loads(nft_json)["nftables"]:
        if "metainfo" in item:
            continue
        (kind, body), = item.items()
        body = {k: v for k, v in body.items() if k != "handle"}
        if "expr" in body:
            body["expr"] = [e for e in body["expr"] if "counter" not in e]
        out.append({kind: body})
    return out


class FaultTest(LabTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The WAN big_config names must exist: bywayd refuses a vpn-gateway
        # whose WAN is not there.
        cls.lab.run(cls.net["router"], "ip", "link", "add", "eth0", "type", "veth", "peer", "name", "eth0p")

    def nft_table(self):
        p = self.lab.run(self.net["router"], "nft", "-j", "list", "table", "inet", "byway", check=False)
        return normalized(p.stdout) if p.returncode == 0 else None

    def own_daemon(self, name):
        """bywayd for one test; stopped (and its table removed) afterwards, so
        the next test's bywayd is the only one repairing `inet byway`."""
        d = self.start_bywayd(name)
        self.addCleanup(lambda: self.lab.run(self.net["router"], "nft", "delete", "table", "inet", "byway",
                                             check=False))
        self.addCleanup(d.stop)
        return d

    def test_kill9_during_apply(self):
        d = self.own_daemon("kill9")
        a, b = big_config(POOLS_A, 20), big_config(POOLS_B, 30)
        d.call("config.apply", {"config": a}, timeout=60)
        table_a = self.nft_table()
        d.call("config.apply", {"config": b}, timeout=60)
        table_b = self.nft_table()
        self.assertIsNotNone(table_a)
        self.assertNotEqual(table_a, table_b)
        rng = random.Random(8)
        seen = {"a": 0, "b": 0}
        for i in range(KILLS):
            old, new = (a, b) if i % 2 == 0 else (b, a)
            conn = d.rpc()
            conn.send("config.apply", {"config": new})
            time.sleep(rng.uniform(0, 0.03))  # somewhere inside validate -> batch -> verify -> store
            os.kill(d.pid, 9)
            d.process.wait(timeout=10)
            conn.close()
            table = self.nft_table()
            self.assertIn(table, (table_a, table_b), f"kill {i}: kernel holds a third ruleset")
            seen["a" if table == table_a else "b"] += 1
            d.start()  # restart reconciles the kernel to the stored config
            stored = d.call("config.get")["config"]
            self.assertIn(stored["pools"], (a["pools"], b["pools"]), f"kill {i}: stored config corrupted")
            want = table_a if stored["pools"] == a["pools"] else table_b
            self.assertEqual(self.nft_table(), want, f"kill {i}: not reconciled to the stored config")
            with open(d.config_path) as f:
                json.load(f)  # the file on disk parses
            # Bring the kernel and store back to `old` for the next round's "old".
            d.call("config.apply", {"config": old}, timeout=60)
        print(f"kill -9 x{KILLS}: kernel held A {seen['a']} times, B {seen['b']} times; always one of them")

    def storage_daemon(self, name):
        d = Bywayd(self.lab, self.net["router"], name=f"test_faults-{name}")
        cfgdir = os.path.join(d.dir, "etc")
        os.makedirs(cfgdir)
        d.config_path = os.path.join(cfgdir, "byway.json")
        self.addCleanup(lambda: subprocess.run(["umount", "-l", cfgdir], capture_output=True))
        self.addCleanup(d.stop)
        return d, cfgdir

    def assertStorageFailed(self, d, before_rev, before_bytes):
        cfg = d.call("config.get")["config"]
        cfg["debug"] = {"categories": ["probe"]}
        cfg["pools"] = [{"name": f"p{i}", "subnet": f"10.9.{i}.0/24", "users": []} for i in range(40)]
        with self.assertRaises(RpcError) as ctx:
            d.call("config.set", {"config": cfg})
        err = ctx.exception.error
        self.assertEqual(err["data"]["code"], "storage_failed", err)
        self.assertTrue(err["message"], err)
        self.assertEqual(d.call("config.get")["revision"], before_rev)
        with open(d.config_path, "rb") as f:
            self.assertEqual(f.read(), before_bytes, "old config changed on disk")
        self.assertTrue(d.alive())

    def test_full_disk(self):
        d, cfgdir = self.storage_daemon("fulldisk")
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", cfgdir], check=True)
        d.start()
        d.call("config.set", {"config": d.call("config.get")["config"]})
        rev = d.call("config.get")["revision"]
        with open(d.config_path, "rb") as f:
            before = f.read()
        # Fill what is left (tmpfs counts pages: write until ENOSPC).
        try:
            with open(os.path.join(cfgdir, "filler"), "wb") as f:
                while True:
                    f.write(b"x" * 1024)
                    f.flush()
        except OSError:
            pass
        self.assertStorageFailed(d, rev, before)

    def test_readonly_dir(self):
        d, cfgdir = self.storage_daemon("readonly")
        d.start()
        d.call("config.set", {"config": d.call("config.get")["config"]})
        rev = d.call("config.get")["revision"]
        with open(d.config_path, "rb") as f:
            before = f.read()
        # In bywayd's own mount namespace (`ip netns exec` gave it one; the
        # host's / may not propagate new mounts into it).
        ns = ["nsenter", "-t", str(d.pid), "-m"]
        subprocess.run(ns + ["mount", "--bind", cfgdir, cfgdir], check=True)
        subprocess.run(ns + ["mount", "-o", "remount,ro,bind", cfgdir], check=True)
        self.assertStorageFailed(d, rev, before)

    def test_interface_vanishes(self):
        node = self.net["router"]
        self.lab.run(node, "ip", "link", "add", "flt0", "type", "veth", "peer", "name", "flt1")
        self.lab.run(node, "ip", "link", "set", "flt0", "up")
        d = self.own_daemon("vanish")
        cfg = big_config(2, 40)
        cfg["interfaces"]["wan"] = ["flt0"]
        for m in cfg["nat"]["masquerade"]:
            m["out"] = "flt0"
        d.call("config.apply", {"config": cfg}, timeout=60)
        before = self.nft_table()
        self.lab.run(node, "ip", "link", "del", "flt0")
        time.sleep(1)
        # Name-based nftables matches stay valid without the device; bywayd
        # keeps serving, keeps its table, and plan/apply still answer.
        self.assertTrue(d.alive())
        self.assertEqual(d.call("status.get")["config"]["revision"] > 0, True)
        self.assertEqual(self.nft_table(), before)
        plan = d.call("config.plan", {})
        self.assertIn("changes", plan)
        try:
            d.call("config.apply", {"config": cfg}, timeout=60)
        except RpcError as e:
            self.assertIn(e.error["data"]["code"], ("kernel_failed", "validation_failed", "unavailable"), e.error)
        self.assertTrue(d.alive())


if __name__ == "__main__":
    testing.main()
