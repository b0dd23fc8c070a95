# SPDX-License-Identifier: GPL-3.0-or-later
"""AF_PACKET capture on a veth standing in for an xfrm tunnel interface:
traffic from the far side is captured (the kernel's own forwarding is
blackholed for that interface by a policy rule), answered through the raw
IP socket bound to the interface, PACKET_OUTGOING is dropped and counted,
and no packet is handled twice (no DUP pings, sha256-equal transfers).
TUN devices in L3 mode stand in for L3 tunnels (no link header, like xfrm
or wireguard): frames read bare, replies without one, whether the tunnel's
reader takes GSO super-packets or not.
A second veth keeps its offloads: its frames arrive as 64 KiB GSO
super-packets with partial checksums (PACKET_AUXDATA TP_STATUS_CSUMNOTREADY),
which the capture completes and still carries byte-exact. With several
workers (BYWAY_CAPTURE_WORKERS, 2 by default) each reads every interface
through its own socket in a PACKET_FANOUT_HASH group: many connections
spread over all of them. Where the kernel refuses an interface's fanout
group (here: another group holds the capture's group id), worker 0 reads
that interface alone, and says so once."""

import ctypes
import json
import os
import shutil
import struct
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_capture import (CLIENT, PEER, UDP_BURST, WORKERS, CaptureLab, Net, require_lab,  # noqa: E402
                          snapshot, start_capture, wait_stats)

# Far-side veth without checksum/segmentation offload: AF_PACKET sees what
# the peer put on the wire, as decapsulated ESP would arrive.
OFFLOAD_OFF = r'''
import ctypes, fcntl, socket, struct, sys
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for cmd in (0x17, 0x1f, 0x24):  # ETHTOOL_STXCSUM, ETHTOOL_STSO, ETHTOOL_SGSO
    buf = ctypes.create_string_buffer(struct.pack("II", cmd, 0))
    fcntl.ioctl(s.fileno(), 0x8946, struct.pack("16sP", sys.argv[1].encode(), ctypes.addressof(buf)))
'''

# Holds PACKET_FANOUT group argv[1] as a load-balancing group (its type is
# fixed by its first member), so a PACKET_FANOUT_HASH join of the same id is
# refused; prints "held" once it has it.
FANOUT_BLOCKER = r'''
import socket, sys, time
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))
s.bind(("lo", 0))
s.setsockopt(263, 18, int(sys.argv[1]) | (1 << 16))  # SOL_PACKET, PACKET_FANOUT, PACKET_FANOUT_LB
print("held", flush=True)
time.sleep(600)
'''


# A point-to-point L3 tunnel made of two TUN devices (IFF_TUN: no link
# header, ARPHRD_NONE, like xfrm or wireguard interfaces), one in each of two
# namespaces (argv: netns path, device, netns path, device), joined by this
# process, which copies packets between them with their virtio_net_hdr
# (IFF_VNET_HDR and the TSO offloads: a GSO super-packet crosses whole, as on
# a veth); with a fifth argument "plain", without (as OpenVPN reads its TUN:
# the kernel cuts super-packets before they reach it). Prints "ready" once
# both are attached.
L3_TUNNEL = r'''
import ctypes, fcntl, os, select, struct, sys
libc = ctypes.CDLL(None, use_errno=True)
def attach(ns, dev):
    fd = os.open(ns, os.O_RDONLY)
    if libc.setns(fd, 0x40000000) != 0:  # CLONE_NEWNET
        raise OSError(ctypes.get_errno(), "setns " + ns)
    os.close(fd)
    t = os.open("/dev/net/tun", os.O_RDWR)
    flags = 0x0001 | 0x1000 | (0 if plain else 0x4000)  # TUN, NO_PI, VNET_HDR
    fcntl.ioctl(t, 0x400454ca, struct.pack("16sH", dev.encode(), flags))  # TUNSETIFF
    if not plain:
        fcntl.ioctl(t, 0x400454d0, 0x01 | 0x02 | 0x04 | 0x08)  # TUNSETOFFLOAD: CSUM, TSO4, TSO6, TSO_ECN
    return t
plain = sys.argv[5:] == ["plain"]
a, b = attach(sys.argv[1], sys.argv[2]), attach(sys.argv[3], sys.argv[4])
print("ready", flush=True)
peer = {a: b, b: a}
while True:
    for fd in select.select([a, b], [], [])[0]:
        for _ in range(64):
            try:
                os.write(peer[fd], os.read(fd, 70000))
            except OSError:
                break
            if not select.select([fd], [], [], 0)[0]:
                break
'''


