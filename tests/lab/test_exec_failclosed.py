#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""`bywayctl exec --exit NAME -- CMD` fails closed (wan-separated router: the
main table leads to the mesh on lan0, the WAN table is chosen by the exit's
mark). Every packet of the test program (UDP to port 9999) is counted by nft
rules in test-owned tables in BOTH neighbours: upstream (the WAN side) and
client (the mesh side, where unmarked traffic would go).

- root: the command runs and its packets reach upstream (the counters work);
- a non-root member of group byway (a temporary user) without CAP_NET_ADMIN:
  refused with exit 4 and one `bywayctl: ...` line, the command does not run,
  and no packet reaches either neighbour;
- the preload library alone (bywayctl bypassed) without the capability: the
  socket does not open, no packet leaves;
- the two documented ways to give that user the capability work: an ambient
  capability from the parent (setpriv/systemd-run) and a `setcap
  cap_net_admin+ep` copy of bywayctl (which raises it to ambient for CMD)."""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

from bywaylab import configs, topologies
from bywaylab import daemon as bwd
from bywaylab import paths
from bywaylab.testing import LabTestCase, main

PORT = 9999
COUNT = """table inet bwl_execcount {
    chain pre {
        type filter hook prerouting priority -300; policy accept;
        udp dport 9999 counter
    }
}
"""
# Three datagrams to the web address; exit 3 when the socket cannot be made.
SEND = r"""
import socket, sys
try:
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
except OSError as e:
    print("socket:", e, file=sys.stderr); sys.exit(3)
for _ in range(3):
    s.sendto(b"x", (sys.argv[1], 9999))
