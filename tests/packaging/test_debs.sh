#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages end to end: cpack -> inspect -> lintian -> dpkg -i ->
# files, groups, modes, units -> the installed bywayd in a lab namespace
# with the unit's capabilities, talked to by the installed bywayctl ->
# reinstall keeps the changed config -> dpkg -P leaves nothing behind.
#
# Installs for real on this (disposable) machine and purges at the end. Needs
# root; exits 77 (skip) otherwise, or fails under CI=true.
#   test_debs.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$(realpath "$1")
src=$(realpath "$2")
pkgs=(bywayd bywayctl byway)
ns=bwk$$
tmp=$(mktemp -d /tmp/byway-pkgtest.XXXXXX)
t0=$SECONDS
export t0
# shellcheck source=tests/packaging/lib.sh
source "$src/tests/packaging/lib.sh"

# installed PACKAGE: dpkg knows it as installed, half-installed or with config files.
installed() {
    local st
    st=$(dpkg-query -W -f='${db:Status-Status}' "$1" 2>/dev/null || true)
    [[ -n $st && $st != not-installed ]]
}

need_root "dpkg -i, network namespaces"
need_tools cpack dpkg-deb dpkg-shlibdeps lintian systemd-analyze setpriv ip python3
# Built without the GUI (BYWAY_GUI=OFF): no byway package.
grep -q '^set(CPACK_COMPONENTS_ALL "[^"]*;byway"' "$build/CPackConfig.cmake" || pkgs=(bywayd bywayctl)

# Groups this test creates through the postinst are removed again at the end,
# so the machine is as before (Debian's purge leaves system groups).
groups_before=$(getent group byway byway-view | cut -d: -f1 || true)
user_before=$(getent passwd byway-kiosk | cut -d: -f1 || true)
bywayd_pid=""
cleanup() {
    set +e
    [[ -n $bywayd_pid ]] && kill "$bywayd_pid" 2>/dev/null && wait "$bywayd_pid" 2>/dev/null
    ip netns del "$ns" 2>/dev/null
    for p in "${pkgs[@]}"; do
        installed "$p" && dpkg -P "$p" >/dev/null 2>&1
    done
    [[ -z $user_before ]] && getent passwd byway-kiosk >/dev/null && userdel byway-kiosk
    for g in byway byway-view; do
        grep -qx "$g" <<<"$groups_before" || { getent group "$g" >/dev/null && groupdel "$g"; }
    done
    rm -rf "$tmp"
}
trap cleanup EXIT

for p in "${pkgs[@]}"; do
    if installed "$p"; then
        fail "$p is already installed on this machine; purge it first (dpkg -P $p)"
    fi
done

# --- build ------------------------------------------------------------------------
step "cpack"
rm -rf "$build/packages"
(cd "$build" && cpack -G DEB >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; fail "cpack"; }
declare -A deb
for p in "${pkgs[@]}"; do
    deb[$p]=$(ls "$build"/packages/"${p}"_*.deb 2>/dev/null | head -1)
    [[ -f ${deb[$p]} ]] || fail "no ${p}_*.deb in $build/packages"
