# SPDX-License-Identifier: GPL-3.0-or-later
"""libbywaymark.so with real traffic: a process started with
BYWAY_MARK=0x10000 and the library preloaded leaves through the WAN table
(rule `fwmark 0x10000/0x10000 lookup 2101`, made by byway-route-tool); the
server on the far side sees the WAN source address. Without the mark the
same program takes the main table. Fail closed: with an invalid mark, or
without CAP_NET_ADMIN, its sockets do not open (one line on stderr) and
nothing reaches either uplink."""

import os
import subprocess
import time
import unittest

from test_route import Namespaces, apply, mark_lib_path, require, run, two_uplinks

# Each uplink's server answers with its own name and the client address it saw.
SERVER = r"""
import http.server, sys
name = sys.argv[1]
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = f"{name} {self.client_address[0]}".encode()
        self.send_response(200); self.send_header("Content-Length", str(len(body))); self.end_headers()
        self.wfile.write(body)
    def log_message(self, *a): pass
http.server.HTTPServer(("203.0.113.10", 8080), H).serve_forever()
"""


class MarkLab(unittest.TestCase):
    def setUp(self):
        require(self, need_lib=True)
        self.nss = Namespaces()
        self.addCleanup(self.nss.close)
        self.r, up1, up2, _ = two_uplinks(self.nss)
        self.servers = []
        for ns, name in ((up1, "up1"), (up2, "up2")):
            p = subprocess.Popen(["ip", "netns", "exec", ns, "python3", "-c", SERVER, name],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.servers.append(p)
            self.addCleanup(p.wait)
            self.addCleanup(p.kill)
        apply(self.r, {
            "routes": [{"table": 2101, "dst": "default", "gateway": "10.8.0.2", "dev": "b0"}],
            "rules": [{"priority": 1000, "fwmark": "0x10000", "fwmask": "0x10000", "table": 2101}],
        })
        # Both servers listening (under load the second one can come up
        # later); a broken mark only makes this wait, the test then fails.
        deadline = time.time() + 10
        marked = {"BYWAY_MARK": "0x10000", "LD_PRELOAD": mark_lib_path()}
        while time.time() < deadline:
            if self.fetch({}).returncode == 0 and self.fetch(marked).returncode == 0:
                break
            time.sleep(0.1)

    def fetch(self, extra_env, prefix=()):
        env = dict(os.environ)
        env.update(extra_env)
        return run(["ip", "netns", "exec", self.r, *prefix, "curl", "-s", "--max-time", "5",
                    "http://203.0.113.10:8080/"], check=False, env=env)

    def test_marked_process_leaves_through_the_wan_table(self):
        lib = mark_lib_path()
        plain = self.fetch({})
        self.assertEqual(plain.stdout, "up1 10.9.0.1", plain.stderr)
        for mark in ("0x10000", "65536", "0x30000"):
            marked = self.fetch({"BYWAY_MARK": mark, "LD_PRELOAD": lib})
            self.assertEqual(marked.stdout, "up2 10.8.0.1", f"mark {mark}: {marked.stderr}")
            self.assertEqual(marked.stderr, "")
        # Unset or non-matching marks: the main table.
        for env in ({"LD_PRELOAD": lib}, {"BYWAY_MARK": "0x20000", "LD_PRELOAD": lib}):
            self.assertEqual(self.fetch(env).stdout, "up1 10.9.0.1", env)
        # Invalid marks: no socket at all, rather than an unmarked one.
        for env in ({"BYWAY_MARK": "banana", "LD_PRELOAD": lib}, {"BYWAY_MARK": "0x1ffffffff", "LD_PRELOAD": lib}):
            out = self.fetch(env)
            self.assertNotEqual(out.returncode, 0, env)
            self.assertEqual(out.stdout, "", env)
            self.assertEqual(out.stderr.count("libbywaymark: cannot set SO_MARK"), 1, out.stderr)

    def test_without_cap_net_admin_no_socket_opens(self):
        lib = mark_lib_path()
        out = self.fetch({"BYWAY_MARK": "0x10000", "LD_PRELOAD": lib},
                         prefix=("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--inh-caps=-all"))
        self.assertNotEqual(out.returncode, 0, "curl must fail: its socket cannot be marked")
        self.assertEqual(out.stdout, "", "no answer from either uplink")
        self.assertEqual(out.stderr.count("libbywaymark: cannot set SO_MARK"), 1, out.stderr)
        self.assertIn("refusing to open unmarked", out.stderr)

if __name__ == "__main__":
    unittest.main()
