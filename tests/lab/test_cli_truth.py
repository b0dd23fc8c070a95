#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""bywayctl tells the truth ("Truth on every surface"):
- `status` shows a pending commit-confirm, whoever started it: its deadline
  in local time, the seconds left, who applied it and how to keep or revert
  it; `-o json` stays status.get as is; after `confirm` it is gone.
- `status` says "not applied: REASON" when the stored config is not in force
  (a start-up reconcile that failed).
- `config set/validate`, `plan` and `apply` with a FILE over the protocol's
  1 MiB message cap exit 5 naming the file and the limit, and send nothing:
  a listener standing in for bywayd sees no connection at all."""

import json
import os
import re
import socket
import threading
import unittest

from bywaylab import daemon as bwd
from bywaylab.testing import LabTestCase, main

LIMIT = 1024 * 1024


class Listener:
    """A UNIX socket that only counts the connections it gets."""

    def __init__(self, path):
        self.path = path
        self.accepted = 0
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(path)
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            self.accepted += 1
            conn.close()

    def close(self):
        self.stop.set()
        self.thread.join(2)
        self.sock.close()


class CliTruthTest(LabTestCase):
    topology = None

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.d = cls.start_bywayd("router")

    def write(self, name, text):
        path = os.path.join(self.d.dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path

    def test_oversized_file_is_refused_before_sending(self):
        big = self.write("big.json", json.dumps({"version": 1, "role": "none", "note": "x" * (LIMIT + 10)}))
        self.assertGreater(os.path.getsize(big), LIMIT)
        fake = Listener(os.path.join(self.d.dir, "fake.sock"))
        self.addCleanup(fake.close)
        for args in (("config", "set", big), ("config", "validate", big), ("plan", big), ("apply", big),
                     ("apply", big, "--confirm-within", "60")):
            p = bwd.run_ctl(fake.path, *args)
            self.assertCtl(p, 5, f"bywayctl {' '.join(args[:-1])}")
            line = self.assertOneErrorLine(p, contains=(big, str(LIMIT), "nothing was sent"))
            self.assertIn("1 MiB", line)
        # Under the cap as a file but not with the request around it.
        doc = json.dumps({"version": 1, "role": "none", "note": ""}, separators=(",", ":"))
        edge = self.write("edge.json", json.dumps({"version": 1, "role": "none",
                                                    "note": "y" * (LIMIT - 100 - len(doc))}, separators=(",", ":")))
        self.assertLessEqual(os.path.getsize(edge), LIMIT)
        p = bwd.run_ctl(fake.path, "config", "set", edge)
        self.assertCtl(p, 5, "config set of a file whose request would pass the cap")
        self.assertOneErrorLine(p, contains=(edge, "compact JSON", str(LIMIT)))
        # The same through a pipe, where the size is not known in advance.
        with open(big) as f:
            p = bwd.run_ctl(fake.path, "config", "validate", "-", input=f.read())
        self.assertCtl(p, 5, "config validate - (stdin)")
        self.assertOneErrorLine(p, contains=("-:", str(LIMIT)))
        self.assertEqual(fake.accepted, 0, "bywayctl connected to the socket: it must refuse before sending")
        # Just under the cap still works against the real bywayd (the refusal is the size, not the route).
        small = self.write("small.json", json.dumps(self.ctl_json(self.d, "config", "get")["config"]))
        self.assertCtl(self.d.ctl("config", "validate", small))

    def test_a_number_that_is_none_is_refused_before_sending(self):
        # Read as 0 before: `rollback --to 1O` rolled back to the previous
        # config, `plan --history x` planned the stored one.
        fake = Listener(os.path.join(self.d.dir, "fake-numbers.sock"))
        self.addCleanup(fake.close)
        for args, option in ((("rollback", "--to", "1O"), "--to"), (("plan", "--history", "x"), "--history"),
                             (("confirm", "--extend", "1m"), "--extend"), (("history", "--limit", "ten"), "--limit"),
                             (("explain", "10.0.0.1", "10.0.0.2", "--mark", "0xzz"), "--mark"),
                             (("explain", "10.0.0.1", "10.0.0.2", "--proto", "tcp", "--dport", "http"), "--dport")):
            p = bwd.run_ctl(fake.path, *args)
            self.assertCtl(p, 2, f"bywayctl {' '.join(args)}")
            self.assertOneErrorLine(p, contains=(option,))
        self.assertEqual(fake.accepted, 0, "bywayctl connected to the socket: it must refuse before sending")

    def test_status_shows_a_pending_confirm_until_confirmed(self):
        cfg = self.ctl_json(self.d, "config", "get")["config"]
        cfg["capture"]["mtu"] = 1400 if cfg["capture"]["mtu"] != 1400 else 1380
        path = self.write("pending.json", json.dumps(cfg))
        self.assertCtl(self.d.ctl("apply", path, "--confirm-within", "120"))
        self.addCleanup(lambda: self.d.ctl("confirm"))

        raw = self.ctl_json(self.d, "status")
        pending = raw["pending"]
        self.assertIsInstance(pending, dict, raw)
        for key in ("deadline", "secondsLeft", "restoreHistoryId", "revision", "uid", "who"):
            self.assertIn(key, pending)
        self.assertEqual(pending["who"], f"uid {os.getuid()}")
        self.assertTrue(0 < pending["secondsLeft"] <= 120, pending)

        human = bwd.run_ctl(self.d.socket, "status", env=dict(os.environ, TZ="Asia/Seoul"))
        self.assertCtl(human)
        m = re.search(r"(?m)^pending\s+revision (\d+) applied by uid (\d+) is unconfirmed: "
                      r"reverts at (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (\S+) \((\d+) s left\)$", human.stdout)
        self.assertIsNotNone(m, human.stdout)
        self.assertEqual(int(m.group(1)), pending["revision"])
        self.assertEqual(m.group(4), "KST", "the deadline must be in local time (TZ)")
        # 120 s from a UTC deadline shown in KST (UTC+9): the hour differs from the UTC one.
        self.assertNotEqual(m.group(3)[11:13], pending["deadline"][11:13])
        self.assertTrue(100 < int(m.group(5)) <= 120, m.group(5))
        self.assertIn("bywayctl confirm", human.stdout)
        self.assertIn("bywayctl rollback", human.stdout)
        self.assertNotIn("pending.", human.stdout, "no raw rows for the pending object")

        self.assertCtl(self.d.ctl("confirm"))
        self.assertIsNone(self.ctl_json(self.d, "status")["pending"])
        after = self.d.ctl("status")
        self.assertNotRegex(after.stdout, r"(?m)^pending")
        self.assertRegex(after.stdout, r"(?m)^apply\s+applied$")

    def test_status_says_not_applied_with_the_reason(self):
        # A stored config the kernel refuses at start-up: its LAN does not exist.
        broken = {"version": 1, "role": "bypass-router", "interfaces": {"lan": ["nosuch0"]},
                  "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24", "dhcp": "main"}}
        d = self.lab.start_bywayd(self.net["router"], name="test_cli_truth-broken", config=broken)
        self.addCleanup(d.stop)
        raw = self.ctl_json(d, "status")
        if raw["config"].get("source") != "file":
            self.fail(f"bywayd did not take the config as stored, cannot test start-up failure: {raw['config']}")
        self.assertEqual(raw["apply"]["state"], "failed", raw["apply"])
        human = d.ctl("status")
        self.assertCtl(human)
        m = re.search(r"(?m)^apply\s+not applied: (.+)$", human.stdout)
        self.assertIsNotNone(m, human.stdout)
        self.assertIn(raw["apply"]["error"]["message"], m.group(1))
        self.assertIn(raw["apply"]["error"]["data"]["code"], m.group(1))


if __name__ == "__main__":
    main()
