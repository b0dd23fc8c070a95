#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Container entrypoint for router systems: everything persistent lives in the
# data volume (/data/byway.json, /data/state), so the image can be replaced
# and `docker run --restart unless-stopped` brings bywayd back after a reboot
# with the same config. Extra arguments go to bywayd.
#
# Environment (defaults for the image; the tests point them at a build tree):
#   BYWAY_DATA           data volume                        (/data)
#   BYWAYD               the daemon                         (/usr/sbin/bywayd)
#   BYWAY_VENDOR_CONFIG  first-run config                   (/usr/lib/byway/byway.json)
#   BYWAY_SOCKET         control socket                     (/run/byway/bywayd.sock)
#   BYWAY_DEBUG          debug categories, e.g. "all"       (none)
set -euo pipefail

data=${BYWAY_DATA:-/data}
bywayd=${BYWAYD:-/usr/sbin/bywayd}
vendor=${BYWAY_VENDOR_CONFIG:-/usr/lib/byway/byway.json}
socket=${BYWAY_SOCKET:-/run/byway/bywayd.sock}

log() { echo "<6>entrypoint: $*" >&2; }

# The volume may be a fresh empty directory: seed the config once, never
# overwrite an admin's (bywayd keeps it 0600: exits may carry passwords).
mkdir -p "$data/state"
chmod 0700 "$data/state"
if [[ ! -e $data/byway.json ]]; then
    install -m 0600 "$vendor" "$data/byway.json"
    log "seeded $data/byway.json from $vendor"
fi
mkdir -p "$(dirname "$socket")"

# bywayd's authorisation groups; inside the container only root uses them,
# but their absence would be logged at every start.
for g in byway byway-view; do
    if ! getent group "$g" >/dev/null && command -v groupadd >/dev/null; then
        groupadd --system "$g" || true
    fi
done

args=(--config "$data/byway.json" --state-dir "$data/state" --socket "$socket")
if [[ -n ${BYWAY_DEBUG:-} ]]; then
    args+=(--debug "$BYWAY_DEBUG")
fi

# bash stays PID 1 (it reaps orphans) and hands SIGTERM/SIGINT to bywayd,
# which stops cleanly and leaves the kernel state for the next start.
"$bywayd" "${args[@]}" "$@" &
pid=$!
forward() { kill -TERM "$pid" 2>/dev/null || true; }
trap forward TERM INT
# wait returns early (>128) when a trapped signal interrupts it while bywayd
# is still stopping; bash keeps the real status for a later wait.
while kill -0 "$pid" 2>/dev/null; do
    wait "$pid" || true
done
status=0
wait "$pid" || status=$?
log "bywayd exited with status $status"
exit "$status"
