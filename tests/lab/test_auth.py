#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Authorization by SO_PEERCRED with real non-root uids (setpriv): no group =
refused, byway-view = read-only, byway = admin."""

import json
import os
import unittest

from bywaylab import testing
from bywaylab.rpc import RpcConnection, RpcError
from bywaylab.testing import LabTestCase


class AuthTest(LabTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.nobody = cls.user("nobody")
        cls.view = cls.user("view")
        cls.admin = cls.user("admin")
        cls.admin_only = cls.user("admin-only")
        # The usual deployment: socket 0660 root:byway-view.
        cls.d = cls.start_bywayd("default", socket_mode="0660", socket_group="byway-view")
        # World-accessible socket, so it is bywayd's credential check (not
        # the file mode) that has to refuse a stranger.
        cls.open = cls.start_bywayd("world", socket_mode="0666")

    def config_file(self, daemon, **capture):
        cfg = self.ctl_json(daemon, "config", "get")["config"]
        cfg["capture"].update(capture)
        path = os.path.join(daemon.dir, f"auth-{os.getpid()}-{len(capture)}-{next(iter(capture.values()))}.json")
        with open(path, "w") as f:
            json.dump(cfg, f)
        os.chmod(path, 0o644)  # readable by the test users
        return path

    def revision(self, daemon):
        return self.ctl_json(daemon, "config", "get")["revision"]

    def test_socket_mode_and_group(self):
        st = os.stat(self.d.socket)
        self.assertEqual(st.st_mode & 0o777, 0o660)
        import grp
        self.assertEqual(grp.getgrgid(st.st_gid).gr_name, "byway-view")
        self.assertEqual(os.stat(self.open.socket).st_mode & 0o777, 0o666)

    def test_stranger_refused_by_credentials(self):
        for args in (["status"], ["config", "get"], ["logs", "--backlog", "1"]):
            p = self.open.ctl(*args, user=self.nobody)
            self.assertCtl(p, 4, f"{args} as uid {self.nobody.uid} without groups")
            self.assertOneErrorLine(p, ["permission_denied"])
            self.assertEqual(p.stdout, "")
        # On the wire: a structured error with the stable code.
        import subprocess
        probe = ("import json,socket,sys;s=socket.socket(socket.AF_UNIX);s.connect(sys.argv[1]);"
                 "s.sendall(b'{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"status.get\"}\\n');"
                 "print(s.makefile().readline())")
        p = subprocess.run(self.nobody.setpriv() + ["python3", "-c", probe, self.open.socket],
                           capture_output=True, text=True, timeout=20, env={"PATH": os.environ["PATH"]})
        self.assertEqual(p.returncode, 0, p.stderr)
        reply = json.loads(p.stdout)
        self.assertEqual(reply["id"], 1)
        self.assertEqual(reply["error"]["data"]["code"], "permission_denied")
        self.assertTrue(reply["error"]["message"])

    def test_stranger_refused_by_socket_mode(self):
        p = self.d.ctl("status", user=self.nobody)
        self.assertCtl(p, 4)
        self.assertOneErrorLine(p, ["permission"])

    def test_view_is_read_only(self):
        rev = self.revision(self.d)
        p = self.d.ctl("status", user=self.view)
        self.assertCtl(p)
        self.assertIn("bywayd", p.stdout)
        p = self.d.ctl("-o", "json", "config", "get", user=self.view)
        self.assertCtl(p)
        self.assertEqual(json.loads(p.stdout)["revision"], rev)
        p = self.d.ctl("logs", "--backlog", "5", user=self.view)
        self.assertCtl(p)

        path = self.config_file(self.d, mtu=1280)
        p = self.d.ctl("config", "validate", path, user=self.view)
        self.assertCtl(p)  # validating changes nothing: allowed to readers
        for args in (["config", "set", path], ["debug", "on"], ["debug", "off", "control"]):
            p = self.d.ctl(*args, user=self.view)
            self.assertCtl(p, 4, f"{args} as byway-view")
            self.assertOneErrorLine(p, ["permission_denied"])
        self.assertEqual(self.revision(self.d), rev, "a read-only caller changed the config")

    def test_admin_can_change(self):
        rev = self.revision(self.d)
        path = self.config_file(self.d, maxFlows=8192)
        p = self.d.ctl("config", "set", path, user=self.admin)
        self.assertCtl(p)
        self.assertEqual(self.revision(self.d), rev + 1)
        for args in (["debug", "on", "control"], ["debug", "off", "control"]):
            self.assertCtl(self.d.ctl(*args, user=self.admin), 0, f"{args} as byway member")

    def test_byway_group_alone_is_admin(self):
        # On the world-open socket only bywayd's credential check decides.
        rev = self.revision(self.open)
        p = self.open.ctl("config", "set", self.config_file(self.open, mtu=1400), user=self.admin_only)
        self.assertCtl(p, 0, "config set as a member of byway only")
        self.assertEqual(self.revision(self.open), rev + 1)
        p = self.open.ctl("config", "set", self.config_file(self.open, mtu=1420), user=self.view)
        self.assertCtl(p, 4, "config set as byway-view on the open socket")
        self.assertEqual(self.revision(self.open), rev + 1)

    def test_secrets_hidden_from_view(self):
        cfg = self.ctl_json(self.d, "config", "get")["config"]
        cfg["exits"] = [{"name": "proxy", "type": "socks5", "server": "10.0.2.2", "port": 1080,
                         "username": "u", "password": "hunter2"}]
        path = os.path.join(self.d.dir, "secret.json")
        with open(path, "w") as f:
            json.dump(cfg, f)
        self.assertCtl(self.d.ctl("config", "set", path), 0, "a socks5 exit with a password (docs/config.md)")
        p = self.d.ctl("config", "get", user=self.view)
        self.assertCtl(p)
        self.assertNotIn("hunter2", p.stdout)
        p = self.d.ctl("config", "get", user=self.admin)
        self.assertCtl(p)
        self.assertIn("hunter2", p.stdout)


if __name__ == "__main__":
    testing.main()