print("sent")
"""


class ExecFailClosedTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        lab = cls.lab
        topologies.mesh_default(lab)
        for node in ("upstream", "client"):
            lab.nft(node, COUNT)
        cls.d = cls.start_bywayd("router", socket_mode="0666")
        cfg = configs.wan_separated(device="wan0", more_exits=[{"name": "plain", "type": "direct"}])
        cls.d.call("config.apply", {"config": cfg})

        # A temporary admin: member of group byway (supplementary), nothing else.
        bwd.ensure_group("byway")
        cls.username = f"bwl-exec-{os.getpid()}"
        subprocess.run(["useradd", "--system", "--no-create-home", "--user-group", "--shell", "/usr/sbin/nologin",
                        "-G", "byway", cls.username], check=True, capture_output=True)
        cls.addClassCleanup(subprocess.run, ["userdel", cls.username], capture_output=True)
        import pwd
        pw = pwd.getpwnam(cls.username)
        cls.admin = bwd.User(pw.pw_uid, ["byway"], gid=pw.pw_gid)
        cls.tmp = tempfile.mkdtemp(prefix="bwl-exec-")
        os.chmod(cls.tmp, 0o755)
        cls.addClassCleanup(shutil.rmtree, cls.tmp, True)

    def counted(self, node):
        out = self.lab.run(node, "nft", "list", "table", "inet", "bwl_execcount").stdout
        for line in out.splitlines():
            if "counter packets" in line:
                return int(line.split("counter packets")[1].split()[0])
        raise AssertionError(f"no counter in {node}: {out}")

    def counters(self):
        return self.counted("upstream"), self.counted("client")

    def run_router(self, argv, env=None):
        full_env = dict(os.environ, HOME="/tmp")
        full_env.pop("XDG_RUNTIME_DIR", None)
        full_env.update(env or {})
        return self.lab.run("router", *argv, check=False, env=full_env, timeout=30)

    def exec_argv(self, *cmd, ctl=None, exit_name="wan"):
        return [ctl or paths.bywayctl(), "--socket", self.d.socket, "exec", "--exit", exit_name, "--", *cmd]

    def send(self):
        # The system python: root's own interpreter may not be readable by the test user.
        return [shutil.which("python3", path="/usr/bin:/bin") or sys.executable, "-c", SEND, self.net["web"]]

    def wait_counted(self, before, node_index, want_more):
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            now = self.counters()
            if (now[node_index] > before[node_index]) == want_more and want_more:
                return now
            time.sleep(0.1)
        return self.counters()

    def test_1_root_exec_reaches_the_wan(self):
        before = self.counters()
        p = self.run_router(self.exec_argv(*self.send()))
        self.assertEqual(p.returncode, 0, p.stderr)
        after = self.wait_counted(before, 0, True)
        self.assertGreaterEqual(after[0] - before[0], 3, "marked datagrams must reach upstream (WAN)")
        self.assertEqual(after[1], before[1], "nothing may go to the mesh")

    def test_2_admin_without_capability_is_refused_and_nothing_leaves(self):
        marker = os.path.join(self.tmp, "ran")
        before = self.counters()
        cmd = ["sh", "-c", f'touch {marker}; exec "$@"', "sh", *self.send()]
        p = self.run_router(self.admin.setpriv() + self.exec_argv(*cmd))
        self.assertEqual(p.returncode, 4, f"stdout: {p.stdout}\nstderr: {p.stderr}")
        line = self.assertOneErrorLine(p, contains=("CAP_NET_ADMIN", "SO_MARK", "nothing was run"))
        self.assertEqual(p.stderr.strip(), line, "exactly one line")
        self.assertFalse(os.path.exists(marker), "the command ran although its sockets could not be marked")
        time.sleep(0.5)
        self.assertEqual(self.counters(), before, "a packet left although exec was refused")

    def test_3_library_alone_fails_closed(self):
        lib = os.environ.get("BYWAY_MARK_LIB") or os.path.join(paths.build_dir(), "helper", "markpreload",
                                                               "libbywaymark.so")
        self.assertTrue(os.path.exists(lib), lib)
        before = self.counters()
        for mark in ("0x10000", "not-a-mark"):
            p = self.run_router(self.admin.setpriv() + self.send(), env={"LD_PRELOAD": lib, "BYWAY_MARK": mark})
            self.assertEqual(p.returncode, 3, f"{mark}: the socket must not open\n{p.stdout}{p.stderr}")
            self.assertEqual(p.stderr.count("libbywaymark: cannot set SO_MARK"), 1, p.stderr)
        time.sleep(0.5)
        self.assertEqual(self.counters(), before, "a packet left through an unmarked socket")

    def test_4_unknown_or_unmarked_exit_is_refused(self):
        for name in ("nosuch", "plain"):
            p = self.run_router(self.exec_argv("true", exit_name=name))
            self.assertNotEqual(p.returncode, 0, name)
            self.assertOneErrorLine(p)

    def test_5_ambient_capability_from_the_parent(self):
        before = self.counters()
        argv = self.admin.setpriv()[:-1] + ["--inh-caps", "+net_admin", "--ambient-caps", "+net_admin", "--"]
        p = self.run_router(argv + self.exec_argv(*self.send()))
        self.assertEqual(p.returncode, 0, p.stderr)
        after = self.wait_counted(before, 0, True)
        self.assertGreaterEqual(after[0] - before[0], 3)
        self.assertEqual(after[1], before[1])

    def test_6_setcap_copy_of_bywayctl(self):
        if not shutil.which("setcap"):
            self.fail("setcap (libcap2-bin) is needed to test the documented setcap copy")
        copy = os.path.join(self.tmp, "bywayctl-exec")
        shutil.copy2(paths.bywayctl(), copy)
        os.chmod(copy, 0o755)
        r = subprocess.run(["setcap", "cap_net_admin+ep", copy], capture_output=True, text=True)
        if r.returncode != 0:
            self.fail(f"setcap on {copy} failed (file system without security xattrs?): {r.stderr}")
        lib = os.path.join(paths.build_dir(), "helper", "markpreload", "libbywaymark.so")
        before = self.counters()
        p = self.run_router(self.admin.setpriv() + self.exec_argv(*self.send(), ctl=copy), env={"BYWAY_MARK_LIB": lib})
        self.assertEqual(p.returncode, 0, p.stderr)
        after = self.wait_counted(before, 0, True)
        self.assertGreaterEqual(after[0] - before[0], 3, "the copy's capability must reach the command")
        self.assertEqual(after[1], before[1])


if __name__ == "__main__":
    main()