# Three IPv4 UDP datagrams (argv: device, destination MAC, source MAC,
# source address, destination address) in Ethernet frames with an 802.1Q
# tag for VLAN 10, sent through a packet socket.
VLAN_FRAMES = r'''
import socket, struct, sys
dev, dst, src, saddr, daddr = sys.argv[1:]
mac = lambda m: bytes.fromhex(m.replace(":", ""))
payload = struct.pack("!HHHH", 4000, 9, 16, 0) + bytes(8)
hdr = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), 0, 0, 64, 17, 0,
                  socket.inet_aton(saddr), socket.inet_aton(daddr))
words = sum(struct.unpack("!10H", hdr))
while words >> 16:
    words = (words & 0xffff) + (words >> 16)
hdr = hdr[:10] + struct.pack("!H", ~words & 0xffff) + hdr[12:]
s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
s.bind((dev, 0))
for _ in range(3):
    s.send(mac(dst) + mac(src) + struct.pack("!HHH", 0x8100, 10, 0x0800) + hdr + payload)
'''


# The router's own services for test_4b: a TCP server that sends 4 KiB and
# closes, a UDP echo that answers "kernel" on both families; with argument
# "client", the same on the client's addresses.
ROUTER_SERVICES = r'''
import socket, sys, threading
def udp(family, addr):
    u = socket.socket(family, socket.SOCK_DGRAM)
    u.bind((addr, 5300))
    while True:
        _, a = u.recvfrom(2000)
        u.sendto(b"kernel", a)
host = 2 if sys.argv[1:] == ["client"] else 1
for f, a in ((socket.AF_INET, f"10.77.0.{host}"), (socket.AF_INET6, f"fd77::{host}")):
    threading.Thread(target=udp, args=(f, a), daemon=True).start()
t = socket.socket(socket.AF_INET6)
t.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
t.bind(("::", 5301))
t.listen(16)
print("ready", flush=True)
while True:
    c, _ = t.accept()
    c.sendall(b"r" * 4096)
    c.close()
'''

# A pooled client of test_4b (or the router, the other way): 5 connections
# to each of the addresses in argv (the IPv4 one first), one UDP query to
# each (every reply kept for a second), and a datagram to mDNS's group.
ROUTER_ITSELF = r'''
import json, socket, sys
tcp, udp = 0, []
for addr in sys.argv[1:]:
    for _ in range(5):
        s = socket.create_connection((addr, 5301), timeout=5)
        if ":" not in addr:
            me = s.getsockname()[0]
        got = b""
        while (d := s.recv(65536)):
            got += d
        tcp += got == b"r" * 4096
    u = socket.socket(socket.AF_INET6 if ":" in addr else socket.AF_INET, socket.SOCK_DGRAM)
    u.settimeout(1)
    u.sendto(b"q", (addr, 5300))
    replies = []
    try:
        while True:
            replies.append(u.recv(100).hex())
    except socket.timeout:
        pass
    udp.append(replies)
m = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
m.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(me))
m.sendto(b"q", ("224.0.0.251", 5353))
print(json.dumps({"tcp": tcp, "udp": udp}))
'''


def fanout_id(pid, ifindex):
    """The group id byway-capture uses for an interface (afpacket.cpp, joinFanout)."""
    return (pid * 40503 + ifindex) & 0xFFFF


class CapturePacketTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        require_lab()
        net = cls.net = Net("p")
        try:
            for n in ("c", "g", "r", "u"):
                net.add(n)
            net.link("c", "pv0", "r", "bwcpk0")
            net.link("g", "pv1", "r", "bwcpk1")
            net.ex("g", "ip", "addr", "add", "10.78.0.2/24", "dev", "pv1")
            net.ex("g", "ip", "route", "add", "default", "via", "10.78.0.1")
            net.ex("r", "ip", "addr", "add", "10.78.0.1/24", "dev", "bwcpk1")
            net.link("r", "rv1", "u", "uv0")
            net.ex("c", "ip", "addr", "add", "10.77.0.2/24", "dev", "pv0")
            net.ex("c", "ip", "route", "add", "default", "via", "10.77.0.1")
            net.ex("c", sys.executable, net.script("offload.py", OFFLOAD_OFF), "pv0")
            net.ex("r", "ip", "addr", "add", "10.77.0.1/24", "dev", "bwcpk0")
            net.ex("r", "ip", "addr", "add", "10.0.2.2/24", "dev", "rv1")
            net.ex("u", "ip", "addr", "add", "10.0.2.1/24", "dev", "uv0")
            net.ex("u", "ip", "route", "add", "default", "via", "10.0.2.2")
            net.ex("r", "sysctl", "-qw", "net.ipv4.ip_forward=1", "net.ipv4.ping_group_range=0 2147483647")
            # Like a container whose FORWARD path is closed: the kernel must
            # not forward (or ICMP-answer) what the capture handles.
            net.ex("r", "ip", "rule", "add", "priority", "100", "iif", "bwcpk0", "lookup", "2999")
            net.ex("r", "ip", "rule", "add", "priority", "101", "iif", "bwcpk1", "lookup", "2999")
            net.ex("r", "ip", "route", "add", "blackhole", "default", "table", "2999")
            # IPv6 on the same link (nodad: usable at once).
            for node, dev, addr in (("c", "pv0", "fd77::2/64"), ("r", "bwcpk0", "fd77::1/64"),
                                    ("r", "rv1", "fd02::2/64"), ("u", "uv0", "fd02::1/64")):
                net.ex(node, "ip", "-6", "addr", "add", addr, "dev", dev, "nodad")
            net.ex("c", "ip", "-6", "route", "add", "default", "via", "fd77::1")
            net.ex("u", "ip", "-6", "route", "add", "default", "via", "fd02::2")
            net.ex("r", "sysctl", "-qw", "net.ipv6.conf.all.forwarding=1")
            net.ex("r", "ip", "-6", "rule", "add", "priority", "100", "iif", "bwcpk0", "lookup", "2999")
            net.ex("r", "ip", "-6", "route", "add", "blackhole", "default", "table", "2999")
            # L3 tunnels: client "t" on the far end of TUN device bwcpk3
            # (offloads), "o" on the far end of bwcpk4 (none).
            script = net.script("l3tunnel.py", L3_TUNNEL)
            for node, dev, far, subnet, mode in (("t", "bwcpk3", "pt0", "10.76.0", []),
                                                 ("o", "bwcpk4", "pt1", "10.75.0", ["plain"])):
                net.add(node)
                net.ex("r", "ip", "tuntap", "add", dev, "mode", "tun")
                net.ex(node, "ip", "tuntap", "add", far, "mode", "tun")
                relay = net.spawn("r", sys.executable, script, f"/run/netns/{net.ns('r')}", dev,
                                  f"/run/netns/{net.ns(node)}", far, *mode, stdout=subprocess.PIPE, text=True)
                if relay.stdout.readline().strip() != "ready":
                    raise AssertionError(f"the L3 tunnel {dev} did not start")
                net.ex("r", "ip", "addr", "add", f"{subnet}.1/24", "dev", dev)
                net.ex("r", "ip", "link", "set", dev, "up")
                net.ex(node, "ip", "addr", "add", f"{subnet}.2/24", "dev", far)
                net.ex(node, "ip", "link", "set", far, "up")
                net.ex(node, "ip", "route", "add", "default", "dev", far)
                net.ex("r", "ip", "rule", "add", "priority", "103", "iif", dev, "lookup", "2999")
            # IPv6 through the tunnel with offloads too (TCPv6 GSO, protocol
            # ETH_P_IPV6 in the send's address).
            net.ex("r", "ip", "addr", "add", "fd76::1/64", "dev", "bwcpk3", "nodad")
            net.ex("t", "ip", "addr", "add", "fd76::2/64", "dev", "pt0", "nodad")
            net.ex("t", "ip", "-6", "route", "add", "default", "dev", "pt0")
            net.ex("r", "ip", "-6", "rule", "add", "priority", "103", "iif", "bwcpk3", "lookup", "2999")
            cls.client = net.script("client.py", CLIENT)
            peer = net.script("peer.py", PEER)
            net.spawn("u", sys.executable, peer, "server", "10.0.2.1")
            net.spawn("u", sys.executable, peer, "server", "fd02::1")
            burst = net.script("udpburst.py", UDP_BURST)
            net.spawn("u", sys.executable, burst, "10.0.2.1", "5400")
            net.spawn("u", sys.executable, burst, "fd02::1", "5400")
            services = net.spawn("r", sys.executable, net.script("services.py", ROUTER_SERVICES),
                                 stdout=subprocess.PIPE, text=True)
            if services.stdout.readline().strip() != "ready":
                raise AssertionError("the router's services did not start")
            cls.capture = start_capture(net, "r", {
                "noTun": True, "packetInterfaces": ["bwcpk*"],
                "pools": [{"name": "ike", "subnet": "10.77.0.0/24"}, {"name": "gso", "subnet": "10.78.0.0/24"},
                          {"name": "late", "subnet": "10.79.0.0/24"}, {"name": "ike6", "subnet": "fd77::/64"},
                          {"name": "l3", "subnet": "10.76.0.0/24"}, {"name": "l3plain", "subnet": "10.75.0.0/24"},
                          {"name": "l3v6", "subnet": "fd76::/64"}],
            })
            import time
            time.sleep(0.5)
        except Exception:
            net.close()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.net.close()

    def run_client(self, *args, timeout=120, node="c"):
        import json
        p = self.net.ex(node, sys.executable, self.client, *args, timeout=timeout)
        return json.loads(p.stdout)

    def transfer_both_ways(self, server):
        before = snapshot(self.net)["stats"]["gsoOut"]
        r = self.run_client("down", server, str(20 << 20))
        self.assertEqual(r["got"], 20 << 20)
        self.assertEqual(r["mine"], r["theirs"])
        # lwIP's 64 KiB segments left as GSO packets with the client's MAC
        # (an Ethernet-type interface), byte-exact after the kernel cut them.
        self.assertGreater(snapshot(self.net)["stats"]["gsoOut"], before)
        r = self.run_client("up", server, str(20 << 20))
        self.assertEqual(r["mine"], r["theirs"])

    def test_1_transfer_both_ways(self):
        self.transfer_both_ways("10.0.2.1")

    def test_1b_transfer_both_ways_ipv6(self):
        self.transfer_both_ways("fd02::1")

    def test_1c_udp_burst_cut_here(self):
        # A UDP GSO burst read whole (UDP_GRO) leaves on the raw socket one
        # datagram at a time, each with its own lengths and checksum.
        for server in ("10.0.2.1", "fd02::1"):
            before = snapshot(self.net)["stats"]["packetsOut"]
            r = self.run_client("burst", server, "10")
            self.assertEqual((r["got"], r["bad"]), (400, 0), (server, r))
            self.assertEqual(r["sizes"], {"1200": 390, "500": 10}, (server, r))
            self.assertEqual(snapshot(self.net)["stats"]["packetsOut"] - before, 400, server)

    def test_1d_client_udp_gso_stays_datagrams(self):
        # A client's UDP GSO on an interface with offloads (node g) reaches
        # the AF_PACKET socket as one frame; its virtio_net_hdr says where
        # the datagrams end, so the server gets them, not one 47 KB datagram.
        for node in ("c", "g"):
            r = self.run_client("burstup", "10.0.2.1", "5", node=node)
            self.assertEqual((r["got"], r["bad"]), (200, 0), (node, r))
            self.assertEqual(r["sizes"], {"1200": 195, "500": 5}, (node, r))

    def test_2_ping_once_each(self):
        p = self.net.ex("c", "ping", "-c", "5", "-i", "0.2", "-W", "2", "10.0.2.1", check=False)
        self.assertIn("5 received", p.stdout, p.stdout)
        self.assertNotIn("DUP", p.stdout)

    def test_3_offloaded_frames(self):
        r = self.run_client("down", "10.0.2.1", str(20 << 20), node="g")
        self.assertEqual(r["got"], 20 << 20)
        self.assertEqual(r["mine"], r["theirs"])
        r = self.run_client("up", "10.0.2.1", str(20 << 20), node="g")
        self.assertEqual(r["mine"], r["theirs"])
        ifs = {i["name"]: i for i in snapshot(self.net)["packetInterfaces"]}
        self.assertGreater(ifs["bwcpk1"]["partialChecksums"], 0, ifs)
        self.assertGreater(ifs["bwcpk1"]["largestFrame"], 1514, ifs)  # a GSO super-packet, taken whole
        self.assertEqual(ifs["bwcpk0"]["partialChecksums"], 0, ifs)  # offloads off: complete on the wire

    def test_3b_l3_tunnels(self):
        # TUN devices in L3 mode (no link header): frames read bare, small
        # replies through the raw IP socket, lwIP's large segments as GSO
        # packets with no link header, whole to a reader that takes them
        # (bwcpk3) and cut by the kernel for one that does not (bwcpk4).
        for node, dev, size, server in (("t", "bwcpk3", 8 << 20, "10.0.2.1"), ("t", "bwcpk3", 8 << 20, "fd02::1"),
                                        ("o", "bwcpk4", 2 << 20, "10.0.2.1")):
            before = snapshot(self.net)["stats"]["gsoOut"]
            r = self.run_client("down", server, str(size), node=node)
            self.assertEqual(r["got"], size, dev)
            self.assertEqual(r["mine"], r["theirs"], dev)
            self.assertGreater(snapshot(self.net)["stats"]["gsoOut"], before, dev)
            r = self.run_client("up", server, str(size), node=node)
            self.assertEqual(r["mine"], r["theirs"], dev)
            p = self.net.ex(node, "ping", "-c", "3", "-i", "0.2", "-W", "2", server, check=False)
            self.assertIn("3 received", p.stdout, p.stdout)
            self.assertNotIn("DUP", p.stdout)
            ifs = {i["name"]: i for i in snapshot(self.net)["packetInterfaces"]}
            self.assertGreater(ifs[dev]["captured"], 100, ifs)
            self.assertGreater(ifs[dev]["injected"], 10, ifs)

    def test_4_counters(self):
        # A source in no pool is the kernel's: the sockets' filter keeps its
        # frames in the kernel (UDP, and GRE the capture could not parse
        # anyway), as it does the replies leaving. A pooled client's GRE
        # comes up and is a drop.
        import time
        self.net.ex("c", "ip", "addr", "add", "10.80.0.2/32", "dev", "pv0")
        before = snapshot(self.net)["stats"]
        self.net.ex("c", sys.executable, "-c", "import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
                    "s.bind(('10.80.0.2', 0)); [s.sendto(b'x', ('10.0.2.1', 9)) for _ in range(3)]")
        gre = ("import socket, sys; s = socket.socket(socket.AF_INET, socket.SOCK_RAW, 47); "
               "s.bind((sys.argv[1], 0)); [s.sendto(b'\\0' * 8, ('10.0.2.1', 0)) for _ in range(3)]")
        self.net.ex("c", sys.executable, "-c", gre, "10.80.0.2")
        self.net.ex("c", sys.executable, "-c", gre, "10.77.0.2")
        deadline = time.monotonic() + 5
        while (snapshot(self.net)["stats"]["drops"]["unsupported_protocol"] < before["drops"]["unsupported_protocol"] + 3
               and time.monotonic() < deadline):
            time.sleep(0.1)
        snap = snapshot(self.net)
        s = snap["stats"]
        self.assertEqual(s["drops"]["unsupported_protocol"], before["drops"]["unsupported_protocol"] + 3, s["drops"])
        self.assertEqual(s["notPooled"], before["notPooled"], s)
        self.assertEqual(s["drops"]["unknown_source"], 0, s["drops"])
        self.assertEqual(sorted(i["name"] for i in snap["packetInterfaces"]), ["bwcpk0", "bwcpk1", "bwcpk3", "bwcpk4"])
        for i in snap["packetInterfaces"]:
            self.assertTrue(i["ignoresOutgoing"], i)
            self.assertTrue(i["filtersSources"], i)
            self.assertTrue(i["filtersLocal"], i)
            self.assertEqual(i["outgoingFiltered"], 0, i)
        ifs = [i for i in snap["packetInterfaces"] if i["name"] == "bwcpk0"]
        self.assertGreater(ifs[0]["captured"], 1000)
        self.assertGreater(ifs[0]["injected"], 1000)
        self.assertEqual(s["outgoingFiltered"], 0, s)
        self.assertEqual(s["checksumErrors"], 0)

    def test_4b_the_router_itself(self):
        # What a pooled client sends the router itself (DNS, SSH, a ping) or
        # to multicast is the kernel's to answer: the capture answering too
        # gave two SYN-ACKs (connections reset) and DUP pings.
        before = snapshot(self.net)["stats"]
        r = self.run_client_code(ROUTER_ITSELF, "10.77.0.1", "fd77::1")
        self.assertEqual(r, {"tcp": 10, "udp": [[b"kernel".hex()]] * 2}, r)
        ping = self.net.ex("c", "ping", "-c", "3", "-i", "0.2", "10.77.0.1").stdout
        self.assertIn("3 received", ping)
        self.assertNotIn("DUP", ping)
        # The other way: the router's own connections to a pooled client,
        # whose answers the capture took for segments of no flow (RST).
        server = self.net.spawn("c", sys.executable, "-c", ROUTER_SERVICES, "client", stdout=subprocess.PIPE, text=True)
        self.assertEqual(server.stdout.readline().strip(), "ready")
        r = self.run_client_code(ROUTER_ITSELF, "10.77.0.2", "fd77::2", node="r")
        self.assertEqual(r["tcp"], 10, r)
        server.terminate()
        s = snapshot(self.net)["stats"]
        self.assertEqual(s["flowsCreated"], before["flowsCreated"], s)
        # 20 connections, 2 datagrams and one to mDNS's group, 3 echo
        # requests: all left to the kernel, by the sockets' filter (none
        # came up; CaptureUnfilteredTest has the reader sort them).
        self.assertEqual(s["localDestination"], before["localDestination"], s)
        self.assertEqual(s["dropsTotal"], before["dropsTotal"], s["drops"])

    def test_4c_an_address_the_router_just_got(self):
        # Followed as the kernel announces it (rtnetlink), not at the next
        # poll: the client's first connection, a moment after, is the kernel's.
        for attempt in range(3):
            addr = f"10.77.0.{50 + attempt}"
            self.net.ex("r", "ip", "addr", "add", f"{addr}/32", "dev", "bwcpk0")
            try:
                r = self.run_client_code(ROUTER_ITSELF, addr)
            finally:
                self.net.ex("r", "ip", "addr", "del", f"{addr}/32", "dev", "bwcpk0")
            self.assertEqual(r["tcp"], 5, r)

    def run_client_code(self, code, *args, node="c"):
        import json
        return json.loads(self.net.ex(node, sys.executable, "-c", code, *args, timeout=60).stdout)

    def test_5_flows_on_every_worker(self):
        before = snapshot(self.net)["stats"]["workers"]
        r = self.run_client("many", "10.0.2.1", "48")
        self.assertEqual(r["ok"], 48, r)
        snap = snapshot(self.net)
        w = snap["stats"]["workers"]
        self.assertEqual(len(w), WORKERS, w)
        # Every worker's socket is in its interface's fanout group; the
        # kernel's flow hash spreads 48 connections over all of them (all on
        # one of two workers: 2^-47).
        for i in snap["packetInterfaces"]:
            self.assertEqual(i["sockets"], WORKERS, i)
        for b, a in zip(before, w):
            self.assertGreater(a["flowsCreated"] - b["flowsCreated"], 0, w)
            self.assertGreater(a["packetsIn"] - b["packetsIn"], 0, w)
        self.assertEqual(snap["stats"]["drops"]["inbox_full"], 0, snap["stats"]["drops"])

    def test_6_fanout_refused_worker_0_alone(self):
        # (One worker joins no group: the same outcome, without the warning.)
        import time
        net = self.net
        # An interface that appears later, under a name the capture does not
        # take yet: its group id is blocked before the capture can see it.
        net.add("k")
        net.link("k", "pv2", "r", "tmpk2")
        ifindex = int(net.ex("r", "cat", "/sys/class/net/tmpk2/ifindex").stdout)
        blocker = net.spawn("r", sys.executable, net.script("block.py", FANOUT_BLOCKER),
                            str(fanout_id(self.capture.pid, ifindex)), stdout=subprocess.PIPE, text=True)
        self.assertEqual(blocker.stdout.readline().strip(), "held")
        net.ex("r", "ip", "link", "set", "tmpk2", "down")
        net.ex("r", "ip", "link", "set", "tmpk2", "name", "bwcpk2")
        net.ex("r", "ip", "link", "set", "bwcpk2", "up")
        net.ex("r", "ip", "addr", "add", "10.79.0.1/24", "dev", "bwcpk2")
        net.ex("r", "ip", "rule", "add", "priority", "102", "iif", "bwcpk2", "lookup", "2999")
        net.ex("k", "ip", "addr", "add", "10.79.0.2/24", "dev", "pv2")
        net.ex("k", "ip", "route", "add", "default", "via", "10.79.0.1")
        deadline = time.monotonic() + 15
        while True:
            snap = snapshot(net)
            ifs = {i["name"]: i for i in snap["packetInterfaces"]}
            if "bwcpk2" in ifs or time.monotonic() > deadline:
                break
        self.assertIn("bwcpk2", ifs, snap["packetInterfaces"])
        self.assertEqual(ifs["bwcpk2"]["sockets"], 1, ifs)
        before = snap["stats"]["workers"]
        r = self.run_client("many", "10.0.2.1", "24", node="k")
        self.assertEqual(r["ok"], 24, r)
        r = self.run_client("down", "10.0.2.1", str(4 << 20), node="k")
        self.assertEqual(r["mine"], r["theirs"])
        w = snapshot(net)["stats"]["workers"]
        # Worker 0 alone read it: every new flow is worker 0's.
        self.assertEqual(w[0]["flowsCreated"] - before[0]["flowsCreated"], 25, w)
        for b, a in zip(before[1:], w[1:]):
            self.assertEqual(a["flowsCreated"], b["flowsCreated"], w)
        with open(os.path.join(net.tmp, "capture.err")) as f:
            self.assertEqual(f.read().count("PACKET_FANOUT refused on bwcpk2"), 1 if WORKERS > 1 else 0)


