# SPDX-License-Identifier: GPL-3.0-or-later
"""The named topologies. Each builder returns a dict of the addresses tests
need, so tests never repeat literals.

client-router-upstream:

    client eth0 ── lan0 router wan0 ── eth0 upstream (web server on lo)
    10.0.1.2/24     10.0.1.1   10.0.2.1    10.0.2.2   203.0.113.10, 2001:db8:80::10
    fd00:1::2/64    fd00:1::1  fd00:2::1   fd00:2::2

bypass (side router beside the main router):

    client1 ─┐                                   main wan0 ── eth0 upstream
    client2 ─┤ bridge "lan" (192.168.10.0/24)    198.51.100.1   198.51.100.2
    side lan0┤  side .2, main .1, clients .101+  (nft masquerade out wan0)
    main lan0┘
    side alt0 ── bridge "alt" (192.168.20.0/24, fd00:20::/64) ── main alt0

    Clients use the side router as gateway; the side router forwards to the
    main router without NAT (rp_filter loose, the return path skips it);
    the main router masquerades to upstream, which has no route back to
    the private networks.
"""

WEB_V4 = "203.0.113.10"
WEB_V6 = "2001:db8:80::10"


def client_router_upstream(lab, web=True):
    lab.add_node("client")
    lab.add_node("router", forwarding=True)
    lab.add_node("upstream")
    lab.link("client", "eth0", "router", "lan0")
    lab.link("router", "wan0", "upstream", "eth0")

    lab.addr("client", "eth0", "10.0.1.2/24")
    lab.addr("client", "eth0", "fd00:1::2/64")
    lab.route("client", "default", "via", "10.0.1.1")
    lab.route("client", "default", "via", "fd00:1::1")

    lab.addr("router", "lan0", "10.0.1.1/24")
    lab.addr("router", "lan0", "fd00:1::1/64")
    lab.addr("router", "wan0", "10.0.2.1/24")
    lab.addr("router", "wan0", "fd00:2::1/64")
    lab.route("router", "default", "via", "10.0.2.2")
    lab.route("router", "default", "via", "fd00:2::2")

    lab.addr("upstream", "eth0", "10.0.2.2/24")
    lab.addr("upstream", "eth0", "fd00:2::2/64")
    lab.addr("upstream", "lo", f"{WEB_V4}/32")
    lab.addr("upstream", "lo", f"{WEB_V6}/128")
    lab.route("upstream", "10.0.1.0/24", "via", "10.0.2.1")
    lab.route("upstream", "fd00:1::/64", "via", "fd00:2::1")
    if web:
        lab.start_web("upstream", WEB_V4)
        lab.start_web("upstream", WEB_V6)
    return {
        "name": "client-router-upstream",
        "client": "10.0.1.2", "client6": "fd00:1::2",
        "router_lan": "10.0.1.1", "router_lan6": "fd00:1::1",
        "router_wan": "10.0.2.1", "router_wan6": "fd00:2::1",
        "upstream": "10.0.2.2", "upstream6": "fd00:2::2",
        "web": WEB_V4, "web6": WEB_V6,
        "router": "router",
    }


def mesh_default(lab, node="router"):
    """client-router-upstream as a wan-separated box: the mesh (lan0) is the
    main table's default; the WAN default stays in main with a worse metric,
    which Byway copies into the WAN exit's table."""
    lab.ip(node, "route", "del", "default", "via", "10.0.2.2")
    lab.ip(node, "route", "add", "default", "via", "10.0.2.2", "dev", "wan0", "metric", "500")
    lab.ip(node, "route", "add", "default", "via", "10.0.1.2", "dev", "lan0", "metric", "10")


MASQUERADE = """
table ip lab_nat {
    chain postrouting {
        type nat hook postrouting priority srcnat; policy accept;
        oifname "wan0" masquerade
    }
}
"""


def bypass(lab, clients=2, web=True):
    sw = "sw"
    lab.add_node(sw)
    lab.bridge(sw, "lan")
    lab.bridge(sw, "alt")
    lab.add_node("main", forwarding=True)
    lab.add_node("side", forwarding=True)
    lab.add_node("upstream")

    lab.plug("main", "lan0", sw, "lan")
    lab.plug("side", "lan0", sw, "lan")
    lab.plug("main", "alt0", sw, "alt")
    lab.plug("side", "alt0", sw, "alt")
    lab.link("main", "wan0", "upstream", "eth0")

    lab.addr("main", "lan0", "192.168.10.1/24")
    lab.addr("main", "alt0", "192.168.20.1/24")
    lab.addr("main", "alt0", "fd00:20::1/64")
    lab.addr("main", "wan0", "198.51.100.1/24")
    lab.addr("main", "wan0", "fd00:51::1/64")
    lab.route("main", "default", "via", "198.51.100.2")
    lab.route("main", "default", "via", "fd00:51::2")
    # The main router does the NAT, set up from outside as the real one would be.
    lab.nft("main", MASQUERADE)

    lab.addr("side", "lan0", "192.168.10.2/24")
    lab.addr("side", "alt0", "192.168.20.2/24")
    lab.addr("side", "alt0", "fd00:20::2/64")
    lab.route("side", "default", "via", "192.168.10.1")
    lab.route("side", "default", "via", "fd00:20::1")
    # Return traffic comes straight from the main router to the clients,
    # so the side router sees only one direction: strict rp_filter would drop.
    lab.sysctl("side", "net.ipv4.conf.all.rp_filter", 2)
    lab.sysctl("side", "net.ipv4.conf.lan0.rp_filter", 2)
    # Forwarding out the interface it came in on is the point of a bypass
    # router: do not tell clients to go to the main router directly.
    lab.sysctl("side", "net.ipv4.conf.all.send_redirects", 0)
    lab.sysctl("side", "net.ipv4.conf.lan0.send_redirects", 0)

    lab.addr("upstream", "eth0", "198.51.100.2/24")
    lab.addr("upstream", "eth0", "fd00:51::2/64")
    lab.addr("upstream", "lo", f"{WEB_V4}/32")
    lab.addr("upstream", "lo", f"{WEB_V6}/128")

    names = []
    for i in range(1, clients + 1):
        node = f"client{i}"
        lab.add_node(node)
        lab.plug(node, "eth0", sw, "lan")
        lab.addr(node, "eth0", f"192.168.10.{100 + i}/24")
        lab.route(node, "default", "via", "192.168.10.2")
        names.append(node)
    if web:
        lab.start_web("upstream", WEB_V4)
    return {
        "name": "bypass",
        "clients": names,
        "client_addrs": [f"192.168.10.{100 + i}" for i in range(1, clients + 1)],
        "main_lan": "192.168.10.1", "main_alt": "192.168.20.1", "main_wan": "198.51.100.1",
        "side_lan": "192.168.10.2", "side_alt": "192.168.20.2", "side_alt6": "fd00:20::2",
        "upstream": "198.51.100.2",
        "web": WEB_V4, "web6": WEB_V6,
        "router": "side",
    }


BUILDERS = {
    "client-router-upstream": client_router_upstream,
    "bypass": bypass,
}
