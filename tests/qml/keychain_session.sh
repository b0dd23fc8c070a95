#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test against a real Secret Service: a private D-Bus session
# (dbus-run-session) with gnome-keyring-daemon, its login keyring created
# and unlocked non-interactively, in a throw-away HOME. Nothing of the
# user's own keyring or settings is touched.
#   keychain_session.sh TEST [ARGS...]
# Exits 77 (skip) when the tools are missing, unless CI=true.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "${CI:+FAIL}${CI:-SKIP}: $tool is missing (packages dbus, gnome-keyring)" >&2
        [ "${CI:-}" = true ] && exit 1
        exit 77
    fi
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/byway-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -m 700 "$tmp/run"
export HOME="$tmp" XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" BYWAY_TEST_KEYCHAIN=real
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
# --unlock reads the password from stdin: a new login keyring gets it and is
# left unlocked; --components=secrets is the Secret Service alone (no ssh/pkcs11).
exec dbus-run-session -- sh -c '
    printf %s byway-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 1
    exec "$@"' sh "$@"
