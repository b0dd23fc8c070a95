#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The router-system container image really built and run, with podman:
#   - base image: `podman import` of the cached Debian 12 root file system
#     (scripts/rootfs.sh), no registry pull;
#   - packaging/container/Dockerfile built from it, the build stage replaced
#     by the .debs cpack made here (--build-context build=DIR);
#   - run as docs/deploy.md says: bridge network, --cap-add NET_ADMIN
#     --cap-add NET_RAW --device /dev/net/tun, a data volume, no --privileged;
#   - bywayd's probe inside: a container (not the host's network), both
#     capabilities present, nftables and TUN usable;
#   - a client namespace on the container's LAN fetches a file from an
#     upstream namespace on the podman bridge through the compat capture:
#     the upstream has no route back to the client's subnet and no masquerade
#     covers it, so only the capture's own sockets can carry it; the server
#     sees the container's address;
#   - run without the --sysctl flags (/proc/sys read-only, the host's
#     defaults): the probe reports sysctl.readonly with the flags, and the
#     capture config is refused up front (validation_failed,
#     env.sysctl.readonly), the container's kernel state unchanged;
#   - podman stop is a clean stop (exit 0), the config survives in the volume;
#   - the host's network state is left as it was: podman, netavark's bridge,
#     its firewall rules and its ip_forward live in a network namespace the
#     test owns (compared before and after: sysctls, bridges, nft, iptables).
#   test_container.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$(realpath "$1")
src=$(realpath "$2")
t0=$SECONDS
export t0
# shellcheck source=tests/packaging/lib.sh
source "$src/tests/packaging/lib.sh"

need_root "podman as root, network namespaces"
need_tools podman unshare nsenter cpack ip curl python3 nft iptables-save

id=boot$$
name=byway-$id
image=localhost/byway-test-$id
net=byway-$id
client=bwcl$$
upstream=bwup$$
pmns=bwpm$$
# A /24 of the benchmarking range (RFC 2544) per run: nothing outside this
# machine's own namespaces has it.
subnet=198.18.$(($$ % 250 + 1))
tmp=$(mktemp -d /var/tmp/byway-container.XXXXXX)
http_pid=""

# podman, conmon and netavark run in a network namespace of the test's own
# (pmns): netavark's bridge, its iptables rules and the ip_forward=1 it sets
# live there and go with it, not on the host, where a new namespace would
# inherit forwarding (net.core.devconf_inherit_init_net=0) and every later
# test with it. Each podman call gets a mount namespace of its own (made
# private where it differs: /sys, so nothing reaches the machine's mounts;
# /run/netns stays shared, so podman's container namespaces are seen by the
# next call) with the sysfs of pmns on /sys and a cgroup2 on /sys/fs/cgroup.
# This sandbox (and some hosts) mount cgroups v1 with a cgroup2 beside it
# ("hybrid"), which crun refuses: there containers get no cgroup of their own
# (--cgroups=disabled: cgroup2 device control needs eBPF and a raised
# RLIMIT_MEMLOCK, i.e. CAP_SYS_RESOURCE, which this sandbox lacks).
pm() {
    nsenter --net="/run/netns/$pmns" unshare -m --propagation unchanged sh -c \
        'mount --make-rprivate /sys && mount -t sysfs sysfs /sys && mount -t cgroup2 cgroup2 /sys/fs/cgroup && exec podman "$@"' pm "$@"
}
run_flags=()
if [[ $(stat -fc %T /sys/fs/cgroup) != cgroup2fs ]]; then
    run_flags+=(--cgroups=disabled)
    echo "note: hybrid cgroups here: podman runs with a unified cgroup2 view and --cgroups=disabled"
fi
# Without CAP_SYS_RESOURCE crun cannot raise rlimits to podman's defaults:
# ask for what this process already has.
if (( (0x$(awk '/^CapEff/ {print $2}' /proc/self/status) >> 24 & 1) == 0 )); then
    run_flags+=(--ulimit "nofile=$(ulimit -Hn):$(ulimit -Hn)" --ulimit nproc=4096:4096)
