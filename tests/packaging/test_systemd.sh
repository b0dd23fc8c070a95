#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# bywayd.service under a real systemd as PID 1: a Debian 12 system container
# (systemd-nspawn --boot on the cached root file system of scripts/rootfs.sh),
# the built .debs installed with apt inside it, then:
#   - the postinst starts the unit; it is active, Type=notify, READY=1 seen;
#   - groups byway/byway-view and /run/byway, /var/lib/byway, /etc/byway exist;
#   - bywayctl status works for a byway-view member, config set is refused
#     for that member (exit 4) and status for a non-member (exit 4);
#   - the hardening holds in the running service: bounding set, NoNewPrivs,
#     seccomp, and in its mount namespace writes outside its directories fail;
#     systemd-analyze security's exposure inside the booted system;
#   - systemctl restart keeps the kernel state (start-up reconcile makes no
#     kernel writes), systemctl stop removes /run/byway but keeps the nft
#     table, the state and the config (docs/deploy.md);
#   - power off, a fresh network namespace (the kernel state a reboot loses),
#     boot again: the unit starts by itself and reconciles the stored config.
# The container's network is a namespace this test owns, with an eth0
# (the gateway's WAN): checked from outside with nft/ip; the host's network
# state is the same before and after (sysctls, bridges, nft, iptables).
#   test_systemd.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$(realpath "$1")
src=$(realpath "$2")
t0=$SECONDS
export t0
# shellcheck source=tests/packaging/lib.sh
source "$src/tests/packaging/lib.sh"

need_root "systemd-nspawn, network namespaces"
need_tools systemd-nspawn nsenter cpack ip nft iptables-save python3

ns=bwboot$$
machine=byway-boot-$$
tmp=$(mktemp -d /var/tmp/byway-boot.XXXXXX)
root=$tmp/root
nspawn_pid=""
leader=""

host_state >"$tmp/host.before"

# shellcheck disable=SC2317  # called through the trap
cleanup() {
    local rc=$?
    set +e
    if [[ -n $nspawn_pid ]] && kill -0 "$nspawn_pid" 2>/dev/null; then
        kill -TERM "$nspawn_pid"   # nspawn asks the container to halt
        for _ in $(seq 100); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$nspawn_pid" 2>/dev/null
    fi
    ip netns del "$ns" 2>/dev/null
    # nspawn leaves its mount propagation directory when /run is no tmpfs.
    rm -rf "/run/systemd/nspawn/propagate/$machine"
    host_state_kept "$tmp/host.before" || rc=1
    rm -rf "$tmp"
    exit "$rc"
}
trap cleanup EXIT

# The gateway's network: a namespace with a WAN eth0 (a veth whose peer stays
# in the namespace: this kernel may have no dummy driver), and no way out, so
# apt inside can only use what the root file system has. A reboot is modelled
# by deleting and making it again: the kernel state Byway left goes with it.
make_net() {
    ip netns del "$ns" 2>/dev/null || true
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    ip -n "$ns" link add eth0 type veth peer name wanpeer
    ip -n "$ns" link set wanpeer up
    ip -n "$ns" addr add 192.0.2.2/24 dev eth0
    ip -n "$ns" link set eth0 up
}

# boot N: systemd as PID 1 in the container (no --as-pid2), console to a log;
# waits until is-system-running answers running. nspawn grants CAP_NET_ADMIN
# only with --private-network, not with a namespace given by path: ask for it.
boot() {
    systemd-nspawn --quiet -D "$root" -M "$machine" --boot --register=no --keep-unit \
        --network-namespace-path="/run/netns/$ns" --capability=CAP_NET_ADMIN --console=passive \
        >"$tmp/console-$1.log" 2>&1 </dev/null &
    nspawn_pid=$!
    leader=""
    for _ in $(seq 150); do
        leader=$(ps -o pid= -o comm= --ppid "$nspawn_pid" | awk '$2 == "systemd" { print $1 }' || true)
        [[ -n $leader ]] && break
        kill -0 "$nspawn_pid" 2>/dev/null || { cat "$tmp/console-$1.log"; fail "boot $1: systemd-nspawn exited"; }
        sleep 0.2
    done
    [[ -n $leader ]] || { cat "$tmp/console-$1.log"; fail "boot $1: no systemd in the container"; }
    [[ $(in_ct cat /proc/1/comm) == systemd ]] || fail "boot $1: PID 1 is not systemd"
    # systemctl needs PID 1's private bus socket, made early in the boot.
    for _ in $(seq 150); do in_ct test -S /run/systemd/private && break; sleep 0.2; done
    local state
    state=$(in_ct timeout 120 systemctl is-system-running --wait || true)
    if [[ $state != running ]]; then
        in_ct systemctl --failed --no-pager || true
        cat "$tmp/console-$1.log"
        fail "boot $1: system is '$state', want running"
    fi
}

# in_ct CMD...: run in the container's namespaces, as a login would.
in_ct() { nsenter -t "$leader" -a env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 HOME=/root "$@"; }
# as USER CMD...: as that user inside the container.
as() { local u=$1; shift; in_ct runuser -u "$u" -- "$@"; }