class CaptureUnfilteredTest(CaptureLab):
    """More sources than one socket filter can hold (here 460 addresses of
    their own, as many sessions outside the pools would make): the filter
    keeps only the outgoing frames in the kernel, and every frame from any
    source is read. What the capture cannot take then is counted by its
    source: a VLAN's frames and unparsable IP from an unpooled address are
    the kernel's (notPooled), a pooled client's are drops (vlan_tagged,
    unsupported_protocol)."""

    TAG = "f"

    @classmethod
    def build(cls, net):
        for n in ("c", "r"):
            net.add(n)
        net.link("c", "pv0", "r", "bwcpk0")
        net.ex("r", "ip", "addr", "add", "10.77.0.1/24", "dev", "bwcpk0")
        net.ex("c", "ip", "addr", "add", "10.77.0.2/24", "dev", "pv0")
        net.ex("c", "ip", "addr", "add", "10.83.0.2/32", "dev", "pv0")
        net.ex("c", "ip", "route", "add", "default", "via", "10.77.0.1")
        cls.macs = [net.ex(n, "cat", f"/sys/class/net/{d}/address").stdout.strip()
                    for n, d in (("r", "bwcpk0"), ("c", "pv0"))]
        pools = [{"name": "ike", "subnet": "10.77.0.0/16"}]
        pools += [{"name": f"s{i}", "subnet": f"fd99::{i:x}/128"} for i in range(460)]
        cls.capture = start_capture(net, "r", {"noTun": True, "packetInterfaces": ["bwcpk*"], "pools": pools})

    def send_gre(self, source):
        # Three GRE packets through the router: IP the capture cannot take.
        code = ("import socket, sys; s = socket.socket(socket.AF_INET, socket.SOCK_RAW, 47); "
                "s.bind((sys.argv[1], 0)); [s.sendto(b'\\0' * 8, ('10.0.2.1', 0)) for _ in range(3)]")
        self.net.ex("c", sys.executable, "-c", code, source)

    def send_tagged(self, source, dest):
        # Three UDP datagrams in frames tagged for VLAN 10, as a VLAN
        # interface on the client would send them (none can be made here:
        # no 8021q module); the router's kernel strips the tag on receipt.
        self.net.ex("c", sys.executable, "-c", VLAN_FRAMES, "pv0", *self.macs, source, dest)

    def test_counted_by_source(self):
        before = snapshot(self.net)
        (iface,) = before["packetInterfaces"]
        self.assertTrue(iface["ignoresOutgoing"], iface)
        self.assertFalse(iface["filtersSources"], iface)
        before = before["stats"]
        self.send_tagged("10.82.0.2", "10.82.0.1")  # unpooled
        self.send_gre("10.83.0.2")  # unpooled
        self.send_tagged("10.77.9.2", "10.77.9.1")  # pooled
        self.send_gre("10.77.0.2")  # pooled
        s = wait_stats(self.net, lambda s: s["drops"]["vlan_tagged"] >= before["drops"]["vlan_tagged"] + 3
                       and s["drops"]["unsupported_protocol"] >= before["drops"]["unsupported_protocol"] + 3
                       and s["notPooled"] >= before["notPooled"] + 6)
        self.assertEqual(s["drops"]["vlan_tagged"], before["drops"]["vlan_tagged"] + 3, s["drops"])
        self.assertEqual(s["drops"]["unsupported_protocol"], before["drops"]["unsupported_protocol"] + 3, s["drops"])
        # Six from the unpooled sources, and whatever else the kernel sent
        # meanwhile (IPv6 router solicitations, MLD): never fewer.
        self.assertGreaterEqual(s["notPooled"], before["notPooled"] + 6, s)
        self.assertEqual(s["drops"]["unknown_source"], 0, s["drops"])

    def test_the_router_itself_sorted_here(self):
        # No room in the filter for the router's addresses either: what a
        # pooled client sends the router comes up, and the reader leaves it
        # to the kernel (no second SYN-ACK, no DUP ping) and counts it.
        before = snapshot(self.net)
        self.assertFalse(before["packetInterfaces"][0]["filtersLocal"], before["packetInterfaces"])
        self.net.ex("r", "ip", "addr", "add", "fd77::1/64", "dev", "bwcpk0", "nodad")
        services = self.net.spawn("r", sys.executable, "-c", ROUTER_SERVICES, stdout=subprocess.PIPE, text=True)
        try:
            self.assertEqual(services.stdout.readline().strip(), "ready")
            r = json.loads(self.net.ex("c", sys.executable, "-c", ROUTER_ITSELF, "10.77.0.1", timeout=60).stdout)
            ping = self.net.ex("c", "ping", "-c", "3", "-i", "0.2", "10.77.0.1").stdout
        finally:
            services.terminate()
            services.wait()
        self.assertEqual(r, {"tcp": 5, "udp": [[b"kernel".hex()]]}, r)
        self.assertIn("3 received", ping)
        self.assertNotIn("DUP", ping)
        s = snapshot(self.net)["stats"]
        self.assertEqual(s["flowsCreated"], before["stats"]["flowsCreated"], s)
        # 5 connections of 3 packets or more, a datagram, mDNS, 3 pings.
        self.assertGreaterEqual(s["localDestination"] - before["stats"]["localDestination"], 5 * 3 + 1 + 1 + 3, s)
        self.assertEqual(s["dropsTotal"], before["stats"]["dropsTotal"], s["drops"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