fi

# podman runs HEALTHCHECKs from systemd timers; without systemd on the
# machine the test runs the image's health check itself (below).
[[ -d /run/systemd/system ]] || run_flags+=(--health-interval=disable)

host_state "^[cu]$id\$" >"$tmp/host.before"

# shellcheck disable=SC2317  # called through the trap
cleanup() {
    local rc=$?
    set +e
    [[ -n $http_pid ]] && kill "$http_pid" 2>/dev/null && wait "$http_pid" 2>/dev/null
    pm rm -f -t 5 "$name" >/dev/null 2>&1
    pm rm -f -t 5 "$name-ro" >/dev/null 2>&1
    pm rmi -f "$image" >/dev/null 2>&1
    pm network rm -f "$net" >/dev/null 2>&1
    ip netns del "$client" 2>/dev/null
    ip netns del "$upstream" 2>/dev/null
    ip netns del "$pmns" 2>/dev/null
    host_state_kept "$tmp/host.before" "^[cu]$id\$" || rc=1
    rm -rf "$tmp"
    exit "$rc"
}
trap cleanup EXIT
ip netns add "$pmns"
ip -n "$pmns" link set lo up

in_c() { pm exec "$name" "$@"; }

# --- image ---------------------------------------------------------------------------
step "cpack (bywayd, bywayctl)"
mkdir -p "$tmp/ctx/build/packages" "$tmp/src/packaging"
build_debs "$build" "$tmp/ctx/build/packages"
step "base image from the root file system"
tar=$(rootfs_tar "$src")
base=localhost/byway-lab-base:$(basename "$tar" .tar)
if ! pm image exists "$base"; then
    pm import "$tar" "$base" >"$tmp/import.log" 2>&1 || { cat "$tmp/import.log"; fail "podman import $tar"; }
fi

step "podman build packaging/container/Dockerfile"
# The recipe and what it copies from the repository, nothing else.
cp -r "$src/packaging/container" "$tmp/src/packaging/"
pm build --pull=never --isolation=chroot --format docker --layers=false \
    --build-arg BASE="$base" --build-context build="$tmp/ctx" \
    -f "$tmp/src/packaging/container/Dockerfile" -t "$image" "$tmp/src" >"$tmp/build.log" 2>&1 ||
    { cat "$tmp/build.log"; fail "podman build"; }
# The build stage was replaced by the given .debs, and the base had every Depends.
if grep -qE 'cmake -S|^(Get|Hit|Ign):[0-9]+ https?:' "$tmp/build.log"; then
    cat "$tmp/build.log"; fail "the build compiled or fetched packages: the local base or the .debs were not used"
fi
grep -q 'Setting up bywayd' "$tmp/build.log" || { cat "$tmp/build.log"; fail "bywayd was not installed in the image"; }

# vpn-gateway with the compat capture: the config both runs apply.
cat >"$tmp/gateway.json" <<'EOF'
{
    "version": 1,
    "role": "vpn-gateway",
    "capture": {"mode": "on"},
    "interfaces": {"wan": ["eth0", "wan9"], "tunnels": ["lan*"]},
    "pools": [{"name": "lan", "subnet": "10.0.1.0/24", "users": []}],
    "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": "wan9"}]}
}
EOF
pm network create --disable-dns --subnet "$subnet.0/24" "$net" >/dev/null

# --- without the --sysctl flags: a read-only /proc/sys, refused up front ---------------
# The container's namespace starts with the host's IPv4 defaults and its
# /proc/sys is read-only: bywayd's probe says so, and the capture config is
# refused before anything changes, each sysctl named with the flag to pass.
step "podman run without --sysctl: read-only /proc/sys"
mkdir -p "$tmp/data-ro"
cp "$tmp/gateway.json" "$tmp/data-ro/"
pm run -d --name "$name-ro" "${run_flags[@]}" --network "$net" \
    --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun \
    -v "$tmp/data-ro:/data" "$image" >/dev/null || fail "podman run (no --sysctl)"
