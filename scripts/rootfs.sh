#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian 12 root file system for the packaging tests that boot systemd
# (packaging.systemd, systemd-nspawn) and build the container image
# (packaging.container, podman import). Made with mmdebstrap from the
# apt sources this machine is configured with, cached as a tar named by a
# hash of what goes in, so a machine that has it reuses it and a new one
# builds it once.
#   rootfs.sh            print the cached tar's path, building it first if missing
# BYWAY_ROOTFS_CACHE overrides the cache directory (default /var/cache/byway-lab).
set -euo pipefail

suite=bookworm
# systemd as PID 1 and what the bywayd/bywayctl .debs Depend on (so
# `apt-get install ./*.deb` needs no network), plus what the tests drive
# inside: iproute2/nftables to look, curl to fetch, python3 for small checks.
packages=(
    systemd systemd-sysv dbus libpam-systemd
    iproute2 nftables iputils-ping curl ca-certificates procps python3-minimal
    libqt6core6 libqt6network6 libnftnl11 libmnl0 liblwip0 libssl3 libcap2
)
cache=${BYWAY_ROOTFS_CACHE:-/var/cache/byway-lab}
key=$(printf '%s\n' "$suite" minbase "${packages[@]}" | sha256sum | cut -c1-12)
tar=$cache/rootfs-$suite-$key.tar

mkdir -p "$cache"
# One builder at a time (two tests may ask at once); the others wait for it.
exec 9>"$cache/rootfs.lock"
flock 9
if [[ ! -s $tar ]]; then
    command -v mmdebstrap >/dev/null || { echo "rootfs.sh: mmdebstrap is not installed (scripts/deps.txt)" >&2; exit 1; }
    start=$SECONDS
    echo "rootfs.sh: building $tar (mmdebstrap $suite, once per machine)" >&2
    # The machine's own apt sources (its mirror), not a hard-coded one.
    sources=()
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [[ -s $f ]] && sources+=("$f")
    done
    # shellcheck disable=SC2016  # $1 is the hook's argument, the root
    mmdebstrap --variant=minbase --include="$(IFS=,; echo "${packages[*]}")" \
        --aptopt='Acquire::Retries "3"' \
        --customize-hook='echo byway-lab >"$1/etc/hostname"' \
        --customize-hook='rm -f "$1/etc/machine-id"; touch "$1/etc/machine-id"' \
        "$suite" "$tar.part.tar" "${sources[@]}" </dev/null >"$cache/rootfs-$key.log" 2>&1 ||
        { cat "$cache/rootfs-$key.log" >&2; rm -f "$tar.part.tar"; exit 1; }
    mv "$tar.part.tar" "$tar"
    echo "rootfs.sh: built in $((SECONDS - start))s, $(du -h "$tar" | cut -f1)" >&2
fi
echo "$tar"
