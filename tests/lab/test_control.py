#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""bywayctl against a real bywayd in the router of client-router-upstream:
status, config round trip, validation that changes nothing, error exits."""

import json
import os
import unittest

from bywaylab import testing
from bywaylab.testing import LabTestCase


def revision_of(status):
    """status.get's config revision (docs/protocol.md: config.revision)."""
    cfg = status.get("config")
    if isinstance(cfg, dict) and "revision" in cfg:
        return cfg["revision"]
    return status.get("configRevision", status.get("revision"))


class ControlTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.d = cls.start_bywayd("router")

    def write(self, name, content):
        path = os.path.join(self.d.dir, name)
        with open(path, "w") as f:
            f.write(content if isinstance(content, str) else json.dumps(content, indent=2))
        return path

    def get(self):
        return self.ctl_json(self.d, "config", "get")

    def test_status(self):
        s = self.ctl_json(self.d, "status")
        self.assertIsInstance(s.get("version"), str)
        self.assertRegex(s["version"], r"^\d+\.\d+\.\d+")
        self.assertIsInstance(revision_of(s), int, f"no config revision in {s}")
        self.assertIn("mode", s)
        uptime = [k for k in s if k.lower().startswith("uptime")]
        self.assertTrue(uptime, f"no uptime in {s}")
        self.assertGreaterEqual(s[uptime[0]], 0)

        human = self.d.ctl("status")
        self.assertCtl(human)
        self.assertRegex(human.stdout, r"(?m)^bywayd\s+\d+\.\d+\.\d+")
        self.assertRegex(human.stdout, r"(?m)^uptime\s+\S")
        self.assertRegex(human.stdout, rf"(?m)^config\s+revision {revision_of(s)}")
        self.assertEqual(human.stderr.strip(), "")

    def test_default_config_changes_nothing(self):
        # Role none: bywayd must not have touched the router's kernel state.
        ruleset = self.lab.run("router", "nft", "list", "ruleset").stdout
        self.assertNotIn("byway", ruleset)
        self.assertTrue(self.lab.ping("client", self.net["web"]), "client → web through the router")
        ok, body = self.lab.curl("client", f"http://{self.net['web']}/")
        self.assertTrue(ok, body)

    def test_config_round_trip(self):
        before = self.get()
        rev = before["revision"]
        cfg = before["config"]
        self.assertEqual(cfg["version"], 1)

        # Human output is the document itself: it parses and equals the JSON one.
        human = self.d.ctl("config", "get")
        self.assertCtl(human)
        self.assertEqual(json.loads(human.stdout), cfg)

        cfg["capture"]["mtu"] = 1280 if cfg["capture"]["mtu"] != 1280 else 1400
        cfg["interfaces"]["lan"] = ["lan0"]
        path = self.write("modified.json", cfg)
        p = self.d.ctl("config", "set", path)
        self.assertCtl(p)
        self.assertIn(f"revision {rev + 1}", p.stdout)

        after = self.get()
        self.assertEqual(after["revision"], rev + 1)
        self.assertEqual(after["config"]["capture"]["mtu"], cfg["capture"]["mtu"])
        self.assertEqual(after["config"]["interfaces"]["lan"], ["lan0"])
        self.assertEqual(revision_of(self.ctl_json(self.d, "status")), rev + 1)

        # `-o json config get` output is accepted by `config set` as is, and
        # its revision is the base: a stale copy is refused, nothing saved.
        stale = self.write("stale.json", before)
        p = self.d.ctl("config", "set", stale)
        self.assertCtl(p, 1, "stale base revision")
        self.assertOneErrorLine(p, ["conflict"])
        self.assertEqual(self.get(), after)
        # `apply` of that copy too: refused before the kernel, nothing stored.
        p = self.d.ctl("apply", stale)
        self.assertCtl(p, 1, "stale base revision")
        self.assertOneErrorLine(p, ["conflict"])
        self.assertEqual(self.get(), after)

        p = self.d.ctl("config", "set", path, "--base-revision", after["revision"])
        self.assertCtl(p)
        self.assertEqual(self.get()["revision"], rev + 2)

    def test_validate_bad_file_changes_nothing(self):
        before = self.get()
        bad = dict(before["config"])
        bad["role"] = "hub"                      # not a role
        bad["capture"] = dict(bad["capture"], mtu=10)   # out of range
        bad["colour"] = "blue"                   # unknown member
        path = self.write("bad.json", bad)

        for verb in ("validate", "set"):
            p = self.d.ctl("config", verb, path)
            self.assertCtl(p, 5, f"config {verb} of an invalid file")
            self.assertOneErrorLine(p, ["validation_failed", "bad.json"])
            fields = [l.strip() for l in p.stderr.splitlines() if l.startswith("  /")]
            for pointer in ("/role", "/capture/mtu", "/colour"):
                self.assertTrue(any(f.startswith(pointer + ":") for f in fields),
                                f"{pointer} not listed by config {verb}:\n{p.stderr}")
            self.assertEqual(p.stdout, "")
        self.assertEqual(self.get(), before, "an invalid config changed the saved one")

        good = self.write("good.json", before["config"])
        p = self.d.ctl("config", "validate", good)
        self.assertCtl(p)
        self.assertIn("valid", p.stdout)
        self.assertEqual(self.get()["revision"], before["revision"])

    def test_file_not_json(self):
        path = self.write("broken.json", '{\n  "version": 1,\n  "role": none\n}\n')
        before = self.get()
        p = self.d.ctl("config", "set", path)
        self.assertCtl(p, 5)
        line = self.assertOneErrorLine(p, ["broken.json", "not JSON", "offset", "line 3"])
        self.assertNotIn("\n", line)
        self.assertEqual(self.get(), before)

        p = self.d.ctl("config", "validate", os.path.join(self.d.dir, "missing.json"))
        self.assertCtl(p, 1)
        self.assertOneErrorLine(p, ["missing.json"])

    def test_unavailable_and_usage(self):
        p = testing.run_ctl_raw("--socket", "/nonexistent/bywayd.sock", "status")
        self.assertCtl(p, 3)
        self.assertOneErrorLine(p, ["/nonexistent/bywayd.sock"])
        self.assertEqual(p.stdout, "")

        p = self.d.ctl("frobnicate")
        self.assertCtl(p, 2)
        self.assertOneErrorLine(p, ["frobnicate"])
        p = self.d.ctl("debug", "sideways")
        self.assertCtl(p, 2)

    def test_version_and_probe(self):
        v = self.ctl_json(self.d, "version")
        self.assertEqual(v["bywayctl"], v["bywayd"], "same build, same version and protocol")

        report = self.ctl_json(self.d, "probe")
        self.assertIn(report["mode"], ("standard", "compat", "limited"))
        self.assertTrue(report["findings"])
        human = self.d.ctl("probe")
        self.assertCtl(human)
        self.assertRegex(human.stdout, rf"(?m)^mode {report['mode']}: \d+ ok")
        for f in report["findings"]:
            self.assertIn(f["check"], human.stdout)
            if f["status"] in ("warn", "fail") and f["fix"]:
                self.assertIn(f["fix"], human.stdout)

    def test_restart_keeps_config(self):
        before = self.get()
        cfg = before["config"]
        cfg["capture"]["maxFlows"] = 2048
        self.assertCtl(self.d.ctl("config", "set", self.write("restart.json", cfg)))
        saved = self.get()
        self.d.stop()
        self.assertEqual(self.d.returncode, 0, f"bywayd exit on SIGTERM\n{self.d.log_tail()}")
        self.d.start()
        self.assertEqual(self.get(), saved)


if __name__ == "__main__":
    testing.main()