done
ls -l "$build"/packages/*.deb

# --- inspect ----------------------------------------------------------------------
step "inspect"
# grep -q on a pipe would kill the writer (SIGPIPE) and pipefail would fail it:
# match on captured text instead.
contents() { local c; c=$(dpkg-deb -c "${deb[$1]}"); awk '{print $1, $2, $6}' <<<"$c"; }
has() { # PACKAGE MODE PATH
    grep -qxF -e "$2 root/root ./${3#/}" <<<"$(contents "$1")" || {
        contents "$1" >&2; fail "$1 lacks $3 with mode $2"; }
}
has bywayd -rwxr-xr-x /usr/sbin/bywayd
has bywayd -rw-r--r-- /usr/lib/byway/libbywaymark.so
has bywayd -rw-r--r-- /usr/lib/byway/byway.json
has bywayd -rw------- /etc/byway/byway.json
has bywayd -rw-r--r-- /etc/iproute2/rt_protos.d/byway.conf
has bywayd -rw-r--r-- /lib/systemd/system/bywayd.service
has bywayd -rw-r--r-- /usr/lib/sysusers.d/byway.conf
has bywayd -rw-r--r-- /usr/lib/tmpfiles.d/byway.conf
has bywayd -rw-r--r-- /usr/share/man/man8/bywayd.8.gz
has bywayd -rw-r--r-- /usr/share/doc/bywayd/copyright
has bywayd -rw-r--r-- /usr/share/doc/bywayd/examples/byway-alerts.yml
has bywayctl -rwxr-xr-x /usr/bin/bywayctl
has bywayctl -rw-r--r-- /usr/share/man/man1/bywayctl.1.gz
has bywayctl -rw-r--r-- /usr/share/bash-completion/completions/bywayctl
for hook in ocserv pppd-ip-up pppd-ip-down strongswan-updown; do
    has bywayctl -rwxr-xr-x /usr/lib/byway/hooks/$hook
done
if [[ -n ${deb[byway]:-} ]]; then
    has byway -rwxr-xr-x /usr/bin/byway
    has byway -rw-r--r-- /usr/share/man/man1/byway.1.gz
    has byway -rw-r--r-- /usr/share/applications/byway.desktop
    has byway -rw-r--r-- /usr/share/icons/hicolor/scalable/apps/byway.svg
    has byway -rw-r--r-- /lib/systemd/system/byway-kiosk.service
fi
# No build products of other packages leak in (tests, tools, static libs).
for p in "${pkgs[@]}"; do
    if grep -E '\.a$|tst_|byway-nft-tool|/include/' <<<"$(contents "$p")"; then fail "$p ships build leftovers"; fi
done
field() { dpkg-deb -f "${deb[$1]}" "$2"; }
dpkg-deb --ctrl-tarfile "${deb[bywayd]}" | tar -xO ./conffiles >"$tmp/conffiles"
grep -qx /etc/byway/byway.json "$tmp/conffiles" || fail "byway.json is not a conffile"
grep -qx /etc/iproute2/rt_protos.d/byway.conf "$tmp/conffiles" || fail "rt_protos.d/byway.conf is not a conffile"
ctrl=$(dpkg-deb --ctrl-tarfile "${deb[bywayd]}" | tar -t)
for s in postinst prerm postrm; do
    grep -qx "./$s" <<<"$ctrl" || fail "bywayd lacks $s"
done
# Depends from the shared-library scan.
grep -q 'libqt6core6' <<<"$(field bywayd Depends)" || fail "bywayd Depends lacks Qt from shlibdeps: $(field bywayd Depends)"
grep -q 'libnftnl' <<<"$(field bywayd Depends)" || fail "bywayd Depends lacks libnftnl: $(field bywayd Depends)"
grep -q 'libqt6network6' <<<"$(field bywayctl Depends)" || fail "bywayctl Depends: $(field bywayctl Depends)"
if [[ -n ${deb[byway]:-} ]]; then
    for d in fonts-noto-cjk qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window \
        qml6-module-qtquick-templates qml6-module-qtqml-workerscript qml6-module-qtquick-virtualkeyboard libqt6quick6; do
        grep -q "$d" <<<"$(field byway Depends)" || fail "byway Depends lacks $d: $(field byway Depends)"
    done
fi
for p in "${pkgs[@]}"; do echo "$p Depends: $(field "$p" Depends)"; done

# --- lintian ----------------------------------------------------------------------
step "lintian"
# Bounded: lintian unpacks and scans every binary. Errors fail, warnings are shown.
if ! timeout 240 lintian --fail-on error --tag-display-limit 0 "${deb[@]}" >"$tmp/lintian.log" 2>&1; then
    cat "$tmp/lintian.log"; fail "lintian reports errors (or timed out)"
fi
cat "$tmp/lintian.log"
echo "lintian: $(grep -c '^E:' "$tmp/lintian.log" || true) errors, $(grep -c '^W:' "$tmp/lintian.log" || true) warnings"

# --- install ----------------------------------------------------------------------
step "dpkg -i"
dpkg -i "${deb[@]}" >"$tmp/dpkg-i.log" 2>&1 || { cat "$tmp/dpkg-i.log"; fail "dpkg -i"; }
for g in byway byway-view; do getent group "$g" >/dev/null || fail "group $g missing after install"; done
mode() { stat -c '%a %U:%G' "$1"; }
[[ $(mode /etc/byway/byway.json) == "600 root:root" ]] || fail "/etc/byway/byway.json: $(mode /etc/byway/byway.json)"
[[ $(mode /var/lib/byway) == "700 root:root" ]] || fail "/var/lib/byway: $(mode /var/lib/byway)"
[[ $(mode /run/byway) == "755 root:root" ]] || fail "/run/byway: $(mode /run/byway)"
[[ $(mode /etc/byway) == "755 root:root" ]] || fail "/etc/byway: $(mode /etc/byway)"
grep -q '/etc/byway/byway.json' <<<"$(dpkg-query -W -f='${Conffiles}\n' bywayd)" || fail "dpkg does not track the conffile"
# Enabled as dh_installsystemd would (symlink made by deb-systemd-helper, no running systemd needed).
[[ -L /etc/systemd/system/multi-user.target.wants/bywayd.service ]] || fail "bywayd.service not enabled"
cmp -s /etc/byway/byway.json /usr/lib/byway/byway.json || fail "admin config differs from the vendor default"

step "units"
if ! systemd-analyze verify /lib/systemd/system/bywayd.service >"$tmp/verify.log" 2>&1 || [[ -s $tmp/verify.log ]]; then
    cat "$tmp/verify.log"; fail "systemd-analyze verify bywayd.service"
fi
if [[ -n ${deb[byway]:-} ]]; then
    # cage is only suggested; verify the kiosk unit's syntax either way.
    systemd-analyze verify /lib/systemd/system/byway-kiosk.service >"$tmp/verify-kiosk.log" 2>&1 || true
    if grep -v -e 'Command /usr/bin/cage is not executable' -e 'Unit byway-kiosk.service has a bad unit file setting' \
        "$tmp/verify-kiosk.log" | grep -q .; then
        cat "$tmp/verify-kiosk.log"; fail "systemd-analyze verify byway-kiosk.service"
    fi
fi
systemd-analyze security --offline=yes /lib/systemd/system/bywayd.service >"$tmp/security.log" 2>&1 || true
score=$(sed -n 's/.*Overall exposure level for bywayd.service: \([0-9.]*\).*/\1/p' "$tmp/security.log")
echo "systemd-analyze security: exposure $score"
[[ -n $score ]] || { cat "$tmp/security.log"; fail "no exposure score"; }
awk -v s="$score" 'BEGIN { exit !(s <= 4.0) }' || fail "exposure $score above 4.0"

