#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`bywayd --cleanup` loses nothing:
- while a bywayd serves the same state directory it refuses (non-zero, naming
  that daemon's pid and socket) and changes nothing: kernel state, sysctls
  and applied.json stay as they were;
- a restart keeps the sysctl values Byway found (sysctlOrigin is never
  overwritten with Byway's own values), also after a crash (SIGKILL: the lock
  dies with the process);
- cleanup after the restarts puts ip_forward, rp_filter & co back to what the
  box had before Byway first ran, and removes Byway's table and rules."""

import json
import os
import signal
import time
import unittest

from bywaylab import paths
from bywaylab.testing import LabTestCase, main

BYPASS = {"version": 1, "role": "bypass-router",
          "interfaces": {"lan": ["lan0"]},
          "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24", "dhcp": "main"}}
# What the box had before Byway: deliberately not what a bypass router wants.
ORIGINAL = {"net.ipv4.ip_forward": "0", "net.ipv4.conf.all.rp_filter": "1",
            "net.ipv4.conf.lan0.rp_filter": "1", "net.ipv4.conf.default.rp_filter": "1"}


class CleanupTest(LabTestCase):
    topology = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lab = cls.lab
        lab.add_node("mainrouter")
        lab.link("router", "lan0", "mainrouter", "eth0")
        lab.addr("router", "lan0", "192.168.10.2/24")
        lab.addr("mainrouter", "eth0", "192.168.10.1/24")
        for key, value in ORIGINAL.items():
            lab.sysctl("router", key, value)

    def sysctl(self, key):
        return self.lab.run("router", "sysctl", "-n", key).stdout.strip()

    def sysctls(self):
        out = self.lab.run("router", "sysctl", "-a", check=False).stdout
        values = {}
        for line in out.splitlines():
            key, sep, value = line.partition(" = ")
            if sep and key.startswith(("net.ipv4.", "net.ipv6.")):
                values[key] = value.strip()
        return values

    def cleanup(self, d):
        return self.lab.run("router", paths.bywayd(), "--cleanup", "--state-dir", d.state_dir, check=False)

    def applied(self, d):
        with open(os.path.join(d.state_dir, "applied.json")) as f:
            return json.load(f)

    def origin(self, d):
        """sysctlOrigin with sysctl(8)'s dotted keys (bywayd keeps /proc/sys paths)."""
        return {k.replace("/", "."): v for k, v in self.applied(d)["sysctlOrigin"].items()}

    def byway_state(self):
        tables = self.lab.run("router", "nft", "list", "tables").stdout
        rules = self.lab.run("router", "ip", "-N", "rule").stdout
        return ("byway" in tables, "proto 183" in rules or "proto byway" in rules)

    def test_refused_while_running_then_restores_the_originals_after_restarts(self):
        before = self.sysctls()
        for key, value in ORIGINAL.items():
            self.assertEqual(before[key], value, key)

        d = self.start_bywayd("router")
        self.addCleanup(d.stop)
        d.call("config.apply", {"config": BYPASS})
        self.assertEqual(self.sysctl("net.ipv4.ip_forward"), "1", "a bypass router forwards")
        origin = self.origin(d)
        self.assertEqual(origin.get("net.ipv4.ip_forward"), "0", origin)
        # Byway's own changes (the kernel's side effects of ip_forward, e.g.
        # accept_redirects, are not Byway's to record: they follow ip_forward back).
        for key in ("net.ipv4.ip_forward", "net.ipv4.conf.lan0.rp_filter"):
            self.assertNotEqual(self.sysctl(key), before[key], f"the bypass config did not change {key}")
            self.assertIn(key, origin, f"{key} changed by Byway but its original is not recorded")
        state_before = self.byway_state()
        self.assertEqual(state_before, (True, True))
        with open(os.path.join(d.state_dir, "applied.json"), "rb") as f:
            applied_bytes = f.read()
        live = self.sysctls()

        # 1. Refused while bywayd runs: says who, changes nothing.
        p = self.cleanup(d)
        self.assertNotEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertIn("refused", p.stderr)
        self.assertIn(f"pid {d.pid}", p.stderr)
        self.assertIn(d.socket, p.stderr)
        self.assertEqual(self.sysctls(), live, "a refused cleanup changed sysctls")
        self.assertEqual(self.byway_state(), state_before, "a refused cleanup changed the kernel")
        with open(os.path.join(d.state_dir, "applied.json"), "rb") as f:
            self.assertEqual(f.read(), applied_bytes, "a refused cleanup rewrote applied.json")
        self.assertTrue(d.alive())

        # A second bywayd on the same state directory refuses to start too.
        twin = self.lab.run("router", paths.bywayd(), "--socket", d.socket + ".twin", "--config", d.config_path,
                            "--state-dir", d.state_dir, check=False, timeout=20)
        self.assertNotEqual(twin.returncode, 0, twin.stdout + twin.stderr)
        self.assertIn(f"pid {d.pid}", twin.stdout + twin.stderr)

        # 2. Restarts: a clean one, then a crash. The originals stay the ones Byway found.
        d.stop()
        d.start()
        self.assertEqual(self.origin(d), origin, "a restart changed the recorded originals")
        self.assertEqual(self.sysctl("net.ipv4.ip_forward"), "1")
        d.process.send_signal(signal.SIGKILL)
        d.process.wait(5)
        d.start()
        self.assertEqual(self.origin(d), origin, "a restart after a crash changed the originals")
        d.process.send_signal(signal.SIGKILL)  # a crashed daemon must not block cleanup
        d.process.wait(5)

        # 3. Cleanup puts back what the box had before Byway first ran.
        p = self.cleanup(d)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        after = self.sysctls()
        for key in origin:
            if key in before:
                self.assertEqual(after.get(key), before[key], f"{key} not restored")
        for key, value in ORIGINAL.items():
            self.assertEqual(after[key], value, f"{key} not back to the original")
        self.assertEqual(self.byway_state(), (False, False), "Byway's table or rules left behind")
        self.assertEqual(self.origin(d), {}, "nothing left to restore after cleanup")

    def test_unusable_stored_config_leaves_the_kernel_as_it_was(self):
        # After an upgrade whose rules refuse the stored config (here an exit
        # named "main", accepted before), the defaults' role none took the
        # router down at start. Now the kernel keeps what it runs, sessions
        # and drift repair wait, and status says why, until an admin applies.
        d = self.start_bywayd("router")
        self.addCleanup(d.stop)
        d.call("config.apply", {"config": BYPASS})
        running = self.byway_state()
        self.assertEqual(running, (True, True))
        d.stop()
        refused = dict(BYPASS, exits=[{"name": "main", "type": "direct"}])
        for path in (d.config_path, d.config_path + ".good"):
            with open(path, "w") as f:
                json.dump(refused, f)
        d.start()
        self.assertEqual(self.byway_state(), running, "start-up changed the kernel for a config it could not read")
        self.assertEqual(self.sysctl("net.ipv4.ip_forward"), "1")
        status = d.call("status.get")
        self.assertEqual(status["config"]["source"], "defaults")
        self.assertIn('"main" is reserved', status["config"]["problem"])
        self.assertEqual(status["apply"]["state"], "failed")
        self.assertIn("left the kernel as it was", status["apply"]["error"]["message"])
        # A foreign change wakes the drift check: it repairs nothing towards role none.
        self.lab.run("router", "nft", "add", "table", "inet", "foreign")
        time.sleep(1.5)
        self.assertEqual(self.byway_state(), running, "drift repair acted on a config it could not read")
        self.lab.run("router", "nft", "delete", "table", "inet", "foreign")
        # An admin's valid apply takes over again.
        d.call("config.apply", {"config": BYPASS})
        status = d.call("status.get")
        self.assertEqual((status["config"]["source"], status["apply"]["state"]), ("file", "applied"))
        d.stop()
        p = self.cleanup(d)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)


if __name__ == "__main__":
    main()
