# shellcheck shell=bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by the packaging tests (sourced, not run): messages, the skip rule
# and the two things the container tests both need, the .debs and the
# Debian 12 root file system.
# Before sourcing: set -euo pipefail; t0=$SECONDS.

# shellcheck disable=SC2154  # t0 is the sourcing script's
step() { printf '== [%3ds] %s\n' $((SECONDS - t0)) "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
# Exit 77 is ctest's skip (SKIP_RETURN_CODE); under CI=true nothing skips.
skip() {
    if [[ ${CI:-} == true ]]; then fail "cannot run under CI: $*"; fi
    echo "SKIP: $*"; exit 77
}
need_root() { [[ $(id -u) == 0 ]] || skip "needs root ($*)"; }
need_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || skip "$tool is not installed (scripts/deps.txt)"
    done
}

# build_debs BUILD_DIR OUT_DIR: the bywayd and bywayctl packages from the
# build tree, written to OUT_DIR (not BUILD_DIR/packages, which packaging.debs
# empties), without the GUI package these tests do not install.
build_debs() {
    local build=$1 out=$2
    mkdir -p "$out"
    (cd "$build" && cpack -G DEB -B "$out" -D 'CPACK_COMPONENTS_ALL=bywayd;bywayctl') >"$out/cpack.log" 2>&1 ||
        { cat "$out/cpack.log"; fail "cpack"; }
    ls "$out"/bywayd_*.deb "$out"/bywayctl_*.deb >/dev/null 2>&1 || { cat "$out/cpack.log"; fail "cpack made no bywayd/bywayctl .deb in $out"; }
}

# rootfs_tar SOURCE_DIR: path of the cached Debian 12 root file system
# (scripts/rootfs.sh builds it on first use: a few minutes, once per machine).
rootfs_tar() {
    bash "$1/scripts/rootfs.sh" || fail "scripts/rootfs.sh could not build the root file system"
}

# host_state: the host network state a container test must leave as it found
# it: the forwarding and rp_filter sysctls a new network namespace inherits
# (net.core.devconf_inherit_init_net=0), the links that are bridges or
# container veths, the nftables ruleset and the legacy/nft iptables dumps
# (counters and timestamps dropped). Other tests' namespaces come and go while
# this runs; their veths are moved into namespaces at once, so only bridges,
# podman*/veth* links and this test's names are compared.
# host_state [EXTRA_LINK_REGEX]
host_state() {
    local extra=${1:-^$}
    sysctl net.ipv4.ip_forward net.ipv6.conf.all.forwarding net.ipv4.conf.all.rp_filter \
        net.ipv4.conf.default.rp_filter net.ipv4.conf.all.forwarding
    echo "-- links"
    { ip -o link show type bridge; ip -o link show; } | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }' |
        grep -E "^(podman|veth|cni|docker|br-)|$extra" | sort -u || true
    echo "-- nft"
    nft list ruleset 2>&1 | sed -E 's/counter packets [0-9]+ bytes [0-9]+/counter/'
    echo "-- iptables"
    local save
    for save in iptables-save ip6tables-save; do
        echo "- $save"
        "$save" 2>&1 | { grep -v '^#' || true; } | sed -E 's/\[[0-9]+:[0-9]+\]//'
    done
}

# host_state_kept BEFORE_FILE [EXTRA_LINK_REGEX]: a new snapshot compared with
# BEFORE_FILE (from host_state); the difference printed and status 1 if any.
# Called from the tests' EXIT traps, after their teardown.
host_state_kept() {
    host_state "${2:-}" >"$1.after"
    diff -u "$1" "$1.after" >&2 && return 0
    echo "FAIL: the test changed the host's network state (above: - before, + after)" >&2
    return 1
}