for _ in $(seq 100); do pm exec "$name-ro" test -S /run/byway/bywayd.sock 2>/dev/null && break; sleep 0.1; done
ro_pid=$(pm inspect -f '{{.State.Pid}}' "$name-ro")
ro_values="$(nsenter -t "$ro_pid" -n cat /proc/sys/net/ipv4/ip_forward) $(nsenter -t "$ro_pid" -n cat /proc/sys/net/ipv4/conf/default/rp_filter) $(nsenter -t "$ro_pid" -n cat /proc/sys/net/ipv4/conf/all/rp_filter)"
# rp_filter is needed only when strict as the kernel applies it, max(all, default).
[[ ${ro_values%% *} != 1 ]] ||
    fail "this host's defaults already give containers ip_forward=1: the read-only case proves nothing here"
pm exec "$name-ro" bywayctl -o json probe >"$tmp/probe-ro.json" || fail "bywayctl probe (no --sysctl)"
kernel_ro() { nsenter -t "$ro_pid" -n sh -c 'ip -o link | sed "s/^[0-9]*: //"; ip rule; ip route show table all; nft list ruleset'; }
# The kernel's own changes first: an IPv6 link-local address is tentative
# until duplicate address detection ends (~1-2 s after the link came up),
# and only then gets its local route, which would show in the diff below.
for _ in $(seq 100); do
    [[ -z $(nsenter -t "$ro_pid" -n ip -6 -o addr show tentative) ]] && break
    sleep 0.1
done
[[ -z $(nsenter -t "$ro_pid" -n ip -6 -o addr show tentative) ]] || fail "IPv6 addresses in the container stayed tentative for 10 s"
kernel_ro >"$tmp/kernel-ro.before"
rc=0
pm exec "$name-ro" bywayctl -o json config validate /data/gateway.json >"$tmp/validate-ro.json" 2>/dev/null || rc=$?
[[ $rc == 5 ]] || fail "bywayctl config validate on a read-only /proc/sys: exit $rc, not 5 (invalid)"
python3 - "$tmp/validate-ro.json" <<'EOF' || fail "config.validate did not say what apply refuses"
import json, sys
errors = json.load(open(sys.argv[1]))["error"]["data"]["errors"]
assert errors and all(e["id"] == "env.sysctl.readonly" for e in errors), errors
print("validate:", "; ".join(e["args"]["sysctl"] for e in errors))
EOF
rc=0
pm exec "$name-ro" bywayctl -o json apply /data/gateway.json >"$tmp/apply-ro.json" 2>"$tmp/apply-ro.err" || rc=$?
kernel_ro >"$tmp/kernel-ro.after"
python3 - "$tmp/probe-ro.json" "$tmp/apply-ro.json" "$tmp/apply-ro.err" "$rc" "$ro_values" <<'EOF' || fail "the read-only /proc/sys was not reported up front"
import json, sys
probe = json.load(open(sys.argv[1]))
codes = {f["code"]: f for f in probe["findings"]}
ro = codes.get("sysctl.readonly")
assert ro, f"no sysctl.readonly finding: {sorted(codes)}"
print("probe:", ro["summary"], "| fix:", ro["fix"])
forward, rp, rp_all = sys.argv[5].split()
rp_strict = max(int(rp), int(rp_all)) == 1  # off (0) or loose (2) is what the capture needs
want = [f"--sysctl {k}={v}" for k, v, needed in (("net.ipv4.ip_forward", "1", forward != "1"),
                                                ("net.ipv4.conf.default.rp_filter", "2", rp_strict)) if needed]