# rt_protos.d: ip names protocol 183 "byway".
ip netns add "$ns"
ip -n "$ns" link set lo up
ip -n "$ns" route add 198.51.100.0/24 dev lo proto 183
ip -n "$ns" route show 198.51.100.0/24 | grep -q 'proto byway' || fail "ip does not name proto 183: $(ip -n "$ns" route show 198.51.100.0/24)"

# --- run the installed bywayd as the unit would ---------------------------------
step "installed bywayd in namespace $ns"
# The unit's privileges: uid 0, bounding set CAP_NET_ADMIN CAP_NET_RAW, and
# supplementary group byway-view (to chown the socket without CAP_CHOWN);
# NOTIFY_SOCKET as Type=notify provides it.
view_gid=$(getent group byway-view | cut -d: -f3)
python3 - "$tmp/notify.sock" >"$tmp/notify.log" 2>&1 <<'EOF' &
import socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
s.settimeout(60)
while True:
    msg = s.recv(4096).decode()
    print(msg, flush=True)
    if "READY=1" in msg.split("\n"):
        break
EOF
notify_pid=$!
for _ in $(seq 50); do [[ -S $tmp/notify.sock ]] && break; sleep 0.1; done
ip netns exec "$ns" env NOTIFY_SOCKET="$tmp/notify.sock" \
    setpriv --bounding-set -all,+net_admin,+net_raw --groups "$view_gid" \
    /usr/sbin/bywayd >"$tmp/bywayd.log" 2>&1 &
