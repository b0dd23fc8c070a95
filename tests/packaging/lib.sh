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