assert ro["args"]["flags"] == " ".join(want), (ro["args"], want)
out, err = open(sys.argv[2]).read(), open(sys.argv[3]).read()
assert sys.argv[4] != "0", "bywayctl apply succeeded on a read-only /proc/sys: " + out
assert "kernel_failed" not in out + err, out + err
print(err.strip())
data = json.loads(out)["error"]["data"]
assert data["code"] == "validation_failed", data
errors = data["errors"]
assert errors and all(e["id"] == "env.sysctl.readonly" for e in errors), errors
named = {e["args"]["sysctl"]: e["args"] for e in errors}
for e in errors:
    print("apply refused:", e["message"])
if forward != "1":
    assert named["net.ipv4.ip_forward"]["flag"] == "--sysctl net.ipv4.ip_forward=1", named
if rp_strict:
    assert named["net.ipv4.conf.byway0.rp_filter"]["flag"] == "--sysctl net.ipv4.conf.default.rp_filter=2", named
else:
    assert "net.ipv4.conf.byway0.rp_filter" not in named, named
EOF
diff -u "$tmp/kernel-ro.before" "$tmp/kernel-ro.after" || fail "the refused apply left kernel state in the container"
pm rm -f -t 5 "$name-ro" >/dev/null

# --- run as the field note does ---------------------------------------------------------
step "podman run (bridge, NET_ADMIN + NET_RAW, /dev/net/tun, volume)"
mkdir -p "$tmp/data"
pm run -d --name "$name" "${run_flags[@]}" --network "$net" \
    --cap-add NET_ADMIN --cap-add NET_RAW --device /dev/net/tun \
    --sysctl net.ipv4.ip_forward=1 --sysctl net.ipv4.conf.default.rp_filter=2 \
    -v "$tmp/data:/data" "$image" >/dev/null || fail "podman run"
for _ in $(seq 100); do in_c test -S /run/byway/bywayd.sock 2>/dev/null && break; sleep 0.1; done
in_c bywayctl status || { pm logs "$name"; fail "bywayctl status inside the container"; }
pm healthcheck run "$name" || fail "the image's HEALTHCHECK (bywayctl status) fails"
[[ $(stat -c %a "$tmp/data/byway.json") == 600 ]] || fail "the entrypoint did not seed /data/byway.json 0600"
pid=$(pm inspect -f '{{.State.Pid}}' "$name")
addr=$(pm inspect -f "{{(index .NetworkSettings.Networks \"$net\").IPAddress}}" "$name")
[[ $addr == "$subnet".* ]] || fail "container address '$addr' not in $subnet.0/24"
# NET_ADMIN (12) and NET_RAW (13) granted, SYS_ADMIN (21) not: no --privileged.
caps=$((0x$(awk '/^CapEff/ {print $2}' "/proc/$pid/status")))
(( caps >> 12 & 1 && caps >> 13 & 1 )) || fail "the container lacks NET_ADMIN or NET_RAW (CapEff $caps)"
(( (caps >> 21 & 1) == 0 )) || fail "the container has CAP_SYS_ADMIN: it runs privileged"

step "probe inside the container"
in_c bywayctl -o json probe >"$tmp/probe.json" || fail "bywayctl probe"
python3 - "$tmp/probe.json" <<'EOF' || fail "probe inside the container"
import json, sys
doc = json.load(open(sys.argv[1]))
codes = {f["code"]: f for f in doc["findings"]}
print("probe:", doc["mode"], " ".join(sorted(codes)))
want = ["netns.container", "cap.net_admin.ok", "cap.net_raw.ok", "nft.ok", "tun.ok"]
missing = [c for c in want if c not in codes]
assert not missing, f"missing findings {missing}"
assert codes["netns.container"]["data"]["kind"] == "container", codes["netns.container"]
assert "netns.container_host_network" not in codes, "probe says host network"
assert doc["mode"] == "standard", doc["mode"]
EOF

