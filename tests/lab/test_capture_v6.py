# SPDX-License-Identifier: GPL-3.0-or-later
"""Compat capture with an IPv6 pool, real traffic through the TUN: client
namespace fd00:9::2 in the pool -> router running byway-capture (IPv6 policy
rule + TUN route set here, no netfilter) -> upstream fd00:2::1. A 100 MiB
TCP transfer each way with the same sha256 (IPv6 TCP crosses the TUN as GSO
super-packets both ways: lwIP's IPv6 address and fake clients, the
IPv6 pseudo-header in every checksum), a UDP DNS-like exchange, ICMPv6 echo
through the exit's ping socket, a reset from a closed port, and the server
seeing the exit's address. Binary as in test_capture.py; under CI=true it
fails, never skips."""

import json
import os
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_capture import (ASK_CLOSED_PORT, CLIENT, MARK, PEER, TABLE, UDP_BURST, USO, Net,  # noqa: E402
                          late_reply_refused, require_lab, rps_masks, snapshot, start_capture)

POOL = "fd00:9::/64"
CLIENT_ADDR = "fd00:9::2"
SERVER = "fd00:2::1"
EXIT_ADDR = "fd00:2::2"


class CaptureV6Test(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        require_lab()
        net = cls.net = Net("6")
        try:
            for n in ("c", "r", "u"):
                net.add(n)
            net.link("c", "cv0", "r", "rv0")
            net.link("r", "rv1", "u", "uv0")
            # nodad: usable at once, no duplicate address detection to wait out.
            net.ex("c", "ip", "-6", "addr", "add", f"{CLIENT_ADDR}/64", "dev", "cv0", "nodad")
            net.ex("c", "ip", "-6", "route", "add", "default", "via", "fd00:9::1")
            net.ex("r", "ip", "-6", "addr", "add", "fd00:9::1/64", "dev", "rv0", "nodad")
            net.ex("r", "ip", "-6", "addr", "add", f"{EXIT_ADDR}/64", "dev", "rv1", "nodad")
            net.ex("u", "ip", "-6", "addr", "add", f"{SERVER}/64", "dev", "uv0", "nodad")
            net.ex("r", "sysctl", "-qw", "net.ipv6.conf.all.forwarding=1",
                   "net.ipv4.ping_group_range=0 2147483647")
            cls.peer = net.script("peer.py", PEER)
            cls.client = net.script("client.py", CLIENT)
            net.spawn("u", sys.executable, cls.peer, "server", SERVER)
            net.spawn("u", sys.executable, net.script("udpburst.py", UDP_BURST), SERVER, "5400")
            # Receive steering turned off here (test_capture.py covers it on).
            start_capture(net, "r", {
                "tun": "bwc6", "mtu": 1500, "bypassMark": MARK, "maxFlows": 4096, "receiveSteering": False,
                "pools": [{"name": "lab6", "subnet": POOL, "users": [{"name": "carol", "address": CLIENT_ADDR}]}],
            })
            net.ex("r", "ip", "-6", "rule", "add", "priority", "21000", "fwmark", f"{MARK:#x}/{MARK:#x}", "lookup", "main")
            net.ex("r", "ip", "-6", "rule", "add", "priority", "21010", "from", POOL, "lookup", str(TABLE))
            net.ex("r", "ip", "-6", "route", "add", "default", "dev", "bwc6", "table", str(TABLE))
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:  # the upstream server listening on its address
                if net.ex("u", "ss", "-Hltn", f"sport = 9000", check=False).stdout.strip():
                    break
                time.sleep(0.1)
        except Exception:
            net.close()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.net.close()

    def run_client(self, *args, timeout=240):
        p = self.net.ex("c", sys.executable, self.client, *args, timeout=timeout)
        return json.loads(p.stdout) if p.stdout.strip().startswith("{") else p.stdout.strip()

    def test_1_download_100mib(self):
        r = self.run_client("down", SERVER, str(100 << 20))
        self.assertEqual(r["got"], 100 << 20)
        self.assertEqual(r["mine"], r["theirs"])
        s = snapshot(self.net)["stats"]
        self.assertGreater(s["tcpFlows"], 0, "the transfer did not go through the capture")
        self.assertGreater(s["gsoOut"], 0, "lwIP's output did not leave as GSO super-packets")

    def test_1b_receive_steering_off(self):
        # Turned off, the TUN's receive queues keep the kernel's default (no RPS).
        queues = rps_masks(self.net, "bwc6")
        self.assertTrue(queues)
        self.assertEqual(queues, [0] * len(queues), queues)
        self.assertEqual(snapshot(self.net)["stats"]["receiveSteering"], "off")

    def test_2_upload_100mib(self):
        r = self.run_client("up", SERVER, str(100 << 20))
        self.assertEqual(r["mine"], r["theirs"])
        s = snapshot(self.net)["stats"]
        self.assertGreater(s["gsoIn"], 0, "the TUN handed over no super-packets")
        print(f"(IPv6 super-packets in {s['gsoIn']}, split for lwIP {s['gsoSplit']}, out {s['gsoOut']}) ",
              end="", file=sys.stderr)

    def test_3_dns_and_ping(self):
        r = self.run_client("dns", SERVER)
        self.assertEqual(r["reply"], "answer:\x124query")
        p = self.net.ex("c", "ping", "-6", "-c", "3", "-i", "0.2", "-W", "2", SERVER, check=False)
        self.assertIn("3 received", p.stdout, p.stdout)
        self.assertNotIn("DUP", p.stdout)
        s = snapshot(self.net)["stats"]
        self.assertGreater(s["udpFlows"], 0)
        self.assertGreater(s["icmpFlows"], 0)

    def test_3b_udp_burst_one_write(self):
        # IPv6 UDP GSO read whole and written as one USO super-packet each.
        before = snapshot(self.net)["stats"]
        r = self.run_client("burst", SERVER, "10")
        after = snapshot(self.net)["stats"]
        self.assertEqual((r["got"], r["bad"]), (400, 0), r)
        self.assertEqual(r["sizes"], {"1200": 390, "500": 10}, r)
        if USO:
            self.assertGreaterEqual(after["gsoOut"] - before["gsoOut"], 5, (before, after))

    def test_3c_client_udp_gso_up(self):
        r = self.run_client("burstup", SERVER, "10")
        self.assertEqual((r["got"], r["bad"]), (400, 0), r)
        self.assertEqual(r["sizes"], {"1200": 390, "500": 10}, r)

    def test_4_closed_port_resets_quickly(self):
        r = self.run_client("refused", SERVER)
        self.assertEqual(r["result"], "refused", r)
        self.assertLess(r["seconds"], 1.0)

    def test_4a_unreachable_says_why(self):
        # As test_capture 5b: an unreachable route on the router reaches the
        # client's connect as ICMPv6 address unreachable, not a reset.
        self.net.ex("r", "ip", "-6", "route", "add", "unreachable", "fd00:7::/64")
        try:
            r = self.run_client("refused", "fd00:7::1")
        finally:
            self.net.ex("r", "ip", "-6", "route", "del", "unreachable", "fd00:7::/64")
        self.assertIn("No route to host", r["result"], r)

    def test_4b_late_reply_to_a_closed_port(self):
        # As test_capture 4f: the client's ICMPv6 port unreachable ends the
        # flow, and the router refuses the server's next datagram.
        late_reply_refused(self, CLIENT_ADDR, SERVER)

    def test_4c_closed_udp_port_refused_quickly(self):
        # As test_capture 4g: the server's refusal reaches the client (an
        # ICMPv6 message the capture makes, its checksum over the pseudo-header).
        out = self.net.ex("c", sys.executable, "-c", ASK_CLOSED_PORT, CLIENT_ADDR, SERVER, "5399").stdout.split()
        self.assertEqual(out, ["refused", "refused"])

    def test_5_server_sees_exit_address(self):
        self.assertEqual(self.run_client("addr", SERVER), EXIT_ADDR)

    def test_6_no_parse_errors(self):
        s = snapshot(self.net)["stats"]
        self.assertEqual(s["checksumErrors"], 0, s)
        self.assertEqual(s["drops"]["write_failed"], 0, s)
        # The TUN's own router solicitations and MLD reports (a hop-by-hop
        # header), from its link-local address: the router's, not drops.
        self.assertGreater(s["linkScope"], 0, s)
        self.assertEqual(s["drops"]["unknown_source"], 0, s["drops"])
        self.assertEqual(s["drops"]["unsupported_protocol"], 0, s["drops"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