poweroff() {
    in_ct systemctl poweroff || true
    local status=0
    wait "$nspawn_pid" || status=$?
    nspawn_pid=""
    [[ $status == 0 ]] || { cat "$tmp/console-$1.log"; fail "power off: systemd-nspawn exited $status"; }
}

unit() { in_ct systemctl show -P "$1" bywayd.service; }
# startup_writes: N of the last "reconcile: startup: ..., N kernel writes" line.
startup_writes() {
    in_ct journalctl -b -u bywayd.service -o cat --no-pager |
        sed -n 's/.*reconcile: startup: .*, \([0-9]*\) kernel writes.*/\1/p' | tail -1
}
# show: what bywayd says and logs, for a failure's context.
show() { in_ct bywayctl status || true; in_ct journalctl -b -u bywayd.service -o cat --no-pager | tail -30 || true; }
table() { ip netns exec "$ns" nft list table inet byway 2>/dev/null; }

# --- the packages and the system ---------------------------------------------------
step "cpack (bywayd, bywayctl)"
build_debs "$build" "$tmp/debs"
step "root file system"
tar=$(rootfs_tar "$src")
mkdir "$root"
tar -C "$root" -xf "$tar"
mkdir -p "$root/root/debs"
cp "$tmp"/debs/bywayd_*.deb "$tmp"/debs/bywayctl_*.deb "$root/root/debs/"

step "boot 1"
make_net
boot 1

# --- install with apt, as an admin would (no network: Depends are in the rootfs) ----
step "apt-get install ./bywayd_*.deb ./bywayctl_*.deb"
in_ct sh -c 'cd /root/debs && apt-get install -y --no-install-recommends ./bywayd_*.deb ./bywayctl_*.deb' \
    >"$tmp/apt.log" 2>&1 || { cat "$tmp/apt.log"; fail "apt-get install"; }

step "bywayd.service started by the postinst"
[[ $(unit ActiveState) == active ]] || { in_ct systemctl status bywayd --no-pager; fail "bywayd.service is $(unit ActiveState)"; }
[[ $(unit Type) == notify ]] || fail "Type is $(unit Type)"
# With Type=notify the unit is active only after READY=1; STATUS= comes with it.
[[ $(unit StatusText) == "serving /run/byway/bywayd.sock" ]] || fail "no STATUS from bywayd: '$(unit StatusText)'"
[[ $(unit UnitFileState) == enabled ]] || fail "bywayd.service is $(unit UnitFileState), want enabled"
for g in byway byway-view; do in_ct getent group "$g" >/dev/null || fail "group $g missing"; done
mode() { in_ct stat -c '%a %U:%G' "$1"; }
[[ $(mode /run/byway) == "755 root:root" ]] || fail "/run/byway: $(mode /run/byway)"
[[ $(mode /var/lib/byway) == "700 root:root" ]] || fail "/var/lib/byway: $(mode /var/lib/byway)"
[[ $(mode /etc/byway) == "755 root:root" ]] || fail "/etc/byway: $(mode /etc/byway)"
[[ $(mode /run/byway/bywayd.sock) == "660 root:byway-view" ]] || fail "socket: $(mode /run/byway/bywayd.sock)"

step "who may do what"
in_ct useradd --create-home --groups byway-view viewer
in_ct useradd --create-home other
as viewer bywayctl status | tee "$tmp/status-viewer.txt"
grep -q '^you .*view' "$tmp/status-viewer.txt" || fail "bywayctl status does not show the viewer's rights"
as viewer sh -c 'bywayctl -o json config get >/home/viewer/cfg.json'
rc=0; as viewer bywayctl config set /home/viewer/cfg.json 2>"$tmp/set-viewer.err" || rc=$?
[[ $rc == 4 ]] || { cat "$tmp/set-viewer.err"; fail "config set by a byway-view member: exit $rc, want 4"; }
rc=0; as other bywayctl status 2>"$tmp/status-other.err" || rc=$?
[[ $rc == 4 ]] || { cat "$tmp/status-other.err"; fail "status by a non-member: exit $rc, want 4"; }
grep -q 'byway-view' "$tmp/status-other.err" || fail "the refusal does not name the group: $(cat "$tmp/status-other.err")"

step "hardening of the running service"
pid=$(unit MainPID)
status() { in_ct grep "^$1:" "/proc/$pid/status" | awk '{print $2}'; }
[[ $(status CapBnd) == 0000000000003000 ]] || fail "CapBnd $(status CapBnd), want CAP_NET_ADMIN+CAP_NET_RAW only"
[[ $(status CapEff) == 0000000000003000 ]] || fail "CapEff $(status CapEff)"
[[ $(status NoNewPrivs) == 1 ]] || fail "NoNewPrivs $(status NoNewPrivs)"
[[ $(status Seccomp) == 2 ]] || fail "Seccomp $(status Seccomp), want 2 (filter)"
# In the service's own mount namespace (ProtectSystem=strict, ProtectHome):
# as root with every capability, writes outside its three directories fail.
in_svc() { in_ct nsenter -t "$pid" -m "$@"; }
for path in /usr/lib/byway/x /etc/x /var/x /boot-x; do
    if in_svc touch "$path" 2>"$tmp/touch.err"; then fail "the service's mount namespace lets $path be written"; fi
    grep -q 'Read-only file system' "$tmp/touch.err" || fail "writing $path: $(cat "$tmp/touch.err")"