bywayd_pid=$!
for _ in $(seq 100); do [[ -S /run/byway/bywayd.sock ]] && break; sleep 0.1; done
[[ -S /run/byway/bywayd.sock ]] || { cat "$tmp/bywayd.log"; fail "no socket /run/byway/bywayd.sock"; }
wait "$notify_pid" || { cat "$tmp/notify.log"; fail "no READY=1 on NOTIFY_SOCKET"; }
[[ $(stat -c '%a %G' /run/byway/bywayd.sock) == "660 byway-view" ]] ||
    fail "socket is $(stat -c '%a %G' /run/byway/bywayd.sock), want 660 byway-view"
grep -q '^CapEff:.*0000000000003000$' "/proc/$bywayd_pid/status" ||
    fail "bywayd capabilities: $(grep CapEff "/proc/$bywayd_pid/status")"
ip netns exec "$ns" bywayctl status | tee "$tmp/status.txt"
ip netns exec "$ns" bywayctl -o json config get >"$tmp/config.json"
# A changed config, as an admin would make it: debug categories on.
python3 - "$tmp/config.json" "$tmp/changed.json" <<'EOF'
import json, sys
doc = json.load(open(sys.argv[1]))
cfg = doc.get("config", doc)
cfg["debug"]["categories"] = ["config"]
json.dump(cfg, open(sys.argv[2], "w"), indent=4)
EOF
ip netns exec "$ns" bywayctl config set "$tmp/changed.json"
grep -q '"config"' /etc/byway/byway.json || fail "config set did not reach /etc/byway/byway.json"
kill -TERM "$bywayd_pid"
status=0; wait "$bywayd_pid" || status=$?
bywayd_pid=""
[[ $status == 0 ]] || { cat "$tmp/bywayd.log"; fail "bywayd exited $status on SIGTERM"; }

# --- upgrade: the admin's config survives ------------------------------------------
step "reinstall (upgrade path) keeps the config"
cp /etc/byway/byway.json "$tmp/before-upgrade.json"
dpkg -i "${deb[@]}" >"$tmp/dpkg-up.log" 2>&1 || { cat "$tmp/dpkg-up.log"; fail "dpkg -i (upgrade)"; }
cmp -s /etc/byway/byway.json "$tmp/before-upgrade.json" || fail "upgrade changed /etc/byway/byway.json"
[[ $(mode /etc/byway/byway.json) == "600 root:root" ]] || fail "upgrade changed the config's mode"

# --- purge --------------------------------------------------------------------------
step "dpkg -P"
dpkg -P "${pkgs[@]}" >"$tmp/dpkg-P.log" 2>&1 || { cat "$tmp/dpkg-P.log"; fail "dpkg -P"; }
for p in "${pkgs[@]}"; do
    if installed "$p"; then fail "$p still installed or has config files"; fi
done
for path in /etc/byway /var/lib/byway /run/byway /usr/lib/byway /usr/sbin/bywayd /usr/bin/bywayctl \
    /lib/systemd/system/bywayd.service /etc/systemd/system/multi-user.target.wants/bywayd.service \
    /etc/iproute2/rt_protos.d/byway.conf /var/lib/byway-kiosk; do
    [[ ! -e $path && ! -L $path ]] || fail "$path left after purge"
done
step "ok"