# --- a client through the compat capture ---------------------------------------------
step "client on the container's LAN, upstream on the bridge"
# LAN: a veth from a client namespace into the container (lan0, the pool's side).
ip netns add "$client"
ip -n "$client" link add "c$id" type veth peer name lan0 netns "/proc/$pid/ns/net"
ip -n "$client" link set lo up
ip -n "$client" addr add 10.0.1.2/24 dev "c$id"
ip -n "$client" link set "c$id" up
ip -n "$client" route add default via 10.0.1.1
nsenter -t "$pid" -n ip addr add 10.0.1.1/24 dev lan0
nsenter -t "$pid" -n ip link set lan0 up
# A WAN that leads nowhere takes the pool's masquerade (as in lab.compat):
# the masquerade never applies to what leaves eth0.
nsenter -t "$pid" -n ip link add wan9 type veth peer name wan9p
# Upstream: a namespace on the podman bridge, no default route, no route to
# 10.0.1.0/24: replies reach the client only through the capture's sockets.
bridge=$(pm network inspect -f '{{.NetworkInterface}}' "$net")
ip netns add "$upstream"
ip -n "$pmns" link add "u$id" type veth peer name eth0 netns "$upstream"
ip -n "$pmns" link set "u$id" master "$bridge" up
ip -n "$upstream" link set lo up
ip -n "$upstream" addr add "$subnet.200/24" dev eth0
ip -n "$upstream" link set eth0 up
mkdir -p "$tmp/www"
head -c 1000000 /dev/urandom >"$tmp/www/blob"
(cd "$tmp/www" && exec ip netns exec "$upstream" python3 -m http.server --bind "$subnet.200" 8080) >"$tmp/http.log" 2>&1 &
http_pid=$!
for _ in $(seq 50); do grep -q 'Serving HTTP' "$tmp/http.log" && break; sleep 0.1; done

# Without Byway's capture the client cannot reach upstream.
if ip netns exec "$client" curl -s -m 3 -o /dev/null "http://$subnet.200:8080/blob"; then
    fail "the client reaches upstream before Byway does anything: the test proves nothing"
fi

step "apply vpn-gateway with capture on"
cp "$tmp/gateway.json" "$tmp/data/"
in_c bywayctl apply /data/gateway.json || { pm logs "$name" | tail -20; fail "bywayctl apply"; }
in_c bywayctl -o json status >"$tmp/status.json"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); assert s["capture"]["active"] and s["capture"]["tun"] == "byway0", s["capture"]' \
    "$tmp/status.json" || fail "the capture is not active"

step "fetch through the container"
ip netns exec "$client" curl -sS -m 30 -o "$tmp/got" "http://$subnet.200:8080/blob" || fail "the client's fetch through the capture failed"
cmp -s "$tmp/got" "$tmp/www/blob" || fail "the fetched file differs"
grep -q "^$addr - .*GET /blob" "$tmp/http.log" || { cat "$tmp/http.log"; fail "upstream did not see the container's address $addr"; }
in_c bywayctl -o json status >"$tmp/status.json"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["capture"]["stats"]; print("capture:", s["tcpFlows"], "tcp flows,", s["bytesIn"], "bytes in,", s["bytesOut"], "bytes out"); assert s["tcpFlows"] >= 1 and s["bytesOut"] >= 1000000, s' \
    "$tmp/status.json" || fail "the capture did not carry the fetch"

# --- docker stop: clean ---------------------------------------------------------------
step "podman stop"
pm stop -t 20 "$name" >/dev/null
[[ $(pm inspect -f '{{.State.ExitCode}}' "$name") == 0 ]] || { pm logs "$name" | tail -20; fail "the container exited $(pm inspect -f '{{.State.ExitCode}}' "$name")"; }
grep -q '"vpn-gateway"' "$tmp/data/byway.json" || fail "the applied config is not in the volume"
step "ok"