done
for dir in /var/lib/byway /etc/byway /run/byway; do
    in_svc sh -c "touch $dir/.boot-probe && rm $dir/.boot-probe" || fail "$dir is not writable for the service"
done
for dir in /home /root; do
    [[ -n $(in_ct ls -A $dir) ]] || fail "$dir is empty outside the service: the check below proves nothing"
    [[ -z $(in_svc ls -A $dir) ]] || fail "ProtectHome: the service sees $dir"
done
in_ct systemd-analyze security bywayd.service >"$tmp/security.log" 2>&1 || true
score=$(sed -n 's/.*Overall exposure level for bywayd.service: \([0-9.]*\).*/\1/p' "$tmp/security.log")
[[ -n $score ]] || { cat "$tmp/security.log"; fail "no exposure score"; }
echo "systemd-analyze security bywayd.service (running, systemd $(in_ct systemctl --version | awk 'NR==1{print $2}')): exposure $score"
awk -v s="$score" 'BEGIN { exit !(s <= 4.0) }' || fail "exposure $score above 4.0"

# --- a gateway config: the kernel state it makes ------------------------------------
step "apply (vpn-gateway on eth0)"
cat >"$root/root/gateway.json" <<'EOF'
{
    "version": 1,
    "role": "vpn-gateway",
    "interfaces": {"wan": ["eth0"], "tunnels": ["vpns*"]},
    "pools": [{"name": "vpn", "subnet": "10.20.0.0/24", "users": []}],
    "nat": {"masquerade": [{"source": "10.20.0.0/24", "out": "eth0"}]}
}
EOF
in_ct bywayctl apply /root/gateway.json
table >"$tmp/table-1.txt" || { show; fail "no table inet byway after apply"; }
grep -q 'masquerade' "$tmp/table-1.txt" || { cat "$tmp/table-1.txt"; fail "the table has no masquerade rule"; }
[[ $(ip netns exec "$ns" cat /proc/sys/net/ipv4/ip_forward) == 1 ]] || fail "ip_forward is not 1"
in_ct grep -q '"vpn-gateway"' /etc/byway/byway.json || fail "apply did not store /etc/byway/byway.json"

step "systemctl restart keeps the kernel state"
in_ct systemctl restart bywayd.service
[[ $(unit ActiveState) == active ]] || fail "after restart: $(unit ActiveState)"
[[ $(startup_writes) == 0 ]] || fail "the start-up reconcile after a restart made $(startup_writes) kernel writes, want 0"
in_ct bywayctl status | grep -q 'role vpn-gateway' || fail "after restart the config is not the stored one"

step "systemctl stop cleans the runtime directory, keeps state and kernel objects"
in_ct systemctl stop bywayd.service
[[ $(unit ActiveState) == inactive ]] || fail "after stop: $(unit ActiveState)"
if in_ct test -e /run/byway; then fail "/run/byway still there after stop"; fi
in_ct test -s /var/lib/byway/applied.json || fail "/var/lib/byway/applied.json gone after stop"
in_ct test -s /etc/byway/byway.json || fail "/etc/byway/byway.json gone after stop"
table >/dev/null || fail "table inet byway gone after stop (it outlives bywayd, docs/deploy.md)"
[[ $(ip netns exec "$ns" cat /proc/sys/net/ipv4/ip_forward) == 1 ]] || fail "ip_forward reset by stop"
rc=0; in_ct bywayctl status >/dev/null 2>&1 || rc=$?
[[ $rc == 3 ]] || fail "bywayctl status with bywayd stopped: exit $rc, want 3 (unavailable)"

# --- reboot: power off, the kernel state goes, boot again --------------------------
step "power off, fresh kernel network state, boot 2"
poweroff 1
make_net
if table >/dev/null; then fail "the fresh namespace already has table inet byway"; fi
boot 2
[[ $(unit ActiveState) == active ]] || { in_ct systemctl status bywayd --no-pager; fail "bywayd.service not started at boot: $(unit ActiveState)"; }
writes=$(startup_writes)
[[ -n $writes && $writes -gt 0 ]] || fail "no start-up reconcile with kernel writes after boot ('$writes')"
table >"$tmp/table-2.txt" || fail "no table inet byway after boot: bywayd did not reconcile at start"
diff <(grep -v handle "$tmp/table-1.txt") <(grep -v handle "$tmp/table-2.txt") ||
    fail "the table after boot differs from the one apply made"
[[ $(ip netns exec "$ns" cat /proc/sys/net/ipv4/ip_forward) == 1 ]] || fail "ip_forward not restored at boot"
as viewer bywayctl status | grep -q 'role vpn-gateway' || fail "after boot the config is not the stored one"
echo "boot 2: start-up reconcile made $writes kernel writes"
poweroff 2
step "ok"
